//! ufile workflow benches (being written).
fn main() {}
