//! Allocations per decode, per body size, for every decoder, beside the usual approach:
//! `cargo run --release -p benches --example allocations --features count-allocations`
//!
//! Prints a Markdown table (the one in BENCHMARKS.md). The counting allocator replaces
//! the global allocator, so it lives behind a feature that the benches never enable.

use allocation_counter::measure;
use codec_core::{Decode, Normalize};

/// One row: what one call allocates, counted by `allocation-counter` on this thread.
struct Row {
    body: String,
    parts: usize,
    decode: u64,
    normalize: u64,
    usual: u64,
}

fn count(f: impl FnOnce()) -> u64 {
    measure(f).count_total
}

fn main() {
    let mut rows = Vec::new();
    for parts in benches::PART_COUNTS {
        let body = benches::cos::list_parts_body(parts);
        let decoded = codec_cos::ListPartsResult::decode(body.as_bytes()).unwrap();
        rows.push(Row {
            body: "cos list-parts".into(),
            parts,
            decode: count(|| drop(codec_cos::ListPartsResult::decode(body.as_bytes()).unwrap())),
            normalize: count(|| drop(decoded.normalize().unwrap())),
            usual: count(|| drop(benches::cos::decode_owned(&body).unwrap())),
        });
    }
    println!("| body | parts | decode | normalize | usual approach |");
    println!("|---|---:|---:|---:|---:|");
    for row in rows {
        println!(
            "| {} | {} | {} | {} | {} |",
            row.body, row.parts, row.decode, row.normalize, row.usual
        );
    }
}
