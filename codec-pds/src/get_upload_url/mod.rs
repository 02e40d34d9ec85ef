//! `get_upload_url` (`POST /v2/file/get_upload_url`): new upload URLs for parts of an
//! upload under way (the URLs `create_file` gave expire after 15 minutes, and a
//! resumed upload needs URLs for the parts still missing).
//!
//! - [`GetUploadUrlRequest`]: the JSON request body (`drive_id` or `share_id`,
//!   `file_id`, `upload_id`, `part_info_list` naming the parts);
//! - [`GetUploadUrlResponse`]: the JSON response body (`file_id`, `upload_id`,
//!   `create_at`, `part_info_list` with the URLs), which normalizes to
//!   [`InitiatedUpload`](codec_core::InitiatedUpload): the key is the `file_id`,
//!   `upload_urls` come from the parts in the order sent (a part without a
//!   `part_number` keeps `"number": null`), and `already_complete` is `false` (an
//!   upload that has URLs to give is not complete: PDS answers `AlreadyExist.File` to a
//!   completed one).
//!
//! ```
//! use codec_core::{Decode, Encode, Normalize};
//! use codec_pds::{GetUploadUrlRequest, GetUploadUrlResponse};
//!
//! // URLs for the parts a resumed upload still misses.
//! let request = GetUploadUrlRequest::new("5f5f", "2D0A", [3, 7]).with_drive_id("1");
//! assert_eq!(
//!     request.encode()?,
//!     br#"{"drive_id":"1","file_id":"5f5f","upload_id":"2D0A","part_info_list":[{"part_number":3},{"part_number":7}]}"#
//! );
//!
//! let body = codec_pds::examples::GET_UPLOAD_URL_RESPONSE.as_bytes();
//! let response = GetUploadUrlResponse::decode(body)?;
//! let upload = response.normalize()?;
//! assert_eq!(upload.already_complete, Some(false));
//! assert_eq!(upload.upload_urls[0].number, Some(1));
//! # Ok::<(), codec_core::Error>(())
//! ```

mod request;
mod response;

pub use request::GetUploadUrlRequest;
pub use response::GetUploadUrlResponse;
