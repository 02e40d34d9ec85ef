//! The runtime under [`#[wire]`](macro@crate::wire): what a declared wire type's generated
//! decoder, encoder and `into_owned` call, one small piece per kind of value.
//!
//! A wire type is declared once, as a struct whose fields carry `#[wire(...)]`
//! attributes; the attribute macro writes the member-reading loop, the encoder in
//! declared order, `into_owned`, the length hint and the serde, schemars and arbitrary
//! attributes. What it writes is a list of calls into this module, as prost's derive
//! calls its per-kind functions:
//!
//! - [`Seen`]: which declared fields a loop has met (the duplicate and missing checks);
//! - [`Ctx`]: what a value's reader or writer needs to know besides the input (the
//!   caller's [`Limits`], the field's numeric range, how `null` reads, and, for XML,
//!   what text may hold of the control characters XML 1.0 forbids);
//! - [`IntoOwned`]: detaching a value from the input it borrows from;
//! - `json` (feature `json`): [`JsonValue`](json::JsonValue) for every kind of JSON
//!   value, and [`JsonRecord`](json::JsonRecord) for declared objects;
//! - `xml` (feature `xml`): [`XmlValue`](xml::XmlValue) for every kind of XML element,
//!   and [`XmlRecord`](xml::XmlRecord) for declared elements;
//! - [`query`]: [`QueryValue`](query::QueryValue) for a query parameter's value, and
//!   [`QueryRecord`](query::QueryRecord) for declared request targets.
//!
//! # Declaring a type
//!
//! ```
//! # #[cfg(all(feature = "json", feature = "xml"))] {
//! use std::borrow::Cow;
//! use codec_core::{wire, ETag};
//!
//! /// One uploaded part.
//! #[wire(xml)]
//! #[derive(Clone, Debug, Default, PartialEq, Eq)]
//! pub struct Part<'a> {
//!     /// The part number, 1 to 10,000 (required: it is not an `Option`).
//!     #[wire(rename = "PartNumber", range(min = 1, max = 10_000))]
//!     pub part_number: u32,
//!     /// The part's ETag, with its quotes as sent.
//!     #[wire(rename = "ETag")]
//!     pub etag: Option<ETag<'a>>,
//!     /// The part's size in bytes.
//!     #[wire(rename = "Size")]
//!     pub size: Option<u64>,
//! }
//! # }
//! ```
//!
//! Presence follows the type: `T` is required, `Option<T>` optional (absent stays
//! absent when encoded), `Option<Option<T>>` optional and nullable (`Some(None)` is
//! `null`, JSON only), `Vec<T>` a list (a JSON array, or repeated XML elements).
//! `#[wire(required)]` on an `Option<T>` field makes it required but nullable (JSON:
//! `null` reads as `None`).
//!
//! Container options: `json`, `xml` or `query` (the wire syntax, one of them); `null_as_absent`
//! (JSON: an optional member sent as `null` reads as absent, as PDS's clients write
//! it; otherwise `null` is a wrong type); `no_arbitrary` (the type writes its own
//! `arbitrary::Arbitrary`); `schema_not_null` (the schema refuses `null` for optional
//! fields, as the decoder does); `defaults` (no field is required: one left out keeps
//! the value of the type's own `Default`); `codec(Vendor::X, OPERATION)` (the type's
//! [`Codec`](crate::Codec) constants); with `query`, `flag = "name"` (the operation's
//! bare flag, such as UFile's `muploadpart`); with `xml`, `keep_control_chars` (the
//! type's codec keeps the control characters XML 1.0 forbids in text, as a vendor that
//! writes them raw needs, through [`Ctx::controls`]: its generated `Arbitrary` produces
//! them too). The type derives `Default` itself: the decoders build it field by field.
//!
//! Field options: `rename = "Wire"` (the wire name, default the field's name);
//! `alias = "Other"` (also read under this name); `range(min = .., max = ..)` (an
//! integer's bounds, checked when decoding and encoding, and given to the schema and
//! the generators); `skip` (not on the wire: default when decoding, not written);
//! `spelling = field` (XML: the element may be spelled several ways, the sibling
//! `field`, of a type implementing [`Spelling`](xml::Spelling), keeps the spelling read
//! and writes it back); `arbitrary = path` (a generator function for the field); with
//! `query`, `path` (the object key, from the request target's path).
//! Doc comments and any other attribute stay as written.

use std::borrow::Cow;

use crate::{ETag, Error, Limits, Result};

#[cfg(feature = "json")]
pub mod json;
pub mod query;
#[cfg(feature = "xml")]
pub mod xml;

/// Which declared fields a member loop has met, one bit per field in declaration
/// order: a second sighting is a duplicate, a required field never seen is missing.
///
/// A bit set is cheaper than testing each field's `Option` (and it also tells a
/// `null` that was read as absent from a field that never came).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Seen {
    seen: u64,
    /// Required fields sent as `null` where the vendor means absent by it.
    null: u64,
}

impl Seen {
    /// Marks field `index`; fails with a duplicate-field error (path `name`, no offset:
    /// the caller knows where) when it was seen before.
    #[inline(always)]
    pub fn once(&mut self, index: u32, name: &str) -> Result<()> {
        let mask = 1u64 << index;
        if self.seen & mask != 0 {
            return Err(duplicate(name));
        }
        self.seen |= mask;
        Ok(())
    }

    /// Notes that field `index`, seen, was `null`: present for the duplicate check,
    /// missing for [`check_required`](Self::check_required).
    #[inline]
    pub fn set_null(&mut self, index: u32) {
        self.null |= 1u64 << index;
    }

    /// Whether field `index` was seen (`null` or not).
    #[inline]
    pub fn has(&self, index: u32) -> bool {
        self.seen & (1u64 << index) != 0
    }

    /// Whether any declared field was seen.
    #[inline]
    pub fn any(&self) -> bool {
        self.seen != 0
    }

    /// The first of the `required` fields (by index, with their names) that was not
    /// seen, or was `null`, as a missing-field error; `Ok` when every one was there.
    #[inline]
    pub fn check_required(&self, required: &[(u32, &str)]) -> Result<()> {
        for &(index, name) in required {
            if !self.has(index) || self.null & (1u64 << index) != 0 {
                return Err(Error::missing_field(name));
            }
        }
        Ok(())
    }
}

#[cold]
#[inline(never)]
fn duplicate(name: &str) -> Error {
    Error::duplicate_field(name)
}

/// What a value's reader or writer needs besides the input: the caller's limits, the
/// field's numeric bounds, whether `null` reads as absent, and (feature `xml`) what XML
/// text may hold of the control characters XML 1.0 forbids.
#[derive(Clone, Copy, Debug)]
pub struct Ctx<'l> {
    /// The caller's limits (the item limit applies to lists).
    pub limits: &'l Limits,
    /// The smallest integer the field accepts.
    pub min: u64,
    /// The largest integer the field accepts (also capped by the integer's type).
    pub max: u64,
    /// Whether an optional JSON member sent as `null` reads as absent.
    pub null_as_absent: bool,
    /// XML: what text and ETags may hold of the control characters XML 1.0 forbids
    /// (U+0001 to U+001F but tab, line feed and carriage return). Writers refuse them
    /// or write them raw as it says; a reader opened with [`xml::open`] (what the
    /// decoders of declared records use) reads them as it says. The default,
    /// [`ControlChars::Refuse`](crate::xml::ControlChars::Refuse), is XML 1.0 exactly.
    #[cfg(feature = "xml")]
    pub controls: crate::xml::ControlChars,
}

impl<'l> Ctx<'l> {
    /// A context with no bounds but the types' own, `null` an error, control
    /// characters refused.
    #[inline]
    pub const fn new(limits: &'l Limits) -> Self {
        Ctx {
            limits,
            min: 0,
            max: u64::MAX,
            null_as_absent: false,
            #[cfg(feature = "xml")]
            controls: crate::xml::ControlChars::Refuse,
        }
    }

    /// The context of an encoder: no limits (encoders read none), no bounds, control
    /// characters refused.
    #[inline(always)]
    pub fn writing() -> Ctx<'static> {
        static UNBOUNDED: Limits = Limits::unbounded();
        Ctx::new(&UNBOUNDED)
    }

    /// The same context, with `null` read as absent or not.
    #[inline(always)]
    #[must_use]
    pub fn null_as_absent(mut self, yes: bool) -> Self {
        self.null_as_absent = yes;
        self
    }

    /// The same context, reading and writing the control characters XML 1.0 forbids as
    /// `controls` says (feature `xml`).
    ///
    /// ```
    /// use codec_core::Limits;
    /// use codec_core::wire::{self, Ctx};
    /// use codec_core::xml::ControlChars;
    ///
    /// let limits = Limits::default();
    /// let ctx = Ctx::new(&limits).control_chars(ControlChars::Keep);
    /// let mut xml = wire::xml::open(b"<Key>a\x07b</Key>", ctx)?;
    /// let root = xml.root()?;
    /// assert_eq!(xml.text(&root)?, "a\u{7}b");
    /// assert!(wire::xml::open(b"<Key>a\x07b</Key>", Ctx::new(&limits)).is_err());
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    #[cfg(feature = "xml")]
    #[inline(always)]
    #[must_use]
    pub fn control_chars(mut self, controls: crate::xml::ControlChars) -> Self {
        self.controls = controls;
        self
    }

    /// The same context, for an integer in `min..=max`.
    #[inline(always)]
    #[must_use]
    pub fn range(mut self, min: u64, max: u64) -> Self {
        self.min = min;
        self.max = max;
        self
    }

    /// The same context without bounds, for the fields of a nested record.
    #[inline(always)]
    #[must_use]
    pub fn unbounded(mut self) -> Self {
        self.min = 0;
        self.max = u64::MAX;
        self
    }
}

/// An unsigned integer type a field can hold: its largest value, and the narrowing.
pub trait Unsigned: Copy {
    /// The type's largest value.
    const MAX: u64;
    /// `value` as this type; the caller has checked it is at most [`MAX`](Self::MAX).
    fn narrow(value: u64) -> Self;
    /// The value, widened.
    fn widen(self) -> u64;
}

macro_rules! unsigned {
    ($($ty:ty),*) => {$(
        impl Unsigned for $ty {
            const MAX: u64 = <$ty>::MAX as u64;
            #[inline(always)]
            fn narrow(value: u64) -> Self {
                // In range: the caller checked it against MAX.
                value as $ty
            }
            #[inline(always)]
            fn widen(self) -> u64 {
                u64::from(self)
            }
        }
    )*};
}
unsigned!(u8, u16, u32, u64);

/// Checks an integer against `min..=max`, capped by `T`'s own range, and narrows it;
/// the error is [`number::check_range`](crate::number::check_range)'s.
#[inline(always)]
pub fn in_range<T: Unsigned>(value: u64, min: u64, max: u64) -> Result<T> {
    let max = max.min(T::MAX);
    if value < min || value > max {
        return Err(out_of_range(value, min, max));
    }
    Ok(T::narrow(value))
}

#[cold]
#[inline(never)]
fn out_of_range(value: u64, min: u64, max: u64) -> Error {
    crate::number::check_range(value, min, max)
        .err()
        .unwrap_or_else(|| Error::invalid_value("out of range"))
}

/// Text values that keep their wire spelling, such as the string enums of
/// [`wire_string!`](crate::wire_string): read and written as plain text.
pub trait WireText<'a>: Sized {
    /// The value of this text.
    fn from_text(text: Cow<'a, str>) -> Self;
    /// The wire text.
    fn text(&self) -> &str;
}

/// Detaches a value from the input it borrows from: the building block of the
/// generated `into_owned()`.
pub trait IntoOwned {
    /// The same value with every borrow replaced by an owned copy.
    type Owned: 'static;

    /// Copies what `self` borrows.
    fn into_owned(self) -> Self::Owned;
}

macro_rules! owned_as_is {
    ($($ty:ty),*) => {$(
        impl IntoOwned for $ty {
            type Owned = $ty;
            #[inline(always)]
            fn into_owned(self) -> $ty {
                self
            }
        }
    )*};
}
owned_as_is!(u8, u16, u32, u64, i32, i64, bool);

impl IntoOwned for Cow<'_, str> {
    type Owned = Cow<'static, str>;
    fn into_owned(self) -> Cow<'static, str> {
        Cow::Owned(Cow::into_owned(self))
    }
}

impl IntoOwned for ETag<'_> {
    type Owned = ETag<'static>;
    fn into_owned(self) -> ETag<'static> {
        ETag::into_owned(self)
    }
}

impl<T: IntoOwned> IntoOwned for Option<T> {
    type Owned = Option<T::Owned>;
    #[inline]
    fn into_owned(self) -> Self::Owned {
        self.map(T::into_owned)
    }
}

impl<T: IntoOwned> IntoOwned for Vec<T> {
    type Owned = Vec<T::Owned>;
    fn into_owned(self) -> Self::Owned {
        self.into_iter().map(T::into_owned).collect()
    }
}

impl<T: IntoOwned, const N: usize> IntoOwned for [T; N] {
    type Owned = [T::Owned; N];
    fn into_owned(self) -> Self::Owned {
        self.map(T::into_owned)
    }
}

/// serde's `deserialize_with` for an `Option<Option<T>>` field with `default`: absent
/// is `None`, `null` is `Some(None)`, a value `Some(Some(value))`.
pub fn serde_nullable<'de, D, T>(
    deserializer: D,
) -> std::result::Result<Option<Option<T>>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::Deserialize<'de>,
{
    <Option<T> as serde::Deserialize>::deserialize(deserializer).map(Some)
}

/// An upper bound of the bytes a value adds to an encoded body, beyond its field's
/// name and punctuation, for sizing the output once.
pub trait LenHint {
    /// The bound.
    fn len_hint(&self) -> usize;
}

macro_rules! len_hint_as_number {
    ($($ty:ty),*) => {$(
        impl LenHint for $ty {
            #[inline(always)]
            fn len_hint(&self) -> usize {
                20
            }
        }
    )*};
}
len_hint_as_number!(u8, u16, u32, u64, i32, i64, bool);

impl LenHint for Cow<'_, str> {
    #[inline(always)]
    fn len_hint(&self) -> usize {
        self.len()
    }
}

impl LenHint for ETag<'_> {
    #[inline(always)]
    fn len_hint(&self) -> usize {
        self.value().len() + 12
    }
}

impl<T: LenHint> LenHint for Option<T> {
    #[inline(always)]
    fn len_hint(&self) -> usize {
        self.as_ref().map_or(0, T::len_hint)
    }
}

impl<T: LenHint> LenHint for Vec<T> {
    #[inline]
    fn len_hint(&self) -> usize {
        self.iter().map(|item| item.len_hint() + 32).sum()
    }
}

impl<T: LenHint, const N: usize> LenHint for [T; N] {
    #[inline]
    fn len_hint(&self) -> usize {
        self.iter().map(|item| item.len_hint() + 2).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seen_finds_duplicates_and_the_first_missing_field() {
        let mut seen = Seen::default();
        seen.once(0, "a").unwrap();
        seen.once(63, "z").unwrap();
        assert_eq!(seen.once(0, "a").unwrap_err().path(), Some("a"));
        assert!(seen.check_required(&[(0, "a"), (63, "z")]).is_ok());
        seen.set_null(63);
        assert_eq!(seen.check_required(&[(63, "z")]).unwrap_err().path(), Some("z"));
        assert_eq!(seen.once(63, "z").unwrap_err().path(), Some("z"));
        let missing = seen.check_required(&[(0, "a"), (5, "f"), (6, "g")]).unwrap_err();
        assert_eq!((missing.kind(), missing.path()), (crate::ErrorKind::MissingField, Some("f")));
    }

    #[test]
    fn in_range_words_errors_as_check_range() {
        assert_eq!(in_range::<u32>(5, 1, 10).unwrap(), 5);
        assert_eq!(
            in_range::<u32>(0, 1, 10).unwrap_err().to_string(),
            crate::number::check_range(0, 1, 10).unwrap_err().to_string()
        );
        assert_eq!(
            in_range::<u32>(u64::from(u32::MAX) + 1, 0, u64::MAX).unwrap_err().to_string(),
            "invalid value: 4294967296 is out of range: expected 0 to 4294967295"
        );
    }
}
