//! Test support shared by the vendor crates (work in progress).
#![forbid(unsafe_code)]
