//! The XML tokenizer under [`XmlReader`](super::XmlReader): markup and text of a
//! document already checked as UTF-8 and for the characters XML forbids, cut into
//! borrowed tokens.
//!
//! It does what the codecs need and no more: elements, text, references, CDATA,
//! comments, processing instructions and the declaration, with end tags checked against
//! their start tags. Attributes are skipped, not parsed (no vendor puts data in them);
//! a `<!DOCTYPE` is reported so the reader can refuse it. Why not quick-xml's `Reader`:
//! it validates the UTF-8 of every event again and keeps more state than these bodies
//! need, which made its raw event loop cost more than everything our decoders do on top
//! of it (see BENCHMARKS.md).

use memchr::{memchr, memchr2, memmem};

use crate::{Error, ErrorKind, Result};

/// One piece of the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Token<'a> {
    /// A start tag, `<name …>`, or an empty-element tag, `<name …/>`.
    Start { name: &'a str, empty: bool },
    /// An end tag, `</name>`, already matched against its start tag.
    End,
    /// Character data up to the next markup or reference, as written.
    Text(&'a str),
    /// A reference, `&name;` or `&#…;`: the part between `&` and `;`.
    Reference(&'a str),
    /// The content of a CDATA section.
    CData(&'a str),
    /// A comment or a processing instruction other than the declaration.
    Ignorable,
    /// The XML declaration, `<?xml …?>`.
    Declaration,
    /// `<!DOCTYPE …`.
    Doctype,
    /// The end of the document.
    Eof,
}

/// Cuts a document into [`Token`]s, keeping the names of the open elements to check
/// each end tag against its start tag.
pub(super) struct Lexer<'a> {
    text: &'a str,
    position: usize,
    open: Vec<&'a str>,
}

impl<'a> Lexer<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Lexer { text, position: 0, open: Vec::new() }
    }

    /// Byte offset of the next token in the text.
    #[inline(always)]
    pub(super) fn position(&self) -> usize {
        self.position
    }

    /// The next token.
    #[inline(always)]
    pub(super) fn next_token(&mut self) -> Result<Token<'a>> {
        let bytes = self.text.as_bytes();
        let start = self.position;
        match bytes.get(start) {
            None => Ok(Token::Eof),
            Some(b'<') => self.markup(start),
            Some(b'&') => self.reference(start),
            Some(_) => {
                let end = memchr2(b'<', b'&', &bytes[start..]).map_or(bytes.len(), |i| start + i);
                self.position = end;
                Ok(Token::Text(&self.text[start..end]))
            }
        }
    }

    #[inline(always)]
    fn markup(&mut self, start: usize) -> Result<Token<'a>> {
        let bytes = self.text.as_bytes();
        match bytes.get(start + 1) {
            Some(b'/') => self.end_tag(start),
            Some(b'!') => self.declaration_like(start),
            Some(b'?') => self.processing_instruction(start),
            _ => self.start_tag(start),
        }
    }

    #[inline(always)]
    fn start_tag(&mut self, start: usize) -> Result<Token<'a>> {
        let bytes = self.text.as_bytes();
        let name_start = start + 1;
        let name_len = bytes[name_start..]
            .iter()
            .position(|&b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'/' | b'>'))
            .ok_or_else(|| unclosed_tag(start))?;
        if name_len == 0 {
            return Err(syntax("a tag without a name", start));
        }
        let name = &self.text[name_start..name_start + name_len];
        let after_name = name_start + name_len;
        // The everyday tag has no attributes: `>` or `/>` right after the name.
        let (close, empty) = match (bytes.get(after_name), bytes.get(after_name + 1)) {
            (Some(b'>'), _) => (after_name, false),
            (Some(b'/'), Some(b'>')) => (after_name + 1, true),
            _ => self.skip_attributes(start, after_name)?,
        };
        self.position = close + 1;
        if !empty {
            self.open.push(name);
        }
        Ok(Token::Start { name, empty })
    }

    /// Finds the `>` that closes a start tag with attributes, stepping over quoted
    /// values (which may hold `>`); returns its offset and whether the tag is empty.
    #[cold]
    fn skip_attributes(&self, start: usize, from: usize) -> Result<(usize, bool)> {
        let bytes = self.text.as_bytes();
        let mut at = from;
        while at < bytes.len() {
            match bytes[at] {
                quote @ (b'"' | b'\'') => {
                    let close = memchr(quote, &bytes[at + 1..]).ok_or_else(|| {
                        Error::eof("the body ends inside an attribute value").with_offset(at)
                    })?;
                    at += close + 2;
                }
                b'>' => return Ok((at, bytes[at - 1] == b'/')),
                b'<' => return Err(syntax("`<` inside a tag", at)),
                _ => at += 1,
            }
        }
        Err(unclosed_tag(start))
    }

    #[inline(always)]
    fn end_tag(&mut self, start: usize) -> Result<Token<'a>> {
        let bytes = self.text.as_bytes();
        let name_start = start + 2;
        let close = memchr(b'>', &bytes[name_start..])
            .map(|i| name_start + i)
            .ok_or_else(|| unclosed_tag(start))?;
        let name = self.text[name_start..close].trim_end_matches([' ', '\t', '\r', '\n']);
        match self.open.pop() {
            Some(open) if open == name => {}
            Some(open) => {
                return Err(syntax(
                    format!(
                        "the end tag </{}> does not close <{}>",
                        crate::number::clip(name),
                        crate::number::clip(open)
                    ),
                    start,
                ));
            }
            None => {
                return Err(syntax(
                    format!("the end tag </{}> closes no element", crate::number::clip(name)),
                    start,
                ));
            }
        }
        self.position = close + 1;
        Ok(Token::End)
    }

    /// `<!--`, `<![CDATA[` or `<!DOCTYPE`.
    fn declaration_like(&mut self, start: usize) -> Result<Token<'a>> {
        let rest = &self.text[start..];
        if rest.starts_with("<!--") {
            let end = self.find(start + 4, "-->", "a comment", start)?;
            self.position = end + 3;
            Ok(Token::Ignorable)
        } else if rest.starts_with("<![CDATA[") {
            let content = start + 9;
            let end = self.find(content, "]]>", "a CDATA section", start)?;
            self.position = end + 3;
            Ok(Token::CData(&self.text[content..end]))
        } else if rest.len() >= 9 && rest.as_bytes()[2..9].eq_ignore_ascii_case(b"DOCTYPE") {
            Ok(Token::Doctype)
        } else if rest.len() < 9 && ("<![CDATA[".starts_with(rest) || "<!--".starts_with(rest)) {
            Err(Error::eof("the body ends inside markup").with_offset(start))
        } else {
            Err(syntax("`<!` starts neither a comment, a CDATA section nor a DOCTYPE", start))
        }
    }

    /// `<?target …?>`: the declaration when the target is `xml`.
    fn processing_instruction(&mut self, start: usize) -> Result<Token<'a>> {
        let end = self.find(start + 2, "?>", "a processing instruction", start)?;
        self.position = end + 2;
        let content = &self.text[start + 2..end];
        let target = content.split([' ', '\t', '\r', '\n']).next().unwrap_or_default();
        Ok(if target == "xml" { Token::Declaration } else { Token::Ignorable })
    }

    /// `&…;`, the part between `&` and `;`.
    #[inline(always)]
    fn reference(&mut self, start: usize) -> Result<Token<'a>> {
        let bytes = self.text.as_bytes();
        // Names of references are short; a bounded search keeps a lone `&` cheap.
        let window = &bytes[start + 1..bytes.len().min(start + 1 + MAX_REFERENCE)];
        match window.iter().position(|&b| b == b';') {
            Some(semicolon) if semicolon > 0 => {
                self.position = start + 2 + semicolon;
                Ok(Token::Reference(&self.text[start + 1..start + 1 + semicolon]))
            }
            _ => Err(syntax("a `&` that starts no reference: write it as `&amp;`", start)),
        }
    }

    /// The offset of `needle` at or after `from`, or an end-of-input error naming
    /// `what` opened at `start`.
    fn find(&self, from: usize, needle: &str, what: &str, start: usize) -> Result<usize> {
        memmem::find(&self.text.as_bytes()[from..], needle.as_bytes())
            .map(|i| from + i)
            .ok_or_else(|| Error::eof(format!("the body ends inside {what}")).with_offset(start))
    }
}

/// Longer than any entity name or character reference XML allows (`&#x10FFFF;`).
const MAX_REFERENCE: usize = 32;

#[cold]
fn syntax(message: impl Into<String>, offset: usize) -> Error {
    Error::new(ErrorKind::Syntax, message.into()).with_offset(offset)
}

#[cold]
fn unclosed_tag(start: usize) -> Error {
    Error::eof("the body ends inside a tag").with_offset(start)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(text: &str) -> Result<Vec<Token<'_>>> {
        let mut lexer = Lexer::new(text);
        let mut out = Vec::new();
        loop {
            match lexer.next_token()? {
                Token::Eof => return Ok(out),
                Token::Doctype => {
                    out.push(Token::Doctype);
                    return Ok(out);
                }
                token => out.push(token),
            }
        }
    }

    #[test]
    fn cuts_the_everyday_shapes() {
        use Token::*;
        assert_eq!(
            tokens(r#"<?xml version="1.0"?><a x="1>2" y='/'><b/>t &amp;&#34;<![CDATA[<c>]]><!-- - --><?pi x?></a>"#)
                .unwrap(),
            [
                Declaration,
                Start { name: "a", empty: false },
                Start { name: "b", empty: true },
                Text("t "),
                Reference("amp"),
                Reference("#34"),
                CData("<c>"),
                Ignorable,
                Ignorable,
                End,
            ]
        );
        assert_eq!(tokens("<a\n/><b \t></b\n>").unwrap()[1], Start { name: "b", empty: false });
        assert_eq!(tokens("<!doctype x>").unwrap(), [Doctype]);
    }

    #[test]
    fn refuses_what_is_not_well_formed() {
        for (text, kind, offset) in [
            ("<a></b>", ErrorKind::Syntax, 3),
            ("</a>", ErrorKind::Syntax, 0),
            ("<a", ErrorKind::UnexpectedEof, 0),
            ("<a x='1", ErrorKind::UnexpectedEof, 5),
            ("<a></a", ErrorKind::UnexpectedEof, 3),
            ("<>", ErrorKind::Syntax, 0),
            ("<a <b>", ErrorKind::Syntax, 3),
            ("a & b", ErrorKind::Syntax, 2),
            ("&;", ErrorKind::Syntax, 0),
            ("<!-- x", ErrorKind::UnexpectedEof, 0),
            ("<![CDATA[x]]", ErrorKind::UnexpectedEof, 0),
            ("<?pi", ErrorKind::UnexpectedEof, 0),
            ("<!ELEMENT a>", ErrorKind::Syntax, 0),
            ("<!-", ErrorKind::UnexpectedEof, 0),
        ] {
            let error = tokens(text).unwrap_err();
            assert_eq!((error.kind(), error.offset()), (kind, Some(offset)), "{text}: {error}");
        }
    }
}
