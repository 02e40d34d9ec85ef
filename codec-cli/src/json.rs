//! The typed JSON the command prints and reads, with errors in `codec-core`'s terms.

use codec_core::{Error, ErrorKind};
use serde::{Deserialize, Serialize};

/// How `decode` lays out its JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Indented, one field a line.
    Pretty,
    /// One line.
    Compact,
}

/// Renders `value` as JSON text, with a trailing newline.
pub fn render<T: Serialize + ?Sized>(value: &T, style: Style) -> Result<String, Error> {
    let mut text = match style {
        Style::Pretty => serde_json::to_string_pretty(value),
        Style::Compact => serde_json::to_string(value),
    }
    .map_err(|e| Error::new(ErrorKind::Unencodable, e.to_string()))?;
    text.push('\n');
    Ok(text)
}

/// Reads a typed value from JSON, borrowing from `input`, with the byte offset and
/// the field path of any error.
pub fn from_slice<'a, T: Deserialize<'a>>(input: &'a [u8]) -> Result<T, Error> {
    let mut deserializer = serde_json::Deserializer::from_slice(input);
    let value = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| convert(input, error))?;
    deserializer.end().map_err(|error| {
        Error::syntax(message(&error)).with_offset(offset_of(input, error.line(), error.column()))
    })?;
    Ok(value)
}

fn convert(input: &[u8], error: serde_path_to_error::Error<serde_json::Error>) -> Error {
    let path = json_path(error.path());
    let inner = error.inner();
    let kind = match inner.classify() {
        serde_json::error::Category::Syntax => ErrorKind::Syntax,
        serde_json::error::Category::Eof => ErrorKind::UnexpectedEof,
        serde_json::error::Category::Data | serde_json::error::Category::Io => {
            ErrorKind::InvalidValue
        }
    };
    let mut converted = Error::new(kind, message(inner)).with_offset(offset_of(
        input,
        inner.line(),
        inner.column(),
    ));
    if !path.is_empty() {
        converted = converted.with_path(path);
    }
    converted
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
        let error = from_slice::<serde_json::Value>(input).unwrap_err();
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
        let error = from_slice::<Outer>(br#"{"parts":[{"size":1},{"size":-1}]}"#).unwrap_err();
        assert_eq!(error.path(), Some("parts[1].size"));
        assert_eq!(error.kind(), ErrorKind::InvalidValue);
    }

    #[test]
    fn trailing_garbage_is_an_error() {
        let error = from_slice::<serde_json::Value>(b"{} x").unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Syntax);
        assert_eq!(error.offset(), Some(3));
    }
}
