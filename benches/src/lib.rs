//! What the benches race against, and the bodies they race on.
//!
//! - [`cos`]: COS List Parts bodies of any size in the shape of the documented example,
//!   and "the usual approach" an SDK would take: `quick_xml::de` into owned `String`
//!   structs, and `quick_xml::se` back;
//! - [`json_reader`]: `codec-core`'s JSON pull reader against serde_json, on a
//!   PDS-shaped body.
#![forbid(unsafe_code)]

pub mod cos;
pub mod json_reader;
pub mod pds;
pub mod qingstor;
pub mod ufile;

/// The criterion settings every bench file uses: enough samples for stable ratios on a
/// 2-core machine, short enough that a full run takes a few minutes.
pub fn criterion_config() -> criterion::Criterion {
    criterion::Criterion::default()
        .sample_size(30)
        .warm_up_time(std::time::Duration::from_millis(500))
        .measurement_time(std::time::Duration::from_secs(2))
}
