//! GetMultiUploadId: the multipart uploads still in progress in a bucket.
//!
//! - [`GetMultiUploadIdRequest`]: `GET /?muploadid&prefix=…&marker=…&limit=…`, to and
//!   from the query string, with the documented defaults, and its pager,
//!   [`ListRequest`](codec_core::listing::ListRequest);
//! - [`GetMultiUploadIdResponse`]: the JSON response body (`DataSet`, `NextMarker`, …),
//!   decoded borrowing from the input and encoded back losslessly, and its
//!   [`Normalize`](codec_core::Normalize) conversion into
//!   [`UploadsPage`](codec_core::UploadsPage); its items are [`PendingUpload`]s.
//!
//! Paging: the next request passes `marker=NextMarker`; an empty `NextMarker` means
//! the listing is done.

mod listing;
mod request;
mod response;

pub use request::{DEFAULT_LIMIT, FLAG, GetMultiUploadIdRequest};
pub use response::{GetMultiUploadIdResponse, PendingUpload};
