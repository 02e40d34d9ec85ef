//! UCloud UFile codecs for the multipart workflow: GetMultiUploadPart and
//! GetMultiUploadId (the requests' query strings, the JSON response bodies in both the
//! 2019 shape of our API document and the current one), InitiateMultipartUpload (its
//! answer, and the part sizes its `BlkSize` imposes: [`PartPlan`]), FinishMultipartUpload
//! (its target, its plain-text body of comma-joined ETags, its answer) and UFile's
//! error body.
//!
//! Decoding borrows from the caller's buffer (strings are `Cow<'a, str>` pointing into
//! it), never panics, caps nesting depth and skips unknown fields and query
//! parameters. Encoding a decoded value gives back every field it knows, `null` lists
//! included. A success body whose `RetCode` is not 0 decodes to an error of kind
//! [`Service`](codec_core::ErrorKind::Service) carrying UFile's whole error body
//! ([`ErrorResponse::from_error`]) and whether to retry
//! ([`Error::is_retryable`](codec_core::Error::is_retryable)); a body that is not a
//! page (`{}`, a gateway's `{"message":"boom"}`) is an error of kind
//! [`MissingField`](codec_core::ErrorKind::MissingField). Every type converts into the
//! vendor-neutral model of [`codec_core`].
//!
//! ```
//! use codec_core::listing::ListRequest;
//! use codec_core::{Decode, Normalize};
//! use codec_ufile::{GetMultiUploadPartRequest, GetMultiUploadPartResponse};
//!
//! let body = br#"{
//!     "UploadId": "e5af977e-329c-4a25-b907-d8bc39ff95e3",
//!     "Key": "large_file_version_4",
//!     "Bucket": "example",
//!     "Parts": [
//!         {"Etag": "K8y9LzjxXBPrfVqJ_Z2F9ZXiO8M=", "PartNum": 0, "LastModified": 1699432473, "Size": 33554432}
//!     ],
//!     "IsTruncated": true,
//!     "NextPartNumberMarker": 0
//! }"#;
//! let response = GetMultiUploadPartResponse::decode(body)?;
//! let page = response.normalize()?;
//! assert_eq!(page.parts[0].number, 0);
//! assert_eq!(page.parts[0].etag.as_deref(), Some("K8y9LzjxXBPrfVqJ_Z2F9ZXiO8M="));
//! assert_eq!(page.parts[0].last_modified.unwrap().to_string(), "2023-11-08T08:34:33Z");
//! assert_eq!(page.next_marker.as_deref(), Some("0"));
//!
//! // One vocabulary for every request: with_page_size, with_marker (no object path here,
//! // so no with_key); the pager is ListRequest.
//! let request = GetMultiUploadPartRequest::new("e5af977e-329c-4a25-b907-d8bc39ff95e3")
//!     .with_page_size(1);
//! let next = request.next_request(&response)?.expect("the page is truncated");
//! assert_eq!(
//!     next.to_query_string()?,
//!     "muploadpart&uploadId=e5af977e-329c-4a25-b907-d8bc39ff95e3&max-parts=1&part-number-marker=0"
//! );
//! # Ok::<(), codec_core::Error>(())
//! ```
//!
//! # Listing a whole upload
//!
//! [`codec_core::listing::list_all`] runs the pager over your transport, a closure from
//! request to body bytes; here it serves the pages of
//! [`examples::get_multi_upload_part_pages`]:
//!
//! ```
//! use codec_core::listing::list_all;
//! use codec_ufile::GetMultiUploadPartRequest;
//!
//! let pages = codec_ufile::examples::get_multi_upload_part_pages(250, 100);
//! let mut served = pages.iter();
//! let first = GetMultiUploadPartRequest::new("e5af977e-329c-4a25-b907-d8bc39ff95e3")
//!     .with_page_size(100);
//! let parts = list_all(first, |request: &GetMultiUploadPartRequest<'_>| {
//!     let _target = format!("/?{}", request.to_query_string()?); // what you would GET
//!     served.next().map(String::as_bytes).ok_or_else(|| codec_core::Error::paging("no more pages"))
//! })?;
//! assert_eq!(parts.len(), 250);
//! assert_eq!((parts[0].number, parts[249].number), (0, 249));
//! # Ok::<(), codec_core::Error>(())
//! ```
//!
//! # Decoding and normalizing in one go
//!
//! The normalized page borrows from the decoded value, which borrows from the body, so
//! `GetMultiUploadPartResponse::decode(&body)?.normalize()?` does not compile (E0716:
//! the decoded value is a temporary dropped while the page still borrows it). Keep the
//! decoded value in a variable, or make the page owned in the same expression:
//!
//! ```
//! use codec_core::{Decode, Normalize};
//! use codec_ufile::GetMultiUploadPartResponse;
//!
//! let body = codec_ufile::examples::GET_MULTI_UPLOAD_PART_RESPONSE.as_bytes();
//! let response = GetMultiUploadPartResponse::decode(body)?; // two lines: the page
//! let page = response.normalize()?; //                       borrows `response`
//! let owned = GetMultiUploadPartResponse::decode(body)?.normalize()?.into_owned(); // one
//! assert_eq!(page, owned);
//! # Ok::<(), codec_core::Error>(())
//! ```
//!
//! # The whole workflow: initiate, upload, resume, finish
//!
//! Initiate answers the upload id and `BlkSize`; [`PartPlan`] cuts the object into the
//! parts UFile accepts (every part but the last exactly `BlkSize` bytes, numbered from
//! 0). To resume, list the parts, collect them, upload what is missing, then finish
//! with a body that names every part's ETag in part order, which
//! [`FinishMultipartUploadBody::from_collected`] refuses to build over a gap:
//!
//! ```
//! use codec_core::collect::PartCollector;
//! use codec_core::{Decode, Encode, Normalize};
//! use codec_ufile::{
//!     FinishMultipartUploadBody, FinishMultipartUploadRequest, GetMultiUploadPartResponse,
//!     InitiateMultipartUploadResponse,
//! };
//!
//! let body = br#"{"UploadId":"e5af977e-329c-4a25-b907-d8bc39ff95e3","BlkSize":33554432}"#;
//! let initiated = InitiateMultipartUploadResponse::decode(body)?;
//! let plan = initiated.plan(5 * 33_554_432)?;
//! assert_eq!(plan.count(), 5);
//!
//! // The listing (here: generated pages of 32 MiB parts) says what is there.
//! let mut collector = PartCollector::new();
//! for body in codec_ufile::examples::get_multi_upload_part_pages(5, 2) {
//!     let page = GetMultiUploadPartResponse::decode(body.as_bytes())?;
//!     let page = page.normalize()?;
//!     plan.check_page(&page)?; // a part of the wrong size must be uploaded again
//!     collector.add(&page)?;
//! }
//! assert!(collector.missing(0..=plan.last_number().unwrap() as u32).is_empty());
//!
//! let target = FinishMultipartUploadRequest::new(collector.upload_id().unwrap())
//!     .with_key(collector.key().unwrap());
//! let body = FinishMultipartUploadBody::from_collected(&collector)?;
//! let (line, text) = (target.to_target()?, body.encode()?); // POST `line`, body `text`
//! assert_eq!(line, "/large_file_version_4?uploadId=e5af977e-329c-4a25-b907-d8bc39ff95e3");
//! assert_eq!(text.iter().filter(|&&b| b == b',').count(), 4);
//! # Ok::<(), codec_core::Error>(())
//! ```
//!
//! # Features
//!
//! - `schema`: derives `schemars::JsonSchema` on every public type (the `codec schema`
//!   command uses it); off by default so an SDK embedding this crate does not compile
//!   schemars;
//! - `arbitrary`: derives `arbitrary::Arbitrary` on every public type, generating only
//!   values that round-trip (a response's `RetCode` is absent or 0), for the structured
//!   fuzz targets.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

/// [`Decode`](codec_core::Decode) with `decode` and [`Encode`](codec_core::Encode) with
/// `encode` (a JSON body's, as declared, when not given) of a UFile type; `success`: a
/// success response, whose envelope (`RetCode`, `ErrMsg`, `Message`, `Action`) tells
/// its failure, decoded by `crate::body::decode` or the given decoder.
macro_rules! codec {
    ($type:ident, success) => {
        codec!($type, success, crate::body::decode);
    };
    ($type:ident, success, $decode:expr) => {
        impl<'a> crate::body::Body<'a> for $type<'a> {
            fn error_body(&self) -> Option<crate::ErrorResponse<'_>> {
                let (err_msg, message) = (self.err_msg.as_deref(), self.message.as_deref());
                crate::body::error_body(self.ret_code, err_msg, message, self.action.as_deref())
            }
        }

        codec!($type, $decode);
    };
    ($type:ident, $decode:expr) => {
        codec!($type, $decode, codec_core::wire::json::encode_body);
    };
    ($type:ident, $decode:expr, $encode:expr) => {
        impl<'a> codec_core::Decode<'a> for $type<'a> {
            fn decode_inner(
                input: &'a [u8],
                limits: &codec_core::Limits,
            ) -> codec_core::Result<Self> {
                $decode(input, limits)
            }
        }

        impl codec_core::Encode for $type<'_> {
            fn encode_inner(&self, out: &mut Vec<u8>) -> codec_core::Result<()> {
                $encode(self, out)
            }
        }
    };
}

mod body;
pub mod error;
pub mod examples;
pub mod finish_multipart_upload;
pub mod get_multi_upload_id;
pub mod get_multi_upload_part;
pub mod initiate_multipart_upload;
mod types;

pub use error::ErrorResponse;
pub use finish_multipart_upload::{
    FinishMultipartUploadBody, FinishMultipartUploadRequest, FinishMultipartUploadResponse,
};
pub use get_multi_upload_id::{GetMultiUploadIdRequest, GetMultiUploadIdResponse, PendingUpload};
pub use get_multi_upload_part::{
    GetMultiUploadPartRequest, GetMultiUploadPartResponse, UploadedPart,
};
pub use initiate_multipart_upload::{InitiateMultipartUploadResponse, PartPlan, PlannedPart};
pub use types::{StorageClass, UploadStatus};

/// The operation name of GetMultiUploadPart on the command line and in errors.
pub const OPERATION_GET_MULTI_UPLOAD_PART: &str = "get-multi-upload-part";
/// The operation name of GetMultiUploadId on the command line and in errors.
pub const OPERATION_GET_MULTI_UPLOAD_ID: &str = "get-multi-upload-id";
/// The operation name of InitiateMultipartUpload on the command line and in errors.
pub const OPERATION_INITIATE_MULTIPART_UPLOAD: &str = "initiate-multipart-upload";
/// The operation name of FinishMultipartUpload on the command line and in errors.
pub const OPERATION_FINISH_MULTIPART_UPLOAD: &str = "finish-multipart-upload";
/// The operation name of the error body on the command line and in errors.
pub const OPERATION_ERROR: &str = "error";
