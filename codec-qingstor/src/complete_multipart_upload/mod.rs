//! Complete Multipart Upload: the request that makes the object from its parts.
//!
//! The request is a TARGET+BODY request: `POST /<object-name>?upload_id=…` and a JSON
//! body.
//!
//! - [`CompleteMultipartUploadRequest`]: the target, to and from its text;
//! - [`CompleteMultipartUpload`]: the body, `{"object_parts": [...]}` with one
//!   [`ObjectPart`] per part, ascending; built from parts
//!   ([`from_parts`](CompleteMultipartUpload::from_parts)) or from a
//!   [`PartCollector`](codec_core::collect::PartCollector)
//!   ([`from_collected`](CompleteMultipartUpload::from_collected)); target and body
//!   together normalize to [`CompleteRequest`](codec_core::CompleteRequest)
//!   ([`normalize_request`]).
//!
//! # The response has no body
//!
//! QingStor answers a Complete request that succeeded with `201 Created` and an empty
//! body (`Content-Length: 0`; its document "Complete Multipart Upload": "正常情况下没有
//! 响应消息体"): there is nothing to decode, so this crate has no response type, and
//! the `codec` command has nothing to decode for it either. A request that failed is
//! answered with QingStor's error body, [`ErrorResponse`](crate::ErrorResponse).
//! [`check_response`] says which of the two a response body is.
//!
//! ```
//! use codec_core::{Decode, Encode};
//! use codec_qingstor::complete_multipart_upload::normalize_request;
//! use codec_qingstor::{CompleteMultipartUpload, CompleteMultipartUploadRequest, ObjectPart};
//!
//! // The request: target and body.
//! let target = CompleteMultipartUploadRequest::new("4d26b37a469230619604ecdc0e314782")
//!     .with_key("large-object");
//! let body = CompleteMultipartUpload::new(vec![
//!     ObjectPart::new(0, "c837682353601f7fc0a2ccb6bc8f4654"),
//!     ObjectPart::without_etag(2),
//! ]);
//! assert_eq!(target.to_target()?, "/large-object?upload_id=4d26b37a469230619604ecdc0e314782");
//! assert_eq!(
//!     body.encode()?,
//!     br#"{"object_parts":[{"part_number":0,"etag":"c837682353601f7fc0a2ccb6bc8f4654"},{"part_number":2}]}"#
//! );
//! let request = normalize_request(&target, &body)?;
//! assert_eq!(request.key.as_deref(), Some("large-object"));
//! assert_eq!(request.parts[1].etag, None);
//!
//! // The answer: 201 and no body.
//! codec_qingstor::complete_multipart_upload::check_response(b"")?;
//! # Ok::<(), codec_core::Error>(())
//! ```

mod body;
mod request;

pub use body::{CompleteMultipartUpload, ObjectPart};
pub use request::CompleteMultipartUploadRequest;

use codec_core::{Error, ErrorKind, Limits, Result, Vendor};

use crate::OPERATION_COMPLETE_MULTIPART_UPLOAD;

/// The request in the vendor-neutral model, from its target and its body:
/// [`body.normalize_with(target)`](CompleteMultipartUpload::normalize_with), as a
/// function of the two (what a table of TARGET+BODY operations calls).
///
/// ```
/// use codec_core::Decode;
/// use codec_qingstor::complete_multipart_upload::normalize_request;
/// use codec_qingstor::{CompleteMultipartUpload, CompleteMultipartUploadRequest};
///
/// let target = CompleteMultipartUploadRequest::decode(b"/large-object?upload_id=4d26")?;
/// let body = CompleteMultipartUpload::decode(
///     codec_qingstor::examples::COMPLETE_MULTIPART_UPLOAD_BODY.as_bytes(),
/// )?;
/// assert_eq!(normalize_request(&target, &body)?, body.normalize_with(&target)?);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn normalize_request<'m>(
    target: &'m CompleteMultipartUploadRequest<'_>,
    body: &'m CompleteMultipartUpload<'_>,
) -> Result<codec_core::CompleteRequest<'m>> {
    body.normalize_with(target)
}

/// What QingStor's Complete demands of collected parts: numbers from 0, gaps allowed
/// (parts may be left out of the object; the numbers must only ascend), ETags optional.
pub const COMPLETE_RULES: codec_core::collect::CompleteRules = codec_core::collect::CompleteRules {
    first_number: 0,
    gaps_allowed: true,
    etag_required: false,
};

/// Checks the body of QingStor's answer to a Complete request: empty (whitespace
/// aside) is the success QingStor documents (`201 Created`, no body), `Ok(())`;
/// QingStor's error body is an error of kind [`Service`](ErrorKind::Service) that keeps
/// it ([`ErrorResponse::from_error`](crate::ErrorResponse::from_error),
/// [`Error::is_retryable`]); any other body is an error of kind
/// [`WrongFormat`](ErrorKind::WrongFormat) saying that the answer has no body to
/// decode.
///
/// ```
/// use codec_core::ErrorKind;
/// use codec_qingstor::complete_multipart_upload::check_response;
///
/// assert!(check_response(b"").is_ok());
/// let error = check_response(br#"{"code":"upload_not_exists"}"#).unwrap_err();
/// assert_eq!(error.service_error().unwrap().code, "upload_not_exists");
/// let error = check_response(br#"{"object_parts":[]}"#).unwrap_err();
/// assert_eq!(error.kind(), ErrorKind::WrongFormat);
/// assert!(error.to_string().starts_with("qingstor complete-multipart-upload: "));
/// ```
pub fn check_response(body: &[u8]) -> Result<()> {
    let start = codec_core::sniff::start(body);
    if start == body.len() {
        return Ok(());
    }
    let limits = Limits::default();
    if let Some(error) = crate::error::in_place_of_a_result(body, &limits) {
        return Err(error.with_context(Vendor::Qingstor, OPERATION_COMPLETE_MULTIPART_UPLOAD));
    }
    Err(Error::new(ErrorKind::WrongFormat, NO_RESPONSE_BODY)
        .with_offset(start)
        .with_context(Vendor::Qingstor, OPERATION_COMPLETE_MULTIPART_UPLOAD))
}

/// What to say of a body given as QingStor's answer to Complete Multipart Upload (the
/// message of [`check_response`]'s error, for a command that is asked to decode one).
pub const NO_RESPONSE_BODY: &str = "QingStor answers Complete Multipart Upload with 201 \
     Created and an empty body: there is no response body to decode (a failure is \
     QingStor's error body, operation `error`)";
