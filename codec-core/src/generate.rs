//! Generators for `arbitrary::Arbitrary` derives (feature `arbitrary`): the vendor
//! crates name them in `#[arbitrary(with = …)]` on fields whose decoder enforces a
//! range or a shape, so that every generated value encodes and decodes to itself.
//!
//! ```
//! use arbitrary::Unstructured;
//! use codec_core::generate;
//!
//! let mut u = Unstructured::new(&[0xff; 16]);
//! let number = generate::u32_in::<1, 10_000>(&mut u)?;
//! assert!((1..=10_000).contains(&number));
//! # Ok::<(), arbitrary::Error>(())
//! ```

use std::borrow::Cow;

use arbitrary::{Arbitrary, Result, Unstructured};

use crate::ETag;
#[cfg(feature = "xml")]
use crate::xml::ControlChars;

/// A `u32` in `MIN..=MAX`.
pub fn u32_in<const MIN: u32, const MAX: u32>(u: &mut Unstructured<'_>) -> Result<u32> {
    u.int_in_range(MIN..=MAX)
}

/// `None`, or a `u32` in `MIN..=MAX`.
pub fn opt_u32_in<const MIN: u32, const MAX: u32>(u: &mut Unstructured<'_>) -> Result<Option<u32>> {
    if bool::arbitrary(u)? { u32_in::<MIN, MAX>(u).map(Some) } else { Ok(None) }
}

/// `None`, or a text that is not empty (an empty query parameter reads as absent).
pub fn opt_non_empty_text<'a>(u: &mut Unstructured<'a>) -> Result<Option<Cow<'a, str>>> {
    if !bool::arbitrary(u)? {
        return Ok(None);
    }
    let text = <&'a str>::arbitrary(u)?;
    Ok(Some(Cow::Borrowed(if text.is_empty() { "a" } else { text })))
}

/// Text XML 1.0 can carry (feature `xml`): an arbitrary text cut before its first character that XML
/// cannot carry ([`crate::xml::is_xml_char`]), so it stays borrowed and every generated
/// value of an XML vendor encodes.
#[cfg(feature = "xml")]
pub fn xml_text<'a>(u: &mut Unstructured<'a>) -> Result<Cow<'a, str>> {
    xml_text_with(u, ControlChars::Refuse)
}

/// `None`, or [`xml_text`].
#[cfg(feature = "xml")]
pub fn opt_xml_text<'a>(u: &mut Unstructured<'a>) -> Result<Option<Cow<'a, str>>> {
    opt_xml_text_with(u, ControlChars::Refuse)
}

/// `None`, or a string type (such as a `wire_string!` type) read from [`xml_text`].
#[cfg(feature = "xml")]
pub fn opt_xml_wire<'a, T: From<&'a str>>(u: &mut Unstructured<'a>) -> Result<Option<T>> {
    opt_xml_wire_with(u, ControlChars::Refuse)
}

/// `None`, or an ETag read from [`xml_text`] through [`ETag::from_wire`].
#[cfg(feature = "xml")]
pub fn opt_xml_etag<'a>(u: &mut Unstructured<'a>) -> Result<Option<ETag<'a>>> {
    opt_xml_etag_with(u, ControlChars::Refuse)
}

/// Text XML can carry when its control characters are refused or kept as `controls`
/// says (feature `xml`): an arbitrary text cut before its first character that
/// [`ControlChars::allows`] refuses. With [`ControlChars::Keep`], U+0001 to U+001F come
/// too, for the types whose codec keeps them (`#[wire(xml, keep_control_chars)]`).
///
/// ```
/// use arbitrary::Unstructured;
/// use codec_core::generate::xml_text_with;
/// use codec_core::xml::ControlChars;
///
/// // `&str`'s `Arbitrary` takes the length from the end, the text from the start.
/// let bytes = b"a\x07b\0c\x03";
/// assert_eq!(xml_text_with(&mut Unstructured::new(bytes), ControlChars::Keep)?, "a\u{7}b");
/// assert_eq!(xml_text_with(&mut Unstructured::new(bytes), ControlChars::Refuse)?, "a");
/// # Ok::<(), arbitrary::Error>(())
/// ```
#[cfg(feature = "xml")]
pub fn xml_text_with<'a>(u: &mut Unstructured<'a>, controls: ControlChars) -> Result<Cow<'a, str>> {
    xml_str(u, controls).map(Cow::Borrowed)
}

/// `None`, or [`xml_text_with`].
#[cfg(feature = "xml")]
pub fn opt_xml_text_with<'a>(
    u: &mut Unstructured<'a>,
    controls: ControlChars,
) -> Result<Option<Cow<'a, str>>> {
    opt_xml(u, controls, Cow::Borrowed)
}

/// `None`, or a string type read from [`xml_text_with`].
#[cfg(feature = "xml")]
pub fn opt_xml_wire_with<'a, T: From<&'a str>>(
    u: &mut Unstructured<'a>,
    controls: ControlChars,
) -> Result<Option<T>> {
    opt_xml(u, controls, T::from)
}

/// `None`, or an ETag read from [`xml_text_with`] through [`ETag::from_wire`].
#[cfg(feature = "xml")]
pub fn opt_xml_etag_with<'a>(
    u: &mut Unstructured<'a>,
    controls: ControlChars,
) -> Result<Option<ETag<'a>>> {
    opt_xml(u, controls, ETag::from_wire)
}

#[cfg(feature = "xml")]
fn opt_xml<'a, T>(
    u: &mut Unstructured<'a>,
    controls: ControlChars,
    make: impl FnOnce(&'a str) -> T,
) -> Result<Option<T>> {
    if bool::arbitrary(u)? { xml_str(u, controls).map(|text| Some(make(text))) } else { Ok(None) }
}

#[cfg(feature = "xml")]
fn xml_str<'a>(u: &mut Unstructured<'a>, controls: ControlChars) -> Result<&'a str> {
    let text = <&'a str>::arbitrary(u)?;
    let end = text.find(|c| !controls.allows(c)).unwrap_or(text.len());
    Ok(&text[..end])
}

/// ETags come from an arbitrary wire text through [`ETag::from_wire`], so quoted or
/// bare is what a decoder would read (a bare value that looks quoted cannot be sent).
impl<'a> Arbitrary<'a> for ETag<'a> {
    fn arbitrary(u: &mut Unstructured<'a>) -> Result<Self> {
        Ok(ETag::from_wire(<&'a str>::arbitrary(u)?))
    }

    fn size_hint(depth: usize) -> (usize, Option<usize>) {
        <&'a str>::size_hint(depth)
    }
}

/// Asserts the round trip every value of a wire type must make: `$value` encodes, and
/// the bytes decode as `$ty` to an equal value. The fuzz targets (raw-bytes and
/// structured) and the vendor crates' property tests check it through this one
/// macro. It is a macro because `$ty` borrows from the bytes it decodes, which a
/// generic function could only say with higher-ranked bounds on every trait.
///
/// # Panics
///
/// When encoding fails, decoding fails, or the decoded value differs; the message
/// holds the value and the encoded text.
///
/// ```
/// # #[derive(Debug, PartialEq)]
/// # struct Text<'a>(&'a str);
/// # impl codec_core::Codec for Text<'_> {
/// #     const VENDOR: codec_core::Vendor = codec_core::Vendor::Cos;
/// #     const OPERATION: &'static str = "text";
/// # }
/// # impl codec_core::Encode for Text<'_> {
/// #     fn encode_inner(&self, out: &mut Vec<u8>) -> codec_core::Result<()> {
/// #         out.extend_from_slice(self.0.as_bytes());
/// #         Ok(())
/// #     }
/// # }
/// # impl<'a> codec_core::Decode<'a> for Text<'a> {
/// #     fn decode_inner(input: &'a [u8], _: &codec_core::Limits) -> codec_core::Result<Self> {
/// #         std::str::from_utf8(input).map(Text).map_err(|e| codec_core::Error::syntax(e.to_string()))
/// #     }
/// # }
/// codec_core::assert_round_trip!(Text<'_>, Text("a text"));
/// ```
#[macro_export]
macro_rules! assert_round_trip {
    ($ty:ty, $value:expr) => {{
        let value = &$value;
        let wire = $crate::Encode::encode(value)
            .unwrap_or_else(|e| panic!("the value does not encode: {e}\n{value:?}"));
        match <$ty as $crate::Decode>::decode(&wire) {
            Ok(again) => {
                assert_eq!(
                    &again,
                    value,
                    "decoded differently from\n{}",
                    String::from_utf8_lossy(&wire)
                )
            }
            Err(e) => panic!(
                "the encoded value does not decode: {e}\n{value:?}\n{}",
                String::from_utf8_lossy(&wire)
            ),
        }
    }};
}

/// Asserts that `$value` converts to the vendor-neutral model or fails with an error
/// that names the field it could not convert (no panic either way, which the caller's
/// harness sees).
///
/// # Panics
///
/// When the conversion fails with an error that has no field path.
#[macro_export]
macro_rules! assert_normalizes_or_names_field {
    ($value:expr) => {{
        use $crate::Normalize as _;
        // A method call, so that a value and a reference to one both work.
        if let Err(error) = $value.normalize() {
            assert!(error.path().is_some(), "a normalize error names no field: {error}");
        }
    }};
}
