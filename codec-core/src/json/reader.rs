//! A pull reader over one JSON document held in memory, for decoders that borrow
//! everything and allocate nothing per item.
//!
//! The decoder asks for what it expects: [`JsonReader::begin_object`] then
//! [`JsonReader::next_key`] until `None`, [`JsonReader::begin_array`] then
//! [`JsonReader::next_item`] until `false`, and leaf values ([`JsonReader::str`],
//! [`JsonReader::u64`], [`JsonReader::bool`], [`JsonReader::null`]);
//! [`JsonReader::skip_value`] passes over what it does not know, without recursion.
//! Strings come back as [`JsonStr`]: the text between the quotes, escapes intact and
//! already validated, so a string borrows from the input whatever it holds and
//! unescaping (which may copy) happens only when asked.
//!
//! The grammar is RFC 8259's, strictly: no trailing commas, no comments, no leading
//! zeros, no raw control characters in strings, no lone surrogate escapes, nothing
//! after the document but whitespace; a byte-order mark is refused as serde_json
//! refuses it. Nesting deeper than [`Limits::max_depth`] is an error.

use std::borrow::Cow;

use crate::{Error, Limits, Result};

/// A JSON string as it stands in the input: the text between its quotes, escapes not
/// undone but already checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct JsonStr<'a> {
    raw: &'a str,
    offset: usize,
    /// How many escapes the string holds. (A count in a full word rather than a flag:
    /// it keeps the value three aligned words, which the CPU moves without stalls, and
    /// tells `to_etag` when the only escapes are the quotes.)
    escapes: usize,
}

impl<'a> JsonStr<'a> {
    /// The text between the quotes, escapes as written (`\"abc\"` for `"\"abc\""`).
    #[inline]
    pub fn raw(&self) -> &'a str {
        self.raw
    }

    /// Whether the string holds any escape.
    #[inline]
    pub fn has_escapes(&self) -> bool {
        self.escapes != 0
    }

    /// Byte offset of the opening quote in the input.
    #[inline]
    pub fn offset(&self) -> usize {
        self.offset
    }

    /// The string's value: borrowed when it holds no escape, unescaped into a copy
    /// otherwise.
    #[inline]
    pub fn value(&self) -> Cow<'a, str> {
        if self.escapes == 0 {
            return Cow::Borrowed(self.raw);
        }
        Cow::Owned(unescape(self.raw))
    }

    /// The value read as an [`ETag`](crate::ETag), borrowing from the input when the
    /// only escapes are the quotes around it (`"\"0CC1…\""`, as PDS sends ETags).
    ///
    /// ```
    /// use codec_core::json::JsonReader;
    ///
    /// let body = br#" "\"0CC175B9\"" "#;
    /// let mut reader = JsonReader::new(body, &codec_core::Limits::default())?;
    /// let etag = reader.str()?.to_etag();
    /// assert_eq!((etag.value(), etag.is_quoted(), etag.is_borrowed()), ("0CC175B9", true, true));
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    #[inline]
    pub fn to_etag(&self) -> crate::ETag<'a> {
        if self.escapes == 2
            && let Some(inner) =
                self.raw.strip_prefix("\\\"").and_then(|rest| rest.strip_suffix("\\\""))
        {
            return crate::ETag::new(inner, true);
        }
        crate::ETag::from_wire(self.value())
    }

    /// Whether the value equals `text`, without unescaping when there is no escape.
    #[inline]
    pub fn eq_str(&self, text: &str) -> bool {
        if self.escapes == 0 { self.raw == text } else { unescape(self.raw) == text }
    }
}

/// Undoes the escapes of a string the reader has already validated.
fn unescape(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut rest = raw;
    while let Some(backslash) = rest.find('\\') {
        out.push_str(&rest[..backslash]);
        let escape = &rest[backslash + 1..];
        let (c, used) = match escape.as_bytes().first() {
            Some(b'"') => ('"', 1),
            Some(b'\\') => ('\\', 1),
            Some(b'/') => ('/', 1),
            Some(b'b') => ('\u{8}', 1),
            Some(b'f') => ('\u{c}', 1),
            Some(b'n') => ('\n', 1),
            Some(b'r') => ('\r', 1),
            Some(b't') => ('\t', 1),
            // `u`: validated when the string was read, so the digits and any pair are there.
            _ => {
                let high = hex4(escape.get(1..5).unwrap_or("")).unwrap_or(0xFFFD);
                if (0xD800..0xDC00).contains(&high) {
                    let low = hex4(escape.get(7..11).unwrap_or("")).unwrap_or(0xDC00);
                    let code = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00);
                    (char::from_u32(code).unwrap_or('\u{FFFD}'), 11)
                } else {
                    (char::from_u32(high).unwrap_or('\u{FFFD}'), 5)
                }
            }
        };
        out.push(c);
        rest = escape.get(used..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

fn hex4(digits: &str) -> Option<u32> {
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    u32::from_str_radix(digits, 16).ok()
}

/// Bytes a string scan stops at: the closing quote, a backslash, raw control characters.
static STRING_STOP: [bool; 256] = {
    let mut table = [false; 256];
    let mut byte = 0;
    while byte < 0x20 {
        table[byte] = true;
        byte += 1;
    }
    table[b'"' as usize] = true;
    table[b'\\' as usize] = true;
    table
};

/// The position of the first byte that ends a plain run of string content: `"`, `\\`
/// or a control character. Eight bytes at a time (SWAR), then byte by byte.
#[inline]
pub(super) fn find_string_stop(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    // A byte of `word` is flagged when it is zero: the lowest flagged byte is exact
    // (borrows only disturb bytes above it).
    let zero_byte = |word: u64| word.wrapping_sub(ONES) & !word & HIGHS;
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let mut word_bytes = [0u8; 8];
        word_bytes.copy_from_slice(chunk);
        let word = u64::from_le_bytes(word_bytes);
        let quote = zero_byte(word ^ (ONES * u64::from(b'"')));
        let backslash = zero_byte(word ^ (ONES * u64::from(b'\\')));
        let control = word.wrapping_sub(ONES * 0x20) & !word & HIGHS;
        let found = quote | backslash | control;
        if found != 0 {
            return Some(offset + (found.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    let rest = chunks.remainder();
    rest.iter().position(|&b| STRING_STOP[usize::from(b)]).map(|i| offset + i)
}

/// `[1,]` and `{"a":1,}`: JSON has no trailing commas, and a plain "expected a value"
/// would not say why.
#[cold]
fn trailing_comma(comma: usize, closing: u8) -> Error {
    let container = if closing == b']' { "an array" } else { "an object" };
    Error::syntax(format!(
        "a trailing comma before the `{}` that closes {container} is not allowed in JSON",
        char::from(closing)
    ))
    .with_offset(comma)
}

/// The kind of container a level of nesting is, for skipping.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Container {
    Object,
    Array,
}

/// A pull reader over one JSON document.
pub struct JsonReader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
    max_depth: usize,
    /// Whether the container just opened has had its first member read.
    first: bool,
    /// Containers opened by [`JsonReader::skip_value`], reused between calls.
    skip_stack: Vec<Container>,
}

impl<'a> JsonReader<'a> {
    /// Checks `input` against the size limit and validates it as UTF-8.
    pub fn new(input: &'a [u8], limits: &Limits) -> Result<Self> {
        let text = limits.checked_text(input, "the body")?;
        if text.starts_with('\u{feff}') {
            return Err(Error::syntax("a byte-order mark is not allowed in JSON").with_offset(0));
        }
        Ok(JsonReader {
            text,
            bytes: input,
            pos: 0,
            depth: 0,
            max_depth: limits.max_depth(),
            first: false,
            skip_stack: Vec::new(),
        })
    }

    /// The byte offset of the next token (after whitespace).
    #[inline]
    pub fn offset(&mut self) -> usize {
        self.skip_whitespace();
        self.pos
    }

    #[inline]
    fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    #[inline]
    fn peek(&mut self) -> Option<u8> {
        self.skip_whitespace();
        self.bytes.get(self.pos).copied()
    }

    /// The first byte of the next token (after whitespace), without reading it: `"`
    /// before a string, a digit or `-` before a number, `n` before `null`, … For values
    /// that may come in more than one type.
    ///
    /// ```
    /// use codec_core::json::JsonReader;
    ///
    /// let mut reader = JsonReader::new(b" 42", &codec_core::Limits::default())?;
    /// assert_eq!(reader.peek_byte(), Some(b'4'));
    /// assert_eq!(reader.u64()?, 42);
    /// assert_eq!(reader.peek_byte(), None);
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    #[inline]
    pub fn peek_byte(&mut self) -> Option<u8> {
        self.peek()
    }

    #[cold]
    fn unexpected(&self, expected: &str) -> Error {
        match self.bytes.get(self.pos) {
            None => Error::eof(format!("the body ends where {expected} was expected"))
                .with_offset(self.pos),
            Some(_) => {
                let found = self.text[self.pos..].chars().next().unwrap_or('\u{FFFD}');
                Error::syntax(format!("expected {expected}, found {found:?}")).with_offset(self.pos)
            }
        }
    }

    #[cold]
    fn wrong_type(&mut self, expected: &str) -> Error {
        let at = self.pos;
        let found = match self.bytes.get(at) {
            Some(b'"') => "a string",
            Some(b'{') => "an object",
            Some(b'[') => "an array",
            Some(b't' | b'f') => "a boolean",
            Some(b'n') => "null",
            Some(b'-' | b'0'..=b'9') => "a number",
            _ => return self.unexpected(expected),
        };
        Error::invalid_value(format!("expected {expected}, found {found}")).with_offset(at)
    }

    /// Reads the opening `bracket` of a container, one level deeper.
    #[inline]
    fn open(&mut self, bracket: u8, what: &str) -> Result<()> {
        if self.peek() != Some(bracket) {
            return Err(self.wrong_type(what));
        }
        if self.depth >= self.max_depth {
            return Err(Error::limit(format!("nesting deeper than {} levels", self.max_depth))
                .with_offset(self.pos));
        }
        self.depth += 1;
        self.pos += 1;
        self.first = true;
        Ok(())
    }

    /// Reads the closing bracket of the container being read, one level up.
    #[inline]
    fn close(&mut self) {
        self.pos += 1;
        self.depth = self.depth.saturating_sub(1);
        self.first = false;
    }

    /// Reads `{`.
    #[inline]
    pub fn begin_object(&mut self) -> Result<()> {
        self.open(b'{', "an object")
    }

    /// The next key of the object being read, with its `:` consumed, or `None` at its
    /// `}`. Call after [`begin_object`](Self::begin_object) and after each value.
    ///
    /// Match keys on [`JsonStr::value`] (it borrows when the key holds no escape), not
    /// on [`JsonStr::raw`], so that `"\u0066ile_id"` is `file_id` as JSON says.
    #[inline(always)]
    pub fn next_key(&mut self) -> Result<Option<JsonStr<'a>>> {
        match self.peek() {
            Some(b'}') => {
                self.close();
                return Ok(None);
            }
            Some(b',') if !self.first => {
                let comma = self.pos;
                self.pos += 1;
                if self.peek() == Some(b'}') {
                    return Err(trailing_comma(comma, b'}'));
                }
            }
            _ if self.first => {}
            _ => return Err(self.unexpected("`,` or `}`")),
        }
        self.first = false;
        if self.peek() != Some(b'"') {
            return Err(self.unexpected("a key in double quotes"));
        }
        let key = self.scan_string()?;
        if self.peek() != Some(b':') {
            return Err(self.unexpected("`:`"));
        }
        self.pos += 1;
        Ok(Some(key))
    }

    /// Reads `[`.
    #[inline]
    pub fn begin_array(&mut self) -> Result<()> {
        self.open(b'[', "an array")
    }

    /// Whether another item of the array being read follows (its `,` consumed); `false`
    /// at its `]`. Call after [`begin_array`](Self::begin_array) and after each item.
    #[inline(always)]
    pub fn next_item(&mut self) -> Result<bool> {
        match self.peek() {
            Some(b']') => {
                self.close();
                Ok(false)
            }
            Some(b',') if !self.first => {
                let comma = self.pos;
                self.pos += 1;
                if self.peek() == Some(b']') {
                    return Err(trailing_comma(comma, b']'));
                }
                Ok(true)
            }
            _ if self.first => {
                self.first = false;
                Ok(true)
            }
            _ => Err(self.unexpected("`,` or `]`")),
        }
    }

    /// Reads a string value.
    #[inline]
    pub fn str(&mut self) -> Result<JsonStr<'a>> {
        if self.peek() != Some(b'"') {
            return Err(self.wrong_type("a string"));
        }
        self.scan_string()
    }

    /// Reads an unsigned integer that fits in 64 bits: no sign, fraction or exponent.
    #[inline]
    pub fn u64(&mut self) -> Result<u64> {
        // Up to 19 digits always fit.
        if self.peek().is_some()
            && let Some((value, end)) = self.plain_digits(self.pos, 19)
        {
            self.pos = end;
            return Ok(value);
        }
        let (start, text) = self.number("an unsigned integer")?;
        if !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Error::invalid_value(format!(
                "expected an unsigned integer, found {}",
                crate::number::excerpt(text)
            ))
            .with_offset(start));
        }
        crate::number::parse_u64(text).map_err(|e| e.with_offset(start))
    }

    /// Reads an integer that fits in 64 bits, signed: no fraction or exponent.
    #[inline]
    pub fn i64(&mut self) -> Result<i64> {
        // Up to 18 digits always fit, with or without the sign.
        if let Some(first) = self.peek() {
            let negative = first == b'-';
            if let Some((magnitude, end)) = self.plain_digits(self.pos + usize::from(negative), 18)
            {
                self.pos = end;
                // At most 18 digits: below 10^18, so it fits, negated or not.
                let magnitude = magnitude as i64;
                return Ok(if negative { -magnitude } else { magnitude });
            }
        }
        let (start, text) = self.number("an integer")?;
        let (negative, digits) = match text.strip_prefix('-') {
            Some(digits) => (true, digits),
            None => (false, text),
        };
        let magnitude = if digits.bytes().all(|b| b.is_ascii_digit()) {
            crate::number::parse_u64(digits).ok()
        } else {
            return Err(Error::invalid_value(format!(
                "expected an integer, found {}",
                crate::number::excerpt(text)
            ))
            .with_offset(start));
        };
        let value = magnitude.and_then(|m| {
            if negative { 0i64.checked_sub_unsigned(m) } else { i64::try_from(m).ok() }
        });
        value.ok_or_else(|| {
            Error::invalid_value(format!(
                "{} does not fit in 64 bits",
                crate::number::excerpt(text)
            ))
            .with_offset(start)
        })
    }

    /// The everyday integer in one pass: a run of at most `max` digits from `from`, with
    /// no leading zero unless alone, that ends the token. `None` sends the caller down
    /// the full path, which also says what is wrong.
    #[inline(always)]
    fn plain_digits(&self, from: usize, max: usize) -> Option<(u64, usize)> {
        let bytes = self.bytes;
        let first = *bytes.get(from)?;
        let mut pos = from;
        let mut value = 0u64;
        while let Some(&byte) = bytes.get(pos) {
            let digit = byte.wrapping_sub(b'0');
            if digit > 9 || pos - from == max {
                break;
            }
            value = value * 10 + u64::from(digit);
            pos += 1;
        }
        let ends = bytes
            .get(pos)
            .is_none_or(|b| matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r'));
        let digits = pos - from;
        (digits > 0 && ends && (first != b'0' || digits == 1)).then_some((value, pos))
    }

    /// Reads `true` or `false`.
    #[inline]
    pub fn bool(&mut self) -> Result<bool> {
        match self.peek() {
            Some(b't') => self.literal("true").map(|()| true),
            Some(b'f') => self.literal("false").map(|()| false),
            _ => Err(self.wrong_type("true or false")),
        }
    }

    /// Reads `null` and returns `true` when it is next; otherwise reads nothing.
    #[inline]
    pub fn null(&mut self) -> Result<bool> {
        if self.peek() == Some(b'n') {
            self.literal("null")?;
            return Ok(true);
        }
        Ok(false)
    }

    #[inline]
    fn literal(&mut self, word: &str) -> Result<()> {
        if self.bytes[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            return Ok(());
        }
        Err(self.unexpected(word))
    }

    /// Reads a number token by RFC 8259's grammar and returns where it starts and its
    /// text.
    #[inline]
    fn number(&mut self, expected: &str) -> Result<(usize, &'a str)> {
        if !matches!(self.peek(), Some(b'-' | b'0'..=b'9')) {
            return Err(self.wrong_type(expected));
        }
        let start = self.pos;
        let bytes = self.bytes;
        let mut pos = start;
        let digits = |pos: &mut usize| {
            let from = *pos;
            while bytes.get(*pos).is_some_and(u8::is_ascii_digit) {
                *pos += 1;
            }
            *pos - from
        };
        if bytes.get(pos) == Some(&b'-') {
            pos += 1;
        }
        let mut plain_integer = true;
        match bytes.get(pos) {
            Some(b'0') => pos += 1,
            Some(b'1'..=b'9') => {
                // Past 19 digits an integer may not fit 64 bits: check its range below.
                plain_integer = digits(&mut pos) <= 19;
            }
            _ => return Err(number_syntax(pos, "a digit")),
        }
        if bytes.get(pos) == Some(&b'.') {
            plain_integer = false;
            pos += 1;
            if digits(&mut pos) == 0 {
                return Err(number_syntax(pos, "a digit after the decimal point"));
            }
        }
        if let Some(b'e' | b'E') = bytes.get(pos) {
            plain_integer = false;
            pos += 1;
            if let Some(b'+' | b'-') = bytes.get(pos) {
                pos += 1;
            }
            if digits(&mut pos) == 0 {
                return Err(number_syntax(pos, "a digit in the exponent"));
            }
        }
        // `01` and `1x` are not numbers: what follows must end the token.
        if let Some(b) = bytes.get(pos)
            && !matches!(b, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
        {
            return Err(number_syntax(pos, "the end of the number"));
        }
        let text = &self.text[start..pos];
        // As serde_json does: a number no double can hold (`1e400`) is refused.
        if !plain_integer && !text.parse::<f64>().is_ok_and(f64::is_finite) {
            return Err(Error::invalid_value(format!(
                "{} is out of range for a number",
                crate::number::excerpt(text)
            ))
            .with_offset(start));
        }
        self.pos = pos;
        Ok((start, text))
    }

    /// Scans the string whose opening quote is at `self.pos`, checking its escapes.
    #[inline(always)]
    fn scan_string(&mut self) -> Result<JsonStr<'a>> {
        let open = self.pos;
        let bytes = self.bytes;
        let mut pos = open + 1;
        let mut escapes = 0;
        loop {
            let Some(step) = find_string_stop(&bytes[pos..]) else {
                return Err(Error::eof("the body ends inside a string").with_offset(open));
            };
            pos += step;
            match bytes[pos] {
                b'"' => break,
                b'\\' => {
                    escapes += 1;
                    pos = check_escape(bytes, pos)?;
                }
                control => {
                    return Err(Error::syntax(format!(
                        "control character U+{control:04X} must be escaped in a string"
                    ))
                    .with_offset(pos));
                }
            }
        }
        self.pos = pos + 1;
        Ok(JsonStr { raw: &self.text[open + 1..pos], offset: open, escapes })
    }

    /// Skips the next value, however nested (up to the depth limit), without recursion.
    pub fn skip_value(&mut self) -> Result<()> {
        let base = self.skip_stack.len();
        loop {
            // A value.
            match self.peek() {
                Some(b'{') => {
                    self.begin_object()?;
                    self.skip_stack.push(Container::Object);
                }
                Some(b'[') => {
                    self.begin_array()?;
                    self.skip_stack.push(Container::Array);
                }
                Some(b'"') => {
                    self.scan_string()?;
                }
                Some(b't' | b'f') => {
                    self.bool()?;
                }
                Some(b'n') => {
                    self.literal("null")?;
                }
                Some(b'-' | b'0'..=b'9') => {
                    self.number("a value")?;
                }
                _ => return Err(self.unexpected("a value")),
            }
            // Then close containers until one wants another member.
            loop {
                let Some(&container) = self.skip_stack.get(base..).and_then(<[Container]>::last)
                else {
                    self.skip_stack.truncate(base);
                    self.first = false;
                    return Ok(());
                };
                let more = match container {
                    Container::Object => self.next_key()?.is_some(),
                    Container::Array => self.next_item()?,
                };
                if more {
                    break;
                }
                self.skip_stack.pop();
            }
        }
    }

    /// Checks that nothing but whitespace follows the document.
    pub fn finish(mut self) -> Result<()> {
        match self.peek() {
            None => Ok(()),
            Some(_) => {
                Err(Error::syntax("trailing characters after the JSON document")
                    .with_offset(self.pos))
            }
        }
    }
}

#[cold]
fn number_syntax(at: usize, expected: &str) -> Error {
    Error::syntax(format!("malformed number: expected {expected}")).with_offset(at)
}

/// Checks the escape whose backslash is at `at` and returns the position after it.
fn check_escape(bytes: &[u8], at: usize) -> Result<usize> {
    let bad = |message: &str| Error::syntax(message.to_owned()).with_offset(at);
    match bytes.get(at + 1) {
        Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => Ok(at + 2),
        Some(b'u') => {
            let unit = |from: usize| {
                bytes
                    .get(from..from + 4)
                    .and_then(|digits| std::str::from_utf8(digits).ok())
                    .and_then(hex4)
            };
            let high = unit(at + 2)
                .ok_or_else(|| bad("`\\u` must be followed by four hexadecimal digits"))?;
            match high {
                0xD800..=0xDBFF => {
                    let low = (bytes.get(at + 6..at + 8) == Some(b"\\u"))
                        .then(|| unit(at + 8))
                        .flatten()
                        .filter(|low| (0xDC00..=0xDFFF).contains(low));
                    match low {
                        Some(_) => Ok(at + 12),
                        None => Err(bad("a high surrogate escape must be followed by a low one")),
                    }
                }
                0xDC00..=0xDFFF => Err(bad("a lone low surrogate escape")),
                _ => Ok(at + 6),
            }
        }
        Some(_) => Err(bad("unknown escape")),
        None => Err(Error::eof("the body ends inside an escape").with_offset(at)),
    }
}
