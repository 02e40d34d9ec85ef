//! Zero-copy, measured: decoding makes no allocation per part. The count for a page of
//! 1,000 parts is at most the count for 10 parts plus the growth of the parts vector
//! itself (measured here, not assumed), quoted ETags (`&quot;…&quot;`) included.
//!
//! `allocation-counter` counts the current thread's allocations, so the tests of this
//! file may run in parallel.

use codec_core::{Decode, Normalize};
use codec_cos::examples::list_parts_page;
use codec_cos::{ListPartsRequest, ListPartsResult, UploadedPart};
use codec_testkit::allocations::{
    assert_allocations_per_page, assert_no_allocation_per_item, count, counted,
};

fn decode_allocations(parts: usize) -> u64 {
    let body = list_parts_page(parts);
    let (decoded, allocations) = counted(|| ListPartsResult::decode(body.as_bytes()).unwrap());
    assert_eq!(decoded.parts.len(), parts);
    assert!(decoded.parts.iter().all(|part| part.etag.as_ref().unwrap().is_borrowed()));
    allocations
}

#[test]
fn decoding_makes_no_allocation_per_part() {
    assert_no_allocation_per_item::<UploadedPart<'_>>(
        "parts",
        &[10, 1_000, 10_000],
        decode_allocations,
    );
}

#[test]
fn the_normalized_conversion_allocates_per_page_not_per_part() {
    assert_allocations_per_page("normalization", &[10, 1_000], |parts| {
        let body = list_parts_page(parts);
        let decoded = ListPartsResult::decode(body.as_bytes()).unwrap();
        count(|| {
            std::hint::black_box(decoded.normalize().unwrap());
        })
    });
}

#[test]
fn decoding_a_request_does_not_allocate() {
    let target = codec_cos::examples::LIST_PARTS_REQUEST.as_bytes();
    assert_eq!(count(|| drop(std::hint::black_box(ListPartsRequest::decode(target).unwrap()))), 0);
}

#[test]
fn the_format_sniff_before_every_decode_does_not_allocate() {
    // It runs on every body: it must not copy the body's head to compare it.
    let body = codec_cos::examples::LIST_PARTS_RESPONSE.as_bytes();
    assert_eq!(count(|| codec_core::sniff::expect_xml(body).unwrap()), 0);
    let page = b"<!DOCTYPE HTML><html><title>502 Bad Gateway</title></html>";
    assert!(codec_core::sniff::expect_xml(page).is_err());
    assert_eq!(count(|| codec_core::sniff::expect_json(br#"{"a": 1}"#).unwrap()), 0);
}
