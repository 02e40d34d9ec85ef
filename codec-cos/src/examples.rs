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
