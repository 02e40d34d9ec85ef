//! PDS `list_uploaded_parts`: our decoder against the usual approach (serde_json into
//! owned structs) and the parser floor (serde_json into `IgnoredAny`), on the documented
//! example and on generated pages of 1,000 and 10,000 parts; the same for encoding
//! (ours against `serde_json::to_vec` of the owned structs); and the cost of the
//! normalized conversion.

use std::hint::black_box;

use benches::pds::{decode_owned, encode_owned, list_uploaded_parts_body, parser_floor};
use codec_core::{Decode, Encode, Normalize};
use codec_pds::ListUploadedPartsResponse;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn bodies() -> Vec<(String, String)> {
    vec![
        ("doc-example".to_owned(), codec_pds::examples::LIST_UPLOADED_PARTS_RESPONSE.to_owned()),
        ("1000-parts".to_owned(), list_uploaded_parts_body(1_000)),
        ("10000-parts".to_owned(), list_uploaded_parts_body(10_000)),
    ]
}

fn decode(c: &mut Criterion) {
    for (name, body) in bodies() {
        let mut group = c.benchmark_group(format!("pds-list-uploaded-parts-decode/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_function(BenchmarkId::new("codec-pds", &name), |b| {
            b.iter(|| ListUploadedPartsResponse::decode(black_box(body.as_bytes())).unwrap())
        });
        group.bench_function(BenchmarkId::new("codec-pds+normalize", &name), |b| {
            b.iter(|| {
                let decoded =
                    ListUploadedPartsResponse::decode(black_box(body.as_bytes())).unwrap();
                black_box(decoded.normalize().unwrap().parts.len())
            })
        });
        group.bench_function(BenchmarkId::new("serde-json-serde-owned", &name), |b| {
            b.iter(|| decode_owned(black_box(body.as_bytes())).unwrap())
        });
        group.bench_function(BenchmarkId::new("serde-json-ignored-floor", &name), |b| {
            b.iter(|| parser_floor(black_box(body.as_bytes())).unwrap())
        });
        group.finish();
    }
}

fn encode(c: &mut Criterion) {
    for (name, body) in bodies() {
        let ours = ListUploadedPartsResponse::decode(body.as_bytes()).unwrap();
        let owned = decode_owned(body.as_bytes()).unwrap();
        let mut group = c.benchmark_group(format!("pds-list-uploaded-parts-encode/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_function(BenchmarkId::new("codec-pds", &name), |b| {
            b.iter(|| black_box(&ours).encode().unwrap())
        });
        group.bench_function(BenchmarkId::new("serde-json-serde-owned", &name), |b| {
            b.iter(|| encode_owned(black_box(&owned)).unwrap())
        });
        group.finish();
    }
}

criterion_group! { name = benches; config = benches::criterion_config(); targets = decode, encode }
criterion_main!(benches);
