//! Tencent COS codecs for the List Parts operation: the request's query string, the
//! XML response body and COS's `<Error>` body.
//!
//! Decoding borrows from the caller's buffer (strings are `Cow<'a, str>` pointing into
//! it; ETags quoted with `&quot;` included), never panics, refuses `<!DOCTYPE>` and caps
//! nesting depth; unknown elements and query parameters are skipped. Encoding a decoded
//! value gives back every field it knows. Every type converts into the vendor-neutral
//! model of [`codec_core`].
//!
//! ```
//! use codec_core::{Decode, Normalize};
//! use codec_cos::{ListPartsRequest, ListPartsResult};
//!
//! let body = br#"<?xml version="1.0" encoding="UTF-8"?>
//! <ListPartsResult>
//!   <Key>exampleobject</Key>
//!   <UploadId>1585130821cbb7df</UploadId>
//!   <Part>
//!     <PartNumber>1</PartNumber>
//!     <LastModified>2020-03-25T10:07:14.000Z</LastModified>
//!     <ETag>&quot;39270a968a357d24207e9911162507eb&quot;</ETag>
//!     <Size>1048576</Size>
//!   </Part>
//!   <NextPartNumberMarker>1</NextPartNumberMarker>
//!   <IsTruncated>true</IsTruncated>
//! </ListPartsResult>"#;
//! let response = ListPartsResult::decode(body)?;
//! let page = response.normalize()?;
//! assert_eq!(page.parts[0].etag.as_deref(), Some("39270a968a357d24207e9911162507eb"));
//! assert_eq!(page.parts[0].last_modified.unwrap().to_string(), "2020-03-25T10:07:14Z");
//!
//! let request = ListPartsRequest::new("1585130821cbb7df");
//! let next = request.next_request(&response)?.expect("the page is truncated");
//! assert_eq!(next.to_query_string()?, "uploadId=1585130821cbb7df&part-number-marker=1");
//! # Ok::<(), codec_core::Error>(())
//! ```
//!
//! # Features
//!
//! - `schema`: derives `schemars::JsonSchema` on every public type (the `codec schema`
//!   command uses it); off by default so an SDK embedding this crate does not compile
//!   schemars;
//! - `arbitrary`: derives `arbitrary::Arbitrary` on every public type, generating only
//!   values that round-trip (part numbers and markers in range, a key that is not
//!   empty, text XML 1.0 can carry), for the structured fuzz targets.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod error;
pub mod examples;
pub mod list_parts;
mod types;

pub use error::{ErrorFormat, ErrorResponse};
pub use list_parts::{ListPartsRequest, ListPartsResult, Part};
pub use types::{EncodingType, Owner, StorageClass};

/// The operation name of List Parts on the command line and in errors.
pub const OPERATION_LIST_PARTS: &str = "list-parts";
/// The operation name of the error body on the command line and in errors.
pub const OPERATION_ERROR: &str = "error";
/// The highest part number COS accepts.
pub const MAX_PART_NUMBER: u32 = 10_000;
/// The largest `max-parts` COS accepts.
pub const MAX_MAX_PARTS: u32 = 1_000;

/// This crate's README example, compiled as a doc test so it cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
