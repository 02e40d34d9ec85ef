//! TARGET+BODY requests: the target line, one line feed, then the body byte for byte
//! (`/exampleobject?uploadId=1585…\n<CompleteMultipartUpload>…`), as the `codec`
//! command reads and writes them.

use codec_core::{Codec, Encode, Error};
use serde::{Deserialize, Serialize};

/// The typed JSON form of a TARGET+BODY request: each half in its own typed form.
#[derive(Debug, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(description = "A request with a target and a body: each in its typed form")]
pub struct TargetBody<T, B> {
    /// The request target (path and query string).
    pub target: T,
    /// The request body.
    pub body: B,
}

impl<T: Codec, B> Codec for TargetBody<T, B> {
    const VENDOR: codec_core::Vendor = T::VENDOR;
    const OPERATION: &'static str = T::OPERATION;
}

/// Splits a TARGET+BODY input at its first line feed: the target (a `\r` before the
/// line feed is dropped too), the body, and the body's offset in the input.
pub fn split(input: &[u8]) -> Result<(&[u8], &[u8], usize), Error> {
    let Some(newline) = input.iter().position(|&b| b == b'\n') else {
        return Err(Error::syntax(
            "a request with a target and a body is the target, one line feed, then the body: \
             there is no line feed",
        )
        .with_offset(input.len()));
    };
    let target = &input[..newline];
    let target = target.strip_suffix(b"\r").unwrap_or(target);
    Ok((target, &input[newline + 1..], newline + 1))
}

/// The wire form of a target and a body: the target, a line feed, the body.
pub fn join<T: Encode, B: Encode>(target: &T, body: &B) -> Result<Vec<u8>, Error> {
    let mut wire = target.encode()?;
    wire.push(b'\n');
    body.encode_into(&mut wire)?;
    Ok(wire)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_the_first_line_feed() {
        let (target, body, at) = split(b"/k?uploadId=1\r\n<A>\n</A>").unwrap();
        assert_eq!((target, body, at), (&b"/k?uploadId=1"[..], &b"<A>\n</A>"[..], 15));
        assert_eq!(split(b"/k?uploadId=1").unwrap_err().offset(), Some(13));
    }
}
