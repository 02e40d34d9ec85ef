//! UFile GetMultiUploadPart and GetMultiUploadId: our decoders against the usual
//! approach (serde_json into owned structs) and the parser floor (serde_json into
//! `IgnoredAny`), on the documented examples and on generated pages of 3 to 10,000
//! parts or uploads in the documented shape ([`benches::PART_COUNTS`]); the same for
//! encoding; and the cost of the normalized conversion.

use benches::race;
use benches::ufile::{
    OwnedGetMultiUploadId, OwnedGetMultiUploadPart, get_multi_upload_id_body,
    get_multi_upload_part_body,
};
use codec_core::{Decode, Encode, Normalize};
use codec_ufile::{GetMultiUploadIdResponse, GetMultiUploadPartResponse};
use criterion::{Criterion, criterion_group, criterion_main};

const PART: &str = "ufile-get-multi-upload-part";
const ID: &str = "ufile-get-multi-upload-id";

fn part_bodies() -> Vec<(String, String)> {
    benches::bodies(
        codec_ufile::examples::GET_MULTI_UPLOAD_PART_RESPONSE,
        get_multi_upload_part_body,
    )
}

fn id_bodies() -> Vec<(String, String)> {
    benches::bodies(codec_ufile::examples::GET_MULTI_UPLOAD_ID_RESPONSE, get_multi_upload_id_body)
}

fn part(body: &str) -> GetMultiUploadPartResponse<'_> {
    GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap()
}

fn id(body: &str) -> GetMultiUploadIdResponse<'_> {
    GetMultiUploadIdResponse::decode(body.as_bytes()).unwrap()
}

fn part_owned(body: &str) -> OwnedGetMultiUploadPart {
    serde_json::from_slice(body.as_bytes()).unwrap()
}

fn id_owned(body: &str) -> OwnedGetMultiUploadId {
    serde_json::from_slice(body.as_bytes()).unwrap()
}

fn floor(body: &str) -> usize {
    serde_json::from_slice::<serde::de::IgnoredAny>(body.as_bytes()).map(|_| body.len()).unwrap()
}

fn decode(c: &mut Criterion) {
    race::decode(
        c,
        PART,
        &part_bodies(),
        &[
            ("codec-ufile", &|body| part(body).parts().len()),
            ("codec-ufile+normalize", &|body| part(body).normalize().unwrap().parts.len()),
            ("serde-json-serde-owned", &|body| part_owned(body).parts.map_or(0, |p| p.len())),
            ("serde-json-ignored-floor", &floor),
        ],
    );
    race::decode(
        c,
        ID,
        &id_bodies(),
        &[
            ("codec-ufile", &|body| id(body).uploads().len()),
            ("codec-ufile+normalize", &|body| id(body).normalize().unwrap().uploads.len()),
            ("serde-json-serde-owned", &|body| id_owned(body).data_set.map_or(0, |u| u.len())),
            ("serde-json-ignored-floor", &floor),
        ],
    );
}

fn encode(c: &mut Criterion) {
    race::encode(
        c,
        PART,
        &part_bodies(),
        &[
            ("codec-ufile", &|body| {
                let value = part(body);
                Box::new(move || value.encode().unwrap().len())
            }),
            ("serde-json-serde-owned", &|body| {
                let value = part_owned(body);
                Box::new(move || serde_json::to_vec(&value).unwrap().len())
            }),
        ],
    );
    race::encode(
        c,
        ID,
        &id_bodies(),
        &[
            ("codec-ufile", &|body| {
                let value = id(body);
                Box::new(move || value.encode().unwrap().len())
            }),
            ("serde-json-serde-owned", &|body| {
                let value = id_owned(body);
                Box::new(move || serde_json::to_vec(&value).unwrap().len())
            }),
        ],
    );
}

criterion_group! { name = benches; config = benches::criterion_config(); targets = decode, encode }
criterion_main!(benches);
