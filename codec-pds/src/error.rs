//! `ErrorResponse`: the JSON body PDS sends for a failed request, `{code, message}`
//! (`"code": "NotFound.UploadId"`, `"InvalidParameter"`, `"AccessTokenInvalid"`, …).

use std::borrow::Cow;

use codec_core::{Decode, Encode, Limits, Normalize, Result, ServiceError, Vendor};

use crate::OPERATION_ERROR;
use crate::types::decode_json;

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
