//! The traits every wire type of every vendor implements.

use serde::Serialize;

use crate::{Limits, Result};

/// Decodes a value from its wire form, borrowing from the input where it can.
///
/// Responses and error bodies decode from the body's bytes; query-string requests
/// decode from the request target (`/key?uploadId=…`, `?uploadId=…` or just the query).
pub trait Decode<'a>: Sized {
    /// Decodes `input` within `limits`.
    fn decode_with(input: &'a [u8], limits: &Limits) -> Result<Self>;

    /// Decodes `input` within the default [`Limits`].
    fn decode(input: &'a [u8]) -> Result<Self> {
        Self::decode_with(input, &Limits::default())
    }
}

/// Encodes a value to its wire form.
pub trait Encode {
    /// Appends the wire form of `self` to `out`.
    fn encode_into(&self, out: &mut Vec<u8>) -> Result<()>;

    /// The wire form of `self`.
    fn encode(&self) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        self.encode_into(&mut out)?;
        Ok(out)
    }
}

/// Converts a vendor value into the vendor-neutral [`model`](crate::model).
pub trait Normalize {
    /// The vendor-neutral type: [`PartsPage`](crate::PartsPage),
    /// [`UploadsPage`](crate::UploadsPage) or [`ServiceError`](crate::ServiceError).
    type Model<'m>: Serialize
    where
        Self: 'm;

    /// The vendor-neutral view of `self`, borrowing from it.
    ///
    /// Fails when a field the model interprets (a date, a percent-encoded key) cannot be
    /// interpreted; the error names the field.
    fn normalize(&self) -> Result<Self::Model<'_>>;
}
