//! `ErrorResponse`: the JSON body PDS sends for a failed request, `{code, message}`
//! (`"code": "NotFound.UploadId"`, `"InvalidParameter"`, `"AccessTokenInvalid"`, …).

use std::borrow::Cow;

use codec_core::field::{owned, owned_opt};
use codec_core::json::{JsonReader, JsonWriter};
use codec_core::{Decode, Encode, Error, Limits, Normalize, Result, ServiceError, Vendor};
use serde::{Deserialize, Serialize};

use crate::OPERATION_ERROR;
use crate::types::{Seen, opt_str, refuse_xml};

/// PDS's error body: `{"code": …, "message": …}`, with the request's id when the
/// service adds it (`request_id`, or `requestId` as Aliyun Drive writes it). Other
/// fields are skipped.
///
/// `code` is required; the other fields are optional. The error PDS's presigned
/// `upload_url` answers with comes from OSS, in XML: decoding it is a syntax error that
/// says so.
///
/// ```
/// use codec_core::{Decode, Normalize};
/// use codec_pds::ErrorResponse;
///
/// let body = br#"{"code":"NotFound.UploadId","message":"upload gone","requestId":"0a0080e2"}"#;
/// let error = ErrorResponse::decode(body)?;
/// assert_eq!(error.code, "NotFound.UploadId");
/// assert_eq!(error.normalize()?.request_id.as_deref(), Some("0a0080e2"));
///
/// let xml = b"<?xml version=\"1.0\"?><Error><Code>PartNotSequential</Code></Error>";
/// let error = ErrorResponse::decode(xml).unwrap_err();
/// assert!(error.to_string().contains("XML, not JSON"));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct ErrorResponse<'a> {
    /// The error code, such as `NotFound.UploadId` or `InvalidParameter`.
    #[serde(borrow)]
    pub code: Cow<'a, str>,
    /// A sentence for people.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub message: Option<Cow<'a, str>>,
    /// The request's id, for Aliyun support (`request_id`).
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub request_id: Option<Cow<'a, str>>,
    /// The request's id as Aliyun Drive spells the field (`requestId`).
    #[serde(rename = "requestId", borrow, default, skip_serializing_if = "Option::is_none")]
    pub request_id_camel: Option<Cow<'a, str>>,
}

impl ErrorResponse<'_> {
    /// The error in the vendor-neutral model; the request id is `request_id`, or
    /// `requestId` when only that is present.
    pub fn to_service_error(&self) -> ServiceError<'_> {
        ServiceError {
            vendor: Vendor::Pds,
            code: Cow::Borrowed(&self.code),
            message: self.message.as_deref().map(Cow::Borrowed),
            request_id: self
                .request_id
                .as_deref()
                .or(self.request_id_camel.as_deref())
                .map(Cow::Borrowed),
        }
    }

    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> ErrorResponse<'static> {
        ErrorResponse {
            code: owned(self.code),
            message: owned_opt(self.message),
            request_id: owned_opt(self.request_id),
            request_id_camel: owned_opt(self.request_id_camel),
        }
    }
}

impl codec_core::Codec for ErrorResponse<'_> {
    const VENDOR: Vendor = Vendor::Pds;
    const OPERATION: &'static str = OPERATION_ERROR;
}

impl<'a> Decode<'a> for ErrorResponse<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode(input, limits)
    }
}

fn decode<'a>(input: &'a [u8], limits: &Limits) -> Result<ErrorResponse<'a>> {
    refuse_xml(input)?;
    let mut json = JsonReader::new(input, limits)?;
    let start = json.offset();
    let mut seen = Seen::default();
    let mut code = None;
    let mut error = ErrorResponse::default();
    json.begin_object()?;
    while let Some(key) = json.next_key()? {
        let (bit, name, slot) = match key.value().as_ref() {
            "code" => (0, "code", &mut code),
            "message" => (1, "message", &mut error.message),
            "request_id" => (2, "request_id", &mut error.request_id),
            "requestId" => (3, "requestId", &mut error.request_id_camel),
            _ => {
                json.skip_value()?;
                continue;
            }
        };
        seen.once(bit, &key, name)?;
        *slot = opt_str(&mut json).map_err(|e| e.within(name))?;
    }
    json.finish()?;
    error.code = code.ok_or_else(|| Error::missing_field("code").with_offset(start))?;
    Ok(error)
}

impl Encode for ErrorResponse<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        let text = |value: &Option<Cow<'_, str>>| value.as_ref().map_or(0, |v| v.len() + 16);
        out.reserve(
            16 + self.code.len()
                + text(&self.message)
                + text(&self.request_id)
                + text(&self.request_id_camel),
        );
        let mut json = JsonWriter::new(out);
        json.begin_object();
        json.raw_key("code");
        json.str(&self.code);
        for (name, value) in [
            ("message", &self.message),
            ("request_id", &self.request_id),
            ("requestId", &self.request_id_camel),
        ] {
            if let Some(value) = value {
                json.raw_key(name);
                json.str(value);
            }
        }
        json.end_object();
        Ok(())
    }
}

impl Normalize for ErrorResponse<'_> {
    type Model<'m>
        = ServiceError<'m>
    where
        Self: 'm;

    fn normalize_inner(&self) -> Result<ServiceError<'_>> {
        Ok(self.to_service_error())
    }
}
