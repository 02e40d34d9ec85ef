//! Decodes a 1,000-part COS body in a loop, for a profiler (`perf record`,
//! `valgrind --tool=callgrind`):
//! `cargo run --release -p benches --example profile_cos -- [ROUNDS] [MODE]`, where MODE
//! is `ours` (decode, the default), `floor` (quick-xml's raw event loop), `serde` (the
//! owned-serde baseline), `reader` (the XML reader alone, building nothing) or `encode`
//! (one decode, then ten encodes).

use codec_core::Decode;

fn main() {
    let body = benches::cos::list_parts_body(1_000);
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(2_000);
    let which = args.next().unwrap_or_else(|| "ours".to_owned());
    let mut total = 0;
    for _ in 0..rounds {
        let input = std::hint::black_box(body.as_str());
        total += match which.as_str() {
            "floor" => benches::cos::parser_floor(input).expect("the body parses"),
            "serde" => benches::cos::decode_owned(input).expect("the body decodes").parts.len(),
            "reader" => reader_only(input),
            "normalize" => {
                use codec_core::Normalize;
                let decoded = codec_cos::ListPartsResult::decode(input.as_bytes()).unwrap();
                (0..10).map(|_| decoded.normalize().unwrap().parts.len()).sum()
            }
            "encode" => {
                use codec_core::Encode;
                let decoded = codec_cos::ListPartsResult::decode(input.as_bytes()).unwrap();
                let mut out = 0;
                for _ in 0..10 {
                    out += decoded.encode().unwrap().len();
                }
                out
            }
            _ => codec_cos::ListPartsResult::decode(input.as_bytes())
                .expect("the body decodes")
                .parts
                .len(),
        };
    }
    println!("{which}: {total}");
}

/// Walks the body with the XML reader alone, building nothing: the reader's own cost.
fn reader_only(body: &str) -> usize {
    use codec_core::xml::XmlReader;
    let limits = codec_core::Limits::default();
    let mut xml = XmlReader::new(body.as_bytes(), &limits).unwrap();
    let root = xml.root().unwrap();
    let mut count = 0;
    while let Some(child) = xml.next_child(&root).unwrap() {
        if child.name() == "Part" {
            while let Some(leaf) = xml.next_child(&child).unwrap() {
                count += xml.text(&leaf).unwrap().len();
            }
        } else {
            xml.skip(&child).unwrap();
        }
    }
    count
}
