//! JSON bodies, two ways:
//!
//! - [`from_slice`]: through serde_json, with errors in this crate's terms: the byte
//!   offset (serde_json counts lines and columns) and the field path (`Parts[2].Size`,
//!   through serde_path_to_error). serde_json already refuses nesting deeper than 128
//!   levels, trailing garbage, invalid UTF-8 and lone surrogate escapes. For small
//!   bodies and for the typed JSON the `codec` command reads.
//! - [`JsonReader`]: a pull reader that borrows every string from the input, escaped
//!   or not ([`JsonStr`]), and allocates nothing per item: for the hot decoders.
//!
//! and one way back: [`JsonWriter`], compact JSON written straight into a `Vec<u8>`
//! with serde_json's string escaping, for the hand-written encoders.

use serde::Deserialize;

use crate::{Error, ErrorKind, Limits, Result};

mod reader;
mod writer;

pub use reader::{JsonReader, JsonStr};
pub use writer::{JsonWriter, write_etag, write_str};

/// Reads a value from JSON within `limits`, borrowing from `input` where serde lets it,
/// with the byte offset and the field path of any error. Unknown fields are skipped
/// unless the type says otherwise; a duplicate field is an error.
///
/// ```
/// use std::borrow::Cow;
///
/// #[derive(Debug, serde::Deserialize)]
/// struct Body<'a> {
///     #[serde(borrow)]
///     code: Cow<'a, str>,
///     size: u64,
/// }
///
/// let limits = codec_core::Limits::default();
/// let body: Body<'_> = codec_core::json::from_slice(br#"{"code":"x","size":5}"#, &limits)?;
/// assert!(matches!(body.code, Cow::Borrowed("x")));
///
/// let error = codec_core::json::from_slice::<Body<'_>>(br#"{"code":"x","size":-5}"#, &limits)
///     .unwrap_err();
/// assert_eq!((error.offset(), error.path()), (Some(20), Some("size")));
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn from_slice<'a, T: Deserialize<'a>>(input: &'a [u8], limits: &Limits) -> Result<T, Error> {
    limits.check_input(input.len())?;
    crate::sniff::expect_json(input)?;
    let mut deserializer = serde_json::Deserializer::from_slice(input);
    let value = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| convert(input, error))?;
    deserializer.end().map_err(|error| {
        Error::syntax(message(&error)).with_offset(offset_of(input, error.line(), error.column()))
    })?;
    Ok(value)
}

fn convert(input: &[u8], error: serde_path_to_error::Error<serde_json::Error>) -> Error {
    let mut path = json_path(error.path());
    let inner = error.inner();
    let message = message(inner);
    let kind = match inner.classify() {
        serde_json::error::Category::Syntax => ErrorKind::Syntax,
        serde_json::error::Category::Eof => ErrorKind::UnexpectedEof,
        serde_json::error::Category::Data | serde_json::error::Category::Io => {
            // serde's derive words these two the same way everywhere; the field they
            // name belongs at the end of the path.
            match data_error_field(&message) {
                Some((kind, field)) => {
                    path =
                        if path.is_empty() { field.to_owned() } else { format!("{path}.{field}") };
                    kind
                }
                None => ErrorKind::InvalidValue,
            }
        }
    };
    let mut converted = Error::new(kind, message.clone()).with_offset(offset_of(
        input,
        inner.line(),
        inner.column(),
    ));
    if !path.is_empty() {
        converted = converted.with_path(path);
    }
    converted
}

/// `missing field `x`` and `duplicate field `x`` from serde's derive.
fn data_error_field(message: &str) -> Option<(ErrorKind, &str)> {
    let (kind, rest) = if let Some(rest) = message.strip_prefix("missing field `") {
        (ErrorKind::MissingField, rest)
    } else {
        (ErrorKind::DuplicateField, message.strip_prefix("duplicate field `")?)
    };
    Some((kind, rest.strip_suffix('`')?))
}

/// serde_json's message without its own " at line L column C" suffix: the offset
/// says where.
fn message(error: &serde_json::Error) -> String {
    let text = error.to_string();
    match text.rfind(" at line ") {
        Some(cut) => text[..cut].to_owned(),
        None => text,
    }
}

/// `Part[2].Size` from serde_path_to_error's `Part[2].Size` (it already prints this
/// shape); the root `.` becomes empty.
fn json_path(path: &serde_path_to_error::Path) -> String {
    let text = path.to_string();
    if text == "." { String::new() } else { text }
}

/// The byte offset of a 1-based line and column (serde_json counts columns in bytes).
fn offset_of(input: &[u8], line: usize, column: usize) -> usize {
    if line == 0 {
        return 0;
    }
    let line_start = input
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .nth(line.saturating_sub(2))
        .map_or(0, |(i, _)| i + 1);
    let offset = if line == 1 { column } else { line_start + column };
    offset.saturating_sub(1).min(input.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_bytes_from_zero() {
        let input = b"{\n  \"a\": x\n}";
        let error = from_slice::<serde_json::Value>(input, &Limits::default()).unwrap_err();
        assert_eq!(error.offset(), Some(9));
        assert_eq!(input[9], b'x');
    }

    #[test]
    fn paths_name_the_field() {
        #[derive(Deserialize, Debug)]
        struct Inner {
            #[allow(dead_code)]
            size: u64,
        }
        #[derive(Deserialize, Debug)]
        struct Outer {
            #[allow(dead_code)]
            parts: Vec<Inner>,
        }
        let error =
            from_slice::<Outer>(br#"{"parts":[{"size":1},{"size":-1}]}"#, &Limits::default())
                .unwrap_err();
        assert_eq!(error.path(), Some("parts[1].size"));
        assert_eq!(error.kind(), ErrorKind::InvalidValue);
    }

    #[test]
    fn missing_and_duplicate_fields_have_their_kind_and_path() {
        #[derive(Deserialize, Debug)]
        struct Inner {
            #[allow(dead_code)]
            code: String,
        }
        #[derive(Deserialize, Debug)]
        struct Outer {
            #[allow(dead_code)]
            errors: Vec<Inner>,
        }
        let limits = Limits::default();
        let missing = from_slice::<Outer>(br#"{"errors":[{}]}"#, &limits).unwrap_err();
        assert_eq!(
            (missing.kind(), missing.path()),
            (ErrorKind::MissingField, Some("errors[0].code"))
        );
        let twice =
            from_slice::<Outer>(br#"{"errors":[{"code":"a","code":"b"}]}"#, &limits).unwrap_err();
        assert_eq!(
            (twice.kind(), twice.path()),
            (ErrorKind::DuplicateField, Some("errors[0].code"))
        );
    }

    #[test]
    fn the_size_limit_applies() {
        let limits = Limits::default().with_max_input_bytes(2);
        let error = from_slice::<serde_json::Value>(b"[1]", &limits).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::LimitExceeded);
    }

    #[test]
    fn trailing_garbage_is_an_error() {
        let error = from_slice::<serde_json::Value>(b"{} x", &Limits::default()).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Syntax);
        assert_eq!(error.offset(), Some(3));
    }
}
