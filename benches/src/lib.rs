//! What the benches race against, and the bodies they race on.
//!
//! - [`cos`]: COS List Parts bodies of any size in the shape of the documented example,
//!   and "the usual approach" an SDK would take: `quick_xml::de` into owned `String`
//!   structs, and `quick_xml::se` back;
//! - [`json_reader`]: `codec-core`'s JSON pull reader against serde_json, on a
//!   PDS-shaped body.
#![forbid(unsafe_code)]

pub mod cos;
pub mod json_reader;
