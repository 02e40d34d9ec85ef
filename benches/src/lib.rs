//! What the benches race against, and the bodies they race on.
//!
//! - [`cos`]: COS List Parts bodies of any size in the shape of the documented example,
//!   and "the usual approach" an SDK would take: `quick_xml::de` into owned `String`
//!   structs, and `quick_xml::se` back;
//! - [`json_reader`]: `codec-core`'s JSON pull reader against serde_json, on a
//!   PDS-shaped body.
#![forbid(unsafe_code)]

pub mod cos;
pub mod cos_uploads;
pub mod json_reader;
pub mod pds;
pub mod pds_workflow;
pub mod qingstor;
pub mod qingstor_workflow;
pub mod race;
pub mod ufile;
pub mod ufile_workflow;

/// The workspace README's Rust example, compiled as a doc test so it cannot rot (here,
/// in a crate that is not published, since the README lies outside every crate).
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
pub struct ReadmeDoctests;

/// The generated page sizes every decode and encode bench runs on, beside the documented
/// example: enough points to see whether the cost per part stays flat.
pub const PART_COUNTS: [usize; 4] = [3, 100, 1_000, 10_000];

/// The bodies a vendor's benches race on, named as the groups name them: the documented
/// example (`doc-example`), then `generate(n)` for each of [`PART_COUNTS`] (`N-parts`).
pub fn bodies(doc_example: &str, generate: impl Fn(usize) -> String) -> Vec<(String, String)> {
    let mut bodies = vec![("doc-example".to_owned(), doc_example.to_owned())];
    bodies.extend(PART_COUNTS.iter().map(|&parts| (format!("{parts}-parts"), generate(parts))));
    bodies
}

/// The criterion settings every bench file uses: enough samples for stable ratios on a
/// 2-core machine, short enough that a full run takes a few minutes.
pub fn criterion_config() -> criterion::Criterion {
    criterion::Criterion::default()
        .sample_size(30)
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2))
}
