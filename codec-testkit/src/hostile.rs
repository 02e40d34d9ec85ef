//! The hostile-input table every decoder faces: adversarial cases generated from a
//! fixture (the same cases for every decoder of a wire format), each with a name, the
//! input bytes and an [`Expect`]ation, and a runner that reports every case that does
//! not meet its expectation, all at once.
//!
//! ```ignore
//! Table::json(codec_pds::examples::LIST_UPLOADED_PARTS_RESPONSE.as_bytes())
//!     .errors_start_with("pds list-uploaded-parts: ")
//!     .except("wrong type: *= null", Expect::NoPanic, "PDS reads null scalars as absent")
//!     .check(|body| ListUploadedPartsResponse::decode(body).map(drop));
//! ```
//!
//! The cases, by name (`{…}` stands for what varies):
//!
//! | name | formats | expectation |
//! |---|---|---|
//! | `empty` | all | reject |
//! | `whitespace only` | JSON, XML | reject |
//! | `truncated at byte {n}` | all | JSON, XML: before the document's last byte, reject as `UnexpectedEof` or `Syntax`, after it accept; query: no panic |
//! | `invalid UTF-8: byte 0xFF in a string` | JSON, XML | reject as `Syntax` |
//! | `invalid UTF-8: truncated multi-byte sequence` | JSON, XML | reject as `Syntax` |
//! | `invalid UTF-8: %FF escape`, `invalid UTF-8: truncated %E2%82 escape` | query | reject |
//! | `byte order mark` | JSON, XML | JSON: reject as `Syntax` (RFC 8259 §8.1); XML: accept |
//! | `wrong root: {…}` | JSON (`[]`, `"x"`, `1`, `null`), XML (the root renamed) | reject |
//! | `proxy page: HTML 502`, `proxy page: HTML with a DOCTYPE`, `proxy page: plain text` | JSON, XML | reject as `WrongFormat` |
//! | `not the vendor's object: {}`, `not the vendor's object: a gateway's message` | JSON | reject (`{}` and `{"message":"boom"}`) |
//! | `trailing garbage: {…}` | JSON (`x`, a second `{}`), XML (text, an element) | reject |
//! | `deep nesting in an unknown field` | JSON, XML | reject as `LimitExceeded` |
//! | `huge string in an unknown field` | JSON, XML | accept (50 MB of text) |
//! | `lone surrogate escape` | JSON | reject as `Syntax` |
//! | `trailing comma in the root object` | JSON | reject as `Syntax` |
//! | `duplicate of the first key` | JSON | reject as `DuplicateField`, naming the key |
//! | `wrong type: {path} = {value}` | JSON | every scalar leaf of the fixture replaced: strings by `1`, `{}`, `[]`, `true`, `null`; numbers by the same digits quoted, `{}`, `[]`, `true`, `null`, `-1`, `18446744073709551616`, `1.5`; booleans by `"true"`, `1`, `{}`, `[]`, `null`: reject, naming the field; `null` leaves by `"x"`, `1`, `{}`, `[]`, `true`: no panic |
//! | `DOCTYPE with an entity declaration`, `external DOCTYPE`, `undefined entity`, `invalid character reference: {…}`, `lone ampersand` | XML | reject |
//!
//! Whatever the expectation, the runner also checks that no case panics, that every
//! error's `Display` is one line (starting with the table's prefix, when it has one),
//! and that an error's byte offset lies within the input.

use std::panic::{AssertUnwindSafe, catch_unwind};

use codec_core::{Error, ErrorKind};

/// How deep the `deep nesting` case nests: far past any depth cap.
pub const NESTING_DEPTH: usize = 100_000;

/// How long the `huge string` case's string is: 50 MB.
pub const HUGE_LEN: usize = 50 << 20;

/// What a case expects of the decoder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expect {
    /// An error, of any kind.
    Reject,
    /// An error of one of these kinds.
    RejectAs(&'static [ErrorKind]),
    /// A value.
    Accept,
    /// A value or an error: either is fine, as long as there is no panic.
    NoPanic,
}

/// The wire formats the table knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// A JSON body whose root is an object.
    Json,
    /// An XML body.
    Xml,
    /// A request's query string (with or without a path before the `?`).
    Query,
}

/// One adversarial input.
#[derive(Clone, Debug)]
pub struct Case {
    /// What the case is, unique within its table (see the module's table of names).
    pub name: String,
    /// The bytes the decoder is given.
    pub input: Vec<u8>,
    /// What the decoder must make of them.
    pub expect: Expect,
    /// The field path a rejection must name (start with), when the case is about one
    /// field.
    pub path: Option<String>,
    /// Whether a rejection must give the byte offset where the input goes wrong (it is
    /// known for every case of a body but the ones about the whole input).
    pub needs_offset: bool,
}

/// A case whose expectation the decoder documents otherwise, and why.
#[derive(Clone, Debug)]
struct Exception {
    pattern: String,
    expect: Expect,
    reason: String,
    path: bool,
}

/// The cases generated from one fixture, and the exceptions a decoder documents.
#[derive(Clone, Debug)]
pub struct Table {
    format: Format,
    cases: Vec<Case>,
    exceptions: Vec<Exception>,
    prefix: Option<String>,
}

impl Table {
    /// Every case for a JSON fixture (its root an object).
    pub fn json(fixture: &[u8]) -> Self {
        Self::new(Format::Json, fixture)
    }

    /// Every case for an XML fixture.
    pub fn xml(fixture: &[u8]) -> Self {
        Self::new(Format::Xml, fixture)
    }

    /// The cases that apply to a query string: empty, every truncation, invalid UTF-8
    /// in percent-escapes.
    pub fn query(fixture: &[u8]) -> Self {
        Self::new(Format::Query, fixture)
    }

    /// Every case of `format` for `fixture`.
    pub fn new(format: Format, fixture: &[u8]) -> Self {
        let mut cases = Vec::new();
        let mut add = |name: &str, input: Vec<u8>, expect: Expect| {
            cases.push(Case {
                name: name.to_owned(),
                input,
                expect,
                path: None,
                needs_offset: false,
            });
        };
        add("empty", Vec::new(), Expect::Reject);
        if format != Format::Query {
            add("whitespace only", b" \r\n\t ".to_vec(), Expect::Reject);
        }
        let mut table = Self { format, cases, exceptions: Vec::new(), prefix: None };
        table.cases.extend(truncations(format, fixture));
        match format {
            Format::Json => table.cases.extend(json_cases(fixture)),
            Format::Xml => table.cases.extend(xml_cases(fixture)),
            Format::Query => table.cases.extend(query_cases(fixture)),
        }
        table
    }

    /// Only the truncations of `fixture` (every byte): cheap enough for every fixture.
    pub fn truncations(format: Format, fixture: &[u8]) -> Self {
        Self { format, cases: truncations(format, fixture), exceptions: Vec::new(), prefix: None }
    }

    /// The wire format of the table.
    pub fn format(&self) -> Format {
        self.format
    }

    /// The cases, in order.
    pub fn cases(&self) -> &[Case] {
        &self.cases
    }

    /// Every error's `Display` must start with `prefix` (e.g. `"cos list-parts: "`).
    pub fn errors_start_with(mut self, prefix: &str) -> Self {
        self.prefix = Some(prefix.to_owned());
        self
    }

    /// The decoder documents otherwise for the cases whose name matches `pattern` (`*`
    /// stands for any text): they expect `expect`, for `reason`. The first exception
    /// that matches a case decides. An exception that matches no case is itself
    /// reported, so that none outlives its cause.
    pub fn except(mut self, pattern: &str, expect: Expect, reason: &str) -> Self {
        self.exceptions.push(Exception {
            pattern: pattern.to_owned(),
            expect,
            reason: reason.to_owned(),
            path: true,
        });
        self
    }

    /// Like [`except`](Self::except), and a rejection need not name the case's field.
    pub fn except_path(mut self, pattern: &str, expect: Expect, reason: &str) -> Self {
        self.exceptions.push(Exception {
            pattern: pattern.to_owned(),
            expect,
            reason: reason.to_owned(),
            path: false,
        });
        self
    }

    /// Keeps the cases for which `keep` is true.
    pub fn retain(mut self, keep: impl FnMut(&Case) -> bool) -> Self {
        self.cases.retain(keep);
        self
    }

    /// Runs every case through `decode` and returns one line per case that does not
    /// meet its expectation (and per exception that matched no case): empty when all
    /// is well.
    pub fn run(&self, decode: impl Fn(&[u8]) -> Result<(), Error>) -> Vec<String> {
        let mut failures = Vec::new();
        let mut used = vec![false; self.exceptions.len()];
        for case in &self.cases {
            let exception = self.exceptions.iter().position(|e| glob(&e.pattern, &case.name));
            let (expect, check_path, reason) = match exception {
                Some(at) => {
                    used[at] = true;
                    let e = &self.exceptions[at];
                    (e.expect, e.path, format!(" (exception: {})", e.reason))
                }
                None => (case.expect, true, String::new()),
            };
            if let Some(problem) = self.judge(case, expect, check_path, &decode) {
                failures.push(format!("{}: {problem}{reason}", case.name));
            }
        }
        for (exception, used) in self.exceptions.iter().zip(used) {
            if !used {
                failures.push(format!(
                    "exception {:?} ({}) matches no case",
                    exception.pattern, exception.reason
                ));
            }
        }
        failures
    }

    /// [`run`](Self::run), panicking with every failure; returns the number of cases
    /// run.
    #[track_caller]
    pub fn check(&self, decode: impl Fn(&[u8]) -> Result<(), Error>) -> usize {
        let failures = self.run(decode);
        assert!(
            failures.is_empty(),
            "{} of {} hostile cases failed:\n{}",
            failures.len(),
            self.cases.len(),
            failures.join("\n")
        );
        self.cases.len()
    }

    fn judge(
        &self,
        case: &Case,
        expect: Expect,
        check_path: bool,
        decode: &impl Fn(&[u8]) -> Result<(), Error>,
    ) -> Option<String> {
        let error = match catch_unwind(AssertUnwindSafe(|| decode(&case.input))) {
            Err(panic) => {
                let message = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                return Some(format!("panicked: {message}"));
            }
            Ok(Ok(())) => {
                return match expect {
                    Expect::Reject | Expect::RejectAs(_) => Some("decoded".to_owned()),
                    Expect::Accept | Expect::NoPanic => None,
                };
            }
            Ok(Err(error)) => error,
        };
        let line = error.to_string();
        let shown = shorten(&line);
        if line.contains('\n') {
            return Some(format!("the error is not one line: {shown:?}"));
        }
        if let Some(prefix) = &self.prefix
            && !line.starts_with(prefix.as_str())
        {
            return Some(format!("the error does not start with {prefix:?}: {shown}"));
        }
        if let Some(offset) = error.offset()
            && offset > case.input.len()
        {
            return Some(format!(
                "offset {offset} past the input's {} bytes: {shown}",
                case.input.len()
            ));
        }
        match expect {
            Expect::Accept => return Some(format!("rejected: {shown}")),
            Expect::NoPanic => return None,
            Expect::RejectAs(kinds) if !kinds.contains(&error.kind()) => {
                return Some(format!("rejected as {:?}, not {kinds:?}: {shown}", error.kind()));
            }
            Expect::Reject | Expect::RejectAs(_) => {}
        }
        if check_path
            && let Some(path) = &case.path
            && !error.path().is_some_and(|p| p.starts_with(path.as_str()))
        {
            return Some(format!("the error does not name {path}: {shown}"));
        }
        if case.needs_offset && error.offset().is_none() {
            return Some(format!("the error gives no offset: {shown}"));
        }
        None
    }
}

/// Runs [`Table::truncations`] of every file in `files` (as
/// [`fixtures`](crate::fixtures) gives them), errors starting with `prefix`, and
/// panics with every failure of every file; returns the number of cases run.
#[track_caller]
pub fn check_every_truncation(
    format: Format,
    files: &[(String, Vec<u8>)],
    prefix: &str,
    decode: impl Fn(&[u8]) -> Result<(), Error>,
) -> usize {
    let mut failures = Vec::new();
    let mut cases = 0;
    for (name, body) in files {
        let table = Table::truncations(format, body).errors_start_with(prefix);
        cases += table.cases().len();
        failures.extend(table.run(&decode).into_iter().map(|failure| format!("{name}: {failure}")));
    }
    assert!(failures.is_empty(), "{} truncations failed:\n{}", failures.len(), failures.join("\n"));
    cases
}

fn shorten(line: &str) -> String {
    if line.len() <= 300 {
        return line.to_owned();
    }
    let mut end = 300;
    while !line.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}… ({} bytes)", &line[..end], line.len())
}

/// Whether `name` matches `pattern`, where `*` stands for any text.
fn glob(pattern: &str, name: &str) -> bool {
    let mut parts = pattern.split('*');
    let first = parts.next().unwrap_or_default();
    let Some(mut rest) = name.strip_prefix(first) else { return false };
    let parts: Vec<&str> = parts.collect();
    let Some((last, middle)) = parts.split_last() else { return rest.is_empty() };
    for part in middle {
        match rest.find(part) {
            Some(at) => rest = &rest[at + part.len()..],
            None => return false,
        }
    }
    rest.ends_with(last)
}

fn truncations(format: Format, fixture: &[u8]) -> Vec<Case> {
    // Past the document's last byte (`}` or `>`), only whitespace is cut.
    let last = match format {
        Format::Json => fixture.iter().rposition(|&b| b == b'}'),
        Format::Xml => fixture.iter().rposition(|&b| b == b'>'),
        Format::Query => None,
    };
    let root = match format {
        Format::Json => Some(skip_ws(fixture, 0)),
        Format::Xml => Some(xml_root(fixture).0 - 1),
        Format::Query => None,
    };
    (0..fixture.len())
        .map(|cut| Case {
            name: format!("truncated at byte {cut}"),
            input: fixture[..cut].to_vec(),
            expect: match last {
                None => Expect::NoPanic,
                Some(last) if cut > last => Expect::Accept,
                Some(_) => Expect::RejectAs(&[ErrorKind::UnexpectedEof, ErrorKind::Syntax]),
            },
            path: None,
            // Until the root opens, the input as a whole is wrong (it holds no document).
            needs_offset: root.is_some_and(|root| cut > root),
        })
        .collect()
}

fn splice(fixture: &[u8], at: usize, insert: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(fixture.len() + insert.len());
    out.extend_from_slice(&fixture[..at]);
    out.extend_from_slice(insert);
    out.extend_from_slice(&fixture[at..]);
    out
}

/// A case about a place in the input: a rejection gives its offset.
fn case(name: &str, input: Vec<u8>, expect: Expect) -> Case {
    Case { name: name.to_owned(), input, expect, path: None, needs_offset: true }
}

/// A case about the whole input: a rejection need not give an offset.
fn whole(name: &str, input: Vec<u8>, expect: Expect) -> Case {
    Case { needs_offset: false, ..case(name, input, expect) }
}

const SYNTAX: &[ErrorKind] = &[ErrorKind::Syntax];
const WRONG_FORMAT: &[ErrorKind] = &[ErrorKind::WrongFormat];

/// What proxies and gateways answer instead of the vendor: the same kind of error for
/// every vendor, whatever its format.
fn proxy_pages() -> Vec<Case> {
    let html = b"<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n\
                 <center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n\
                 </body>\r\n</html>\r\n";
    let doctype = b"<!DOCTYPE html>\n<html lang=\"en\"><head><title>504 Gateway Time-out</title>\
                    </head><body></body></html>\n";
    vec![
        case("proxy page: HTML 502", html.to_vec(), Expect::RejectAs(WRONG_FORMAT)),
        case("proxy page: HTML with a DOCTYPE", doctype.to_vec(), Expect::RejectAs(WRONG_FORMAT)),
        case(
            "proxy page: plain text",
            b"upstream connect error or disconnect/reset before headers".to_vec(),
            Expect::RejectAs(WRONG_FORMAT),
        ),
    ]
}
const LIMIT: &[ErrorKind] = &[ErrorKind::LimitExceeded];

fn common_body_cases(fixture: &[u8], text_at: Option<usize>, bom: Expect) -> Vec<Case> {
    let mut cases = Vec::new();
    if let Some(at) = text_at {
        cases.push(case(
            "invalid UTF-8: byte 0xFF in a string",
            splice(fixture, at, b"a\xFFb"),
            Expect::RejectAs(SYNTAX),
        ));
        cases.push(case(
            "invalid UTF-8: truncated multi-byte sequence",
            splice(fixture, at, b"\xE2\x82x"),
            Expect::RejectAs(SYNTAX),
        ));
    }
    cases.push(case("byte order mark", splice(fixture, 0, b"\xEF\xBB\xBF"), bom));
    cases
}

// ---------------------------------------------------------------------------------
// JSON

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Leaf {
    String,
    Number,
    Bool,
    Null,
}

struct Scalar {
    path: String,
    start: usize,
    end: usize,
    leaf: Leaf,
}

fn skip_ws(b: &[u8], mut pos: usize) -> usize {
    while pos < b.len() && matches!(b[pos], b' ' | b'\t' | b'\r' | b'\n') {
        pos += 1;
    }
    pos
}

fn string_end(b: &[u8], mut pos: usize) -> usize {
    pos += 1;
    while b[pos] != b'"' {
        pos += if b[pos] == b'\\' { 2 } else { 1 };
    }
    pos + 1
}

/// Walks the JSON value at `pos` (a well-formed fixture), recording its scalar leaves;
/// returns where the value ends.
fn walk(b: &[u8], pos: usize, path: &str, leaves: &mut Vec<Scalar>) -> usize {
    let pos = skip_ws(b, pos);
    match b[pos] {
        b'{' => {
            let mut at = skip_ws(b, pos + 1);
            if b[at] == b'}' {
                return at + 1;
            }
            loop {
                let key_end = string_end(b, at);
                let key: String = serde_json::from_slice(&b[at..key_end]).unwrap();
                let colon = skip_ws(b, key_end);
                assert_eq!(b[colon], b':');
                let child = if path.is_empty() { key } else { format!("{path}.{key}") };
                at = skip_ws(b, walk(b, colon + 1, &child, leaves));
                match b[at] {
                    b',' => at = skip_ws(b, at + 1),
                    _ => return at + 1,
                }
            }
        }
        b'[' => {
            let mut at = skip_ws(b, pos + 1);
            if b[at] == b']' {
                return at + 1;
            }
            let mut index = 0;
            loop {
                at = skip_ws(b, walk(b, at, &format!("{path}[{index}]"), leaves));
                index += 1;
                match b[at] {
                    b',' => at += 1,
                    _ => return at + 1,
                }
            }
        }
        b'"' => {
            let end = string_end(b, pos);
            leaves.push(Scalar { path: path.to_owned(), start: pos, end, leaf: Leaf::String });
            end
        }
        first => {
            let mut end = pos;
            while end < b.len() && !b",]} \t\r\n".contains(&b[end]) {
                end += 1;
            }
            let leaf = match first {
                b't' | b'f' => Leaf::Bool,
                b'n' => Leaf::Null,
                _ => Leaf::Number,
            };
            leaves.push(Scalar { path: path.to_owned(), start: pos, end, leaf });
            end
        }
    }
}

fn json_cases(fixture: &[u8]) -> Vec<Case> {
    let mut leaves = Vec::new();
    let root = skip_ws(fixture, 0);
    assert_eq!(fixture.get(root), Some(&b'{'), "the JSON fixture's root is not an object");
    let root_end = walk(fixture, root, "", &mut leaves);
    let first_string = leaves.iter().find(|l| l.leaf == Leaf::String).map(|l| l.start + 1);

    let mut cases = common_body_cases(fixture, first_string, Expect::RejectAs(SYNTAX));
    for root in ["[]", "\"x\"", "1", "null"] {
        cases.push(whole(&format!("wrong root: {root}"), root.as_bytes().to_vec(), Expect::Reject));
    }
    cases.push(case("trailing garbage: x", [fixture, b"x"].concat(), Expect::RejectAs(SYNTAX)));
    cases.push(case("trailing garbage: {}", [fixture, b"{}"].concat(), Expect::RejectAs(SYNTAX)));
    cases.extend(proxy_pages());
    // A gateway's or another service's JSON where the vendor's body was expected: no
    // member the type knows, so not a page, not an error body, not a request.
    cases.push(whole("not the vendor's object: {}", b"{}".to_vec(), Expect::Reject));
    cases.push(whole(
        "not the vendor's object: a gateway's message",
        br#"{"message":"boom"}"#.to_vec(),
        Expect::Reject,
    ));

    // Members inserted right after the root opens.
    let open = root + 1;
    let empty = fixture[skip_ws(fixture, open)] == b'}';
    let member = |value: &[u8]| {
        let mut m = b"\"hostile_unknown\":".to_vec();
        m.extend_from_slice(value);
        if !empty {
            m.push(b',');
        }
        splice(fixture, open, &m)
    };
    let nesting = [b"[".repeat(NESTING_DEPTH), b"]".repeat(NESTING_DEPTH)].concat();
    cases.push(case("deep nesting in an unknown field", member(&nesting), Expect::RejectAs(LIMIT)));
    let mut huge = vec![b'h'; HUGE_LEN + 2];
    (huge[0], huge[HUGE_LEN + 1]) = (b'"', b'"');
    cases.push(case("huge string in an unknown field", member(&huge), Expect::Accept));

    if let Some(at) = first_string {
        cases.push(case(
            "lone surrogate escape",
            splice(fixture, at, br"\ud800"),
            Expect::RejectAs(SYNTAX),
        ));
    }
    if !empty {
        let last = fixture[..root_end - 1].iter().rposition(|b| !b" \t\r\n".contains(b)).unwrap();
        cases.push(case(
            "trailing comma in the root object",
            splice(fixture, last + 1, b","),
            Expect::RejectAs(SYNTAX),
        ));
        let key_start = skip_ws(fixture, open);
        let key_end = string_end(fixture, key_start);
        let value_end = walk(fixture, skip_ws(fixture, key_end) + 1, "", &mut Vec::new());
        let mut first = fixture[key_start..value_end].to_vec();
        first.push(b',');
        let key: String = serde_json::from_slice(&fixture[key_start..key_end]).unwrap();
        cases.push(Case {
            name: "duplicate of the first key".to_owned(),
            input: splice(fixture, key_start, &first),
            expect: Expect::RejectAs(&[ErrorKind::DuplicateField]),
            path: Some(key),
            needs_offset: true,
        });
    }

    for leaf in &leaves {
        let original = &fixture[leaf.start..leaf.end];
        let quoted = [b"\"", original, b"\""].concat();
        let variants: Vec<&[u8]> = match leaf.leaf {
            Leaf::String => vec![b"1", b"{}", b"[]", b"true", b"null"],
            Leaf::Number => vec![
                &quoted,
                b"{}",
                b"[]",
                b"true",
                b"null",
                b"-1",
                b"18446744073709551616",
                b"1.5",
            ],
            Leaf::Bool => vec![b"\"true\"", b"1", b"{}", b"[]", b"null"],
            Leaf::Null => vec![b"\"x\"", b"1", b"{}", b"[]", b"true"],
        };
        for variant in variants {
            if variant == original {
                continue;
            }
            let mut input = fixture[..leaf.start].to_vec();
            input.extend_from_slice(variant);
            input.extend_from_slice(&fixture[leaf.end..]);
            let (expect, path) = match leaf.leaf {
                // What a `null` stands for is the decoder's to say.
                Leaf::Null => (Expect::NoPanic, None),
                _ => (Expect::Reject, Some(leaf.path.clone())),
            };
            cases.push(Case {
                name: format!("wrong type: {} = {}", leaf.path, String::from_utf8_lossy(variant)),
                input,
                expect,
                path,
                needs_offset: true,
            });
        }
    }
    cases
}

// ---------------------------------------------------------------------------------
// XML

/// The root element's start tag: where its name starts and ends, and where the tag
/// ends (just past its `>`).
fn xml_root(b: &[u8]) -> (usize, usize, usize) {
    let mut at = 0;
    loop {
        let lt = at + b[at..].iter().position(|&c| c == b'<').expect("no root element");
        let rest = &b[lt..];
        if rest.starts_with(b"<?") {
            at = lt + find(rest, b"?>").expect("unclosed <?") + 2;
        } else if rest.starts_with(b"<!--") {
            at = lt + find(rest, b"-->").expect("unclosed comment") + 3;
        } else if rest.starts_with(b"<!") {
            at = lt + find(rest, b">").expect("unclosed <!") + 1;
        } else {
            let name_end = lt
                + 1
                + rest[1..]
                    .iter()
                    .position(|c| b" \t\r\n/>".contains(c))
                    .expect("unclosed root tag");
            let tag_end = lt + find(rest, b">").expect("unclosed root tag") + 1;
            assert_ne!(b[tag_end - 2], b'/', "the XML fixture's root element is empty");
            return (lt + 1, name_end, tag_end);
        }
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn xml_cases(fixture: &[u8]) -> Vec<Case> {
    let (name_start, name_end, open) = xml_root(fixture);
    let name = &fixture[name_start..name_end];
    // The first text node with something in it.
    let text_at = (open..fixture.len().saturating_sub(1))
        .find(|&i| fixture[i] == b'>' && !b"< \t\r\n".contains(&fixture[i + 1]))
        .map(|i| i + 1);

    let mut cases = common_body_cases(fixture, text_at, Expect::Accept);
    let close = [b"</", name].concat();
    let close_at = fixture.windows(close.len()).rposition(|w| w == close).expect("no closing tag");
    let mut renamed = fixture[..name_start].to_vec();
    renamed.extend_from_slice(b"HostileRoot");
    renamed.extend_from_slice(&fixture[name_end..close_at + 2]);
    renamed.extend_from_slice(b"HostileRoot");
    renamed.extend_from_slice(&fixture[close_at + 2 + name.len()..]);
    cases.push(whole("wrong root: another element", renamed, Expect::Reject));
    cases.extend(proxy_pages());
    cases.push(case("trailing garbage: text", [fixture, b"x"].concat(), Expect::Reject));
    cases.push(case(
        "trailing garbage: an element",
        [fixture, b"<HostileTrailer/>"].concat(),
        Expect::Reject,
    ));

    let nesting = [
        &b"<HostileUnknown>"[..],
        &b"<a>".repeat(NESTING_DEPTH),
        &b"</a>".repeat(NESTING_DEPTH),
        b"</HostileUnknown>",
    ]
    .concat();
    cases.push(case(
        "deep nesting in an unknown field",
        splice(fixture, open, &nesting),
        Expect::RejectAs(LIMIT),
    ));
    let huge = [&b"<HostileUnknown>"[..], &vec![b'h'; HUGE_LEN], b"</HostileUnknown>"].concat();
    cases.push(case(
        "huge string in an unknown field",
        splice(fixture, open, &huge),
        Expect::Accept,
    ));

    let root = String::from_utf8_lossy(name);
    let doctype = format!("<!DOCTYPE {root} [<!ENTITY hostile \"x\">]>");
    cases.push(case(
        "DOCTYPE with an entity declaration",
        splice(fixture, name_start - 1, doctype.as_bytes()),
        Expect::Reject,
    ));
    let external = format!("<!DOCTYPE {root} SYSTEM \"http://hostile.invalid/x.dtd\">");
    cases.push(case(
        "external DOCTYPE",
        splice(fixture, name_start - 1, external.as_bytes()),
        Expect::Reject,
    ));
    if let Some(at) = text_at {
        cases.push(case("undefined entity", splice(fixture, at, b"&hostile;"), Expect::Reject));
        for reference in ["&#0;", "&#xD800;", "&#x110000;"] {
            cases.push(case(
                &format!("invalid character reference: {reference}"),
                splice(fixture, at, reference.as_bytes()),
                Expect::Reject,
            ));
        }
        cases.push(case("lone ampersand", splice(fixture, at, b"a & b"), Expect::Reject));
    }
    cases
}

// ---------------------------------------------------------------------------------
// Query strings

fn query_cases(fixture: &[u8]) -> Vec<Case> {
    let Some(equals) = fixture.iter().position(|&b| b == b'=') else { return Vec::new() };
    vec![
        whole("invalid UTF-8: %FF escape", splice(fixture, equals + 1, b"a%FFb"), Expect::Reject),
        whole(
            "invalid UTF-8: truncated %E2%82 escape",
            splice(fixture, equals + 1, b"%E2%82x"),
            Expect::Reject,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_matches_stars_anywhere() {
        assert!(glob("a", "a"));
        assert!(!glob("a", "ab"));
        assert!(glob("a*", "ab"));
        assert!(glob("wrong type: *.etag = 1", "wrong type: parts[0].etag = 1"));
        assert!(!glob("wrong type: *.etag = 1", "wrong type: parts[0].etag = 1.5"));
        assert!(glob("*= null", "wrong type: x = null"));
    }

    #[test]
    fn json_leaves_have_paths() {
        let body = br#"{ "a": "x", "b": [ {"c": 1}, {"d": true, "e": null} ], "f": {} }"#;
        let mut leaves = Vec::new();
        assert_eq!(walk(body, 0, "", &mut leaves), body.len());
        let paths: Vec<_> = leaves.iter().map(|l| (l.path.as_str(), l.leaf)).collect();
        assert_eq!(
            paths,
            [
                ("a", Leaf::String),
                ("b[0].c", Leaf::Number),
                ("b[1].d", Leaf::Bool),
                ("b[1].e", Leaf::Null)
            ]
        );
    }

    #[test]
    fn a_strict_decoder_meets_the_json_table() {
        let table = Table::json(br#"{"a": "x", "n": 1}"#).retain(|c| c.input.len() < 1000);
        #[derive(serde::Deserialize)]
        #[allow(dead_code)]
        struct T {
            a: String,
            n: u32,
        }
        let failures = table.run(|b| {
            codec_core::json::from_slice::<T>(b, &codec_core::Limits::default()).map(drop)
        });
        // codec_core's serde path meets the whole table.
        assert_eq!(failures, Vec::<String>::new());
    }

    #[test]
    fn xml_cases_splice_where_they_should() {
        let table = Table::xml(b"<?xml version=\"1.0\"?>\n<R><K>v</K></R>\n");
        let case =
            |name: &str| table.cases().iter().find(|c| c.name == name).unwrap().input.clone();
        assert_eq!(
            case("undefined entity"),
            b"<?xml version=\"1.0\"?>\n<R><K>&hostile;v</K></R>\n"
        );
        assert_eq!(
            case("wrong root: another element"),
            b"<?xml version=\"1.0\"?>\n<HostileRoot><K>v</K></HostileRoot>\n"
        );
        assert!(
            case("external DOCTYPE").starts_with(b"<?xml version=\"1.0\"?>\n<!DOCTYPE R SYSTEM")
        );
    }

    #[test]
    fn a_decoder_that_accepts_anything_fails_the_table() {
        let xml = b"<?xml version=\"1.0\"?>\n<R><K>v</K></R>\n";
        let table = Table::xml(xml).retain(|c| c.input.len() < 1000);
        let failures = table.run(|_| Ok(()));
        assert!(failures.iter().any(|f| f == "lone ampersand: decoded"), "{failures:?}");
        assert!(failures.iter().any(|f| f == "truncated at byte 30: decoded"), "{failures:?}");
        let failures = table.clone().errors_start_with("v ").run(|_| Err(Error::syntax("x")));
        assert_eq!(failures.len(), table.cases().len());
        assert!(failures.iter().all(|f| f.contains("does not start with")), "{failures:?}");
        let failures = Table::query(b"?a=1").run(|_| panic!("boom"));
        assert!(failures.iter().all(|f| f.ends_with("panicked: boom")), "{failures:?}");
    }

    #[test]
    fn unused_exceptions_are_reported() {
        let failures =
            Table::query(b"?a=1").except("nothing", Expect::Accept, "why").run(|_| Ok(()));
        assert!(failures.iter().any(|f| f.contains("matches no case")), "{failures:?}");
    }
}
