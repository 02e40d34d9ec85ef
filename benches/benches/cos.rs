//! COS List Parts: our decoder against the usual approach (quick-xml serde into owned
//! structs) and the parser floor (quick-xml's raw event loop), on the documented
//! example and on generated pages of 3 to 10,000 parts ([`benches::PART_COUNTS`]); the same for encoding;
//! and the cost of the normalized conversion.

use std::hint::black_box;

use benches::cos::{decode_owned, encode_owned, list_parts_body, parser_floor};
use codec_core::{Decode, Encode, Normalize};
use codec_cos::ListPartsResult;
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn bodies() -> Vec<(String, String)> {
    benches::bodies(codec_cos::examples::LIST_PARTS_RESPONSE, list_parts_body)
}

fn decode(c: &mut Criterion) {
    for (name, body) in bodies() {
        let mut group = c.benchmark_group(format!("cos-list-parts-decode/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_function(BenchmarkId::new("codec-cos", &name), |b| {
            b.iter(|| ListPartsResult::decode(black_box(body.as_bytes())).unwrap())
        });
        group.bench_function(BenchmarkId::new("codec-cos+normalize", &name), |b| {
            b.iter(|| {
                let decoded = ListPartsResult::decode(black_box(body.as_bytes())).unwrap();
                black_box(decoded.normalize().unwrap().parts.len())
            })
        });
        group.bench_function(BenchmarkId::new("quick-xml-serde-owned", &name), |b| {
            b.iter(|| decode_owned(black_box(&body)).unwrap())
        });
        group.bench_function(BenchmarkId::new("quick-xml-reader-floor", &name), |b| {
            b.iter(|| parser_floor(black_box(&body)).unwrap())
        });
        group.finish();
    }
}

fn encode(c: &mut Criterion) {
    for (name, body) in bodies() {
        let ours = ListPartsResult::decode(body.as_bytes()).unwrap();
        let owned = decode_owned(&body).unwrap();
        let mut group = c.benchmark_group(format!("cos-list-parts-encode/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_function(BenchmarkId::new("codec-cos", &name), |b| {
            b.iter(|| black_box(&ours).encode().unwrap())
        });
        group.bench_function(BenchmarkId::new("quick-xml-serde-owned", &name), |b| {
            b.iter(|| encode_owned(black_box(&owned)).unwrap())
        });
        group.finish();
    }
}

criterion_group! { name = benches; config = benches::criterion_config(); targets = decode, encode }
criterion_main!(benches);
