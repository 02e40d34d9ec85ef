//! Zero-copy, measured: decoding makes no allocation per part or per upload. The count
//! for a page of 1,000 or 10,000 items is at most the count for 10 items plus the
//! growth of the list vector itself (measured here, not assumed).
//!
//! `allocation-counter` counts the current thread's allocations, so the tests of this
//! file may run in parallel.

use codec_core::{Decode, Normalize};
use codec_testkit::allocations::{
    assert_allocations_per_page, assert_no_allocation_per_item, count, counted,
};
use codec_ufile::examples::{get_multi_upload_id_page, get_multi_upload_part_page};
use codec_ufile::{
    GetMultiUploadIdRequest, GetMultiUploadIdResponse, GetMultiUploadPartRequest,
    GetMultiUploadPartResponse, PendingUpload, UploadedPart,
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
    let (decoded, allocations) =
        counted(|| GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap());
    assert_eq!(decoded.parts().len(), parts);
    assert!(decoded.parts().iter().all(|part| part.etag.as_ref().unwrap().is_borrowed()));
    allocations
}

fn upload_decode_allocations(uploads: usize) -> u64 {
    let body = get_multi_upload_id_page(uploads);
    let (decoded, allocations) =
        counted(|| GetMultiUploadIdResponse::decode(body.as_bytes()).unwrap());
    assert_eq!(decoded.uploads().len(), uploads);
    allocations
}

#[test]
fn decoding_parts_makes_no_allocation_per_part() {
    assert_no_allocation_per_item::<UploadedPart<'_>>(
        "GetMultiUploadPart",
        &[10, 1_000, 10_000],
        part_decode_allocations,
    );
}

#[test]
fn quoted_etags_cost_no_allocation_either() {
    let body = quoted_etag_page(3);
    assert!(body.contains(r#""Etag": "\""#) && body.contains(r#"=\"","#), "{body}");
    let page = GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap();
    assert!(page.parts().iter().all(|part| part.etag.as_ref().unwrap().is_quoted()));
    assert_no_allocation_per_item::<UploadedPart<'_>>("quoted ETags", &[10, 1_000], |parts| {
        part_body_decode_allocations(parts, quoted_etag_page(parts))
    });
}

#[test]
fn decoding_uploads_makes_no_allocation_per_upload() {
    assert_no_allocation_per_item::<PendingUpload<'_>>(
        "GetMultiUploadId",
        &[10, 1_000, 10_000],
        upload_decode_allocations,
    );
}

#[test]
fn the_normalized_conversion_allocates_per_page_not_per_item() {
    assert_allocations_per_page("GetMultiUploadPart normalization", &[10, 1_000], |parts| {
        let body = get_multi_upload_part_page(parts);
        let decoded = GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap();
        count(|| {
            std::hint::black_box(decoded.normalize().unwrap());
        })
    });
    assert_allocations_per_page("GetMultiUploadId normalization", &[10, 1_000], |uploads| {
        let body = get_multi_upload_id_page(uploads);
        let decoded = GetMultiUploadIdResponse::decode(body.as_bytes()).unwrap();
        count(|| {
            std::hint::black_box(decoded.normalize().unwrap());
        })
    });
}

#[test]
fn decoding_a_request_does_not_allocate() {
    let target = codec_ufile::examples::GET_MULTI_UPLOAD_PART_REQUEST.as_bytes();
    assert_eq!(
        count(|| drop(std::hint::black_box(GetMultiUploadPartRequest::decode(target).unwrap()))),
        0
    );
    let target = codec_ufile::examples::GET_MULTI_UPLOAD_ID_REQUEST.as_bytes();
    assert_eq!(
        count(|| drop(std::hint::black_box(GetMultiUploadIdRequest::decode(target).unwrap()))),
        0
    );
}

// ---------------------------------------------------------------------------------
// The workflow: InitiateMultipartUpload and FinishMultipartUpload

use codec_core::{ETag, Encode};
use codec_ufile::examples::{
    FINISH_MULTIPART_UPLOAD_BODY, FINISH_MULTIPART_UPLOAD_RESPONSE, FINISH_MULTIPART_UPLOAD_TARGET,
    INITIATE_MULTIPART_UPLOAD_RESPONSE, finish_multipart_upload_body,
};
use codec_ufile::{
    FinishMultipartUploadBody, FinishMultipartUploadRequest, FinishMultipartUploadResponse,
    InitiateMultipartUploadResponse,
};

fn finish_body_decode_allocations(parts: usize) -> u64 {
    let body = finish_multipart_upload_body(parts);
    let (decoded, allocations) =
        counted(|| FinishMultipartUploadBody::decode(body.as_bytes()).unwrap());
    assert_eq!(decoded.etags.len(), parts);
    assert!(decoded.etags.iter().all(ETag::is_borrowed));
    allocations
}

/// Decoding a Finish body of 10,000 ETags allocates nothing per ETag: the list, once,
/// at its size (the commas are counted first), for the documented example and every
/// bench size alike.
#[test]
fn decoding_a_finish_body_allocates_the_list_once() {
    let counts = assert_no_allocation_per_item::<ETag<'_>>(
        "Finish body decode",
        &[3, 100, 1_000, 10_000],
        finish_body_decode_allocations,
    );
    assert_eq!(counts, [1, 1, 1, 1]);
    let doc = FINISH_MULTIPART_UPLOAD_BODY.as_bytes();
    assert_eq!(
        count(|| drop(std::hint::black_box(FinishMultipartUploadBody::decode(doc).unwrap()))),
        1
    );
}

#[test]
fn encoding_and_normalizing_a_finish_body_allocate_once_whatever_its_size() {
    let target =
        FinishMultipartUploadRequest::decode(FINISH_MULTIPART_UPLOAD_TARGET.as_bytes()).unwrap();
    for parts in [3, 100, 1_000, 10_000] {
        let body = finish_multipart_upload_body(parts);
        let decoded = FinishMultipartUploadBody::decode(body.as_bytes()).unwrap();
        let encode = count(|| drop(std::hint::black_box(decoded.encode().unwrap())));
        let normalize =
            count(|| drop(std::hint::black_box(decoded.normalize_with(&target).unwrap())));
        eprintln!("Finish body, {parts} parts: encode {encode}, normalize {normalize} allocations");
        assert_eq!((encode, normalize), (1, 1), "{parts} parts");
    }
}

#[test]
fn the_workflow_responses_and_the_finish_target_allocate_a_fixed_few() {
    let initiate = INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes();
    let finish = FINISH_MULTIPART_UPLOAD_RESPONSE.as_bytes();
    let target = FINISH_MULTIPART_UPLOAD_TARGET.as_bytes();
    let counts = [
        count(|| {
            drop(std::hint::black_box(InitiateMultipartUploadResponse::decode(initiate).unwrap()))
        }),
        count(|| {
            drop(std::hint::black_box(FinishMultipartUploadResponse::decode(finish).unwrap()))
        }),
        count(|| drop(std::hint::black_box(FinishMultipartUploadRequest::decode(target).unwrap()))),
    ];
    eprintln!("Initiate response, Finish response, Finish target decode: {counts:?} allocations");
    assert_eq!(counts, [0, 0, 0]);
    let response = FinishMultipartUploadResponse::decode(finish).unwrap();
    assert_eq!(count(|| drop(std::hint::black_box(response.normalize().unwrap()))), 0);
}
