//! ETags as the vendors send them: usually wrapped in double quotes (`"39270a96…"`),
//! sometimes bare.
//!
//! [`ETag`] keeps the value without its quotes and a flag saying whether the wire had
//! them, so a decoder can borrow the value from the input even when the quotes arrive
//! as `&quot;` entities or `\"` escapes, and an encoder writes back what was received.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Removes one pair of surrounding double quotes, when both are present.
///
/// ```
/// use codec_core::etag::strip_quotes;
/// assert_eq!(strip_quotes("\"abc\""), "abc");
/// assert_eq!(strip_quotes("abc"), "abc");
/// assert_eq!(strip_quotes("\"abc"), "\"abc");
/// ```
pub fn strip_quotes(text: &str) -> &str {
    match text.strip_prefix('"').and_then(|rest| rest.strip_suffix('"')) {
        Some(inner) => inner,
        None => text,
    }
}

/// An ETag as sent on the wire: its value, and whether double quotes surrounded it.
///
/// `Display`, `Serialize` and [`to_wire`](Self::to_wire) give the wire text (quotes
/// included when they were there); [`value`](Self::value) gives the bare value, as the
/// vendor-neutral model wants it.
///
/// ```
/// use codec_core::ETag;
///
/// let etag = ETag::from_wire("\"39270a96\"");
/// assert_eq!(etag.value(), "39270a96");
/// assert!(etag.is_quoted());
/// assert_eq!(etag.to_string(), "\"39270a96\"");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct ETag<'a> {
    value: Cow<'a, str>,
    quoted: bool,
}

impl<'a> ETag<'a> {
    /// An ETag of `value` (without quotes), `quoted` or bare on the wire.
    pub fn new(value: impl Into<Cow<'a, str>>, quoted: bool) -> Self {
        ETag { value: value.into(), quoted }
    }

    /// Reads the wire text, quotes and all.
    pub fn from_wire(text: impl Into<Cow<'a, str>>) -> Self {
        match text.into() {
            Cow::Borrowed(text) => {
                let value = strip_quotes(text);
                ETag::new(value, value.len() != text.len())
            }
            Cow::Owned(mut text) => {
                if strip_quotes(&text).len() == text.len() {
                    return ETag::new(text, false);
                }
                text.pop();
                text.remove(0);
                ETag::new(text, true)
            }
        }
    }

    /// The value without surrounding quotes.
    pub fn value(&self) -> &str {
        &self.value
    }

    /// Whether the wire text had surrounding double quotes.
    pub fn is_quoted(&self) -> bool {
        self.quoted
    }

    /// The wire text: the value, in quotes when it had them.
    pub fn to_wire(&self) -> Cow<'_, str> {
        if self.quoted {
            Cow::Owned(format!("\"{}\"", self.value))
        } else {
            Cow::Borrowed(&self.value)
        }
    }

    /// Whether the value borrows from the input (it did not need unescaping).
    pub fn is_borrowed(&self) -> bool {
        matches!(self.value, Cow::Borrowed(_))
    }

    /// Detaches the ETag from the input it borrows from.
    pub fn into_owned(self) -> ETag<'static> {
        ETag { value: Cow::Owned(self.value.into_owned()), quoted: self.quoted }
    }
}

impl fmt::Display for ETag<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.quoted { write!(f, "\"{}\"", self.value) } else { f.write_str(&self.value) }
    }
}

impl Serialize for ETag<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for ETag<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::model::deserialize_cow_str(deserializer).map(ETag::from_wire)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for ETag<'_> {
    fn schema_name() -> Cow<'static, str> {
        "ETag".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "description": "The ETag as sent on the wire, surrounding double quotes included when the vendor sent them",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owned_wire_text_loses_only_its_quotes() {
        let etag = ETag::from_wire(String::from("\"a\"b\""));
        assert_eq!(etag.value(), "a\"b");
        assert!(etag.is_quoted());
        assert_eq!(etag.to_wire(), "\"a\"b\"");
    }

    #[test]
    fn a_lone_quote_is_a_bare_value() {
        let etag = ETag::from_wire("\"");
        assert_eq!(etag.value(), "\"");
        assert!(!etag.is_quoted());
        assert_eq!(ETag::from_wire(String::from("\"")).value(), "\"");
    }

    #[test]
    fn json_form_is_the_wire_text() {
        let etag: ETag<'_> = serde_json::from_str(r#""\"abc\"""#).unwrap();
        assert_eq!(etag, ETag::new("abc", true));
        assert_eq!(serde_json::to_string(&etag).unwrap(), r#""\"abc\"""#);
    }
}
