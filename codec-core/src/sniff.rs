//! Telling a body in the vendor's format from one that is not: what a proxy or a
//! gateway answers instead of the vendor (an HTML 502 page, a plain-text
//! `upstream connect error`). Every vendor crate calls one of these before decoding, so
//! such a body is an error of kind [`WrongFormat`](crate::ErrorKind::WrongFormat) for
//! every vendor, whatever the decoder's own syntax.

use crate::number::excerpt;
use crate::{Error, Result};

/// How much of a body is looked at: a hostile body may be large.
const HEAD: usize = 4096;

/// Where the body's first value starts, after leading whitespace: where an error about
/// the whole body is placed.
pub fn start(input: &[u8]) -> usize {
    input.iter().position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r')).unwrap_or(input.len())
}

/// Refuses, for a vendor that answers in JSON, a body that is markup (HTML, or XML from
/// another service) or plain text. Anything else is left to the JSON decoder.
///
/// ```
/// use codec_core::{ErrorKind, sniff};
/// let page = b"<html><head><title>502 Bad Gateway</title></head></html>";
/// let error = sniff::expect_json(page).unwrap_err();
/// assert_eq!(error.kind(), ErrorKind::WrongFormat);
/// assert!(error.message().contains("502 Bad Gateway"));
/// assert_eq!(sniff::expect_json(b"upstream connect error").unwrap_err().kind(), ErrorKind::WrongFormat);
/// assert!(sniff::expect_json(b" {\"code\": 1}").is_ok());
/// assert!(sniff::expect_json(b"null").is_ok());
/// ```
pub fn expect_json(input: &[u8]) -> Result<()> {
    let at = start(input);
    match input.get(at) {
        Some(b'<') => Err(markup(input, at, "JSON")),
        Some(byte) if byte.is_ascii_alphabetic() && !starts_a_literal(&input[at..]) => {
            Err(plain_text(input, at, "JSON"))
        }
        _ => Ok(()),
    }
}

/// Refuses, for a vendor that answers in XML, a body that is an HTML page or plain
/// text. A JSON body (`{`) passes: COS sends its error body as JSON now and then.
///
/// ```
/// use codec_core::{ErrorKind, sniff};
/// let page = b"<!DOCTYPE html>\n<html><title>504 Gateway Time-out</title></html>";
/// assert_eq!(sniff::expect_xml(page).unwrap_err().kind(), ErrorKind::WrongFormat);
/// assert_eq!(sniff::expect_xml(b"Bad Gateway").unwrap_err().kind(), ErrorKind::WrongFormat);
/// assert!(sniff::expect_xml(b"<?xml version=\"1.0\"?><ListPartsResult/>").is_ok());
/// ```
pub fn expect_xml(input: &[u8]) -> Result<()> {
    let at = start(input);
    match input.get(at) {
        Some(b'<') if is_html(&input[at..]) => Err(markup(input, at, "XML")),
        Some(byte) if byte.is_ascii_alphanumeric() => Err(plain_text(input, at, "XML")),
        _ => Ok(()),
    }
}

/// Whether the text is `true`, `false` or `null` (or starts like one): JSON after all.
fn starts_a_literal(text: &[u8]) -> bool {
    [&b"true"[..], b"false", b"null"].iter().any(|literal| text.starts_with(literal))
}

/// Whether markup starts as an HTML page does: `<!DOCTYPE html` or `<html`, any case.
fn is_html(text: &[u8]) -> bool {
    // Without a lowercased copy: this runs on every XML body, and decoding a page
    // allocates only for its lists.
    let starts = |prefix: &[u8]| {
        text.get(..prefix.len()).is_some_and(|head| head.eq_ignore_ascii_case(prefix))
    };
    starts(b"<!doctype html") || starts(b"<html")
}

/// The head of the body as text, cut at the first invalid UTF-8 sequence.
fn head(input: &[u8], at: usize) -> &str {
    let head = &input[at..input.len().min(at + HEAD)];
    match std::str::from_utf8(head) {
        Ok(head) => head,
        Err(error) => std::str::from_utf8(&head[..error.valid_up_to()]).unwrap_or(""),
    }
}

#[cold]
fn markup(input: &[u8], at: usize, expected: &str) -> Error {
    let head = head(input, at);
    let title = head
        .find("<title>")
        .and_then(|open| head[open + 7..].split_once("</title>"))
        .map(|(title, _)| title.trim());
    let what = if is_html(input[at..].as_ref()) || title.is_some() {
        "an HTML page"
    } else {
        "markup (XML or HTML)"
    };
    let message = match title {
        Some(title) => format!(
            "the body is {what} titled {}, not {expected}: a proxy or gateway answered \
             instead of the service",
            excerpt(title)
        ),
        None => format!(
            "the body is {what}, not {expected}: a proxy, a gateway or another service \
             answered instead"
        ),
    };
    Error::wrong_format(message).with_offset(at)
}

#[cold]
fn plain_text(input: &[u8], at: usize, expected: &str) -> Error {
    let line = head(input, at).lines().next().unwrap_or("");
    Error::wrong_format(format!(
        "the body is plain text, not {expected}: {} (a proxy or gateway answered instead of \
         the service)",
        excerpt(line)
    ))
    .with_offset(at)
}
