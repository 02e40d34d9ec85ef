//! Zero-copy, measured: decoding makes no allocation per part. The count for a page of
//! 1,000 or 10,000 parts is at most the count for 10 parts plus the growth of the parts
//! vector itself (measured here, not assumed).
//!
//! `allocation-counter` counts the current thread's allocations, so the tests of this
//! file may run in parallel.

use std::borrow::Cow;

use codec_core::{Decode, Normalize};
use codec_qingstor::examples::{
    COMPLETE_MULTIPART_UPLOAD_TARGET, INITIATE_MULTIPART_UPLOAD_RESPONSE,
    LIST_MULTIPART_UPLOADS_REQUEST, LIST_MULTIPART_UPLOADS_RESPONSE, complete_multipart_upload,
    list_multipart_page, list_multipart_uploads_page,
};
use codec_qingstor::{
    CompleteMultipartUpload, CompleteMultipartUploadRequest, ErrorResponse,
    InitiateMultipartUploadResponse, ListMultipartRequest, ListMultipartResponse,
    ListMultipartUploadsRequest, ListMultipartUploadsResponse, ObjectPart, PendingUpload,
    UploadedPart,
};
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

// ---------------------------------------------------------------------------------
// The workflow operations: List Multipart Uploads, the Complete body, Initiate.

fn uploads_decode_allocations(uploads: usize) -> u64 {
    let body = list_multipart_uploads_page(uploads);
    let (decoded, allocations) =
        counted(|| ListMultipartUploadsResponse::decode(body.as_bytes()).unwrap());
    assert_eq!(decoded.uploads().len(), uploads);
    assert!(decoded.uploads().iter().all(|upload| matches!(upload.key, Some(Cow::Borrowed(_)))));
    allocations
}

#[test]
fn decoding_a_page_of_uploads_makes_no_allocation_per_upload() {
    let counts = assert_no_allocation_per_item::<PendingUpload<'_>>(
        "uploads",
        &[10, 1_000, 10_000],
        uploads_decode_allocations,
    );
    eprintln!("list-multipart-uploads decode allocations, 10 / 1,000 / 10,000 uploads: {counts:?}");
}

#[test]
fn decoding_the_documented_uploads_example_allocates_only_its_vectors() {
    let body = LIST_MULTIPART_UPLOADS_RESPONSE.as_bytes();
    let allocations =
        count(|| drop(std::hint::black_box(ListMultipartUploadsResponse::decode(body).unwrap())));
    eprintln!("allocations decoding the documented uploads example: {allocations}");
    let vectors = vector_growth::<PendingUpload<'_>>(4) + vector_growth::<Cow<'_, str>>(2);
    assert!(allocations <= vectors, "{allocations} > {vectors}");
}

#[test]
fn the_normalized_uploads_page_allocates_per_page_not_per_upload() {
    let per_page = assert_allocations_per_page("uploads normalization", &[10, 1_000], |uploads| {
        let body = list_multipart_uploads_page(uploads);
        let decoded = ListMultipartUploadsResponse::decode(body.as_bytes()).unwrap();
        count(|| {
            std::hint::black_box(decoded.normalize().unwrap());
        })
    });
    eprintln!("list-multipart-uploads normalize allocations: {per_page}");
}

fn complete_decode_allocations(parts: usize) -> u64 {
    let body = complete_multipart_upload(parts);
    let (decoded, allocations) =
        counted(|| CompleteMultipartUpload::decode(body.as_bytes()).unwrap());
    assert_eq!(decoded.parts().len(), parts);
    assert!(decoded.parts().iter().all(|part| part.etag.as_ref().unwrap().is_borrowed()));
    allocations
}

#[test]
fn decoding_a_complete_body_makes_no_allocation_per_part() {
    let counts = assert_no_allocation_per_item::<ObjectPart<'_>>(
        "complete body",
        &[10, 1_000, 10_000],
        complete_decode_allocations,
    );
    eprintln!("complete body decode allocations, 10 / 1,000 / 10,000 parts: {counts:?}");
}

#[test]
fn decoding_a_workflow_request_target_or_the_initiate_response_does_not_allocate() {
    let target = LIST_MULTIPART_UPLOADS_REQUEST.as_bytes();
    assert_eq!(
        count(|| drop(std::hint::black_box(ListMultipartUploadsRequest::decode(target).unwrap()))),
        0
    );
    let target = COMPLETE_MULTIPART_UPLOAD_TARGET.as_bytes();
    assert_eq!(
        count(|| drop(std::hint::black_box(
            CompleteMultipartUploadRequest::decode(target).unwrap()
        ))),
        0
    );
    let body = INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes();
    assert_eq!(
        count(|| drop(std::hint::black_box(
            InitiateMultipartUploadResponse::decode(body).unwrap()
        ))),
        0
    );
}
