//! The documented examples, embedded: what `codec … --example` decodes, and a ready
//! input for trying the API.
//!
//! They are the fixture files under `fixtures/ok/`, byte for byte as the COS document
//! "List Parts" (last updated 2020-06-19) prints them.

/// The document's "实际案例" (real case) response: three parts, ISO 8601 dates,
/// `<EncodingType/>`, ETags quoted with `&quot;`.
pub const LIST_PARTS_RESPONSE: &str = include_str!("../fixtures/ok/list-parts/doc-example-2.xml");

/// The document's first response example: an XML declaration, `<Encoding-type/>`, an
/// asctime `LastModified` and literal quotes around the ETag.
pub const LIST_PARTS_RESPONSE_FIRST: &str =
    include_str!("../fixtures/ok/list-parts/doc-example-1.xml");

/// The document's real-case request target, `/exampleobject?uploadId=…`.
pub const LIST_PARTS_REQUEST: &str =
    include_str!("../fixtures/ok/list-parts-request/doc-example.txt");

/// An error body published in COS's Go SDK tests (`NoSuchKey`); the COS document
/// refers to its error-code page and prints none.
pub const ERROR_RESPONSE: &str =
    include_str!("../fixtures/ok/error/go-sdk-error-404-nosuchkey.xml");

/// A List Parts body of `parts` parts in the shape of [`LIST_PARTS_RESPONSE`]
/// (indented, ISO 8601 dates, `&quot;`-quoted ETags, distinct per part): input for
/// benchmarks, allocation counts and load tests.
///
/// ```
/// use codec_core::Decode;
/// let body = codec_cos::examples::list_parts_page(1_000);
/// assert_eq!(codec_cos::ListPartsResult::decode(body.as_bytes())?.parts.len(), 1_000);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn list_parts_page(parts: usize) -> String {
    page(0, parts, 1_000, None)
}

/// A whole listing of `parts` parts as COS pages it, `per_page` parts a page (a
/// `per_page` of 0 is taken as 1): the bodies the requests of the pager
/// ([`ListRequest`](codec_core::listing::ListRequest) on
/// [`ListPartsRequest`](crate::ListPartsRequest)) get, in order, each in the shape of
/// [`list_parts_page`]. Every page but the last says
/// `<IsTruncated>true</IsTruncated>` and names its last part as
/// `<NextPartNumberMarker>`; page *n* starts after the marker page *n − 1* gave
/// (`<PartNumberMarker>`); the last page says `<IsTruncated>false</IsTruncated>`. No
/// parts give one empty last page.
///
/// ```
/// use codec_core::Decode;
/// use codec_core::listing::ListRequest;
/// use codec_cos::{ListPartsRequest, ListPartsResult};
///
/// let pages = codec_cos::examples::list_parts_pages(5, 2);
/// assert_eq!(pages.len(), 3);
/// let mut request = Some(ListPartsRequest::new("u").with_page_size(2));
/// for body in &pages {
///     let response = ListPartsResult::decode(body.as_bytes())?;
///     request = request.expect("a request for every page").next_request(&response)?;
/// }
/// assert_eq!(request, None);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn list_parts_pages(parts: usize, per_page: usize) -> Vec<String> {
    let per_page = per_page.max(1);
    let mut pages = Vec::with_capacity(parts.div_ceil(per_page).max(1));
    let mut marker = 0;
    loop {
        let last = marker + per_page.min(parts - marker);
        let truncated = last < parts;
        pages.push(page(marker, last, per_page, truncated.then_some(last)));
        if !truncated {
            return pages;
        }
        marker = last;
    }
}

/// A List Parts body holding parts `marker + 1` to `last`, with `MaxParts` `max_parts`;
/// truncated, naming `next` as `NextPartNumberMarker`, when `next` is `Some`.
fn page(marker: usize, last: usize, max_parts: usize, next: Option<usize>) -> String {
    use std::fmt::Write;
    let mut body = String::with_capacity(600 + (last - marker) * 200);
    body.push_str(
        "<ListPartsResult>\n    <Bucket>examplebucket-1250000000</Bucket>\n    <EncodingType/>\n    \
         <Key>exampleobject</Key>\n    <UploadId>1585130821cbb7df1d11846c073ad648e8f33b087cec2381df437acdc833cf654b9ecc6361</UploadId>\n    \
         <Owner>\n        <ID>1250000000</ID>\n        <DisplayName>1250000000</DisplayName>\n    </Owner>\n",
    );
    let _ = writeln!(body, "    <PartNumberMarker>{marker}</PartNumberMarker>");
    body.push_str(
        "    <Initiator>\n        <ID>qcs::cam::uin/100000000001:uin/100000000011</ID>\n        \
         <DisplayName>100000000011</DisplayName>\n    </Initiator>\n",
    );
    for number in marker + 1..=last {
        // A multiplicative hash gives every part its own 32-digit hex ETag.
        let etag = (number as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835);
        let _ = write!(
            body,
            "    <Part>\n        <PartNumber>{number}</PartNumber>\n        \
             <LastModified>2020-03-25T10:07:14.000Z</LastModified>\n        \
             <ETag>&quot;{etag:032x}&quot;</ETag>\n        <Size>1048576</Size>\n    </Part>\n"
        );
    }
    if let Some(next) = next {
        let _ = writeln!(body, "    <NextPartNumberMarker>{next}</NextPartNumberMarker>");
    }
    let _ = write!(
        body,
        "    <StorageClass>Standard</StorageClass>\n    <MaxParts>{max_parts}</MaxParts>\n    \
         <IsTruncated>{}</IsTruncated>\n</ListPartsResult>\n",
        next.is_some()
    );
    body
}

/// The COS document "List Multipart Uploads" response example: three uploads (two of
/// one key), `<Encoding-Type/>`, asctime `Initiated`, `Standard`, a delimiter, space
/// indentation mixed with tabs.
pub const LIST_MULTIPART_UPLOADS_RESPONSE: &str =
    include_str!("../fixtures/ok/list-multipart-uploads/doc-example.xml");

/// The same document's request target, `/?uploads`.
pub const LIST_MULTIPART_UPLOADS_REQUEST: &str =
    include_str!("../fixtures/ok/list-multipart-uploads-request/doc-example.txt");

/// A List Multipart Uploads body of `uploads` uploads in the shape of
/// [`LIST_MULTIPART_UPLOADS_RESPONSE`] (indented, asctime dates, three uploads per key
/// with ascending ids): input for benchmarks, allocation counts and load tests.
///
/// ```
/// use codec_core::Decode;
/// let body = codec_cos::examples::list_multipart_uploads_page(1_000);
/// assert_eq!(codec_cos::ListMultipartUploadsResult::decode(body.as_bytes())?.uploads.len(), 1_000);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn list_multipart_uploads_page(uploads: usize) -> String {
    uploads_page(0, uploads, 1_000, false)
}

/// A whole listing of `uploads` uploads as COS pages it, `per_page` uploads a page (a
/// `per_page` of 0 is taken as 1): the bodies the requests of the pager
/// ([`ListRequest`](codec_core::listing::ListRequest) on
/// [`ListMultipartUploadsRequest`](crate::ListMultipartUploadsRequest)) get, in order,
/// each in the shape of [`list_multipart_uploads_page`]. Every page but the last says
/// `<IsTruncated>true</IsTruncated>` and names its last upload's key and id as
/// `<NextKeyMarker>` and `<NextUploadIdMarker>` (three uploads share each key, so pages
/// often end inside a key); page *n* echoes the markers page *n − 1* gave; the last
/// page says `<IsTruncated>false</IsTruncated>`. No uploads give one empty last page.
///
/// ```
/// use codec_core::Decode;
/// use codec_core::listing::ListRequest;
/// use codec_cos::{ListMultipartUploadsRequest, ListMultipartUploadsResult};
///
/// let pages = codec_cos::examples::list_multipart_uploads_pages(5, 2);
/// assert_eq!(pages.len(), 3);
/// let mut request = Some(ListMultipartUploadsRequest::new().with_page_size(2));
/// for body in &pages {
///     let response = ListMultipartUploadsResult::decode(body.as_bytes())?;
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
        let truncated = end < uploads;
        pages.push(uploads_page(start, end, per_page, truncated));
        if !truncated {
            return pages;
        }
        start = end;
    }
}

/// The key and the id of generated upload `index` (from 0): three uploads a key, ids
/// ascending (a time stamp, then a hash), 74 characters as COS's are.
fn generated_upload(index: usize) -> (String, String) {
    let hash = (index as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835);
    (
        format!("exampleobject-{:05}", index / 3),
        format!("{}{hash:032x}{hash:032x}", 1_484_726_657 + index),
    )
}

/// A List Multipart Uploads body holding uploads `start` to `end - 1`, with `MaxUploads`
/// `max_uploads`, starting after upload `start - 1` (when there is one); truncated,
/// naming upload `end - 1` as the next markers, when `truncated`.
fn uploads_page(start: usize, end: usize, max_uploads: usize, truncated: bool) -> String {
    use std::fmt::Write;
    let mut body = String::with_capacity(600 + (end - start) * 560);
    body.push_str(
        "<ListMultipartUploadsResult>\n    <Bucket>examplebucket-1250000000</Bucket>\n    \
         <Encoding-Type/>\n",
    );
    match start.checked_sub(1).map(generated_upload) {
        Some((key, id)) => {
            let _ = write!(
                body,
                "    <KeyMarker>{key}</KeyMarker>\n    <UploadIdMarker>{id}</UploadIdMarker>\n"
            );
        }
        None => body.push_str("    <KeyMarker/>\n    <UploadIdMarker/>\n"),
    }
    if truncated {
        let (key, id) = generated_upload(end - 1);
        let _ = write!(
            body,
            "    <NextKeyMarker>{key}</NextKeyMarker>\n    <NextUploadIdMarker>{id}</NextUploadIdMarker>\n"
        );
    }
    let _ = write!(
        body,
        "    <MaxUploads>{max_uploads}</MaxUploads>\n    <Prefix/>\n    <Delimiter>/</Delimiter>\n    \
         <IsTruncated>{truncated}</IsTruncated>\n"
    );
    for index in start..end {
        let (key, id) = generated_upload(index);
        let _ = write!(
            body,
            "    <Upload>\n        <Key>{key}</Key>\n        <UploadId>{id}</UploadId>\n        \
             <Initiator>\n            <ID>qcs::cam::uin/100000000001:uin/100000000001</ID>\n            \
             <DisplayName>100000000001</DisplayName>\n        </Initiator>\n        \
             <Owner>\n            <ID>qcs::cam::uin/100000000001:uin/100000000001</ID>\n            \
             <DisplayName>100000000001</DisplayName>\n        </Owner>\n        \
             <StorageClass>Standard</StorageClass>\n        \
             <Initiated>Wed Jan 18 16:04:17 2017</Initiated>\n    </Upload>\n"
        );
    }
    body.push_str("</ListMultipartUploadsResult>\n");
    body
}

/// The COS document "Initiate Multipart Upload" (7746), case 1: the response body,
/// lines indented with three tabs.
pub const INITIATE_MULTIPART_UPLOAD_RESPONSE: &str =
    include_str!("../fixtures/ok/initiate-multipart-upload/doc-initiate-result.xml");

/// The COS document "Complete Multipart Upload" (7742), case 1: the response body, with
/// the XML declaration, `xmlns` on the root and a `&quot;`-quoted ETag ending `-3`.
pub const COMPLETE_MULTIPART_UPLOAD_RESPONSE: &str =
    include_str!("../fixtures/ok/complete-multipart-upload/doc-complete-result.xml");

/// The same document's request body: three parts, tab indented, the ETags' quotes
/// literal.
pub const COMPLETE_MULTIPART_UPLOAD_BODY: &str =
    include_str!("../fixtures/ok/complete-multipart-upload-body/doc-complete-request.xml");

/// A Complete request target, `/exampleobject?uploadId=…` (the upload id of
/// [`INITIATE_MULTIPART_UPLOAD_RESPONSE`]), with its line feed.
pub const COMPLETE_MULTIPART_UPLOAD_TARGET: &str =
    include_str!("../fixtures/ok/complete-multipart-upload-request/ours-doc-upload-id.txt");

/// The whole Complete request in its TARGET+BODY form, as the `codec` command reads it:
/// [`COMPLETE_MULTIPART_UPLOAD_TARGET`] (its line feed included), then
/// [`COMPLETE_MULTIPART_UPLOAD_BODY`].
pub const COMPLETE_MULTIPART_UPLOAD_REQUEST: &str = concat!(
    include_str!("../fixtures/ok/complete-multipart-upload-request/ours-doc-upload-id.txt"),
    include_str!("../fixtures/ok/complete-multipart-upload-body/doc-complete-request.xml"),
);

/// A Complete request body of `parts` parts (1 to `parts`) in the shape of
/// [`COMPLETE_MULTIPART_UPLOAD_BODY`] (tab indented, the ETags' quotes literal), the
/// ETags those of [`list_parts_page`]: input for benchmarks and allocation counts.
///
/// ```
/// use codec_core::Decode;
/// let body = codec_cos::examples::complete_multipart_upload(10_000);
/// let decoded = codec_cos::CompleteMultipartUpload::decode(body.as_bytes())?;
/// assert_eq!(decoded.parts.len(), 10_000);
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn complete_multipart_upload(parts: usize) -> String {
    use std::fmt::Write;
    let mut body = String::with_capacity(30 + parts * 90);
    body.push_str("<CompleteMultipartUpload>\n");
    for number in 1..=parts {
        // The multiplicative hash of `page`, so the ETags match the listing's.
        let etag = (number as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835);
        let _ = write!(
            body,
            "\t<Part>\n\t\t<PartNumber>{number}</PartNumber>\n\t\t<ETag>\"{etag:032x}\"</ETag>\n\t</Part>\n"
        );
    }
    body.push_str("</CompleteMultipartUpload>\n");
    body
}
