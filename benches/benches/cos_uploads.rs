//! COS List Multipart Uploads: our decoder against the usual approach (quick-xml serde
//! into owned structs) and quick-xml's raw event loop (the parser floor), on the
//! documented example and on generated pages of 3 to 10,000 uploads
//! ([`benches::PART_COUNTS`]); the same for encoding; and the cost of the normalized
//! conversion.

use benches::cos::parser_floor;
use benches::cos_uploads::{decode_owned, encode_owned, list_multipart_uploads_body};
use benches::race;
use codec_core::{Decode, Encode, Normalize};
use codec_cos::ListMultipartUploadsResult;
use criterion::{Criterion, criterion_group, criterion_main};

const OPERATION: &str = "cos-list-multipart-uploads";

fn bodies() -> Vec<(String, String)> {
    benches::bodies(
        codec_cos::examples::LIST_MULTIPART_UPLOADS_RESPONSE,
        list_multipart_uploads_body,
    )
}

fn decoded(body: &str) -> ListMultipartUploadsResult<'_> {
    ListMultipartUploadsResult::decode(body.as_bytes()).unwrap()
}

fn decode(c: &mut Criterion) {
    race::decode(
        c,
        OPERATION,
        &bodies(),
        &[
            ("codec-cos", &|body| decoded(body).uploads().len()),
            ("codec-cos+normalize", &|body| decoded(body).normalize().unwrap().uploads.len()),
            ("quick-xml-serde-owned", &|body| decode_owned(body).unwrap().uploads.len()),
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
                let value = decoded(body);
                Box::new(move || value.encode().unwrap().len())
            }),
            ("quick-xml-serde-owned", &|body| {
                let value = decode_owned(body).unwrap();
                Box::new(move || encode_owned(&value).unwrap().len())
            }),
        ],
    );
}

criterion_group! { name = benches; config = benches::criterion_config(); targets = decode, encode }
criterion_main!(benches);
