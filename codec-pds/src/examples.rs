//! The documented examples, embedded: what `codec … --example` decodes, and a ready
//! input for trying the API.
//!
//! They are the fixture files under `fixtures/ok/`. The `list_uploaded_parts` response
//! is the PDS document's example byte for byte; the document prints no request body
//! (only a table of parameters with an example value each) and no error body, so those
//! two are ours: see each constant. No published body exists for `create_file`,
//! `get_upload_url` and `complete_file` (PDS's pages and SDKs give field tables and
//! models, not bodies), so their examples are ours, written from the documented fields
//! (`fixtures/README.md` names the sources of each).

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

/// A `create_file` request for a 13 MB JPEG in three parts of a parallel upload, with
/// every member the workflow uses: `drive_id`, `parent_file_id` `root`, `name`, `type`
/// `file`, `check_name_mode` `auto_rename`, `size`, `content_type`, `part_info_list`
/// (`part_number`, `part_size` and `parallel_sha1_ctx` each), the SHA-1 content hash
/// with its proof for a rapid upload, and `parallel_upload`. Written by us from PDS's
/// CreateFile parameter table and its upload guide.
pub const CREATE_FILE_REQUEST: &str =
    include_str!("../fixtures/ok/create-file-request/ours-documented-fields.json");

/// A `create_file` response starting the upload of that file: the members of PDS's SDK
/// model (`domain_id`, `drive_id`, `file_id`, `file_name`, `parent_file_id`, `type`,
/// `status` `uploading`, `upload_id`, `rapid_upload` and `exist` `false`,
/// `part_info_list` with an upload URL per part, `location`, `encrypt_mode`,
/// `revision_id`). Written by us from the SDK's model and the document's field table.
pub const CREATE_FILE_RESPONSE: &str =
    include_str!("../fixtures/ok/create-file/ours-documented-fields.json");

/// A `get_upload_url` request for the three parts of that upload. Written by us from
/// PDS's GetUploadUrl parameter table.
pub const GET_UPLOAD_URL_REQUEST: &str =
    include_str!("../fixtures/ok/get-upload-url-request/ours-documented-fields.json");

/// A `get_upload_url` response with the three parts' URLs, and `create_at` (sic).
/// Written by us from PDS's C# model `GetUploadUrlResponseBody`.
pub const GET_UPLOAD_URL_RESPONSE: &str =
    include_str!("../fixtures/ok/get-upload-url/ours-documented-fields.json");

/// A `complete_file` request naming the three parts with their quoted ETags, and the
/// file's `crc64_hash` as a string, as PDS's older SDK and its JS SDK send it (the 2022
/// API leaves `part_info_list` out). Written by us from those models.
pub const COMPLETE_FILE_REQUEST: &str =
    include_str!("../fixtures/ok/complete-file-request/ours-documented-fields.json");

/// A `complete_file` response: the file object of that file, with forty-odd members
/// (most of them skipped by the decoder), `crc64_hash` as a string and `location` a
/// region. Written by us from PDS's file-object field table.
pub const COMPLETE_FILE_RESPONSE: &str =
    include_str!("../fixtures/ok/complete-file/ours-documented-fields.json");

/// A `create_file` response of `parts` parts in the shape of [`CREATE_FILE_RESPONSE`]
/// (one member per line, each part with its number, upload URL, internal upload URL and
/// content type, the URLs naming the part): input for benchmarks, allocation counts and
/// load tests.
///
/// ```
/// use codec_core::{Decode, Normalize};
/// let body = codec_pds::examples::create_file_response(1_000);
/// let response = codec_pds::CreateFileResponse::decode(body.as_bytes())?;
/// assert_eq!(response.normalize()?.upload_urls.len(), 1_000);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn create_file_response(parts: usize) -> String {
    use std::fmt::Write;
    const FILE: &str = "5d5b846942cf94fa72324c14a4bda34e81da635d";
    const UPLOAD: &str = "E5A7C3B3B2A84D5DA6A4B1F2B7E8D6C9";
    let mut body = String::with_capacity(600 + parts * 560);
    let _ = write!(
        body,
        "{{\n\"domain_id\": \"bj29\",\n\"drive_id\": \"1\",\n\"file_id\": \"{FILE}\",\n\
         \"file_name\": \"testName.bin\",\n\"parent_file_id\": \"root\",\n\"type\": \"file\",\n\
         \"status\": \"uploading\",\n\"upload_id\": \"{UPLOAD}\",\n\"rapid_upload\": false,\n\
         \"exist\": false,\n\"part_info_list\": ["
    );
    for number in 1..=parts {
        if number > 1 {
            body.push(',');
        }
        let query = format!(
            "Expires=1566284127&OSSAccessKeyId=LTAIxxx&Signature=xxx&partNumber={number}&uploadId={UPLOAD}"
        );
        let _ = write!(
            body,
            "\n{{\n\"part_number\": {number},\n\
             \"upload_url\": \"https://data.aliyunpds.com/bj29/1/{FILE}?{query}\",\n\
             \"internal_upload_url\": \"https://data-vpc.aliyunpds.com/bj29/1/{FILE}?{query}\",\n\
             \"content_type\": \"\"\n}}"
        );
    }
    body.push_str(
        "\n],\n\"location\": \"cn-beijing\",\n\"encrypt_mode\": \"none\",\n\
         \"revision_id\": \"5d5b8469b8d5d9e25a6d4d0c9cb1d2a7e6a3f1c0\"\n}\n",
    );
    body
}

/// A `complete_file` request naming `parts` parts, numbered from 1, in the shape of
/// [`COMPLETE_FILE_REQUEST`] (one member per line, each part with its number and a
/// quoted ETag of its own, then the `crc64_hash` string): input for benchmarks,
/// allocation counts and load tests.
///
/// ```
/// use codec_core::{Decode, Normalize};
/// let body = codec_pds::examples::complete_file_request(1_000);
/// let request = codec_pds::CompleteFileRequest::decode(body.as_bytes())?;
/// assert_eq!(request.normalize()?.parts.len(), 1_000);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn complete_file_request(parts: usize) -> String {
    use std::fmt::Write;
    let mut body = String::with_capacity(300 + parts * 80);
    body.push_str(
        "{\n\"drive_id\": \"1\",\n\"file_id\": \"5d5b846942cf94fa72324c14a4bda34e81da635d\",\n\
         \"upload_id\": \"E5A7C3B3B2A84D5DA6A4B1F2B7E8D6C9\",\n\"part_info_list\": [",
    );
    for number in 1..=parts {
        if number > 1 {
            body.push(',');
        }
        // A multiplicative hash gives every part its own 32-digit hex ETag.
        let etag = (number as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835);
        let _ =
            write!(body, "\n{{\n\"part_number\": {number},\n\"etag\": \"\\\"{etag:032X}\\\"\"\n}}");
    }
    body.push_str("\n],\n\"crc64_hash\": \"3574582125365864471\"\n}\n");
    body
}

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
