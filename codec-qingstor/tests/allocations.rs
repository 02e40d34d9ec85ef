//! Zero-copy, measured: decoding makes no allocation per part. The count for a page of
//! 1,000 or 10,000 parts is at most the count for 10 parts plus the growth of the parts
//! vector itself (measured here, not assumed).
//!
//! `allocation-counter` counts the current thread's allocations, so the tests of this
//! file may run in parallel.

use codec_core::{Decode, Normalize};
use codec_qingstor::examples::list_multipart_page;
use codec_qingstor::{ErrorResponse, ListMultipartRequest, ListMultipartResponse, UploadedPart};
use codec_testkit::allocations::{
    assert_allocations_per_page, assert_no_allocation_per_item, count, counted, vector_growth,
};

fn decode_allocations(parts: usize) -> u64 {
    let body = list_multipart_page(parts);
    let (decoded, allocations) =
        counted(|| ListMultipartResponse::decode(body.as_bytes()).unwrap());
    assert_eq!(decoded.parts().len(), parts);
    assert!(decoded.parts().iter().all(|part| part.etag.as_ref().unwrap().is_borrowed()));
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
fn decoding_the_documented_example_allocates_only_the_parts_vector() {
    let body = codec_qingstor::examples::LIST_MULTIPART_RESPONSE.as_bytes();
    let allocations =
        count(|| drop(std::hint::black_box(ListMultipartResponse::decode(body).unwrap())));
    eprintln!("allocations decoding the documented example: {allocations}");
    assert!(allocations <= vector_growth::<UploadedPart<'_>>(3), "{allocations}");
}

#[test]
fn the_normalized_conversion_allocates_per_page_not_per_part() {
    assert_allocations_per_page("normalization", &[10, 1_000], |parts| {
        let body = list_multipart_page(parts);
        let decoded = ListMultipartResponse::decode(body.as_bytes()).unwrap();
        count(|| {
            std::hint::black_box(decoded.normalize().unwrap());
        })
    });
}

#[test]
fn decoding_a_request_or_an_error_body_does_not_allocate() {
    let target = codec_qingstor::examples::LIST_MULTIPART_REQUEST.as_bytes();
    assert_eq!(
        count(|| drop(std::hint::black_box(ListMultipartRequest::decode(target).unwrap()))),
        0
    );
    let body = codec_qingstor::examples::ERROR_RESPONSE.as_bytes();
    assert_eq!(count(|| drop(std::hint::black_box(ErrorResponse::decode(body).unwrap()))), 0);
}
