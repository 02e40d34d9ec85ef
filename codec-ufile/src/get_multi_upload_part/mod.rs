//! GetMultiUploadPart: the parts already uploaded for one multipart upload.
//!
//! - [`GetMultiUploadPartRequest`]: `GET /?muploadpart&uploadId=…&max-parts=…&part-number-marker=…`,
//!   to and from the query string, with its pager,
//!   [`ListRequest`](codec_core::listing::ListRequest);
//! - [`GetMultiUploadPartResponse`]: the JSON response body in both documented shapes,
//!   decoded borrowing from the input and encoded back losslessly, and its
//!   [`Normalize`](codec_core::Normalize) conversion into
//!   [`PartsPage`](codec_core::PartsPage); its items are [`UploadedPart`]s.
//!
//! Parts are numbered from 0. Paging (newer API): while `IsTruncated` is `true`, the
//! next request passes `part-number-marker=NextPartNumberMarker`; the 2019 API returns
//! every part in one body.

mod listing;
mod request;
mod response;

pub use request::{FLAG, GetMultiUploadPartRequest};
pub use response::{GetMultiUploadPartResponse, UploadedPart};
