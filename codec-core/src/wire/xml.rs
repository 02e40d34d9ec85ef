//! XML values and records for declared wire types (feature `xml`).
//!
//! [`XmlValue`] reads and writes one element of a kind (text, an integer in a range, a
//! boolean, an [`ETag`], a nested record); [`XmlRecord`] is what `#[wire(xml)]`
//! implements for a declared element: one `match` on the child's name per type, while
//! the child loop itself ([`read_element`]) is written once, here. A list is a field
//! whose element repeats ([`push_item`]).
//!
//! What text may hold of the control characters XML 1.0 forbids travels in the
//! context ([`Ctx::controls`]): a decoder opens its reader with [`open`], and every
//! text and ETag written through [`XmlValue::write_xml`] and [`XmlRecord::write_children`]
//! is refused or written raw as the context says.

use std::borrow::Cow;

use super::{Ctx, Seen, Unsigned, WireText, in_range};
use crate::xml::{Element, XmlReader, write_end, write_escaped_with, write_start};
use crate::{ETag, Error, Result};

/// One element's content of a kind: how it reads and how it writes.
pub trait XmlValue<'a>: Sized {
    /// Reads the content of `element` (whose start tag was read), up to its end tag.
    fn read_xml(xml: &mut XmlReader<'a>, element: &Element<'a>, ctx: Ctx<'_>) -> Result<Self>;

    /// Writes the value as the element `name`, text refusing or keeping the control
    /// characters XML 1.0 forbids as `ctx` says. Errors carry no path of their own:
    /// the caller puts `name` in front.
    fn write_xml(&self, out: &mut Vec<u8>, name: &str, ctx: Ctx<'_>) -> Result<()>;
}

/// Text content, escaped when written, control characters as `ctx` says.
#[inline(always)]
fn write_text(out: &mut Vec<u8>, name: &str, text: &str, ctx: Ctx<'_>) -> Result<()> {
    write_start(out, name);
    write_escaped_with(out, text, ctx.controls)?;
    write_end(out, name);
    Ok(())
}

impl<'a> XmlValue<'a> for Cow<'a, str> {
    #[inline(always)]
    fn read_xml(xml: &mut XmlReader<'a>, element: &Element<'a>, _: Ctx<'_>) -> Result<Self> {
        xml.text(element)
    }

    #[inline(always)]
    fn write_xml(&self, out: &mut Vec<u8>, name: &str, ctx: Ctx<'_>) -> Result<()> {
        write_text(out, name, self, ctx)
    }
}

impl<'a> XmlValue<'a> for ETag<'a> {
    #[inline(always)]
    fn read_xml(xml: &mut XmlReader<'a>, element: &Element<'a>, _: Ctx<'_>) -> Result<Self> {
        xml.etag(element)
    }

    /// The quotes as `&quot;`, as COS writes them.
    #[inline(always)]
    fn write_xml(&self, out: &mut Vec<u8>, name: &str, ctx: Ctx<'_>) -> Result<()> {
        let quote: &[u8] = if self.is_quoted() { b"&quot;" } else { b"" };
        write_start(out, name);
        out.extend_from_slice(quote);
        write_escaped_with(out, self.value(), ctx.controls)?;
        out.extend_from_slice(quote);
        write_end(out, name);
        Ok(())
    }
}

/// Text values that keep their spelling ([`wire_string!`](crate::wire_string) types).
impl<'a, T: WireText<'a>> XmlValue<'a> for T {
    #[inline(always)]
    fn read_xml(xml: &mut XmlReader<'a>, element: &Element<'a>, _: Ctx<'_>) -> Result<Self> {
        xml.text(element).map(T::from_text)
    }

    #[inline(always)]
    fn write_xml(&self, out: &mut Vec<u8>, name: &str, ctx: Ctx<'_>) -> Result<()> {
        write_text(out, name, self.text(), ctx)
    }
}

macro_rules! unsigned_xml {
    ($($ty:ty),*) => {$(
        impl<'a> XmlValue<'a> for $ty {
            /// Decimal digits in the field's range; an error is at the element's content.
            #[inline(always)]
            fn read_xml(xml: &mut XmlReader<'a>, element: &Element<'a>, ctx: Ctx<'_>) -> Result<Self> {
                let text = xml.text(element)?;
                crate::number::parse_u64(&text)
                    .and_then(|value| in_range(value, ctx.min, ctx.max))
                    .map_err(|e| e.with_offset(element.content_offset()))
            }

            #[inline(always)]
            fn write_xml(&self, out: &mut Vec<u8>, name: &str, ctx: Ctx<'_>) -> Result<()> {
                let value = Unsigned::widen(*self);
                in_range::<$ty>(value, ctx.min, ctx.max)?;
                write_start(out, name);
                out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
                write_end(out, name);
                Ok(())
            }
        }
    )*};
}
unsigned_xml!(u32, u64);

impl<'a> XmlValue<'a> for bool {
    /// `true` or `false`, exactly.
    #[inline(always)]
    fn read_xml(xml: &mut XmlReader<'a>, element: &Element<'a>, _: Ctx<'_>) -> Result<Self> {
        let text = xml.text(element)?;
        crate::number::parse_bool(&text).map_err(|e| e.with_offset(element.content_offset()))
    }

    #[inline(always)]
    fn write_xml(&self, out: &mut Vec<u8>, name: &str, _: Ctx<'_>) -> Result<()> {
        write_start(out, name);
        out.extend_from_slice(if *self { b"true" } else { b"false" });
        write_end(out, name);
        Ok(())
    }
}

/// An element whose name has several spellings in the wild (COS's `Encoding-Type`,
/// `Encoding-type` and `EncodingType`): the field declared with `spelling = sibling`
/// reads under any of them, and the sibling, of a type implementing this, remembers
/// which one so that encoding writes it back.
pub trait Spelling: Copy + Default {
    /// The spelling `name` is, if it is one.
    fn from_name(name: &str) -> Option<Self>;
    /// The element name.
    fn as_str(self) -> &'static str;
}

/// A declared XML element: what `#[wire(xml)]` implements. The child loop is
/// [`read_element`]; a type supplies the `match` on child names.
pub trait XmlRecord<'a>: Default {
    /// Reads the child `child` into its field, when its name names one (`Ok(false)`
    /// otherwise, with nothing read). Marks the field in `seen`.
    fn read_child(
        &mut self,
        child: &Element<'a>,
        xml: &mut XmlReader<'a>,
        ctx: Ctx<'_>,
        seen: &mut Seen,
    ) -> Result<bool>;

    /// Fails when a required field is not in `seen`.
    fn check_required(seen: &Seen) -> Result<()>;

    /// Writes the children that are present, in declared order, their text refusing
    /// or keeping the control characters XML 1.0 forbids as `ctx` says (its bounds,
    /// if any, are the record's field's, not its children's).
    fn write_children(&self, out: &mut Vec<u8>, ctx: Ctx<'_>) -> Result<()>;

    /// An upper bound of the encoded length, for sizing the output once.
    fn encoded_len(&self) -> usize;
}

/// Reads the children of `element` into `record`: every singleton once, unknown
/// children handed to `other` (which may leave them unread: the reader skips what is
/// left of a child when asked for the next one), required children checked at
/// the element's offset. Returns which fields were seen.
#[inline(always)]
pub fn read_element<'a, R: XmlRecord<'a>>(
    record: &mut R,
    xml: &mut XmlReader<'a>,
    element: &Element<'a>,
    ctx: Ctx<'_>,
    mut other: impl FnMut(&Element<'a>, &mut XmlReader<'a>) -> Result<()>,
) -> Result<Seen> {
    let ctx = ctx.unbounded();
    let mut seen = Seen::default();
    while let Some(child) = xml.next_child(element)? {
        if !record.read_child(&child, xml, ctx, &mut seen)? {
            other(&child, xml)?;
        }
    }
    R::check_required(&seen).map_err(|e| e.with_offset(element.start()))?;
    Ok(seen)
}

/// Leaves a child the type does not declare unread (vendors add elements): the
/// scoped reader skips it on the way to the next one.
#[inline(always)]
fn ignore_child<'a>(_: &Element<'a>, _: &mut XmlReader<'a>) -> Result<()> {
    Ok(())
}

/// Reads a declared record from `element`: what the generated
/// [`XmlValue::read_xml`] of a record calls.
#[inline(always)]
pub fn read_record<'a, R: XmlRecord<'a>>(
    xml: &mut XmlReader<'a>,
    element: &Element<'a>,
    ctx: Ctx<'_>,
) -> Result<R> {
    let mut record = R::default();
    read_element(&mut record, xml, element, ctx, ignore_child)?;
    Ok(record)
}

/// Writes a declared record as the element `name`, control characters as `ctx` says.
#[inline(always)]
pub fn write_record<'a, R: XmlRecord<'a>>(
    record: &R,
    out: &mut Vec<u8>,
    name: &str,
    ctx: Ctx<'_>,
) -> Result<()> {
    write_start(out, name);
    record.write_children(out, ctx)?;
    write_end(out, name);
    Ok(())
}

/// Marks field `index` seen and reads it with `read`, placing any error at the child:
/// a duplicate at its start tag, a value error within `name` and, unless it knows
/// better, at the child's content.
#[inline(always)]
pub fn child<'a>(
    seen: &mut Seen,
    index: u32,
    child: &Element<'a>,
    read: impl FnOnce() -> Result<()>,
) -> Result<()> {
    seen.once(index, child.name()).map_err(|e| e.with_offset(child.start()))?;
    read().map_err(|e| at_child(e, child))
}

/// Places an error met in `child`'s content.
#[cold]
#[inline(never)]
pub fn at_child(error: Error, child: &Element<'_>) -> Error {
    error.within(child.name()).with_offset(child.content_offset())
}

/// Reads one more item of a list whose element repeats: at most
/// [`Limits::max_items`](crate::Limits::max_items), the item's errors placed at `Name[i]`. Read in place.
#[inline(always)]
pub fn push_item<'a, T: XmlValue<'a> + Default>(
    list: &mut Vec<T>,
    xml: &mut XmlReader<'a>,
    child: &Element<'a>,
    ctx: Ctx<'_>,
) -> Result<()> {
    let index = list.len();
    ctx.limits
        .check_items(index)
        .map_err(|e| at_item(e.with_offset(child.start()), child.name(), index))?;
    let item = T::read_xml(xml, child, ctx).map_err(|e| at_item(e, child.name(), index))?;
    list.push(item);
    Ok(())
}

/// Writes every item of a list as the element `name`.
#[inline]
pub fn write_items<'a, T: XmlValue<'a>>(
    list: &[T],
    out: &mut Vec<u8>,
    name: &str,
    ctx: Ctx<'_>,
) -> Result<()> {
    for (index, item) in list.iter().enumerate() {
        item.write_xml(out, name, ctx).map_err(|e| at_item(e, name, index))?;
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn at_item(error: Error, name: &str, index: usize) -> Error {
    error.within(&format!("{name}[{index}]"))
}

/// Places an error met writing the field `name`.
#[cold]
#[inline(never)]
pub fn writing(error: Error, name: &str) -> Error {
    error.within(name)
}

/// Checks that the document's root element is `<name>`: anything else is an
/// [`UnexpectedElement`](crate::ErrorKind::UnexpectedElement) error at the root.
#[inline]
pub fn expect_root(root: &Element<'_>, name: &str) -> Result<()> {
    if root.name() == name {
        return Ok(());
    }
    Err(wrong_root(root, name))
}

#[cold]
#[inline(never)]
fn wrong_root(root: &Element<'_>, name: &str) -> Error {
    Error::new(
        crate::ErrorKind::UnexpectedElement,
        format!("expected the root element <{name}>, found <{}>", crate::number::clip(root.name())),
    )
    .with_offset(root.start())
}

/// Opens a reader over `input` for a decoder of declared records: within
/// `ctx.limits`, its text holding the control characters XML 1.0 forbids as
/// [`ctx.controls`](Ctx::controls) says
/// ([`XmlReader::with_control_chars`]).
#[inline]
pub fn open<'a>(input: &'a [u8], ctx: Ctx<'_>) -> Result<XmlReader<'a>> {
    XmlReader::with_control_chars(input, ctx.limits, ctx.controls)
}

/// Reads the children of an opened root element into a new `R`, then checks that
/// nothing but comments and whitespace follows the root.
#[inline]
pub fn read_root<'a, R: XmlRecord<'a>>(
    mut xml: XmlReader<'a>,
    root: &Element<'a>,
    ctx: Ctx<'_>,
) -> Result<R> {
    let mut record = R::default();
    read_element(&mut record, &mut xml, root, ctx, ignore_child)?;
    xml.finish()?;
    Ok(record)
}

/// Writes an XML body: the declaration COS writes, then `record` as the root element
/// `name`, with one reservation for the whole body; text refuses or keeps the control
/// characters XML 1.0 forbids as `ctx` says.
///
/// The choice reaches every text and ETag, however deep: in nested records and in the
/// items of lists.
///
/// ```
/// use std::borrow::Cow;
/// use codec_core::wire::{self, Ctx};
/// use codec_core::xml::ControlChars;
/// use codec_core::{ETag, ErrorKind, Limits};
///
/// #[codec_core::wire(xml, no_arbitrary)]
/// #[derive(Clone, Debug, Default, PartialEq, Eq)]
/// pub struct Page<'a> {
///     #[wire(rename = "Owner")]
///     pub owner: Option<Owner<'a>>,
///     #[wire(rename = "Part")]
///     pub parts: Vec<Part<'a>>,
/// }
///
/// #[codec_core::wire(xml, no_arbitrary)]
/// #[derive(Clone, Debug, Default, PartialEq, Eq)]
/// pub struct Owner<'a> {
///     #[wire(rename = "ID")]
///     pub id: Option<Cow<'a, str>>,
/// }
///
/// #[codec_core::wire(xml, no_arbitrary)]
/// #[derive(Clone, Debug, Default, PartialEq, Eq)]
/// pub struct Part<'a> {
///     #[wire(rename = "PartNumber", range(min = 1, max = 10_000))]
///     pub number: u32,
///     #[wire(rename = "ETag")]
///     pub etag: Option<ETag<'a>>,
/// }
///
/// let page = Page {
///     owner: Some(Owner { id: Some("a\u{1}".into()) }),
///     parts: vec![Part { number: 1, etag: Some(ETag::new("e\u{1F}", true)) }],
/// };
/// let keep = Ctx::writing().control_chars(ControlChars::Keep);
/// let mut out = Vec::new();
/// wire::xml::encode_root(&page, &mut out, "Page", keep)?;
/// assert!(out.ends_with(
///     b"<Page><Owner><ID>a\x01</ID></Owner><Part><PartNumber>1</PartNumber>\
///       <ETag>&quot;e\x1f&quot;</ETag></Part></Page>"
/// ));
///
/// // Read back with the same choice.
/// let limits = Limits::default();
/// let ctx = Ctx::new(&limits).control_chars(ControlChars::Keep);
/// let mut xml = wire::xml::open(&out, ctx)?;
/// let root = xml.root()?;
/// let again: Page<'_> = wire::xml::read_root(xml, &root, ctx)?;
/// assert_eq!(again, page);
///
/// // Refused by default, naming the field.
/// let error = wire::xml::encode_root(&page, &mut Vec::new(), "Page", Ctx::writing()).unwrap_err();
/// assert_eq!((error.kind(), error.path()), (ErrorKind::Unencodable, Some("Owner.ID")));
/// let page = Page { owner: None, ..page };
/// let error = wire::xml::encode_root(&page, &mut Vec::new(), "Page", Ctx::writing()).unwrap_err();
/// assert_eq!(error.path(), Some("Part[0].ETag"));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[inline]
pub fn encode_root<'a, R: XmlRecord<'a>>(
    record: &R,
    out: &mut Vec<u8>,
    name: &str,
    ctx: Ctx<'_>,
) -> Result<()> {
    const DECLARATION: &[u8] = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out.reserve(DECLARATION.len() + 2 * name.len() + 5 + record.encoded_len());
    out.extend_from_slice(DECLARATION);
    write_record(record, out, name, ctx)
}
