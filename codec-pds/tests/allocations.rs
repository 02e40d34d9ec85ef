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
use codec_testkit::allocations::{
    assert_allocations_per_page, assert_no_allocation_per_item, count, counted, vector_growth,
};

fn decode_allocations(parts: usize) -> u64 {
    let body = list_uploaded_parts_page(parts);
    let (decoded, allocations) =
        counted(|| ListUploadedPartsResponse::decode(body.as_bytes()).unwrap());
    assert_eq!(decoded.parts().len(), parts);
    for part in decoded.parts() {
        let etag = part.etag.as_ref().unwrap();
        assert!(etag.is_quoted() && etag.is_borrowed());
        assert!(matches!(part.upload_url, Some(std::borrow::Cow::Borrowed(_))));
    }
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
fn the_documented_example_decodes_with_one_allocation_for_its_part() {
    let body = codec_pds::examples::LIST_UPLOADED_PARTS_RESPONSE.as_bytes();
    let allocations =
        count(|| drop(std::hint::black_box(ListUploadedPartsResponse::decode(body).unwrap())));
    eprintln!("allocations decoding the documented example: {allocations}");
    assert_eq!(allocations, 1, "the parts vector only");
}

#[test]
fn the_normalized_conversion_allocates_per_page_not_per_part() {
    let count = assert_allocations_per_page("normalization", &[10, 1_000], |parts| {
        let body = list_uploaded_parts_page(parts);
        let decoded = ListUploadedPartsResponse::decode(body.as_bytes()).unwrap();
        count(|| {
            std::hint::black_box(decoded.normalize().unwrap());
        })
    });
    assert_eq!(count, 1, "the parts vector only");
}

#[test]
fn decoding_a_request_or_an_error_does_not_allocate() {
    let request = codec_pds::examples::LIST_UPLOADED_PARTS_REQUEST.as_bytes();
    assert_eq!(
        count(|| drop(std::hint::black_box(ListUploadedPartsRequest::decode(request).unwrap()))),
        0
    );
    let error = codec_pds::examples::ERROR_RESPONSE.as_bytes();
    assert_eq!(count(|| drop(std::hint::black_box(ErrorResponse::decode(error).unwrap()))), 0);
}

#[test]
fn escaped_strings_may_allocate_only_for_themselves() {
    // `\/` in a URL forces a copy of that URL, and of nothing else.
    let plain = r#"{"uploaded_parts":[{"part_number":1,"upload_url":"https://h/k?a=1&b=%2F","etag":"\"0CC1\""}]}"#;
    let escaped = r#"{"uploaded_parts":[{"part_number":1,"upload_url":"https:\/\/h\/k?a=1&b=%2F","etag":"\"0CC1\""}]}"#;
    let allocations = |body: &str| {
        count(|| {
            drop(std::hint::black_box(ListUploadedPartsResponse::decode(body.as_bytes()).unwrap()))
        })
    };
    assert_eq!(allocations(escaped), allocations(plain) + 1);
}

fn create_file_allocations(parts: usize) -> u64 {
    let body = codec_pds::examples::create_file_response(parts);
    let (decoded, allocations) =
        counted(|| codec_pds::CreateFileResponse::decode(body.as_bytes()).unwrap());
    assert_eq!(decoded.parts().len(), parts);
    for part in decoded.parts() {
        assert!(matches!(part.upload_url, Some(std::borrow::Cow::Borrowed(_))));
        assert!(matches!(part.internal_upload_url, Some(std::borrow::Cow::Borrowed(_))));
    }
    allocations
}

fn complete_file_allocations(parts: usize) -> u64 {
    let body = codec_pds::examples::complete_file_request(parts);
    let (decoded, allocations) =
        counted(|| codec_pds::CompleteFileRequest::decode(body.as_bytes()).unwrap());
    assert_eq!(decoded.parts().len(), parts);
    for part in decoded.parts() {
        let etag = part.etag.as_ref().unwrap();
        assert!(etag.is_quoted() && etag.is_borrowed());
    }
    allocations
}

#[test]
fn decoding_a_create_file_response_makes_no_allocation_per_part() {
    let counts = assert_no_allocation_per_item::<UploadedPart<'_>>(
        "create_file response",
        &[10, 1_000, 10_000],
        create_file_allocations,
    );
    assert_eq!(counts[0], vector_growth::<UploadedPart<'_>>(10), "the parts vector only");
}

#[test]
fn decoding_a_complete_file_request_makes_no_allocation_per_part() {
    let counts = assert_no_allocation_per_item::<UploadedPart<'_>>(
        "complete_file request",
        &[10, 1_000, 10_000],
        complete_file_allocations,
    );
    assert_eq!(counts[0], vector_growth::<UploadedPart<'_>>(10), "the parts vector only");
}

#[test]
fn the_workflow_conversions_allocate_per_page_not_per_part() {
    let initiated =
        assert_allocations_per_page("create_file normalization", &[10, 1_000], |parts| {
            let body = codec_pds::examples::create_file_response(parts);
            let decoded = codec_pds::CreateFileResponse::decode(body.as_bytes()).unwrap();
            count(|| {
                std::hint::black_box(decoded.normalize().unwrap());
            })
        });
    assert_eq!(initiated, 1, "the upload URLs vector only");
    let complete =
        assert_allocations_per_page("complete_file normalization", &[10, 1_000], |parts| {
            let body = codec_pds::examples::complete_file_request(parts);
            let decoded = codec_pds::CompleteFileRequest::decode(body.as_bytes()).unwrap();
            count(|| {
                std::hint::black_box(decoded.normalize().unwrap());
            })
        });
    assert_eq!(complete, 1, "the parts vector only");
}

#[test]
fn the_workflow_examples_decode_with_a_vector_per_part_list_at_most() {
    use codec_pds::examples::*;
    let decode = |name: &str, body: &str, f: fn(&[u8])| {
        let allocations = count(|| f(body.as_bytes()));
        eprintln!("allocations decoding {name}: {allocations}");
        allocations
    };
    let counts = [
        decode("CREATE_FILE_REQUEST", CREATE_FILE_REQUEST, |b| {
            drop(std::hint::black_box(codec_pds::CreateFileRequest::decode(b).unwrap()))
        }),
        decode("CREATE_FILE_RESPONSE", CREATE_FILE_RESPONSE, |b| {
            drop(std::hint::black_box(codec_pds::CreateFileResponse::decode(b).unwrap()))
        }),
        decode("GET_UPLOAD_URL_REQUEST", GET_UPLOAD_URL_REQUEST, |b| {
            drop(std::hint::black_box(codec_pds::GetUploadUrlRequest::decode(b).unwrap()))
        }),
        decode("GET_UPLOAD_URL_RESPONSE", GET_UPLOAD_URL_RESPONSE, |b| {
            drop(std::hint::black_box(codec_pds::GetUploadUrlResponse::decode(b).unwrap()))
        }),
        decode("COMPLETE_FILE_REQUEST", COMPLETE_FILE_REQUEST, |b| {
            drop(std::hint::black_box(codec_pds::CompleteFileRequest::decode(b).unwrap()))
        }),
        decode("COMPLETE_FILE_RESPONSE", COMPLETE_FILE_RESPONSE, |b| {
            drop(std::hint::black_box(codec_pds::CompleteFileResponse::decode(b).unwrap()))
        }),
    ];
    // One each: the parts vector (it holds three parts, or none); for the file object,
    // the stack the reader skips unknown nested members with (`labels`,
    // `image_media_metadata`).
    assert_eq!(counts, [1, 1, 1, 1, 1, 1]);
}
