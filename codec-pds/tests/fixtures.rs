//! The golden suite: every fixture under `fixtures/ok` decodes, snapshots its typed and
//! normalized JSON, and survives encode → decode and JSON → value → JSON; every fixture
//! under `fixtures/err` fails with the snapshotted error line.

use codec_core::{Decode, Encode};
use codec_pds::{
    CompleteFileRequest, CompleteFileResponse, CreateFileRequest, CreateFileResponse,
    ErrorResponse, GetUploadUrlRequest, GetUploadUrlResponse, ListUploadedPartsRequest,
    ListUploadedPartsResponse,
};

codec_testkit::golden_suite! {
    ListUploadedPartsResponse: list_uploaded_parts_responses("ok/list-uploaded-parts/*.json", normalized, same_json, same_value),
        hostile_list_uploaded_parts_responses("err/list-uploaded-parts/*");
    ListUploadedPartsRequest: list_uploaded_parts_requests("ok/list-uploaded-parts-request/*.json", same_json, same_value),
        hostile_list_uploaded_parts_requests("err/list-uploaded-parts-request/*");
    ErrorResponse: error_bodies("ok/error/*.json", normalized, same_json, same_value),
        hostile_error_bodies("err/error/*");
    CreateFileResponse: create_file_responses("ok/create-file/*.json", normalized, same_json, same_value),
        hostile_create_file_responses("err/create-file/*", service);
    CreateFileRequest: create_file_requests("ok/create-file-request/*.json", same_json, same_value),
        hostile_create_file_requests("err/create-file-request/*");
    GetUploadUrlResponse: get_upload_url_responses("ok/get-upload-url/*.json", normalized, same_json, same_value),
        hostile_get_upload_url_responses("err/get-upload-url/*", service);
    GetUploadUrlRequest: get_upload_url_requests("ok/get-upload-url-request/*.json", same_json, same_value),
        hostile_get_upload_url_requests("err/get-upload-url-request/*");
    CompleteFileResponse: complete_file_responses("ok/complete-file/*.json", normalized, same_json, same_value),
        hostile_complete_file_responses("err/complete-file/*", service);
    CompleteFileRequest: complete_file_requests("ok/complete-file-request/*.json", normalized, same_json, same_value),
        hostile_complete_file_requests("err/complete-file-request/*");
}

#[test]
fn embedded_examples_are_the_fixtures() {
    use codec_pds::examples;
    let fixture = |name: &str| {
        std::fs::read_to_string(format!("{}/fixtures/ok/{name}", env!("CARGO_MANIFEST_DIR")))
            .unwrap()
    };
    assert_eq!(
        examples::LIST_UPLOADED_PARTS_RESPONSE,
        fixture("list-uploaded-parts/doc-example.json")
    );
    assert_eq!(
        examples::LIST_UPLOADED_PARTS_REQUEST,
        fixture("list-uploaded-parts-request/doc-example.json")
    );
    assert_eq!(examples::ERROR_RESPONSE, fixture("error/ours-not-found-upload-id.json"));
    assert_eq!(
        examples::CREATE_FILE_REQUEST,
        fixture("create-file-request/ours-documented-fields.json")
    );
    assert_eq!(examples::CREATE_FILE_RESPONSE, fixture("create-file/ours-documented-fields.json"));
    assert_eq!(
        examples::GET_UPLOAD_URL_REQUEST,
        fixture("get-upload-url-request/ours-documented-fields.json")
    );
    assert_eq!(
        examples::GET_UPLOAD_URL_RESPONSE,
        fixture("get-upload-url/ours-documented-fields.json")
    );
    assert_eq!(
        examples::COMPLETE_FILE_REQUEST,
        fixture("complete-file-request/ours-documented-fields.json")
    );
    assert_eq!(
        examples::COMPLETE_FILE_RESPONSE,
        fixture("complete-file/ours-documented-fields.json")
    );
}

#[test]
fn the_oss_error_copied_for_create_file_is_the_real_worlds() {
    let dir = env!("CARGO_MANIFEST_DIR");
    let copy = std::fs::read(format!("{dir}/fixtures/err/create-file/oss-part-not-sequential.xml"));
    let first = std::fs::read(format!("{dir}/fixtures/err/error/oss-part-not-sequential.xml"));
    assert_eq!(copy.unwrap(), first.unwrap());
}

#[test]
fn the_documented_response_is_byte_for_byte_the_documents() {
    let document = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/api-docs/003_a626dd3454e251cd.txt"
    ));
    // The shared folder sits beside the workspace on the development machine only.
    if let Ok(document) = document {
        let start = document.find("{\n\"file_id\"").unwrap();
        let end = document.find("}\nError codes").unwrap() + 2;
        assert_eq!(&document[start..end], codec_pds::examples::LIST_UPLOADED_PARTS_RESPONSE);
    }
}

#[test]
fn an_error_body_in_place_of_a_page_says_what_pds_said() {
    let error = ListUploadedPartsResponse::decode(codec_pds::examples::ERROR_RESPONSE.as_bytes())
        .unwrap_err();
    assert_eq!(error.kind(), codec_core::ErrorKind::Service);
    let service = error.service_error().unwrap();
    assert_eq!(service.code, "NotFound.UploadId");
    assert_eq!(service.vendor, codec_core::Vendor::Pds);
    assert!(error.to_string().starts_with("pds list-uploaded-parts: "), "{error}");
}

#[test]
fn quoted_etags_and_urls_of_the_documented_shape_borrow_from_the_input() {
    let body = codec_pds::examples::LIST_UPLOADED_PARTS_RESPONSE.as_bytes();
    let response = ListUploadedPartsResponse::decode(body).unwrap();
    assert_eq!(response.parts().len(), 1);
    for part in response.parts() {
        let etag = part.etag.as_ref().unwrap();
        assert!(etag.is_quoted() && etag.is_borrowed(), "{etag:?}");
        assert_eq!(etag.value(), "0CC175B9C0F1B6A831C399E269772661");
        assert!(matches!(part.upload_url, Some(std::borrow::Cow::Borrowed(_))));
        assert!(matches!(part.internal_upload_url, Some(std::borrow::Cow::Borrowed(_))));
    }
}

#[test]
fn escaped_urls_are_unescaped_and_re_encoded_as_plain_text() {
    let body =
        br#"{"uploaded_parts":[{"part_number":1,"upload_url":"https:\/\/h\/k?a=1\u0026b=%2F"}]}"#;
    let response = ListUploadedPartsResponse::decode(body).unwrap();
    assert_eq!(response.parts()[0].upload_url.as_deref(), Some("https://h/k?a=1&b=%2F"));
    let wire = response.encode().unwrap();
    assert_eq!(
        wire,
        br#"{"uploaded_parts":[{"part_number":1,"upload_url":"https://h/k?a=1&b=%2F"}]}"#
    );
}
