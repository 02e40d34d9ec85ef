//! A scoped pull decoder over XML held in memory, for the XML vendors.
//!
//! A vendor decoder asks for the root [`Element`], then for each child in turn
//! ([`XmlReader::next_child`]), reads leaf text ([`XmlReader::text`],
//! [`XmlReader::etag`]) and leaves alone what it does not know: reading is scoped, so
//! the next call to `next_child` skips whatever the caller left unread of the previous
//! child, however deep (an explicit [`XmlReader::skip`] does the same). Text
//! borrows from the input unless an entity, a character reference, a CDATA section next
//! to other text, or a `\r` forces a copy; an ETag wrapped in `&quot;` entities borrows
//! its value all the same.
//!
//! What the reader refuses, whatever the vendor: invalid UTF-8, `<!DOCTYPE>` (so no DTD
//! is processed and no custom entity expanded), undefined entities, mismatched or
//! missing end tags, a second root, text outside the root, and nesting deeper than
//! [`Limits::max_depth`]; attributes XML 1.0 does not allow (given twice, without `=`
//! and a quoted value, not separated by whitespace, with `<` or an undefined entity in
//! the value); an XML declaration anywhere but first, or not of XML 1.0's shape
//! (`version` first, an encoding name that is one); a namespace prefix, on an element
//! or an attribute, that no `xmlns:` declaration on it or an enclosing element declares
//! (`xml:` needs none). [`Element::name`] is the local name, the prefix dropped. The
//! one leniency: whitespace before the declaration, which COS sends (keep-alive spaces
//! while it merges the parts of a multipart upload). Skipping is a loop, not recursion,
//! so a hostile body cannot exhaust the stack.
//!
//! One leniency is the caller's to ask for: [`ControlChars::Keep`], for a vendor that
//! writes the control characters of object keys raw (COS does, where the request took
//! no `encoding-type=url`), accepts U+0001 to U+001F in text on reading
//! ([`XmlReader::with_control_chars`]) and writes them raw
//! ([`write_escaped_with`]).
//!
//! [`Limits::max_depth`]: crate::Limits::max_depth

mod lexer;
mod reader;
mod writer;

pub use reader::{Element, XmlReader, is_xml_char};
pub use writer::{
    write_end, write_escaped, write_escaped_with, write_etag_element, write_etag_element_with,
    write_start, write_text_element, write_text_element_with, write_u64_element,
};

/// What a reader or a writer does with the C0 control characters XML 1.0 forbids:
/// U+0001 to U+001F but tab, line feed and carriage return. (U+0000, U+FFFE and U+FFFF
/// are refused either way.)
///
/// Some services put them in their XML all the same: COS writes the control
/// characters of an object key raw where the request took no `encoding-type=url`
/// (Initiate and Complete Multipart Upload take none), and its Go SDK recovers from the
/// body by scraping it with regular expressions. [`Keep`](Self::Keep) reads such a body
/// and writes one back; [`Refuse`](Self::Refuse), the default, is XML 1.0 exactly.
///
/// ```
/// use codec_core::ErrorKind;
/// use codec_core::xml::{ControlChars, write_escaped_with};
///
/// let mut out = Vec::new();
/// let error = write_escaped_with(&mut out, "a\u{7}b", ControlChars::Refuse).unwrap_err();
/// assert_eq!(error.kind(), ErrorKind::Unencodable);
/// write_escaped_with(&mut out, "a\u{7}<b", ControlChars::Keep)?;
/// assert_eq!(out, b"a\x07&lt;b");
/// # Ok::<(), codec_core::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum ControlChars {
    /// Refused, as XML 1.0 wants: reading fails with a
    /// [`Syntax`](crate::ErrorKind::Syntax) error at the character, writing with
    /// [`Unencodable`](crate::ErrorKind::Unencodable).
    #[default]
    Refuse,
    /// Accepted in text and CDATA content, raw or as character references (`&#7;`),
    /// and kept in the text read; written raw. Markup (names, attributes, comments,
    /// processing instructions) may still not hold them.
    Keep,
}

impl ControlChars {
    /// Whether text may hold `c`: a character XML 1.0 allows ([`is_xml_char`]), or,
    /// with [`Keep`](Self::Keep), one of U+0001 to U+001F.
    ///
    /// ```
    /// use codec_core::xml::ControlChars;
    ///
    /// assert!(ControlChars::Keep.allows('\u{7}') && !ControlChars::Refuse.allows('\u{7}'));
    /// assert!(!ControlChars::Keep.allows('\u{0}') && !ControlChars::Keep.allows('\u{FFFE}'));
    /// assert!(ControlChars::Refuse.allows('\t') && ControlChars::Refuse.allows('é'));
    /// ```
    #[inline]
    pub fn allows(self, c: char) -> bool {
        is_xml_char(c) || (self == ControlChars::Keep && ('\u{1}'..='\u{1F}').contains(&c))
    }
}

#[cfg(test)]
mod tests;
