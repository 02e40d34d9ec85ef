//! QingStor codecs for the multipart-upload workflow: every request and response of
//! its operations that carries something, and QingStor's JSON error body.
//!
//! | operation | request | response | normalized response |
//! |---|---|---|---|
//! | [`list-multipart`](list_multipart) | [`ListMultipartRequest`] (target) | [`ListMultipartResponse`] (JSON) | [`PartsPage`](codec_core::PartsPage) |
//! | [`list-multipart-uploads`](list_multipart_uploads) | [`ListMultipartUploadsRequest`] (target) | [`ListMultipartUploadsResponse`] (JSON) | [`UploadsPage`](codec_core::UploadsPage) |
//! | [`initiate-multipart-upload`](initiate_multipart_upload) | - (the key alone) | [`InitiateMultipartUploadResponse`] (JSON) | [`InitiatedUpload`](codec_core::InitiatedUpload) |
//! | [`complete-multipart-upload`](complete_multipart_upload) | [`CompleteMultipartUploadRequest`] (target) and [`CompleteMultipartUpload`] (JSON body), together a [`CompleteRequest`](codec_core::CompleteRequest) | - (201, empty body) | - |
//! | [`error`] | - | [`ErrorResponse`] (JSON) | [`ServiceError`](codec_core::ServiceError) |
//!
//! The resume loop of an interrupted upload is list ([`ListMultipartRequest`]), collect
//! ([`PartCollector`](codec_core::collect::PartCollector)), upload what is missing,
//! complete ([`CompleteMultipartUpload::from_collected`]); the uploads still in
//! progress in a bucket are [`ListMultipartUploadsRequest`]'s listing.
//!
//! Decoding borrows from the caller's buffer (strings are `Cow<'a, str>` pointing into
//! it, escaped or not), never panics, caps nesting depth and allocates nothing per
//! part or upload; unknown fields and query parameters are skipped. Encoding a decoded
//! value gives back every field it knows. Every response converts into the
//! vendor-neutral model of [`codec_core`]. A QingStor error body where a result was
//! expected is an error of kind [`Service`](codec_core::ErrorKind::Service) that keeps
//! the whole body ([`ErrorResponse::from_error`]).
//!
//! # List Multipart
//!
//! QingStor's List Multipart response names no next marker and no truncation flag: the pager
//! ([`ListRequest::next_request`](codec_core::listing::ListRequest::next_request))
//! starts the next page after the last part number returned, and decides the listing
//! is complete by the rule described in [`list_multipart`], which needs the request's
//! `limit` ([`with_page_size`](ListMultipartRequest::with_page_size)). The page in the
//! vendor-neutral model is
//! [`ListRequest::page`](codec_core::listing::ListRequest::page), computed from the
//! request and the response together, so a loop written against
//! [`ListRequest`](codec_core::listing::ListRequest) gets QingStor's end right.
//!
//! ```
//! use codec_core::listing::ListRequest;
//! use codec_core::{Decode, Normalize};
//! use codec_qingstor::{ListMultipartRequest, ListMultipartResponse};
//!
//! let body = br#"{
//!     "count": 2,
//!     "object_parts": [
//!         {"part_number": 1, "size": 10485760, "created": "2015-08-16T14:52:12.000Z", "etag": "64ec234786ffc5c20306ec441b65a521"},
//!         {"part_number": 2, "size": 10485760, "created": "2015-08-16T22:52:16+08:00", "etag": "3efbe3ebbcf4e07111591576fc0d3829"}
//!     ]
//! }"#;
//! let response = ListMultipartResponse::decode(body)?;
//! for part in response.parts() {
//!     println!("{} {:?} {:?}", part.part_number, part.etag, part.size);
//! }
//! let page = response.normalize()?; // the body alone, in the vendor-neutral model
//! assert_eq!(page.parts[1].etag.as_deref(), Some("3efbe3ebbcf4e07111591576fc0d3829"));
//! assert_eq!(page.parts[1].last_modified.unwrap().to_string(), "2015-08-16T14:52:16Z");
//!
//! // A full page (2 parts for a page size of 2): the next page starts after part 2.
//! let request = ListMultipartRequest::new("4d26b37a469230619604ecdc0e314782")
//!     .with_key("large-object")
//!     .with_page_size(2);
//! let next = request.next_request(&response)?.expect("the page is full");
//! assert_eq!(
//!     next.to_target()?,
//!     "/large-object?upload_id=4d26b37a469230619604ecdc0e314782&part_number_marker=2&limit=2"
//! );
//!
//! // With the request's page size, a short page is known to be the last one.
//! let short = ListMultipartRequest::new("4d26b37a").with_page_size(1000);
//! assert!(short.next_request(&response)?.is_none());
//! let page = short.page(&response)?;
//! assert_eq!((page.next_marker, page.truncated), (None, None));
//! # Ok::<(), codec_core::Error>(())
//! ```
//!
//! # A whole listing
//!
//! [`codec_core::listing::list_all`] runs the pager over your transport, a closure from
//! request to body; here a stand-in serves the pages of
//! [`examples::list_multipart_pages`]:
//!
//! ```
//! use codec_core::listing::{ListRequest, list_all};
//! use codec_qingstor::ListMultipartRequest;
//!
//! let pages = codec_qingstor::examples::list_multipart_pages(2_500, 1_000);
//! let first = ListMultipartRequest::new("4d26b37a469230619604ecdc0e314782")
//!     .with_key("large-object")
//!     .with_page_size(1_000);
//! let mut sent = Vec::new();
//! let parts = list_all(first, |request: &ListMultipartRequest<'_>| {
//!     sent.push(request.to_target()?);
//!     // Your HTTP client goes here: GET the target, return the body.
//!     Ok::<_, codec_core::Error>(pages[sent.len() - 1].clone())
//! })?;
//! assert_eq!(parts.len(), 2_500);
//! assert_eq!(parts.last().map(|part| part.number), Some(2_500));
//! assert_eq!(sent.len(), 3);
//! assert!(sent[2].ends_with("&part_number_marker=2000&limit=1000"));
//! # Ok::<(), codec_core::Error>(())
//! ```
//!
//! A page that is QingStor's error body stops the listing with an error of kind
//! [`Service`](codec_core::ErrorKind::Service): it says what QingStor said
//! ([`Error::service_error`](codec_core::Error::service_error)), whether to retry
//! ([`Error::is_retryable`](codec_core::Error::is_retryable), by
//! [`ErrorResponse::is_retryable`]), and keeps the whole body
//! ([`ErrorResponse::from_error`], with its `url`).
//!
//! # Decoding and normalizing in one expression
//!
//! The normalized page borrows from the decoded value, which borrows from the body, so
//! `let page = ListMultipartResponse::decode(&body)?.normalize()?;` does not compile
//! (E0716: the decoded value is a temporary dropped at the end of the statement while
//! the page still borrows it):
//!
//! ```compile_fail,E0716
//! use codec_core::{Decode, Normalize};
//! use codec_qingstor::ListMultipartResponse;
//!
//! let body = br#"{"count":0}"#.to_vec();
//! let page = ListMultipartResponse::decode(&body)?.normalize()?;
//! println!("{}", page.parts.len());
//! # Ok::<(), codec_core::Error>(())
//! ```
//!
//! Zero-copy, it takes two lines; in one expression, `into_owned()` detaches the page
//! (copying its strings):
//!
//! ```
//! use codec_core::{Decode, Normalize, PartsPage};
//! use codec_qingstor::ListMultipartResponse;
//!
//! let body = codec_qingstor::examples::LIST_MULTIPART_RESPONSE.as_bytes();
//! let response = ListMultipartResponse::decode(body)?;
//! let page = response.normalize()?;
//! assert_eq!(page.parts.len(), 3);
//!
//! let owned: PartsPage<'static> = ListMultipartResponse::decode(body)?.normalize()?.into_owned();
//! assert_eq!(owned, page);
//! # Ok::<(), codec_core::Error>(())
//! ```
//!
//! # Features
//!
//! - `schema`: derives `schemars::JsonSchema` on every public type (the `codec schema`
//!   command uses it); off by default so an SDK embedding this crate does not compile
//!   schemars;
//! - `arbitrary`: derives `arbitrary::Arbitrary` on every public type, generating only
//!   values that round-trip (part numbers, markers and limits in range, an object name
//!   that is not empty, a page with at least one member, Complete parts ascending),
//!   for the structured fuzz targets.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod complete_multipart_upload;
pub mod error;
pub mod examples;
pub mod initiate_multipart_upload;
pub mod list_multipart;
pub mod list_multipart_uploads;

pub use complete_multipart_upload::{
    CompleteMultipartUpload, CompleteMultipartUploadRequest, ObjectPart,
};
pub use error::{ErrorCode, ErrorResponse};
pub use initiate_multipart_upload::InitiateMultipartUploadResponse;
pub use list_multipart::{ListMultipartRequest, ListMultipartResponse, UploadedPart};
pub use list_multipart_uploads::{
    ListMultipartUploadsRequest, ListMultipartUploadsResponse, PendingUpload,
};

/// The operation name of List Multipart on the command line and in errors.
pub const OPERATION_LIST_MULTIPART: &str = "list-multipart";
/// The operation name of List Multipart Uploads on the command line and in errors.
pub const OPERATION_LIST_MULTIPART_UPLOADS: &str = "list-multipart-uploads";
/// The operation name of Initiate Multipart Upload on the command line and in errors.
pub const OPERATION_INITIATE_MULTIPART_UPLOAD: &str = "initiate-multipart-upload";
/// The operation name of Complete Multipart Upload on the command line and in errors.
pub const OPERATION_COMPLETE_MULTIPART_UPLOAD: &str = "complete-multipart-upload";
/// The operation name of the error body on the command line and in errors.
pub const OPERATION_ERROR: &str = "error";
/// The highest part number QingStor accepts (part numbers run 0 to 10,000).
pub const MAX_PART_NUMBER: u32 = 10_000;
/// The largest `limit` QingStor accepts (List Multipart and List Multipart Uploads).
pub const MAX_LIMIT: u32 = 1_000;

/// This crate's README examples, compiled as doc tests so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
