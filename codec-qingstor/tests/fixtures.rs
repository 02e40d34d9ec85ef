//! The golden suite: every fixture under `fixtures/ok` decodes, snapshots its typed and
//! normalized JSON, and survives encode → decode and JSON → value → JSON; every fixture
//! under `fixtures/err` fails with the snapshotted error line.

use codec_core::listing::ListRequest;
use codec_core::{Decode, Encode, ErrorKind};
use codec_qingstor::{ErrorCode, ErrorResponse, ListMultipartRequest, ListMultipartResponse};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

codec_testkit::golden_suite! {
    ListMultipartResponse: list_multipart_responses("ok/list-multipart/*.json", normalized, same_value),
        hostile_list_multipart_responses("err/list-multipart/*");
    ListMultipartRequest: list_multipart_requests("ok/list-multipart-request/*.txt", same_value),
        hostile_list_multipart_requests("err/list-multipart-request/*.txt");
    ErrorResponse: error_bodies("ok/error/*.json", normalized, same_value),
        hostile_error_bodies("err/error/*");
}

#[test]
fn embedded_examples_are_the_fixtures() {
    use codec_qingstor::examples;
    let text = |name: &str| String::from_utf8(fixture(name)).unwrap();
    assert_eq!(examples::LIST_MULTIPART_RESPONSE, text("ok/list-multipart/doc-example.json"));
    assert_eq!(examples::LIST_MULTIPART_REQUEST, text("ok/list-multipart-request/doc-example.txt"));
    assert_eq!(examples::ERROR_RESPONSE, text("ok/error/qingcloud-docs-bad-request.json"));
    // The current docs print the same example as the 2020 document, byte for byte.
    assert_eq!(
        examples::LIST_MULTIPART_RESPONSE,
        text("ok/list-multipart/qingcloud-docs-list-multipart.json")
    );
}

#[test]
fn the_documented_request_and_response_page_as_described() {
    let request =
        ListMultipartRequest::decode(codec_qingstor::examples::LIST_MULTIPART_REQUEST.as_bytes())
            .unwrap();
    let response =
        ListMultipartResponse::decode(codec_qingstor::examples::LIST_MULTIPART_RESPONSE.as_bytes())
            .unwrap();
    // No limit in the documented request: the body cannot tell whether more follow.
    let next = request.next_request(&response).unwrap().unwrap();
    assert_eq!(
        next.encode().unwrap(),
        b"/large-object?upload_id=4d26b37a469230619604ecdc0e314782&part_number_marker=3"
    );
    let page = request.page(&response).unwrap();
    assert_eq!((page.next_marker.as_deref(), page.truncated), (Some("3"), None));
    assert_eq!(page.key.as_deref(), Some("large-object"));
    assert_eq!(page.upload_id.as_deref(), Some("4d26b37a469230619604ecdc0e314782"));
    // With a page size of 1000, three parts are a short page: the listing is complete.
    let limited = request.clone().with_page_size(1000);
    assert!(limited.next_request(&response).unwrap().is_none());
    let page = limited.page(&response).unwrap();
    assert_eq!((page.next_marker, page.truncated), (None, None));
    // The page after the last one has no parts, and ends the listing without a limit.
    let empty = ListMultipartResponse::decode(br#"{"count":0,"object_parts":[]}"#).unwrap();
    assert!(next.next_request(&empty).unwrap().is_none());
}

#[test]
fn an_error_body_in_place_of_a_listing_says_what_qingstor_said() {
    let error = ListMultipartResponse::decode(&fixture("ok/error/ours-upload-not-exists.json"))
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    let service = error.service_error().unwrap();
    assert_eq!(service.code, "upload_not_exists");
    assert_eq!(service.vendor, codec_core::Vendor::Qingstor);
    assert_eq!(service.request_id.as_deref(), Some("37fed66c441a11e5b95f52542e6ce14b"));
}

#[test]
fn error_codes_are_told_apart_without_string_comparison() {
    let body = fixture("ok/error/ours-upload-not-exists.json");
    let known = ErrorResponse::decode(&body).unwrap();
    assert_eq!(known.code, ErrorCode::UPLOAD_NOT_EXISTS);
    let body = fixture("ok/error/qingcloud-docs-bad-request.json");
    let documented = ErrorResponse::decode(&body).unwrap();
    assert_eq!(documented.code, ErrorCode::BAD_REQUEST);
    let unknown = ErrorResponse::decode(br#"{"code":"quota_exceeded"}"#).unwrap();
    assert!(
        !unknown.code.is(&ErrorCode::UPLOAD_NOT_EXISTS)
            && !unknown.code.is(&ErrorCode::BAD_REQUEST)
    );
    assert_eq!(unknown.encode().unwrap(), br#"{"code":"quota_exceeded"}"#);
}

#[test]
fn the_trailing_comma_of_the_published_sibling_example_is_named() {
    let body =
        fixture("err/list-multipart/qingcloud-docs-list-multipart-uploads-trailing-comma.json");
    let error = ListMultipartResponse::decode(&body).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Syntax);
    assert!(error.message().contains("trailing comma"), "{error}");
    assert_eq!(body[error.offset().unwrap()], b',');
    assert_eq!(error.path(), Some("uploads"));
}

#[test]
fn etags_and_dates_of_the_documented_shape_borrow_from_the_input() {
    let response =
        ListMultipartResponse::decode(codec_qingstor::examples::LIST_MULTIPART_RESPONSE.as_bytes())
            .unwrap();
    for part in response.parts() {
        let etag = part.etag.as_ref().unwrap();
        assert!(!etag.is_quoted() && etag.is_borrowed(), "{etag:?}");
        assert!(matches!(part.created, Some(std::borrow::Cow::Borrowed(_))));
    }
}
