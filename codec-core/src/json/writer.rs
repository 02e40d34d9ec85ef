//! A compact JSON writer for the hand-written encoders: values go straight into the
//! caller's `Vec<u8>`, strings are escaped as serde_json escapes them, and commas are
//! placed automatically.

use super::reader::find_string_stop;
use crate::ETag;

/// Writes compact JSON into a byte vector, placing the commas between members and
/// items itself.
///
/// The writer does not check that calls nest correctly (a key inside an array, say):
/// encoders drive it in a fixed shape, and the tests of each encoder decode what it
/// wrote. Every method is infallible, since every `&str` is valid UTF-8 and every
/// string is escaped.
///
/// ```
/// use codec_core::ETag;
/// use codec_core::json::JsonWriter;
///
/// let mut out = Vec::new();
/// let mut json = JsonWriter::new(&mut out);
/// json.begin_object();
/// json.key("name");
/// json.str("a \"quoted\"\nline");
/// json.key("etag");
/// json.etag(&ETag::new("0CC1", true));
/// json.key("sizes");
/// json.begin_array();
/// json.u64(1);
/// json.i64(-2);
/// json.null();
/// json.end_array();
/// json.key("done");
/// json.bool(true);
/// json.end_object();
/// assert_eq!(
///     String::from_utf8(out).unwrap(),
///     r#"{"name":"a \"quoted\"\nline","etag":"\"0CC1\"","sizes":[1,-2,null],"done":true}"#
/// );
/// ```
#[derive(Debug)]
pub struct JsonWriter<'o> {
    out: &'o mut Vec<u8>,
    /// Whether the next member or item needs a comma before it: true after any complete
    /// value, false right after an opening bracket or a key. No stack is needed, since
    /// closing a container completes a value of the enclosing one.
    needs_comma: bool,
}

impl<'o> JsonWriter<'o> {
    /// A writer appending to `out`.
    #[inline]
    pub fn new(out: &'o mut Vec<u8>) -> Self {
        JsonWriter { out, needs_comma: false }
    }

    #[inline(always)]
    fn separate(&mut self) {
        if self.needs_comma {
            self.out.push(b',');
        }
    }

    /// Opens an object (`{`).
    #[inline]
    pub fn begin_object(&mut self) {
        self.separate();
        self.out.push(b'{');
        self.needs_comma = false;
    }

    /// Closes the innermost object (`}`).
    #[inline]
    pub fn end_object(&mut self) {
        self.out.push(b'}');
        self.needs_comma = true;
    }

    /// Opens an array (`[`).
    #[inline]
    pub fn begin_array(&mut self) {
        self.separate();
        self.out.push(b'[');
        self.needs_comma = false;
    }

    /// Closes the innermost array (`]`).
    #[inline]
    pub fn end_array(&mut self) {
        self.out.push(b']');
        self.needs_comma = true;
    }

    /// Writes a member's key and the colon; the value's method comes next.
    #[inline]
    pub fn key(&mut self, key: &str) {
        self.separate();
        write_str(self.out, key);
        self.out.push(b':');
        self.needs_comma = false;
    }

    /// Writes a member's key that needs no escaping (no `"`, `\\` or control
    /// character), as is: for the literal keys of an encoder, without the scan
    /// [`key`](Self::key) makes.
    #[inline]
    pub fn raw_key(&mut self, key: &'static str) {
        debug_assert!(find_string_stop(key.as_bytes()).is_none(), "{key:?} needs escaping");
        self.separate();
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\":");
        self.needs_comma = false;
    }

    /// Writes a member's key from its spelling with the separator before it and the
    /// colon after it, `,"key":`, as one copy: the generated encoders' way to write a
    /// declared member. `member` must be `,` then a [`raw_key`](Self::raw_key)-safe
    /// quoted key and `:`; the comma is left out where none is needed.
    #[inline(always)]
    pub fn member(&mut self, member: &'static [u8]) {
        debug_assert!(member.starts_with(b",\"") && member.ends_with(b"\":"), "{member:?}");
        let from = usize::from(!self.needs_comma);
        self.out.extend_from_slice(&member[from..]);
        self.needs_comma = false;
    }

    /// Writes a string value, escaped.
    #[inline]
    pub fn str(&mut self, value: &str) {
        self.separate();
        write_str(self.out, value);
        self.needs_comma = true;
    }

    /// Writes an ETag's wire text as a string: `"\"0CC1\""` when it came quoted,
    /// `"0CC1"` when bare.
    #[inline]
    pub fn etag(&mut self, etag: &ETag<'_>) {
        self.separate();
        write_etag(self.out, etag);
        self.needs_comma = true;
    }

    /// Writes an unsigned integer.
    #[inline]
    pub fn u64(&mut self, value: u64) {
        self.separate();
        self.out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
        self.needs_comma = true;
    }

    /// Writes a signed integer.
    #[inline]
    pub fn i64(&mut self, value: i64) {
        self.separate();
        self.out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
        self.needs_comma = true;
    }

    /// Writes `true` or `false`.
    #[inline]
    pub fn bool(&mut self, value: bool) {
        self.separate();
        self.out.extend_from_slice(if value { b"true" } else { b"false" });
        self.needs_comma = true;
    }

    /// Writes `null`.
    #[inline]
    pub fn null(&mut self) {
        self.separate();
        self.out.extend_from_slice(b"null");
        self.needs_comma = true;
    }

    /// Writes `json` verbatim as one value: for values kept in their wire spelling
    /// (a number as it was written, say). The caller vouches that it is valid JSON.
    #[inline]
    pub fn raw(&mut self, json: &str) {
        self.separate();
        self.out.extend_from_slice(json.as_bytes());
        self.needs_comma = true;
    }
}

/// Appends `value` as a JSON string, quotes included, escaped as serde_json escapes:
/// `"` and `\` with a backslash, the control characters as `\n`, `\t`, … or `\u00XX`,
/// everything else (non-ASCII included) as is.
///
/// ```
/// let mut out = Vec::new();
/// codec_core::json::write_str(&mut out, "tab\there, é, \u{1}");
/// assert_eq!(String::from_utf8(out).unwrap(), r#""tab\there, é, \u0001""#);
/// ```
#[inline]
pub fn write_str(out: &mut Vec<u8>, value: &str) {
    out.reserve(value.len() + 2);
    out.push(b'"');
    write_str_contents(out, value);
    out.push(b'"');
}

/// Appends an ETag's wire text as a JSON string: `"\"0CC1\""` when it came quoted,
/// `"0CC1"` when bare. For encoders that write their constant parts as bytes.
///
/// ```
/// let mut out = Vec::new();
/// codec_core::json::write_etag(&mut out, &codec_core::ETag::new("0CC1", true));
/// assert_eq!(out, br#""\"0CC1\"""#);
/// ```
#[inline]
pub fn write_etag(out: &mut Vec<u8>, etag: &ETag<'_>) {
    if etag.is_quoted() {
        out.reserve(etag.value().len() + 6);
        out.extend_from_slice(b"\"\\\"");
        write_str_contents(out, etag.value());
        out.extend_from_slice(b"\\\"\"");
    } else {
        write_str(out, etag.value());
    }
}

/// Appends the escaped contents of a JSON string, without the quotes: clean runs are
/// found eight bytes at a time and copied whole.
#[inline]
fn write_str_contents(out: &mut Vec<u8>, value: &str) {
    let bytes = value.as_bytes();
    let mut start = 0;
    while let Some(stop) = find_string_stop(&bytes[start..]) {
        let at = start + stop;
        out.extend_from_slice(&bytes[start..at]);
        write_escape(out, bytes[at]);
        start = at + 1;
    }
    out.extend_from_slice(&bytes[start..]);
}

/// Appends the escape of one byte that cannot stand as itself in a JSON string.
#[cold]
fn write_escape(out: &mut Vec<u8>, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match ESCAPES[usize::from(byte)] {
        b'u' => {
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(byte >> 4)]);
            out.push(HEX[usize::from(byte & 0xF)]);
        }
        letter => out.extend_from_slice(&[b'\\', letter]),
    }
}

/// For each byte, the letter of its short escape, `u` for `\u00XX`, or 0 when it is
/// written as is.
static ESCAPES: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = b'u';
        byte += 1;
    }
    table[0x08] = b'b';
    table[0x09] = b't';
    table[0x0A] = b'n';
    table[0x0C] = b'f';
    table[0x0D] = b'r';
    table[b'"' as usize] = b'"';
    table[b'\\' as usize] = b'\\';
    table
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_exactly_as_serde_json_does() {
        let mut samples: Vec<String> =
            (0u32..0x80).filter_map(char::from_u32).map(String::from).collect();
        samples.extend(["", "plain", "é€😀", "a\"b\\c/d", "\u{7f}\u{2028}"].map(String::from));
        for sample in samples {
            let mut ours = Vec::new();
            write_str(&mut ours, &sample);
            assert_eq!(ours, serde_json::to_vec(&sample).unwrap(), "{sample:?}");
        }
    }

    #[test]
    fn commas_follow_nesting() {
        let mut out = Vec::new();
        let mut json = JsonWriter::new(&mut out);
        json.begin_array();
        json.begin_object();
        json.end_object();
        json.begin_object();
        json.key("a");
        json.begin_array();
        json.end_array();
        json.raw_key("b");
        json.begin_object();
        json.key("c");
        json.raw("1.50");
        json.end_object();
        json.end_object();
        json.str("x");
        json.end_array();
        assert_eq!(out, br#"[{},{"a":[],"b":{"c":1.50}},"x"]"#);
    }

    #[test]
    fn bare_and_quoted_etags_write_their_wire_text() {
        for etag in [ETag::new("0CC1", true), ETag::new("0CC1", false), ETag::new("a\"b", true)] {
            let mut out = Vec::new();
            JsonWriter::new(&mut out).etag(&etag);
            let wire: String = serde_json::from_slice(&out).unwrap();
            assert_eq!(wire, etag.to_wire());
        }
    }
}
