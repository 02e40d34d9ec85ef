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
///
/// # Decoding and normalizing in one expression
///
/// The model borrows from the decoded value, which borrows from the body, so the
/// zero-copy form takes two lines: the decoded value must outlive the page.
/// `let page = ListPartsResult::decode(&body)?.normalize()?;` does not compile
/// (E0716: the decoded value is a temporary dropped at the end of the statement). In
/// one expression, detach the page with `into_owned()`, which copies its strings:
///
/// ```
/// use codec_core::{Decode, Normalize, PartsPage};
/// # use codec_core::{Codec, Limits, Result, Vendor};
/// # #[derive(Default)] struct ListPartsResult;
/// # impl Codec for ListPartsResult { const VENDOR: Vendor = Vendor::Cos; const OPERATION: &'static str = "list-parts"; }
/// # impl<'a> Decode<'a> for ListPartsResult { fn decode_inner(_: &'a [u8], _: &Limits) -> Result<Self> { Ok(Self) } }
/// # impl Normalize for ListPartsResult {
/// #     type Model<'m> = PartsPage<'m>;
/// #     fn normalize_inner(&self) -> Result<PartsPage<'_>> {
/// #         Ok(PartsPage { vendor: Vendor::Cos, upload_id: None, key: None, parts: vec![], next_marker: None, truncated: None })
/// #     }
/// # }
/// # let body = b"<ListPartsResult/>".to_vec();
/// // Zero-copy: two lines.
/// let response = ListPartsResult::decode(&body)?;
/// let page = response.normalize()?;
/// # let _ = page;
/// // One expression: an owned page.
/// let page: PartsPage<'static> = ListPartsResult::decode(&body)?.normalize()?.into_owned();
/// # let _ = page;
/// # Ok::<(), codec_core::Error>(())
/// ```
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
