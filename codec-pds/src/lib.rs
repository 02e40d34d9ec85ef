//! Aliyun PDS codecs for the upload workflow, JSON both ways: the request and response
//! bodies of
//!
//! | operation | module | request | response | normalized response |
//! |---|---|---|---|---|
//! | `create_file` (`POST /v2/file/create`) | [`create_file`] | [`CreateFileRequest`] | [`CreateFileResponse`] | [`InitiatedUpload`](codec_core::InitiatedUpload) |
//! | `get_upload_url` (`POST /v2/file/get_upload_url`) | [`get_upload_url`] | [`GetUploadUrlRequest`] | [`GetUploadUrlResponse`] | [`InitiatedUpload`](codec_core::InitiatedUpload) |
//! | `list_uploaded_parts` (`POST /v2/file/list_uploaded_parts`) | [`list_uploaded_parts`] | [`ListUploadedPartsRequest`] | [`ListUploadedPartsResponse`] | [`PartsPage`](codec_core::PartsPage) |
//! | `complete_file` (`POST /v2/file/complete`) | [`complete_file`] | [`CompleteFileRequest`] (normalized: [`CompleteRequest`](codec_core::CompleteRequest)) | [`CompleteFileResponse`] | [`CompletedUpload`](codec_core::CompletedUpload) |
//!
//! and PDS's JSON error body `{code, message}` ([`ErrorResponse`]). Every list of parts
//! (`part_info_list`, `uploaded_parts`) holds the one part type, [`UploadedPart`]
//! (PDS's `UploadPartInfo`, module [`part`]).
//!
//! Decoding borrows from the caller's buffer (strings are `Cow<'a, str>` pointing into
//! it, ETags sent as `"\"…\""` included), never panics and caps nesting depth; unknown
//! fields are skipped, duplicate fields are errors. Every field may be absent, as PDS's
//! own models declare them, but the `list_uploaded_parts` request's `file_id` and
//! `upload_id`, and every request's `drive_id` or `share_id` (one of the two); a
//! response with none of its members is no response (see
//! [`ListUploadedPartsResponse`]); absent stays absent when encoded again. Values PDS
//! sends as a string or a number (`drive_id`, `crc64_hash`) keep their spelling
//! ([`NumberOrText`]). Every
//! response converts into the vendor-neutral model of [`codec_core`], and the request
//! implements [`codec_core::listing::ListRequest`], the listing API every vendor crate
//! shares: `with_page_size` (the wire's `limit`), `with_marker` (the opaque
//! `part_number_marker`), the pager, the page, `marker` and `resume_from`. PDS names the
//! file by `file_id` in the constructor, so there is no `with_key`.
//!
//! ```
//! use codec_core::listing::ListRequest;
//! use codec_core::{Decode, Encode, Normalize};
//! use codec_pds::{ListUploadedPartsRequest, ListUploadedPartsResponse};
//!
//! // The request: a JSON body to POST to /v2/file/list_uploaded_parts.
//! let request = ListUploadedPartsRequest::new(
//!     "1",
//!     "322fb07b975f4b0ae1b543fe8475eee4c19eb2b2",
//!     "00166D06127B413BA1EC8ABB1144D101",
//! )
//! .with_page_size(100);
//! let wire = request.encode()?;
//! assert!(wire.starts_with(br#"{"drive_id":"1","file_id":"322f"#));
//!
//! // The response, borrowing from the body.
//! let body = br#"{
//!   "file_id": "322fb07b975f4b0ae1b543fe8475eee4c19eb2b2",
//!   "upload_id": "00166D06127B413BA1EC8ABB1144D101",
//!   "uploaded_parts": [
//!     {"part_number": 1, "part_size": 1024, "etag": "\"0CC175B9C0F1B6A831C399E269772661\""}
//!   ],
//!   "next_part_number_marker": "NWQ1Yjk4YmI1ZDRl"
//! }"#;
//! let response = ListUploadedPartsResponse::decode(body)?;
//! assert_eq!(response.parts()[0].part_number, Some(1));
//! let page = response.normalize()?;
//! assert_eq!(page.key.as_deref(), Some("322fb07b975f4b0ae1b543fe8475eee4c19eb2b2"));
//! assert_eq!(page.parts[0].etag.as_deref(), Some("0CC175B9C0F1B6A831C399E269772661"));
//! assert_eq!(page.next_marker.as_deref(), Some("NWQ1Yjk4YmI1ZDRl"));
//!
//! // The next page's request (the pager is `ListRequest::next_request`).
//! let next = request.next_request(&response)?.expect("PDS gave a next marker");
//! assert_eq!(next.marker().as_deref(), Some("NWQ1Yjk4YmI1ZDRl"));
//! // A listing resumed from a saved `next_marker`:
//! let resumed = request.clone().resume_from("NWQ1Yjk4YmI1ZDRl")?;
//! assert_eq!(resumed, next);
//! # Ok::<(), codec_core::Error>(())
//! ```
//!
//! # Decoding and normalizing in one expression
//!
//! The page of the vendor-neutral model borrows from the decoded response, which
//! borrows from the body, so
//! `let page = ListUploadedPartsResponse::decode(&body)?.normalize()?;` does not
//! compile (E0716: the decoded response is a temporary, dropped at the end of the
//! statement while the page still borrows it). Keep the response in a variable, or
//! detach the page with `into_owned()` (which copies its strings):
//!
//! ```
//! use codec_core::{Decode, Normalize, PartsPage};
//! use codec_pds::ListUploadedPartsResponse;
//!
//! let body = codec_pds::examples::LIST_UPLOADED_PARTS_RESPONSE.as_bytes();
//! // Zero-copy: two lines.
//! let response = ListUploadedPartsResponse::decode(body)?;
//! let page = response.normalize()?;
//! assert_eq!(page.parts.len(), 1);
//! // One expression: an owned page.
//! let page: PartsPage<'static> = ListUploadedPartsResponse::decode(body)?.normalize()?.into_owned();
//! assert_eq!(page.parts[0].number, 1);
//! # Ok::<(), codec_core::Error>(())
//! ```
//!
//! # A whole listing
//!
//! [`codec_core::listing::list_all`] runs the pager over your transport, a closure from
//! request to response body; here a stand-in serves the pages
//! [`examples::list_uploaded_parts_pages`] generates (250 parts, 100 a page):
//!
//! ```
//! use codec_core::listing::{ListRequest, list_all};
//! use codec_core::{Encode, Error};
//! use codec_pds::ListUploadedPartsRequest;
//!
//! let mut pages = codec_pds::examples::list_uploaded_parts_pages(250, 100).into_iter();
//! let mut markers = Vec::new();
//! let first = ListUploadedPartsRequest::new(
//!     "1",
//!     "322fb07b975f4b0ae1b543fe8475eee4c19eb2b2",
//!     "00166D06127B413BA1EC8ABB1144D101",
//! )
//! .with_page_size(100);
//! let parts = list_all(first, |request: &ListUploadedPartsRequest<'_>| {
//!     let _json = request.encode()?; // what a real transport would POST
//!     markers.push(request.marker().map(|marker| marker.into_owned()));
//!     pages.next().ok_or_else(|| Error::paging("no page left"))
//! })?;
//! assert_eq!(parts.len(), 250);
//! assert_eq!((parts[0].number, parts[249].number), (1, 250));
//! assert_eq!(markers.len(), 3);
//! assert!(markers[0].is_none() && markers[1].is_some());
//! # Ok::<(), codec_core::Error>(())
//! ```
//!
//! A page that is PDS's error body stops the listing with an error of kind
//! [`Service`](codec_core::ErrorKind::Service): it says what PDS said,
//! [`Error::is_retryable`](codec_core::Error::is_retryable) says whether to send the
//! request again, and [`ErrorResponse::from_error`] gives the whole body back.
//!
//! # `null`
//!
//! The service writes `null` for an object or a list it has no value for (Go's nil
//! pointers and slices: `"upload_form_info": null`). Fields holding an object or a list
//! are therefore `Option<Option<T>>`: `None` when absent, `Some(None)` for `null`,
//! `Some(Some(value))` otherwise, and each encodes back as it came. A `null` in a string,
//! number or boolean field, which the service does not send, reads as absent.
//!
//! # Features
//!
//! - `schema`: derives `schemars::JsonSchema` on every public type (the `codec schema`
//!   command uses it); off by default so an SDK embedding this crate does not compile
//!   schemars;
//! - `arbitrary`: derives `arbitrary::Arbitrary` on every public type, generating only
//!   values that round-trip (part numbers and limits in range, a request naming a drive,
//!   a share or both, a response with at least one member), for the structured fuzz
//!   targets.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod complete_file;
pub mod create_file;
pub mod error;
pub mod examples;
pub mod get_upload_url;
pub mod list_uploaded_parts;
pub mod part;
mod types;

pub use complete_file::{CompleteFileRequest, CompleteFileResponse};
pub use create_file::{CheckNameMode, CreateFileRequest, CreateFileResponse, FileType};
pub use error::ErrorResponse;
pub use get_upload_url::{GetUploadUrlRequest, GetUploadUrlResponse};
pub use list_uploaded_parts::{ListUploadedPartsRequest, ListUploadedPartsResponse};
pub use part::{HashContext, HashWords, SignatureInfo, UploadFormInfo, UploadedPart};
pub use types::{NumberOrText, PartNumberMarker};

/// The operation name of `list_uploaded_parts` on the command line and in errors.
pub const OPERATION_LIST_UPLOADED_PARTS: &str = "list-uploaded-parts";
/// The operation name of `create_file` (`POST /v2/file/create`) on the command line and
/// in errors.
pub const OPERATION_CREATE_FILE: &str = "create-file";
/// The operation name of `get_upload_url` (`POST /v2/file/get_upload_url`) on the
/// command line and in errors.
pub const OPERATION_GET_UPLOAD_URL: &str = "get-upload-url";
/// The operation name of `complete_file` (`POST /v2/file/complete`) on the command line
/// and in errors.
pub const OPERATION_COMPLETE_FILE: &str = "complete-file";
/// The operation name of the error body on the command line and in errors.
pub const OPERATION_ERROR: &str = "error";
/// The highest part number PDS accepts (parts are numbered 1 to 10,000).
pub const MAX_PART_NUMBER: u32 = 10_000;
/// The largest `limit` the current API documents (1 to 100).
pub const DOCUMENTED_MAX_LIMIT: u32 = 100;
/// The largest `limit` accepted: the API before 2022 allowed 1 to 1000, and bodies of
/// that age still decode.
pub const MAX_LIMIT: u32 = 1_000;

/// This crate's README examples, compiled as doc tests so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
