//! Complete Multipart Upload: the golden suite of its target, body and result; the
//! result's answers that are not a result (an `<Error>` after keep-alive spaces, an
//! empty body, no ETag); the body's rules both ways; building the body from parts and
//! from a part collector; round-trip properties; the shared hostile table; and
//! allocations per call.

use codec_core::collect::PartCollector;
use codec_core::{CompletePart, Decode, Encode, ErrorKind, Normalize};
use codec_cos::examples::{
    COMPLETE_MULTIPART_UPLOAD_BODY, COMPLETE_MULTIPART_UPLOAD_REQUEST,
    COMPLETE_MULTIPART_UPLOAD_RESPONSE, COMPLETE_MULTIPART_UPLOAD_TARGET,
    complete_multipart_upload, list_parts_pages,
};
use codec_cos::{
    CompleteMultipartUpload, CompleteMultipartUploadRequest, CompleteMultipartUploadResult,
    ErrorResponse, ListPartsResult, PartETag,
};
use codec_testkit::allocations::{assert_no_allocation_per_item, count, counted};
use codec_testkit::fixtures;
use codec_testkit::hostile::{Format, Table, check_every_truncation};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

const DIR: &str = env!("CARGO_MANIFEST_DIR");

codec_testkit::golden_suite! {
    CompleteMultipartUploadResult: complete_results("ok/complete-multipart-upload/*.xml", normalized),
        hostile_complete_results("err/complete-multipart-upload/*", service);
    CompleteMultipartUpload: complete_bodies("ok/complete-multipart-upload-body/*.xml"),
        hostile_complete_bodies("err/complete-multipart-upload-body/*");
    CompleteMultipartUploadRequest: complete_targets("ok/complete-multipart-upload-request/*.txt"),
        hostile_complete_targets("err/complete-multipart-upload-request/*.txt");
}

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{DIR}/fixtures/{name}")).unwrap()
}

#[test]
fn embedded_examples_are_the_fixtures() {
    let text = |name: &str| String::from_utf8(fixture(&format!("ok/{name}"))).unwrap();
    assert_eq!(
        COMPLETE_MULTIPART_UPLOAD_RESPONSE,
        text("complete-multipart-upload/doc-complete-result.xml")
    );
    assert_eq!(
        COMPLETE_MULTIPART_UPLOAD_BODY,
        text("complete-multipart-upload-body/doc-complete-request.xml")
    );
    assert_eq!(
        COMPLETE_MULTIPART_UPLOAD_TARGET,
        text("complete-multipart-upload-request/ours-doc-upload-id.txt")
    );
    assert_eq!(
        COMPLETE_MULTIPART_UPLOAD_REQUEST,
        format!("{COMPLETE_MULTIPART_UPLOAD_TARGET}{COMPLETE_MULTIPART_UPLOAD_BODY}")
    );
}

/// The TARGET+BODY example splits at its first line feed into a target and a body that
/// decode, and normalize together.
#[test]
fn the_target_body_example_normalizes() {
    let (target, body) = COMPLETE_MULTIPART_UPLOAD_REQUEST.split_once('\n').unwrap();
    let target = CompleteMultipartUploadRequest::decode(target.as_bytes()).unwrap();
    let body = CompleteMultipartUpload::decode(body.as_bytes()).unwrap();
    let request = body.normalize_with(&target).unwrap();
    insta::assert_snapshot!(serde_json::to_string_pretty(&request).unwrap());
}

// ---------------------------------------------------------------------------------
// The result: what is not a result

#[test]
fn an_error_after_keep_alive_spaces_under_200_is_the_service_error() {
    let real = fixture("err/complete-multipart-upload/go-sdk-error-in-200-complete.xml");
    for spaces in [0, 1, 4096] {
        let mut body = vec![b' '; spaces];
        body.extend_from_slice(&real);
        let error = CompleteMultipartUploadResult::decode(&body).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Service, "{error}");
        assert_eq!(
            error.offset(),
            Some(spaces + "<?xml version=\"1.0\" encoding=\"UTF-8\"?>".len())
        );
        assert_eq!(error.service_error().unwrap().code, "InternalError");
        assert!(error.is_retryable(), "InternalError is worth retrying");
        let whole = ErrorResponse::from_error(&error).unwrap();
        assert_eq!(whole.message.as_deref(), Some("We encountered an internal error."));
    }
}

#[test]
fn keep_alive_spaces_then_the_result_is_a_result() {
    let mut body = b" \n\t\r ".repeat(1000);
    body.extend_from_slice(COMPLETE_MULTIPART_UPLOAD_RESPONSE.as_bytes());
    let result = CompleteMultipartUploadResult::decode(&body).unwrap();
    assert_eq!(result.etag.value(), "aa259a62513358f69e98e72e59856d88-3");
}

#[test]
fn an_empty_body_says_the_upload_may_not_be_complete() {
    for body in [&b""[..], b" ", &b" ".repeat(100_000), b"\r\n\t "] {
        let error = CompleteMultipartUploadResult::decode(body).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::UnexpectedEof, "{error}");
        assert!(error.message().contains("the upload may not be complete"), "{error}");
        assert_eq!(error.offset(), Some(body.len()));
        assert!(error.is_retryable());
    }
}

#[test]
fn a_body_cut_short_says_the_upload_may_not_be_complete() {
    let body = COMPLETE_MULTIPART_UPLOAD_RESPONSE.as_bytes();
    for cut in [10, 60, body.len() - 40] {
        let error = CompleteMultipartUploadResult::decode(&body[..cut]).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::UnexpectedEof, "{cut}: {error}");
        assert!(error.message().ends_with("the upload may not be complete"), "{error}");
        assert!(error.is_retryable());
    }
}

#[test]
fn a_result_without_an_etag_says_the_upload_may_not_be_complete() {
    for (name, offset) in [
        ("go-sdk-complete-result-empty.xml", 0),
        ("go-sdk-complete-result-no-etag.xml", 0),
        ("ours-empty-etag.xml", "<CompleteMultipartUploadResult><Key>k</Key>".len()),
        ("ours-empty-quoted-etag.xml", "<CompleteMultipartUploadResult><Key>k</Key>".len()),
    ] {
        let body = fixture(&format!("err/complete-multipart-upload/{name}"));
        let error = CompleteMultipartUploadResult::decode(&body).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::MissingField, "{name}: {error}");
        assert_eq!(error.path(), Some("ETag"), "{name}");
        assert_eq!(error.offset(), Some(offset), "{name}");
        assert!(error.message().contains("the upload may not be complete"), "{name}: {error}");
    }
}

/// Needs `codec-core` support: `Error::is_retryable` is `true` only for service errors
/// that say so, `UnexpectedEof` and `WrongFormat`; a `MissingField` cannot say it yet.
#[test]
fn a_result_without_an_etag_is_worth_retrying() {
    let body = fixture("err/complete-multipart-upload/go-sdk-complete-result-no-etag.xml");
    assert!(CompleteMultipartUploadResult::decode(&body).unwrap_err().is_retryable());
}

#[test]
fn the_result_normalizes_without_quotes_and_with_what_cos_gives() {
    let result =
        CompleteMultipartUploadResult::decode(COMPLETE_MULTIPART_UPLOAD_RESPONSE.as_bytes())
            .unwrap();
    let done = result.normalize().unwrap();
    assert_eq!(done.etag.as_deref(), Some("aa259a62513358f69e98e72e59856d88-3"));
    assert_eq!(done.bucket.as_deref(), Some("examplebucket-1250000000"));
    assert_eq!(done.size, None);
    assert!(done.location.as_deref().unwrap().starts_with("http://"));
    assert!(result.etag.is_borrowed());
}

#[test]
fn the_result_is_written_as_cos_writes_it() {
    let result =
        CompleteMultipartUploadResult::decode(COMPLETE_MULTIPART_UPLOAD_RESPONSE.as_bytes())
            .unwrap();
    assert_eq!(
        String::from_utf8(result.encode().unwrap()).unwrap(),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CompleteMultipartUploadResult>\
         <Location>http://examplebucket-1250000000.cos.ap-beijing.myqcloud.com/exampleobject</Location>\
         <Bucket>examplebucket-1250000000</Bucket><Key>exampleobject</Key>\
         <ETag>&quot;aa259a62513358f69e98e72e59856d88-3&quot;</ETag></CompleteMultipartUploadResult>"
    );
    let empty = CompleteMultipartUploadResult::default();
    let error = empty.encode().unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::Unencodable, Some("ETag")));
}

// ---------------------------------------------------------------------------------
// The body

fn part(number: u32) -> PartETag<'static> {
    PartETag::new(number, format!("e{number}"))
}

#[test]
fn the_body_is_written_with_literal_quotes_in_the_order_given() {
    let body = CompleteMultipartUpload::new(vec![
        part(1),
        PartETag { part_number: 2, etag: codec_core::ETag::new("bare&<", false) },
    ]);
    assert_eq!(
        String::from_utf8(body.encode().unwrap()).unwrap(),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<CompleteMultipartUpload>\
         <Part><PartNumber>1</PartNumber><ETag>\"e1\"</ETag></Part>\
         <Part><PartNumber>2</PartNumber><ETag>bare&amp;&lt;</ETag></Part></CompleteMultipartUpload>"
    );
}

#[test]
fn the_documented_body_reencodes_to_the_same_parts() {
    let body = CompleteMultipartUpload::decode(COMPLETE_MULTIPART_UPLOAD_BODY.as_bytes()).unwrap();
    assert!(body.parts.iter().all(|part| part.etag.is_quoted() && part.etag.is_borrowed()));
    let wire = body.encode().unwrap();
    let again = CompleteMultipartUpload::decode(&wire).unwrap();
    assert_eq!(again, body);
}

#[test]
fn every_quote_spelling_reads_as_one_quoted_etag() {
    for etag in ["\"3a0f\"", "&quot;3a0f&quot;", "&#34;3a0f&#34;", "&#x22;3a0f&#x22;"] {
        for order in [
            format!("<PartNumber>1</PartNumber><ETag>{etag}</ETag>"),
            format!("<ETag>{etag}</ETag><PartNumber>1</PartNumber>"),
        ] {
            let xml =
                format!("<CompleteMultipartUpload><Part>{order}</Part></CompleteMultipartUpload>");
            let body = CompleteMultipartUpload::decode(xml.as_bytes()).unwrap();
            assert_eq!(body.parts, [PartETag::new(1, "3a0f")], "{xml}");
            assert!(body.parts[0].etag.is_borrowed(), "{xml}");
        }
    }
}

#[test]
fn bodies_cos_would_refuse_are_refused_both_ways_naming_the_part() {
    let cases: [(&[u32], ErrorKind, &str, &str); 6] = [
        (&[], ErrorKind::MissingField, "Part", "at least one part"),
        (&[0], ErrorKind::InvalidValue, "Part[0].PartNumber", "0 is out of range"),
        (&[1, 10_001], ErrorKind::InvalidValue, "Part[1].PartNumber", "expected 1 to 10000"),
        (&[1, 2, 2], ErrorKind::DuplicateField, "Part[2].PartNumber", "by Part[1] and Part[2]"),
        (&[1, 3, 1], ErrorKind::DuplicateField, "Part[2].PartNumber", "by Part[0] and Part[2]"),
        (&[1, 3, 2], ErrorKind::InvalidValue, "Part[2].PartNumber", "InvalidPartOrder"),
    ];
    for (numbers, kind, path, says) in cases {
        let body = CompleteMultipartUpload::new(numbers.iter().copied().map(part).collect());
        let error = body.encode().unwrap_err();
        assert_eq!((error.kind(), error.path()), (kind, Some(path)), "{numbers:?}: {error}");
        assert!(error.to_string().contains(says), "{numbers:?}: {error}");
        assert!(error.to_string().starts_with("cos complete-multipart-upload: "), "{error}");

        // The same body on the wire.
        let mut xml = String::from("<CompleteMultipartUpload>");
        for number in numbers {
            xml.push_str(&format!(
                "<Part><PartNumber>{number}</PartNumber><ETag>\"e\"</ETag></Part>"
            ));
        }
        xml.push_str("</CompleteMultipartUpload>");
        let error = CompleteMultipartUpload::decode(xml.as_bytes()).unwrap_err();
        assert_eq!((error.kind(), error.path()), (kind, Some(path)), "{xml}: {error}");
        assert!(error.offset().is_some(), "{error}");

        let target = CompleteMultipartUploadRequest::new("u");
        assert_eq!(body.normalize_with(&target).unwrap_err().path(), Some(path));
    }
}

#[test]
fn a_refused_part_is_placed_at_its_start_tag() {
    let xml = b"<CompleteMultipartUpload><Part><PartNumber>2</PartNumber><ETag>\"b\"</ETag></Part>\
                <Part><PartNumber>1</PartNumber><ETag>\"a\"</ETag></Part></CompleteMultipartUpload>";
    let error = CompleteMultipartUpload::decode(xml).unwrap_err();
    let at = xml.windows(6).rposition(|w| w == b"<Part>").unwrap();
    assert_eq!(error.offset(), Some(at));
    assert_eq!(
        error.to_string(),
        format!(
            "cos complete-multipart-upload: invalid value at byte {at}, field Part[1].PartNumber: \
             part 1 comes after part 2: part numbers must ascend (COS answers InvalidPartOrder)"
        )
    );
}

#[test]
fn part_etags_are_quoted_whether_or_not_they_come_with_quotes() {
    for etag in
        ["39270a96", "\"39270a96\"", &String::from("\"39270a96\""), &String::from("39270a96")]
    {
        let part = PartETag::new(7, etag.to_owned());
        assert_eq!((part.etag.value(), part.etag.is_quoted()), ("39270a96", true));
        assert_eq!(PartETag::new(7, etag), part);
    }
    assert!(PartETag::new(1, "39270a96").etag.is_borrowed());
}

#[test]
fn from_parts_quotes_the_model_etags_and_refuses_what_cos_would() {
    let body = CompleteMultipartUpload::from_parts([
        CompletePart { number: 1, etag: Some("a".into()) },
        CompletePart { number: 2, etag: Some("\"b\"".into()) },
    ])
    .unwrap();
    assert_eq!(body.parts, [PartETag::new(1, "a"), PartETag::new(2, "b")]);
    let error = CompleteMultipartUpload::from_parts([
        CompletePart { number: 1, etag: Some("a".into()) },
        CompletePart { number: 2, etag: None },
    ])
    .unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some("Part[1].ETag")));
    assert!(error.to_string().starts_with("cos complete-multipart-upload: "), "{error}");
    let error = CompleteMultipartUpload::from_parts([]).unwrap_err();
    assert_eq!(error.path(), Some("Part"));
}

/// The resume loop's last step: the pages of a listing, collected, make the body; a
/// gap or a missing ETag is refused naming the part numbers.
#[test]
fn from_collected_makes_the_body_a_listing_proves() {
    let mut collector = PartCollector::new();
    for body in list_parts_pages(2_500, 1_000).iter().rev() {
        let page = ListPartsResult::decode(body.as_bytes()).unwrap();
        collector.add(&page.normalize().unwrap()).unwrap();
    }
    let body = CompleteMultipartUpload::from_collected(&collector).unwrap();
    assert_eq!(body.parts.len(), 2_500);
    assert!(body.parts.iter().enumerate().all(|(i, part)| part.part_number as usize == i + 1));
    // The generator's ETags are the listing's.
    let generated = complete_multipart_upload(2_500);
    let generated = CompleteMultipartUpload::decode(generated.as_bytes()).unwrap();
    assert_eq!(generated, body);

    let mut gaps = PartCollector::new();
    let pages = list_parts_pages(20, 20);
    let page = ListPartsResult::decode(pages[0].as_bytes()).unwrap();
    let mut page = page.normalize().unwrap();
    page.parts.retain(|part| part.number % 7 != 0);
    gaps.add(&page).unwrap();
    let error = CompleteMultipartUpload::from_collected(&gaps).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidValue);
    assert!(error.to_string().starts_with("cos complete-multipart-upload: "), "{error}");
    assert!(error.to_string().contains("parts 7 and 14 are missing"), "{error}");

    let mut bare = PartCollector::new();
    page.parts[1].etag = None;
    bare.add(&page).unwrap();
    let error = CompleteMultipartUpload::from_collected(&bare).unwrap_err();
    assert!(error.to_string().contains("part 2 has no ETag"), "{error}");
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
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<CompleteMultipartUpload<'_>>(&json).unwrap(), value.clone());
        let target = CompleteMultipartUploadRequest::new("u");
        let model = value.normalize_with(&target).unwrap();
        prop_assert_eq!(model.parts.len(), value.parts.len());
        prop_assert_eq!(CompleteMultipartUpload::from_parts(model.parts).unwrap().parts.len(), value.parts.len());
    }

    #[test]
    fn complete_targets_round_trip(value in codec_testkit::arbitrary!(CompleteMultipartUploadRequest)) {
        let wire = value.encode().unwrap();
        let decoded = CompleteMultipartUploadRequest::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<CompleteMultipartUploadRequest<'_>>(&json).unwrap(), value);
    }

    #[test]
    fn complete_results_round_trip(value in codec_testkit::arbitrary!(CompleteMultipartUploadResult)) {
        let wire = value.encode().unwrap();
        let decoded = CompleteMultipartUploadResult::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<CompleteMultipartUploadResult<'_>>(&json).unwrap(), value.clone());
        value.normalize().unwrap();
    }

    /// Whatever text lands in the result's key or a part's ETag: a value that
    /// round-trips, or a one-line error.
    #[test]
    fn hostile_text_in_a_key_or_an_etag_round_trips_or_is_refused(text in codec_testkit::generated::bytes()) {
        let result = [&b"<CompleteMultipartUploadResult><Key>"[..], &text, b"</Key><ETag>\"e\"</ETag></CompleteMultipartUploadResult>"].concat();
        match CompleteMultipartUploadResult::decode(&result) {
            Ok(value) => codec_core::assert_round_trip!(CompleteMultipartUploadResult<'_>, value),
            Err(error) => prop_assert!(!error.to_string().contains('\n')),
        }
        let body = [&b"<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>"[..], &text, b"</ETag></Part></CompleteMultipartUpload>"].concat();
        match CompleteMultipartUpload::decode(&body) {
            Ok(value) => codec_core::assert_round_trip!(CompleteMultipartUpload<'_>, value),
            Err(error) => prop_assert!(!error.to_string().contains('\n')),
        }
    }

    #[test]
    fn arbitrary_bytes_give_a_value_or_a_one_line_error(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let errors = [
            CompleteMultipartUploadResult::decode(&bytes).err(),
            CompleteMultipartUpload::decode(&bytes).err(),
            CompleteMultipartUploadRequest::decode(&bytes).err(),
        ];
        for error in errors.into_iter().flatten() {
            prop_assert!(!error.to_string().contains('\n'));
            prop_assert!(error.offset().is_none_or(|offset| offset <= bytes.len()), "{}", error);
        }
    }
}

// ---------------------------------------------------------------------------------
// The shared hostile table

#[test]
fn the_shared_table_against_complete_results() {
    let cases = Table::xml(COMPLETE_MULTIPART_UPLOAD_RESPONSE.as_bytes())
        .errors_start_with("cos complete-multipart-upload: ")
        .check(|body| CompleteMultipartUploadResult::decode(body).map(drop));
    eprintln!("CompleteMultipartUploadResult: {cases} cases");
}

#[test]
fn the_shared_table_against_complete_bodies() {
    let cases = Table::xml(COMPLETE_MULTIPART_UPLOAD_BODY.as_bytes())
        .errors_start_with("cos complete-multipart-upload: ")
        .check(|body| CompleteMultipartUpload::decode(body).map(drop));
    eprintln!("CompleteMultipartUpload: {cases} cases");
}

#[test]
fn the_shared_table_against_complete_targets() {
    let cases = Table::query(COMPLETE_MULTIPART_UPLOAD_TARGET.as_bytes())
        .errors_start_with("cos complete-multipart-upload: ")
        .check(|target| CompleteMultipartUploadRequest::decode(target).map(drop));
    eprintln!("CompleteMultipartUploadRequest: {cases} cases");
}

#[test]
fn every_truncation_of_every_fixture_is_an_error_or_a_whole_document() {
    let prefix = "cos complete-multipart-upload: ";
    check_every_truncation(
        Format::Xml,
        &fixtures(DIR, "ok/complete-multipart-upload"),
        prefix,
        |body| CompleteMultipartUploadResult::decode(body).map(drop),
    );
    check_every_truncation(
        Format::Xml,
        &fixtures(DIR, "ok/complete-multipart-upload-body"),
        prefix,
        |body| CompleteMultipartUpload::decode(body).map(drop),
    );
    check_every_truncation(
        Format::Query,
        &fixtures(DIR, "ok/complete-multipart-upload-request"),
        prefix,
        |target| CompleteMultipartUploadRequest::decode(target).map(drop),
    );
}

#[test]
fn ten_thousand_parts_and_one_more_item_than_the_limit() {
    let body = complete_multipart_upload(10_000);
    assert_eq!(CompleteMultipartUpload::decode(body.as_bytes()).unwrap().parts.len(), 10_000);
    let limits = codec_core::Limits::default().with_max_items(9_999);
    let error = CompleteMultipartUpload::decode_with(body.as_bytes(), &limits).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::LimitExceeded, Some("Part[9999]")));
}

// ---------------------------------------------------------------------------------
// Allocations per call

fn body_decode_allocations(parts: usize) -> u64 {
    let body = complete_multipart_upload(parts);
    let (decoded, allocations) =
        counted(|| CompleteMultipartUpload::decode(body.as_bytes()).unwrap());
    assert_eq!(decoded.parts.len(), parts);
    assert!(decoded.parts.iter().all(|part| part.etag.is_borrowed()));
    allocations
}

#[test]
fn decoding_a_body_makes_no_allocation_per_part() {
    assert_no_allocation_per_item::<PartETag<'_>>(
        "complete body decode",
        &[10, 1_000, 10_000],
        body_decode_allocations,
    );
}

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
fn the_result_target_and_normalized_forms_allocate_a_fixed_few() {
    let result = COMPLETE_MULTIPART_UPLOAD_RESPONSE.as_bytes();
    let decode = count(|| {
        drop(std::hint::black_box(CompleteMultipartUploadResult::decode(result).unwrap()))
    });
    let decoded = CompleteMultipartUploadResult::decode(result).unwrap();
    let encode = count(|| drop(std::hint::black_box(decoded.encode().unwrap())));
    let normalize = count(|| drop(std::hint::black_box(decoded.normalize().unwrap())));
    let target = COMPLETE_MULTIPART_UPLOAD_TARGET.as_bytes();
    let target_decode = count(|| {
        drop(std::hint::black_box(CompleteMultipartUploadRequest::decode(target).unwrap()))
    });
    eprintln!(
        "complete result: decode {decode}, encode {encode}, normalize {normalize}; target decode \
         {target_decode}"
    );
    assert!(decode <= 2, "{decode}");
    assert_eq!((encode, normalize, target_decode), (1, 0, 0));
    let generated = complete_multipart_upload(1_000);
    let body = CompleteMultipartUpload::decode(generated.as_bytes()).unwrap();
    let request = CompleteMultipartUploadRequest::new("u");
    let normalized = count(|| drop(std::hint::black_box(body.normalize_with(&request).unwrap())));
    eprintln!("complete body normalize_with, 1,000 parts: {normalized} allocations");
    assert_eq!(normalized, 1);
}
