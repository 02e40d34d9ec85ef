//! Shared vocabulary of the multipart-listing codecs.
//!
//! Every vendor crate (`codec-cos`, and the others as they land) builds on this crate:
//!
//! - [`Error`]: the one error type of every decoder and encoder, with a category
//!   ([`ErrorKind`]), the vendor and operation, the byte offset and the field path;
//! - [`model`]: the vendor-neutral model ([`PartsPage`], [`Part`], [`UploadsPage`],
//!   [`ServiceError`]) that every vendor's responses convert into;
//! - [`timestamp`], [`etag`], [`number`], [`query`] and [`field`]: the helpers more than
//!   one vendor needs;
//! - [`Decode`], [`Encode`] and [`Normalize`]: the traits every wire type implements;
//! - [`Limits`]: the caller's bounds on input size, nesting depth and item count;
//! - [`listing`]: the one listing API of every vendor ([`ListRequest`](listing::ListRequest))
//!   and the loop over a transport you supply ([`list_all`](listing::list_all));
//! - [`collect`]: the part collector, what a resumed upload needs from a listing;
//! - [`sniff`]: what tells a proxy's HTML or plain-text page from a vendor's body;
//! - [`wire`](mod@wire): one declaration per wire type (`#[wire(json)]`, `#[wire(xml)]`)
//!   and the runtime its generated decoders and encoders call;
//! - [`wire_string!`]: string enums that keep the values they do not know;
//! - `xml` (feature `xml`): a scoped pull decoder on its own small tokenizer, for the XML vendors;
//! - `json` (feature `json`): serde_json decoding with byte offsets and field paths.
//!
//! # Features
//!
//! - `xml`: the `xml` module, a pull decoder, for vendor crates with XML bodies;
//! - `json`: the `json` module, decoding helpers (serde_json), for vendor crates with JSON
//!   bodies;
//! - `schema`: `schemars::JsonSchema` on the vendor-neutral model, and the `schema`
//!   module of helpers for the vendor crates' derives;
//! - `arbitrary`: `arbitrary::Arbitrary` for [`ETag`], the `generate` module of
//!   generators for the vendor crates' derives (structured fuzzing), and the checks the
//!   fuzz targets and round-trip tests share (`assert_round_trip!`,
//!   `assert_normalizes_or_names_field!`).
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod codec;
pub mod collect;
mod error;
pub mod etag;
pub mod field;
#[cfg(feature = "arbitrary")]
pub mod generate;
#[cfg(feature = "json")]
pub mod json;
mod limits;
pub mod listing;
pub mod model;
pub mod number;
pub mod query;
#[cfg(feature = "schema")]
pub mod schema;
pub mod sniff;
pub mod timestamp;
pub mod wire;
mod wire_string;
#[cfg(feature = "xml")]
pub mod xml;

pub use codec::{Codec, Decode, Encode, Normalize};
/// Declares a wire type: see the [`wire`](mod@wire) module.
pub use codec_derive::wire;
pub use error::{Error, ErrorKind, Result, ServiceBody};
pub use etag::ETag;
pub use limits::Limits;
pub use model::{
    CompletePart, CompleteRequest, CompletedUpload, InitiatedUpload, Part, PartsPage, ServiceError,
    Timestamp, Upload, UploadUrl, UploadsPage, Vendor,
};
