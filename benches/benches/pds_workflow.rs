//! pds workflow benches (being written).
fn main() {}
