//! The documented examples, embedded: what `codec … --example` decodes, and a ready
//! input for trying the API.
//!
//! They are the fixture files under `fixtures/ok/`, byte for byte as UCloud's API
//! documents "GetMultiUploadPart" and "GetMultiUploadId" print them (the error body and
//! the InitiateMultipartUpload and FinishMultipartUpload examples from UCloud's
//! published UFile API docs, which our documents do not print).

use std::fmt::Write;

/// The GetMultiUploadPart document's response example: three parts numbered from 0,
/// `RetCode`, `ErrMsg` and `Status`, keys in alphabetical order.
pub const GET_MULTI_UPLOAD_PART_RESPONSE: &str =
    include_str!("../fixtures/ok/get-multi-upload-part/doc-example.json");

/// The GetMultiUploadPart document's request target, `/?muploadpart&uploadId=…`
/// (`GET` and `HTTP/1.1` removed).
pub const GET_MULTI_UPLOAD_PART_REQUEST: &str =
    include_str!("../fixtures/ok/get-multi-upload-part-request/doc-example.txt");

/// The GetMultiUploadId document's response example: two uploads with UNIX-seconds
/// `StartTime`s and an empty `NextMarker`.
pub const GET_MULTI_UPLOAD_ID_RESPONSE: &str =
    include_str!("../fixtures/ok/get-multi-upload-id/doc-example.json");

/// The GetMultiUploadId document's request target,
/// `/?muploadid&prefix=lar&marker=a&limit=20`.
pub const GET_MULTI_UPLOAD_ID_REQUEST: &str =
    include_str!("../fixtures/ok/get-multi-upload-id-request/doc-example.txt");

/// An error body from UCloud's published UFile API docs (`RetCode` -30010, "bucket not
/// exist"; it starts with a blank line, as published).
pub const ERROR_RESPONSE: &str =
    include_str!("../fixtures/ok/error/real-world-error-bucket-not-exist.json");

/// UCloud's InitiateMultipartUpload document's response example: `UploadId`, a
/// `BlkSize` of 4 MiB, `Bucket` and `Key`.
pub const INITIATE_MULTIPART_UPLOAD_RESPONSE: &str =
    include_str!("../fixtures/ok/initiate-multipart-upload/real-world-doc.json");

/// UCloud's FinishMultipartUpload document's response example: `Bucket`, the final
/// `Key` (the request's `newKey`) and a `FileSize` of 40 MiB (ten parts of the
/// initiate example's `BlkSize`).
pub const FINISH_MULTIPART_UPLOAD_RESPONSE: &str =
    include_str!("../fixtures/ok/finish-multipart-upload/real-world-doc.json");

/// The same document's request target, `/demokey?uploadId=…&newKey=anotherkey`
/// (`POST` and `HTTP/1.1` removed), with its line feed.
pub const FINISH_MULTIPART_UPLOAD_TARGET: &str =
    include_str!("../fixtures/ok/finish-multipart-upload-request/doc-example.txt");

/// The same document's request body: ten ETags joined by commas, 289 bytes, no final
/// line feed (the document claims `Content-Length 287`).
pub const FINISH_MULTIPART_UPLOAD_BODY: &str =
    include_str!("../fixtures/ok/finish-multipart-upload-body/real-world-doc.txt");

/// The whole Finish request in its TARGET+BODY form, as the `codec` command reads it:
/// [`FINISH_MULTIPART_UPLOAD_TARGET`] (its line feed included), then
/// [`FINISH_MULTIPART_UPLOAD_BODY`].
pub const FINISH_MULTIPART_UPLOAD_REQUEST: &str = concat!(
    include_str!("../fixtures/ok/finish-multipart-upload-request/doc-example.txt"),
    include_str!("../fixtures/ok/finish-multipart-upload-body/real-world-doc.txt"),
);

/// An ETag in UFile's style (28 characters of URL-safe base64 ending in `=`), distinct
/// for every `seed`.
fn etag(out: &mut String, seed: u64) {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    // A multiplicative hash spreads the seed over 162 bits (27 characters).
    let mut state = u128::from(seed).wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835) | 1;
    for _ in 0..27 {
        out.push(char::from(ALPHABET[(state % 64) as usize]));
        state = state.rotate_right(6) ^ u128::from(seed);
    }
    out.push('=');
}

/// A GetMultiUploadPart body of `parts` parts in the shape of
/// [`GET_MULTI_UPLOAD_PART_RESPONSE`] (indented, alphabetical keys, `Etag` and `PartNum`
/// per part, ETags distinct per part, numbered from 0): input for benchmarks,
/// allocation counts and load tests.
///
/// ```
/// use codec_core::Decode;
/// let body = codec_ufile::examples::get_multi_upload_part_page(1_000);
/// let page = codec_ufile::GetMultiUploadPartResponse::decode(body.as_bytes())?;
/// assert_eq!(page.parts().len(), 1_000);
/// assert_eq!(page.parts()[999].part_num, 999);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn get_multi_upload_part_page(parts: usize) -> String {
    let mut body = String::with_capacity(256 + parts * 96);
    body.push_str("{\n  \"ErrMsg\": \"\",\n  \"Key\": \"large_file_version_4\",\n  \"Parts\": [");
    for number in 0..parts {
        body.push_str(if number == 0 { "\n" } else { ",\n" });
        body.push_str("    {\n      \"Etag\": \"");
        etag(&mut body, number as u64);
        let _ = write!(body, "\",\n      \"PartNum\": {number}\n    }}");
    }
    body.push_str(
        "\n  ],\n  \"RetCode\": 0,\n  \"Status\": 0,\n  \"UploadId\": \"e5af977e-329c-4a25-b907-d8bc39ff95e3\"\n}\n",
    );
    body
}

/// A chain of GetMultiUploadPart pages listing `parts` parts (numbered from 0),
/// `per_page` to a page (0 counts as 1), in the current shape of the API document
/// (<https://docs.ucloud.cn/api/ufile-api/get_multi_upload_part>, as in
/// `fixtures/ok/get-multi-upload-part/real-world-doc-2023.json`: `UploadId`, `Key`,
/// `Bucket`, and per part `Etag`, `PartNum`, `LastModified` and `Size`) with its paging
/// members: `MaxParts`, and `"IsTruncated": true` with `NextPartNumberMarker` (the last
/// part number on the page) on every page but the last, which says
/// `"IsTruncated": false`. The markers chain under the pager
/// ([`ListRequest`](codec_core::listing::ListRequest) on
/// [`GetMultiUploadPartRequest`](crate::GetMultiUploadPartRequest)): page `k + 1` is
/// the answer to the request page `k` leads to. No parts is one empty last page.
/// Input for paging tests and for a stand-in transport.
///
/// ```
/// use codec_core::Decode;
/// use codec_ufile::GetMultiUploadPartResponse;
///
/// let pages = codec_ufile::examples::get_multi_upload_part_pages(5, 2);
/// assert_eq!(pages.len(), 3);
/// let first = GetMultiUploadPartResponse::decode(pages[0].as_bytes())?;
/// assert_eq!((first.is_truncated, first.next_marker()), (Some(true), Some(1)));
/// let last = GetMultiUploadPartResponse::decode(pages[2].as_bytes())?;
/// assert_eq!((last.parts().len(), last.next_marker()), (1, None));
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn get_multi_upload_part_pages(parts: usize, per_page: usize) -> Vec<String> {
    let per_page = per_page.max(1);
    let mut pages = Vec::with_capacity(parts.div_ceil(per_page).max(1));
    let mut start = 0usize;
    loop {
        let end = parts.min(start.saturating_add(per_page));
        pages.push(part_page_2023(start..end, per_page, end < parts));
        if end >= parts {
            return pages;
        }
        start = end;
    }
}

/// One page of [`get_multi_upload_part_pages`]: the parts numbered `numbers`.
fn part_page_2023(numbers: std::ops::Range<usize>, per_page: usize, truncated: bool) -> String {
    let mut body = String::with_capacity(320 + numbers.len() * 160);
    let _ = write!(
        body,
        "{{\n    \"UploadId\": \"e5af977e-329c-4a25-b907-d8bc39ff95e3\",\n    \
         \"Key\": \"large_file_version_4\",\n    \"Bucket\": \"example\",\n    \
         \"MaxParts\": {per_page},\n    \"IsTruncated\": {truncated},\n"
    );
    if truncated && let Some(last) = numbers.end.checked_sub(1) {
        let _ = writeln!(body, "    \"NextPartNumberMarker\": {last},");
    }
    body.push_str("    \"Parts\": [");
    for number in numbers.clone() {
        body.push_str(if number == numbers.start { "\n" } else { ",\n" });
        body.push_str("        {\n            \"Etag\": \"");
        etag(&mut body, number as u64);
        let _ = write!(
            body,
            "\",\n            \"PartNum\": {number},\n            \
             \"LastModified\": {},\n            \"Size\": 33554432\n        }}",
            1_699_432_473 + number,
        );
    }
    body.push_str(if numbers.is_empty() { "]\n}\n" } else { "\n    ]\n}\n" });
    body
}

/// A Finish request body of `parts` ETags (at least one), in the shape of
/// [`FINISH_MULTIPART_UPLOAD_BODY`] (28-character URL-safe base64 ETags joined by bare
/// commas, no final line feed), the ETags those of [`get_multi_upload_part_page`] and
/// [`get_multi_upload_part_pages`] for the same part numbers: input for benchmarks,
/// allocation counts and the resume loop's tests.
///
/// ```
/// use codec_core::Decode;
/// let body = codec_ufile::examples::finish_multipart_upload_body(10_000);
/// assert_eq!(body.len(), 10_000 * 29 - 1);
/// let decoded = codec_ufile::FinishMultipartUploadBody::decode(body.as_bytes())?;
/// assert_eq!(decoded.etags.len(), 10_000);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn finish_multipart_upload_body(parts: usize) -> String {
    let parts = parts.max(1);
    let mut body = String::with_capacity(parts * 29);
    for number in 0..parts {
        if number > 0 {
            body.push(',');
        }
        etag(&mut body, number as u64);
    }
    body
}

/// A GetMultiUploadId body of `uploads` uploads in the shape of
/// [`GET_MULTI_UPLOAD_ID_RESPONSE`] (indented, alphabetical keys, distinct file names
/// and upload ids, an empty `NextMarker`).
///
/// ```
/// use codec_core::Decode;
/// let body = codec_ufile::examples::get_multi_upload_id_page(1_000);
/// let page = codec_ufile::GetMultiUploadIdResponse::decode(body.as_bytes())?;
/// assert_eq!(page.uploads().len(), 1_000);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn get_multi_upload_id_page(uploads: usize) -> String {
    upload_id_page(0..uploads, "")
}

/// A chain of GetMultiUploadId pages listing `uploads` uploads, `per_page` to a page
/// (0 counts as 1), each in the shape of [`get_multi_upload_id_page`] (the documented
/// example's): `NextMarker` is the last `FileName` on the page on every page but the
/// last, whose `NextMarker` is empty. The markers chain under the pager
/// ([`ListRequest`](codec_core::listing::ListRequest) on
/// [`GetMultiUploadIdRequest`](crate::GetMultiUploadIdRequest)). No uploads is one
/// empty last page.
///
/// ```
/// use codec_core::Decode;
/// use codec_ufile::GetMultiUploadIdResponse;
///
/// let pages = codec_ufile::examples::get_multi_upload_id_pages(3, 2);
/// assert_eq!(pages.len(), 2);
/// let first = GetMultiUploadIdResponse::decode(pages[0].as_bytes())?;
/// assert_eq!(first.next_marker(), Some("large_file_version_1"));
/// let last = GetMultiUploadIdResponse::decode(pages[1].as_bytes())?;
/// assert_eq!((last.uploads().len(), last.next_marker()), (1, None));
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn get_multi_upload_id_pages(uploads: usize, per_page: usize) -> Vec<String> {
    let per_page = per_page.max(1);
    let mut pages = Vec::with_capacity(uploads.div_ceil(per_page).max(1));
    let mut start = 0usize;
    loop {
        let end = uploads.min(start.saturating_add(per_page));
        if end >= uploads {
            pages.push(upload_id_page(start..end, ""));
            return pages;
        }
        let next = format!("large_file_version_{}", end - 1);
        pages.push(upload_id_page(start..end, &next));
        start = end;
    }
}

/// A GetMultiUploadId body of the uploads numbered `numbers`, with `next_marker` (no
/// character in it needs escaping).
fn upload_id_page(numbers: std::ops::Range<usize>, next_marker: &str) -> String {
    let mut body = String::with_capacity(128 + numbers.len() * 160);
    body.push_str("{\n  \"DataSet\": [");
    for number in numbers.clone() {
        body.push_str(if number == numbers.start { "\n" } else { ",\n" });
        let id = (number as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835);
        let _ = write!(
            body,
            "    {{\n      \"FileName\": \"large_file_version_{number}\",\n      \
             \"StartTime\": {},\n      \"UploadId\": \"{:08x}-{:04x}-{:04x}-{:04x}-{:012x}\"\n    }}",
            1_484_116_878 + number,
            (id >> 96) as u32,
            (id >> 80) as u16,
            (id >> 64) as u16,
            (id >> 48) as u16,
            id as u64 & 0xFFFF_FFFF_FFFF,
        );
    }
    let _ = write!(
        body,
        "\n  ],\n  \"ErrMsg\": \"\",\n  \"NextMarker\": \"{next_marker}\",\n  \"RetCode\": 0\n}}\n"
    );
    body
}
