//! Query strings of the listing requests (`/key?uploadId=x&max-parts=10&muploadpart`).
//!
//! - [`QueryWriter`] builds a query string, percent-encoding names and values;
//!   [`encode_path`] encodes an object key as a URL path;
//! - [`split_target`] splits a request target (`/key?uploadId=x`) into path and
//!   query; [`parse_query`] and [`RequestTarget::pairs`] iterate over the decoded
//!   pairs of a query, and a [`QueryPair`] reads its value and places its errors;
//!   [`decode_path`] and [`decode_component`] percent-decode a path and a query name
//!   or value.
//!
//! Encoding keeps only RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`)
//! literal, so what it writes means the same to every server. Decoding is strict: a
//! `%` must begin a valid escape and the decoded bytes must be UTF-8.

use std::borrow::Cow;
use std::iter::FusedIterator;

use percent_encoding::{
    AsciiSet, NON_ALPHANUMERIC, percent_decode, percent_decode_str, utf8_percent_encode,
};

use crate::Error;

/// Every byte but RFC 3986's unreserved characters is encoded in query components.
const COMPONENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// In paths, `/` stays literal too.
const PATH: &AsciiSet = &COMPONENT.remove(b'/');

/// Builds a query string, such as `uploadId=x&max-parts=10&muploadpart`.
///
/// Names and values are percent-encoded so that only RFC 3986 unreserved characters
/// (`A-Z a-z 0-9 - . _ ~`) stay literal: a space becomes `%20`, `+` becomes `%2B`,
/// and non-ASCII characters are encoded as their UTF-8 bytes. Items are joined with
/// `&`, in the order they are added.
///
/// # Examples
///
/// ```
/// use codec_core::query::QueryWriter;
///
/// let mut query = QueryWriter::new();
/// query.pair("uploadId", "a b+c").pair_u64("max-parts", 10).flag("muploadpart");
/// assert_eq!(query.finish(), "uploadId=a%20b%2Bc&max-parts=10&muploadpart");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueryWriter {
    buf: String,
}

impl QueryWriter {
    /// An empty query string.
    pub fn new() -> Self {
        Self::default()
    }

    /// An empty query string with room for `capacity` bytes.
    pub fn with_capacity(capacity: usize) -> Self {
        QueryWriter { buf: String::with_capacity(capacity) }
    }

    /// Appends a bare name with no `=`, such as UFile's `muploadpart`.
    ///
    /// An empty name appends nothing but its `&` separator, which
    /// [`parse_query`] skips.
    pub fn flag(&mut self, name: &str) -> &mut Self {
        self.separate();
        push_encoded(&mut self.buf, name, COMPONENT);
        self
    }

    /// Appends `name=value`, both percent-encoded.
    pub fn pair(&mut self, name: &str, value: &str) -> &mut Self {
        self.separate();
        push_encoded(&mut self.buf, name, COMPONENT);
        self.buf.push('=');
        push_encoded(&mut self.buf, value, COMPONENT);
        self
    }

    /// Appends `name=value` with `value` in decimal, without a temporary `String`.
    pub fn pair_u64(&mut self, name: &str, value: u64) -> &mut Self {
        self.separate();
        push_encoded(&mut self.buf, name, COMPONENT);
        self.buf.push('=');
        self.buf.push_str(itoa::Buffer::new().format(value));
        self
    }

    /// The query string built so far, without a leading `?`.
    pub fn as_str(&self) -> &str {
        &self.buf
    }

    /// The query string, without a leading `?`.
    pub fn finish(self) -> String {
        self.buf
    }

    fn separate(&mut self) {
        if !self.buf.is_empty() {
            self.buf.push('&');
        }
    }
}

fn push_encoded(out: &mut String, text: &str, set: &'static AsciiSet) {
    for piece in utf8_percent_encode(text, set) {
        out.push_str(piece);
    }
}

/// Appends the object key `key` to `out` as a URL path, percent-encoding everything
/// but RFC 3986 unreserved characters and `/`.
///
/// It adds no leading `/`: write it to `out` first when the key does not start with
/// one.
///
/// # Examples
///
/// ```
/// use codec_core::query::encode_path;
///
/// let mut out = String::from("/");
/// encode_path("a b/c+d", &mut out);
/// assert_eq!(out, "/a%20b/c%2Bd");
/// ```
pub fn encode_path(key: &str, out: &mut String) {
    push_encoded(out, key, PATH);
}

/// A request target split into its path and its query string, by [`split_target`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RequestTarget<'a> {
    /// The path (`/exampleobject`, `/`), still percent-encoded; `None` when the input
    /// is a query string alone.
    pub path: Option<&'a str>,
    /// The query string, without the `?`; empty when there is none.
    pub query: &'a str,
    /// The byte offset of [`query`](Self::query) within the input, so that errors in
    /// the query can point into the input.
    pub query_offset: usize,
}

impl<'a> RequestTarget<'a> {
    /// The query's pairs, as [`parse_query`] reads them, but with offsets (theirs and
    /// their errors') within the whole input rather than the query.
    ///
    /// ```
    /// use codec_core::query::split_target;
    ///
    /// let target = split_target("/key?uploadId=x&max-parts=%G1");
    /// let mut pairs = target.pairs();
    /// assert_eq!(pairs.next().unwrap()?.offset, 5);
    /// assert_eq!(pairs.next().unwrap().unwrap_err().offset(), Some(16));
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn pairs(&self) -> QueryPairs<'a> {
        QueryPairs { query: self.query, position: 0, base: self.query_offset }
    }

    /// The offset just past the query: where an error about a parameter that is
    /// missing points.
    pub fn end(&self) -> usize {
        self.query_offset + self.query.len()
    }
}

/// Splits a request target, or a query string alone, into path and query.
///
/// | input                        | path             | query         |
/// |------------------------------|------------------|---------------|
/// | `/exampleobject?uploadId=x`  | `/exampleobject` | `uploadId=x`  |
/// | `/?uploadId=x`               | `/`              | `uploadId=x`  |
/// | `/key`                       | `/key`           | (empty)       |
/// | `?uploadId=x`                | none             | `uploadId=x`  |
/// | `uploadId=x`                 | none             | `uploadId=x`  |
///
/// An input that starts with `/` has a path, up to the first `?`. Spaces, tabs,
/// `\r` and `\n` at the very end are trimmed (a file saved by an editor ends with a
/// newline); nothing else is trimmed.
///
/// # Examples
///
/// ```
/// use codec_core::query::split_target;
///
/// let target = split_target("/exampleobject?uploadId=x\n");
/// assert_eq!(target.path, Some("/exampleobject"));
/// assert_eq!(target.query, "uploadId=x");
/// assert_eq!(target.query_offset, 15);
///
/// let target = split_target("uploadId=x");
/// assert_eq!((target.path, target.query, target.query_offset), (None, "uploadId=x", 0));
/// ```
pub fn split_target(input: &str) -> RequestTarget<'_> {
    let input = input.trim_end_matches([' ', '\t', '\r', '\n']);
    if input.starts_with('/') {
        match input.find('?') {
            Some(question) => RequestTarget {
                path: Some(&input[..question]),
                query: &input[question + 1..],
                query_offset: question + 1,
            },
            None => RequestTarget { path: Some(input), query: "", query_offset: input.len() },
        }
    } else if let Some(query) = input.strip_prefix('?') {
        RequestTarget { path: None, query, query_offset: 1 }
    } else {
        RequestTarget { path: None, query: input, query_offset: 0 }
    }
}

/// Percent-decodes a URL path; `+` stays a `+`.
///
/// Borrows `raw` when it contains no `%`.
///
/// # Errors
///
/// An [`Error`] of kind [`Syntax`](crate::ErrorKind::Syntax) when a `%` is not
/// followed by two hexadecimal digits (`%G1`, a trailing `%`), or when the decoded
/// bytes are not UTF-8 (`%FF`).
///
/// # Examples
///
/// ```
/// use codec_core::query::decode_path;
///
/// assert_eq!(decode_path("/a%20b/c+d")?, "/a b/c+d");
/// assert!(decode_path("/a%G1").is_err());
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn decode_path(raw: &str) -> Result<Cow<'_, str>, Error> {
    if !raw.contains('%') {
        return Ok(Cow::Borrowed(raw));
    }
    check_escapes(raw)?;
    percent_decode_str(raw).decode_utf8().map_err(|_| not_utf8())
}

/// Percent-decodes a query name or value, where `+` also means a space (as in
/// `application/x-www-form-urlencoded`); `%2B` is a literal `+`.
///
/// Borrows `raw` when it contains neither `%` nor `+`.
///
/// # Errors
///
/// An [`Error`] of kind [`Syntax`](crate::ErrorKind::Syntax) when a `%` is not
/// followed by two hexadecimal digits (`%G1`, a trailing `%`), or when the decoded
/// bytes are not UTF-8 (`%FF`).
///
/// # Examples
///
/// ```
/// use std::borrow::Cow;
/// use codec_core::query::decode_component;
///
/// assert_eq!(decode_component("a+b%2Bc%E9%94%AE")?, "a b+c键");
/// assert!(matches!(decode_component("plain")?, Cow::Borrowed("plain")));
/// assert!(decode_component("%FF").is_err());
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn decode_component(raw: &str) -> Result<Cow<'_, str>, Error> {
    let has_plus = raw.contains('+');
    let has_percent = raw.contains('%');
    match (has_plus, has_percent) {
        (false, false) => Ok(Cow::Borrowed(raw)),
        (true, false) => Ok(Cow::Owned(raw.replace('+', " "))),
        (false, true) => {
            check_escapes(raw)?;
            percent_decode_str(raw).decode_utf8().map_err(|_| not_utf8())
        }
        (true, true) => {
            check_escapes(raw)?;
            // `+` first: a `%2B` decodes to a `+` that must stay one.
            let spaced = raw.replace('+', " ");
            let bytes = percent_decode(spaced.as_bytes()).collect::<Vec<u8>>();
            String::from_utf8(bytes).map(Cow::Owned).map_err(|_| not_utf8())
        }
    }
}

/// Checks that every `%` of `raw` begins an escape of two hexadecimal digits.
fn check_escapes(raw: &str) -> Result<(), Error> {
    let bytes = raw.as_bytes();
    let mut i = 0;
    while let Some(found) = bytes[i..].iter().position(|&b| b == b'%') {
        let at = i + found;
        let digits = bytes.get(at + 1..at + 3);
        if !digits.is_some_and(|digits| digits.iter().all(u8::is_ascii_hexdigit)) {
            // What follows the `%`, for the message: at most two characters.
            let after: String = raw[at + 1..].chars().take(2).collect();
            let message = if after.is_empty() {
                format!("malformed percent escape at byte {at} of {raw:?}: `%` at the end")
            } else {
                format!(
                    "malformed percent escape at byte {at} of {raw:?}: `%` followed by {after:?}, \
                     not two hexadecimal digits"
                )
            };
            return Err(Error::syntax(message));
        }
        i = at + 3;
    }
    Ok(())
}

fn not_utf8() -> Error {
    Error::syntax("the percent-decoded bytes are not valid UTF-8")
}

/// One `name=value` pair (or bare `name`) of a query string, decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QueryPair<'a> {
    /// The decoded name.
    pub name: Cow<'a, str>,
    /// The decoded value: `None` for a bare name (`muploadpart`), `Some("")` for
    /// `name=`.
    pub value: Option<Cow<'a, str>>,
    /// The byte offset of the pair's first byte within the query string (within the
    /// whole input when the pair comes from [`RequestTarget::pairs`]).
    pub offset: usize,
}

impl<'a> QueryPair<'a> {
    /// The value as text; a bare name reads as the empty string.
    pub fn text(&self) -> Cow<'a, str> {
        self.value.clone().unwrap_or(Cow::Borrowed(""))
    }

    /// Places an error at this pair: its offset, and its name as the field path
    /// (unless the error already has them).
    ///
    /// ```
    /// use codec_core::query::split_target;
    ///
    /// let target = split_target("?limit=5000");
    /// let pair = target.pairs().next().unwrap()?;
    /// let error = pair.place(codec_core::Error::invalid_value("too many"));
    /// assert_eq!((error.offset(), error.path()), (Some(1), Some("limit")));
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    #[cold]
    pub fn place(&self, error: Error) -> Error {
        error.with_offset(self.offset).with_path(self.name.as_ref())
    }
}

/// Iterates over the pairs of a query string, decoded; made by [`parse_query`].
#[derive(Clone, Debug)]
pub struct QueryPairs<'a> {
    query: &'a str,
    /// Where the next segment starts; past the end when done.
    position: usize,
    /// Added to every offset: where `query` starts in the caller's input.
    base: usize,
}

/// Iterates over the pairs of `query` (without its `?`; see [`split_target`]).
///
/// It splits on `&`, skips empty segments (`a=1&&b=2`), splits each segment at its
/// first `=` and decodes name and value with [`decode_component`]. It does not
/// allocate when nothing is escaped: names and values then borrow from `query`.
///
/// # Errors
///
/// Each item is a `Result`: a pair that does not decode is an [`Error`] with the
/// pair's offset within `query` and, when the name decoded, the name as its path.
/// The iteration goes on after an error with the next pair.
///
/// # Examples
///
/// ```
/// use codec_core::query::parse_query;
///
/// let pairs = parse_query("uploadId=a%20b&max-parts=10&muploadpart")
///     .collect::<Result<Vec<_>, _>>()?;
/// assert_eq!(pairs[0].name, "uploadId");
/// assert_eq!(pairs[0].value.as_deref(), Some("a b"));
/// assert_eq!((pairs[1].offset, pairs[1].value.as_deref()), (15, Some("10")));
/// assert_eq!((pairs[2].name.as_ref(), pairs[2].value.as_deref()), ("muploadpart", None));
///
/// let error = parse_query("a=1&marker=%G1").nth(1).unwrap().unwrap_err();
/// assert_eq!((error.offset(), error.path()), (Some(4), Some("marker")));
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn parse_query(query: &str) -> QueryPairs<'_> {
    QueryPairs { query, position: 0, base: 0 }
}

impl<'a> Iterator for QueryPairs<'a> {
    type Item = Result<QueryPair<'a>, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let rest = self.query.get(self.position..)?;
            let start = self.position;
            let (segment, next) = match rest.find('&') {
                Some(end) => (&rest[..end], start + end + 1),
                // Past the end: the next call returns `None`.
                None => (rest, self.query.len() + 1),
            };
            self.position = next;
            if segment.is_empty() {
                continue;
            }
            let offset = self.base + start;
            let (raw_name, raw_value) = match segment.split_once('=') {
                Some((name, value)) => (name, Some(value)),
                None => (segment, None),
            };
            let name = match decode_component(raw_name) {
                Ok(name) => name,
                Err(error) => return Some(Err(error.with_offset(offset))),
            };
            let value = match raw_value.map(decode_component).transpose() {
                Ok(value) => value,
                Err(error) => return Some(Err(error.with_offset(offset).with_path(name))),
            };
            return Some(Ok(QueryPair { name, value, offset }));
        }
    }
}

impl FusedIterator for QueryPairs<'_> {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;
    use proptest::prelude::*;

    fn pairs(query: &str) -> Vec<(String, Option<String>, usize)> {
        parse_query(query)
            .map(|pair| {
                let pair = pair.unwrap();
                (pair.name.into_owned(), pair.value.map(Cow::into_owned), pair.offset)
            })
            .collect()
    }

    fn owned(name: &str, value: Option<&str>, offset: usize) -> (String, Option<String>, usize) {
        (name.to_owned(), value.map(str::to_owned), offset)
    }

    #[test]
    fn writer_encodes_all_but_unreserved_characters() {
        let cases = [
            ("plain", "AZaz09-._~", "plain=AZaz09-._~"),
            ("a b", "c+d", "a%20b=c%2Bd"),
            ("k", "<&=%\"/?#>", "k=%3C%26%3D%25%22%2F%3F%23%3E"),
            ("k", "键 ✓", "k=%E9%94%AE%20%E2%9C%93"),
            ("k", "", "k="),
            ("", "v", "=v"),
            ("", "", "="),
            ("k", "a\u{0}\n\t'!*()$,;:@[]", "k=a%00%0A%09%27%21%2A%28%29%24%2C%3B%3A%40%5B%5D"),
        ];
        for (name, value, expected) in cases {
            let mut writer = QueryWriter::new();
            writer.pair(name, value);
            assert_eq!(writer.as_str(), expected, "pair({name:?}, {value:?})");
        }
    }

    #[test]
    fn writer_joins_pairs_flags_and_numbers() {
        let mut writer = QueryWriter::with_capacity(64);
        writer
            .pair("uploadId", "x")
            .pair_u64("max-parts", 10)
            .pair_u64("part-number-marker", 0)
            .pair_u64("big", u64::MAX)
            .flag("muploadpart")
            .flag("a b");
        assert_eq!(
            writer.finish(),
            "uploadId=x&max-parts=10&part-number-marker=0&big=18446744073709551615&muploadpart&a%20b"
        );
        let mut writer = QueryWriter::default();
        writer.flag("muploadpart");
        assert_eq!(writer.as_str(), "muploadpart");
        assert_eq!(QueryWriter::new().finish(), "");
        let mut writer = QueryWriter::new();
        writer.pair_u64("max parts", 7);
        assert_eq!(writer.as_str(), "max%20parts=7");
    }

    #[test]
    fn paths_keep_slashes() {
        let cases = [
            ("a b/c+d", "a%20b/c%2Bd"),
            ("/exampleobject", "/exampleobject"),
            ("dir//file.txt", "dir//file.txt"),
            ("键/✓?#%", "%E9%94%AE/%E2%9C%93%3F%23%25"),
            ("", ""),
        ];
        for (key, expected) in cases {
            let mut out = String::from("x");
            encode_path(key, &mut out);
            assert_eq!(out, format!("x{expected}"));
            assert_eq!(decode_path(&out[1..]).unwrap(), key);
        }
    }

    #[test]
    fn splits_targets() {
        let cases = [
            ("/exampleobject?uploadId=x", Some("/exampleobject"), "uploadId=x", 15),
            ("/?uploadId=x", Some("/"), "uploadId=x", 2),
            ("?uploadId=x", None, "uploadId=x", 1),
            ("uploadId=x", None, "uploadId=x", 0),
            ("/key", Some("/key"), "", 4),
            ("/key?", Some("/key"), "", 5),
            ("/", Some("/"), "", 1),
            ("", None, "", 0),
            ("?", None, "", 1),
            ("/a/b%20c?x=1?y=2", Some("/a/b%20c"), "x=1?y=2", 9),
            ("/key?uploadId=x\n", Some("/key"), "uploadId=x", 5),
            ("/key?uploadId=x \r\n", Some("/key"), "uploadId=x", 5),
            ("uploadId=x\r\n", None, "uploadId=x", 0),
            ("/key\n", Some("/key"), "", 4),
            ("\n", None, "", 0),
            (" /key", None, " /key", 0),
        ];
        for (input, path, query, query_offset) in cases {
            let target = split_target(input);
            assert_eq!(target, RequestTarget { path, query, query_offset }, "{input:?}");
            assert_eq!(&input[query_offset..query_offset + query.len()], query);
        }
    }

    #[test]
    fn parses_pairs_flags_and_offsets() {
        assert_eq!(
            pairs("uploadId=x&max-parts=10&muploadpart"),
            [
                owned("uploadId", Some("x"), 0),
                owned("max-parts", Some("10"), 11),
                owned("muploadpart", None, 24),
            ]
        );
        assert_eq!(pairs("&a=1&&b=2&"), [owned("a", Some("1"), 1), owned("b", Some("2"), 6)]);
        assert_eq!(
            pairs("a=&=b&="),
            [owned("a", Some(""), 0), owned("", Some("b"), 3), owned("", Some(""), 6)]
        );
        assert_eq!(pairs("a=b=c"), [owned("a", Some("b=c"), 0)]);
        assert_eq!(pairs("a=%3D&%26=b"), [owned("a", Some("="), 0), owned("&", Some("b"), 6)]);
        assert!(pairs("").is_empty());
        assert!(pairs("&&&").is_empty());
    }

    #[test]
    fn plus_is_a_space_and_percent_2b_a_plus() {
        assert_eq!(pairs("q=a+b%2Bc"), [owned("q", Some("a b+c"), 0)]);
        assert_eq!(pairs("a+b=+"), [owned("a b", Some(" "), 0)]);
        assert_eq!(decode_component("%2B+%2b").unwrap(), "+ +");
        assert_eq!(decode_component("+").unwrap(), " ");
        assert_eq!(decode_path("a+b%2B").unwrap(), "a+b+");
    }

    #[test]
    fn borrows_when_nothing_is_escaped() {
        assert!(matches!(decode_component("abc-._~"), Ok(Cow::Borrowed("abc-._~"))));
        assert!(matches!(decode_path("/a/b+c"), Ok(Cow::Borrowed("/a/b+c"))));
        assert!(matches!(decode_component("a+b"), Ok(Cow::Owned(_))));
        assert!(matches!(decode_component("%41"), Ok(Cow::Owned(ref s)) if s == "A"));
        for pair in parse_query("uploadId=x&max-parts=10&muploadpart&empty=") {
            let pair = pair.unwrap();
            assert!(matches!(pair.name, Cow::Borrowed(_)));
            assert!(matches!(pair.value, None | Some(Cow::Borrowed(_))));
        }
    }

    #[test]
    fn rejects_malformed_escapes_and_invalid_utf8() {
        let cases = [
            ("%G1", "`%` followed by \"G1\""),
            ("%", "`%` at the end"),
            ("ab%", "`%` at the end"),
            ("%4", "`%` followed by \"4\""),
            ("%%41", "`%` followed by \"%4\""),
            ("a%2", "`%` followed by \"2\""),
            ("%é1", "`%` followed by \"é1\""),
            ("+%zz", "`%` followed by \"zz\""),
            ("%FF", "not valid UTF-8"),
            ("%C3", "not valid UTF-8"),
            ("%C3%28", "not valid UTF-8"),
            ("a+%FF", "not valid UTF-8"),
            ("%ED%A0%80", "not valid UTF-8"), // a surrogate
        ];
        for (raw, expected) in cases {
            for result in [decode_component(raw), decode_path(raw)] {
                let error = result.unwrap_err();
                assert_eq!(error.kind(), ErrorKind::Syntax, "{raw:?}");
                assert!(error.message().contains(expected), "{raw:?}: {error}");
                assert_eq!(error.offset(), None);
            }
        }
        let error = decode_component("ab%G1").unwrap_err();
        assert!(error.message().contains("at byte 2 of \"ab%G1\""), "{error}");
    }

    #[test]
    fn query_errors_point_at_the_pair() {
        let results: Vec<_> = parse_query("a=1&max-parts=%G1&b%FF=2&c=%FF&d=4").collect();
        assert_eq!(results.len(), 5);
        let error = results[1].as_ref().unwrap_err();
        assert_eq!((error.offset(), error.path()), (Some(4), Some("max-parts")));
        let error = results[2].as_ref().unwrap_err();
        assert_eq!((error.offset(), error.path()), (Some(18), None));
        let error = results[3].as_ref().unwrap_err();
        assert_eq!((error.offset(), error.path()), (Some(25), Some("c")));
        assert!(error.to_string().contains("not valid UTF-8"), "{error}");
        assert_eq!(results[4].as_ref().unwrap().name, "d");

        // Offsets within a request target: add the query's offset.
        let target = split_target("/key?uploadId=x&marker=%");
        let error = parse_query(target.query).find_map(Result::err).unwrap();
        assert_eq!(error.offset().map(|offset| offset + target.query_offset), Some(16));
    }

    #[test]
    fn iteration_is_fused() {
        let mut pairs = parse_query("a");
        assert!(pairs.next().is_some());
        assert!(pairs.next().is_none());
        assert!(pairs.next().is_none());
    }

    #[test]
    fn round_trips_awkward_names_and_values() {
        let awkward = [
            "<", "&", "=", "+", "%", "\"", " ", "/", "?", "#", "键 ✓", "", "a+b%2Bc", "%25", "&=&",
            "~-._",
        ];
        for name in awkward {
            for value in awkward {
                let mut writer = QueryWriter::new();
                writer.pair(name, value).flag(name).pair("after", "x");
                let parsed = pairs(writer.as_str());
                if name.is_empty() {
                    // An empty flag is an empty segment, which the parser skips.
                    assert_eq!(parsed.len(), 2, "{writer:?}");
                } else {
                    assert_eq!(parsed.len(), 3, "{writer:?}");
                    assert_eq!((parsed[1].0.as_str(), parsed[1].1.as_deref()), (name, None));
                }
                assert_eq!((parsed[0].0.as_str(), parsed[0].1.as_deref()), (name, Some(value)));
                assert_eq!(parsed.last().unwrap().0, "after");
            }
        }
    }

    proptest! {
        #[test]
        fn pair_then_parse_gives_back_name_and_value(name in any::<String>(), value in any::<String>()) {
            let mut writer = QueryWriter::new();
            writer.pair_u64("n", 1).pair(&name, &value);
            let parsed = pairs(writer.as_str());
            prop_assert_eq!(parsed.len(), 2);
            prop_assert_eq!(&parsed[1].0, &name);
            prop_assert_eq!(parsed[1].1.as_deref(), Some(value.as_str()));
            prop_assert_eq!(parsed[1].2, 4);
        }

        #[test]
        fn path_encoding_round_trips(key in any::<String>()) {
            let mut out = String::new();
            encode_path(&key, &mut out);
            prop_assert!(out.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~/%".contains(&b)));
            prop_assert_eq!(decode_path(&out).unwrap(), key.as_str());
        }

        #[test]
        fn decoding_never_panics(raw in any::<String>(), ascii in "[%+&=a-f0-9G ]{0,12}") {
            for raw in [&raw, &ascii] {
                let _ = decode_path(raw);
                let _ = decode_component(raw);
                for pair in parse_query(raw).flatten() {
                    prop_assert!(pair.offset < raw.len());
                }
                let target = split_target(raw);
                prop_assert!(raw.get(target.query_offset..).is_some());
            }
        }
    }
}
