//! Test support shared by the vendor crates.
//!
//! - [`golden`]: the golden suite, [`golden_ok!`] and [`golden_err!`] (macros, so that
//!   insta names each snapshot after the test that expands them) and their helpers;
//! - [`allocations`]: counting allocations, the growth of a vector, and the "no
//!   allocation per item" check every vendor's `tests/allocations.rs` makes;
//! - [`hostile`]: one table of adversarial inputs, generated from a fixture, that every
//!   decoder of every vendor faces, and a runner that reports every case that does not
//!   meet its expectation.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod allocations;
pub mod golden;
pub mod hostile;

/// Re-exported for the macros, so that a test crate needs no dependency of its own.
pub use codec_core;
/// Re-exported for the macros, so that a test crate needs no dependency of its own.
pub use insta;
/// Re-exported for the macros, so that a test crate needs no dependency of its own.
pub use serde_json;
