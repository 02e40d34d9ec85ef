//! `ErrorResponse`: the body UFile sends when a request fails, for every operation:
//! `{"RetCode": -30010, "ErrMsg": "bucket not exist"}`, a non-zero (usually negative)
//! `RetCode`, sometimes with `Message` and `Action` beside it.
//!
//! UFile's documents misspell the content type of these bodies (`applicaton/json`),
//! so tell an error apart by the HTTP status and the body, never by the content type:
//! the success decoders of this crate do it for you, answering
//! [`ErrorKind::Service`](codec_core::ErrorKind::Service) for a body whose `RetCode`
//! is not 0. That error keeps the whole body: [`ErrorResponse::from_error`] gives it
//! back (with `Action`), and [`Error::is_retryable`](codec_core::Error::is_retryable)
//! answers from [`ErrorResponse::is_retryable`].

use std::borrow::Cow;

use codec_core::{Error, Normalize, Result, ServiceBody, ServiceError, Vendor};

use crate::OPERATION_ERROR;
use crate::body;

/// UFile's error body: `RetCode` (required) and the optional `ErrMsg`, `Message` and
/// `Action`; other members are skipped.
///
/// A body with `RetCode` 0 decodes too (it is a success, see
/// [`is_error`](Self::is_error)): the type describes the shape, the caller decides.
///
/// ```
/// use codec_core::{Decode, Normalize};
/// use codec_ufile::ErrorResponse;
///
/// let error = ErrorResponse::decode(br#"{"RetCode": -30010, "ErrMsg": "bucket not exist"}"#)?;
/// assert!(error.is_error());
/// assert!(!error.is_retryable());
/// let model = error.normalize()?;
/// assert_eq!((model.code.as_ref(), model.message.as_deref()), ("-30010", Some("bucket not exist")));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(json, codec(Vendor::Ufile, OPERATION_ERROR))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorResponse<'a> {
    /// The return code: 0 for success, anything else (such as `-30010`) an error.
    #[wire(rename = "RetCode")]
    pub ret_code: i64,
    /// UFile's error text.
    #[wire(rename = "ErrMsg")]
    pub err_msg: Option<Cow<'a, str>>,
    /// A longer description, which some UFile endpoints send beside `ErrMsg`.
    #[wire(rename = "Message")]
    pub message: Option<Cow<'a, str>>,
    /// The API action name, which some UFile endpoints echo.
    #[wire(rename = "Action")]
    pub action: Option<Cow<'a, str>>,
}

/// The `RetCode`s UCloud documents as transient; see [`ErrorResponse::is_retryable`].
const RETRYABLE: &[i64] = &[
    // UCloud API, common codes.
    110, // API response timeout (60 seconds)
    130, // API gateway or authentication service failure
    150, // service unavailable, "please retry later"
    153, // request throttled
    // US3 (UFile) codes.
    15004, // service unavailable, "please retry later"
    15005, // operation failed, "please retry later"
    15006, // operation failed, "please retry later"
    15007, // operation failed, "please retry later"
    15012, // internal error
    15013, // internal error
    15015, // internal error
    15016, // internal error
    15020, // internal error
    15021, // internal error
    15022, // internal error
    15027, // timed out, "please retry later"
];

impl ErrorResponse<'_> {
    /// Whether the body reports a failure: `RetCode` is not 0.
    pub fn is_error(&self) -> bool {
        self.ret_code != 0
    }

    /// Whether UCloud documents this `RetCode` as transient, so that the same request
    /// may succeed when sent again: a timeout, throttling, an unavailable service or an
    /// internal error. Every other code (and 0) is `false`, unknown codes included.
    ///
    /// The codes, from UCloud's published tables:
    ///
    /// - the UCloud API's common codes, which UFile's API documents share (their
    ///   response is the common `RetCode`/`Action`/`Message` one):
    ///   <https://docs.ucloud.cn/api/summary/public>, "错误码说明" (source:
    ///   `UCloudDoc-Team/api`, `summary/public.md`, commit 08261bb2, 2023-06-20):
    ///   `110` API response timeout (60 s), `130` API gateway or authentication service
    ///   failure, `150` service unavailable ("请稍后重试", retry later), `153` request
    ///   throttled. `160`–`299` (missing action, bad signature, unknown user or
    ///   project, denied IP, IAM) are the caller's to fix;
    /// - the US3 (UFile) table: <https://docs.ucloud.cn/api/ufile-api/error_code>
    ///   ("US3 错误码列表", `ufile-api/error_code.md`, commit 2047485b, 2024-01-18):
    ///   `15004` service unavailable and `15005`–`15007` operation failed, each
    ///   "请稍后重试" (retry later); `15027` a timeout ("创建加速超时，请稍后重试");
    ///   the internal errors `15012`, `15013`, `15015`, `15016`, `15020`–`15022`
    ///   (the table adds "contact support" for when one persists). `15014` (a bucket
    ///   younger than 20 minutes cannot be deleted) also says "retry later", but
    ///   it is a wait of minutes, not a transient failure, and it is `false`;
    /// - the negative codes of UFile's object API that its documents print (`-30010`
    ///   bucket not exist, `-148660` switch class not allowed, `-148671` file has not
    ///   been restored) are the request's or the object's state: `false`.
    ///
    /// UFile's own SDKs retry transport failures rather than codes: ufile-sdk-python
    /// retries only a request that got no response (`need_retry`,
    /// `ufile/httprequest.py`, commit 4bfa7d7), ufile-gosdk does not retry at all
    /// (`request.go`, commit 1a1e551), and UCloud's API SDK, ucloud-sdk-go, retries
    /// the HTTP statuses 429, 502, 503 and 504 and any `RetCode` from 2000 up
    /// (`ucloud/error/server_error.go`, commit b9aa6c1) — a rule that would retry
    /// "bucket not found" (`15010`), so this crate follows the published tables
    /// instead. The HTTP status, where you have it, has the last word.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_ufile::ErrorResponse;
    ///
    /// assert!(ErrorResponse::decode(br#"{"RetCode":153,"Message":"throttled"}"#)?.is_retryable());
    /// assert!(!ErrorResponse::decode(br#"{"RetCode":-30010}"#)?.is_retryable());
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn is_retryable(&self) -> bool {
        RETRYABLE.contains(&self.ret_code)
    }

    /// The error in the vendor-neutral model: the code is `RetCode` as text; the message
    /// is `ErrMsg`, or `Message` when `ErrMsg` is absent or empty (`null` when both are).
    pub fn to_service_error(&self) -> ServiceError<'_> {
        service_error(self.ret_code, self.err_msg.as_deref(), self.message.as_deref())
    }
}

impl ErrorResponse<'static> {
    /// The whole error body an error of kind
    /// [`Service`](codec_core::ErrorKind::Service) from this crate carries (`Action`
    /// and `Message` included), or `None` for any other error.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_ufile::{ErrorResponse, GetMultiUploadPartResponse};
    ///
    /// let body = br#"{"Action":"GetMultiUploadPartResponse","RetCode":-30011,"Message":"upload id not exist"}"#;
    /// let error = GetMultiUploadPartResponse::decode(body).unwrap_err();
    /// let sent = ErrorResponse::from_error(&error).unwrap();
    /// assert_eq!(sent.action.as_deref(), Some("GetMultiUploadPartResponse"));
    /// assert_eq!(sent.ret_code, -30011);
    /// ```
    pub fn from_error(error: &Error) -> Option<&ErrorResponse<'static>> {
        error.service_body::<ErrorResponse<'static>>()
    }
}

/// The body an error of kind `Service` keeps: the model and the retry rule above.
impl ServiceBody for ErrorResponse<'static> {
    fn service_error(&self) -> ServiceError<'_> {
        self.to_service_error()
    }

    fn is_retryable(&self) -> bool {
        ErrorResponse::is_retryable(self)
    }
}

/// The vendor-neutral error of a `RetCode` and its texts.
pub(crate) fn service_error<'m>(
    ret_code: i64,
    err_msg: Option<&'m str>,
    message: Option<&'m str>,
) -> ServiceError<'m> {
    let text = [err_msg, message].into_iter().flatten().find(|text| !text.is_empty());
    ServiceError {
        vendor: Vendor::Ufile,
        code: Cow::Owned(ret_code.to_string()),
        message: text.map(Cow::Borrowed),
        request_id: None,
    }
}

codec!(ErrorResponse, body::decode_as_sent);

impl Normalize for ErrorResponse<'_> {
    type Model<'m>
        = ServiceError<'m>
    where
        Self: 'm;

    fn normalize_inner(&self) -> Result<ServiceError<'_>> {
        Ok(self.to_service_error())
    }
}
