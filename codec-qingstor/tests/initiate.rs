//! Initiate Multipart Upload: the golden suite of its response, an error body in its
//! place, round-trip properties, the shared hostile table and allocations per call.

use codec_core::{Decode, Encode, ErrorKind, Normalize, Vendor};
use codec_qingstor::examples::INITIATE_MULTIPART_UPLOAD_RESPONSE;
use codec_qingstor::{ErrorResponse, InitiateMultipartUploadResponse};
use codec_testkit::allocations::count;
use codec_testkit::fixtures;
use codec_testkit::hostile::{Format, Table, check_every_truncation};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

const DIR: &str = env!("CARGO_MANIFEST_DIR");
const PREFIX: &str = "qingstor initiate-multipart-upload: ";

codec_testkit::golden_suite! {
    InitiateMultipartUploadResponse: initiate_responses("ok/initiate-multipart-upload/*.json", normalized, same_value, same_json),
        hostile_initiate_responses("err/initiate-multipart-upload/*", service);
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{DIR}/fixtures/{name}")).unwrap()
}

#[test]
fn the_embedded_example_is_the_fixture() {
    assert_eq!(
        INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes(),
        fixture("ok/initiate-multipart-upload/doc-example.json")
    );
}

#[test]
fn the_response_normalizes_to_an_initiated_upload() {
    let response =
        InitiateMultipartUploadResponse::decode(INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes())
            .unwrap();
    let upload = response.normalize().unwrap();
    assert_eq!(upload.vendor, Vendor::Qingstor);
    assert_eq!(upload.upload_id.as_deref(), Some("4d26b37a469230619604ecdc0e314782"));
    assert_eq!(upload.bucket.as_deref(), Some("mybucket"));
    assert_eq!(upload.key.as_deref(), Some("large-object"));
    assert_eq!(upload.part_size, None);
    assert!(upload.upload_urls.is_empty());
    assert_eq!(upload.already_complete, None);
    let json = serde_json::to_string(&upload).unwrap();
    assert_eq!(
        json,
        r#"{"vendor":"qingstor","upload_id":"4d26b37a469230619604ecdc0e314782","key":"large-object","bucket":"mybucket","part_size":null,"upload_urls":[],"already_complete":null}"#
    );
}

#[test]
fn the_response_is_written_in_the_documents_order() {
    let body = fixture("ok/initiate-multipart-upload/ours-key-first-escapes-unknown.json");
    let response = InitiateMultipartUploadResponse::decode(&body).unwrap();
    assert_eq!(response.key.as_deref(), Some("photos/大文件 \"a\".mp4"));
    assert_eq!(
        String::from_utf8(response.encode().unwrap()).unwrap(),
        r#"{"upload_id":"4d26b37a469230619604ecdc0e314782","bucket":"mybucket","key":"photos/大文件 \"a\".mp4"}"#
    );
    // Everything of the documented example borrows from the body.
    let response =
        InitiateMultipartUploadResponse::decode(INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes())
            .unwrap();
    assert!(matches!(response.upload_id, std::borrow::Cow::Borrowed(_)));
    assert!(matches!(response.key, Some(std::borrow::Cow::Borrowed(_))));
}

#[test]
fn an_error_body_in_place_of_the_response_says_what_qingstor_said() {
    let body = fixture("err/initiate-multipart-upload/error-body.json");
    let error = InitiateMultipartUploadResponse::decode(&body).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    assert_eq!(error.offset(), Some(0));
    assert!(error.to_string().starts_with(PREFIX), "{error}");
    assert_eq!(error.service_error().unwrap().code, "permission_denied");
    assert!(!error.is_retryable());
    let whole = ErrorResponse::from_error(&error).unwrap();
    assert_eq!(
        whole.url.as_deref(),
        Some("http://docs.qingcloud.com/qingstor/api/error_code.html")
    );
    let error =
        InitiateMultipartUploadResponse::decode(br#" {"code":"service_unavailable"}"#).unwrap_err();
    assert_eq!((error.kind(), error.offset()), (ErrorKind::Service, Some(1)));
    assert!(error.is_retryable());
}

#[test]
fn a_response_without_an_upload_id_is_no_response() {
    for body in
        [&br#"{"bucket":"mybucket","key":"large-object"}"#[..], b"{}", br#"{"message":"boom"}"#]
    {
        let error = InitiateMultipartUploadResponse::decode(body).unwrap_err();
        assert_eq!(
            (error.kind(), error.path(), error.offset()),
            (ErrorKind::MissingField, Some("upload_id"), Some(0)),
            "{error}"
        );
    }
    // A `code` that is not QingStor's error body (a number) is still a missing id.
    let error = InitiateMultipartUploadResponse::decode(br#"{"code":5}"#).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some("upload_id")));
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn initiate_responses_round_trip(value in codec_testkit::arbitrary!(codec_qingstor::InitiateMultipartUploadResponse)) {
        let wire = value.encode().unwrap();
        let decoded = InitiateMultipartUploadResponse::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        prop_assert!(serde_json::from_slice::<serde_json::Value>(&wire).is_ok());
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<InitiateMultipartUploadResponse<'_>>(&json).unwrap(), value.clone());
        let upload = value.normalize().unwrap();
        prop_assert_eq!(upload.upload_id.as_deref(), Some(value.upload_id.as_ref()));
    }

    #[test]
    fn arbitrary_bytes_give_a_value_or_a_one_line_error(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        if let Err(error) = InitiateMultipartUploadResponse::decode(&bytes) {
            prop_assert!(!error.to_string().contains('\n'));
            prop_assert!(error.to_string().starts_with(PREFIX), "{}", error);
            prop_assert!(error.offset().is_none_or(|offset| offset <= bytes.len()), "{}", error);
        }
    }
}

#[test]
fn the_shared_table_against_initiate_responses() {
    let cases = Table::json(INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes())
        .errors_start_with(PREFIX)
        .check(|body| InitiateMultipartUploadResponse::decode(body).map(drop));
    eprintln!("InitiateMultipartUploadResponse: {cases} cases");
}

#[test]
fn every_truncation_of_every_fixture_is_an_error_or_the_whole_document() {
    check_every_truncation(
        Format::Json,
        &fixtures(DIR, "ok/initiate-multipart-upload"),
        PREFIX,
        |body| InitiateMultipartUploadResponse::decode(body).map(drop),
    );
}

#[test]
fn allocations_per_call() {
    let body = INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes();
    let decode = count(|| {
        drop(std::hint::black_box(InitiateMultipartUploadResponse::decode(body).unwrap()))
    });
    let response = InitiateMultipartUploadResponse::decode(body).unwrap();
    let encode = count(|| drop(std::hint::black_box(response.encode().unwrap())));
    let normalize = count(|| drop(std::hint::black_box(response.normalize().unwrap())));
    eprintln!("initiate response: decode {decode}, encode {encode}, normalize {normalize}");
    assert_eq!((decode, encode, normalize), (0, 1, 0));
}
