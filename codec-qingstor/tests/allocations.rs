//! Zero-copy, measured: decoding makes no allocation per part. The count for a page of
//! 1,000 or 10,000 parts is at most the count for 10 parts plus the growth of the parts
//! vector itself (measured here, not assumed).
//!
//! `allocation-counter` counts the current thread's allocations, so the tests of this
//! file may run in parallel.

use codec_core::{Decode, Normalize};
use codec_qingstor::examples::list_multipart_page;
use codec_qingstor::{ErrorResponse, ListMultipartRequest, ListMultipartResponse, Part};

fn decode_allocations(parts: usize) -> u64 {
    let body = list_multipart_page(parts);
    let mut decoded = None;
    let info = allocation_counter::measure(|| {
        decoded = Some(ListMultipartResponse::decode(body.as_bytes()).unwrap());
    });
    let decoded = decoded.unwrap();
    assert_eq!(decoded.parts().len(), parts);
    assert!(decoded.parts().iter().all(|part| part.etag.as_ref().unwrap().is_borrowed()));
    info.count_total
}

/// What pushing `parts` parts one by one into an empty vector allocates.
fn vector_growth(parts: usize) -> u64 {
    allocation_counter::measure(|| {
        let mut vector = Vec::new();
        for _ in 0..parts {
            vector.push(std::hint::black_box(Part::default()));
        }
        std::hint::black_box(&vector);
    })
    .count_total
}

#[test]
fn decoding_makes_no_allocation_per_part() {
    let small = decode_allocations(10);
    let large = decode_allocations(1_000);
    let huge = decode_allocations(10_000);
    let growth = vector_growth(1_000) - vector_growth(10);
    eprintln!(
        "allocations per decode: 10 parts {small}, 1,000 parts {large}, 10,000 parts {huge}; \
         vector growth from 10 to 1,000 parts: {growth}"
    );
    assert!(large <= small + growth, "10 parts: {small}, 1,000 parts: {large}, growth {growth}");
    let growth = vector_growth(10_000) - vector_growth(10);
    assert!(huge <= small + growth, "10 parts: {small}, 10,000 parts: {huge}, growth {growth}");
}

#[test]
fn decoding_the_documented_example_allocates_only_the_parts_vector() {
    let body = codec_qingstor::examples::LIST_MULTIPART_RESPONSE.as_bytes();
    let info = allocation_counter::measure(|| {
        std::hint::black_box(ListMultipartResponse::decode(body).unwrap());
    });
    eprintln!("allocations decoding the documented example: {}", info.count_total);
    assert!(info.count_total <= vector_growth(3), "{}", info.count_total);
}

#[test]
fn the_normalized_conversion_allocates_per_page_not_per_part() {
    let counts: Vec<u64> = [10, 1_000]
        .into_iter()
        .map(|parts| {
            let body = list_multipart_page(parts);
            let decoded = ListMultipartResponse::decode(body.as_bytes()).unwrap();
            allocation_counter::measure(|| {
                std::hint::black_box(decoded.normalize().unwrap());
            })
            .count_total
        })
        .collect();
    eprintln!("allocations per normalization: 10 parts {}, 1,000 parts {}", counts[0], counts[1]);
    assert_eq!(counts[0], counts[1]);
}

#[test]
fn decoding_a_request_or_an_error_body_does_not_allocate() {
    let target = codec_qingstor::examples::LIST_MULTIPART_REQUEST.as_bytes();
    let info = allocation_counter::measure(|| {
        std::hint::black_box(ListMultipartRequest::decode(target).unwrap());
    });
    assert_eq!(info.count_total, 0);
    let body = codec_qingstor::examples::ERROR_RESPONSE.as_bytes();
    let info = allocation_counter::measure(|| {
        std::hint::black_box(ErrorResponse::decode(body).unwrap());
    });
    assert_eq!(info.count_total, 0);
}
