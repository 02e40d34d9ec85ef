//! Zero-copy, measured: decoding makes no allocation per part or per upload. The count
//! for a page of 1,000 or 10,000 items is at most the count for 10 items plus the
//! growth of the list vector itself (measured here, not assumed).
//!
//! `allocation-counter` counts the current thread's allocations, so the tests of this
//! file may run in parallel.

use codec_core::{Decode, Normalize};
use codec_ufile::examples::{get_multi_upload_id_page, get_multi_upload_part_page};
use codec_ufile::{
    GetMultiUploadIdRequest, GetMultiUploadIdResponse, GetMultiUploadPartRequest,
    GetMultiUploadPartResponse, Part, Upload,
};

fn part_decode_allocations(parts: usize) -> u64 {
    part_body_decode_allocations(parts, get_multi_upload_part_page(parts))
}

/// The documented shape with every ETag in escaped quotes (`"\"…\""`), as other
/// vendors send them.
fn quoted_etag_page(parts: usize) -> String {
    get_multi_upload_part_page(parts)
        .replace("\"Etag\": \"", "\"Etag\": \"\\\"")
        .replace("=\",", "=\\\"\",")
}

fn part_body_decode_allocations(parts: usize, body: String) -> u64 {
    let mut decoded = None;
    let info = allocation_counter::measure(|| {
        decoded = Some(GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap());
    });
    let decoded = decoded.unwrap();
    assert_eq!(decoded.parts().len(), parts);
    assert!(decoded.parts().iter().all(|part| part.etag.as_ref().unwrap().is_borrowed()));
    info.count_total
}

fn upload_decode_allocations(uploads: usize) -> u64 {
    let body = get_multi_upload_id_page(uploads);
    let mut decoded = None;
    let info = allocation_counter::measure(|| {
        decoded = Some(GetMultiUploadIdResponse::decode(body.as_bytes()).unwrap());
    });
    let decoded = decoded.unwrap();
    assert_eq!(decoded.uploads().len(), uploads);
    info.count_total
}

/// What pushing `items` values one by one into an empty vector allocates.
fn vector_growth<T: Default>(items: usize) -> u64 {
    allocation_counter::measure(|| {
        let mut vector = Vec::new();
        for _ in 0..items {
            vector.push(std::hint::black_box(T::default()));
        }
        std::hint::black_box(&vector);
    })
    .count_total
}

#[test]
fn decoding_parts_makes_no_allocation_per_part() {
    let small = part_decode_allocations(10);
    let large = part_decode_allocations(1_000);
    let huge = part_decode_allocations(10_000);
    let growth = vector_growth::<Part<'_>>(1_000) - vector_growth::<Part<'_>>(10);
    eprintln!(
        "GetMultiUploadPart allocations per decode: 10 parts {small}, 1,000 parts {large}, \
         10,000 parts {huge}; vector growth from 10 to 1,000 parts: {growth}"
    );
    assert!(large <= small + growth, "10 parts: {small}, 1,000 parts: {large}, growth {growth}");
    let growth = vector_growth::<Part<'_>>(10_000) - vector_growth::<Part<'_>>(10);
    assert!(huge <= small + growth, "10 parts: {small}, 10,000 parts: {huge}, growth {growth}");
}

#[test]
fn quoted_etags_cost_no_allocation_either() {
    let body = quoted_etag_page(3);
    assert!(body.contains(r#""Etag": "\""#) && body.contains(r#"=\"","#), "{body}");
    let page = GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap();
    assert!(page.parts().iter().all(|part| part.etag.as_ref().unwrap().is_quoted()));
    let small = part_body_decode_allocations(10, quoted_etag_page(10));
    let large = part_body_decode_allocations(1_000, quoted_etag_page(1_000));
    let growth = vector_growth::<Part<'_>>(1_000) - vector_growth::<Part<'_>>(10);
    assert!(large <= small + growth, "10 parts: {small}, 1,000 parts: {large}, growth {growth}");
}

#[test]
fn decoding_uploads_makes_no_allocation_per_upload() {
    let small = upload_decode_allocations(10);
    let large = upload_decode_allocations(1_000);
    let huge = upload_decode_allocations(10_000);
    let growth = vector_growth::<Upload<'_>>(1_000) - vector_growth::<Upload<'_>>(10);
    eprintln!(
        "GetMultiUploadId allocations per decode: 10 uploads {small}, 1,000 uploads {large}, \
         10,000 uploads {huge}; vector growth from 10 to 1,000 uploads: {growth}"
    );
    assert!(large <= small + growth, "10: {small}, 1,000: {large}, growth {growth}");
    let growth = vector_growth::<Upload<'_>>(10_000) - vector_growth::<Upload<'_>>(10);
    assert!(huge <= small + growth, "10: {small}, 10,000: {huge}, growth {growth}");
}

#[test]
fn the_normalized_conversion_allocates_per_page_not_per_item() {
    let counts: Vec<u64> = [10, 1_000]
        .into_iter()
        .map(|parts| {
            let body = get_multi_upload_part_page(parts);
            let decoded = GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap();
            allocation_counter::measure(|| {
                std::hint::black_box(decoded.normalize().unwrap());
            })
            .count_total
        })
        .collect();
    eprintln!("allocations per normalization: 10 parts {}, 1,000 parts {}", counts[0], counts[1]);
    assert_eq!(counts[0], counts[1]);
    let counts: Vec<u64> = [10, 1_000]
        .into_iter()
        .map(|uploads| {
            let body = get_multi_upload_id_page(uploads);
            let decoded = GetMultiUploadIdResponse::decode(body.as_bytes()).unwrap();
            allocation_counter::measure(|| {
                std::hint::black_box(decoded.normalize().unwrap());
            })
            .count_total
        })
        .collect();
    assert_eq!(counts[0], counts[1]);
}

#[test]
fn decoding_a_request_does_not_allocate() {
    let target = codec_ufile::examples::GET_MULTI_UPLOAD_PART_REQUEST.as_bytes();
    let info = allocation_counter::measure(|| {
        std::hint::black_box(GetMultiUploadPartRequest::decode(target).unwrap());
    });
    assert_eq!(info.count_total, 0);
    let target = codec_ufile::examples::GET_MULTI_UPLOAD_ID_REQUEST.as_bytes();
    let info = allocation_counter::measure(|| {
        std::hint::black_box(GetMultiUploadIdRequest::decode(target).unwrap());
    });
    assert_eq!(info.count_total, 0);
}
