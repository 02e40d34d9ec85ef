//! `get_upload_url`: the request builder, the one-of, the upload URLs in the
//! vendor-neutral model, round-trip properties, the shared hostile table against both
//! decoders and every truncation of every fixture.

use std::borrow::Cow;

use codec_core::{Decode, Encode, ErrorKind, Normalize};
use codec_pds::examples::{GET_UPLOAD_URL_REQUEST, GET_UPLOAD_URL_RESPONSE};
use codec_pds::{GetUploadUrlRequest, GetUploadUrlResponse};
use codec_testkit::hostile::{Expect, Format, Table, check_every_truncation};
use codec_testkit::{assert_one_line, fixtures};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

const DIR: &str = env!("CARGO_MANIFEST_DIR");
const PREFIX: &str = "pds get-upload-url: ";
const NULL_IS_ABSENT: &str = "PDS reads null scalars as absent";

#[test]
fn the_builder_writes_the_documented_request() {
    let request = GetUploadUrlRequest::new(
        "5d5b846942cf94fa72324c14a4bda34e81da635d",
        "E5A7C3B3B2A84D5DA6A4B1F2B7E8D6C9",
        1..=3,
    )
    .with_drive_id("1");
    let documented = GetUploadUrlRequest::decode(GET_UPLOAD_URL_REQUEST.as_bytes()).unwrap();
    assert_eq!(request, documented);
    let shared = GetUploadUrlRequest::new("f", "u", [2]).with_share_id("7JQX");
    assert_eq!(
        shared.encode().unwrap(),
        br#"{"share_id":"7JQX","file_id":"f","upload_id":"u","part_info_list":[{"part_number":2}]}"#
    );
}

#[test]
fn a_request_names_a_drive_or_a_share_both_ways() {
    let error = GetUploadUrlRequest::new("f", "u", [1]).encode().unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some("drive_id")));
    assert_one_line(&error, PREFIX);
    let error = GetUploadUrlRequest::decode(br#" {"file_id":"f"}"#).unwrap_err();
    assert_eq!((error.path(), error.offset()), (Some("drive_id"), Some(1)));
    assert!(GetUploadUrlRequest::new("f", "u", [1]).with_drive_id("1").validate().is_ok());
    let too_many = GetUploadUrlRequest::new("f", "u", 1..=10_001).with_drive_id("1");
    assert_eq!(too_many.encode().unwrap_err().path(), Some("part_info_list"));
}

#[test]
fn the_response_normalizes_to_an_upload_under_way() {
    let response = GetUploadUrlResponse::decode(GET_UPLOAD_URL_RESPONSE.as_bytes()).unwrap();
    let upload = response.normalize().unwrap();
    assert_eq!(upload.already_complete, Some(false));
    assert_eq!(upload.key.as_deref(), Some("5d5b846942cf94fa72324c14a4bda34e81da635d"));
    assert_eq!(upload.upload_id.as_deref(), Some("E5A7C3B3B2A84D5DA6A4B1F2B7E8D6C9"));
    let numbers: Vec<_> = upload.upload_urls.iter().map(|url| url.number).collect();
    assert_eq!(numbers, [Some(1), Some(2), Some(3)]);
    assert!(upload.upload_urls.iter().all(|url| matches!(url.url, Cow::Borrowed(_))));
    assert!(upload.upload_urls[2].url.contains("partNumber=3"));

    let no_url =
        GetUploadUrlResponse::decode(br#"{"part_info_list":[{"part_number":4}]}"#).unwrap();
    let error = no_url.normalize().unwrap_err();
    assert_eq!(error.path(), Some("part_info_list[0].upload_url"));
    assert_one_line(&error, PREFIX);

    let null = GetUploadUrlResponse::decode(br#"{"part_info_list":null}"#).unwrap();
    assert!(null.parts().is_empty() && null.normalize().unwrap().upload_urls.is_empty());
}

#[test]
fn an_error_or_a_stranger_is_no_answer() {
    let error = GetUploadUrlResponse::decode(br#"{"code":"AlreadyExist.File","message":"done"}"#)
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    assert!(!error.is_retryable());
    for body in ["{}", r#"{"message":"boom"}"#, r#"{"code":7}"#] {
        let error = GetUploadUrlResponse::decode(body.as_bytes()).unwrap_err();
        assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some("part_info_list")));
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn responses_round_trip(value in codec_testkit::arbitrary!(GetUploadUrlResponse)) {
        let wire = value.encode().unwrap();
        let decoded = GetUploadUrlResponse::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let wire_value: serde_json::Value = serde_json::from_slice(&wire).unwrap();
        prop_assert_eq!(&wire_value, &serde_json::to_value(&value).unwrap());
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<GetUploadUrlResponse<'_>>(&json).unwrap(), value.clone());
        match value.normalize() {
            Ok(model) => prop_assert_eq!(model.upload_urls.len(), value.parts().len()),
            Err(error) => prop_assert!(error.path().unwrap().ends_with("upload_url"), "{}", error),
        }
    }

    #[test]
    fn requests_round_trip(value in codec_testkit::arbitrary!(GetUploadUrlRequest)) {
        let wire = value.encode().unwrap();
        let decoded = GetUploadUrlRequest::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<GetUploadUrlRequest<'_>>(&json).unwrap(), value);
    }

    #[test]
    fn arbitrary_bytes_give_a_value_or_a_one_line_error(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let errors = [
            GetUploadUrlResponse::decode(&bytes).err(),
            GetUploadUrlRequest::decode(&bytes).err(),
        ];
        for error in errors.into_iter().flatten() {
            prop_assert!(!error.to_string().contains('\n'));
            prop_assert!(error.to_string().starts_with(PREFIX), "{}", error);
            prop_assert!(error.offset().is_none_or(|offset| offset <= bytes.len()), "{}", error);
        }
    }
}

#[test]
fn the_shared_table_against_get_upload_url_responses() {
    let cases = Table::json(GET_UPLOAD_URL_RESPONSE.as_bytes())
        .errors_start_with(PREFIX)
        .except("wrong type: * = null", Expect::Accept, NULL_IS_ABSENT)
        .except("wrong type: drive_id = 1", Expect::Accept, "drive_id is a string or a number")
        .check(|body| GetUploadUrlResponse::decode(body).map(drop));
    eprintln!("GetUploadUrlResponse: {cases} cases");
}

#[test]
fn the_shared_table_against_get_upload_url_requests() {
    let cases = Table::json(GET_UPLOAD_URL_REQUEST.as_bytes())
        .errors_start_with(PREFIX)
        .except(
            "wrong type: drive_id = null",
            Expect::Reject,
            "null reads as absent, and a request needs drive_id or share_id",
        )
        .except("wrong type: * = null", Expect::Accept, NULL_IS_ABSENT)
        .check(|body| GetUploadUrlRequest::decode(body).map(drop));
    eprintln!("GetUploadUrlRequest: {cases} cases");
}

#[test]
fn every_truncation_of_every_fixture_is_an_error_or_the_whole_document() {
    check_every_truncation(Format::Json, &fixtures(DIR, "ok/get-upload-url"), PREFIX, |body| {
        GetUploadUrlResponse::decode(body).map(drop)
    });
    check_every_truncation(
        Format::Json,
        &fixtures(DIR, "ok/get-upload-url-request"),
        PREFIX,
        |body| GetUploadUrlRequest::decode(body).map(drop),
    );
}
