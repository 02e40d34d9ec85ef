//! The traits every wire type of every vendor implements.

use serde::Serialize;

use crate::{Limits, Result, Vendor};

/// The vendor and operation a wire type belongs to, stated once per type: the codec
/// traits name them in every error ([`Error::vendor`](crate::Error::vendor) and
/// [`Error::operation`](crate::Error::operation)).
pub trait Codec {
    /// The vendor.
    const VENDOR: Vendor;
    /// The operation, as the `codec` command spells it (`list-parts`, `error`, …).
    const OPERATION: &'static str;
}

/// Decodes a value from its wire form, borrowing from the input where it can.
///
/// Responses and error bodies decode from the body's bytes; query-string requests
/// decode from the request target (`/key?uploadId=…`, `?uploadId=…` or just the query).
///
/// A type implements [`decode_inner`](Self::decode_inner); callers use
/// [`decode`](Self::decode) or [`decode_with`](Self::decode_with), whose errors name
/// the vendor and operation.
pub trait Decode<'a>: Codec + Sized {
    /// Decodes `input` within `limits`; errors need not name the vendor or operation.
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self>;

    /// Decodes `input` within `limits`.
    #[inline]
    fn decode_with(input: &'a [u8], limits: &Limits) -> Result<Self> {
        Self::decode_inner(input, limits).map_err(|e| e.with_context(Self::VENDOR, Self::OPERATION))
    }

    /// Decodes `input` within the default [`Limits`].
    #[inline]
    fn decode(input: &'a [u8]) -> Result<Self> {
        Self::decode_with(input, &Limits::default())
    }
}

/// Encodes a value to its wire form.
///
/// A type implements [`encode_inner`](Self::encode_inner); callers use
/// [`encode`](Self::encode) or [`encode_into`](Self::encode_into).
pub trait Encode: Codec {
    /// Appends the wire form of `self` to `out`; errors need not name the vendor or
    /// operation.
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()>;

    /// Appends the wire form of `self` to `out`; on error `out` is left as it was.
    #[inline]
    fn encode_into(&self, out: &mut Vec<u8>) -> Result<()> {
        let start = out.len();
        self.encode_inner(out).map_err(|e| {
            out.truncate(start);
            e.with_context(Self::VENDOR, Self::OPERATION)
        })
    }

    /// The wire form of `self`.
    fn encode(&self) -> Result<Vec<u8>> {
        let mut out = Vec::new();
        self.encode_into(&mut out)?;
        Ok(out)
    }
}

/// Converts a vendor value into the vendor-neutral [`model`](crate::model).
///
/// A type implements [`normalize_inner`](Self::normalize_inner); callers use
/// [`normalize`](Self::normalize).
pub trait Normalize: Codec {
    /// The vendor-neutral type: [`PartsPage`](crate::PartsPage),
    /// [`UploadsPage`](crate::UploadsPage) or [`ServiceError`](crate::ServiceError).
    type Model<'m>: Serialize
    where
        Self: 'm;

    /// The vendor-neutral view of `self`; errors need not name the vendor or operation.
    fn normalize_inner(&self) -> Result<Self::Model<'_>>;

    /// The vendor-neutral view of `self`, borrowing from it.
    ///
    /// Fails when a field the model interprets (a date, a percent-encoded key) cannot be
    /// interpreted; the error names the field.
    #[inline]
    fn normalize(&self) -> Result<Self::Model<'_>> {
        self.normalize_inner().map_err(|e| e.with_context(Self::VENDOR, Self::OPERATION))
    }
}
