//! `complete_file` (`POST /v2/file/complete`): ending an upload, and the file it made.
//!
//! - [`CompleteFileRequest`]: the JSON request body (`drive_id` or `share_id`,
//!   `file_id`, `upload_id`, an optional `part_info_list` of `{part_number, etag}`, an
//!   optional `crc64_hash`), built from parts a
//!   [`PartCollector`](codec_core::collect::PartCollector) gathered
//!   ([`from_collected`](CompleteFileRequest::from_collected)), and normalized to
//!   [`CompleteRequest`](codec_core::CompleteRequest);
//! - [`CompleteFileResponse`]: the JSON response body, a file object of some forty
//!   members (the useful ones declared, the rest skipped), which normalizes to
//!   [`CompletedUpload`](codec_core::CompletedUpload) (the key is the `file_id`, and
//!   `size`; PDS's `location` is a region, not a URL, so it does not fill `location`,
//!   and no file ETag exists).
//!
//! The 2022 API sends no `part_info_list` (PDS completes the upload from the parts it
//! recorded; Aliyun Drive's client sends `drive_id`, `file_id` and `upload_id` only);
//! the older API's SDK (`pds-go`) and the JS SDK send `{part_number, etag}` per part,
//! the ETags as the part's upload to OSS answered them, quotes included (`"\"…\""`).
//!
//! ```
//! use codec_core::collect::PartCollector;
//! use codec_core::{Decode, Encode, Normalize};
//! use codec_pds::{CompleteFileRequest, CompleteFileResponse, ListUploadedPartsResponse};
//!
//! // Resume: collect the listed parts, then complete with them.
//! let mut collector = PartCollector::new();
//! for body in codec_pds::examples::list_uploaded_parts_pages(5, 2) {
//!     let page = ListUploadedPartsResponse::decode(body.as_bytes())?;
//!     collector.add(&page.normalize()?)?;
//! }
//! let request = CompleteFileRequest::from_collected(
//!     &collector,
//!     "322fb07b975f4b0ae1b543fe8475eee4c19eb2b2",
//!     "00166D06127B413BA1EC8ABB1144D101",
//! )?
//! .with_drive_id("1");
//! let json = request.encode()?; // the body to POST to /v2/file/complete
//! assert_eq!(CompleteFileRequest::decode(&json)?.normalize()?.parts.len(), 5);
//!
//! // The answer: the file.
//! let body = codec_pds::examples::COMPLETE_FILE_RESPONSE.as_bytes();
//! let file = CompleteFileResponse::decode(body)?;
//! let done = file.normalize()?;
//! assert_eq!(done.key.as_deref(), file.file_id.as_deref());
//! assert_eq!(done.location, None);
//! # Ok::<(), codec_core::Error>(())
//! ```

mod request;
mod response;

pub use request::CompleteFileRequest;
pub use response::CompleteFileResponse;

/// What PDS's `complete_file` demands of collected parts
/// ([`CompleteFileRequest::from_collected`]):
///
/// - part numbers from 1 (`first_number: 1`): PDS numbers parts 1 to 10,000;
/// - gaps allowed (`gaps_allowed: true`): PDS completes an upload from the parts it
///   holds, and OSS, under it, takes any ascending subset of the uploaded parts (the
///   workspace's contract lists PDS with QingStor as allowing gaps); `--expect N` is
///   how a caller demands every part of `1..=N`;
/// - no ETag required (`etag_required: false`): the 2022 API's request carries no part
///   list at all, and `etag` is deprecated in PDS's part model, so PDS does not need
///   the client's ETags to complete; a part listed without one is written as
///   `{"part_number": n}` alone. (The older API's SDK sent `{part_number, etag}`; parts
///   collected from `list_uploaded_parts` pages carry their ETags, and those are
///   written.)
pub const COMPLETE_RULES: codec_core::collect::CompleteRules = codec_core::collect::CompleteRules {
    first_number: 1,
    gaps_allowed: true,
    etag_required: false,
};
