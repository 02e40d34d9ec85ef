//! The shape every vendor's bench file shares: for each body, one criterion group per
//! direction in which the competitors race, with `Throughput::Bytes` of the body.

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, Throughput};

/// A decoding competitor: its name in the report and what it runs on a body (the
/// result is only kept from the optimizer).
pub type Decoder<'f> = (&'static str, &'f dyn Fn(&str) -> usize);

/// An encoding competitor: its name, and for a body, a closure that encodes the value
/// decoded from it once beforehand (so only the encoding is timed).
pub type Encoder<'f> =
    (&'static str, &'f dyn for<'b> Fn(&'b str) -> Box<dyn FnMut() -> usize + 'b>);

/// Groups `<operation>-decode/<body>`: every decoder on every body.
pub fn decode(
    c: &mut Criterion,
    operation: &str,
    bodies: &[(String, String)],
    racers: &[Decoder<'_>],
) {
    for (name, body) in bodies {
        let mut group = c.benchmark_group(format!("{operation}-decode/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        for (racer, run) in racers {
            group.bench_function(BenchmarkId::new(*racer, name), |b| {
                b.iter(|| run(black_box(body)))
            });
        }
        group.finish();
    }
}

/// Groups `<operation>-encode/<body>`: every encoder on the value decoded from every
/// body, throughput counted in the body's bytes.
pub fn encode(
    c: &mut Criterion,
    operation: &str,
    bodies: &[(String, String)],
    racers: &[Encoder<'_>],
) {
    for (name, body) in bodies {
        let mut group = c.benchmark_group(format!("{operation}-encode/{name}"));
        group.throughput(Throughput::Bytes(body.len() as u64));
        for (racer, prepare) in racers {
            let mut run = prepare(body);
            group.bench_function(BenchmarkId::new(*racer, name), |b| b.iter(|| black_box(run())));
        }
        group.finish();
    }
}
