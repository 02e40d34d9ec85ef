//! qingstor workflow bench bodies and baselines (being written).
