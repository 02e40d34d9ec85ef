//! COS List Parts: our decoder against the usual approach (quick-xml serde into owned
//! structs) and quick-xml's raw event loop (the parser floor), on the documented example
//! and on generated pages of 3 to 10,000 parts ([`benches::PART_COUNTS`]); the same for
//! encoding; and the cost of the normalized conversion. The Complete Multipart Upload
//! request body, the one body an SDK must produce: encoding (and decoding) it against
//! quick-xml serde of owned structs, on the documented body and 3 to 10,000 parts.

use benches::cos::{
    complete_body, decode_complete_owned, decode_owned, encode_complete_owned, encode_owned,
    list_parts_body, parser_floor,
};
use benches::race;
use codec_core::{Decode, Encode, Normalize};
use codec_cos::{CompleteMultipartUpload, ListPartsResult};
use criterion::{Criterion, criterion_group, criterion_main};

const OPERATION: &str = "cos-list-parts";

fn bodies() -> Vec<(String, String)> {
    benches::bodies(codec_cos::examples::LIST_PARTS_RESPONSE, list_parts_body)
}

fn decode(c: &mut Criterion) {
    race::decode(
        c,
        OPERATION,
        &bodies(),
        &[
            ("codec-cos", &|body| ListPartsResult::decode(body.as_bytes()).unwrap().parts.len()),
            ("codec-cos+normalize", &|body| {
                ListPartsResult::decode(body.as_bytes()).unwrap().normalize().unwrap().parts.len()
            }),
            ("quick-xml-serde-owned", &|body| decode_owned(body).unwrap().parts.len()),
            ("quick-xml-reader-floor", &|body| parser_floor(body).unwrap()),
        ],
    );
}

fn encode(c: &mut Criterion) {
    race::encode(
        c,
        OPERATION,
        &bodies(),
        &[
            ("codec-cos", &|body| {
                let value = ListPartsResult::decode(body.as_bytes()).unwrap();
                Box::new(move || value.encode().unwrap().len())
            }),
            ("quick-xml-serde-owned", &|body| {
                let value = decode_owned(body).unwrap();
                Box::new(move || encode_owned(&value).unwrap().len())
            }),
        ],
    );
}

const COMPLETE: &str = "cos-complete-multipart-upload";

fn complete_bodies() -> Vec<(String, String)> {
    benches::bodies(codec_cos::examples::COMPLETE_MULTIPART_UPLOAD_BODY, complete_body)
}

fn complete_encode(c: &mut Criterion) {
    race::encode(
        c,
        COMPLETE,
        &complete_bodies(),
        &[
            ("codec-cos", &|body| {
                let value = CompleteMultipartUpload::decode(body.as_bytes()).unwrap();
                Box::new(move || value.encode().unwrap().len())
            }),
            ("quick-xml-serde-owned", &|body| {
                let value = decode_complete_owned(body).unwrap();
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
            ("codec-cos", &|body| {
                CompleteMultipartUpload::decode(body.as_bytes()).unwrap().parts.len()
            }),
            ("quick-xml-serde-owned", &|body| decode_complete_owned(body).unwrap().parts.len()),
        ],
    );
}

criterion_group! {
    name = benches;
    config = benches::criterion_config();
    targets = decode, encode, complete_encode, complete_decode
}
criterion_main!(benches);
