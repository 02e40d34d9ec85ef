//! qingstor workflow benches (being written).
fn main() {}
