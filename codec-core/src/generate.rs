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
    xml_str(u).map(Cow::Borrowed)
}

/// `None`, or [`xml_text`].
#[cfg(feature = "xml")]
pub fn opt_xml_text<'a>(u: &mut Unstructured<'a>) -> Result<Option<Cow<'a, str>>> {
    opt_xml(u, Cow::Borrowed)
}

/// `None`, or a string type (such as a `wire_string!` type) read from [`xml_text`].
#[cfg(feature = "xml")]
pub fn opt_xml_wire<'a, T: From<&'a str>>(u: &mut Unstructured<'a>) -> Result<Option<T>> {
    opt_xml(u, T::from)
}

/// `None`, or an ETag read from [`xml_text`] through [`ETag::from_wire`].
#[cfg(feature = "xml")]
pub fn opt_xml_etag<'a>(u: &mut Unstructured<'a>) -> Result<Option<ETag<'a>>> {
    opt_xml(u, ETag::from_wire)
}

#[cfg(feature = "xml")]
fn opt_xml<'a, T>(u: &mut Unstructured<'a>, make: impl FnOnce(&'a str) -> T) -> Result<Option<T>> {
    if bool::arbitrary(u)? { xml_str(u).map(|text| Some(make(text))) } else { Ok(None) }
}

#[cfg(feature = "xml")]
fn xml_str<'a>(u: &mut Unstructured<'a>) -> Result<&'a str> {
    let text = <&'a str>::arbitrary(u)?;
    let end = text.find(|c| !crate::xml::is_xml_char(c)).unwrap_or(text.len());
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
