//! InitiateMultipartUpload: the golden suite of its response, what is not a response,
//! the part plan its `BlkSize` imposes (empty objects, exact multiples, one byte over,
//! objects over 4 GiB), round-trip properties, the shared hostile table and allocations
//! per call.

use codec_core::{Decode, Encode, ErrorKind, Normalize, Part, PartsPage, Vendor};
use codec_testkit::allocations::count;
use codec_testkit::fixtures;
use codec_testkit::hostile::{Format, Table, check_every_truncation};
use codec_ufile::examples::INITIATE_MULTIPART_UPLOAD_RESPONSE;
use codec_ufile::{ErrorResponse, InitiateMultipartUploadResponse, PartPlan, PlannedPart};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

const DIR: &str = env!("CARGO_MANIFEST_DIR");

codec_testkit::golden_suite! {
    InitiateMultipartUploadResponse:
        initiate_responses("ok/initiate-multipart-upload/*.json", normalized, same_value),
        hostile_initiate_responses("err/initiate-multipart-upload/*", service);
}

#[test]
fn the_embedded_example_is_the_fixture() {
    let fixture = std::fs::read_to_string(format!(
        "{DIR}/fixtures/ok/initiate-multipart-upload/real-world-doc.json"
    ))
    .unwrap();
    assert_eq!(INITIATE_MULTIPART_UPLOAD_RESPONSE, fixture);
}

#[test]
fn the_response_normalizes_to_an_initiated_upload_with_the_part_size() {
    let response =
        InitiateMultipartUploadResponse::decode(INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes())
            .unwrap();
    let upload = response.normalize().unwrap();
    assert_eq!(upload.vendor, Vendor::Ufile);
    assert_eq!(upload.upload_id.as_deref(), Some("0f188eb2-5e19-49c3-94c9-36fb5a0ff72a"));
    assert_eq!(upload.bucket.as_deref(), Some("demobucket"));
    assert_eq!(upload.key.as_deref(), Some("demokey"));
    assert_eq!(upload.part_size, Some(4_194_304));
    assert!(upload.upload_urls.is_empty());
    assert_eq!(upload.already_complete, None);
    assert!(matches!(response.upload_id, std::borrow::Cow::Borrowed(_)));
}

#[test]
fn a_non_zero_ret_code_is_the_service_error_with_or_without_the_result() {
    let dir = "err/initiate-multipart-upload";
    for (name, code) in [
        ("service-error-bucket-not-exist.json", "-30010"),
        ("service-retcode-with-result.json", "-30011"),
    ] {
        let body = std::fs::read(format!("{DIR}/fixtures/{dir}/{name}")).unwrap();
        let error = InitiateMultipartUploadResponse::decode(&body).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Service, "{name}: {error}");
        assert_eq!(error.service_error().unwrap().code, code);
        assert_eq!(error.path(), Some("RetCode"));
        assert_eq!(ErrorResponse::from_error(&error).unwrap().ret_code.to_string(), code);
    }
}

#[test]
fn a_body_without_upload_id_or_block_size_is_no_answer() {
    for (body, path) in [
        (&br#"{"BlkSize":4194304}"#[..], "UploadId"),
        (br#"{"UploadId":"u"}"#, "BlkSize"),
        (br#"{"RetCode":0,"ErrMsg":""}"#, "UploadId"),
        (br#"{}"#, "UploadId"),
    ] {
        let error = InitiateMultipartUploadResponse::decode(body).unwrap_err();
        assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some(path)), "{error}");
    }
}

#[test]
fn a_block_size_of_zero_is_refused_at_its_value_both_ways() {
    let body = br#"{"UploadId":"u","BlkSize":0}"#;
    let error = InitiateMultipartUploadResponse::decode(body).unwrap_err();
    assert_eq!(
        (error.kind(), error.path(), error.offset()),
        (ErrorKind::InvalidValue, Some("BlkSize"), Some(26))
    );
    let zero = InitiateMultipartUploadResponse { blk_size: 0, ..Default::default() };
    let error = zero.encode().unwrap_err();
    assert_eq!(error.path(), Some("BlkSize"), "{error}");
    let error = zero.plan(10).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some("BlkSize")));
    assert!(error.to_string().starts_with("ufile initiate-multipart-upload: "), "{error}");
}

#[test]
fn the_response_is_written_in_the_documents_order() {
    let response =
        InitiateMultipartUploadResponse::decode(INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes())
            .unwrap();
    assert_eq!(
        String::from_utf8(response.encode().unwrap()).unwrap(),
        r#"{"UploadId":"0f188eb2-5e19-49c3-94c9-36fb5a0ff72a","BlkSize":4194304,"Bucket":"demobucket","Key":"demokey"}"#
    );
}

// ---------------------------------------------------------------------------------
// The part plan

#[test]
fn an_empty_object_plans_no_part() {
    let plan = PartPlan::new(0, 4_194_304).unwrap();
    assert_eq!((plan.count(), plan.last_number()), (0, None));
    assert_eq!(plan.parts().count(), 0);
    assert_eq!(plan.size_of(0), None);
    let error = plan.check(0, 0).unwrap_err();
    assert_eq!(
        error.message(),
        "part 0 is past the last part: 0 bytes in parts of 4194304 bytes plan no part"
    );
    assert_eq!(error.path(), Some("PartNum"));
}

#[test]
fn an_exact_multiple_ends_on_a_full_part() {
    let plan = PartPlan::new(41_943_040, 4_194_304).unwrap();
    assert_eq!((plan.count(), plan.last_number()), (10, Some(9)));
    assert!(plan.parts().all(|part| part.size == 4_194_304));
    assert_eq!(plan.parts().next_back().unwrap().range(), 37_748_736..41_943_040);
    assert!(plan.check(9, 4_194_304).is_ok());
    assert!(plan.check(10, 1).is_err());
}

#[test]
fn one_byte_over_is_one_more_part_of_one_byte() {
    let plan = PartPlan::new(41_943_041, 4_194_304).unwrap();
    assert_eq!(plan.count(), 11);
    assert_eq!(plan.part(10), Some(PlannedPart { number: 10, offset: 41_943_040, size: 1 }));
    assert!(plan.check(10, 1).is_ok());
    let error = plan.check(10, 4_194_304).unwrap_err();
    assert_eq!(error.path(), Some("Size"));
    assert_eq!(
        error.message(),
        "part 10, the last, is 4194304 bytes, and the plan says 1 (what is left of 41943041 \
         bytes after 10 parts of 4194304)"
    );
    let error = plan.check(4, 4_194_303).unwrap_err();
    assert_eq!(
        error.message(),
        "part 4 is 4194303 bytes, and every part but the last must be exactly BlkSize, \
         4194304 bytes (UFile's Finish fails otherwise)"
    );
    // One byte short of a multiple: the last part is a byte short.
    let plan = PartPlan::new(41_943_039, 4_194_304).unwrap();
    assert_eq!((plan.count(), plan.size_of(9)), (10, Some(4_194_303)));
}

#[test]
fn objects_and_parts_past_four_gib_and_part_numbers_past_u32() {
    let plan = PartPlan::new(5 << 30, 1 << 32).unwrap();
    assert_eq!((plan.count(), plan.size_of(0), plan.size_of(1)), (2, Some(1 << 32), Some(1 << 30)));
    let plan = PartPlan::new(u64::MAX, 1).unwrap();
    assert_eq!(plan.count(), u64::MAX);
    let last = plan.part(u64::MAX - 1).unwrap();
    assert_eq!((last.offset, last.size), (u64::MAX - 1, 1));
    assert_eq!(plan.parts().size_hint().1, usize::try_from(u64::MAX).ok());
    let plan = PartPlan::new(u64::MAX, u64::MAX).unwrap();
    assert_eq!((plan.count(), plan.size_of(0)), (1, Some(u64::MAX)));
    let plan = PartPlan::new(u64::MAX, u64::MAX - 1).unwrap();
    assert_eq!((plan.count(), plan.size_of(1)), (2, Some(1)));
}

#[test]
fn the_parts_iterate_both_ways_and_skip() {
    let plan = PartPlan::new(10, 4).unwrap();
    let forward: Vec<_> = plan.parts().map(|part| (part.number, part.range())).collect();
    assert_eq!(forward, [(0, 0..4), (1, 4..8), (2, 8..10)]);
    let backward: Vec<_> = plan.parts().rev().map(|part| part.number).collect();
    assert_eq!(backward, [2, 1, 0]);
    assert_eq!(plan.parts().nth(2).map(|part| part.size), Some(2));
    assert_eq!(plan.parts().nth(3), None);
    assert_eq!(plan.parts().size_hint(), (3, Some(3)));
    assert_eq!(plan.offset_of(2), Some(8));
}

#[test]
fn a_listed_page_is_checked_against_the_plan_naming_the_part() {
    let page = |parts: &[(u32, Option<u64>)]| PartsPage {
        vendor: Vendor::Ufile,
        upload_id: None,
        key: None,
        parts: parts
            .iter()
            .map(|&(number, size)| Part { number, etag: None, size, last_modified: None })
            .collect(),
        next_marker: None,
        truncated: None,
    };
    let plan = PartPlan::new(10, 4).unwrap();
    assert!(plan.check_page(&page(&[(0, Some(4)), (1, None), (2, Some(2))])).is_ok());
    let error = plan.check_page(&page(&[(0, Some(4)), (1, Some(3))])).unwrap_err();
    assert_eq!(error.path(), Some("parts[1].size"));
    let error = plan.check_page(&page(&[(3, None)])).unwrap_err();
    assert_eq!(error.path(), Some("parts[0].number"));
    let part = Part { number: 2, etag: None, size: Some(4), last_modified: None };
    assert_eq!(plan.check_part(&part).unwrap_err().path(), Some("size"));
}

#[test]
fn the_plan_from_a_decoded_response_is_the_listings() {
    // UFile's documented examples agree: a BlkSize of 4 MiB, ten ETags in the Finish
    // body, a FileSize of 40 MiB.
    let response =
        InitiateMultipartUploadResponse::decode(INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes())
            .unwrap();
    let plan = response.plan(41_943_040).unwrap();
    let body = codec_ufile::FinishMultipartUploadBody::decode(
        codec_ufile::examples::FINISH_MULTIPART_UPLOAD_BODY.as_bytes(),
    )
    .unwrap();
    assert_eq!(plan.count(), body.etags.len() as u64);
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
    fn initiate_responses_round_trip(value in codec_testkit::arbitrary!(InitiateMultipartUploadResponse)) {
        let wire = value.encode().unwrap();
        let decoded = InitiateMultipartUploadResponse::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<InitiateMultipartUploadResponse<'_>>(&json).unwrap(), value.clone());
        prop_assert_eq!(value.normalize().unwrap().part_size, Some(value.blk_size));
    }

    /// The plan covers the object exactly: parts in order, each starting where the one
    /// before ends, all but the last of the part size, the last 1 to part size bytes;
    /// every planned part checks, and no other size does.
    #[test]
    fn the_plan_tiles_the_object(object_len in 0u64..1 << 40, part_size in 1u64..1 << 34, probe in any::<u64>()) {
        let plan = PartPlan::new(object_len, part_size).unwrap();
        prop_assert_eq!(plan.count(), object_len.div_ceil(part_size));
        let shown = plan.parts().take(3).chain(plan.parts().rev().take(3));
        for part in shown {
            prop_assert_eq!(part.offset, part.number * part_size);
            prop_assert!(part.size >= 1 && part.size <= part_size);
            prop_assert!(part.size == part_size || Some(part.number) == plan.last_number());
            prop_assert!(plan.check(part.number, part.size).is_ok());
            prop_assert!(plan.check(part.number, part.size.wrapping_add(1 + probe % part_size)).is_err());
        }
        if let Some(last) = plan.part(plan.count().saturating_sub(1)) {
            prop_assert_eq!(last.range().end, object_len);
        }
        prop_assert!(plan.check(plan.count(), 1).is_err());
    }

    #[test]
    fn arbitrary_bytes_give_a_value_or_a_one_line_error(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        if let Err(error) = InitiateMultipartUploadResponse::decode(&bytes) {
            prop_assert!(!error.to_string().contains('\n'));
            prop_assert!(error.to_string().starts_with("ufile initiate-multipart-upload: "), "{}", error);
            prop_assert!(error.offset().is_none_or(|offset| offset <= bytes.len()), "{}", error);
        }
    }
}

// ---------------------------------------------------------------------------------
// The shared hostile table

#[test]
fn the_shared_table_against_initiate_responses() {
    let cases = Table::json(INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes())
        .errors_start_with("ufile initiate-multipart-upload: ")
        .check(|body| InitiateMultipartUploadResponse::decode(body).map(drop));
    eprintln!("InitiateMultipartUploadResponse: {cases} cases");
}

#[test]
fn every_truncation_of_every_fixture_is_an_error_or_a_whole_document() {
    check_every_truncation(
        Format::Json,
        &fixtures(DIR, "ok/initiate-multipart-upload"),
        "ufile initiate-multipart-upload: ",
        |body| InitiateMultipartUploadResponse::decode(body).map(drop),
    );
}

// ---------------------------------------------------------------------------------
// Allocations per call

#[test]
fn allocations_per_call() {
    let body = INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes();
    let decode = count(|| {
        drop(std::hint::black_box(InitiateMultipartUploadResponse::decode(body).unwrap()))
    });
    let response = InitiateMultipartUploadResponse::decode(body).unwrap();
    let encode = count(|| drop(std::hint::black_box(response.encode().unwrap())));
    let normalize = count(|| drop(std::hint::black_box(response.normalize().unwrap())));
    let plan = count(|| {
        std::hint::black_box(response.plan(1 << 40).unwrap());
    });
    eprintln!("initiate response: decode {decode}, encode {encode}, normalize {normalize}");
    assert_eq!((decode, encode, normalize, plan), (0, 1, 0, 0));
}
