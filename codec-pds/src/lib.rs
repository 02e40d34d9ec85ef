//! Aliyun PDS codecs for the `list_uploaded_parts` operation
//! (`POST /v2/file/list_uploaded_parts`): the JSON request body, the JSON response body
//! and PDS's JSON error body `{code, message}`.
//!
//! Decoding borrows from the caller's buffer (strings are `Cow<'a, str>` pointing into
//! it, ETags sent as `"\"…\""` included), never panics and caps nesting depth; unknown
//! fields are skipped, duplicate fields are errors. Every field but the request's
//! `file_id` and `upload_id` may be absent, as the SDKs and Aliyun Drive clients send
//! them; absent stays absent when encoded again. Every response converts into the
//! vendor-neutral model of [`codec_core`].
//!
//! ```
//! use codec_core::{Decode, Normalize};
//! use codec_pds::{ListUploadedPartsRequest, ListUploadedPartsResponse};
//!
//! let body = br#"{
//!   "file_id": "322fb07b975f4b0ae1b543fe8475eee4c19eb2b2",
//!   "upload_id": "00166D06127B413BA1EC8ABB1144D101",
//!   "uploaded_parts": [
//!     {"part_number": 1, "part_size": 1024, "etag": "\"0CC175B9C0F1B6A831C399E269772661\""}
//!   ],
//!   "next_part_number_marker": "NWQ1Yjk4YmI1ZDRl"
//! }"#;
//! let response = ListUploadedPartsResponse::decode(body)?;
//! let page = response.normalize()?;
//! assert_eq!(page.key.as_deref(), Some("322fb07b975f4b0ae1b543fe8475eee4c19eb2b2"));
//! assert_eq!(page.parts[0].etag.as_deref(), Some("0CC175B9C0F1B6A831C399E269772661"));
//! assert_eq!(page.next_marker.as_deref(), Some("NWQ1Yjk4YmI1ZDRl"));
//!
//! let request = ListUploadedPartsRequest::new(
//!     "1",
//!     "322fb07b975f4b0ae1b543fe8475eee4c19eb2b2",
//!     "00166D06127B413BA1EC8ABB1144D101",
//! );
//! let next = request.next_request(&response)?.expect("PDS gave a next marker");
//! assert_eq!(next.part_number_marker.unwrap().as_text(), "NWQ1Yjk4YmI1ZDRl");
//! # Ok::<(), codec_core::Error>(())
//! ```
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
//!   a share or both), for the structured fuzz targets.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod error;
pub mod examples;
pub mod list_uploaded_parts;
mod types;

pub use error::ErrorResponse;
pub use list_uploaded_parts::{
    HashContext, HashWords, ListUploadedPartsRequest, ListUploadedPartsResponse, SignatureInfo,
    UploadFormInfo, UploadedPart,
};
pub use types::PartNumberMarker;

/// The operation name of `list_uploaded_parts` on the command line and in errors.
pub const OPERATION_LIST_UPLOADED_PARTS: &str = "list-uploaded-parts";
/// The operation name of the error body on the command line and in errors.
pub const OPERATION_ERROR: &str = "error";
/// The highest part number PDS accepts (parts are numbered 1 to 10,000).
pub const MAX_PART_NUMBER: u32 = 10_000;
/// The largest `limit` the current API documents (1 to 100).
pub const DOCUMENTED_MAX_LIMIT: u32 = 100;
/// The largest `limit` accepted: the API before 2022 allowed 1 to 1000, and bodies of
/// that age still decode.
pub const MAX_LIMIT: u32 = 1_000;
