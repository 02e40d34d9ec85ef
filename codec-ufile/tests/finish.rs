//! FinishMultipartUpload: the golden suite of its target, body and response; the text
//! body's rules both ways (its own hostile cases, with offsets and positions, and every
//! truncation); `newKey` and `newObject`; building the body from parts and from a part
//! collector (a gap names the missing part numbers); the normalized request; round-trip
//! properties; the shared hostile table for the JSON response and the target.

use codec_core::collect::PartCollector;
use codec_core::{CompletePart, Decode, ETag, Encode, ErrorKind, Limits, Normalize, Vendor};
use codec_testkit::fixtures;
use codec_testkit::hostile::{Expect, Format, Table, check_every_truncation};
use codec_ufile::examples::{
    FINISH_MULTIPART_UPLOAD_BODY, FINISH_MULTIPART_UPLOAD_REQUEST,
    FINISH_MULTIPART_UPLOAD_RESPONSE, FINISH_MULTIPART_UPLOAD_TARGET, finish_multipart_upload_body,
    get_multi_upload_part_pages,
};
use codec_ufile::finish_multipart_upload::{COMPLETE_RULES, normalize_request};
use codec_ufile::{
    ErrorResponse, FinishMultipartUploadBody, FinishMultipartUploadRequest,
    FinishMultipartUploadResponse, GetMultiUploadPartResponse,
};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

const DIR: &str = env!("CARGO_MANIFEST_DIR");
const PREFIX: &str = "ufile finish-multipart-upload: ";

codec_testkit::golden_suite! {
    FinishMultipartUploadResponse:
        finish_responses("ok/finish-multipart-upload/*.json", normalized, same_value),
        hostile_finish_responses("err/finish-multipart-upload/*", service);
    FinishMultipartUploadBody: finish_bodies("ok/finish-multipart-upload-body/*.txt", same_value),
        hostile_finish_bodies("err/finish-multipart-upload-body/*.txt");
    FinishMultipartUploadRequest:
        finish_targets("ok/finish-multipart-upload-request/*.txt", same_value),
        hostile_finish_targets("err/finish-multipart-upload-request/*.txt");
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{DIR}/fixtures/{name}")).unwrap()
}

#[test]
fn embedded_examples_are_the_fixtures() {
    let text = |name: &str| String::from_utf8(fixture(&format!("ok/{name}"))).unwrap();
    assert_eq!(
        FINISH_MULTIPART_UPLOAD_RESPONSE,
        text("finish-multipart-upload/real-world-doc.json")
    );
    assert_eq!(
        FINISH_MULTIPART_UPLOAD_BODY,
        text("finish-multipart-upload-body/real-world-doc.txt")
    );
    assert_eq!(
        FINISH_MULTIPART_UPLOAD_TARGET,
        text("finish-multipart-upload-request/doc-example.txt")
    );
    assert_eq!(
        FINISH_MULTIPART_UPLOAD_REQUEST,
        format!("{FINISH_MULTIPART_UPLOAD_TARGET}{FINISH_MULTIPART_UPLOAD_BODY}")
    );
}

/// The TARGET+BODY example splits at its first line feed into a target and a body that
/// decode, and normalize together.
#[test]
fn the_target_body_example_normalizes() {
    let (target, body) = FINISH_MULTIPART_UPLOAD_REQUEST.split_once('\n').unwrap();
    let target = FinishMultipartUploadRequest::decode(target.as_bytes()).unwrap();
    let body = FinishMultipartUploadBody::decode(body.as_bytes()).unwrap();
    let request = normalize_request(&target, &body).unwrap();
    insta::assert_snapshot!(serde_json::to_string_pretty(&request).unwrap());
}

// ---------------------------------------------------------------------------------
// The body: UFile's documented example

#[test]
fn the_documented_body_is_289_bytes_of_ten_etags_and_no_line_feed() {
    let body = FINISH_MULTIPART_UPLOAD_BODY.as_bytes();
    assert_eq!(body.len(), 289);
    assert!(!body.ends_with(b"\n"));
    let decoded = FinishMultipartUploadBody::decode(body).unwrap();
    assert_eq!(decoded.etags.len(), 10);
    assert!(decoded.etags.iter().all(|etag| etag.value().len() == 28 && etag.is_borrowed()));
    assert!(decoded.etags.iter().all(|etag| !etag.is_quoted()));
    assert_eq!(decoded.encode().unwrap(), body, "encoding writes exactly the ETags");
}

/// The document claims `Content-Length 287`: a body cut there still decodes, its last
/// ETag two characters short. A text body has no end marker; only the transport's
/// length protects it (UFile would then refuse the ETag).
#[test]
fn the_body_cut_at_the_documents_content_length_decodes_short() {
    let cut = &FINISH_MULTIPART_UPLOAD_BODY.as_bytes()[..287];
    let decoded = FinishMultipartUploadBody::decode(cut).unwrap();
    assert_eq!(decoded.etags.len(), 10);
    assert_eq!(decoded.etags[9].value(), "MuKlR_GmcZuVRx0YEbJZF4_yBv");
}

// ---------------------------------------------------------------------------------
// The body: its rules

/// Every refusal says what, where (the byte offset) and which ETag (its position).
#[test]
fn hostile_bodies_are_refused_with_an_offset_and_the_etags_position() {
    let a = "9EV6kXgrhTfhy65nHAe84vby2po=";
    let b = "bt5wxJ2fYzAIsklPwAeB7Z9LHQI=";
    let cases: Vec<(String, ErrorKind, usize, Option<String>, &str)> = vec![
        (String::new(), ErrorKind::MissingField, 0, None, "the body is empty"),
        ("\n".into(), ErrorKind::MissingField, 0, None, "the body is empty"),
        ("\r\n".into(), ErrorKind::MissingField, 0, None, "the body is empty"),
        (format!("{a},{b},"), ErrorKind::Syntax, 57, Some("[2]".into()), "a comma ends the body"),
        (format!("{a},{b},\n"), ErrorKind::Syntax, 57, Some("[2]".into()), "a comma ends the body"),
        (",".into(), ErrorKind::Syntax, 0, Some("[0]".into()), "starts with a comma"),
        (format!(",{a}"), ErrorKind::Syntax, 0, Some("[0]".into()), "starts with a comma"),
        (format!("{a},,{b}"), ErrorKind::Syntax, 29, Some("[1]".into()), "two commas in a row"),
        (
            format!("{a}, {b}"),
            ErrorKind::Syntax,
            29,
            Some("[1]".into()),
            "a space after the comma at byte 28",
        ),
        (
            format!("{a} ,{b}"),
            ErrorKind::Syntax,
            28,
            Some("[0]".into()),
            "a space before the comma at byte 29",
        ),
        (
            format!("{a}  \t,{b}"),
            ErrorKind::Syntax,
            28,
            Some("[0]".into()),
            "a space before the comma at byte 31",
        ),
        (format!("{a},\t{b}"), ErrorKind::Syntax, 29, Some("[1]".into()), "a tab after the comma"),
        (
            format!("{a},\n{b}"),
            ErrorKind::Syntax,
            29,
            Some("[1]".into()),
            "a line feed after the comma",
        ),
        (
            format!("{a}\r\n,{b}"),
            ErrorKind::Syntax,
            28,
            Some("[0]".into()),
            "a carriage return before the comma",
        ),
        (
            format!("{a}\n{b}"),
            ErrorKind::Syntax,
            28,
            Some("[0]".into()),
            "a line feed inside ETag 0",
        ),
        (
            format!(" {a}"),
            ErrorKind::Syntax,
            0,
            Some("[0]".into()),
            "a space before the first ETag",
        ),
        (
            format!("{a},{b} \n"),
            ErrorKind::Syntax,
            57,
            Some("[1]".into()),
            "a space after the last ETag",
        ),
        (
            format!("{a},{b}\n\n"),
            ErrorKind::Syntax,
            57,
            Some("[1]".into()),
            "a line feed after the last ETag",
        ),
        (
            format!("{a}\r"),
            ErrorKind::Syntax,
            28,
            Some("[0]".into()),
            "a carriage return after the last ETag",
        ),
        (
            format!("{a}\n\r\n"),
            ErrorKind::Syntax,
            28,
            Some("[0]".into()),
            "a line feed after the last ETag",
        ),
        (
            format!("9EV6 kXgr,{b}"),
            ErrorKind::Syntax,
            4,
            Some("[0]".into()),
            "a space inside ETag 0",
        ),
        (
            format!("{a},bt5w\u{0}x"),
            ErrorKind::Syntax,
            33,
            Some("[1]".into()),
            "the control character U+0000 in ETag 1",
        ),
        (
            format!("{a},bt5w\u{7f}x"),
            ErrorKind::Syntax,
            33,
            Some("[1]".into()),
            "the control character U+007F in ETag 1",
        ),
        (
            format!("{a},bt5wé"),
            ErrorKind::Syntax,
            33,
            Some("[1]".into()),
            "the non-ASCII byte 0xC3 in ETag 1",
        ),
        (
            format!("\u{feff}{a}"),
            ErrorKind::Syntax,
            0,
            Some("[0]".into()),
            "a byte order mark (U+FEFF) before the first ETag",
        ),
    ];
    for (body, kind, offset, path, says) in cases {
        let error = FinishMultipartUploadBody::decode(body.as_bytes()).unwrap_err();
        assert_eq!(
            (error.kind(), error.offset(), error.path()),
            (kind, Some(offset), path.as_deref()),
            "{body:?}: {error}"
        );
        assert!(error.message().contains(says), "{body:?}: {error}");
        codec_testkit::assert_one_line(&error, PREFIX);
    }
    // Invalid UTF-8, at its first byte.
    let error = FinishMultipartUploadBody::decode(b"abc,d\xffe").unwrap_err();
    assert_eq!(
        (error.kind(), error.offset(), error.path()),
        (ErrorKind::Syntax, Some(5), Some("[1]"))
    );
    assert!(error.message().contains("the non-ASCII byte 0xFF"), "{error}");
}

#[test]
fn one_final_line_feed_is_read_past_and_never_written() {
    let a = "9EV6kXgrhTfhy65nHAe84vby2po=";
    for body in [format!("{a},x\n"), format!("{a},x\r\n"), format!("{a},x")] {
        let decoded = FinishMultipartUploadBody::decode(body.as_bytes()).unwrap();
        assert_eq!(decoded, FinishMultipartUploadBody::new([a, "x"]), "{body:?}");
        assert_eq!(decoded.encode().unwrap(), format!("{a},x").as_bytes());
    }
}

#[test]
fn quoted_etags_keep_their_quotes_and_borrow() {
    let body = fixture("ok/finish-multipart-upload-body/ours-quoted-etags.txt");
    let decoded = FinishMultipartUploadBody::decode(&body).unwrap();
    assert_eq!(
        decoded.etags.iter().map(|etag| (etag.value(), etag.is_quoted())).collect::<Vec<_>>(),
        [
            ("9EV6kXgrhTfhy65nHAe84vby2po=", true),
            ("bt5wxJ2fYzAIsklPwAeB7Z9LHQI=", true),
            ("Tt_XCL1oic2KI9xD4Gyxa9g_ht0=", false)
        ]
    );
    assert!(decoded.etags.iter().all(ETag::is_borrowed));
    assert_eq!(decoded.encode().unwrap(), body);
    let target = FinishMultipartUploadRequest::new("u");
    let request = decoded.normalize_with(&target).unwrap();
    assert_eq!(request.parts[0].etag.as_deref(), Some("9EV6kXgrhTfhy65nHAe84vby2po="));
}

#[test]
fn encoding_refuses_what_decoding_would_naming_the_etags_position() {
    let cases: [(Vec<ETag<'static>>, ErrorKind, Option<&str>, &str); 6] = [
        (vec![], ErrorKind::MissingField, None, "no ETag"),
        (
            vec![ETag::new("a", false), ETag::new("", false)],
            ErrorKind::Unencodable,
            Some("[1]"),
            "ETag 1 is empty",
        ),
        (vec![ETag::new("a,b", false)], ErrorKind::Unencodable, Some("[0]"), "holds a comma"),
        (
            vec![ETag::new("a", false), ETag::new("b ", true)],
            ErrorKind::Unencodable,
            Some("[1]"),
            "holds a space",
        ),
        (vec![ETag::new("a\nb", false)], ErrorKind::Unencodable, Some("[0]"), "holds a line feed"),
        (
            vec![ETag::new("ä", false)],
            ErrorKind::Unencodable,
            Some("[0]"),
            "the non-ASCII byte 0xC3",
        ),
    ];
    for (etags, kind, path, says) in cases {
        let body = FinishMultipartUploadBody { etags };
        let error = body.encode().unwrap_err();
        assert_eq!((error.kind(), error.path()), (kind, path), "{error}");
        assert!(error.message().contains(says), "{error}");
        codec_testkit::assert_one_line(&error, PREFIX);
        let target = FinishMultipartUploadRequest::new("u");
        assert_eq!(body.normalize_with(&target).unwrap_err().kind(), kind);
    }
    // A pair of quotes around nothing is an empty ETag too, both ways.
    let body =
        FinishMultipartUploadBody { etags: vec![ETag::new("a", false), ETag::new("", true)] };
    assert_eq!(body.encode().unwrap_err().path(), Some("[1]"));
    let error = FinishMultipartUploadBody::decode(b"a,\"\",b").unwrap_err();
    assert_eq!((error.offset(), error.path()), (Some(2), Some("[1]")));
    assert!(error.message().contains("a pair of quotes around nothing"), "{error}");
}

#[test]
fn ten_thousand_etags_and_one_more_item_than_the_limit() {
    let body = finish_multipart_upload_body(10_000);
    assert_eq!(FinishMultipartUploadBody::decode(body.as_bytes()).unwrap().etags.len(), 10_000);
    let limits = Limits::default().with_max_items(9_999);
    let error = FinishMultipartUploadBody::decode_with(body.as_bytes(), &limits).unwrap_err();
    assert_eq!(
        (error.kind(), error.path(), error.offset()),
        (ErrorKind::LimitExceeded, Some("[9999]"), Some(9_999 * 29))
    );
    let limits = Limits::default().with_max_items(0);
    let error = FinishMultipartUploadBody::decode_with(b"a", &limits).unwrap_err();
    assert_eq!((error.kind(), error.offset()), (ErrorKind::LimitExceeded, Some(0)));
    let limits = Limits::default().with_max_input_bytes(body.len() - 1);
    let error = FinishMultipartUploadBody::decode_with(body.as_bytes(), &limits).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded);
}

/// The generated body is the listing's ETags, in part order, and joins as the SDKs join.
#[test]
fn the_generated_body_is_the_naive_join_of_the_listings_etags() {
    let pages = get_multi_upload_part_pages(1_000, 1_000);
    let page = GetMultiUploadPartResponse::decode(pages[0].as_bytes()).unwrap();
    let etags: Vec<String> =
        page.parts().iter().map(|part| part.etag.as_ref().unwrap().to_string()).collect();
    assert_eq!(finish_multipart_upload_body(1_000), etags.join(","));
    let generated = finish_multipart_upload_body(1_000);
    let decoded = FinishMultipartUploadBody::decode(generated.as_bytes()).unwrap();
    let naive: Vec<String> = generated.split(',').map(String::from).collect();
    assert_eq!(decoded.etags.iter().map(|e| e.value()).collect::<Vec<_>>(), naive);
}

// ---------------------------------------------------------------------------------
// The body from parts and from a collector

/// The resume loop's last step: the pages of a listing, collected in any order, make the
/// body; it is the generated body for the same parts.
#[test]
fn from_collected_makes_the_body_a_listing_proves() {
    let mut collector = PartCollector::new();
    for body in get_multi_upload_part_pages(2_500, 1_000).iter().rev() {
        let page = GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap();
        collector.add(&page.normalize().unwrap()).unwrap();
    }
    let body = FinishMultipartUploadBody::from_collected(&collector).unwrap();
    assert_eq!(body.etags.len(), 2_500);
    assert!(body.etags.iter().all(ETag::is_borrowed));
    assert_eq!(body.encode().unwrap(), finish_multipart_upload_body(2_500).as_bytes());
    let target = FinishMultipartUploadRequest::new(collector.upload_id().unwrap())
        .with_key(collector.key().unwrap());
    let request = normalize_request(&target, &body).unwrap();
    assert_eq!(request.parts, collector.complete_parts(&COMPLETE_RULES).unwrap());
}

#[test]
fn a_gap_in_the_collected_parts_is_an_error_naming_the_missing_numbers() {
    let pages = get_multi_upload_part_pages(30, 30);
    let page = GetMultiUploadPartResponse::decode(pages[0].as_bytes()).unwrap();
    let mut model = page.normalize().unwrap();
    model.parts.retain(|part| part.number % 7 != 3);
    let mut gaps = PartCollector::new();
    gaps.add(&model).unwrap();
    let error = FinishMultipartUploadBody::from_collected(&gaps).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some("parts")));
    assert_eq!(
        error.to_string(),
        "ufile finish-multipart-upload: invalid value, field parts: parts 3, 10, 17 and 24 \
         are missing (the parts must run from 0 without a gap)"
    );

    // Part 0 missing is a gap too: the body would pair part 1's ETag with part 0.
    let mut late = PartCollector::new();
    model.parts.retain(|part| part.number != 0);
    late.add(&model).unwrap();
    let error = FinishMultipartUploadBody::from_collected(&late).unwrap_err();
    assert!(error.message().starts_with("parts 0, 3, 10"), "{error}");

    // A part without its ETag.
    let mut bare = PartCollector::new();
    let mut model = page.normalize().unwrap();
    model.parts[2].etag = None;
    bare.add(&model).unwrap();
    let error = FinishMultipartUploadBody::from_collected(&bare).unwrap_err();
    assert!(error.to_string().contains("part 2 has no ETag"), "{error}");
    assert!(FinishMultipartUploadBody::from_collected(&PartCollector::new()).is_err());
}

#[test]
fn from_parts_checks_positions_and_etags() {
    let part = |number: u32| CompletePart { number, etag: Some(format!("e{number}").into()) };
    let body = FinishMultipartUploadBody::from_parts((0..5).map(part)).unwrap();
    assert_eq!(body.encode().unwrap(), b"e0,e1,e2,e3,e4");

    let error = FinishMultipartUploadBody::from_parts([part(2)]).unwrap_err();
    assert_eq!(
        error.message(),
        "parts 0 and 1 are missing: UFile pairs each ETag with its position, so the parts must run from 0 without a gap"
    );
    let error = FinishMultipartUploadBody::from_parts([part(0), part(20)]).unwrap_err();
    assert!(
        error.message().starts_with("parts 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 9 more are missing"),
        "{error}"
    );
    let error = FinishMultipartUploadBody::from_parts([part(0), part(u32::MAX)]).unwrap_err();
    assert!(error.message().contains("and 4294967284 more are missing"), "{error}");
    let error = FinishMultipartUploadBody::from_parts([part(0), part(1), part(1)]).unwrap_err();
    assert_eq!(
        error.message(),
        "part 1 is given twice: the parts must ascend from 0 without a gap"
    );
    let error = FinishMultipartUploadBody::from_parts([part(0), part(2), part(1)]).unwrap_err();
    assert_eq!(
        error.message(),
        "part 1 comes after part 2: the parts must ascend from 0 without a gap"
    );
    let error =
        FinishMultipartUploadBody::from_parts([part(0), CompletePart { number: 1, etag: None }])
            .unwrap_err();
    assert_eq!(
        (error.kind(), error.message()),
        (ErrorKind::MissingField, "part 1 has no ETag, which the Finish body needs")
    );
    let error = FinishMultipartUploadBody::from_parts([CompletePart {
        number: 0,
        etag: Some("a b".into()),
    }])
    .unwrap_err();
    assert_eq!(error.path(), Some("[0]"));
    assert!(error.to_string().starts_with(PREFIX), "{error}");
    assert!(FinishMultipartUploadBody::from_parts([]).is_err());
}

#[test]
fn the_normalized_request_numbers_the_etags_by_position_and_keys_by_the_path() {
    let target =
        FinishMultipartUploadRequest::decode(FINISH_MULTIPART_UPLOAD_TARGET.as_bytes()).unwrap();
    let body = FinishMultipartUploadBody::decode(FINISH_MULTIPART_UPLOAD_BODY.as_bytes()).unwrap();
    let request = normalize_request(&target, &body).unwrap();
    assert_eq!(request.vendor, Vendor::Ufile);
    assert_eq!(request.key.as_deref(), Some("demokey"), "the key, not newKey");
    assert_eq!(request.upload_id.as_deref(), Some("0f188eb2-5e19-49c3-94c9-36fb5a0ff72a"));
    assert_eq!(
        request.parts.iter().map(|part| part.number).collect::<Vec<_>>(),
        (0..10).collect::<Vec<_>>()
    );
    // Back from the model: the same body.
    assert_eq!(FinishMultipartUploadBody::from_parts(request.parts.clone()).unwrap(), body);
    let query_only = FinishMultipartUploadRequest::decode(b"?uploadId=u").unwrap();
    assert_eq!(normalize_request(&query_only, &body).unwrap().key, None);
}

// ---------------------------------------------------------------------------------
// The target: newKey and newObject

#[test]
fn each_spelling_of_new_key_is_kept_and_written_back() {
    for (spelling, target) in [
        ("newKey", FINISH_MULTIPART_UPLOAD_TARGET.as_bytes().to_vec()),
        ("newObject", fixture("ok/finish-multipart-upload-request/ours-new-object.txt")),
    ] {
        let decoded = FinishMultipartUploadRequest::decode(&target).unwrap();
        assert_eq!(decoded.fallback_key(), Some("anotherkey"), "{spelling}");
        assert_eq!(decoded.new_key.is_some(), spelling == "newKey");
        let written = decoded.encode().unwrap();
        assert_eq!(written, target.strip_suffix(b"\n").unwrap(), "{spelling}");
        let json = serde_json::to_value(&decoded).unwrap();
        assert_eq!(json[spelling], "anotherkey", "{json}");
    }
    let built = FinishMultipartUploadRequest::new("u").with_new_object("a").with_new_key("b");
    assert_eq!((built.new_key.as_deref(), built.new_object.as_deref()), (Some("b"), None));
    let built = built.with_new_object("c");
    assert_eq!(built.to_query_string().unwrap(), "uploadId=u&newObject=c");
    assert_eq!(built.to_target().unwrap(), "/?uploadId=u&newObject=c");
}

#[test]
fn both_spellings_at_once_are_refused_both_ways() {
    let target = b"/k?uploadId=u&newObject=a&x=1&newKey=b";
    let error = FinishMultipartUploadRequest::decode(target).unwrap_err();
    assert_eq!(
        (error.kind(), error.offset(), error.path()),
        (ErrorKind::DuplicateField, Some(30), Some("newKey"))
    );
    codec_testkit::assert_one_line(&error, PREFIX);
    let both = FinishMultipartUploadRequest {
        new_key: Some("a".into()),
        new_object: Some("b".into()),
        ..FinishMultipartUploadRequest::new("u")
    };
    for error in [
        both.encode().unwrap_err(),
        both.to_target().unwrap_err(),
        both.to_query_string().unwrap_err(),
    ] {
        assert_eq!((error.kind(), error.path()), (ErrorKind::Unencodable, Some("newObject")));
        codec_testkit::assert_one_line(&error, PREFIX);
    }
}

// ---------------------------------------------------------------------------------
// The response

#[test]
fn the_response_normalizes_with_size_and_without_etag() {
    let response =
        FinishMultipartUploadResponse::decode(FINISH_MULTIPART_UPLOAD_RESPONSE.as_bytes()).unwrap();
    let done = response.normalize().unwrap();
    assert_eq!(done.vendor, Vendor::Ufile);
    assert_eq!(
        (done.key.as_deref(), done.bucket.as_deref()),
        (Some("anotherkey"), Some("demobucket"))
    );
    assert_eq!((done.size, done.etag, done.location), (Some(41_943_040), None, None));
    assert_eq!(
        String::from_utf8(response.encode().unwrap()).unwrap(),
        r#"{"Bucket":"demobucket","Key":"anotherkey","FileSize":41943040}"#
    );
}

#[test]
fn an_error_body_in_place_of_the_answer_is_the_service_error() {
    let body = fixture("err/finish-multipart-upload/service-error-403-class-switch.json");
    let error = FinishMultipartUploadResponse::decode(&body).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    assert_eq!(error.service_error().unwrap().message.as_deref(), Some("switch class not allowed"));
    assert_eq!(ErrorResponse::from_error(&error).unwrap().ret_code, -148_660);
    for (body, path) in
        [(&b"{}"[..], "Key"), (br#"{"RetCode":0}"#, "Key"), (br#"{"Key":"k"}"#, "FileSize")]
    {
        let error = FinishMultipartUploadResponse::decode(body).unwrap_err();
        assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some(path)));
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
    fn finish_bodies_round_trip(value in codec_testkit::arbitrary!(FinishMultipartUploadBody)) {
        let wire = value.encode().unwrap();
        let decoded = FinishMultipartUploadBody::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        // The naive split agrees on what the ETags are.
        let naive: Vec<&[u8]> = wire.split(|&b| b == b',').collect();
        prop_assert_eq!(naive.len(), value.etags.len());
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<FinishMultipartUploadBody<'_>>(&json).unwrap(), value.clone());
        let target = FinishMultipartUploadRequest::new("u");
        let model = value.normalize_with(&target).unwrap();
        let values = |body: &FinishMultipartUploadBody<'_>| body.etags.iter().map(|etag| etag.value().to_owned()).collect::<Vec<_>>();
        prop_assert_eq!(values(&FinishMultipartUploadBody::from_parts(model.parts).unwrap()), values(&value));
    }

    #[test]
    fn finish_targets_round_trip(value in codec_testkit::arbitrary!(FinishMultipartUploadRequest)) {
        let wire = value.encode().unwrap();
        let decoded = FinishMultipartUploadRequest::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<FinishMultipartUploadRequest<'_>>(&json).unwrap(), value);
    }

    #[test]
    fn finish_responses_round_trip(value in codec_testkit::arbitrary!(FinishMultipartUploadResponse)) {
        let wire = value.encode().unwrap();
        let decoded = FinishMultipartUploadResponse::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<FinishMultipartUploadResponse<'_>>(&json).unwrap(), value.clone());
        prop_assert_eq!(value.normalize().unwrap().size, Some(value.file_size));
    }

    /// Whatever bytes stand between two ETags: a body that round-trips with the same
    /// number of ETags as commas plus one, or a one-line error within the input.
    #[test]
    fn hostile_text_between_etags_round_trips_or_is_refused(text in codec_testkit::generated::bytes()) {
        let body = [&b"9EV6kXgrhTfhy65nHAe84vby2po=,"[..], &text, b",bt5wxJ2fYzAIsklPwAeB7Z9LHQI="].concat();
        match FinishMultipartUploadBody::decode(&body) {
            Ok(value) => {
                prop_assert_eq!(value.etags.len(), body.iter().filter(|&&b| b == b',').count() + 1);
                prop_assert_eq!(value.encode().unwrap(), body);
            }
            Err(error) => {
                prop_assert!(!error.to_string().contains('\n'));
                prop_assert!(error.offset().is_some_and(|offset| offset <= body.len()), "{}", error);
                prop_assert!(error.path().is_some_and(|path| path.starts_with('[')), "{}", error);
            }
        }
    }

    #[test]
    fn arbitrary_bytes_give_a_value_or_a_one_line_error(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let errors = [
            FinishMultipartUploadResponse::decode(&bytes).err(),
            FinishMultipartUploadBody::decode(&bytes).err(),
            FinishMultipartUploadRequest::decode(&bytes).err(),
        ];
        for error in errors.into_iter().flatten() {
            prop_assert!(!error.to_string().contains('\n'));
            prop_assert!(error.to_string().starts_with(PREFIX), "{}", error);
            prop_assert!(error.offset().is_none_or(|offset| offset <= bytes.len()), "{}", error);
        }
    }
}

// ---------------------------------------------------------------------------------
// The shared hostile table

#[test]
fn the_shared_table_against_finish_responses() {
    let cases = Table::json(FINISH_MULTIPART_UPLOAD_RESPONSE.as_bytes())
        .errors_start_with(PREFIX)
        .check(|body| FinishMultipartUploadResponse::decode(body).map(drop));
    eprintln!("FinishMultipartUploadResponse: {cases} cases");
}

#[test]
fn the_shared_table_against_finish_targets() {
    let cases = Table::query(FINISH_MULTIPART_UPLOAD_TARGET.as_bytes())
        .errors_start_with(PREFIX)
        .check(|target| FinishMultipartUploadRequest::decode(target).map(drop));
    eprintln!("FinishMultipartUploadRequest: {cases} cases");
}

/// The text body is no JSON, XML or query string: of the shared table it takes what
/// applies to any text (empty, every truncation), as the query table gives them; its
/// own cases are above and in `fixtures/err/finish-multipart-upload-body`.
#[test]
fn the_shared_table_against_finish_bodies() {
    let cases = Table::query(FINISH_MULTIPART_UPLOAD_BODY.as_bytes())
        .retain(|case| case.name == "empty" || case.name.starts_with("truncated"))
        .errors_start_with(PREFIX)
        .except(
            "empty",
            Expect::RejectAs(&[ErrorKind::MissingField]),
            "an empty body names no part",
        )
        .check(|body| FinishMultipartUploadBody::decode(body).map(drop));
    eprintln!("FinishMultipartUploadBody: {cases} cases");
}

#[test]
fn every_truncation_of_every_fixture_is_an_error_or_a_whole_document() {
    check_every_truncation(
        Format::Json,
        &fixtures(DIR, "ok/finish-multipart-upload"),
        PREFIX,
        |body| FinishMultipartUploadResponse::decode(body).map(drop),
    );
    check_every_truncation(
        Format::Query,
        &fixtures(DIR, "ok/finish-multipart-upload-request"),
        PREFIX,
        |target| FinishMultipartUploadRequest::decode(target).map(drop),
    );
    // A text body cut anywhere is a shorter body or an error: never a panic, and an
    // error only where the cut leaves a comma (or nothing) at the end.
    for (name, body) in fixtures(DIR, "ok/finish-multipart-upload-body") {
        for cut in 0..body.len() {
            let piece = &body[..cut];
            let trimmed = piece.strip_suffix(b"\n").unwrap_or(piece);
            let trimmed = trimmed.strip_suffix(b"\r").unwrap_or(trimmed);
            match FinishMultipartUploadBody::decode(piece) {
                Ok(value) => assert!(!value.etags.is_empty(), "{name} at {cut}"),
                Err(error) => {
                    let ends_badly =
                        trimmed.is_empty() || trimmed.ends_with(b",") || piece.ends_with(b"\r");
                    assert!(ends_badly, "{name} at {cut}: {error}");
                    codec_testkit::assert_one_line(&error, PREFIX);
                }
            }
        }
    }
}
