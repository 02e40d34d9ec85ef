//! The golden suite: every fixture under `fixtures/ok` decodes, snapshots its typed and
//! normalized JSON, and survives encode → decode and JSON → value → JSON; every fixture
//! under `fixtures/err` fails with the snapshotted error line.

use codec_core::Decode;
use codec_cos::{ErrorResponse, ListPartsRequest, ListPartsResult};

codec_testkit::golden_suite! {
    ListPartsResult: list_parts_responses("ok/list-parts/*.xml", normalized),
        hostile_list_parts_responses("err/list-parts/*");
    ListPartsRequest: list_parts_requests("ok/list-parts-request/*.txt"),
        hostile_list_parts_requests("err/list-parts-request/*.txt");
    ErrorResponse: error_bodies("ok/error/*", normalized),
        hostile_error_bodies("err/error/*");
}

#[test]
fn embedded_examples_are_the_fixtures() {
    use codec_cos::examples;
    let fixture = |name: &str| {
        std::fs::read_to_string(format!("{}/fixtures/ok/{name}", env!("CARGO_MANIFEST_DIR")))
            .unwrap()
    };
    assert_eq!(examples::LIST_PARTS_RESPONSE, fixture("list-parts/doc-example-2.xml"));
    assert_eq!(examples::LIST_PARTS_RESPONSE_FIRST, fixture("list-parts/doc-example-1.xml"));
    assert_eq!(examples::LIST_PARTS_REQUEST, fixture("list-parts-request/doc-example.txt"));
    assert_eq!(examples::ERROR_RESPONSE, fixture("error/go-sdk-error-404-nosuchkey.xml"));
}

#[test]
fn an_error_body_in_place_of_a_result_says_what_cos_said() {
    let body = std::fs::read(format!(
        "{}/fixtures/ok/error/go-sdk-error-in-200-complete.xml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let error = ListPartsResult::decode(&body).unwrap_err();
    assert_eq!(error.kind(), codec_core::ErrorKind::Service);
    let service = error.service_error().unwrap();
    assert_eq!(service.code, "InternalError");
    assert_eq!(service.message.as_deref(), Some("We encountered an internal error."));
}

#[test]
fn quoted_etags_of_the_documented_shape_borrow_from_the_input() {
    let result =
        ListPartsResult::decode(codec_cos::examples::LIST_PARTS_RESPONSE.as_bytes()).unwrap();
    for part in &result.parts {
        let etag = part.etag.as_ref().unwrap();
        assert!(etag.is_quoted() && etag.is_borrowed(), "{etag:?}");
    }
}
