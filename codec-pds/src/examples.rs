//! The documented examples, embedded: what `codec … --example` decodes, and a ready
//! input for trying the API.
//!
//! They are the fixture files under `fixtures/ok/`. The response is the PDS document
//! "list_uploaded_parts" example byte for byte; the document prints no request body
//! (only a table of parameters with an example value each) and no error body, so those
//! two are ours: see each constant.

/// The document's sample success response: one part with a quoted ETag, signed upload
/// URLs, SHA-1 and SHA-256 contexts, empty form fields, and a next marker.
pub const LIST_UPLOADED_PARTS_RESPONSE: &str =
    include_str!("../fixtures/ok/list-uploaded-parts/doc-example.json");

/// The request body built from the document's table of request parameters, with the
/// example value of each (`drive_id` `1`, the opaque `part_number_marker`, `limit`
/// 100; `share_id` has no example and is left out), laid out as the document lays out
/// its response.
pub const LIST_UPLOADED_PARTS_REQUEST: &str =
    include_str!("../fixtures/ok/list-uploaded-parts-request/doc-example.json");

/// An error body in the documented `{code, message}` shape, written by us (the
/// document refers to its error-code page and prints none), with `NotFound.UploadId`,
/// a code PDS clients meet.
pub const ERROR_RESPONSE: &str = include_str!("../fixtures/ok/error/ours-not-found-upload-id.json");

/// A `list_uploaded_parts` body of `parts` parts in the shape of
/// [`LIST_UPLOADED_PARTS_RESPONSE`] (one field per line, every documented part field,
/// quoted ETags distinct per part, upload URLs naming the part): input for benchmarks,
/// allocation counts and load tests.
///
/// ```
/// use codec_core::Decode;
/// let body = codec_pds::examples::list_uploaded_parts_page(1_000);
/// let page = codec_pds::ListUploadedPartsResponse::decode(body.as_bytes())?;
/// assert_eq!(page.parts().len(), 1_000);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn list_uploaded_parts_page(parts: usize) -> String {
    page(1..=parts, "NWQ1Yjk4YmI1ZDRlYmU1Y2E0YWE0NmJhYWJmODBhNDQ2NzhlMTRhMg")
}

/// A whole listing of `parts` parts, `per_page` parts a page (at least one), as the
/// chain of `list_uploaded_parts` bodies PDS would send: each page in the shape of
/// [`list_uploaded_parts_page`], every page but the last with an opaque
/// `next_part_number_marker` (a distinct base64-like token per page, as PDS writes
/// them), the last with `""`. No parts is one empty last page. A stand-in transport
/// for a listing loop:
///
/// ```
/// use codec_core::Decode;
/// use codec_core::listing::ListRequest;
/// use codec_pds::{ListUploadedPartsRequest, ListUploadedPartsResponse};
///
/// let pages = codec_pds::examples::list_uploaded_parts_pages(5, 2);
/// assert_eq!(pages.len(), 3);
/// let mut request = ListUploadedPartsRequest::new("1", "322f", "0016").with_page_size(2);
/// for body in &pages {
///     let page = ListUploadedPartsResponse::decode(body.as_bytes())?;
///     match request.next_request(&page)? {
///         Some(next) => request = next,
///         None => assert_eq!(page.parts()[0].part_number, Some(5)),
///     }
/// }
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn list_uploaded_parts_pages(parts: usize, per_page: usize) -> Vec<String> {
    let per_page = per_page.max(1);
    let mut pages = Vec::with_capacity(parts.div_ceil(per_page).max(1));
    let mut first = 1usize;
    loop {
        let last = parts.min(first.saturating_add(per_page - 1));
        if last >= parts {
            pages.push(page(first..=last, ""));
            return pages;
        }
        pages.push(page(first..=last, &marker(last)));
        first = last + 1;
    }
}

/// The opaque marker after part `last`: base64 of a token naming it, as PDS's markers
/// look (the document's is base64 of a hex digest).
fn marker(last: usize) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let token = format!("part-{last:010}");
    let mut out = String::with_capacity(token.len() * 4 / 3 + 4);
    for chunk in token.as_bytes().chunks(3) {
        let mut bits = 0u32;
        for (i, byte) in chunk.iter().enumerate() {
            bits |= u32::from(*byte) << (16 - 8 * i);
        }
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(bits >> (18 - 6 * i)) as usize & 63]));
        }
    }
    out
}

/// One page holding the parts numbered `numbers`, with `next` as its marker.
fn page(numbers: std::ops::RangeInclusive<usize>, next: &str) -> String {
    use std::fmt::Write;
    const FORM: &str = "{\n\"bucket_name\": \"\",\n\"oss_end_point\": \"\",\n\"object_key\": \"\",\n\
                        \"oss_access_key_id\": \"\",\n\"oss_security_token\": \"\",\n\"policy\": \"\",\n\
                        \"signature\": \"\"\n}";
    let count = numbers.end().saturating_sub(*numbers.start()) + 1;
    let mut body = String::with_capacity(300 + count * 1_300);
    body.push_str(
        "{\n\"file_id\": \"322fb07b975f4b0ae1b543fe8475eee4c19eb2b2\",\n\
         \"upload_id\": \"00166D06127B413BA1EC8ABB1144D101\",\n\"uploaded_parts\": [\n",
    );
    let first = *numbers.start();
    for number in numbers {
        // A multiplicative hash gives every part its own 32-digit hex ETag.
        let etag = (number as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835);
        let query = format!(
            "Expires=xxx&OSSAccessKeyId=xxx&Signature=xxx&partNumber={number}&uploadId=0CC175B9C0F1B6A831C399E269772661"
        );
        if number > first {
            body.push_str(",\n");
        }
        let _ = write!(
            body,
            "{{\n\"part_number\": {number},\n\"part_size\": 1024,\n\
             \"upload_url\": \"https://data.aliyunpds.com/xxx/xxx?{query}\",\n\
             \"internal_upload_url\": \"https://data-vpc.aliyunpds.com/xxx/xxx?{query}\",\n\
             \"etag\": \"\\\"{etag:032X}\\\"\",\n\
             \"parallel_sha1_ctx\": {{\n\"h\": [\n0\n],\n\"part_offset\": {offset}\n}},\n\
             \"upload_form_info\": {FORM},\n\"internal_upload_form_info\": {FORM},\n\
             \"signature_info\": {{\n\"auth_type\": \"\",\n\"signature\": \"\",\n\"sts_token\": \"\"\n}},\n\
             \"parallel_sha256_ctx\": {{\n\"h\": [\n0\n],\n\"part_offset\": 0\n}}\n}}",
            offset = (number - 1) * 1024,
        );
    }
    let _ = write!(
        body,
        "\n],\n\"next_part_number_marker\": \"{next}\",\n\"parallel_upload\": false\n}}\n"
    );
    body
}
