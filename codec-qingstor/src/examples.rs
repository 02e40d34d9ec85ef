//! The documented examples, embedded: what `codec … --example` decodes, and a ready
//! input for trying the API; and generators of bodies of any size, for benchmarks,
//! allocation counts and stand-in transports.
//!
//! The constants are the fixture files under `fixtures/ok/`, byte for byte as
//! QingStor's documents print them ("List Multipart" of 2020-11-25, and the current
//! yunify/qingcloud-docs pages "Initiate Multipart Upload", "Complete Multipart Upload"
//! and "List Multipart Uploads"), and its published error example; but for
//! [`LIST_MULTIPART_UPLOADS_RESPONSE`], whose published form is not JSON (see there).

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

/// The document "Initiate Multipart Upload" (yunify/qingcloud-docs,
/// `api/object/multipart/initiate.md`), "Example Response" body:
/// `{upload_id, bucket, key}`, four-space indented.
pub const INITIATE_MULTIPART_UPLOAD_RESPONSE: &str =
    include_str!("../fixtures/ok/initiate-multipart-upload/doc-example.json");

/// The document "Complete Multipart Upload" (`api/object/multipart/complete.md`),
/// "Example Request": the request target of its request line,
/// `/large-object?upload_id=4d26b37a469230619604ecdc0e314782` (`POST` and `HTTP/1.1`
/// removed), with its line feed.
pub const COMPLETE_MULTIPART_UPLOAD_TARGET: &str =
    include_str!("../fixtures/ok/complete-multipart-upload-request/doc-example.txt");

/// The same document's request body: parts 0 and 2 (a gap, which QingStor allows),
/// bare ETags, four-space indented.
pub const COMPLETE_MULTIPART_UPLOAD_BODY: &str =
    include_str!("../fixtures/ok/complete-multipart-upload-body/doc-example.json");

/// The whole Complete request in its TARGET+BODY form, as the `codec` command reads it:
/// [`COMPLETE_MULTIPART_UPLOAD_TARGET`] (its line feed included), then
/// [`COMPLETE_MULTIPART_UPLOAD_BODY`].
///
/// ```
/// use codec_core::Decode;
/// use codec_qingstor::complete_multipart_upload::normalize_request;
/// use codec_qingstor::{CompleteMultipartUpload, CompleteMultipartUploadRequest};
///
/// let (target, body) = codec_qingstor::examples::COMPLETE_MULTIPART_UPLOAD_REQUEST.split_once('\n').unwrap();
/// let target = CompleteMultipartUploadRequest::decode(target.as_bytes())?;
/// let body = CompleteMultipartUpload::decode(body.as_bytes())?;
/// assert_eq!(normalize_request(&target, &body)?.parts.len(), 2);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub const COMPLETE_MULTIPART_UPLOAD_REQUEST: &str = concat!(
    include_str!("../fixtures/ok/complete-multipart-upload-request/doc-example.txt"),
    include_str!("../fixtures/ok/complete-multipart-upload-body/doc-example.json"),
);

/// The document "List Multipart Uploads" (`api/bucket/basic_opt/list_multipart_uploads.md`),
/// "响应示例" (example response) body, with one change: the document prints a comma
/// after the last upload, which JSON does not allow (the published body is
/// `fixtures/err/list-multipart-uploads/doc-example-trailing-comma.json`, and decoding
/// it fails at that comma); here the comma is removed, nothing else. Four uploads (two
/// of one object name), `key_marker` and `upload_id_marker` empty, `next_key_marker`
/// `Sci-Fi/`, two common prefixes, no `has_more`.
pub const LIST_MULTIPART_UPLOADS_RESPONSE: &str =
    include_str!("../fixtures/ok/list-multipart-uploads/doc-example.json");

/// The same document's example request target,
/// `/?uploads&prefix=Movies/&delimiter=/&limit=6` (`GET` and `HTTP/1.1` removed).
pub const LIST_MULTIPART_UPLOADS_REQUEST: &str =
    include_str!("../fixtures/ok/list-multipart-uploads-request/doc-example.txt");

/// A List Multipart Uploads body of `uploads` uploads in the shape of
/// [`LIST_MULTIPART_UPLOADS_RESPONSE`] (two-space indented, one member a line, ISO 8601
/// `created` dates, three uploads per object name with ascending 32-digit ids), the
/// whole listing on one page (`limit` 1000, `has_more` false, empty next markers):
/// input for benchmarks, allocation counts and load tests.
///
/// ```
/// use codec_core::Decode;
/// let body = codec_qingstor::examples::list_multipart_uploads_page(1_000);
/// let page = codec_qingstor::ListMultipartUploadsResponse::decode(body.as_bytes())?;
/// assert_eq!(page.uploads().len(), 1_000);
/// assert_eq!(page.next_markers(), None);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn list_multipart_uploads_page(uploads: usize) -> String {
    uploads_page(0, uploads, 1_000, false)
}

/// A whole listing of `uploads` uploads as QingStor pages it, `per_page` uploads a page
/// (a `per_page` of 0 is taken as 1): the bodies the requests of the pager
/// ([`ListRequest`](codec_core::listing::ListRequest) on
/// [`ListMultipartUploadsRequest`](crate::ListMultipartUploadsRequest)) get, in order,
/// each in the shape of [`list_multipart_uploads_page`]. Every page but the last says
/// `"has_more": true` and names its last upload's object name and id as
/// `next_key_marker` and `next_upload_id_marker` (three uploads share each name, so
/// pages often end inside a name); page *n* echoes the markers page *n − 1* gave as
/// `key_marker` and `upload_id_marker`; the last page says `"has_more": false` with
/// empty next markers. No uploads give one empty last page.
///
/// ```
/// use codec_core::Decode;
/// use codec_core::listing::ListRequest;
/// use codec_qingstor::{ListMultipartUploadsRequest, ListMultipartUploadsResponse};
///
/// let pages = codec_qingstor::examples::list_multipart_uploads_pages(5, 2);
/// assert_eq!(pages.len(), 3);
/// let mut request = Some(ListMultipartUploadsRequest::new().with_page_size(2));
/// for body in &pages {
///     let response = ListMultipartUploadsResponse::decode(body.as_bytes())?;
///     request = request.expect("a request for every page").next_request(&response)?;
/// }
/// assert_eq!(request, None);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn list_multipart_uploads_pages(uploads: usize, per_page: usize) -> Vec<String> {
    let per_page = per_page.max(1);
    let mut pages = Vec::with_capacity(uploads.div_ceil(per_page).max(1));
    let mut start = 0;
    loop {
        let end = start + per_page.min(uploads - start);
        let has_more = end < uploads;
        pages.push(uploads_page(start, end, per_page, has_more));
        if !has_more {
            return pages;
        }
        start = end;
    }
}

/// The object name and the id of generated upload `index` (from 0): three uploads a
/// name, ids ascending (the index, then a hash), 32 hexadecimal digits as the id
/// QingStor's Initiate Multipart Upload document shows.
fn generated_upload(index: usize) -> (String, String) {
    let hash = (index as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835);
    (format!("large-object-{:05}", index / 3), format!("{index:08x}{:024x}", hash >> 32))
}

/// A List Multipart Uploads body holding uploads `start` to `end - 1`, with `limit`
/// `limit`, starting after upload `start - 1` (when there is one); naming upload
/// `end - 1` as the next markers when `has_more`.
fn uploads_page(start: usize, end: usize, limit: usize, has_more: bool) -> String {
    use std::fmt::Write;
    let mut body = String::with_capacity(400 + (end - start) * 150);
    body.push_str("{\n  \"name\": \"mybucket\",\n  \"uploads\": [");
    for index in start..end {
        let (key, id) = generated_upload(index);
        let separator = if index + 1 < end { "," } else { "" };
        let _ = write!(
            body,
            "\n    {{\n      \"created\": \"2016-12-25T16:02:05.000Z\",\n      \"key\": \"{key}\",\n      \
             \"upload_id\": \"{id}\"\n    }}{separator}"
        );
    }
    body.push_str(if end > start { "\n  ],\n" } else { "],\n" });
    let (key_marker, upload_id_marker) =
        start.checked_sub(1).map(generated_upload).unwrap_or_default();
    let (next_key, next_id) = if has_more { generated_upload(end - 1) } else { Default::default() };
    let _ = write!(
        body,
        "  \"prefix\": \"\",\n  \"limit\": {limit},\n  \"key_marker\": \"{key_marker}\",\n  \
         \"upload_id_marker\": \"{upload_id_marker}\",\n  \"next_key_marker\": \"{next_key}\",\n  \
         \"next_upload_id_marker\": \"{next_id}\",\n  \"has_more\": {has_more},\n  \
         \"common_prefixes\": []\n}}\n"
    );
    body
}

/// A Complete Multipart Upload request body of `parts` parts (numbered from 1, as
/// [`list_multipart_page`]'s, their ETags the same) in the shape of
/// [`COMPLETE_MULTIPART_UPLOAD_BODY`] (four-space indented, one part a line, bare
/// ETags): input for benchmarks and allocation counts. `parts` of 0 gives a body
/// without parts, which QingStor (and the decoder) refuses; keep `parts` at most
/// 10,000, QingStor's highest part number.
///
/// ```
/// use codec_core::Decode;
/// let body = codec_qingstor::examples::complete_multipart_upload(10_000);
/// let decoded = codec_qingstor::CompleteMultipartUpload::decode(body.as_bytes())?;
/// assert_eq!(decoded.object_parts.len(), 10_000);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn complete_multipart_upload(parts: usize) -> String {
    use std::fmt::Write;
    let mut body = String::with_capacity(40 + parts * 70);
    body.push_str("{\n    \"object_parts\": [\n");
    for number in 1..=parts {
        // The multiplicative hash of `page`, so the ETags match the listing's.
        let etag = (number as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835);
        let separator = if number < parts { "," } else { "" };
        let _ = writeln!(
            body,
            "        {{\"part_number\": {number}, \"etag\": \"{etag:032x}\"}}{separator}"
        );
    }
    body.push_str("    ]\n}\n");
    body
}
