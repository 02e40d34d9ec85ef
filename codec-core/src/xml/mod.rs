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
//! one leniency: whitespace before the declaration, which COS sends. Skipping is a
//! loop, not recursion, so a hostile body cannot exhaust the stack.
//!
//! [`Limits::max_depth`]: crate::Limits::max_depth

mod lexer;
mod reader;
mod writer;

pub use reader::{Element, XmlReader, is_xml_char};
pub use writer::{
    write_end, write_escaped, write_etag_element, write_start, write_text_element,
    write_u64_element,
};

#[cfg(test)]
mod tests;
