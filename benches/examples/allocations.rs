//! Allocations per decode, per body size, for every decoder, beside the usual approach:
//! `cargo run --release -p benches --example allocations --features count-allocations`
//!
//! Prints a Markdown table (the one in BENCHMARKS.md). The counting allocator replaces
//! the global allocator, so it lives behind a feature that the benches never enable.

use allocation_counter::measure;
use codec_core::{Decode, Normalize};

/// What one call allocates, counted by `allocation-counter` on this thread.
fn count(f: impl FnOnce()) -> u64 {
    measure(f).count_total
}

/// One body's counts: decoding it, normalizing the decoded value, and the usual
/// approach decoding it.
type Counter<'f> = &'f dyn Fn(&str) -> (u64, u64, u64);

/// A body kind: its name in the table, its page generator and its counter.
type Body<'f> = (&'static str, fn(usize) -> String, Counter<'f>);

fn main() {
    let bodies: [Body<'_>; 12] = [
        ("cos list-parts", benches::cos::list_parts_body, &|body| {
            let decoded = codec_cos::ListPartsResult::decode(body.as_bytes()).unwrap();
            (
                count(|| drop(codec_cos::ListPartsResult::decode(body.as_bytes()).unwrap())),
                count(|| drop(decoded.normalize().unwrap())),
                count(|| drop(benches::cos::decode_owned(body).unwrap())),
            )
        }),
        (
            "cos list-multipart-uploads",
            benches::cos_uploads::list_multipart_uploads_body,
            &|body| {
                use codec_cos::ListMultipartUploadsResult as Response;
                let decoded = Response::decode(body.as_bytes()).unwrap();
                (
                    count(|| drop(Response::decode(body.as_bytes()).unwrap())),
                    count(|| drop(decoded.normalize().unwrap())),
                    count(|| drop(benches::cos_uploads::decode_owned(body).unwrap())),
                )
            },
        ),
        ("cos complete-multipart-upload (request body)", benches::cos::complete_body, &|body| {
            use codec_cos::CompleteMultipartUpload as Body;
            let decoded = Body::decode(body.as_bytes()).unwrap();
            let target = codec_cos::CompleteMultipartUploadRequest::new("u").with_key("k");
            (
                count(|| drop(Body::decode(body.as_bytes()).unwrap())),
                count(|| drop(decoded.normalize_with(&target).unwrap())),
                count(|| drop(benches::cos::decode_complete_owned(body).unwrap())),
            )
        }),
        ("ufile get-multi-upload-part", benches::ufile::get_multi_upload_part_body, &|body| {
            use codec_ufile::GetMultiUploadPartResponse as Response;
            let decoded = Response::decode(body.as_bytes()).unwrap();
            (
                count(|| drop(Response::decode(body.as_bytes()).unwrap())),
                count(|| drop(decoded.normalize().unwrap())),
                count(|| {
                    drop(
                        serde_json::from_slice::<benches::ufile::OwnedGetMultiUploadPart>(
                            body.as_bytes(),
                        )
                        .unwrap(),
                    )
                }),
            )
        }),
        ("ufile get-multi-upload-id", benches::ufile::get_multi_upload_id_body, &|body| {
            use codec_ufile::GetMultiUploadIdResponse as Response;
            let decoded = Response::decode(body.as_bytes()).unwrap();
            (
                count(|| drop(Response::decode(body.as_bytes()).unwrap())),
                count(|| drop(decoded.normalize().unwrap())),
                count(|| {
                    drop(
                        serde_json::from_slice::<benches::ufile::OwnedGetMultiUploadId>(
                            body.as_bytes(),
                        )
                        .unwrap(),
                    )
                }),
            )
        }),
        ("qingstor list-multipart", benches::qingstor::list_multipart_body, &|body| {
            use codec_qingstor::ListMultipartResponse as Response;
            let decoded = Response::decode(body.as_bytes()).unwrap();
            (
                count(|| drop(Response::decode(body.as_bytes()).unwrap())),
                count(|| drop(decoded.normalize().unwrap())),
                count(|| drop(benches::qingstor::decode_owned(body.as_bytes()).unwrap())),
            )
        }),
        ("pds list-uploaded-parts", benches::pds::list_uploaded_parts_body, &|body| {
            use codec_pds::ListUploadedPartsResponse as Response;
            let decoded = Response::decode(body.as_bytes()).unwrap();
            (
                count(|| drop(Response::decode(body.as_bytes()).unwrap())),
                count(|| drop(decoded.normalize().unwrap())),
                count(|| drop(benches::pds::decode_owned(body.as_bytes()).unwrap())),
            )
        }),
        (
            "qingstor list-multipart-uploads",
            codec_qingstor::examples::list_multipart_uploads_page,
            &|body| {
                use codec_qingstor::ListMultipartUploadsResponse as Response;
                let decoded = Response::decode(body.as_bytes()).unwrap();
                (
                    count(|| drop(Response::decode(body.as_bytes()).unwrap())),
                    count(|| drop(decoded.normalize().unwrap())),
                    count(|| {
                        drop(benches::qingstor_workflow::decode_uploads_owned(body.as_bytes()))
                    }),
                )
            },
        ),
        (
            "qingstor complete-multipart-upload (request body)",
            codec_qingstor::examples::complete_multipart_upload,
            &|body| {
                use codec_qingstor::CompleteMultipartUpload as Body;
                let decoded = Body::decode(body.as_bytes()).unwrap();
                let target = codec_qingstor::CompleteMultipartUploadRequest::new("u").with_key("k");
                (
                    count(|| drop(Body::decode(body.as_bytes()).unwrap())),
                    count(|| drop(decoded.normalize_with(&target).unwrap())),
                    count(|| {
                        drop(benches::qingstor_workflow::decode_complete_owned(body.as_bytes()))
                    }),
                )
            },
        ),
        (
            "ufile finish-multipart-upload (request body)",
            codec_ufile::examples::finish_multipart_upload_body,
            &|body| {
                use codec_ufile::FinishMultipartUploadBody as Body;
                let decoded = Body::decode(body.as_bytes()).unwrap();
                let target = codec_ufile::FinishMultipartUploadRequest::new("u").with_key("k");
                (
                    count(|| drop(Body::decode(body.as_bytes()).unwrap())),
                    count(|| drop(decoded.normalize_with(&target).unwrap())),
                    count(|| drop(benches::ufile_workflow::split_owned(body))),
                )
            },
        ),
        ("pds create-file", codec_pds::examples::create_file_response, &|body| {
            use codec_pds::CreateFileResponse as Response;
            let decoded = Response::decode(body.as_bytes()).unwrap();
            (
                count(|| drop(Response::decode(body.as_bytes()).unwrap())),
                count(|| drop(decoded.normalize().unwrap())),
                count(|| drop(benches::pds_workflow::decode_create_file_owned(body.as_bytes()))),
            )
        }),
        ("pds complete-file (request)", codec_pds::examples::complete_file_request, &|body| {
            use codec_pds::CompleteFileRequest as Request;
            let decoded = Request::decode(body.as_bytes()).unwrap();
            (
                count(|| drop(Request::decode(body.as_bytes()).unwrap())),
                count(|| drop(decoded.normalize().unwrap())),
                count(|| drop(benches::pds_workflow::decode_complete_file_owned(body.as_bytes()))),
            )
        }),
    ];
    println!("| body | parts | decode | normalize | usual approach |");
    println!("|---|---:|---:|---:|---:|");
    for (name, generate, counter) in bodies {
        for parts in benches::PART_COUNTS {
            let (decode, normalize, usual) = counter(&generate(parts));
            println!("| {name} | {parts} | {decode} | {normalize} | {usual} |");
        }
    }
}
