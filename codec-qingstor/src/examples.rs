//! The documented examples, embedded: what `codec … --example` decodes, and a ready
//! input for trying the API.
//!
//! They are the fixture files under `fixtures/ok/`, byte for byte as QingStor's
//! "List Multipart" document (2020-11-25) and its published error example print them.

/// The document's example response: three parts, `count` 3, bare ETags, ISO 8601
/// `created` dates.
pub const LIST_MULTIPART_RESPONSE: &str =
    include_str!("../fixtures/ok/list-multipart/doc-example.json");

/// The document's example request target, `/large-object?upload_id=…` (its request
/// line without `GET` and `HTTP/1.1`).
pub const LIST_MULTIPART_REQUEST: &str =
    include_str!("../fixtures/ok/list-multipart-request/doc-example.txt");

/// The error body QingStor's docs publish (`bad_request`, with `url`); the List
/// Multipart document refers to the error-code page and prints none.
pub const ERROR_RESPONSE: &str =
    include_str!("../fixtures/ok/error/qingcloud-docs-bad-request.json");

/// A List Multipart body of `parts` parts in the shape of [`LIST_MULTIPART_RESPONSE`]
/// (indented, one part per line, `count` equal to the number of parts, ISO 8601
/// dates, bare 32-digit ETags, distinct per part; part numbers from 1): input for
/// benchmarks, allocation counts and load tests. Part numbers past 10,000 are out of
/// QingStor's range, so keep `parts` at most 10,000 for a body that decodes.
///
/// ```
/// use codec_core::Decode;
/// let body = codec_qingstor::examples::list_multipart_page(1_000);
/// assert_eq!(codec_qingstor::ListMultipartResponse::decode(body.as_bytes())?.parts().len(), 1_000);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn list_multipart_page(parts: usize) -> String {
    page(1, parts)
}

/// A whole listing of `parts` parts (numbered from 1) as the chain of bodies QingStor
/// sends for requests with `limit` = `per_page`, each in the shape of
/// [`list_multipart_page`]: full pages of `per_page` parts, then the last page, short
/// or, when `parts` is a multiple of `per_page`, empty. The pager
/// ([`ListRequest::next_request`](codec_core::listing::ListRequest::next_request))
/// sees the end only with the request's `limit`, so page through them with
/// `with_page_size(per_page)`; each page's first part number is one more than the
/// previous page's last, which the pager passes as `part_number_marker`.
///
/// A listing whose last full page ends at part 10,000 needs no empty page (no part can
/// follow), and gets none. Keep `parts` at most 10,000, QingStor's highest part
/// number (parts past it are left out); a `per_page` of 0 is taken as 1 (QingStor's
/// `limit` is 1 to 1000).
///
/// ```
/// use codec_core::Decode;
/// use codec_core::listing::ListRequest;
/// use codec_qingstor::{ListMultipartRequest, ListMultipartResponse};
///
/// let pages = codec_qingstor::examples::list_multipart_pages(5, 2);
/// assert_eq!(pages.len(), 3); // 2 + 2 + 1
/// let mut request = ListMultipartRequest::new("4d26").with_page_size(2);
/// for (index, body) in pages.iter().enumerate() {
///     let page = ListMultipartResponse::decode(body.as_bytes())?;
///     match request.next_request(&page)? {
///         Some(next) => request = next,
///         None => assert_eq!(index, pages.len() - 1),
///     }
/// }
/// assert_eq!(codec_qingstor::examples::list_multipart_pages(4, 2).len(), 3); // 2 + 2 + 0
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn list_multipart_pages(parts: usize, per_page: usize) -> Vec<String> {
    let per_page = per_page.max(1);
    let mut pages = Vec::with_capacity(parts / per_page + 1);
    let mut first = 1;
    loop {
        let count = per_page.min(parts + 1 - first);
        pages.push(page(first, count));
        first += count;
        // A short page ends the listing, and so does a full one that ends at the
        // highest part number.
        if count < per_page || first > crate::MAX_PART_NUMBER as usize {
            return pages;
        }
    }
}

/// A body of `count` parts numbered from `first`.
fn page(first: usize, count: usize) -> String {
    use std::fmt::Write;
    let mut body = String::with_capacity(64 + count * 140);
    let _ = write!(body, "{{\n    \"count\": {count},\n    \"object_parts\": [\n");
    let last = first + count;
    for number in first..last {
        // A multiplicative hash gives every part its own 32-digit hex ETag.
        let etag = (number as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835);
        let separator = if number + 1 < last { "," } else { "" };
        let _ = writeln!(
            body,
            "        {{\"part_number\": {number}, \"size\": 10485760, \
             \"created\": \"2015-08-16T14:52:12.000Z\", \"etag\": \"{etag:032x}\"}}{separator}"
        );
    }
    body.push_str("    ]\n}\n");
    body
}
