//! Small pieces the codecs of this crate share: reading numbers in a range, placing
//! duplicate-key errors, making JSON syntax errors say what a reader sees, and writing
//! JSON strings that need no escaping with one copy.

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

/// Names the unknown member `name` in the path of an error found while skipping its
/// value (its name cut short when long: a hostile key may be megabytes).
#[cold]
pub(crate) fn unknown_member(error: Error, name: &str) -> Error {
    error.with_path(codec_core::number::clip(name).to_string())
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

/// Appends `value` as a JSON string exactly as [`codec_core::json::write_str`] does,
/// copying it in one piece when it holds nothing to escape (the usual case: dates,
/// hex ETags), which a scan of eight bytes at a time finds out; otherwise
/// `write_str` escapes it.
#[inline]
pub(crate) fn write_json_str(out: &mut Vec<u8>, value: &str) {
    if needs_escape(value.as_bytes()) {
        codec_core::json::write_str(out, value);
    } else {
        out.reserve(value.len() + 2);
        out.push(b'"');
        out.extend_from_slice(value.as_bytes());
        out.push(b'"');
    }
}

/// Whether `bytes` holds a `"`, a `\` or a control character (below U+0020): the
/// bytes JSON strings escape. Eight bytes at a time (SWAR), then byte by byte.
#[inline]
fn needs_escape(bytes: &[u8]) -> bool {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // The high bit of a byte of the result is set when that byte of `word` is zero
    // (bytes above the first zero may be flagged too, which does not matter here).
    let zero_byte = |word: u64| word.wrapping_sub(ONES) & !word & HIGHS;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word_bytes = [0u8; 8];
        word_bytes.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word_bytes);
        let quote = zero_byte(word ^ (ONES * u64::from(b'"')));
        let backslash = zero_byte(word ^ (ONES * u64::from(b'\\')));
        let control = word.wrapping_sub(ONES * 0x20) & !word & HIGHS;
        if quote | backslash | control != 0 {
            return true;
        }
    }
    chunks.remainder().iter().any(|&b| b < 0x20 || b == b'"' || b == b'\\')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_are_written_as_write_str_writes_them() {
        let mut samples: Vec<String> =
            (0u32..0x100).filter_map(char::from_u32).map(String::from).collect();
        samples.extend(
            ["", "2015-08-16T14:52:12.000Z", "64ec234786ffc5c20306ec441b65a521", "é€😀 \u{7f}"]
                .map(String::from),
        );
        for c in ['"', '\\', '\n', '\u{1f}', '\u{0}'] {
            for at in 0..20 {
                let mut text = "a".repeat(20);
                text.insert(at, c);
                samples.push(text);
            }
        }
        for sample in samples {
            let (mut ours, mut core) = (Vec::new(), Vec::new());
            write_json_str(&mut ours, &sample);
            codec_core::json::write_str(&mut core, &sample);
            assert_eq!(ours, core, "{sample:?}");
        }
    }

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
