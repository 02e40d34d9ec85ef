//! QingStor List Multipart: our decoder against the usual approach (serde_json into
//! owned structs) and the parser floor (serde_json into `IgnoredAny`), on the
//! documented example and on generated pages of 1,000 and 10,000 parts; the same for
//! encoding; and the cost of the normalized conversion.

use std::hint::black_box;

use benches::qingstor::{decode_owned, encode_owned, list_multipart_body, parser_floor};
use codec_core::{Decode, Encode, Normalize};
use codec_qingstor::ListMultipartResponse;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn bodies() -> Vec<(String, String)> {
    vec![
        ("doc-example".to_owned(), codec_qingstor::examples::LIST_MULTIPART_RESPONSE.to_owned()),
        ("1000-parts".to_owned(), list_multipart_body(1_000)),
        ("10000-parts".to_owned(), list_multipart_body(10_000)),
    ]
}

fn decode(c: &mut Criterion) {
    for (name, body) in bodies() {
        let body = body.as_bytes();
        let mut group = c.benchmark_group(format!("qingstor-list-multipart-decode/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_function(BenchmarkId::new("codec-qingstor", &name), |b| {
            b.iter(|| ListMultipartResponse::decode(black_box(body)).unwrap())
        });
        group.bench_function(BenchmarkId::new("codec-qingstor+normalize", &name), |b| {
            b.iter(|| {
                let decoded = ListMultipartResponse::decode(black_box(body)).unwrap();
                black_box(decoded.normalize().unwrap().parts.len())
            })
        });
        group.bench_function(BenchmarkId::new("serde-json-serde-owned", &name), |b| {
            b.iter(|| decode_owned(black_box(body)).unwrap())
        });
        group.bench_function(BenchmarkId::new("serde-json-ignored-floor", &name), |b| {
            b.iter(|| parser_floor(black_box(body)).unwrap())
        });
        group.finish();
    }
}

fn encode(c: &mut Criterion) {
    for (name, body) in bodies() {
        let ours = ListMultipartResponse::decode(body.as_bytes()).unwrap();
        let owned = decode_owned(body.as_bytes()).unwrap();
        let mut group = c.benchmark_group(format!("qingstor-list-multipart-encode/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_function(BenchmarkId::new("codec-qingstor", &name), |b| {
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
