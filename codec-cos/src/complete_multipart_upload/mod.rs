//! Complete Multipart Upload: the request that makes the object from its parts, and
//! COS's answer.
//!
//! The request is a TARGET+BODY request: `POST /<ObjectKey>?uploadId=…` and an XML body.
//!
//! - [`CompleteMultipartUploadRequest`]: the target, to and from its text;
//! - [`CompleteMultipartUpload`]: the body, `<CompleteMultipartUpload>` with one
//!   [`PartETag`] per part, ascending; built from parts
//!   ([`from_parts`](CompleteMultipartUpload::from_parts)) or from a
//!   [`PartCollector`](codec_core::collect::PartCollector)
//!   ([`from_collected`](CompleteMultipartUpload::from_collected)); target and body
//!   together normalize to [`CompleteRequest`](codec_core::CompleteRequest)
//!   ([`normalize_with`](CompleteMultipartUpload::normalize_with));
//! - [`CompleteMultipartUploadResult`]: the response body, which normalizes to
//!   [`CompletedUpload`](codec_core::CompletedUpload).
//!
//! COS answers HTTP 200 at once and sends spaces while it merges the parts, then the
//! result, or an `<Error>` under that same 200. So the result's decoder reads the
//! spaces before the XML declaration, turns an `<Error>` into the service error
//! ([`ErrorKind::Service`](codec_core::ErrorKind::Service)), and refuses a body that
//! does not prove the upload complete (empty, cut short, or without an `ETag`), saying
//! the upload may not be complete.
//!
//! ```
//! use codec_core::{Decode, Encode, Normalize};
//! use codec_cos::{CompleteMultipartUpload, CompleteMultipartUploadRequest, PartETag};
//! use codec_cos::CompleteMultipartUploadResult;
//!
//! // The request: target and body.
//! let target = CompleteMultipartUploadRequest::new("1585130821cbb7df").with_key("exampleobject");
//! let body = CompleteMultipartUpload::new(vec![
//!     PartETag::new(1, "39270a968a357d24207e9911162507eb"),
//!     PartETag::new(2, "\"d899fbd1e06109ea2e4550f5751c88d6\""),
//! ]);
//! assert_eq!(target.to_target()?, "/exampleobject?uploadId=1585130821cbb7df");
//! let xml = String::from_utf8(body.encode()?).unwrap();
//! assert!(xml.ends_with(
//!     "<CompleteMultipartUpload><Part><PartNumber>1</PartNumber>\
//!      <ETag>\"39270a968a357d24207e9911162507eb\"</ETag></Part><Part><PartNumber>2</PartNumber>\
//!      <ETag>\"d899fbd1e06109ea2e4550f5751c88d6\"</ETag></Part></CompleteMultipartUpload>"
//! ));
//! let request = body.normalize_with(&target)?;
//! assert_eq!(request.key.as_deref(), Some("exampleobject"));
//! assert_eq!(request.parts[1].etag.as_deref(), Some("d899fbd1e06109ea2e4550f5751c88d6"));
//!
//! // The answer.
//! let result = CompleteMultipartUploadResult::decode(
//!     codec_cos::examples::COMPLETE_MULTIPART_UPLOAD_RESPONSE.as_bytes(),
//! )?;
//! let done = result.normalize()?;
//! assert_eq!(done.etag.as_deref(), Some("aa259a62513358f69e98e72e59856d88-3"));
//! # Ok::<(), codec_core::Error>(())
//! ```

mod body;
mod request;
mod response;

pub use body::{CompleteMultipartUpload, PartETag};
pub use request::CompleteMultipartUploadRequest;
pub use response::CompleteMultipartUploadResult;

/// The request in the vendor-neutral model, from its target and its body:
/// [`body.normalize_with(target)`](CompleteMultipartUpload::normalize_with), as a
/// function of the two (what a table of TARGET+BODY operations calls).
///
/// ```
/// use codec_core::Decode;
/// use codec_cos::complete_multipart_upload::normalize_request;
/// use codec_cos::{CompleteMultipartUpload, CompleteMultipartUploadRequest};
///
/// let target = CompleteMultipartUploadRequest::decode(b"/exampleobject?uploadId=1585")?;
/// let body = CompleteMultipartUpload::decode(
///     codec_cos::examples::COMPLETE_MULTIPART_UPLOAD_BODY.as_bytes(),
/// )?;
/// assert_eq!(normalize_request(&target, &body)?, body.normalize_with(&target)?);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn normalize_request<'m>(
    target: &'m CompleteMultipartUploadRequest<'_>,
    body: &'m CompleteMultipartUpload<'_>,
) -> codec_core::Result<codec_core::CompleteRequest<'m>> {
    body.normalize_with(target)
}

/// What COS's Complete demands of collected parts: numbers from 1 without a gap (COS
/// answers `InvalidPart` to numbers that are not consecutive, document 7742), each with
/// its ETag.
pub const COMPLETE_RULES: codec_core::collect::CompleteRules = codec_core::collect::CompleteRules {
    first_number: 1,
    gaps_allowed: false,
    etag_required: true,
};
