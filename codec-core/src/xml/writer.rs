//! The XML writing helpers the hand-written encoders use: escaped text, start and end
//! tags, and whole leaf elements.

use super::ControlChars;
use crate::{ETag, Error, ErrorKind, Result};

/// Appends `text` to `out`, escaped for XML text content: `&`, `<` and `>` become
/// entities, `\r` a character reference (so it survives end-of-line normalization).
/// Fails on characters XML 1.0 cannot carry (most control characters).
#[inline]
pub fn write_escaped(out: &mut Vec<u8>, text: &str) -> Result<()> {
    write_escaped_with(out, text, ControlChars::Refuse)
}

/// [`write_escaped`], saying what to do with the control characters XML 1.0 forbids
/// (U+0001 to U+001F but tab, line feed and carriage return): refuse them, or, with
/// [`ControlChars::Keep`], write them raw, as COS does. U+0000, U+FFFE and U+FFFF are
/// refused either way.
pub fn write_escaped_with(out: &mut Vec<u8>, text: &str, controls: ControlChars) -> Result<()> {
    // Works on bytes: in UTF-8 every character that needs attention starts with a byte
    // no other character contains (ASCII, or 0xEF for U+FFFE and U+FFFF), and a table
    // finds those bytes without a branch per byte.
    let bytes = text.as_bytes();
    let mut clean_from = 0;
    let mut search_from = 0;
    while let Some(found) =
        bytes[search_from..].iter().position(|&b| NEEDS_ATTENTION[usize::from(b)])
    {
        let at = search_from + found;
        search_from = at + 1;
        let entity: &[u8] = match bytes[at] {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'\r' => b"&#13;",
            0xEF if !(bytes.get(at + 1) == Some(&0xBF)
                && matches!(bytes.get(at + 2), Some(0xBE | 0xBF))) =>
            {
                continue;
            }
            // Left in the clean run, written as it is.
            0x01..0x20 if controls == ControlChars::Keep => continue,
            _ => return Err(unencodable(text, at)),
        };
        out.extend_from_slice(&bytes[clean_from..at]);
        out.extend_from_slice(entity);
        clean_from = search_from;
    }
    out.extend_from_slice(&bytes[clean_from..]);
    Ok(())
}

/// The bytes [`write_escaped`] must look at: `&`, `<`, `>`, the C0 controls but tab and
/// line feed (carriage return is escaped, the rest refused), and 0xEF, which starts
/// U+FFFE and U+FFFF (and many characters that are fine).
static NEEDS_ATTENTION: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = byte != b'\t' as usize && byte != b'\n' as usize;
        byte += 1;
    }
    table[b'&' as usize] = true;
    table[b'<' as usize] = true;
    table[b'>' as usize] = true;
    table[0xEF] = true;
    table
};

#[cold]
fn unencodable(text: &str, at: usize) -> Error {
    let c = text[at..].chars().next().unwrap_or_default();
    Error::new(
        ErrorKind::Unencodable,
        format!("U+{:04X} cannot be written in XML 1.0", u32::from(c)),
    )
}

/// Appends the start tag `<name>`.
#[inline]
pub fn write_start(out: &mut Vec<u8>, name: &str) {
    out.push(b'<');
    out.extend_from_slice(name.as_bytes());
    out.push(b'>');
}

/// Appends the end tag `</name>`.
#[inline]
pub fn write_end(out: &mut Vec<u8>, name: &str) {
    out.extend_from_slice(b"</");
    out.extend_from_slice(name.as_bytes());
    out.push(b'>');
}

/// Appends `<name>text</name>`, the text escaped.
pub fn write_text_element(out: &mut Vec<u8>, name: &str, text: &str) -> Result<()> {
    write_text_element_with(out, name, text, ControlChars::Refuse)
}

/// [`write_text_element`], the control characters XML 1.0 forbids refused or written
/// raw ([`write_escaped_with`]).
pub fn write_text_element_with(
    out: &mut Vec<u8>,
    name: &str,
    text: &str,
    controls: ControlChars,
) -> Result<()> {
    write_start(out, name);
    write_escaped_with(out, text, controls).map_err(|e| e.with_path(name))?;
    write_end(out, name);
    Ok(())
}

/// Appends `<name>value</name>` for an unsigned integer.
pub fn write_u64_element(out: &mut Vec<u8>, name: &str, value: u64) {
    write_start(out, name);
    out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
    write_end(out, name);
}

/// Appends an ETag element, writing its quotes as `&quot;` as COS does.
pub fn write_etag_element(out: &mut Vec<u8>, name: &str, etag: &ETag<'_>) -> Result<()> {
    write_etag_element_with(out, name, etag, ControlChars::Refuse)
}

/// [`write_etag_element`], the control characters XML 1.0 forbids refused or written
/// raw ([`write_escaped_with`]).
pub fn write_etag_element_with(
    out: &mut Vec<u8>,
    name: &str,
    etag: &ETag<'_>,
    controls: ControlChars,
) -> Result<()> {
    let quote: &[u8] = if etag.is_quoted() { b"&quot;" } else { b"" };
    write_start(out, name);
    out.extend_from_slice(quote);
    write_escaped_with(out, etag.value(), controls).map_err(|e| e.with_path(name))?;
    out.extend_from_slice(quote);
    write_end(out, name);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_cannot_be_encoded() {
        let error = write_text_element(&mut Vec::new(), "Key", "a\u{1}").unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Unencodable);
        assert_eq!(error.path(), Some("Key"));
    }

    #[test]
    fn kept_control_characters_are_written_raw_and_the_rest_still_escaped_or_refused() {
        let mut out = Vec::new();
        write_text_element_with(&mut out, "Key", "\u{1}a&\u{7}\r\u{1F}<", ControlChars::Keep)
            .unwrap();
        assert_eq!(out, b"<Key>\x01a&amp;\x07&#13;\x1F&lt;</Key>");
        for refused in ["a\u{0}", "\u{FFFE}", "\u{FFFF}"] {
            let error =
                write_escaped_with(&mut Vec::new(), refused, ControlChars::Keep).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::Unencodable, "{refused:?}");
        }
        let mut out = Vec::new();
        let etag = ETag::new("a\u{2}", true);
        write_etag_element_with(&mut out, "ETag", &etag, ControlChars::Keep).unwrap();
        assert_eq!(out, b"<ETag>&quot;a\x02&quot;</ETag>");
        assert!(write_etag_element(&mut Vec::new(), "ETag", &etag).is_err());
    }
}
