//! qingstor bodies and the usual approach the benches race against (work in progress).
