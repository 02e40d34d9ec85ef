//! List Parts: the parts already uploaded for one multipart upload.
//!
//! - [`ListPartsRequest`]: `GET /<ObjectKey>?uploadId=…&encoding-type=…&max-parts=…&part-number-marker=…`,
//!   to and from the query string, with the builder every vendor crate shares
//!   (`with_page_size`, `with_marker`, `with_key`) and the pager,
//!   [`ListRequest`](codec_core::listing::ListRequest);
//! - [`ListPartsResult`]: the XML response body, decoded borrowing from the input and
//!   encoded back losslessly, and its [`Normalize`](codec_core::Normalize) conversion
//!   into [`PartsPage`](codec_core::PartsPage); its items are [`UploadedPart`]s.
//!
//! Paging: while `IsTruncated` is `true`, the next request passes
//! `part-number-marker=NextPartNumberMarker`; `max-parts` is at most 1000 and part
//! numbers run 1 to 10,000.

mod paging;
mod request;
mod response;

pub use request::ListPartsRequest;
pub use response::{EncodingTypeElement, ListPartsResult, UploadedPart};
