//! The golden suite: every fixture under `fixtures/ok` decodes, snapshots its typed and
//! normalized JSON, and survives encode → decode and JSON → value → JSON; every fixture
//! under `fixtures/err` fails with the snapshotted error line.

use codec_core::Decode;
use codec_cos::{ErrorResponse, ListPartsRequest, ListPartsResult};
use codec_testkit::{golden_err, golden_ok};

#[test]
fn list_parts_responses() {
    insta::glob!("../fixtures", "ok/list-parts/*.xml", |path| {
        let input = std::fs::read(path).unwrap();
        golden_ok!(ListPartsResult, &input, normalized);
    });
}

#[test]
fn list_parts_requests() {
    insta::glob!("../fixtures", "ok/list-parts-request/*.txt", |path| {
        let input = std::fs::read(path).unwrap();
        golden_ok!(ListPartsRequest, &input);
    });
}

#[test]
fn error_bodies() {
    insta::glob!("../fixtures", "ok/error/*", |path| {
        let input = std::fs::read(path).unwrap();
        golden_ok!(ErrorResponse, &input, normalized);
    });
}

#[test]
fn hostile_list_parts_responses() {
    insta::glob!("../fixtures", "err/list-parts/*", |path| {
        golden_err!(ListPartsResult::decode(&std::fs::read(path).unwrap()));
    });
}

#[test]
fn hostile_list_parts_requests() {
    insta::glob!("../fixtures", "err/list-parts-request/*.txt", |path| {
        golden_err!(ListPartsRequest::decode(&std::fs::read(path).unwrap()));
    });
}

#[test]
fn hostile_error_bodies() {
    insta::glob!("../fixtures", "err/error/*", |path| {
        golden_err!(ErrorResponse::decode(&std::fs::read(path).unwrap()));
    });
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
