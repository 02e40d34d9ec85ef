//! `ErrorResponse`: the JSON body QingStor sends for a failed request,
//! `{"code", "message", "request_id", "url"}`, and [`ErrorCode`], its code.

use std::borrow::Cow;

use codec_core::{Decode, Encode, Limits, Normalize, Result, ServiceBody, ServiceError, Vendor};

use crate::OPERATION_ERROR;

codec_core::wire_string! {
    /// A QingStor error code, such as `upload_not_exists`. Unknown codes are kept as
    /// sent; compare with the constants through `==` (exact) or
    /// [`is`](Self::is) (ignoring ASCII case), no string comparison needed.
    ///
    /// The List Multipart document names one code, `upload_not_exists`, and refers to
    /// QingStor's error-code table ("错误信息", `object-storage/api/error_code`), which
    /// lists the others; the constants here are that table's codes an SDK acts on, and
    /// `bad_request`, the code of the error example QingStor publishes.
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
    /// `internal_error`: an internal error of QingStor (HTTP 500); the table says to
    /// retry later.
    INTERNAL_ERROR = "internal_error";
    /// `service_unavailable`: QingStor is unavailable for the moment (HTTP 503); the
    /// table says to retry later.
    SERVICE_UNAVAILABLE = "service_unavailable";
    /// `upstream_failed`: the source of a Fetch or of an external mirror could not be
    /// reached or failed (HTTP 503).
    UPSTREAM_FAILED = "upstream_failed";
    /// `fetch_throttled`: QingStor is handling too many fetches (HTTP 429).
    FETCH_THROTTLED = "fetch_throttled";
    /// `max_requests_exceeded`: too many bucket creations and deletions in a short time
    /// (HTTP 400).
    MAX_REQUESTS_EXCEEDED = "max_requests_exceeded";
    /// `permission_denied`: the credentials may not do this (HTTP 403).
    PERMISSION_DENIED = "permission_denied";
    /// `invalid_argument`: a parameter has a value QingStor refuses (HTTP 400).
    INVALID_ARGUMENT = "invalid_argument";
}

/// The codes [`ErrorResponse::is_retryable`] says to retry.
const RETRYABLE: [ErrorCode<'static>; 5] = [
    ErrorCode::INTERNAL_ERROR,
    ErrorCode::SERVICE_UNAVAILABLE,
    ErrorCode::UPSTREAM_FAILED,
    ErrorCode::FETCH_THROTTLED,
    ErrorCode::MAX_REQUESTS_EXCEEDED,
];

/// QingStor's error body: `{"code": …, "message": …, "request_id": …, "url": …}`.
///
/// `code` is required; the other fields are optional and absent stays absent. Decoding
/// is the same strict, borrowing JSON reader as the listing's: unknown fields are
/// skipped, duplicates and wrong types are errors, `null` is a wrong type.
///
/// A listing decoder that meets this body fails with an error of kind
/// [`Service`](codec_core::ErrorKind::Service) that keeps the whole body, `url`
/// included: [`ErrorResponse::from_error`] gives it back.
///
/// ```
/// use codec_core::{Decode, Normalize};
/// use codec_qingstor::{ErrorCode, ErrorResponse};
///
/// let body = br#"{"code":"upload_not_exists","message":"Upload does not exist","request_id":"aa08cf7a43f611e5"}"#;
/// let error = ErrorResponse::decode(body)?;
/// assert_eq!(error.code, ErrorCode::UPLOAD_NOT_EXISTS);
/// assert_eq!(error.normalize()?.request_id.as_deref(), Some("aa08cf7a43f611e5"));
/// assert!(!error.is_retryable());
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

    /// Whether the same request may succeed if sent again: `true` for the codes
    /// QingStor documents as transient, compared exactly (QingStor writes its codes in
    /// lower case):
    ///
    /// - `internal_error` (HTTP 500) and `service_unavailable` (HTTP 503), which the
    ///   table says to retry later ("请稍后重试");
    /// - `upstream_failed` (HTTP 503: a Fetch's or a mirror's source failed or could not
    ///   be reached);
    /// - `fetch_throttled` (HTTP 429) and `max_requests_exceeded` (HTTP 400, but a rate
    ///   limit: too many bucket creations and deletions), the throttling codes.
    ///
    /// Every other code (`upload_not_exists`, `permission_denied`, `invalid_argument`,
    /// signature and account errors, …) is `false`: the same request gets the same
    /// answer. QingStor has no timeout code.
    ///
    /// Sources: QingStor's error-code table, "错误信息"
    /// (<https://docsv3em.qingcloud.com/storage/object-storage/api/error_code>, updated
    /// 2023-09-06; the same table in yunify/qingcloud-docs,
    /// `content/storage/object-storage/api/error_code.md` at commit 3c4de5e); the
    /// official Python SDK (qingstor/qingstor-sdk-python,
    /// `qingstor/sdk/service/qingstor.py`), whose only retry is urllib3's on HTTP 500,
    /// 502, 503 and 504, which the 500 and 503 codes above are; the Go, Java and
    /// JavaScript SDKs (qingstor-sdk-go, -java, -js) retry on no status and no code.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_qingstor::ErrorResponse;
    /// assert!(ErrorResponse::decode(br#"{"code":"service_unavailable"}"#)?.is_retryable());
    /// assert!(!ErrorResponse::decode(br#"{"code":"upload_not_exists"}"#)?.is_retryable());
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn is_retryable(&self) -> bool {
        RETRYABLE.contains(&self.code)
    }
}

impl ErrorResponse<'static> {
    /// The whole error body an error of kind [`Service`](codec_core::ErrorKind::Service)
    /// from this crate carries (its `url` too), or `None` for any other error.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_qingstor::{ErrorResponse, ListMultipartResponse};
    ///
    /// let body = br#"{"code":"upload_not_exists","url":"http://docs.qingcloud.com/qingstor/api/error_code.html"}"#;
    /// let error = ListMultipartResponse::decode(body).unwrap_err();
    /// let qingstor = ErrorResponse::from_error(&error).unwrap();
    /// assert_eq!(qingstor.url.as_deref(), Some("http://docs.qingcloud.com/qingstor/api/error_code.html"));
    /// ```
    pub fn from_error(error: &codec_core::Error) -> Option<&ErrorResponse<'static>> {
        error.service_body::<ErrorResponse<'static>>()
    }
}

/// What [`Error::from_service_body`](codec_core::Error::from_service_body) needs: the
/// vendor-neutral model and [`ErrorResponse::is_retryable`].
impl ServiceBody for ErrorResponse<'static> {
    fn service_error(&self) -> ServiceError<'_> {
        self.to_service_error()
    }

    fn is_retryable(&self) -> bool {
        ErrorResponse::is_retryable(self)
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

/// The error for a body that is QingStor's error body where a result was expected (a
/// `code`, and none of the members that prove a result): an error of kind
/// [`Service`](codec_core::ErrorKind::Service) carrying the whole body, at the body's
/// start. `None` when `input` is not QingStor's error body after all.
pub(crate) fn in_place_of_a_result(input: &[u8], limits: &Limits) -> Option<codec_core::Error> {
    let error = ErrorResponse::decode_with(input, limits).ok()?;
    Some(
        codec_core::Error::from_service_body(error.into_owned())
            .with_offset(codec_core::sniff::start(input)),
    )
}
