//! The XML tokenizer under [`XmlReader`](super::XmlReader): markup and text of a
//! document already checked as UTF-8 and for the characters XML forbids, cut into
//! borrowed tokens.
//!
//! It does what the codecs need and no more: elements, text, references, CDATA,
//! comments, processing instructions and the declaration, with end tags checked against
//! their start tags. Attributes are checked as XML 1.0 wants them (a name, `=`, a quoted
//! value without `<` whose references are defined, whitespace between them, no name
//! twice) but not returned, as no vendor puts data in them, save the `xmlns:` ones, kept
//! to check that every prefix is declared; the declaration's shape is checked too
//! (`version` first, then `encoding` and `standalone`, values quoted). A
//! `<!DOCTYPE` is reported so the reader can refuse it. Why not quick-xml's `Reader`:
//! it validates the UTF-8 of every event again and keeps more state than these bodies
//! need, which made its raw event loop cost more than everything our decoders do on top
//! of it (see BENCHMARKS.md).

use std::collections::{HashMap, HashSet};

use memchr::{memchr, memchr2, memmem};

use super::reader::resolve_reference;
use crate::number::clip;
use crate::{Error, ErrorKind, Result};

/// One piece of the document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Token<'a> {
    /// A start tag, `<name …>`, or an empty-element tag, `<name …/>`; `name` is the
    /// local name, the namespace prefix (checked as declared) removed.
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
/// each end tag against its start tag, and the namespace prefixes they declare.
pub(super) struct Lexer<'a> {
    text: &'a str,
    position: usize,
    /// The qualified names of the open elements, outermost first.
    open: Vec<&'a str>,
    /// The namespace prefixes the open elements declare: empty, and never looked at,
    /// in a document without `xmlns:` attributes.
    prefixes: Prefixes<'a>,
}

impl<'a> Lexer<'a> {
    pub(super) fn new(text: &'a str) -> Self {
        Lexer { text, position: 0, open: Vec::new(), prefixes: Prefixes::default() }
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
        let (close, empty, local) = match (bytes.get(after_name), bytes.get(after_name + 1)) {
            (Some(b'>'), _) => (after_name, false, self.local_name(name, start)?),
            (Some(b'/'), Some(b'>')) => (after_name + 1, true, self.local_name(name, start)?),
            _ => self.attributes(start, name, after_name)?,
        };
        self.position = close + 1;
        if !empty {
            self.open.push(name);
        }
        Ok(Token::Start { name: local, empty })
    }

    /// The local name of the element `name` whose tag starts at `start`: `name` itself
    /// unless it has a prefix, which must be declared.
    #[inline(always)]
    fn local_name(&self, name: &'a str, start: usize) -> Result<&'a str> {
        // Names are short: a plain loop beats memchr's set-up.
        match name.bytes().position(|b| b == b':') {
            None => Ok(name),
            Some(colon) => self.prefixed_element(name, colon, start),
        }
    }

    /// The local name of an element whose name has a `:` at `colon`: the prefix
    /// before it must be declared (`xml` always is; `xmlns` is not an element's).
    #[cold]
    #[inline(never)]
    fn prefixed_element(&self, name: &'a str, colon: usize, start: usize) -> Result<&'a str> {
        let (prefix, local) = split_qualified(name, colon)
            .ok_or_else(|| syntax(not_qualified(name, "element"), start))?;
        if prefix == "xmlns" {
            return Err(syntax(
                format!("<{}>: the prefix xmlns is not an element's", clip(name)),
                start,
            ));
        }
        if !self.prefixes.contains(prefix) {
            return Err(syntax(undeclared(prefix, &format!("<{}>", clip(name))), start));
        }
        Ok(local)
    }

    /// Reads the rest of the start tag of `name` that does not end right after the
    /// name: the attributes, each a name, `=` and a quoted value, separated by
    /// whitespace, no name twice, then `>` or `/>`. Declares the namespace prefixes the
    /// tag declares and checks the prefixes of its name and attributes. Returns the
    /// offset of the `>`, whether the tag is empty and the local name. Cold: the
    /// everyday tag has no attributes.
    #[cold]
    #[inline(never)]
    fn attributes(
        &mut self,
        start: usize,
        name: &'a str,
        from: usize,
    ) -> Result<(usize, bool, &'a str)> {
        let bytes = self.text.as_bytes();
        let level = self.open.len() + 1;
        let declared = self.prefixes.len();
        let mut names = Names::default();
        // Prefixed attributes whose prefix was not declared when they came: the tag
        // may declare it further on.
        let mut pending = Vec::new();
        let mut at = from;
        let (close, empty) = loop {
            let spaced = skip_whitespace(bytes, at);
            let separated = spaced > at;
            at = spaced;
            match bytes.get(at) {
                None => return Err(unclosed_tag(start)),
                Some(b'>') => break (at, false),
                Some(b'/') => match bytes.get(at + 1) {
                    Some(b'>') => break (at + 1, true),
                    None => return Err(unclosed_tag(start)),
                    Some(_) => return Err(syntax("a `/` in a tag not followed by `>`", at)),
                },
                Some(b'<') => return Err(syntax("`<` inside a tag", at)),
                Some(_) if !separated => {
                    return Err(syntax("attributes not separated by whitespace", at));
                }
                Some(_) => {}
            }
            let (attribute, value, after) = self.attribute(start, at)?;
            if !names.insert(attribute) {
                return Err(syntax(
                    format!("the attribute {} is given twice", clip(attribute)),
                    at,
                ));
            }
            if let Some(colon) = attribute.bytes().position(|b| b == b':') {
                let (prefix, local) = split_qualified(attribute, colon)
                    .ok_or_else(|| syntax(not_qualified(attribute, "attribute"), at))?;
                if prefix == "xmlns" {
                    self.declare(level, local, value, at)?;
                } else if !self.prefixes.contains(prefix) {
                    pending.push((prefix, attribute, at));
                }
            }
            at = after;
        };
        for (prefix, attribute, at) in pending {
            if !self.prefixes.contains(prefix) {
                return Err(syntax(
                    undeclared(prefix, &format!("the attribute {}", clip(attribute))),
                    at,
                ));
            }
        }
        let local = self.local_name(name, start)?;
        if empty && self.prefixes.len() > declared {
            // An empty element's declarations end with its tag.
            self.prefixes.close(level - 1);
        }
        Ok((close, empty, local))
    }

    /// Declares `prefix` for the element at `level`, bound to `uri` by the attribute at
    /// `at`, as Namespaces in XML allows: not to an empty URI, `xml` only to its own,
    /// `xmlns` never, and no other prefix to either of theirs.
    fn declare(&mut self, level: usize, prefix: &'a str, uri: &str, at: usize) -> Result<()> {
        const XML: &str = "http://www.w3.org/XML/1998/namespace";
        const XMLNS: &str = "http://www.w3.org/2000/xmlns/";
        let refused = match prefix {
            "xmlns" => Some("the prefix xmlns cannot be declared"),
            "xml" if uri != XML => Some("the prefix xml is bound to its own namespace only"),
            "xml" => None,
            _ if uri.is_empty() => Some("a namespace prefix cannot be bound to an empty URI"),
            _ if uri == XML || uri == XMLNS => {
                Some("the namespaces of xml and xmlns take no other prefix")
            }
            _ => None,
        };
        if let Some(message) = refused {
            return Err(syntax(format!("xmlns:{}: {message}", clip(prefix)), at));
        }
        if prefix != "xml" {
            self.prefixes.declare(level, prefix);
        }
        Ok(())
    }

    /// Reads the attribute whose name starts at `name_start`: the name, `=` and a
    /// quoted value without `<`, whose references are checked. Returns the name, the
    /// raw value and the offset past the closing quote.
    fn attribute(&self, start: usize, name_start: usize) -> Result<(&'a str, &'a str, usize)> {
        let bytes = self.text.as_bytes();
        let name_len = bytes[name_start..]
            .iter()
            .position(|&b| {
                matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'=' | b'>' | b'/' | b'<' | b'"' | b'\'')
            })
            .ok_or_else(|| unclosed_tag(start))?;
        let name = &self.text[name_start..name_start + name_len];
        if name.is_empty() {
            return Err(syntax("an attribute without a name", name_start));
        }
        if !is_name(name) {
            return Err(syntax(format!("{} is not an attribute name", clip(name)), name_start));
        }
        let equals = skip_whitespace(bytes, name_start + name_len);
        match bytes.get(equals) {
            Some(b'=') => {}
            None => return Err(unclosed_tag(start)),
            Some(_) => {
                return Err(syntax(
                    format!(
                        "the attribute {} has no value: `=` and a quoted value must follow its name",
                        clip(name)
                    ),
                    name_start,
                ));
            }
        }
        let value_at = skip_whitespace(bytes, equals + 1);
        let quote = match bytes.get(value_at) {
            Some(&quote @ (b'"' | b'\'')) => quote,
            None => return Err(unclosed_tag(start)),
            Some(_) => {
                return Err(syntax(
                    format!("the value of the attribute {} is not in quotes", clip(name)),
                    value_at,
                ));
            }
        };
        let value_start = value_at + 1;
        let value_end =
            memchr(quote, &bytes[value_start..]).map(|i| value_start + i).ok_or_else(|| {
                Error::eof("the body ends inside an attribute value").with_offset(value_at)
            })?;
        self.check_attribute_value(value_start, value_end)?;
        Ok((name, &self.text[value_start..value_end], value_end + 1))
    }

    /// Refuses a `<` in an attribute value, and checks its references as in text.
    fn check_attribute_value(&self, from: usize, to: usize) -> Result<()> {
        let bytes = self.text.as_bytes();
        let mut at = from;
        while let Some(found) = memchr2(b'<', b'&', &bytes[at..to]).map(|i| at + i) {
            if bytes[found] == b'<' {
                return Err(syntax("`<` inside an attribute value: write it as `&lt;`", found));
            }
            let name = self.reference_name(found, to)?;
            resolve_reference(name).map_err(|e| e.with_offset(found))?;
            at = found + name.len() + 2;
        }
        Ok(())
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
            Some(open) if open == name => {
                if !self.prefixes.is_empty() {
                    self.prefixes.close(self.open.len());
                }
            }
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

    /// `<?target …?>`: the declaration when the target is `xml`, its shape checked.
    fn processing_instruction(&mut self, start: usize) -> Result<Token<'a>> {
        let end = self.find(start + 2, "?>", "a processing instruction", start)?;
        self.position = end + 2;
        let content = &self.text[start + 2..end];
        let target = content.split([' ', '\t', '\r', '\n']).next().unwrap_or_default();
        if target == "xml" {
            self.declaration(start, end)?;
            return Ok(Token::Declaration);
        }
        if target.eq_ignore_ascii_case("xml") {
            return Err(syntax(
                format!(
                    "<?{target}: the processing-instruction target xml is reserved, in any case"
                ),
                start,
            ));
        }
        if !is_name(target) {
            return Err(syntax("a processing instruction without a target name", start));
        }
        Ok(Token::Ignorable)
    }

    /// Checks the XML declaration from its `<?` at `start` to its `?>` at `end`:
    /// `version` first, then `encoding` and `standalone` if present, in that order,
    /// each `=` and a quoted value of the right shape (`1.` and digits, an encoding
    /// name, `yes` or `no`), separated by whitespace.
    #[cold]
    fn declaration(&self, start: usize, end: usize) -> Result<()> {
        const PSEUDO_ATTRIBUTES: [&str; 3] = ["version", "encoding", "standalone"];
        let bytes = &self.text.as_bytes()[..end];
        let mut expected = &PSEUDO_ATTRIBUTES[..];
        let mut at = start + "<?xml".len();
        loop {
            let name_start = skip_whitespace(bytes, at);
            if name_start == bytes.len() {
                if expected.len() == PSEUDO_ATTRIBUTES.len() {
                    return Err(syntax("the XML declaration has no version", start));
                }
                return Ok(());
            }
            if name_start == at {
                return Err(syntax(
                    "the XML declaration's pseudo-attributes are not separated by whitespace",
                    at,
                ));
            }
            let name_len = bytes[name_start..]
                .iter()
                .position(|&b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b'=' | b'"' | b'\''))
                .unwrap_or(bytes.len() - name_start);
            let name = &self.text[name_start..name_start + name_len];
            let Some(index) = expected.iter().position(|&known| known == name) else {
                let message = if expected.len() == PSEUDO_ATTRIBUTES.len() {
                    format!("the XML declaration starts with {}, not version", clip(name))
                } else if PSEUDO_ATTRIBUTES.contains(&name) {
                    format!(
                        "{name} out of place in the XML declaration: version, encoding and standalone come in that order, once each"
                    )
                } else {
                    format!(
                        "{} in the XML declaration, which holds only version, encoding and standalone",
                        clip(name)
                    )
                };
                return Err(syntax(message, name_start));
            };
            if expected.len() == PSEUDO_ATTRIBUTES.len() && index != 0 {
                return Err(syntax(
                    format!("the XML declaration starts with {name}, not version"),
                    name_start,
                ));
            }
            expected = &expected[index + 1..];
            let equals = skip_whitespace(bytes, name_start + name_len);
            if bytes.get(equals) != Some(&b'=') {
                return Err(syntax(
                    format!(
                        "{name} in the XML declaration has no value: `=` and a quoted value must follow it"
                    ),
                    name_start,
                ));
            }
            let value_at = skip_whitespace(bytes, equals + 1);
            let quote = match bytes.get(value_at) {
                Some(&quote @ (b'"' | b'\'')) => quote,
                _ => {
                    return Err(syntax(
                        format!("the value of {name} in the XML declaration is not in quotes"),
                        value_at,
                    ));
                }
            };
            let value_start = value_at + 1;
            let value_end =
                memchr(quote, &bytes[value_start..]).map(|i| value_start + i).ok_or_else(|| {
                    syntax(
                        format!("the value of {name} in the XML declaration is not closed"),
                        value_at,
                    )
                })?;
            let value = &self.text[value_start..value_end];
            let (fits, shape) = match name {
                "version" => (is_version(value), "an XML 1.x version (1.0)"),
                "encoding" => (is_encoding_name(value), "an encoding name"),
                _ => (matches!(value, "yes" | "no"), "yes or no"),
            };
            if !fits {
                return Err(syntax(
                    format!("{name}={}: the value is not {shape}", clip(value)),
                    value_start,
                ));
            }
            at = value_end + 1;
        }
    }

    /// `&…;`, the part between `&` and `;`.
    #[inline(always)]
    fn reference(&mut self, start: usize) -> Result<Token<'a>> {
        let name = self.reference_name(start, self.text.len())?;
        self.position = start + name.len() + 2;
        Ok(Token::Reference(name))
    }

    /// The part between the `&` at `start` and the `;` that must follow it before
    /// `end`.
    #[inline(always)]
    fn reference_name(&self, start: usize, end: usize) -> Result<&'a str> {
        let bytes = self.text.as_bytes();
        // Names of references are short; a bounded search keeps a lone `&` cheap.
        let window = &bytes[start + 1..end.min(start + 1 + MAX_REFERENCE)];
        match window.iter().position(|&b| b == b';') {
            Some(semicolon) if semicolon > 0 => Ok(&self.text[start + 1..start + 1 + semicolon]),
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

/// The attribute names of one start tag, to find one given twice: in place for the
/// few a tag has, in a hash set past that (a hostile tag may have millions).
#[derive(Default)]
struct Names<'a> {
    few: [&'a str; FEW_NAMES],
    len: usize,
    many: Option<HashSet<&'a str>>,
}

const FEW_NAMES: usize = 8;

impl<'a> Names<'a> {
    /// Adds `name`; `false` if it was there already.
    fn insert(&mut self, name: &'a str) -> bool {
        if let Some(many) = &mut self.many {
            return many.insert(name);
        }
        if self.few[..self.len].contains(&name) {
            return false;
        }
        if self.len < FEW_NAMES {
            self.few[self.len] = name;
            self.len += 1;
        } else {
            let mut many: HashSet<&'a str> = self.few.iter().copied().collect();
            many.insert(name);
            self.many = Some(many);
        }
        true
    }
}

/// The namespace prefixes in scope, each with the level of the element that declares
/// it, innermost last; past a few, also counted in a map, so that a hostile body
/// declaring a million prefixes does not make every lookup a long search.
#[derive(Default)]
struct Prefixes<'a> {
    declared: Vec<(usize, &'a str)>,
    counts: Option<HashMap<&'a str, usize>>,
}

const FEW_PREFIXES: usize = 16;

impl<'a> Prefixes<'a> {
    #[inline(always)]
    fn is_empty(&self) -> bool {
        self.declared.is_empty()
    }

    fn len(&self) -> usize {
        self.declared.len()
    }

    /// Whether `prefix` is declared, `xml` always.
    fn contains(&self, prefix: &str) -> bool {
        prefix == "xml"
            || match &self.counts {
                Some(counts) => counts.get(prefix).is_some_and(|&count| count > 0),
                None => self.declared.iter().any(|&(_, declared)| declared == prefix),
            }
    }

    fn declare(&mut self, level: usize, prefix: &'a str) {
        self.declared.push((level, prefix));
        if let Some(counts) = &mut self.counts {
            *counts.entry(prefix).or_default() += 1;
        } else if self.declared.len() > FEW_PREFIXES {
            let mut counts = HashMap::new();
            for &(_, prefix) in &self.declared {
                *counts.entry(prefix).or_default() += 1;
            }
            self.counts = Some(counts);
        }
    }

    /// Ends the declarations of the elements deeper than `level`.
    #[cold]
    fn close(&mut self, level: usize) {
        while let Some(&(declared_at, prefix)) = self.declared.last() {
            if declared_at <= level {
                break;
            }
            self.declared.pop();
            if let Some(count) = self.counts.as_mut().and_then(|counts| counts.get_mut(prefix)) {
                *count -= 1;
            }
        }
    }
}

/// The prefix and local part of a qualified name with a `:` at `colon`, both
/// non-empty and without another `:`.
fn split_qualified(name: &str, colon: usize) -> Option<(&str, &str)> {
    let (prefix, local) = (&name[..colon], &name[colon + 1..]);
    (!prefix.is_empty() && !local.is_empty() && !local.contains(':')).then_some((prefix, local))
}

#[cold]
fn not_qualified(name: &str, what: &str) -> String {
    format!("{}: an {what} name has at most one `:`, between a prefix and a local name", clip(name))
}

#[cold]
fn undeclared(prefix: &str, what: &str) -> String {
    format!(
        "the namespace prefix {} of {what} is not declared: no xmlns:{} on it or an enclosing element",
        clip(prefix),
        clip(prefix)
    )
}

/// The first offset at or after `at` that is not XML whitespace.
fn skip_whitespace(bytes: &[u8], at: usize) -> usize {
    at + bytes[at.min(bytes.len())..]
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'))
        .unwrap_or(bytes.len().saturating_sub(at))
}

/// Whether `name` is an XML 1.0 `Name`.
fn is_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(is_name_start_char) && chars.all(is_name_char)
}

/// XML 1.0's `NameStartChar`.
fn is_name_start_char(c: char) -> bool {
    matches!(c,
        ':' | 'A'..='Z' | '_' | 'a'..='z' | '\u{C0}'..='\u{D6}' | '\u{D8}'..='\u{F6}'
        | '\u{F8}'..='\u{2FF}' | '\u{370}'..='\u{37D}' | '\u{37F}'..='\u{1FFF}'
        | '\u{200C}'..='\u{200D}' | '\u{2070}'..='\u{218F}' | '\u{2C00}'..='\u{2FEF}'
        | '\u{3001}'..='\u{D7FF}' | '\u{F900}'..='\u{FDCF}' | '\u{FDF0}'..='\u{FFFD}'
        | '\u{10000}'..='\u{EFFFF}')
}

/// XML 1.0's `NameChar`.
fn is_name_char(c: char) -> bool {
    is_name_start_char(c)
        || matches!(c, '-' | '.' | '0'..='9' | '\u{B7}' | '\u{300}'..='\u{36F}' | '\u{203F}'..='\u{2040}')
}

/// XML 1.0's `VersionNum`: `1.` and one or more digits.
fn is_version(value: &str) -> bool {
    value
        .strip_prefix("1.")
        .is_some_and(|minor| !minor.is_empty() && minor.bytes().all(|b| b.is_ascii_digit()))
}

/// XML 1.0's `EncName`: `[A-Za-z] ([A-Za-z0-9._] | '-')*`.
fn is_encoding_name(value: &str) -> bool {
    let mut bytes = value.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-'))
}

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
