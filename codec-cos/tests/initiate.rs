//! Initiate Multipart Upload: the golden suite of its result, what is not a result,
//! round-trip properties, the shared hostile table and allocations per call.

use codec_core::{Decode, Encode, ErrorKind, Normalize};
use codec_cos::InitiateMultipartUploadResult;
use codec_cos::examples::INITIATE_MULTIPART_UPLOAD_RESPONSE;
use codec_testkit::allocations::count;
use codec_testkit::fixtures;
use codec_testkit::hostile::{Format, Table, check_every_truncation};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

const DIR: &str = env!("CARGO_MANIFEST_DIR");

codec_testkit::golden_suite! {
    InitiateMultipartUploadResult: initiate_results("ok/initiate-multipart-upload/*.xml", normalized),
        hostile_initiate_results("err/initiate-multipart-upload/*", service);
}

#[test]
fn the_embedded_example_is_the_fixture() {
    let fixture = std::fs::read_to_string(format!(
        "{DIR}/fixtures/ok/initiate-multipart-upload/doc-initiate-result.xml"
    ))
    .unwrap();
    assert_eq!(INITIATE_MULTIPART_UPLOAD_RESPONSE, fixture);
}

#[test]
fn the_result_normalizes_to_an_initiated_upload() {
    let result =
        InitiateMultipartUploadResult::decode(INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes())
            .unwrap();
    let upload = result.normalize().unwrap();
    assert_eq!(upload.vendor, codec_core::Vendor::Cos);
    assert_eq!(upload.bucket.as_deref(), Some("examplebucket-1250000000"));
    assert_eq!(upload.key.as_deref(), Some("exampleobject"));
    assert_eq!(
        upload.upload_id.as_deref(),
        Some("1585130821cbb7df1d11846c073ad648e8f33b087cec2381df437acdc833cf654b9ecc6361")
    );
    assert_eq!(upload.part_size, None);
    assert!(upload.upload_urls.is_empty());
    assert_eq!(upload.already_complete, None);
}

#[test]
fn keep_alive_spaces_and_an_error_in_the_results_place() {
    let mut body = b"     \n".to_vec();
    body.extend_from_slice(INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes());
    assert!(InitiateMultipartUploadResult::decode(&body).is_ok());
    let error = InitiateMultipartUploadResult::decode(
        b"   <?xml version=\"1.0\"?><Error><Code>SlowDown</Code></Error>",
    )
    .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    assert!(error.is_retryable());
    assert_eq!(codec_cos::ErrorResponse::from_error(&error).unwrap().code, "SlowDown");
}

#[test]
fn a_result_without_an_upload_id_is_no_result() {
    let error = InitiateMultipartUploadResult::decode(
        b"<InitiateMultipartUploadResult><Key>k</Key></InitiateMultipartUploadResult>",
    )
    .unwrap_err();
    assert_eq!(
        (error.kind(), error.path(), error.offset()),
        (ErrorKind::MissingField, Some("UploadId"), Some(0))
    );
}

#[test]
fn the_result_is_written_as_cos_writes_it() {
    let result =
        InitiateMultipartUploadResult::decode(INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes())
            .unwrap();
    assert_eq!(
        String::from_utf8(result.encode().unwrap()).unwrap(),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<InitiateMultipartUploadResult>\
         <Bucket>examplebucket-1250000000</Bucket><Key>exampleobject</Key>\
         <UploadId>1585130821cbb7df1d11846c073ad648e8f33b087cec2381df437acdc833cf654b9ecc6361</UploadId>\
         </InitiateMultipartUploadResult>"
    );
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn initiate_results_round_trip(value in codec_testkit::arbitrary!(InitiateMultipartUploadResult)) {
        let wire = value.encode().unwrap();
        let decoded = InitiateMultipartUploadResult::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<InitiateMultipartUploadResult<'_>>(&json).unwrap(), value.clone());
        value.normalize().unwrap();
    }

    #[test]
    fn arbitrary_bytes_give_a_value_or_a_one_line_error(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        if let Err(error) = InitiateMultipartUploadResult::decode(&bytes) {
            prop_assert!(!error.to_string().contains('\n'));
            prop_assert!(error.offset().is_none_or(|offset| offset <= bytes.len()), "{}", error);
        }
    }
}

#[test]
fn the_shared_table_against_initiate_results() {
    let cases = Table::xml(INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes())
        .errors_start_with("cos initiate-multipart-upload: ")
        .check(|body| InitiateMultipartUploadResult::decode(body).map(drop));
    eprintln!("InitiateMultipartUploadResult: {cases} cases");
}

#[test]
fn every_truncation_of_every_fixture_is_an_error_or_a_whole_document() {
    check_every_truncation(
        Format::Xml,
        &fixtures(DIR, "ok/initiate-multipart-upload"),
        "cos initiate-multipart-upload: ",
        |body| InitiateMultipartUploadResult::decode(body).map(drop),
    );
}

#[test]
fn allocations_per_call() {
    let body = INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes();
    let decode =
        count(|| drop(std::hint::black_box(InitiateMultipartUploadResult::decode(body).unwrap())));
    let result = InitiateMultipartUploadResult::decode(body).unwrap();
    assert!(matches!(result.upload_id, std::borrow::Cow::Borrowed(_)));
    let encode = count(|| drop(std::hint::black_box(result.encode().unwrap())));
    let normalize = count(|| drop(std::hint::black_box(result.normalize().unwrap())));
    eprintln!("initiate result: decode {decode}, encode {encode}, normalize {normalize}");
    assert!(decode <= 2, "{decode}");
    assert_eq!((encode, normalize), (1, 0));
}
