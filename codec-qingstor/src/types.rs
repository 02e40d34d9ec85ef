//! Small pieces the decoders of this crate share: reading numbers in a range, placing
//! duplicate-key errors, and making JSON syntax errors say what a reader sees.

use codec_core::json::{JsonReader, JsonStr};
use codec_core::{Error, ErrorKind, Result};

/// Reads an unsigned integer in `min..=max` as a `u32`, with the value's offset on a
/// range error (the reader places its own errors).
#[inline]
pub(crate) fn read_u32(json: &mut JsonReader<'_>, min: u32, max: u32) -> Result<u32> {
    let at = json.offset();
    let value = json.u64()?;
    if value < u64::from(min) || value > u64::from(max) {
        return Err(out_of_range(value, min, max, at));
    }
    // In range, so it fits.
    Ok(value as u32)
}

#[cold]
fn out_of_range(value: u64, min: u32, max: u32, at: usize) -> Error {
    codec_core::number::check_range(value, min.into(), max.into())
        .err()
        .unwrap_or_else(|| Error::invalid_value("out of range"))
        .with_offset(at)
}

/// Stores `value` in `slot`, or fails with a duplicate-field error at `key` when the
/// key was already seen.
#[inline]
pub(crate) fn set_once<T>(
    slot: &mut Option<T>,
    value: T,
    key: &JsonStr<'_>,
    name: &str,
) -> Result<()> {
    if slot.is_some() {
        return Err(duplicate(key, name));
    }
    *slot = Some(value);
    Ok(())
}

#[cold]
pub(crate) fn duplicate(key: &JsonStr<'_>, name: &str) -> Error {
    Error::duplicate_field(name).with_offset(key.offset())
}

/// Says "trailing comma" when a JSON syntax error is a `]` or `}` right after a comma
/// (the published List Multipart Uploads example has one), pointing at the comma;
/// other errors pass unchanged.
#[cold]
pub(crate) fn explain_trailing_comma(input: &[u8], error: Error) -> Error {
    if error.kind() != ErrorKind::Syntax {
        return error;
    }
    let Some(at) = error.offset() else {
        return error;
    };
    let Some(&closing @ (b']' | b'}')) = input.get(at) else {
        return error;
    };
    let before = input[..at].iter().rposition(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
    match before {
        Some(comma) if input[comma] == b',' => {
            let container = if closing == b']' { "an array" } else { "an object" };
            let message = format!(
                "a trailing comma before the `{}` that closes {container} is not allowed in JSON",
                char::from(closing)
            );
            let mut explained = Error::syntax(message).with_offset(comma);
            // In an array, the path names the item that is not there: name the array.
            let path = match error.path() {
                Some(path) if closing == b']' && path.ends_with(']') => {
                    path.rfind('[').map(|open| &path[..open]).filter(|array| !array.is_empty())
                }
                path => path,
            };
            if let Some(path) = path {
                explained = explained.with_path(path);
            }
            explained
        }
        _ => error,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_commas_are_named_and_other_errors_kept() {
        let input = b"[1, ]";
        let error = Error::syntax("expected an object, found ']'").with_offset(4).with_path("x[1]");
        let explained = explain_trailing_comma(input, error);
        assert_eq!(explained.offset(), Some(2));
        assert_eq!(explained.path(), Some("x"));
        assert!(explained.message().contains("trailing comma"), "{explained}");

        let input = b"[1 ]";
        let error = Error::syntax("expected a value, found ']'").with_offset(3);
        assert_eq!(explain_trailing_comma(input, error).offset(), Some(3));
        let error = Error::invalid_value("x").with_offset(4);
        assert_eq!(explain_trailing_comma(b"[1, ]", error).kind(), ErrorKind::InvalidValue);
        let error = Error::syntax("x").with_offset(99);
        assert_eq!(explain_trailing_comma(b"[1, ]", error).offset(), Some(99));
    }
}
