//! Complete Multipart Upload: the golden suite of its target and body; the body's rules
//! both ways (part numbers 0 to 10,000, ascending, gaps allowed, ETags optional);
//! building the body from parts and from a part collector fed by List Multipart pages;
//! the TARGET+BODY example; the answer without a body; round-trip properties; the
//! shared hostile table; and allocations per call.

use codec_core::collect::PartCollector;
use codec_core::listing::ListRequest;
use codec_core::{CompletePart, Decode, ETag, Encode, ErrorKind, Vendor};
use codec_qingstor::complete_multipart_upload::{
    COMPLETE_RULES, check_response, normalize_request,
};
use codec_qingstor::examples::{
    COMPLETE_MULTIPART_UPLOAD_BODY, COMPLETE_MULTIPART_UPLOAD_REQUEST,
    COMPLETE_MULTIPART_UPLOAD_TARGET, complete_multipart_upload, list_multipart_pages,
};
use codec_qingstor::{
    CompleteMultipartUpload, CompleteMultipartUploadRequest, ErrorResponse, ListMultipartRequest,
    ListMultipartResponse, ObjectPart,
};
use codec_testkit::allocations::count;
use codec_testkit::fixtures;
use codec_testkit::hostile::{Format, Table, check_every_truncation};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

const DIR: &str = env!("CARGO_MANIFEST_DIR");
const PREFIX: &str = "qingstor complete-multipart-upload: ";

codec_testkit::golden_suite! {
    CompleteMultipartUpload: complete_bodies("ok/complete-multipart-upload-body/*.json", same_value, same_json),
        hostile_complete_bodies("err/complete-multipart-upload-body/*");
    CompleteMultipartUploadRequest: complete_targets("ok/complete-multipart-upload-request/*.txt", same_value),
        hostile_complete_targets("err/complete-multipart-upload-request/*.txt");
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{DIR}/fixtures/{name}")).unwrap()
}

#[test]
fn embedded_examples_are_the_fixtures() {
    let text = |name: &str| String::from_utf8(fixture(&format!("ok/{name}"))).unwrap();
    assert_eq!(
        COMPLETE_MULTIPART_UPLOAD_BODY,
        text("complete-multipart-upload-body/doc-example.json")
    );
    assert_eq!(
        COMPLETE_MULTIPART_UPLOAD_TARGET,
        text("complete-multipart-upload-request/doc-example.txt")
    );
    assert_eq!(
        COMPLETE_MULTIPART_UPLOAD_REQUEST,
        format!("{COMPLETE_MULTIPART_UPLOAD_TARGET}{COMPLETE_MULTIPART_UPLOAD_BODY}")
    );
    assert!(COMPLETE_MULTIPART_UPLOAD_TARGET.ends_with('\n'));
}

/// The TARGET+BODY example splits at its first line feed into a target and a body that
/// decode, and normalize together.
#[test]
fn the_target_body_example_normalizes() {
    let (target, body) = COMPLETE_MULTIPART_UPLOAD_REQUEST.split_once('\n').unwrap();
    let target = CompleteMultipartUploadRequest::decode(target.as_bytes()).unwrap();
    let body = CompleteMultipartUpload::decode(body.as_bytes()).unwrap();
    let request = normalize_request(&target, &body).unwrap();
    assert_eq!(request, body.normalize_with(&target).unwrap());
    assert_eq!(request.vendor, Vendor::Qingstor);
    insta::assert_snapshot!(serde_json::to_string_pretty(&request).unwrap());
}

// ---------------------------------------------------------------------------------
// The body

#[test]
fn the_documented_body_borrows_its_etags_and_reencodes_to_the_same_parts() {
    let body = CompleteMultipartUpload::decode(COMPLETE_MULTIPART_UPLOAD_BODY.as_bytes()).unwrap();
    assert_eq!(body.parts().iter().map(|part| part.part_number).collect::<Vec<_>>(), [0, 2]);
    for part in body.parts() {
        let etag = part.etag.as_ref().unwrap();
        assert!(!etag.is_quoted() && etag.is_borrowed(), "{etag:?}");
    }
    assert_eq!(
        String::from_utf8(body.encode().unwrap()).unwrap(),
        r#"{"object_parts":[{"part_number":0,"etag":"c837682353601f7fc0a2ccb6bc8f4654"},{"part_number":2,"etag":"28e2c0c6574a1ef20ac41d16a012a7c1"}]}"#
    );
}

#[test]
fn either_key_order_and_either_etag_form_read_alike() {
    for part in [
        r#"{"part_number": 3, "etag": "\"3a0f\""}"#,
        r#"{"etag": "\"3a0f\"", "part_number": 3}"#,
        r#"{"etag":"\u00223a0f\u0022","part_number":3}"#,
    ] {
        let body = format!(r#"{{"object_parts": [{part}]}}"#);
        let decoded = CompleteMultipartUpload::decode(body.as_bytes()).unwrap();
        assert_eq!(decoded.object_parts, [ObjectPart::new(3, "\"3a0f\"")], "{body}");
        let etag = decoded.object_parts[0].etag.as_ref().unwrap();
        assert!(etag.is_quoted(), "{body}");
        // The quotes are kept on the wire, and dropped in the model.
        assert!(decoded.encode().unwrap().ends_with(br#""etag":"\"3a0f\""}]}"#));
        let target = CompleteMultipartUploadRequest::new("u");
        assert_eq!(decoded.normalize_with(&target).unwrap().parts[0].etag.as_deref(), Some("3a0f"));
    }
    let bare =
        CompleteMultipartUpload::decode(br#"{"object_parts":[{"etag":"3a0f","part_number":3}]}"#)
            .unwrap();
    assert_eq!(bare.object_parts[0].etag, Some(ETag::new("3a0f", false)));
}

#[test]
fn bodies_qingstor_would_refuse_are_refused_both_ways_naming_the_part() {
    let cases: [(&[u32], ErrorKind, &str, &str); 6] = [
        (&[], ErrorKind::MissingField, "object_parts", "at least one part"),
        (&[0, 10_001], ErrorKind::InvalidValue, "object_parts[1].part_number", "0 to 10000"),
        (
            &[0, 2, 2],
            ErrorKind::DuplicateField,
            "object_parts[2].part_number",
            "by object_parts[1] and object_parts[2]",
        ),
        (
            &[1, 3, 1],
            ErrorKind::DuplicateField,
            "object_parts[2].part_number",
            "by object_parts[0] and object_parts[2]",
        ),
        (
            &[0, 3, 2],
            ErrorKind::InvalidValue,
            "object_parts[2].part_number",
            "part 2 comes after part 3",
        ),
        (&[5, 0], ErrorKind::InvalidValue, "object_parts[1].part_number", "ascending"),
    ];
    for (numbers, kind, path, says) in cases {
        let body = CompleteMultipartUpload::new(
            numbers.iter().map(|&number| ObjectPart::without_etag(number)).collect(),
        );
        let error = body.encode().unwrap_err();
        assert_eq!((error.kind(), error.path()), (kind, Some(path)), "{numbers:?}: {error}");
        assert!(error.to_string().contains(says), "{numbers:?}: {error}");
        assert!(error.to_string().starts_with(PREFIX), "{error}");

        // The same body on the wire: refused, placed at the part (or the array).
        let parts: Vec<String> =
            numbers.iter().map(|number| format!(r#"{{"part_number":{number}}}"#)).collect();
        let wire = format!(r#"{{"object_parts":[{}]}}"#, parts.join(","));
        let error = CompleteMultipartUpload::decode(wire.as_bytes()).unwrap_err();
        assert_eq!((error.kind(), error.path()), (kind, Some(path)), "{wire}: {error}");
        let at = error.offset().unwrap();
        assert!(matches!(wire.as_bytes()[at], b'{' | b'[' | b'1'), "{wire}: {error}");

        let target = CompleteMultipartUploadRequest::new("u");
        assert_eq!(body.normalize_with(&target).unwrap_err().path(), Some(path));
        let model: Vec<CompletePart<'_>> =
            numbers.iter().map(|&number| CompletePart { number, etag: None }).collect();
        assert_eq!(CompleteMultipartUpload::from_parts(model).unwrap_err().path(), Some(path));
    }
}

#[test]
fn part_0_and_part_10000_and_gaps_are_fine() {
    let body = CompleteMultipartUpload::new(vec![
        ObjectPart::without_etag(0),
        ObjectPart::new(9_999, "e"),
        ObjectPart::without_etag(10_000),
    ]);
    let wire = body.encode().unwrap();
    assert_eq!(CompleteMultipartUpload::decode(&wire).unwrap(), body);
}

#[test]
fn a_refused_part_is_placed_at_its_brace() {
    let wire =
        br#"{"object_parts": [{"part_number": 2, "etag": "b"}, {"part_number": 1, "etag": "a"}]}"#;
    let error = CompleteMultipartUpload::decode(wire).unwrap_err();
    let at = wire.windows(2).rposition(|w| w == b"{\"").unwrap();
    assert_eq!(error.offset(), Some(at));
    assert_eq!(
        error.to_string(),
        format!(
            "{PREFIX}invalid value at byte {at}, field object_parts[1].part_number: part 1 comes \
             after part 2: QingStor wants the part numbers ascending"
        )
    );
}

#[test]
fn without_object_parts_the_body_is_refused_after_its_syntax() {
    let error = CompleteMultipartUpload::decode(br#" {"parts": []}"#).unwrap_err();
    assert_eq!(
        (error.kind(), error.path(), error.offset()),
        (ErrorKind::MissingField, Some("object_parts"), Some(1))
    );
    // A syntax error later in the body comes first.
    let error = CompleteMultipartUpload::decode(br#"{"parts": [1,]}"#).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Syntax);
    let error = CompleteMultipartUpload::decode(br#"{"object_parts": [] , "x": }"#).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Syntax);
    let error = CompleteMultipartUpload::decode(br#"{"object_parts": []}"#).unwrap_err();
    assert_eq!((error.kind(), error.offset()), (ErrorKind::MissingField, Some(17)));
    assert!(error.message().contains("at least one part"), "{error}");
}

#[test]
fn from_parts_writes_the_model_etags_bare() {
    let body = CompleteMultipartUpload::from_parts([
        CompletePart { number: 0, etag: Some("a".into()) },
        CompletePart { number: 2, etag: None },
        CompletePart { number: 7, etag: Some(String::from("b").into()) },
    ])
    .unwrap();
    assert_eq!(
        body.object_parts,
        [ObjectPart::new(0, "a"), ObjectPart::without_etag(2), ObjectPart::new(7, "b")]
    );
    let error = CompleteMultipartUpload::from_parts([]).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some("object_parts")));
    assert!(error.to_string().starts_with(PREFIX), "{error}");
}

/// The resume loop's last step: the pages of a listing, collected, make the body; gaps
/// and parts without an ETag are what QingStor's Complete takes.
#[test]
fn from_collected_makes_the_body_a_listing_proves() {
    assert_eq!(
        COMPLETE_RULES,
        codec_core::collect::CompleteRules {
            first_number: 0,
            gaps_allowed: true,
            etag_required: false
        }
    );

    // 2,500 parts on three pages, collected in reverse order.
    let request = ListMultipartRequest::new("4d26b37a469230619604ecdc0e314782")
        .with_key("large-object")
        .with_page_size(1_000);
    let mut collector = PartCollector::new();
    for body in list_multipart_pages(2_500, 1_000).iter().rev() {
        let page = ListMultipartResponse::decode(body.as_bytes()).unwrap();
        collector.add(&request.page(&page).unwrap()).unwrap();
    }
    let body = CompleteMultipartUpload::from_collected(&collector).unwrap();
    assert_eq!(body.object_parts.len(), 2_500);
    // The generator's ETags are the listing's.
    let generated = complete_multipart_upload(2_500);
    assert_eq!(CompleteMultipartUpload::decode(generated.as_bytes()).unwrap(), body);
    let target = CompleteMultipartUploadRequest::new(collector.upload_id().unwrap())
        .with_key(collector.key().unwrap());
    assert_eq!(target.to_target().unwrap(), COMPLETE_MULTIPART_UPLOAD_TARGET.trim_end());
    let model = body.normalize_with(&target).unwrap();
    assert_eq!(model.parts, collector.complete_parts(&COMPLETE_RULES).unwrap());

    // Gaps, part 0 and a part listed without an ETag: all go into the body as they are.
    let mut gaps = PartCollector::new();
    let listed = br#"{"count":4,"object_parts":[{"part_number":0,"etag":"e0"},
        {"part_number":3},{"part_number":7,"etag":"\"e7\""},{"part_number":10000,"etag":"e10000"}]}"#;
    let page = ListMultipartResponse::decode(listed).unwrap();
    gaps.add(&request.page(&page).unwrap()).unwrap();
    let body = CompleteMultipartUpload::from_collected(&gaps).unwrap();
    assert_eq!(
        String::from_utf8(body.encode().unwrap()).unwrap(),
        r#"{"object_parts":[{"part_number":0,"etag":"e0"},{"part_number":3},{"part_number":7,"etag":"e7"},{"part_number":10000,"etag":"e10000"}]}"#
    );
    assert_eq!(gaps.missing(0..=7), [1, 2, 4, 5, 6]);

    let error = CompleteMultipartUpload::from_collected(&PartCollector::new()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidValue);
    assert!(error.to_string().starts_with(PREFIX), "{error}");
    assert!(error.to_string().contains("nothing to complete"), "{error}");
}

// ---------------------------------------------------------------------------------
// The target and the answer

#[test]
fn the_target_is_the_object_name_and_the_upload_id() {
    let target =
        CompleteMultipartUploadRequest::decode(COMPLETE_MULTIPART_UPLOAD_TARGET.as_bytes())
            .unwrap();
    assert_eq!(
        target,
        CompleteMultipartUploadRequest::new("4d26b37a469230619604ecdc0e314782")
            .with_key("large-object")
    );
    let encoded =
        fixture("ok/complete-multipart-upload-request/ours-encoded-key-unknown-parameter.txt");
    let target = CompleteMultipartUploadRequest::decode(&encoded).unwrap();
    assert_eq!(target.key.as_deref(), Some("photos/2016/大文件 a+b.mp4"));
    assert_eq!(
        target.to_target().unwrap(),
        "/photos/2016/%E5%A4%A7%E6%96%87%E4%BB%B6%20a%2Bb.mp4?upload_id=4d26b37a469230619604ecdc0e314782"
    );
    let error = CompleteMultipartUploadRequest::decode(b"/large-object?uploads").unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some("upload_id")));
    assert!(error.to_string().starts_with(PREFIX), "{error}");
}

#[test]
fn the_answer_has_no_body_and_an_error_body_says_what_qingstor_said() {
    for empty in [&b""[..], b" ", b"\r\n"] {
        check_response(empty).unwrap();
    }
    let body = fixture("ok/error/ours-upload-not-exists.json");
    let error = check_response(&body).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    assert!(error.to_string().starts_with(PREFIX), "{error}");
    assert_eq!(ErrorResponse::from_error(&error).unwrap().code.as_str(), "upload_not_exists");
    for other in [COMPLETE_MULTIPART_UPLOAD_BODY.as_bytes(), b"  {}", b"<html></html>", b"\xff"] {
        let error = check_response(other).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::WrongFormat, "{error}");
        assert!(error.message().contains("no response body to decode"), "{error}");
        assert_eq!(error.offset(), Some(codec_core::sniff::start(other)));
    }
}

// ---------------------------------------------------------------------------------
// Properties

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn complete_bodies_round_trip(value in codec_testkit::arbitrary!(CompleteMultipartUpload)) {
        let wire = value.encode().unwrap();
        let decoded = CompleteMultipartUpload::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        prop_assert!(serde_json::from_slice::<serde_json::Value>(&wire).is_ok());
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<CompleteMultipartUpload<'_>>(&json).unwrap(), value.clone());
        let target = CompleteMultipartUploadRequest::new("u");
        let model = value.normalize_with(&target).unwrap();
        prop_assert_eq!(model.parts.len(), value.object_parts.len());
        let again = CompleteMultipartUpload::from_parts(model.parts).unwrap();
        prop_assert_eq!(again.object_parts.len(), value.object_parts.len());
    }

    #[test]
    fn complete_targets_round_trip(value in codec_testkit::arbitrary!(CompleteMultipartUploadRequest)) {
        let wire = value.encode().unwrap();
        let decoded = CompleteMultipartUploadRequest::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<CompleteMultipartUploadRequest<'_>>(&json).unwrap(), value);
    }

    /// Whatever text lands in a part's ETag: a value that round-trips, or a one-line
    /// error.
    #[test]
    fn hostile_text_in_an_etag_round_trips_or_is_refused(text in codec_testkit::generated::bytes()) {
        let body = [&br#"{"object_parts":[{"part_number":1,"etag":""#[..], &text, br#""}]}"#].concat();
        match CompleteMultipartUpload::decode(&body) {
            Ok(value) => codec_core::assert_round_trip!(CompleteMultipartUpload<'_>, value),
            Err(error) => prop_assert!(!error.to_string().contains('\n')),
        }
    }

    #[test]
    fn arbitrary_bytes_give_a_value_or_a_one_line_error(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let errors = [
            CompleteMultipartUpload::decode(&bytes).err(),
            CompleteMultipartUploadRequest::decode(&bytes).err(),
            check_response(&bytes).err().filter(|error| error.kind() != ErrorKind::Service),
        ];
        for error in errors.into_iter().flatten() {
            prop_assert!(!error.to_string().contains('\n'));
            prop_assert!(error.to_string().starts_with(PREFIX), "{}", error);
            prop_assert!(error.offset().is_none_or(|offset| offset <= bytes.len()), "{}", error);
        }
    }

    #[test]
    fn json_shaped_garbage_gives_a_value_or_a_one_line_error(
        pieces in prop::collection::vec(prop::sample::select(vec![
            "{", "}", "[", "]", ",", ":", "\"object_parts\"", "\"part_number\"", "\"etag\"",
            "0", "1", "-1", "10001", "1.5", "null", "\"x\"", " ", "\"\\u006fbject_parts\"",
        ]), 0..40)
    ) {
        let body = pieces.concat();
        match CompleteMultipartUpload::decode(body.as_bytes()) {
            Ok(value) => codec_core::assert_round_trip!(CompleteMultipartUpload<'_>, value),
            Err(error) => {
                prop_assert!(!error.to_string().contains('\n'));
                prop_assert!(error.offset().is_none_or(|offset| offset <= body.len()), "{}", error);
            }
        }
    }
}

// ---------------------------------------------------------------------------------
// The shared hostile table

#[test]
fn the_shared_table_against_complete_bodies() {
    let cases = Table::json(COMPLETE_MULTIPART_UPLOAD_BODY.as_bytes())
        .errors_start_with(PREFIX)
        .check(|body| CompleteMultipartUpload::decode(body).map(drop));
    eprintln!("CompleteMultipartUpload: {cases} cases");
}

#[test]
fn the_shared_table_against_complete_targets() {
    let cases = Table::query(COMPLETE_MULTIPART_UPLOAD_TARGET.as_bytes())
        .errors_start_with(PREFIX)
        .check(|target| CompleteMultipartUploadRequest::decode(target).map(drop));
    eprintln!("CompleteMultipartUploadRequest: {cases} cases");
}

#[test]
fn every_truncation_of_every_fixture_is_an_error_or_the_whole_document() {
    check_every_truncation(
        Format::Json,
        &fixtures(DIR, "ok/complete-multipart-upload-body"),
        PREFIX,
        |body| CompleteMultipartUpload::decode(body).map(drop),
    );
    check_every_truncation(
        Format::Query,
        &fixtures(DIR, "ok/complete-multipart-upload-request"),
        PREFIX,
        |target| CompleteMultipartUploadRequest::decode(target).map(drop),
    );
}

#[test]
fn ten_thousand_parts_and_one_more_item_than_the_limit() {
    let body = complete_multipart_upload(10_000);
    assert_eq!(
        CompleteMultipartUpload::decode(body.as_bytes()).unwrap().object_parts.len(),
        10_000
    );
    let limits = codec_core::Limits::default().with_max_items(9_999);
    let error = CompleteMultipartUpload::decode_with(body.as_bytes(), &limits).unwrap_err();
    assert_eq!(
        (error.kind(), error.path()),
        (ErrorKind::LimitExceeded, Some("object_parts[9999]"))
    );
    assert_eq!(&body.as_bytes()[error.offset().unwrap()..][..15], b"{\"part_number\":");
}

#[test]
fn deep_nesting_in_a_part_is_a_depth_error() {
    let body = format!(
        r#"{{"object_parts": [{{"part_number": 1, "x": {}{}}}]}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let error = CompleteMultipartUpload::decode(body.as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
    assert_eq!(error.path(), Some("object_parts[0].x"));
}

// ---------------------------------------------------------------------------------
// Allocations per call (decoding: `tests/allocations.rs`)

#[test]
fn encoding_a_body_allocates_once_whatever_its_size() {
    for parts in [1, 10, 1_000, 10_000] {
        let body = complete_multipart_upload(parts);
        let decoded = CompleteMultipartUpload::decode(body.as_bytes()).unwrap();
        let allocations = count(|| drop(std::hint::black_box(decoded.encode().unwrap())));
        eprintln!("complete body encode, {parts} parts: {allocations} allocations");
        assert_eq!(allocations, 1, "{parts} parts");
    }
}

#[test]
fn the_target_and_the_normalized_form_allocate_a_fixed_few() {
    let target = COMPLETE_MULTIPART_UPLOAD_TARGET.as_bytes();
    let target_decode = count(|| {
        drop(std::hint::black_box(CompleteMultipartUploadRequest::decode(target).unwrap()))
    });
    let generated = complete_multipart_upload(1_000);
    let body = CompleteMultipartUpload::decode(generated.as_bytes()).unwrap();
    let request = CompleteMultipartUploadRequest::new("u");
    let normalized = count(|| drop(std::hint::black_box(body.normalize_with(&request).unwrap())));
    eprintln!(
        "complete target decode {target_decode}; body normalize_with, 1,000 parts: {normalized}"
    );
    assert_eq!((target_decode, normalized), (0, 1));
}
