//! `list_uploaded_parts`: the parts already uploaded for one upload task.
//!
//! - [`ListUploadedPartsRequest`]: the JSON body of `POST /v2/file/list_uploaded_parts`
//!   (`drive_id` or `share_id`, `file_id`, `upload_id`, `limit`, `part_number_marker`),
//!   decoded and encoded, and its [`ListRequest`](codec_core::listing::ListRequest)
//!   implementation, the pager;
//! - [`ListUploadedPartsResponse`]: the JSON response body, decoded borrowing from the
//!   input and encoded back losslessly, and its [`Normalize`](codec_core::Normalize)
//!   conversion into [`PartsPage`](codec_core::PartsPage) (the key is the `file_id`).
//!
//! Paging: the next request passes the response's `next_part_number_marker` as its
//! `part_number_marker`, an opaque string; `""` (or no marker) means the listing is
//! done. `limit` is 1 to 100 (1 to 1000 before 2022); part numbers run 1 to 10,000.

mod paging;
mod request;
mod response;

pub use crate::part::{HashContext, HashWords, SignatureInfo, UploadFormInfo, UploadedPart};
pub use request::ListUploadedPartsRequest;
pub use response::ListUploadedPartsResponse;
