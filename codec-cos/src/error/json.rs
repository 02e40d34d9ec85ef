//! The JSON form of COS's error body, `{"code": …, "message": …, "request_id": …}`,
//! whose `code` is a string or an integer.

use std::borrow::Cow;
use std::fmt;

use codec_core::{Error, ErrorKind, Limits, Result};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{ErrorFormat, ErrorResponse};

/// The JSON form, field names as COS writes them.
#[derive(Serialize, Deserialize)]
struct JsonForm<'a> {
    #[serde(borrow)]
    code: JsonCode<'a>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    message: Option<Cow<'a, str>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    resource: Option<Cow<'a, str>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    request_id: Option<Cow<'a, str>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    trace_id: Option<Cow<'a, str>>,
}

/// A JSON `code`: text (`"NoSuchUpload"`), or an integer (`-5964`, COS's older JSON
/// API, which the Go SDK reads into an `int`).
enum JsonCode<'a> {
    Text(Cow<'a, str>),
    Signed(i64),
    Unsigned(u64),
}

impl<'a> JsonCode<'a> {
    /// The code as `ErrorResponse::code` keeps it, and the form it came in.
    fn into_parts(self) -> (Cow<'a, str>, ErrorFormat) {
        match self {
            JsonCode::Text(text) => (text, ErrorFormat::Json),
            JsonCode::Signed(number) => {
                (Cow::Owned(number.to_string()), ErrorFormat::JsonNumericCode)
            }
            JsonCode::Unsigned(number) => {
                (Cow::Owned(number.to_string()), ErrorFormat::JsonNumericCode)
            }
        }
    }

    /// `text` as an integer code, when it is the decimal text decoding gives one: an
    /// `i64` or `u64` written without a sign (or with `-`) and without leading zeros.
    fn integer(text: &str) -> Option<JsonCode<'static>> {
        if let Ok(number) = text.parse::<u64>() {
            return (number.to_string() == text).then_some(JsonCode::Unsigned(number));
        }
        let number = text.parse::<i64>().ok()?;
        (number.to_string() == text).then_some(JsonCode::Signed(number))
    }
}

impl Serialize for JsonCode<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            JsonCode::Text(text) => serializer.serialize_str(text),
            JsonCode::Signed(number) => serializer.serialize_i64(*number),
            JsonCode::Unsigned(number) => serializer.serialize_u64(*number),
        }
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for JsonCode<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct CodeVisitor;

        impl<'de> Visitor<'de> for CodeVisitor {
            type Value = JsonCode<'de>;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string or an integer")
            }

            fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<Self::Value, E> {
                Ok(JsonCode::Text(Cow::Borrowed(text)))
            }

            fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
                Ok(JsonCode::Text(Cow::Owned(text.to_owned())))
            }

            fn visit_string<E: de::Error>(self, text: String) -> Result<Self::Value, E> {
                Ok(JsonCode::Text(Cow::Owned(text)))
            }

            fn visit_i64<E: de::Error>(self, number: i64) -> Result<Self::Value, E> {
                Ok(JsonCode::Signed(number))
            }

            fn visit_u64<E: de::Error>(self, number: u64) -> Result<Self::Value, E> {
                Ok(JsonCode::Unsigned(number))
            }
        }

        deserializer.deserialize_any(CodeVisitor)
    }
}

impl<'a> ErrorResponse<'a> {
    /// Decodes the JSON form.
    pub(crate) fn decode_json(input: &'a [u8], limits: &Limits) -> Result<Self> {
        let json: JsonForm<'a> = codec_core::json::from_slice(input, limits)?;
        let (code, format) = json.code.into_parts();
        Ok(ErrorResponse {
            code,
            message: json.message,
            resource: json.resource,
            request_id: json.request_id,
            trace_id: json.trace_id,
            format,
        })
    }
}

/// Writes `error` in the JSON form; with [`ErrorFormat::JsonNumericCode`], `code` must be
/// an integer's decimal text.
pub(super) fn encode(error: &ErrorResponse<'_>, out: &mut Vec<u8>) -> Result<()> {
    let code = match error.format {
        ErrorFormat::JsonNumericCode => JsonCode::integer(&error.code).ok_or_else(|| {
            Error::new(
                ErrorKind::Unencodable,
                format!(
                    "the JSON form with a numeric code needs an integer, not {}",
                    codec_core::number::excerpt(&error.code)
                ),
            )
            .with_path("code")
        })?,
        _ => JsonCode::Text(Cow::Borrowed(&error.code)),
    };
    let json = JsonForm {
        code,
        message: error.message.as_deref().map(Cow::Borrowed),
        resource: error.resource.as_deref().map(Cow::Borrowed),
        request_id: error.request_id.as_deref().map(Cow::Borrowed),
        trace_id: error.trace_id.as_deref().map(Cow::Borrowed),
    };
    serde_json::to_writer(out, &json).map_err(|e| Error::new(ErrorKind::Unencodable, e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integer_codes_are_the_text_decoding_gives() {
        for (text, integer) in [("-5964", true), ("0", true), ("18446744073709551615", true)] {
            assert_eq!(JsonCode::integer(text).is_some(), integer, "{text}");
        }
        for text in ["", "-0", "+1", "007", " 1", "1.0", "x", "18446744073709551616", "-"] {
            assert!(JsonCode::integer(text).is_none(), "{text}");
        }
    }
}
