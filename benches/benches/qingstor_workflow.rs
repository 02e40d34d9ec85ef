//! QingStor's workflow operations: List Multipart Uploads pages decoded by our decoder
//! against the usual approach (serde_json into owned structs) and the parser floor
//! (serde_json into `IgnoredAny`), on the documented example (corrected: the published
//! one has a trailing comma) and on generated pages of 3 to 10,000 uploads
//! ([`benches::PART_COUNTS`]); Complete Multipart Upload request bodies encoded by our
//! encoder against `serde_json::to_vec` of owned structs, and decoded both ways, on the
//! documented body and on generated bodies of 3 to 10,000 parts.

use benches::qingstor::parser_floor;
use benches::qingstor_workflow::{
    complete_body, decode_complete_owned, decode_uploads_owned, encode_complete_owned,
    list_multipart_uploads_body,
};
use benches::race;
use codec_core::{Decode, Encode, Normalize};
use codec_qingstor::{CompleteMultipartUpload, ListMultipartUploadsResponse};
use criterion::{Criterion, criterion_group, criterion_main};

const UPLOADS: &str = "qingstor-list-multipart-uploads";
const COMPLETE: &str = "qingstor-complete-multipart-upload";

fn uploads_bodies() -> Vec<(String, String)> {
    benches::bodies(
        codec_qingstor::examples::LIST_MULTIPART_UPLOADS_RESPONSE,
        list_multipart_uploads_body,
    )
}

fn complete_bodies() -> Vec<(String, String)> {
    benches::bodies(codec_qingstor::examples::COMPLETE_MULTIPART_UPLOAD_BODY, complete_body)
}

fn uploads(body: &str) -> ListMultipartUploadsResponse<'_> {
    ListMultipartUploadsResponse::decode(body.as_bytes()).unwrap()
}

fn uploads_decode(c: &mut Criterion) {
    race::decode(
        c,
        UPLOADS,
        &uploads_bodies(),
        &[
            ("codec-qingstor", &|body| uploads(body).uploads().len()),
            ("codec-qingstor+normalize", &|body| uploads(body).normalize().unwrap().uploads.len()),
            ("serde-json-serde-owned", &|body| {
                decode_uploads_owned(body.as_bytes()).unwrap().uploads.map_or(0, |u| u.len())
            }),
            ("serde-json-ignored-floor", &|body| {
                parser_floor(body.as_bytes()).map(|_| body.len()).unwrap()
            }),
        ],
    );
}

fn complete_encode(c: &mut Criterion) {
    race::encode(
        c,
        COMPLETE,
        &complete_bodies(),
        &[
            ("codec-qingstor", &|body| {
                let value = CompleteMultipartUpload::decode(body.as_bytes()).unwrap();
                Box::new(move || value.encode().unwrap().len())
            }),
            ("serde-json-serde-owned", &|body| {
                let value = decode_complete_owned(body.as_bytes()).unwrap();
                Box::new(move || encode_complete_owned(&value).unwrap().len())
            }),
        ],
    );
}

fn complete_decode(c: &mut Criterion) {
    race::decode(
        c,
        COMPLETE,
        &complete_bodies(),
        &[
            ("codec-qingstor", &|body| {
                CompleteMultipartUpload::decode(body.as_bytes()).unwrap().object_parts.len()
            }),
            ("serde-json-serde-owned", &|body| {
                decode_complete_owned(body.as_bytes()).unwrap().object_parts.len()
            }),
        ],
    );
}

criterion_group! {
    name = benches;
    config = benches::criterion_config();
    targets = uploads_decode, complete_encode, complete_decode
}
criterion_main!(benches);
