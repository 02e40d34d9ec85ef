//! The values PDS sends as a number or a string (the page marker, `drive_id`,
//! `crc64_hash`), and what every decoder of this crate does before reading JSON.

use std::borrow::Cow;
use std::fmt;

use codec_core::json::{JsonReader, JsonWriter};
use codec_core::wire::json::{JsonRecord, JsonValue, decode_body, skip_member};
use codec_core::wire::{Ctx, IntoOwned, LenHint};
use codec_core::{Decode, Error, Limits, Result};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::ErrorResponse;

/// What a number-or-text enum shares: the JSON reader and writer (the next byte
/// decides), `IntoOwned`, the length hint, the conversions, `Display`, serde and the
/// schema.
macro_rules! number_or_text {
    ($name:ident, $description:literal) => {
        /// A number or a string: the next byte decides.
        impl<'a> JsonValue<'a> for $name<'a> {
            #[inline]
            fn read_json(json: &mut JsonReader<'a>, _: Ctx<'_>) -> Result<Self> {
                let at = json.offset();
                match json.peek_byte() {
                    Some(b'"') => Ok($name::Text(json.str()?.value())),
                    Some(b'-' | b'0'..=b'9') => json.u64().map($name::Number),
                    Some(byte) => Err(Error::invalid_value(format!(
                        "expected a string or an unsigned integer, found {}",
                        found(byte)
                    ))
                    .with_offset(at)),
                    None => {
                        Err(Error::eof("the body ends where a value was expected").with_offset(at))
                    }
                }
            }

            fn write_json(&self, json: &mut JsonWriter<'_>, _: Ctx<'_>) -> Result<()> {
                match self {
                    $name::Number(number) => json.u64(*number),
                    $name::Text(text) => json.str(text),
                }
                Ok(())
            }
        }

        impl IntoOwned for $name<'_> {
            type Owned = $name<'static>;
            fn into_owned(self) -> $name<'static> {
                $name::into_owned(self)
            }
        }

        impl LenHint for $name<'_> {
            fn len_hint(&self) -> usize {
                match self {
                    $name::Number(_) => 20,
                    $name::Text(text) => text.len(),
                }
            }
        }

        impl<'a> From<&'a str> for $name<'a> {
            fn from(text: &'a str) -> Self {
                $name::Text(Cow::Borrowed(text))
            }
        }

        impl From<String> for $name<'_> {
            fn from(text: String) -> Self {
                $name::Text(Cow::Owned(text))
            }
        }

        impl<'a> From<Cow<'a, str>> for $name<'a> {
            fn from(text: Cow<'a, str>) -> Self {
                $name::Text(text)
            }
        }

        impl From<u64> for $name<'_> {
            fn from(number: u64) -> Self {
                $name::Number(number)
            }
        }

        impl fmt::Display for $name<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $name::Number(number) => write!(f, "{number}"),
                    $name::Text(text) => f.write_str(text),
                }
            }
        }

        impl Serialize for $name<'_> {
            fn serialize<S: Serializer>(
                &self,
                serializer: S,
            ) -> std::result::Result<S::Ok, S::Error> {
                match self {
                    $name::Number(number) => serializer.serialize_u64(*number),
                    $name::Text(text) => serializer.serialize_str(text),
                }
            }
        }

        impl<'de: 'a, 'a> Deserialize<'de> for $name<'a> {
            fn deserialize<D: Deserializer<'de>>(
                deserializer: D,
            ) -> std::result::Result<Self, D::Error> {
                struct Visitor;
                impl<'de> serde::de::Visitor<'de> for Visitor {
                    type Value = $name<'de>;
                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("a string or an unsigned integer")
                    }
                    fn visit_u64<E: serde::de::Error>(
                        self,
                        v: u64,
                    ) -> std::result::Result<Self::Value, E> {
                        Ok($name::Number(v))
                    }
                    fn visit_borrowed_str<E: serde::de::Error>(
                        self,
                        v: &'de str,
                    ) -> std::result::Result<Self::Value, E> {
                        Ok($name::Text(Cow::Borrowed(v)))
                    }
                    fn visit_str<E: serde::de::Error>(
                        self,
                        v: &str,
                    ) -> std::result::Result<Self::Value, E> {
                        Ok($name::Text(Cow::Owned(v.to_owned())))
                    }
                    fn visit_string<E: serde::de::Error>(
                        self,
                        v: String,
                    ) -> std::result::Result<Self::Value, E> {
                        Ok($name::Text(Cow::Owned(v)))
                    }
                }
                deserializer.deserialize_any(Visitor)
            }
        }

        #[cfg(feature = "schema")]
        impl schemars::JsonSchema for $name<'_> {
            fn schema_name() -> Cow<'static, str> {
                stringify!($name).into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({
                    "description": $description,
                    "anyOf": [
                        { "type": "string" },
                        { "type": "integer", "minimum": 0, "maximum": u64::MAX },
                    ],
                })
            }
        }
    };
}

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

number_or_text! {
    PartNumberMarker,
    "A page marker: an opaque string (as PDS writes it) or an unsigned integer (as the SDK models send it)"
}

/// A value PDS sends as a string or as a bare JSON number, kept as it came: `drive_id`
/// (`"1"` in one revision of the document, `1` in another) and `crc64_hash`
/// (`"3574582125365864471"`, or a bare `3574582125365864400` that a JavaScript writer
/// rounded; a CRC-64 may exceed `i64::MAX`, so a bare number is read as a `u64`).
///
/// A string decodes as [`Text`](Self::Text), borrowed, whatever it holds; a bare number
/// as [`Number`](Self::Number), and it must be an unsigned integer that fits 64 bits
/// (JSON writes an integer one way only, so its wire text is kept exactly); a fraction,
/// an exponent, a sign or a number past `u64::MAX` is an error at the value. Each
/// encodes back as it came: a number as a JSON number, a string as a string.
/// [`to_u64`](Self::to_u64) reads either as a `u64`.
///
/// ```
/// use codec_pds::NumberOrText;
///
/// let bare: NumberOrText<'_> = serde_json::from_str("18446744073709551615")?;
/// let text: NumberOrText<'_> = serde_json::from_str(r#""3574582125365864471""#)?;
/// assert_eq!(bare.to_u64().unwrap(), u64::MAX);
/// assert_eq!(text.to_u64().unwrap(), 3_574_582_125_365_864_471);
/// assert_eq!(serde_json::to_string(&bare)?, "18446744073709551615");
/// assert_eq!(serde_json::to_string(&text)?, r#""3574582125365864471""#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum NumberOrText<'a> {
    /// A bare JSON number: an unsigned integer.
    Number(u64),
    /// A JSON string, as it came.
    Text(Cow<'a, str>),
}

impl NumberOrText<'_> {
    /// The value as text: a number in decimal, a string as it is.
    pub fn as_text(&self) -> Cow<'_, str> {
        match self {
            NumberOrText::Number(number) => Cow::Owned(number.to_string()),
            NumberOrText::Text(text) => Cow::Borrowed(text),
        }
    }

    /// The value as an unsigned 64-bit integer: a number as it is, a string when it is
    /// decimal digits only that fit 64 bits; otherwise an error of kind
    /// [`InvalidValue`](codec_core::ErrorKind::InvalidValue) quoting it.
    ///
    /// ```
    /// use codec_pds::NumberOrText;
    ///
    /// assert_eq!(NumberOrText::from("42").to_u64()?, 42);
    /// assert!(NumberOrText::from("0x2a").to_u64().is_err());
    /// assert!(NumberOrText::from("18446744073709551616").to_u64().is_err());
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn to_u64(&self) -> Result<u64> {
        match self {
            NumberOrText::Number(number) => Ok(*number),
            NumberOrText::Text(text) => codec_core::number::parse_u64(text),
        }
    }

    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> NumberOrText<'static> {
        match self {
            NumberOrText::Number(number) => NumberOrText::Number(number),
            NumberOrText::Text(text) => NumberOrText::Text(Cow::Owned(text.into_owned())),
        }
    }
}

number_or_text! {
    NumberOrText,
    "A string, or an unsigned integer that fits 64 bits, kept as sent"
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

/// How a response decoder tells PDS's error body from an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ErrorBody {
    /// Only a body with none of the answer's members may be the error body (a listing
    /// page's members never come with an error).
    Alone,
    /// A body naming a string `code` is the error body, whatever else it holds: PDS's
    /// `create_file` answers a `pre_hash` match with HTTP 409 and
    /// `{"parent_file_id", "file_name", "pre_hash", "code": "PreHashMatched", "message"}`,
    /// the request's members echoed beside the code (Aliyun Drive's answer, as public
    /// notes on its API record it). No answer of the upload workflow has a `code`
    /// member (PDS's models of the created file, the upload URLs and the file object
    /// have none).
    CodeWins,
}

/// Decodes a response body as the record `R`, refusing markup first ([`refuse_xml`]).
///
/// PDS's error body in the answer's place (see [`ErrorBody`]) is an error of kind
/// [`Service`](codec_core::ErrorKind::Service) carrying that body whole
/// ([`ErrorResponse::from_error`]). A body with none of `R`'s members (or only members
/// sent as `null`, which read as absent) is no response of
/// the operation: `not_a_response` says what is missing (a `{}` or a gateway's
/// `{"message":"…"}` must not read as an answer), at the body's first byte, or, when it
/// is `None` (a lenient decoder), the body reads as the empty record.
pub(crate) fn decode_response<'a, R: JsonRecord<'a> + Default + PartialEq>(
    input: &'a [u8],
    limits: &Limits,
    error_body: ErrorBody,
    not_a_response: Option<fn() -> Error>,
) -> Result<R> {
    refuse_xml(input)?;
    let mut error_code = false;
    let (record, seen) = decode_body(input, limits, |key, json| {
        error_code |= key.eq_str("code");
        json.skip_value()
    })?;
    let may_be_error = error_code && (error_body == ErrorBody::CodeWins || !seen.any());
    // PDS's error body where a response was expected: say what PDS said, keeping it.
    if may_be_error && let Ok(error) = ErrorResponse::decode_with(input, limits) {
        return Err(Error::from_service_body(error.into_owned()).with_offset(start(input)));
    }
    // A member read as absent (`null` where PDS means absent) does not make a response:
    // its value encodes to `{}`, which would then not decode.
    if seen.any() && record != R::default() {
        return Ok(record);
    }
    match not_a_response {
        Some(not_a_response) => Err(not_a_response().with_offset(start(input))),
        None => Ok(record),
    }
}

/// The error for a request that names neither a drive nor a share: every PDS request
/// of this crate needs `drive_id` (a file in a drive) or `share_id` (a file uploaded
/// through a share link).
#[cold]
pub(crate) fn neither() -> Error {
    Error::new(
        codec_core::ErrorKind::MissingField,
        "the body needs `drive_id` (a file in a drive) or `share_id` (a file uploaded through a share)",
    )
    .with_path("drive_id")
}

/// Checks that a request names a drive or a share ([`neither`]).
pub(crate) fn drive_or_share(drive_id: Option<&str>, share_id: Option<&str>) -> Result<()> {
    if drive_id.is_none() && share_id.is_none() {
        return Err(neither());
    }
    Ok(())
}

/// Checks that a request's `part_info_list` holds at most 10,000 parts, as PDS
/// documents it.
pub(crate) fn part_count(parts: Option<&Option<Vec<crate::UploadedPart<'_>>>>) -> Result<()> {
    if let Some(Some(parts)) = parts
        && parts.len() > crate::MAX_PART_NUMBER as usize
    {
        return Err(Error::invalid_value(format!(
            "{} parts: a request names at most {} parts",
            parts.len(),
            crate::MAX_PART_NUMBER
        ))
        .with_path("part_info_list"));
    }
    Ok(())
}

/// A drive, a share or both, for the generated requests: every generated request
/// names one, so that it encodes.
#[cfg(feature = "arbitrary")]
#[allow(clippy::type_complexity)]
pub(crate) fn arbitrary_drive_or_share<'a>(
    u: &mut arbitrary::Unstructured<'a>,
) -> arbitrary::Result<(Option<Cow<'a, str>>, Option<Cow<'a, str>>)> {
    Ok(match u.int_in_range(0..=2u8)? {
        0 => (Some(u.arbitrary()?), None),
        1 => (None, Some(u.arbitrary()?)),
        _ => (Some(u.arbitrary()?), Some(u.arbitrary()?)),
    })
}
