//! PDS `create_file` response and `complete_file` request: our decoders against the
//! usual approach (serde_json into owned structs) and the parser floor (serde_json into
//! `IgnoredAny`), on the documented examples and on generated bodies of 3 to 10,000
//! parts ([`benches::PART_COUNTS`]); the `complete_file` request's encoding (what
//! `codec complete` writes) against `serde_json::to_vec` of the owned struct; and the
//! cost of the normalized conversions.

use benches::pds::parser_floor;
use benches::pds_workflow::{
    complete_file_request_body, create_file_response_body, decode_complete_file_owned,
    decode_create_file_owned, encode_complete_file_owned,
};
use benches::race;
use codec_core::{Decode, Encode, Normalize};
use codec_pds::{CompleteFileRequest, CreateFileResponse};
use criterion::{Criterion, criterion_group, criterion_main};

const CREATE: &str = "pds-create-file";
const COMPLETE: &str = "pds-complete-file-request";

fn create_bodies() -> Vec<(String, String)> {
    benches::bodies(codec_pds::examples::CREATE_FILE_RESPONSE, create_file_response_body)
}

fn complete_bodies() -> Vec<(String, String)> {
    benches::bodies(codec_pds::examples::COMPLETE_FILE_REQUEST, complete_file_request_body)
}

fn created(body: &str) -> CreateFileResponse<'_> {
    CreateFileResponse::decode(body.as_bytes()).unwrap()
}

fn completing(body: &str) -> CompleteFileRequest<'_> {
    CompleteFileRequest::decode(body.as_bytes()).unwrap()
}

fn floor(body: &str) -> usize {
    parser_floor(body.as_bytes()).map(|_| body.len()).unwrap()
}

fn decode(c: &mut Criterion) {
    race::decode(
        c,
        CREATE,
        &create_bodies(),
        &[
            ("codec-pds", &|body| created(body).parts().len()),
            ("codec-pds+normalize", &|body| created(body).normalize().unwrap().upload_urls.len()),
            ("serde-json-serde-owned", &|body| {
                let owned = decode_create_file_owned(body.as_bytes()).unwrap();
                owned.part_info_list.map_or(0, |parts| parts.len())
            }),
            ("serde-json-ignored-floor", &floor),
        ],
    );
    race::decode(
        c,
        COMPLETE,
        &complete_bodies(),
        &[
            ("codec-pds", &|body| completing(body).parts().len()),
            ("codec-pds+normalize", &|body| completing(body).normalize().unwrap().parts.len()),
            ("serde-json-serde-owned", &|body| {
                let owned = decode_complete_file_owned(body.as_bytes()).unwrap();
                owned.part_info_list.map_or(0, |parts| parts.len())
            }),
            ("serde-json-ignored-floor", &floor),
        ],
    );
}

fn encode(c: &mut Criterion) {
    race::encode(
        c,
        COMPLETE,
        &complete_bodies(),
        &[
            ("codec-pds", &|body| {
                let value = completing(body);
                Box::new(move || value.encode().unwrap().len())
            }),
            ("serde-json-serde-owned", &|body| {
                let value = decode_complete_file_owned(body.as_bytes()).unwrap();
                Box::new(move || encode_complete_file_owned(&value).unwrap().len())
            }),
        ],
    );
}

criterion_group! { name = benches; config = benches::criterion_config(); targets = decode, encode }
criterion_main!(benches);
