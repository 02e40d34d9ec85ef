//! Reads a 1,000-part PDS-shaped body with the JSON pull reader in a loop, for a
//! profiler: `cargo run --release -p benches --example profile_json -- [ROUNDS]`.

fn main() {
    let body = benches::json_reader::pds_like_body(1_000);
    let rounds: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(3_000);
    let mut parts = 0;
    for _ in 0..rounds {
        parts += benches::json_reader::pull(std::hint::black_box(body.as_bytes()))
            .expect("the body reads")
            .len();
    }
    println!("{parts} parts read");
}
