//! List Multipart Uploads: the multipart uploads of a bucket that are still in
//! progress (initiated, neither completed nor aborted).
//!
//! - [`ListMultipartUploadsRequest`]: `GET /?uploads&prefix=…&delimiter=…&limit=…&key_marker=…&upload_id_marker=…`,
//!   to and from the query string, with the builder every vendor crate shares
//!   (`with_page_size`, `with_marker`) and the pager,
//!   [`ListRequest`](codec_core::listing::ListRequest), over the marker pair;
//! - [`ListMultipartUploadsResponse`]: the JSON response body, decoded borrowing from
//!   the input and encoded back losslessly, its items [`PendingUpload`], and its
//!   [`Normalize`](codec_core::Normalize) conversion into
//!   [`UploadsPage`](codec_core::UploadsPage).
//!
//! # Paging
//!
//! QingStor lists the uploads sorted by object name, at most `limit` (1 to 1000,
//! default 200) a page. The next request passes the page's `next_key_marker` as
//! `key_marker` and its `next_upload_id_marker` as `upload_id_marker` (several uploads
//! of one object name may straddle two pages); the listing is complete when
//! `next_key_marker` is empty or `has_more` is `false`
//! ([`ListMultipartUploadsResponse::next_markers`]). QingStor's document "List
//! Multipart Uploads" says so for the markers; `has_more` is in its API specification
//! and Go SDK, not in the document's example, and is read when present.
//!
//! ```
//! use codec_core::listing::{ListRequest, list_all};
//! use codec_qingstor::ListMultipartUploadsRequest;
//!
//! // A stand-in transport serving 2,500 generated uploads, 1,000 a page.
//! let pages = codec_qingstor::examples::list_multipart_uploads_pages(2_500, 1_000);
//! let mut sent = Vec::new();
//! let uploads = list_all(ListMultipartUploadsRequest::new().with_page_size(1_000), |request| {
//!     sent.push(request.to_target()?);
//!     Ok::<_, codec_core::Error>(pages[sent.len() - 1].as_bytes())
//! })?;
//! assert_eq!(uploads.len(), 2_500);
//! assert_eq!(sent[0], "/?uploads&limit=1000");
//! assert!(sent[1].contains("&key_marker=large-object-00333&upload_id_marker="), "{}", sent[1]);
//! # Ok::<(), codec_core::Error>(())
//! ```

mod paging;
mod request;
mod response;

pub use request::ListMultipartUploadsRequest;
pub use response::{ListMultipartUploadsResponse, PendingUpload};

/// The bare flag that names the operation in the query string.
pub const FLAG: &str = "uploads";
