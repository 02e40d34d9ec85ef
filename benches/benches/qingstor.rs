//! QingStor List Multipart: our decoder against the usual approach (serde_json into
//! owned structs) and the parser floor (serde_json into `IgnoredAny`), on the
//! documented example and on generated pages of 3 to 10,000 parts
//! ([`benches::PART_COUNTS`]); the same for encoding; and the cost of the normalized
//! conversion.

use benches::qingstor::{decode_owned, encode_owned, list_multipart_body, parser_floor};
use benches::race;
use codec_core::{Decode, Encode, Normalize};
use codec_qingstor::ListMultipartResponse;
use criterion::{Criterion, criterion_group, criterion_main};

const OPERATION: &str = "qingstor-list-multipart";

fn bodies() -> Vec<(String, String)> {
    benches::bodies(codec_qingstor::examples::LIST_MULTIPART_RESPONSE, list_multipart_body)
}

fn ours(body: &str) -> ListMultipartResponse<'_> {
    ListMultipartResponse::decode(body.as_bytes()).unwrap()
}

fn decode(c: &mut Criterion) {
    race::decode(
        c,
        OPERATION,
        &bodies(),
        &[
            ("codec-qingstor", &|body| ours(body).parts().len()),
            ("codec-qingstor+normalize", &|body| ours(body).normalize().unwrap().parts.len()),
            ("serde-json-serde-owned", &|body| {
                decode_owned(body.as_bytes()).unwrap().object_parts.map_or(0, |parts| parts.len())
            }),
            ("serde-json-ignored-floor", &|body| {
                parser_floor(body.as_bytes()).map(|_| body.len()).unwrap()
            }),
        ],
    );
}

fn encode(c: &mut Criterion) {
    race::encode(
        c,
        OPERATION,
        &bodies(),
        &[
            ("codec-qingstor", &|body| {
                let value = ours(body);
                Box::new(move || value.encode().unwrap().len())
            }),
            ("serde-json-serde-owned", &|body| {
                let value = decode_owned(body.as_bytes()).unwrap();
                Box::new(move || encode_owned(&value).unwrap().len())
            }),
        ],
    );
}

criterion_group! { name = benches; config = benches::criterion_config(); targets = decode, encode }
criterion_main!(benches);
