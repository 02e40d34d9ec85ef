//! Test support shared by the vendor crates.
//!
//! - [`golden`]: the golden suite, [`golden_ok!`] and [`golden_err!`] (macros, so that
//!   insta names each snapshot after the test that expands them) and their helpers;
//! - [`allocations`]: counting allocations, the growth of a vector, and the "no
//!   allocation per item" check every vendor's `tests/allocations.rs` makes;
//! - [`hostile`]: one table of adversarial inputs, generated from a fixture, that every
//!   decoder of every vendor faces, and a runner that reports every case that does not
//!   meet its expectation;
//! - [`generated`]: [`round_trips!`], values generated with `arbitrary` that must
//!   round-trip (the stable-side twin of the structured fuzz targets).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod allocations;
pub mod generated;
pub mod golden;
pub mod hostile;

/// Every file of the folder `folder` under `{manifest_dir}/fixtures`, sorted by path:
/// its path and its bytes. Call it as `fixtures(env!("CARGO_MANIFEST_DIR"), "ok/error")`.
pub fn fixtures(manifest_dir: &str, folder: &str) -> Vec<(String, Vec<u8>)> {
    let dir = std::path::Path::new(manifest_dir).join("fixtures").join(folder);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            let path = entry.unwrap().path();
            (path.display().to_string(), std::fs::read(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// Panics unless the error's `Display` is one line that starts with `prefix` (the
/// vendor and operation, e.g. `"ufile get-multi-upload-part: "`).
#[track_caller]
pub fn assert_one_line(error: &codec_core::Error, prefix: &str) {
    let line = error.to_string();
    assert!(!line.contains('\n'), "{line}");
    assert!(line.starts_with(prefix), "{line}");
}

/// Re-exported for the macros, so that a test crate needs no dependency of its own.
pub use codec_core;
/// Re-exported for the macros, so that a test crate needs no dependency of its own.
pub use insta;
/// Re-exported for the macros, so that a test crate needs no dependency of its own.
pub use serde_json;
