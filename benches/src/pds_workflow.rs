//! pds workflow bench bodies and baselines (being written).
