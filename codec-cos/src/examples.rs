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
    use std::fmt::Write;
    let mut body = String::with_capacity(600 + parts * 200);
    body.push_str(
        "<ListPartsResult>\n    <Bucket>examplebucket-1250000000</Bucket>\n    <EncodingType/>\n    \
         <Key>exampleobject</Key>\n    <UploadId>1585130821cbb7df1d11846c073ad648e8f33b087cec2381df437acdc833cf654b9ecc6361</UploadId>\n    \
         <Owner>\n        <ID>1250000000</ID>\n        <DisplayName>1250000000</DisplayName>\n    </Owner>\n    \
         <PartNumberMarker>0</PartNumberMarker>\n    <Initiator>\n        <ID>qcs::cam::uin/100000000001:uin/100000000011</ID>\n        \
         <DisplayName>100000000011</DisplayName>\n    </Initiator>\n",
    );
    for number in 1..=parts {
        // A multiplicative hash gives every part its own 32-digit hex ETag.
        let etag = (number as u128).wrapping_mul(0x9E37_79B9_7F4A_7C15_F39C_C060_5CED_C835);
        let _ = write!(
            body,
            "    <Part>\n        <PartNumber>{number}</PartNumber>\n        \
             <LastModified>2020-03-25T10:07:14.000Z</LastModified>\n        \
             <ETag>&quot;{etag:032x}&quot;</ETag>\n        <Size>1048576</Size>\n    </Part>\n"
        );
    }
    body.push_str(
        "    <StorageClass>Standard</StorageClass>\n    <MaxParts>1000</MaxParts>\n    \
         <IsTruncated>false</IsTruncated>\n</ListPartsResult>\n",
    );
    body
}
