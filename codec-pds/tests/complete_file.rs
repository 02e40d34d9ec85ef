//! `complete_file`: the request from collected parts (the resume loop: list, collect,
//! complete), its rules, the vendor-neutral model's demands, `crc64_hash` as a string
//! or a bare number, the file object, round-trip properties, the shared hostile table
//! against both decoders and every truncation of every fixture.

use std::borrow::Cow;

use codec_core::collect::PartCollector;
use codec_core::{CompletePart, Decode, Encode, ErrorKind, Normalize, Part, PartsPage, Vendor};
use codec_pds::complete_file::COMPLETE_RULES;
use codec_pds::examples::{
    COMPLETE_FILE_REQUEST, COMPLETE_FILE_RESPONSE, list_uploaded_parts_pages,
};
use codec_pds::{
    CompleteFileRequest, CompleteFileResponse, ListUploadedPartsResponse, NumberOrText,
};
use codec_testkit::hostile::{Expect, Format, Table, check_every_truncation};
use codec_testkit::{assert_one_line, fixtures};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

const DIR: &str = env!("CARGO_MANIFEST_DIR");
const PREFIX: &str = "pds complete-file: ";
const NULL_IS_ABSENT: &str = "PDS reads null scalars as absent";
const FILE: &str = "322fb07b975f4b0ae1b543fe8475eee4c19eb2b2";
const UPLOAD: &str = "00166D06127B413BA1EC8ABB1144D101";

fn collected(pages: &[String]) -> PartCollector {
    let mut collector = PartCollector::new();
    for body in pages {
        let page = ListUploadedPartsResponse::decode(body.as_bytes()).unwrap();
        collector.add(&page.normalize().unwrap()).unwrap();
    }
    collector
}

fn page(numbers: &[u32], etags: bool) -> PartsPage<'static> {
    PartsPage {
        vendor: Vendor::Pds,
        upload_id: Some(UPLOAD.into()),
        key: Some(FILE.into()),
        parts: numbers
            .iter()
            .map(|&number| Part {
                number,
                etag: etags.then(|| format!("E{number}").into()),
                size: None,
                last_modified: None,
            })
            .collect(),
        next_marker: None,
        truncated: None,
    }
}

#[test]
fn the_resume_loop_lists_collects_and_completes() {
    // Pages served out of order and one twice: the collector sorts and keeps each once.
    let mut pages = list_uploaded_parts_pages(250, 100);
    pages.reverse();
    pages.push(pages[0].clone());
    let collector = collected(&pages);
    let request = CompleteFileRequest::from_collected(&collector, FILE, UPLOAD)
        .unwrap()
        .with_drive_id("1")
        .with_crc64_hash("3574582125365864471");
    assert_eq!(request.parts().len(), 250);
    // Every ETag is quoted, as PDS lists it, and borrowed from the collector.
    for part in request.parts() {
        let etag = part.etag.as_ref().unwrap();
        assert!(etag.is_quoted() && etag.is_borrowed(), "{etag:?}");
    }
    let wire = request.encode().unwrap();
    let text = String::from_utf8(wire.clone()).unwrap();
    assert!(text.starts_with(&format!(
        r#"{{"drive_id":"1","file_id":"{FILE}","upload_id":"{UPLOAD}","part_info_list":[{{"part_number":1,"etag":"\""#
    )));
    assert!(text.ends_with(r#"],"crc64_hash":"3574582125365864471"}"#), "{text}");
    // What PDS receives reads back to the collected parts.
    let decoded = CompleteFileRequest::decode(&wire).unwrap();
    let model = decoded.normalize().unwrap();
    let expected = collector.complete_parts(&COMPLETE_RULES).unwrap();
    assert_eq!(model.parts, expected);
    assert_eq!(model.key.as_deref(), Some(FILE));
    assert_eq!(model.upload_id.as_deref(), Some(UPLOAD));
    assert_eq!(decoded.crc64().unwrap(), Some(3_574_582_125_365_864_471));
}

#[test]
fn collected_parts_may_skip_and_may_lack_an_etag() {
    let mut collector = PartCollector::new();
    collector.add(&page(&[1, 4], true)).unwrap();
    collector.add(&page(&[9], false)).unwrap();
    let request = CompleteFileRequest::from_collected(&collector, FILE, UPLOAD)
        .unwrap()
        .with_share_id("7JQX");
    assert_eq!(
        String::from_utf8(request.encode().unwrap()).unwrap(),
        format!(
            r#"{{"share_id":"7JQX","file_id":"{FILE}","upload_id":"{UPLOAD}","part_info_list":[{{"part_number":1,"etag":"\"E1\""}},{{"part_number":4,"etag":"\"E4\""}},{{"part_number":9}}]}}"#
        )
    );
    assert_eq!(
        request.normalize().unwrap().parts,
        [
            CompletePart { number: 1, etag: Some("E1".into()) },
            CompletePart { number: 4, etag: Some("E4".into()) },
            CompletePart { number: 9, etag: None },
        ]
    );
    assert_eq!(
        (COMPLETE_RULES.first_number, COMPLETE_RULES.gaps_allowed, COMPLETE_RULES.etag_required),
        (1, true, false)
    );
}

#[test]
fn what_from_collected_refuses() {
    // Nothing collected.
    let error =
        CompleteFileRequest::from_collected(&PartCollector::new(), FILE, UPLOAD).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some("parts")));
    assert_one_line(&error, PREFIX);
    // Another file or upload than the pages named.
    let mut collector = PartCollector::new();
    collector.add(&page(&[1], true)).unwrap();
    for (file, upload, path) in [("other", UPLOAD, "file_id"), (FILE, "other", "upload_id")] {
        let error = CompleteFileRequest::from_collected(&collector, file, upload).unwrap_err();
        assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some(path)));
        assert!(error.to_string().contains("\"other\""), "{error}");
        assert_one_line(&error, PREFIX);
    }
    // A part number PDS does not have (pages of a vendor with other rules).
    let mut collector = PartCollector::new();
    collector.add(&page(&[0], true)).unwrap();
    let error = CompleteFileRequest::from_collected(&collector, FILE, UPLOAD).unwrap_err();
    assert_eq!(error.path(), Some("parts"), "{error}");
    let mut collector = PartCollector::new();
    collector.add(&page(&[1, 10_001], true)).unwrap();
    let error = CompleteFileRequest::from_collected(&collector, FILE, UPLOAD).unwrap_err();
    assert_eq!(error.path(), Some("part_info_list[1].part_number"), "{error}");
    // Pages that named no file or upload take the caller's.
    let mut collector = PartCollector::new();
    let mut bare = page(&[2], true);
    (bare.key, bare.upload_id) = (None, None);
    collector.add(&bare).unwrap();
    let request = CompleteFileRequest::from_collected(&collector, "f", "u").unwrap();
    assert_eq!(request.file_id.as_deref(), Some("f"));
}

#[test]
fn a_request_without_a_drive_or_a_share_does_not_encode() {
    let mut collector = PartCollector::new();
    collector.add(&page(&[1], true)).unwrap();
    let request = CompleteFileRequest::from_collected(&collector, FILE, UPLOAD).unwrap();
    let error = request.encode().unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some("drive_id")));
    assert!(error.to_string().contains("`drive_id` (a file in a drive) or `share_id`"), "{error}");
    assert_one_line(&error, PREFIX);
    assert!(request.validate().is_err());
    // The vendor-neutral form needs neither.
    assert_eq!(request.normalize().unwrap().parts.len(), 1);
}

#[test]
fn the_model_demands_numbered_ascending_parts() {
    for (parts, kind, path, says) in [
        (
            r#"[{"etag":"\"a\""}]"#,
            ErrorKind::MissingField,
            "part_info_list[0].part_number",
            "no part_number",
        ),
        (
            r#"[{"part_number":1},{"part_number":3},{"part_number":1}]"#,
            ErrorKind::DuplicateField,
            "part_info_list[2].part_number",
            "by part_info_list[0] and part_info_list[2]",
        ),
        (
            r#"[{"part_number":1},{"part_number":3},{"part_number":2}]"#,
            ErrorKind::InvalidValue,
            "part_info_list[2].part_number",
            "part 2 comes after part 3",
        ),
    ] {
        let body = format!(r#"{{"drive_id":"1","part_info_list":{parts}}}"#);
        // The wire keeps what was sent...
        let request = CompleteFileRequest::decode(body.as_bytes()).unwrap();
        assert_eq!(request.encode().unwrap(), body.as_bytes());
        // ...the model refuses it, naming the part.
        let error = request.normalize().unwrap_err();
        assert_eq!((error.kind(), error.path()), (kind, Some(path)), "{body}: {error}");
        assert!(error.to_string().contains(says), "{error}");
        assert_one_line(&error, PREFIX);
    }
}

#[test]
fn crc64_hash_keeps_its_spelling() {
    for (value, wire, number) in [
        (
            r#""3574582125365864471""#,
            NumberOrText::Text("3574582125365864471".into()),
            3_574_582_125_365_864_471,
        ),
        (
            "3574582125365864400",
            NumberOrText::Number(3_574_582_125_365_864_400),
            3_574_582_125_365_864_400,
        ),
        ("18446744073709551615", NumberOrText::Number(u64::MAX), u64::MAX),
        (r#""0""#, NumberOrText::Text("0".into()), 0),
    ] {
        let body = format!(r#"{{"drive_id":"1","crc64_hash":{value}}}"#);
        let request = CompleteFileRequest::decode(body.as_bytes()).unwrap();
        assert_eq!(request.crc64_hash.as_ref(), Some(&wire));
        assert_eq!(request.crc64().unwrap(), Some(number));
        assert_eq!(request.encode().unwrap(), body.as_bytes());
        let file_body = format!(r#"{{"crc64_hash":{value}}}"#);
        let file = CompleteFileResponse::decode(file_body.as_bytes()).unwrap();
        assert_eq!(file.crc64().unwrap(), Some(number));
    }
    // A string that is not a CRC-64 decodes (the wire is kept) but does not read as one.
    let request = CompleteFileRequest::decode(br#"{"drive_id":"1","crc64_hash":"-12"}"#).unwrap();
    let error = request.crc64().unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some("crc64_hash")));
    assert_one_line(&error, PREFIX);
    // A bare number must be an unsigned integer of 64 bits.
    for value in ["-1", "1.5", "1e3", "18446744073709551616", "true", "[]"] {
        let body = format!(r#"{{"drive_id":"1","crc64_hash":{value}}}"#);
        let error = CompleteFileRequest::decode(body.as_bytes()).unwrap_err();
        assert_eq!(error.path(), Some("crc64_hash"), "{body}: {error}");
        assert_eq!(error.offset(), Some(body.find(value).unwrap()), "{body}: {error}");
    }
    assert_eq!(CompleteFileRequest::new("f", "u").crc64().unwrap(), None);
    let built = CompleteFileRequest::new("f", "u").with_drive_id("1").with_crc64_hash(7u64);
    assert!(built.encode().unwrap().ends_with(br#""crc64_hash":7}"#));
}

#[test]
fn the_file_object_normalizes_to_its_id_and_size() {
    let file = CompleteFileResponse::decode(COMPLETE_FILE_RESPONSE.as_bytes()).unwrap();
    assert_eq!(file.drive_id, Some(NumberOrText::Text("1".into())));
    assert_eq!(file.location.as_deref(), Some("cn-beijing"));
    assert!(matches!(file.file_id, Some(Cow::Borrowed(_))));
    let done = file.normalize().unwrap();
    assert_eq!(done.vendor, Vendor::Pds);
    assert_eq!(done.key.as_deref(), Some("5d5b846942cf94fa72324c14a4bda34e81da635d"));
    assert_eq!(done.size, Some(13_381_200));
    assert_eq!((done.bucket, done.etag, done.location), (None, None, None));
}

#[test]
fn what_does_not_prove_the_upload_complete_is_worth_asking_again() {
    for body in ["{}", r#"{"message":"boom","labels":[]}"#, " "] {
        let error = CompleteFileResponse::decode(body.as_bytes()).unwrap_err();
        assert!(error.is_retryable(), "{body}: {error}");
        assert_one_line(&error, PREFIX);
    }
    let error = CompleteFileResponse::decode(br#"{"code":"NotFound.UploadId","message":"gone"}"#)
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    assert!(!error.is_retryable());
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn responses_round_trip(value in codec_testkit::arbitrary!(CompleteFileResponse)) {
        let wire = value.encode().unwrap();
        let decoded = CompleteFileResponse::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let wire_value: serde_json::Value = serde_json::from_slice(&wire).unwrap();
        prop_assert_eq!(&wire_value, &serde_json::to_value(&value).unwrap());
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<CompleteFileResponse<'_>>(&json).unwrap(), value.clone());
        prop_assert_eq!(value.normalize().unwrap().size, value.size);
    }

    #[test]
    fn requests_round_trip(value in codec_testkit::arbitrary!(CompleteFileRequest)) {
        let wire = value.encode().unwrap();
        let decoded = CompleteFileRequest::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let wire_value: serde_json::Value = serde_json::from_slice(&wire).unwrap();
        prop_assert_eq!(&wire_value, &serde_json::to_value(&value).unwrap());
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<CompleteFileRequest<'_>>(&json).unwrap(), value.clone());
        match value.normalize() {
            Ok(model) => prop_assert_eq!(model.parts.len(), value.parts().len()),
            Err(error) => prop_assert!(error.path().unwrap().ends_with("part_number"), "{}", error),
        }
    }

    #[test]
    fn collected_parts_always_make_a_request_that_reads_back(numbers in prop::collection::btree_set(1..=10_000u32, 1..50), etags in any::<bool>()) {
        let numbers: Vec<u32> = numbers.into_iter().collect();
        let mut collector = PartCollector::new();
        collector.add(&page(&numbers, etags)).unwrap();
        let request = CompleteFileRequest::from_collected(&collector, FILE, UPLOAD).unwrap().with_drive_id("1");
        let wire = request.encode().unwrap();
        let decoded = CompleteFileRequest::decode(&wire).unwrap();
        let model = decoded.normalize().unwrap();
        prop_assert_eq!(model.parts, collector.complete_parts(&COMPLETE_RULES).unwrap());
    }

    #[test]
    fn arbitrary_bytes_give_a_value_or_a_one_line_error(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let errors = [
            CompleteFileResponse::decode(&bytes).err(),
            CompleteFileRequest::decode(&bytes).err(),
        ];
        for error in errors.into_iter().flatten() {
            prop_assert!(!error.to_string().contains('\n'));
            prop_assert!(error.to_string().starts_with(PREFIX), "{}", error);
            prop_assert!(error.offset().is_none_or(|offset| offset <= bytes.len()), "{}", error);
        }
    }
}

#[test]
fn the_shared_table_against_complete_file_responses() {
    // The file object's members this crate does not declare are skipped, whatever they
    // hold: the table's wrong types for them decode.
    let fixture: serde_json::Value = serde_json::from_str(COMPLETE_FILE_RESPONSE).unwrap();
    let declared = serde_json::to_value(
        CompleteFileResponse::decode(COMPLETE_FILE_RESPONSE.as_bytes()).unwrap(),
    )
    .unwrap();
    let mut table = Table::json(COMPLETE_FILE_RESPONSE.as_bytes()).errors_start_with(PREFIX);
    let mut unknown = 0;
    for name in fixture.as_object().unwrap().keys() {
        if declared.get(name).is_none() && !fixture[name].is_null() {
            unknown += 1;
            table = table.except(
                &format!("wrong type: {name}*"),
                Expect::Accept,
                "an unknown member is skipped",
            );
        }
    }
    assert!(unknown > 15, "{unknown}");
    let cases = table
        .except("wrong type: * = null", Expect::Accept, NULL_IS_ABSENT)
        .except("wrong type: drive_id = 1", Expect::Accept, "drive_id is a string or a number")
        .except("wrong type: crc64_hash = 1", Expect::Accept, "crc64_hash is a string or a number")
        .check(|body| CompleteFileResponse::decode(body).map(drop));
    eprintln!("CompleteFileResponse: {cases} cases");
}

#[test]
fn the_shared_table_against_complete_file_requests() {
    let cases = Table::json(COMPLETE_FILE_REQUEST.as_bytes())
        .errors_start_with(PREFIX)
        .except(
            "wrong type: drive_id = null",
            Expect::Reject,
            "null reads as absent, and a request needs drive_id or share_id",
        )
        .except("wrong type: * = null", Expect::Accept, NULL_IS_ABSENT)
        .except("wrong type: crc64_hash = 1", Expect::Accept, "crc64_hash is a string or a number")
        .check(|body| CompleteFileRequest::decode(body).map(drop));
    eprintln!("CompleteFileRequest: {cases} cases");
}

#[test]
fn every_truncation_of_every_fixture_is_an_error_or_the_whole_document() {
    check_every_truncation(Format::Json, &fixtures(DIR, "ok/complete-file"), PREFIX, |body| {
        CompleteFileResponse::decode(body).map(drop)
    });
    check_every_truncation(
        Format::Json,
        &fixtures(DIR, "ok/complete-file-request"),
        PREFIX,
        |body| CompleteFileRequest::decode(body).map(drop),
    );
}
