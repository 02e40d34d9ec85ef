//! UFile FinishMultipartUpload's request body (the parts' ETags joined by commas): our
//! decoder and encoder against the obvious `split(',')` into owned `String`s and
//! `join(",")` back, with counting the commas as the floor, on the documented body (10
//! ETags) and on generated bodies of 3 to 10,000 ETags ([`benches::PART_COUNTS`]).

use benches::race;
use benches::ufile_workflow::{count_floor, finish_body, join_owned, split_owned};
use codec_core::{Decode, Encode};
use codec_ufile::FinishMultipartUploadBody;
use criterion::{Criterion, criterion_group, criterion_main};

const OPERATION: &str = "ufile-finish-multipart-upload-body";

fn bodies() -> Vec<(String, String)> {
    benches::bodies(codec_ufile::examples::FINISH_MULTIPART_UPLOAD_BODY, finish_body)
}

fn decoded(body: &str) -> FinishMultipartUploadBody<'_> {
    FinishMultipartUploadBody::decode(body.as_bytes()).unwrap()
}

fn decode(c: &mut Criterion) {
    race::decode(
        c,
        OPERATION,
        &bodies(),
        &[
            ("codec-ufile", &|body| decoded(body).etags.len()),
            ("split-owned-strings", &|body| split_owned(body).len()),
            ("count-commas-floor", &count_floor),
        ],
    );
}

fn encode(c: &mut Criterion) {
    race::encode(
        c,
        OPERATION,
        &bodies(),
        &[
            ("codec-ufile", &|body| {
                let value = decoded(body);
                Box::new(move || value.encode().unwrap().len())
            }),
            ("join-owned-strings", &|body| {
                let value = split_owned(body);
                Box::new(move || join_owned(&value).len())
            }),
        ],
    );
}

criterion_group! { name = benches; config = benches::criterion_config(); targets = decode, encode }
criterion_main!(benches);
