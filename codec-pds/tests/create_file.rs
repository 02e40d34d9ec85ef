//! `create_file`: what the response says about the upload (rapid upload, folder,
//! existing file, upload under way), the parts without a number, the upload URLs in the
//! vendor-neutral model, the request's one-of and part count, round-trip properties, the
//! shared hostile table against both decoders and every truncation of every fixture.

use std::borrow::Cow;

use codec_core::{Decode, Encode, ErrorKind, Normalize};
use codec_pds::examples::{CREATE_FILE_REQUEST, CREATE_FILE_RESPONSE};
use codec_pds::{
    CheckNameMode, CreateFileRequest, CreateFileResponse, ErrorResponse, FileType, UploadedPart,
};
use codec_testkit::hostile::{Expect, Format, Table, check_every_truncation};
use codec_testkit::{assert_one_line, fixtures};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

const DIR: &str = env!("CARGO_MANIFEST_DIR");
const PREFIX: &str = "pds create-file: ";
const NULL_IS_ABSENT: &str = "PDS reads null scalars as absent";

fn response(body: &str) -> CreateFileResponse<'_> {
    CreateFileResponse::decode(body.as_bytes()).unwrap_or_else(|e| panic!("{body}: {e}"))
}

#[test]
fn what_the_body_says_about_the_upload() {
    for (body, complete, urls) in [
        // Rapid upload: PDS holds the content; an upload id and parts change nothing.
        (r#"{"file_id":"f","rapid_upload":true}"#, Some(true), 0),
        (
            r#"{"file_id":"f","upload_id":"u","rapid_upload":true,"part_info_list":[{"part_number":1}]}"#,
            Some(true),
            0,
        ),
        // A folder: nothing to upload.
        (r#"{"file_id":"f","type":"folder"}"#, Some(true), 0),
        (r#"{"file_id":"f","type":"FOLDER"}"#, Some(true), 0),
        // An existing file, nothing created (check_name_mode refuse).
        (r#"{"file_id":"f","exist":true}"#, Some(true), 0),
        (r#"{"file_id":"f","exist":true,"upload_id":null}"#, Some(true), 0),
        // An existing file with an upload under way: the upload id decides.
        (
            r#"{"file_id":"f","exist":true,"upload_id":"u","part_info_list":[{"upload_url":"https://a"}]}"#,
            Some(false),
            1,
        ),
        // An upload under way.
        (r#"{"file_id":"f","upload_id":"u","rapid_upload":false,"exist":false}"#, Some(false), 0),
        // Nothing said.
        (r#"{"file_id":"f"}"#, None, 0),
        (r#"{"file_id":"f","exist":false,"rapid_upload":false}"#, None, 0),
    ] {
        let decoded = response(body);
        assert_eq!(decoded.already_complete(), complete, "{body}");
        let model = decoded.normalize().unwrap();
        assert_eq!(model.already_complete, complete, "{body}");
        assert_eq!(model.upload_urls.len(), urls, "{body}");
        assert_eq!(model.key.as_deref(), Some("f"));
        assert_eq!((model.bucket, model.part_size), (None, None));
    }
}

#[test]
fn parts_without_a_number_stay_without_one_in_order() {
    let body = r#"{"upload_id":"u","part_info_list":[{"upload_url":"https://a/1"},
        {"part_number":7,"upload_url":"https://a/7"},{"upload_url":"https://a/x"}]}"#;
    let decoded = response(body);
    let numbers: Vec<_> = decoded.parts().iter().map(|part| part.part_number).collect();
    assert_eq!(numbers, [None, Some(7), None]);
    let model = decoded.normalize().unwrap();
    let urls: Vec<_> = model.upload_urls.iter().map(|url| (url.number, url.url.as_ref())).collect();
    assert_eq!(urls, [(None, "https://a/1"), (Some(7), "https://a/7"), (None, "https://a/x")]);
    // The typed JSON says so too: no number is invented.
    let json = serde_json::to_value(&decoded).unwrap();
    assert!(json["part_info_list"][0].get("part_number").is_none());
    assert!(
        decoded
            .encode()
            .unwrap()
            .starts_with(br#"{"upload_id":"u","part_info_list":[{"upload_url":"https://a/1"}"#)
    );
}

#[test]
fn a_part_without_an_upload_url_has_nowhere_to_go() {
    let body = r#"{"upload_id":"u","part_info_list":[{"part_number":1,"upload_url":"https://a/1"},
        {"part_number":2,"internal_upload_url":"https://vpc/2"}]}"#;
    let error = response(body).normalize().unwrap_err();
    assert_eq!(error.kind(), ErrorKind::MissingField);
    assert_eq!(error.path(), Some("part_info_list[1].upload_url"));
    assert_one_line(&error, PREFIX);
    // Not when nothing is to upload.
    let rapid = r#"{"rapid_upload":true,"part_info_list":[{"part_number":1}]}"#;
    assert!(response(rapid).normalize().unwrap().upload_urls.is_empty());
}

#[test]
fn urls_borrow_from_the_body_and_escapes_are_unescaped() {
    let decoded = CreateFileResponse::decode(CREATE_FILE_RESPONSE.as_bytes()).unwrap();
    for part in decoded.parts() {
        assert!(matches!(part.upload_url, Some(Cow::Borrowed(_))));
        assert!(matches!(part.internal_upload_url, Some(Cow::Borrowed(_))));
    }
    let model = decoded.normalize().unwrap();
    assert!(model.upload_urls.iter().all(|url| matches!(url.url, Cow::Borrowed(_))));
    let escaped = response(r#"{"part_info_list":[{"upload_url":"https:\/\/a\/1?x=1\u0026y=2"}]}"#);
    assert_eq!(escaped.parts()[0].upload_url.as_deref(), Some("https://a/1?x=1&y=2"));
}

#[test]
fn an_error_body_says_what_pds_said() {
    let body = br#"{"code":"QpsLimitExceed.Api","message":"slow down","request_id":"0a0b"}"#;
    let error = CreateFileResponse::decode(body).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    assert!(error.is_retryable());
    assert_eq!(ErrorResponse::from_error(&error).unwrap().request_id.as_deref(), Some("0a0b"));
    assert_one_line(&error, PREFIX);
    // The 409 of a pre_hash match echoes the request's members beside its code: the
    // code wins.
    let echo = br#"{"parent_file_id":"","file_name":"a.jpg","pre_hash":"BF98","code":"PreHashMatched","message":"Pre hash matched."}"#;
    let error = CreateFileResponse::decode(echo).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    assert_eq!(ErrorResponse::from_error(&error).unwrap().code, "PreHashMatched");
    assert!(!error.is_retryable());
    // A `code` that is not PDS's error body's (not a string) is an unknown member.
    let odd = response(r#"{"file_id":"f","code":5}"#);
    assert_eq!(odd.file_id.as_deref(), Some("f"));
    // A listing page keeps its rule: only a body with none of its members may be the
    // error body.
    let page = br#"{"uploaded_parts":[],"code":"X"}"#;
    assert!(codec_pds::ListUploadedPartsResponse::decode(page).is_ok());
}

#[test]
fn unknown_type_and_mode_values_survive() {
    let body = br#"{"drive_id":"1","type":"symlink","check_name_mode":"overwrite"}"#;
    let request = CreateFileRequest::decode(body).unwrap();
    assert_eq!(request.file_type.as_ref().unwrap().as_str(), "symlink");
    assert!(!request.check_name_mode.as_ref().unwrap().is(&CheckNameMode::REFUSE));
    assert_eq!(request.encode().unwrap(), body);
    assert!(FileType::from("Folder").is(&FileType::FOLDER));
}

#[test]
fn a_request_names_a_drive_or_a_share_both_ways() {
    let mut request = CreateFileRequest::decode(CREATE_FILE_REQUEST.as_bytes()).unwrap();
    request.drive_id = None;
    let error = request.encode().unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some("drive_id")));
    assert_one_line(&error, PREFIX);
    assert!(request.validate().is_err());
    request.share_id = Some("7JQX".into());
    let wire = request.encode().unwrap();
    assert_eq!(CreateFileRequest::decode(&wire).unwrap(), request);
    for body in [r#"{}"#, r#"{"drive_id":null}"#, r#"{"name":"a","share_id":null}"#] {
        let error = CreateFileRequest::decode(body.as_bytes()).unwrap_err();
        assert_eq!(error.path(), Some("drive_id"), "{body}");
        assert_eq!(error.offset(), Some(0), "{body}");
    }
}

#[test]
fn at_most_ten_thousand_parts() {
    let part = |number| UploadedPart { part_number: Some(number), ..UploadedPart::default() };
    let mut request = CreateFileRequest {
        drive_id: Some("1".into()),
        part_info_list: Some(Some((1..=10_000).map(part).collect())),
        ..CreateFileRequest::default()
    };
    let wire = request.encode().unwrap();
    assert_eq!(CreateFileRequest::decode(&wire).unwrap().parts().len(), 10_000);
    request.part_info_list.as_mut().unwrap().as_mut().unwrap().push(part(1));
    let error = request.encode().unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some("part_info_list")));
    let mut wire = wire;
    wire.truncate(wire.len() - 2);
    wire.extend_from_slice(br#",{"part_number":1}]}"#);
    let error = CreateFileRequest::decode(&wire).unwrap_err();
    assert!(error.to_string().contains("10001 parts"), "{error}");
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn responses_round_trip(value in codec_testkit::arbitrary!(CreateFileResponse)) {
        let wire = value.encode().unwrap();
        let decoded = CreateFileResponse::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let wire_value: serde_json::Value = serde_json::from_slice(&wire).unwrap();
        prop_assert_eq!(&wire_value, &serde_json::to_value(&value).unwrap());
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<CreateFileResponse<'_>>(&json).unwrap(), value.clone());
        match value.normalize() {
            Ok(model) => prop_assert_eq!(model.already_complete, value.already_complete()),
            Err(error) => prop_assert!(error.path().unwrap().ends_with("upload_url"), "{}", error),
        }
    }

    #[test]
    fn requests_round_trip(value in codec_testkit::arbitrary!(CreateFileRequest)) {
        let wire = value.encode().unwrap();
        let decoded = CreateFileRequest::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let wire_value: serde_json::Value = serde_json::from_slice(&wire).unwrap();
        prop_assert_eq!(&wire_value, &serde_json::to_value(&value).unwrap());
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<CreateFileRequest<'_>>(&json).unwrap(), value);
    }

    #[test]
    fn arbitrary_bytes_give_a_value_or_a_one_line_error(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let errors = [
            CreateFileResponse::decode(&bytes).err(),
            CreateFileRequest::decode(&bytes).err(),
        ];
        for error in errors.into_iter().flatten() {
            prop_assert!(!error.to_string().contains('\n'));
            prop_assert!(error.to_string().starts_with(PREFIX), "{}", error);
            prop_assert!(error.offset().is_none_or(|offset| offset <= bytes.len()), "{}", error);
        }
    }
}

#[test]
fn the_shared_table_against_create_file_responses() {
    let cases = Table::json(CREATE_FILE_RESPONSE.as_bytes())
        .errors_start_with(PREFIX)
        .except("wrong type: * = null", Expect::Accept, NULL_IS_ABSENT)
        .except("wrong type: drive_id = 1", Expect::Accept, "drive_id is a string or a number")
        .check(|body| CreateFileResponse::decode(body).map(drop));
    eprintln!("CreateFileResponse: {cases} cases");
}

#[test]
fn the_shared_table_against_create_file_requests() {
    let cases = Table::json(CREATE_FILE_REQUEST.as_bytes())
        .errors_start_with(PREFIX)
        .except(
            "wrong type: drive_id = null",
            Expect::Reject,
            "null reads as absent, and a request needs drive_id or share_id",
        )
        .except(
            "wrong type: part_info_list[*].parallel_sha1_ctx.h[*] = null",
            Expect::Reject,
            "an element of a list is no field: null there is a wrong type",
        )
        .except("wrong type: * = null", Expect::Accept, NULL_IS_ABSENT)
        .except(
            "wrong type: part_info_list[*].parallel_sha1_ctx.h[*] = -1",
            Expect::Accept,
            "the hash state words are signed 64-bit integers",
        )
        .check(|body| CreateFileRequest::decode(body).map(drop));
    eprintln!("CreateFileRequest: {cases} cases");
}

#[test]
fn every_truncation_of_every_fixture_is_an_error_or_the_whole_document() {
    check_every_truncation(Format::Json, &fixtures(DIR, "ok/create-file"), PREFIX, |body| {
        CreateFileResponse::decode(body).map(drop)
    });
    check_every_truncation(
        Format::Json,
        &fixtures(DIR, "ok/create-file-request"),
        PREFIX,
        |body| CreateFileRequest::decode(body).map(drop),
    );
}
