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
//! use codec_core::listing::ListRequest;
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
//! let response = ListPartsResult::decode(body)?; // borrows from `body`
//! assert_eq!(response.parts()[0].size, Some(1_048_576));
//! let page = response.normalize()?; // the vendor-neutral model, borrowing from `response`
//! assert_eq!(page.parts[0].etag.as_deref(), Some("39270a968a357d24207e9911162507eb"));
//! assert_eq!(page.parts[0].last_modified.unwrap().to_string(), "2020-03-25T10:07:14Z");
//!
//! // The pager: the request for the next page, or `None` after the last one.
//! let request = ListPartsRequest::new("1585130821cbb7df").with_key("exampleobject").with_page_size(1);
//! let next = request.next_request(&response)?.expect("the page is truncated");
//! assert_eq!(next.part_number_marker, Some(1));
//! assert_eq!(
//!     next.to_target()?,
//!     "/exampleobject?uploadId=1585130821cbb7df&max-parts=1&part-number-marker=1"
//! );
//! # Ok::<(), codec_core::Error>(())
//! ```
//!
//! # Decoding and normalizing
//!
//! The page borrows from the decoded value, which borrows from the body, so
//! `ListPartsResult::decode(&body)?.normalize()?` does not compile (E0716: the decoded
//! value is a temporary, dropped at the end of the statement while the page still
//! borrows it). Keep the decoded value in a variable, or detach the page with
//! `into_owned()`, which copies its strings:
//!
//! ```
//! # use codec_core::{Decode, Normalize, PartsPage};
//! # use codec_cos::ListPartsResult;
//! # let body = codec_cos::examples::LIST_PARTS_RESPONSE.as_bytes().to_vec();
//! // Zero-copy: two lines.
//! let response = ListPartsResult::decode(&body)?;
//! let page = response.normalize()?;
//! # assert_eq!(page.parts.len(), 3);
//! // One expression: an owned page.
//! let page: PartsPage<'static> = ListPartsResult::decode(&body)?.normalize()?.into_owned();
//! # assert_eq!(page.parts.len(), 3);
//! # Ok::<(), codec_core::Error>(())
//! ```
//!
//! # A whole listing
//!
//! [`ListPartsRequest`] implements [`ListRequest`](codec_core::listing::ListRequest),
//! so [`codec_core::listing::list_all`] runs a whole listing over your transport: a
//! closure that sends a request (`request.to_target()` is its path and query) and
//! returns the body. Here the transport is a stand-in serving
//! [`examples::list_parts_pages`]: 2,500 parts, 1,000 a page.
//!
//! ```
//! use codec_core::listing::{ListRequest, list_all};
//! use codec_core::Error;
//! use codec_cos::ListPartsRequest;
//!
//! let pages = codec_cos::examples::list_parts_pages(2_500, 1_000);
//! let mut targets = Vec::new();
//! let first = ListPartsRequest::new("1585130821cbb7df").with_key("exampleobject");
//! let parts = list_all(first.with_page_size(1_000), |request: &ListPartsRequest<'_>| {
//!     targets.push(request.to_target()?);
//!     pages.get(targets.len() - 1).map(String::as_bytes).ok_or_else(|| Error::paging("no such page"))
//! })?;
//! assert_eq!(parts.len(), 2_500);
//! assert_eq!(parts.last().map(|part| part.number), Some(2_500));
//! assert_eq!(targets[2], "/exampleobject?uploadId=1585130821cbb7df&max-parts=1000&part-number-marker=2000");
//!
//! // A page that is COS's error body stops the listing: the error says what COS said,
//! // whether to retry, and carries the whole body.
//! let slow_down = b"<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message>\
//!                   <TraceId>OGVmYzZiMmQzYjA2OWNh</TraceId></Error>";
//! let mut served = 0;
//! let error = list_all(ListPartsRequest::new("u").with_page_size(1_000), |_: &ListPartsRequest<'_>| {
//!     served += 1;
//!     Ok::<_, Error>(if served == 1 { pages[0].as_bytes() } else { &slow_down[..] })
//! })
//! .unwrap_err();
//! assert_eq!(error.service_error().map(|e| e.code.as_ref()), Some("SlowDown"));
//! assert!(error.is_retryable());
//! let body = codec_cos::ErrorResponse::from_error(&error).expect("COS's error body");
//! assert_eq!(body.trace_id.as_deref(), Some("OGVmYzZiMmQzYjA2OWNh"));
//! # Ok::<(), codec_core::Error>(())
//! ```
//!
//! # Control characters in keys
//!
//! COS writes an object key into its XML as it is, where the request took no
//! `encoding-type=url` (Initiate and Complete Multipart Upload take none; List Parts
//! and List Multipart Uploads take it), control characters included: U+0001 to U+001F
//! but tab, line feed and carriage return, which XML 1.0 forbids. COS's Go SDK
//! recovers such a body by scraping it with regular expressions. Every response
//! decoder of this crate ([`ListPartsResult`], [`ListMultipartUploadsResult`],
//! [`InitiateMultipartUploadResult`], [`CompleteMultipartUploadResult`] and
//! [`ErrorResponse`], whose `Resource` and `Message` can name the key) reads them in
//! text (raw, or as character references such as `&#7;`) and keeps them in the decoded
//! value, and every response encoder writes them back raw, as COS does
//! ([`ControlChars::Keep`](codec_core::xml::ControlChars::Keep)). Markup may still not
//! hold them, and nothing may hold U+0000, U+FFFE or U+FFFF.
//!
//! For XML 1.0 exactly, each of those types has `decode_with_control_chars` and
//! `encode_with_control_chars`: with
//! [`ControlChars::Refuse`](codec_core::xml::ControlChars::Refuse), decoding fails with
//! a [`Syntax`](codec_core::ErrorKind::Syntax) error at the first such character and
//! encoding with [`Unencodable`](codec_core::ErrorKind::Unencodable), naming the field.
//! Request bodies ([`CompleteMultipartUpload`]) are XML 1.0 exactly, always.
//!
//! Where the request takes it, send `encoding-type=url`
//! ([`ListPartsRequest::encoding_type`],
//! [`ListMultipartUploadsRequest::with_encoding_type`]): COS then percent-encodes keys,
//! and the normalized pages decode them.
//!
//! ```
//! use codec_core::xml::ControlChars;
//! use codec_core::{Decode, Encode, ErrorKind, Limits};
//! use codec_cos::ListPartsResult;
//!
//! let body = b"<ListPartsResult><Key>hello_\x07.txt</Key></ListPartsResult>";
//! let page = ListPartsResult::decode(body)?;
//! assert_eq!(page.key.as_deref(), Some("hello_\u{7}.txt"));
//! assert!(page.encode()?.ends_with(b"<Key>hello_\x07.txt</Key></ListPartsResult>"));
//!
//! let strict = ListPartsResult::decode_with_control_chars(body, &Limits::default(), ControlChars::Refuse);
//! let error = strict.unwrap_err();
//! assert_eq!((error.kind(), error.offset()), (ErrorKind::Syntax, Some(28)));
//! let error = page.encode_with_control_chars(&mut Vec::new(), ControlChars::Refuse).unwrap_err();
//! assert_eq!((error.kind(), error.path()), (ErrorKind::Unencodable, Some("Key")));
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
//!   empty, text XML 1.0 can carry, and in responses the control characters their
//!   codecs keep), for the structured fuzz targets.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

#[macro_use]
mod response;

pub mod complete_multipart_upload;
pub mod error;
pub mod examples;
pub mod initiate_multipart_upload;
pub mod list_multipart_uploads;
pub mod list_parts;
mod types;

pub use complete_multipart_upload::{
    CompleteMultipartUpload, CompleteMultipartUploadRequest, CompleteMultipartUploadResult,
    PartETag,
};
pub use error::{ErrorFormat, ErrorResponse};
pub use initiate_multipart_upload::InitiateMultipartUploadResult;
pub use list_multipart_uploads::{
    ListMultipartUploadsRequest, ListMultipartUploadsResult, PendingUpload,
};
pub use list_parts::{ListPartsRequest, ListPartsResult, UploadedPart};
pub use types::{EncodingType, Owner, StorageClass};

/// The operation name of List Parts on the command line and in errors.
pub const OPERATION_LIST_PARTS: &str = "list-parts";
/// The operation name of List Multipart Uploads on the command line and in errors.
pub const OPERATION_LIST_MULTIPART_UPLOADS: &str = "list-multipart-uploads";
/// The operation name of the error body on the command line and in errors.
pub const OPERATION_ERROR: &str = "error";
/// The operation name of Initiate Multipart Upload on the command line and in errors.
pub const OPERATION_INITIATE_MULTIPART_UPLOAD: &str = "initiate-multipart-upload";
/// The operation name of Complete Multipart Upload on the command line and in errors.
pub const OPERATION_COMPLETE_MULTIPART_UPLOAD: &str = "complete-multipart-upload";
/// The highest part number COS accepts.
pub const MAX_PART_NUMBER: u32 = 10_000;
/// The largest `max-parts` COS accepts.
pub const MAX_MAX_PARTS: u32 = 1_000;

/// This crate's README example, compiled as a doc test so it cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
