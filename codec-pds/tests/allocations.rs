//! Zero-copy, measured: decoding makes no allocation per part. The count for a page of
//! 1,000 or 10,000 parts is at most the count for 10 parts plus the growth of the parts
//! vector itself (measured here, not assumed), quoted ETags (`"\"…\""`), signed upload
//! URLs, form fields and hash contexts included.
//!
//! `allocation-counter` counts the current thread's allocations, so the tests of this
//! file may run in parallel.

use codec_core::{Decode, Normalize};
use codec_pds::examples::list_uploaded_parts_page;
use codec_pds::{ErrorResponse, ListUploadedPartsRequest, ListUploadedPartsResponse, UploadedPart};

fn decode_allocations(parts: usize) -> u64 {
    let body = list_uploaded_parts_page(parts);
    let mut decoded = None;
    let info = allocation_counter::measure(|| {
        decoded = Some(ListUploadedPartsResponse::decode(body.as_bytes()).unwrap());
    });
    let decoded = decoded.unwrap();
    assert_eq!(decoded.parts().len(), parts);
    for part in decoded.parts() {
        let etag = part.etag.as_ref().unwrap();
        assert!(etag.is_quoted() && etag.is_borrowed());
        assert!(matches!(part.upload_url, Some(std::borrow::Cow::Borrowed(_))));
    }
    info.count_total
}

/// What pushing `parts` parts one by one into an empty vector allocates.
fn vector_growth(parts: usize) -> u64 {
    allocation_counter::measure(|| {
        let mut vector = Vec::new();
        for _ in 0..parts {
            vector.push(std::hint::black_box(UploadedPart::default()));
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
fn the_documented_example_decodes_with_one_allocation_for_its_part() {
    let body = codec_pds::examples::LIST_UPLOADED_PARTS_RESPONSE.as_bytes();
    let info = allocation_counter::measure(|| {
        std::hint::black_box(ListUploadedPartsResponse::decode(body).unwrap());
    });
    eprintln!("allocations decoding the documented example: {}", info.count_total);
    assert_eq!(info.count_total, 1, "the parts vector only");
}

#[test]
fn the_normalized_conversion_allocates_per_page_not_per_part() {
    let counts: Vec<u64> = [10, 1_000]
        .into_iter()
        .map(|parts| {
            let body = list_uploaded_parts_page(parts);
            let decoded = ListUploadedPartsResponse::decode(body.as_bytes()).unwrap();
            allocation_counter::measure(|| {
                std::hint::black_box(decoded.normalize().unwrap());
            })
            .count_total
        })
        .collect();
    eprintln!("allocations per normalization: 10 parts {}, 1,000 parts {}", counts[0], counts[1]);
    assert_eq!(counts[0], counts[1]);
    assert_eq!(counts[0], 1, "the parts vector only");
}

#[test]
fn decoding_a_request_or_an_error_does_not_allocate() {
    let request = codec_pds::examples::LIST_UPLOADED_PARTS_REQUEST.as_bytes();
    let info = allocation_counter::measure(|| {
        std::hint::black_box(ListUploadedPartsRequest::decode(request).unwrap());
    });
    assert_eq!(info.count_total, 0);
    let error = codec_pds::examples::ERROR_RESPONSE.as_bytes();
    let info = allocation_counter::measure(|| {
        std::hint::black_box(ErrorResponse::decode(error).unwrap());
    });
    assert_eq!(info.count_total, 0);
}

#[test]
fn escaped_strings_may_allocate_only_for_themselves() {
    // `\/` in a URL forces a copy of that URL, and of nothing else.
    let plain = r#"{"uploaded_parts":[{"part_number":1,"upload_url":"https://h/k?a=1&b=%2F","etag":"\"0CC1\""}]}"#;
    let escaped = r#"{"uploaded_parts":[{"part_number":1,"upload_url":"https:\/\/h\/k?a=1&b=%2F","etag":"\"0CC1\""}]}"#;
    let count = |body: &str| {
        allocation_counter::measure(|| {
            std::hint::black_box(ListUploadedPartsResponse::decode(body.as_bytes()).unwrap());
        })
        .count_total
    };
    assert_eq!(count(escaped), count(plain) + 1);
}
