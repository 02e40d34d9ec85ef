//! Baselines for the benches.
