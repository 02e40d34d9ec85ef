//! qingstor decoders and encoders against the usual approach (work in progress).

use criterion::{Criterion, criterion_group, criterion_main};

fn placeholder(_c: &mut Criterion) {}

criterion_group! { name = benches; config = benches::criterion_config(); targets = placeholder }
criterion_main!(benches);
