//! FinishMultipartUpload: the request that makes the object from its parts, and UFile's
//! answer.
//!
//! The request is a TARGET+BODY request: `POST /<key>?uploadId=…&newKey=…` and a
//! plain-text body, the parts' ETags joined by commas in part order.
//!
//! - [`FinishMultipartUploadRequest`]: the target, to and from its text (`newKey` or
//!   its other spelling `newObject`, kept as sent);
//! - [`FinishMultipartUploadBody`]: the body, one ETag per part, the position being the
//!   part number; built from parts
//!   ([`from_parts`](FinishMultipartUploadBody::from_parts)) or from a
//!   [`PartCollector`](codec_core::collect::PartCollector)
//!   ([`from_collected`](FinishMultipartUploadBody::from_collected)), which refuse a
//!   gap naming the missing part numbers; target and body together normalize to
//!   [`CompleteRequest`](codec_core::CompleteRequest) ([`normalize_request`]);
//! - [`FinishMultipartUploadResponse`]: the response body (`Bucket`, `Key`, `FileSize`),
//!   which normalizes to [`CompletedUpload`](codec_core::CompletedUpload).
//!
//! ```
//! use codec_core::{Decode, Encode, Normalize};
//! use codec_ufile::{FinishMultipartUploadBody, FinishMultipartUploadRequest, FinishMultipartUploadResponse};
//!
//! // The request: target and body.
//! let target = FinishMultipartUploadRequest::new("0f188eb2-5e19-49c3-94c9-36fb5a0ff72a")
//!     .with_key("demokey")
//!     .with_new_key("anotherkey");
//! let body = FinishMultipartUploadBody::new(["9EV6kXgrhTfhy65nHAe84vby2po=", "bt5wxJ2fYzAIsklPwAeB7Z9LHQI="]);
//! assert_eq!(
//!     target.to_target()?,
//!     "/demokey?uploadId=0f188eb2-5e19-49c3-94c9-36fb5a0ff72a&newKey=anotherkey"
//! );
//! assert_eq!(body.encode()?, b"9EV6kXgrhTfhy65nHAe84vby2po=,bt5wxJ2fYzAIsklPwAeB7Z9LHQI=");
//! let request = codec_ufile::finish_multipart_upload::normalize_request(&target, &body)?;
//! assert_eq!(request.parts[1].number, 1);
//!
//! // The answer.
//! let response = FinishMultipartUploadResponse::decode(
//!     codec_ufile::examples::FINISH_MULTIPART_UPLOAD_RESPONSE.as_bytes(),
//! )?;
//! assert_eq!(response.normalize()?.size, Some(41_943_040));
//! # Ok::<(), codec_core::Error>(())
//! ```

mod body;
mod request;
mod response;

pub use body::FinishMultipartUploadBody;
pub use request::FinishMultipartUploadRequest;
pub use response::FinishMultipartUploadResponse;

/// The request in the vendor-neutral model, from its target and its body:
/// [`body.normalize_with(target)`](FinishMultipartUploadBody::normalize_with), as a
/// function of the two (what a table of TARGET+BODY operations calls). The key is the
/// target's object key (from its path: the key the upload was initiated for), not its
/// `newKey`; the part numbers are the ETags' positions, 0 to n - 1.
///
/// ```
/// use codec_core::Decode;
/// use codec_ufile::finish_multipart_upload::normalize_request;
/// use codec_ufile::{FinishMultipartUploadBody, FinishMultipartUploadRequest};
///
/// let target = FinishMultipartUploadRequest::decode(
///     codec_ufile::examples::FINISH_MULTIPART_UPLOAD_TARGET.as_bytes(),
/// )?;
/// let body = FinishMultipartUploadBody::decode(
///     codec_ufile::examples::FINISH_MULTIPART_UPLOAD_BODY.as_bytes(),
/// )?;
/// let request = normalize_request(&target, &body)?;
/// assert_eq!(request, body.normalize_with(&target)?);
/// assert_eq!((request.key.as_deref(), request.parts.len()), (Some("demokey"), 10));
/// assert_eq!(request.parts[9].number, 9);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn normalize_request<'m>(
    target: &'m FinishMultipartUploadRequest<'_>,
    body: &'m FinishMultipartUploadBody<'_>,
) -> codec_core::Result<codec_core::CompleteRequest<'m>> {
    body.normalize_with(target)
}

/// What UFile's Finish demands of collected parts: numbers from 0 without a gap (the
/// body pairs each ETag with its position, so a gap would pair the ETags after it with
/// the wrong parts), each with its ETag.
pub const COMPLETE_RULES: codec_core::collect::CompleteRules = codec_core::collect::CompleteRules {
    first_number: 0,
    gaps_allowed: false,
    etag_required: true,
};
