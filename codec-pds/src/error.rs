//! `ErrorResponse`: the JSON body PDS sends for a failed request, `{code, message}`
//! (`"code": "NotFound.UploadId"`, `"InvalidParameter"`, `"AccessTokenInvalid"`, …).

use std::borrow::Cow;

use codec_core::{
    Decode, Encode, Error, Limits, Normalize, Result, ServiceBody, ServiceError, Vendor,
};

use crate::OPERATION_ERROR;
use crate::types::decode_json;

/// PDS's error body: `{"code": …, "message": …}`, with the request's id when the
/// service adds it (`request_id`, or `requestId` as Aliyun Drive writes it). Other
/// fields are skipped.
///
/// `code` is required; the other fields are optional. The error PDS's presigned
/// `upload_url` answers with comes from OSS, in XML: decoding it is an error of kind
/// [`WrongFormat`](codec_core::ErrorKind::WrongFormat) that says so (and quotes its
/// code), as is a proxy's HTML or plain-text page.
///
/// A listing response that turns out to be this body fails with an error of kind
/// [`Service`](codec_core::ErrorKind::Service) that keeps the whole body, owned:
/// [`ErrorResponse::from_error`] gives it back (`requestId` and `request_id` included),
/// and [`Error::is_retryable`] says whether to send the request again
/// ([`ErrorResponse::is_retryable`]).
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
/// assert!(!error.is_retryable());
///
/// let xml = b"<?xml version=\"1.0\"?><Error><Code>PartNotSequential</Code></Error>";
/// let error = ErrorResponse::decode(xml).unwrap_err();
/// assert_eq!(error.kind(), codec_core::ErrorKind::WrongFormat);
/// assert!(error.to_string().contains("XML, not JSON"));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(json, null_as_absent, codec(Vendor::Pds, OPERATION_ERROR))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorResponse<'a> {
    /// The error code, such as `NotFound.UploadId` or `InvalidParameter`.
    pub code: Cow<'a, str>,
    /// A sentence for people.
    pub message: Option<Cow<'a, str>>,
    /// The request's id, for Aliyun support (`request_id`).
    pub request_id: Option<Cow<'a, str>>,
    /// The request's id as Aliyun Drive spells the field (`requestId`).
    #[wire(rename = "requestId")]
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
}

/// The codes PDS documents as transient, matched as a whole code or as the family of a
/// dotted code (`TooManyRequests.User` is `TooManyRequests`).
const RETRYABLE: &[&str] =
    &["InternalError", "ServiceUnavailable", "TooManyRequests", "QpsLimitExceed"];

impl ErrorResponse<'_> {
    /// Whether PDS documents this error as transient, so that the same request may
    /// succeed later (after a pause, for throttling): `InternalError`,
    /// `ServiceUnavailable`, `TooManyRequests` and `QpsLimitExceed`, each also with a
    /// dotted suffix (`QpsLimitExceed.Api`). Anything else (`InvalidParameter`,
    /// `AccessTokenInvalid`, `ForbiddenNoPermission`, `NotFound.UploadId`, …) will come
    /// back the same: refresh the token, fix the request or give up instead.
    ///
    /// Sources:
    ///
    /// - the PDS SDK's own documentation of `list_uploaded_parts`
    ///   (aliyun/alibabacloud-pds-sdk, `pds/golang/client/client.go`, `ListUploadedPartsEx`,
    ///   commit 6a908f1) lists its errors: `InvalidParameter`, `AccessTokenInvalid`,
    ///   `ForbiddenNoPermission`, `NotFound`, `InternalError` ("failed due to some unknown
    ///   error") and `ServiceUnavailable` ("failed due to a temporary failure of the
    ///   server"); the same SDK lists `TooManyRequests` ("Too many requests") for the
    ///   operations PDS throttles;
    /// - the same client retries (when `autoretry` is on) exactly the errors whose HTTP
    ///   status is 500 or more (`tea.Retryable`, alibabacloud-go/tea `tea/tea.go`): the
    ///   two server codes above, never a 4xx code;
    /// - Alibaba Cloud's common server-error table gives `InternalError` HTTP 500 and
    ///   `ServiceUnavailable` HTTP 503, "a temporary failure of the server"
    ///   (<https://www.alibabacloud.com/help/doc-detail/25686.htm>); PDS's error-handling
    ///   page documents the `{Code, Message, RequestId}` body and the gateway's
    ///   header-only errors
    ///   (<https://www.alibabacloud.com/help/en/pds/drive-and-photo-service-dev/developer-reference/troubleshooting>);
    /// - throttling: Aliyun Drive (a PDS deployment) answers HTTP 429 with a JSON body
    ///   and an `x-retry-after` header telling how many milliseconds to wait
    ///   (tickstep/aliyunpan-api `aliyunpan_open/openapi/ali_api_error.go` keeps it);
    ///   `QpsLimitExceed.Api` is the code of that answer seen from Aliyun Drive (this
    ///   repository's `shared/real-world/README.md`, PDS error codes seen).
    ///
    /// PDS's gateway errors (`x-ca-error-code: D504TO`, a timeout) come in headers with
    /// no JSON body, so they never reach this type; where the HTTP status is known, a
    /// 5xx or 429 answer is worth a retry whatever its body says
    /// ([`Error::is_retryable`] treats a proxy's page as transient).
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_pds::ErrorResponse;
    ///
    /// let busy = ErrorResponse::decode(br#"{"code":"TooManyRequests","message":"slow down"}"#)?;
    /// assert!(busy.is_retryable());
    /// let gone = ErrorResponse::decode(br#"{"code":"NotFound.UploadId","message":"gone"}"#)?;
    /// assert!(!gone.is_retryable());
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn is_retryable(&self) -> bool {
        let family = self.code.split_once('.').map_or(&*self.code, |(family, _)| family);
        RETRYABLE.contains(&family)
    }
}

impl ErrorResponse<'static> {
    /// The PDS error body an error of kind [`Service`](codec_core::ErrorKind::Service)
    /// carries, whole: what a listing response's decoder (or
    /// [`list_all`](codec_core::listing::list_all)) met instead of a page. `None` for
    /// any other error.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_pds::{ErrorResponse, ListUploadedPartsResponse};
    ///
    /// let body = br#"{"code":"ServiceUnavailable","message":"try later","requestId":"0a0080e2"}"#;
    /// let error = ListUploadedPartsResponse::decode(body).unwrap_err();
    /// assert!(error.is_retryable());
    /// let pds = ErrorResponse::from_error(&error).expect("PDS's error body");
    /// assert_eq!(pds.request_id_camel.as_deref(), Some("0a0080e2"));
    /// ```
    pub fn from_error(error: &Error) -> Option<&ErrorResponse<'static>> {
        error.service_body::<ErrorResponse<'static>>()
    }
}

/// The body in the vendor-neutral model, and whether PDS documents its code as
/// transient ([`ErrorResponse::is_retryable`]).
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
        decode_json(input, limits)
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
