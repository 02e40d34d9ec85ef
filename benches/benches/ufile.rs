//! UFile GetMultiUploadPart and GetMultiUploadId: our decoders against the usual
//! approach (serde_json into owned structs) and the parser floor (serde_json into
//! `IgnoredAny`), on the documented examples and on generated pages of 1,000 and
//! 10,000 items in the documented shape; the same for encoding; and the cost of the
//! normalized conversion.

use std::hint::black_box;

use benches::ufile::{
    OwnedGetMultiUploadId, OwnedGetMultiUploadPart, get_multi_upload_id_body,
    get_multi_upload_part_body,
};
use codec_core::{Decode, Encode, Normalize};
use codec_ufile::{GetMultiUploadIdResponse, GetMultiUploadPartResponse};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn bodies(example: &str, page: fn(usize) -> String) -> Vec<(String, String)> {
    vec![
        ("doc-example".to_owned(), example.to_owned()),
        ("1000-parts".to_owned(), page(1_000)),
        ("10000-parts".to_owned(), page(10_000)),
    ]
}

fn part_bodies() -> Vec<(String, String)> {
    bodies(codec_ufile::examples::GET_MULTI_UPLOAD_PART_RESPONSE, get_multi_upload_part_body)
}

fn id_bodies() -> Vec<(String, String)> {
    bodies(codec_ufile::examples::GET_MULTI_UPLOAD_ID_RESPONSE, get_multi_upload_id_body)
}

fn decode(c: &mut Criterion) {
    for (name, body) in part_bodies() {
        let mut group = c.benchmark_group(format!("ufile-get-multi-upload-part-decode/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_function(BenchmarkId::new("codec-ufile", &name), |b| {
            b.iter(|| GetMultiUploadPartResponse::decode(black_box(body.as_bytes())).unwrap())
        });
        group.bench_function(BenchmarkId::new("codec-ufile+normalize", &name), |b| {
            b.iter(|| {
                let decoded =
                    GetMultiUploadPartResponse::decode(black_box(body.as_bytes())).unwrap();
                black_box(decoded.normalize().unwrap().parts.len())
            })
        });
        group.bench_function(BenchmarkId::new("serde-json-serde-owned", &name), |b| {
            b.iter(|| {
                serde_json::from_slice::<OwnedGetMultiUploadPart>(black_box(body.as_bytes()))
                    .unwrap()
            })
        });
        group.bench_function(BenchmarkId::new("serde-json-ignored-floor", &name), |b| {
            b.iter(|| {
                serde_json::from_slice::<serde::de::IgnoredAny>(black_box(body.as_bytes())).unwrap()
            })
        });
        group.finish();
    }
    for (name, body) in id_bodies() {
        let mut group = c.benchmark_group(format!("ufile-get-multi-upload-id-decode/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_function(BenchmarkId::new("codec-ufile", &name), |b| {
            b.iter(|| GetMultiUploadIdResponse::decode(black_box(body.as_bytes())).unwrap())
        });
        group.bench_function(BenchmarkId::new("codec-ufile+normalize", &name), |b| {
            b.iter(|| {
                let decoded = GetMultiUploadIdResponse::decode(black_box(body.as_bytes())).unwrap();
                black_box(decoded.normalize().unwrap().uploads.len())
            })
        });
        group.bench_function(BenchmarkId::new("serde-json-serde-owned", &name), |b| {
            b.iter(|| {
                serde_json::from_slice::<OwnedGetMultiUploadId>(black_box(body.as_bytes())).unwrap()
            })
        });
        group.bench_function(BenchmarkId::new("serde-json-ignored-floor", &name), |b| {
            b.iter(|| {
                serde_json::from_slice::<serde::de::IgnoredAny>(black_box(body.as_bytes())).unwrap()
            })
        });
        group.finish();
    }
}

fn encode(c: &mut Criterion) {
    for (name, body) in part_bodies() {
        let ours = GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap();
        let owned: OwnedGetMultiUploadPart = serde_json::from_str(&body).unwrap();
        let mut group = c.benchmark_group(format!("ufile-get-multi-upload-part-encode/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_function(BenchmarkId::new("codec-ufile", &name), |b| {
            b.iter(|| black_box(&ours).encode().unwrap())
        });
        group.bench_function(BenchmarkId::new("serde-json-serde-owned", &name), |b| {
            b.iter(|| serde_json::to_vec(black_box(&owned)).unwrap())
        });
        group.finish();
    }
    for (name, body) in id_bodies() {
        let ours = GetMultiUploadIdResponse::decode(body.as_bytes()).unwrap();
        let owned: OwnedGetMultiUploadId = serde_json::from_str(&body).unwrap();
        let mut group = c.benchmark_group(format!("ufile-get-multi-upload-id-encode/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        group.bench_function(BenchmarkId::new("codec-ufile", &name), |b| {
            b.iter(|| black_box(&ours).encode().unwrap())
        });
        group.bench_function(BenchmarkId::new("serde-json-serde-owned", &name), |b| {
            b.iter(|| serde_json::to_vec(black_box(&owned)).unwrap())
        });
        group.finish();
    }
}

criterion_group! { name = benches; config = benches::criterion_config(); targets = decode, encode }
criterion_main!(benches);
