//! List Multipart: the parts already uploaded for one multipart upload.
//!
//! - [`ListMultipartRequest`]: `GET /<object-name>?upload_id=…&part_number_marker=…&limit=…`,
//!   to and from the request target, and its
//!   [`ListRequest`](codec_core::listing::ListRequest) implementation: the pager
//!   (`next_request`) and the page in the vendor-neutral model (`page`);
//! - [`ListMultipartResponse`]: the JSON response body, decoded borrowing from the
//!   input and encoded back losslessly, its items [`UploadedPart`], and its
//!   [`Normalize`](codec_core::Normalize) conversion into
//!   [`PartsPage`](codec_core::PartsPage).
//!
//! # Paging
//!
//! QingStor returns parts sorted by number, starting after `part_number_marker`, at
//! most `limit` (1 to 1000) of them; part numbers run 0 to 10,000. The response names
//! no next marker and has no truncation flag, so the pager derives the marker and the
//! end:
//!
//! - the next request passes `part_number_marker` = the last part number returned;
//! - the listing is complete when a page has no parts, when its last part is number
//!   10,000, or, when the request set `limit`, when the page holds fewer than `limit`
//!   parts.
//!
//! Without a `limit` in the request the last case cannot be judged (QingStor's default
//! page size is undocumented), and the listing ends with one extra request that
//! returns no parts. A marker that would not move forward is an error of kind
//! [`Paging`](codec_core::ErrorKind::Paging), never a loop.
//! [`ListMultipartResponse::next_marker`] is that rule.
//!
//! Since the end depends on the request's `limit`, the page of the vendor-neutral
//! model a listing wants is `request.page(&response)`
//! ([`ListRequest::page`](codec_core::listing::ListRequest::page)): `next_marker` is
//! `null` when the rule, with the request's `limit`, says the listing is complete, and
//! the last part number otherwise; `upload_id` and `key` come from the request.
//! `response.normalize()` is the same page from the body alone (no `limit`, so a
//! short page still names a `next_marker`; no upload id or key). In both, `truncated`
//! is always `null`: the model's `truncated` is the vendor's own word, and QingStor
//! gives none.
//!
//! # `count`
//!
//! The document names it 分段数量, "the number of parts", and does not say whether it
//! counts the parts of this page or of the whole upload; its example cannot tell (3
//! parts, `count` 3). It is kept as sent and nothing depends on it.

mod listing;
mod normalize;
mod request;
mod response;

pub use request::ListMultipartRequest;
pub use response::{ListMultipartResponse, UploadedPart};
