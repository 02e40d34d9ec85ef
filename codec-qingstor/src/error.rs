//! `ErrorResponse`: the JSON body QingStor sends for a failed request,
//! `{"code", "message", "request_id", "url"}`, and [`ErrorCode`], its code.

use std::borrow::Cow;

use codec_core::field::owned_opt;
use codec_core::json::{self, JsonReader, JsonWriter};
use codec_core::{Decode, Encode, Error, Limits, Normalize, Result, ServiceError, Vendor};
use serde::{Deserialize, Serialize};

use crate::OPERATION_ERROR;

codec_core::wire_string! {
    /// A QingStor error code, such as `upload_not_exists`. Unknown codes are kept as
    /// sent; compare with the constants through `==` (exact) or
    /// [`is`](Self::is) (ignoring ASCII case), no string comparison needed.
    ///
    /// The List Multipart document names one code, `upload_not_exists`, and refers to
    /// QingStor's error-code table without printing it; `bad_request` is the code of
    /// the error example QingStor publishes.
    ///
    /// The code says what went wrong, not which HTTP status came with it: the document
    /// gives `upload_not_exists` as 404 on the operation's page and as 400 in the error
    /// table, so nothing here ties a code to a status.
    ///
    /// ```
    /// use codec_qingstor::ErrorCode;
    /// assert_eq!(ErrorCode::from("upload_not_exists"), ErrorCode::UPLOAD_NOT_EXISTS);
    /// assert!(ErrorCode::from("UPLOAD_NOT_EXISTS").is(&ErrorCode::UPLOAD_NOT_EXISTS));
    /// assert_eq!(ErrorCode::from("quota_exceeded").as_str(), "quota_exceeded");
    /// ```
    pub struct ErrorCode;
    /// `upload_not_exists`: no multipart upload has this `upload_id` (documented with
    /// HTTP 404 on the List Multipart page, 400 in the error table).
    UPLOAD_NOT_EXISTS = "upload_not_exists";
    /// `bad_request`: invalid argument(s) or argument value(s) (the code of the error
    /// example QingStor publishes; not in its own code table).
    BAD_REQUEST = "bad_request";
}

/// QingStor's error body: `{"code": …, "message": …, "request_id": …, "url": …}`.
///
/// `code` is required; the other fields are optional and absent stays absent. Decoding
/// is the same strict, borrowing JSON reader as the listing's: unknown fields are
/// skipped, duplicates and wrong types are errors, `null` is a wrong type.
///
/// ```
/// use codec_core::{Decode, Normalize};
/// use codec_qingstor::{ErrorCode, ErrorResponse};
///
/// let body = br#"{"code":"upload_not_exists","message":"Upload does not exist","request_id":"aa08cf7a43f611e5"}"#;
/// let error = ErrorResponse::decode(body)?;
/// assert_eq!(error.code, ErrorCode::UPLOAD_NOT_EXISTS);
/// assert_eq!(error.normalize()?.request_id.as_deref(), Some("aa08cf7a43f611e5"));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct ErrorResponse<'a> {
    /// `code`: the error code, such as `upload_not_exists`.
    #[serde(borrow)]
    pub code: ErrorCode<'a>,
    /// `message`: a sentence for people.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub message: Option<Cow<'a, str>>,
    /// `request_id`: the failed request's id, for QingStor support.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub request_id: Option<Cow<'a, str>>,
    /// `url`: where QingStor documents the error code.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub url: Option<Cow<'a, str>>,
}

impl ErrorResponse<'_> {
    /// The error in the vendor-neutral model.
    pub fn to_service_error(&self) -> ServiceError<'_> {
        ServiceError {
            vendor: Vendor::Qingstor,
            code: Cow::Borrowed(self.code.as_str()),
            message: self.message.as_deref().map(Cow::Borrowed),
            request_id: self.request_id.as_deref().map(Cow::Borrowed),
        }
    }

    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> ErrorResponse<'static> {
        ErrorResponse {
            code: self.code.into_owned(),
            message: owned_opt(self.message),
            request_id: owned_opt(self.request_id),
            url: owned_opt(self.url),
        }
    }
}

impl codec_core::Codec for ErrorResponse<'_> {
    const VENDOR: Vendor = Vendor::Qingstor;
    const OPERATION: &'static str = OPERATION_ERROR;
}

impl<'a> Decode<'a> for ErrorResponse<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode(input, limits)
    }
}

fn decode<'a>(input: &'a [u8], limits: &Limits) -> Result<ErrorResponse<'a>> {
    let mut json = JsonReader::new(input, limits)?;
    let start = json.offset();
    json.begin_object()?;
    let mut code = None;
    let mut message = None;
    let mut request_id = None;
    let mut url = None;
    while let Some(key) = json.next_key()? {
        let name = key.value();
        let slot = match name.as_ref() {
            "code" => &mut code,
            "message" => &mut message,
            "request_id" => &mut request_id,
            "url" => &mut url,
            other => {
                json.skip_value().map_err(|e| json::at_member(e, &key, other))?;
                continue;
            }
        };
        let value = json.str().map_err(|e| e.with_path(name.as_ref()))?.value();
        json::set_once(slot, value, &key, &name)?;
    }
    json.finish()?;
    let code = code.ok_or_else(|| Error::missing_field("code").with_offset(start))?;
    Ok(ErrorResponse { code: ErrorCode(code), message, request_id, url })
}

impl Encode for ErrorResponse<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        let strings = [
            Some(self.code.as_str()),
            self.message.as_deref(),
            self.request_id.as_deref(),
            self.url.as_deref(),
        ];
        out.reserve(64 + strings.iter().flatten().map(|text| text.len()).sum::<usize>());
        let mut json = JsonWriter::new(out);
        json.begin_object();
        json.key("code");
        json.str(self.code.as_str());
        let optional =
            [("message", &self.message), ("request_id", &self.request_id), ("url", &self.url)];
        for (name, value) in optional {
            if let Some(value) = value {
                json.key(name);
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
