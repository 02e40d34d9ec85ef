//! `ErrorResponse`: the JSON body QingStor sends for a failed request,
//! `{"code", "message", "request_id", "url"}`, and [`ErrorCode`], its code.

use std::borrow::Cow;

use codec_core::{Decode, Encode, Limits, Normalize, Result, ServiceError, Vendor};

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
#[codec_core::wire(json, codec(Vendor::Qingstor, OPERATION_ERROR))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorResponse<'a> {
    /// `code`: the error code, such as `upload_not_exists`.
    pub code: ErrorCode<'a>,
    /// `message`: a sentence for people.
    pub message: Option<Cow<'a, str>>,
    /// `request_id`: the failed request's id, for QingStor support.
    pub request_id: Option<Cow<'a, str>>,
    /// `url`: where QingStor documents the error code.
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
}

impl<'a> Decode<'a> for ErrorResponse<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        codec_core::wire::json::decode_body(input, limits, codec_core::wire::json::skip_member)
            .map(|(error, _)| error)
    }
}

impl Encode for ErrorResponse<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        codec_core::wire::json::encode_body(self, out)
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
