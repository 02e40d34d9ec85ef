//! The page marker, which the request and the response share, and what every decoder
//! of this crate does before reading JSON.

use std::borrow::Cow;
use std::fmt;

use codec_core::json::{JsonReader, JsonWriter};
use codec_core::wire::json::{JsonRecord, JsonValue, decode_body, skip_member};
use codec_core::wire::{Ctx, IntoOwned, LenHint};
use codec_core::{Error, Limits, Result};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A page marker as clients send it: the SDK models type `part_number_marker` as an
/// integer, the document's example is an opaque string
/// (`NWQ1Yjk4YmI1ZDRlYmU1Y2E0YWE0NmJhYWJmODBhNDQ2NzhlMTRhMg`), and the service's
/// `next_part_number_marker` is a string (`""` on the last page). Both spellings decode,
/// and each encodes back as it came: a number as a JSON number, a string as a string.
///
/// ```
/// use codec_pds::PartNumberMarker;
///
/// let number: PartNumberMarker<'_> = serde_json::from_str("5")?;
/// let text: PartNumberMarker<'_> = serde_json::from_str(r#""NWQ1""#)?;
/// assert_eq!((number.as_text(), text.as_text()), ("5".into(), "NWQ1".into()));
/// assert_eq!(serde_json::to_string(&number)?, "5");
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum PartNumberMarker<'a> {
    /// A JSON number (a part number), as the SDK models send it.
    Number(u64),
    /// A JSON string, opaque, as the document and the service write it.
    Text(Cow<'a, str>),
}

impl PartNumberMarker<'_> {
    /// The marker as text: a number in decimal, a string as it is.
    pub fn as_text(&self) -> Cow<'_, str> {
        match self {
            PartNumberMarker::Number(number) => Cow::Owned(number.to_string()),
            PartNumberMarker::Text(text) => Cow::Borrowed(text),
        }
    }

    /// Whether the marker says there is nothing more: the empty string.
    pub fn is_empty(&self) -> bool {
        matches!(self, PartNumberMarker::Text(text) if text.is_empty())
    }

    /// Detaches the marker from the input it borrows from.
    pub fn into_owned(self) -> PartNumberMarker<'static> {
        match self {
            PartNumberMarker::Number(number) => PartNumberMarker::Number(number),
            PartNumberMarker::Text(text) => PartNumberMarker::Text(Cow::Owned(text.into_owned())),
        }
    }
}

/// A number or a string: the next byte decides.
impl<'a> JsonValue<'a> for PartNumberMarker<'a> {
    #[inline]
    fn read_json(json: &mut JsonReader<'a>, _: Ctx<'_>) -> Result<Self> {
        let at = json.offset();
        match json.peek_byte() {
            Some(b'"') => Ok(PartNumberMarker::Text(json.str()?.value())),
            Some(b'-' | b'0'..=b'9') => json.u64().map(PartNumberMarker::Number),
            Some(byte) => Err(Error::invalid_value(format!(
                "expected a string or an unsigned integer, found {}",
                found(byte)
            ))
            .with_offset(at)),
            None => Err(Error::eof("the body ends where a value was expected").with_offset(at)),
        }
    }

    fn write_json(&self, json: &mut JsonWriter<'_>, _: Ctx<'_>) -> Result<()> {
        match self {
            PartNumberMarker::Number(number) => json.u64(*number),
            PartNumberMarker::Text(text) => json.str(text),
        }
        Ok(())
    }
}

impl IntoOwned for PartNumberMarker<'_> {
    type Owned = PartNumberMarker<'static>;
    fn into_owned(self) -> PartNumberMarker<'static> {
        PartNumberMarker::into_owned(self)
    }
}

impl LenHint for PartNumberMarker<'_> {
    fn len_hint(&self) -> usize {
        match self {
            PartNumberMarker::Number(_) => 20,
            PartNumberMarker::Text(text) => text.len(),
        }
    }
}

impl<'a> From<&'a str> for PartNumberMarker<'a> {
    fn from(text: &'a str) -> Self {
        PartNumberMarker::Text(Cow::Borrowed(text))
    }
}

impl From<String> for PartNumberMarker<'_> {
    fn from(text: String) -> Self {
        PartNumberMarker::Text(Cow::Owned(text))
    }
}

impl<'a> From<Cow<'a, str>> for PartNumberMarker<'a> {
    fn from(text: Cow<'a, str>) -> Self {
        PartNumberMarker::Text(text)
    }
}

impl From<u64> for PartNumberMarker<'_> {
    fn from(number: u64) -> Self {
        PartNumberMarker::Number(number)
    }
}

impl fmt::Display for PartNumberMarker<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartNumberMarker::Number(number) => write!(f, "{number}"),
            PartNumberMarker::Text(text) => f.write_str(text),
        }
    }
}

impl Serialize for PartNumberMarker<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> std::result::Result<S::Ok, S::Error> {
        match self {
            PartNumberMarker::Number(number) => serializer.serialize_u64(*number),
            PartNumberMarker::Text(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for PartNumberMarker<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> std::result::Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = PartNumberMarker<'de>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or an unsigned integer")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<Self::Value, E> {
                Ok(PartNumberMarker::Number(v))
            }
            fn visit_borrowed_str<E: serde::de::Error>(
                self,
                v: &'de str,
            ) -> std::result::Result<Self::Value, E> {
                Ok(PartNumberMarker::Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: serde::de::Error>(
                self,
                v: &str,
            ) -> std::result::Result<Self::Value, E> {
                Ok(PartNumberMarker::Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: serde::de::Error>(
                self,
                v: String,
            ) -> std::result::Result<Self::Value, E> {
                Ok(PartNumberMarker::Text(Cow::Owned(v)))
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for PartNumberMarker<'_> {
    fn schema_name() -> Cow<'static, str> {
        "PartNumberMarker".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A page marker: an opaque string (as PDS writes it) or an unsigned integer (as the SDK models send it)",
            "anyOf": [
                { "type": "string" },
                { "type": "integer", "minimum": 0 },
            ],
        })
    }
}

/// What a JSON value starting with `byte` is, for error messages.
#[cold]
fn found(byte: u8) -> &'static str {
    match byte {
        b'"' => "a string",
        b'{' => "an object",
        b'[' => "an array",
        b't' | b'f' => "a boolean",
        b'n' => "null",
        b'-' | b'0'..=b'9' => "a number",
        _ => "something that is not JSON",
    }
}

/// Refuses a body that is not JSON with an error of kind
/// [`WrongFormat`](codec_core::ErrorKind::WrongFormat) that says what it is: PDS answers
/// in JSON, but a part PUT to the presigned `upload_url` is answered by OSS, whose
/// `<Error>` is XML (its `<Code>` is quoted, and the message says where it came from),
/// and a proxy or gateway may answer with an HTML page or plain text
/// ([`codec_core::sniff::expect_json`] says which).
pub(crate) fn refuse_xml(input: &[u8]) -> Result<()> {
    let at = start(input);
    if input.get(at) != Some(&b'<') {
        // Plain text is left to the JSON decoder, which sniffs for it too.
        return Ok(());
    }
    // Look at the head of the body only: a hostile body may be large.
    let head = &input[at..input.len().min(at + 4096)];
    let head = match std::str::from_utf8(head) {
        Ok(head) => head,
        Err(error) => std::str::from_utf8(&head[..error.valid_up_to()]).unwrap_or(""),
    };
    if !head.contains("<Error>") {
        return codec_core::sniff::expect_json(input);
    }
    let code = head
        .split_once("<Code>")
        .and_then(|(_, rest)| rest.split_once("</Code>"))
        .map(|(code, _)| code);
    let message = match code {
        Some(code) => format!(
            "the body is XML, not JSON: an OSS <Error> (code {}), which comes from the \
             presigned upload_url, not from the PDS API",
            codec_core::number::excerpt(code)
        ),
        None => "the body is XML, not JSON: an OSS <Error>, which comes from the presigned \
                 upload_url, not from the PDS API"
            .to_owned(),
    };
    Err(Error::wrong_format(message).with_offset(at))
}

/// Where the body's first value starts (after leading whitespace): where an error about
/// the whole object is placed.
pub(crate) fn start(input: &[u8]) -> usize {
    codec_core::sniff::start(input)
}

/// Decodes a PDS body as the record `R`, refusing markup first (the XML OSS answers
/// with on a presigned upload URL, a proxy's HTML page).
pub(crate) fn decode_json<'a, R: JsonRecord<'a>>(input: &'a [u8], limits: &Limits) -> Result<R> {
    refuse_xml(input)?;
    decode_body(input, limits, skip_member).map(|(record, _)| record)
}
