//! `codec-core`'s JSON pull reader against serde_json on a PDS-shaped body of 1,000
//! parts: owned structs (the usual approach), `Cow` structs, and `IgnoredAny` (the
//! parser floor).

use std::hint::black_box;

use benches::json_reader::{Borrowed, Owned, pds_like_body, pull};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

fn decode(c: &mut Criterion) {
    let body = pds_like_body(1_000);
    let name = "1000-parts";
    let mut group = c.benchmark_group(format!("json-reader-pds-shape/{name}"));
    group.throughput(Throughput::Bytes(body.len() as u64));
    group.bench_function(BenchmarkId::new("codec-core-json-reader", name), |b| {
        b.iter(|| pull(black_box(body.as_bytes())).unwrap().len())
    });
    group.bench_function(BenchmarkId::new("serde-json-cow", name), |b| {
        b.iter(|| serde_json::from_slice::<Borrowed<'_>>(black_box(body.as_bytes())).unwrap())
    });
    group.bench_function(BenchmarkId::new("serde-json-serde-owned", name), |b| {
        b.iter(|| serde_json::from_slice::<Owned>(black_box(body.as_bytes())).unwrap())
    });
    group.bench_function(BenchmarkId::new("serde-json-ignored-floor", name), |b| {
        b.iter(|| {
            serde_json::from_slice::<serde::de::IgnoredAny>(black_box(body.as_bytes())).unwrap()
        })
    });
    group.finish();
}

criterion_group! { name = benches; config = benches::criterion_config(); targets = decode }
criterion_main!(benches);
