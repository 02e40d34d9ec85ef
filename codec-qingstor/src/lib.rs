//! QingStor codecs for the List Multipart operation: the request's query string, the
//! JSON response body and QingStor's JSON error body.
//!
//! Decoding borrows from the caller's buffer (strings are `Cow<'a, str>` pointing into
//! it, escaped or not), never panics, caps nesting depth and allocates nothing per
//! part; unknown fields and query parameters are skipped. Encoding a decoded value
//! gives back every field it knows. Every response converts into the vendor-neutral
//! model of [`codec_core`].
//!
//! QingStor's response names no next marker: the pager
//! ([`ListMultipartRequest::next_request`]) starts the next page after the last part
//! number returned, and decides the listing is complete by the rule described in
//! [`list_multipart`].
//!
//! ```
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
//! let page = response.normalize()?;
//! assert_eq!(page.parts[1].etag.as_deref(), Some("3efbe3ebbcf4e07111591576fc0d3829"));
//! assert_eq!(page.parts[1].last_modified.unwrap().to_string(), "2015-08-16T14:52:16Z");
//!
//! // A full page (2 parts for a limit of 2): the next page starts after part 2.
//! let request = ListMultipartRequest::new("4d26b37a469230619604ecdc0e314782")
//!     .with_object_name("large-object")
//!     .with_limit(2);
//! let next = request.next_request(&response)?.expect("the page is full");
//! assert_eq!(
//!     next.to_target()?,
//!     "/large-object?upload_id=4d26b37a469230619604ecdc0e314782&part_number_marker=2&limit=2"
//! );
//!
//! // With the request's limit, a short page is known to be the last one.
//! let short = ListMultipartRequest::new("4d26b37a").with_limit(1000);
//! assert!(short.next_request(&response)?.is_none());
//! assert_eq!(response.normalize_for(&short)?.truncated, Some(false));
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
//!   that is not empty), for the structured fuzz targets.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod error;
pub mod examples;
pub mod list_multipart;

pub use error::{ErrorCode, ErrorResponse};
pub use list_multipart::{ListMultipartRequest, ListMultipartResponse, Part};

/// The operation name of List Multipart on the command line and in errors.
pub const OPERATION_LIST_MULTIPART: &str = "list-multipart";
/// The operation name of the error body on the command line and in errors.
pub const OPERATION_ERROR: &str = "error";
/// The highest part number QingStor accepts (part numbers run 0 to 10,000).
pub const MAX_PART_NUMBER: u32 = 10_000;
/// The largest `limit` QingStor accepts.
pub const MAX_LIMIT: u32 = 1_000;
