//! List Multipart: the parts already uploaded for one multipart upload.
//!
//! - [`ListMultipartRequest`]: `GET /<object-name>?upload_id=…&part_number_marker=…&limit=…`,
//!   to and from the request target, and [`ListMultipartRequest::next_request`], the
//!   pager;
//! - [`ListMultipartResponse`]: the JSON response body, decoded borrowing from the
//!   input and encoded back losslessly, and its [`Normalize`](codec_core::Normalize)
//!   conversion into [`PartsPage`](codec_core::PartsPage).
//!
//! # Paging
//!
//! QingStor returns parts sorted by number, starting after `part_number_marker`, at
//! most `limit` (at most 1000) of them; part numbers run 0 to 10,000. The response
//! names no next marker and has no truncation flag, so the pager derives both:
//!
//! - the next request passes `part_number_marker` = the last part number returned;
//! - the listing is complete when a page has no parts, when its last part is number
//!   10,000, or, when the request set `limit`, when the page holds fewer than `limit`
//!   parts.
//!
//! Without a `limit` in the request the last case cannot be judged (QingStor's default
//! page size is undocumented), and the listing ends with one extra request that
//! returns no parts. A marker that would not move forward is an error, never a loop.
//! [`ListMultipartResponse::next_marker`] is that rule; the pager, `normalize()` (the
//! body alone: no `limit`) and [`ListMultipartResponse::normalize_for`] (with the
//! request's `limit`) all apply it. In the normalized model, `truncated` is `false`
//! when the rule says complete and `null` otherwise; `next_marker` is `null` when
//! complete and the last part number otherwise.
//!
//! # `count`
//!
//! The document names it 分段数量, "the number of parts", and does not say whether it
//! counts the parts of this page or of the whole upload; its example cannot tell (3
//! parts, `count` 3). It is kept as sent and nothing depends on it.

mod request;
mod response;

pub use request::ListMultipartRequest;
pub use response::{ListMultipartResponse, Part};
