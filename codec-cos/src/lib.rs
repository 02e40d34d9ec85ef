//! Tencent COS.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
