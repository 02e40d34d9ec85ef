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
    use std::fmt::Write;
    let mut body = String::with_capacity(64 + parts * 140);
    let _ = write!(body, "{{\n    \"count\": {parts},\n    \"object_parts\": [\n");
    for number in 1..=parts {
        // A multiplicative hash gives every part its own 32-digit hex ETag.
        let etag = (number as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835);
        let separator = if number < parts { "," } else { "" };
        let _ = writeln!(
            body,
            "        {{\"part_number\": {number}, \"size\": 10485760, \
             \"created\": \"2015-08-16T14:52:12.000Z\", \"etag\": \"{etag:032x}\"}}{separator}"
        );
    }
    body.push_str("    ]\n}\n");
    body
}
