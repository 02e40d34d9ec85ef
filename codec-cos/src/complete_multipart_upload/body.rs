//! `CompleteMultipartUpload`: the XML body of a Complete Multipart Upload request.

use std::borrow::Cow;

use codec_core::collect::PartCollector;
use codec_core::wire::xml::XmlRecord;
use codec_core::wire::{self, Ctx, Seen};
use codec_core::xml::{XmlReader, write_escaped, write_u64_element};
use codec_core::{
    CompletePart, CompleteRequest, Decode, ETag, Encode, Error, ErrorKind, Limits, Result, Vendor,
};

use super::{COMPLETE_RULES, CompleteMultipartUploadRequest};
use crate::{MAX_PART_NUMBER, OPERATION_COMPLETE_MULTIPART_UPLOAD};

const ROOT: &str = "CompleteMultipartUpload";

/// The body of a Complete Multipart Upload request: which parts make the object, one
/// `<Part>` each, part numbers ascending.
///
/// ```xml
/// <CompleteMultipartUpload>
///     <Part>
///         <PartNumber>1</PartNumber>
///         <ETag>"39270a968a357d24207e9911162507eb"</ETag>
///     </Part>
/// </CompleteMultipartUpload>
/// ```
///
/// **Decoding** reads what COS's clients send: `PartNumber` and `ETag` in either order
/// (COS's Go SDK writes `ETag` first), the ETag's quotes literal (`"…"`, as COS's
/// document writes them), as `&quot;` (its Python SDK) or as `&#34;` (its Go SDK); the
/// ETag keeps its quotes ([`ETag::is_quoted`]) and borrows its value from the input
/// all the same. An XML declaration may come first or not.
///
/// **Encoding** writes the parts in the order given, `PartNumber` then `ETag`, the
/// ETag's quotes (when it has them) literal, after COS's usual XML declaration.
///
/// **Refused**, decoding and encoding alike, naming the part (`Part[2].PartNumber`),
/// as COS would refuse the request: no part at all
/// ([`MissingField`](ErrorKind::MissingField), `Part`); a part number out of 1 to
/// 10,000 ([`InvalidValue`](ErrorKind::InvalidValue)); a part number given twice
/// ([`DuplicateField`](ErrorKind::DuplicateField), naming both parts); part numbers
/// that do not ascend (`InvalidValue`: COS answers `InvalidPartOrder`, document 7742).
/// Part numbers that skip one are not refused here (the body is well-formed; COS
/// answers `InvalidPart`): [`from_collected`](Self::from_collected) refuses them.
///
/// The upload id and object key are in the request's target,
/// [`CompleteMultipartUploadRequest`]; [`normalize_with`](Self::normalize_with) takes it
/// to make the vendor-neutral [`CompleteRequest`].
///
/// ```
/// use codec_core::{Decode, ErrorKind};
/// use codec_cos::CompleteMultipartUpload;
///
/// // COS's Go SDK: ETag first, quotes as `&#34;`.
/// let body = b"<CompleteMultipartUpload><Part><ETag>&#34;3a0f&#34;</ETag>\
///              <PartNumber>1</PartNumber></Part></CompleteMultipartUpload>";
/// let decoded = CompleteMultipartUpload::decode(body)?;
/// assert_eq!(decoded.parts[0].etag.value(), "3a0f");
/// assert!(decoded.parts[0].etag.is_quoted() && decoded.parts[0].etag.is_borrowed());
///
/// let backwards = b"<CompleteMultipartUpload>\
///     <Part><PartNumber>2</PartNumber><ETag>\"b\"</ETag></Part>\
///     <Part><PartNumber>1</PartNumber><ETag>\"a\"</ETag></Part></CompleteMultipartUpload>";
/// let error = CompleteMultipartUpload::decode(backwards).unwrap_err();
/// assert_eq!(error.kind(), ErrorKind::InvalidValue);
/// assert_eq!(error.path(), Some("Part[1].PartNumber"));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(xml, codec(Vendor::Cos, OPERATION_COMPLETE_MULTIPART_UPLOAD), no_arbitrary)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompleteMultipartUpload<'a> {
    /// The parts, in the order sent: ascending part numbers, at least one. An
    /// item-limit error names the element, `Part[1000]`.
    #[wire(rename = "Part")]
    pub parts: Vec<PartETag<'a>>,
}

/// One part of a Complete request, a `<Part>` element: its number and the ETag its
/// upload answered (named as COS's Java SDK names the pair).
#[codec_core::wire(xml)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PartETag<'a> {
    /// The part number, 1 to 10,000.
    #[wire(rename = "PartNumber", range(min = 1, max = MAX_PART_NUMBER))]
    pub part_number: u32,
    /// The part's ETag, with its quotes as sent (COS's answer to the part's upload
    /// quotes it).
    #[wire(rename = "ETag", arbitrary = xml_etag)]
    pub etag: ETag<'a>,
}

impl<'a> PartETag<'a> {
    /// Part `part_number` with the ETag its upload answered, quoted as COS expects:
    /// `etag` may come with its quotes (the `ETag` header of the part's upload,
    /// `"39270a96…"`) or without (`39270a96…`, as the vendor-neutral model holds it).
    ///
    /// ```
    /// use codec_cos::PartETag;
    /// assert_eq!(PartETag::new(1, "39270a96"), PartETag::new(1, "\"39270a96\""));
    /// assert_eq!(PartETag::new(1, "39270a96").etag.to_string(), "\"39270a96\"");
    /// ```
    pub fn new(part_number: u32, etag: impl Into<Cow<'a, str>>) -> Self {
        PartETag { part_number, etag: quoted(etag.into()) }
    }
}

/// The ETag whose wire text is `etag` or `"etag"`, quoted; borrowed stays borrowed.
fn quoted(etag: Cow<'_, str>) -> ETag<'_> {
    match etag {
        Cow::Borrowed(text) => ETag::new(codec_core::etag::strip_quotes(text), true),
        Cow::Owned(mut text) => {
            if codec_core::etag::strip_quotes(&text).len() != text.len() {
                text.pop();
                text.remove(0);
            }
            ETag::new(text, true)
        }
    }
}

impl<'a> CompleteMultipartUpload<'a> {
    /// A body of `parts`, in the order given (checked when encoded).
    pub fn new(parts: Vec<PartETag<'a>>) -> Self {
        CompleteMultipartUpload { parts }
    }

    /// The body for `parts` of the vendor-neutral model (ETags without quotes, as a
    /// [`PartCollector`] or a normalized [`CompleteRequest`] holds them), each ETag
    /// quoted as COS expects, in the order given.
    ///
    /// Fails, with errors that name the part (`Part[2].ETag`), when a part has no
    /// ETag, and when the parts are not what COS accepts (see the type's
    /// documentation): none, a number out of range, a number twice, numbers out of
    /// order.
    ///
    /// ```
    /// use codec_core::CompletePart;
    /// use codec_cos::CompleteMultipartUpload;
    ///
    /// let body = CompleteMultipartUpload::from_parts([
    ///     CompletePart { number: 1, etag: Some("39270a96".into()) },
    ///     CompletePart { number: 2, etag: Some("d899fbd1".into()) },
    /// ])?;
    /// assert_eq!(body.parts[1].etag.to_string(), "\"d899fbd1\"");
    /// let error = CompleteMultipartUpload::from_parts([CompletePart { number: 1, etag: None }]);
    /// assert_eq!(error.unwrap_err().path(), Some("Part[0].ETag"));
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn from_parts(parts: impl IntoIterator<Item = CompletePart<'a>>) -> Result<Self> {
        let parts = parts.into_iter();
        let mut body = CompleteMultipartUpload { parts: Vec::with_capacity(parts.size_hint().0) };
        for (index, part) in parts.enumerate() {
            let Some(etag) = part.etag else {
                return Err(in_context(no_etag(part.number, index)));
            };
            body.parts.push(PartETag { part_number: part.number, etag: quoted(etag) });
        }
        check_parts(&body.parts).map_err(in_context)?;
        Ok(body)
    }

    /// The body completing the parts `collector` gathered from an upload's listing
    /// pages, under COS's rules ([`COMPLETE_RULES`](super::COMPLETE_RULES)): part
    /// numbers from 1 without a gap (COS answers `InvalidPart` to numbers that skip),
    /// each with its ETag. Fails, naming the part numbers concerned, when the collected
    /// parts break a rule; the upload id and key for the target are
    /// [`collector.upload_id()`](PartCollector::upload_id) and
    /// [`collector.key()`](PartCollector::key).
    ///
    /// ```
    /// use codec_core::collect::PartCollector;
    /// use codec_core::{Decode, Normalize};
    /// use codec_cos::{CompleteMultipartUpload, CompleteMultipartUploadRequest, ListPartsResult};
    ///
    /// let mut collector = PartCollector::new();
    /// for body in codec_cos::examples::list_parts_pages(5, 2) {
    ///     let page = ListPartsResult::decode(body.as_bytes())?;
    ///     collector.add(&page.normalize()?)?;
    /// }
    /// let body = CompleteMultipartUpload::from_collected(&collector)?;
    /// assert_eq!(body.parts.len(), 5);
    /// let target = CompleteMultipartUploadRequest::new(collector.upload_id().unwrap())
    ///     .with_key(collector.key().unwrap());
    /// assert_eq!(target.to_target()?.split('?').next(), Some("/exampleobject"));
    ///
    /// let mut gap = PartCollector::new();
    /// let page = ListPartsResult::decode(codec_cos::examples::LIST_PARTS_RESPONSE.as_bytes())?;
    /// let mut model = page.normalize()?;
    /// model.parts.remove(1);
    /// gap.add(&model)?;
    /// let error = CompleteMultipartUpload::from_collected(&gap).unwrap_err();
    /// assert!(error.to_string().contains("part 2 is missing"), "{error}");
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn from_collected(collector: &'a PartCollector) -> Result<Self> {
        let parts = collector.complete_parts(&COMPLETE_RULES).map_err(in_context)?;
        Self::from_parts(parts)
    }

    /// The parts, in the order sent: the [`parts`](Self::parts) field as a slice.
    pub fn parts(&self) -> &[PartETag<'a>] {
        &self.parts
    }

    /// The request in the vendor-neutral model: the upload id and object key from
    /// `target` (the request's target, where COS has them), the parts from this body,
    /// their ETags without quotes. Borrows from both.
    ///
    /// Fails when the parts are not what COS accepts (see the type's documentation),
    /// naming the part: the model promises ascending part numbers.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_cos::{CompleteMultipartUpload, CompleteMultipartUploadRequest};
    ///
    /// let target = CompleteMultipartUploadRequest::decode(b"/exampleobject?uploadId=1585")?;
    /// let body = CompleteMultipartUpload::decode(
    ///     codec_cos::examples::COMPLETE_MULTIPART_UPLOAD_BODY.as_bytes(),
    /// )?;
    /// let request = body.normalize_with(&target)?;
    /// assert_eq!(request.upload_id.as_deref(), Some("1585"));
    /// assert_eq!(request.parts.len(), 3);
    /// assert_eq!(request.parts[0].etag.as_deref(), Some("39270a968a357d24207e9911162507eb"));
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn normalize_with<'m>(
        &'m self,
        target: &'m CompleteMultipartUploadRequest<'_>,
    ) -> Result<CompleteRequest<'m>> {
        check_parts(&self.parts).map_err(in_context)?;
        Ok(CompleteRequest {
            vendor: Vendor::Cos,
            upload_id: Some(Cow::Borrowed(&target.upload_id)),
            key: target.key.as_deref().map(Cow::Borrowed),
            parts: self
                .parts
                .iter()
                .map(|part| CompletePart {
                    number: part.part_number,
                    etag: Some(Cow::Borrowed(part.etag.value())),
                })
                .collect(),
        })
    }
}

fn in_context(error: Error) -> Error {
    error.with_context(Vendor::Cos, OPERATION_COMPLETE_MULTIPART_UPLOAD)
}

/// The path of part `index`'s field `field`: `Part[2].PartNumber`.
fn part_field(error: Error, index: usize, field: &str) -> Error {
    error.with_path(field).within(&format!("Part[{index}]"))
}

#[cold]
fn no_etag(number: u32, index: usize) -> Error {
    part_field(
        Error::new(
            ErrorKind::MissingField,
            format!("part {number} has no ETag, and COS completes an upload from parts with ETags"),
        ),
        index,
        "ETag",
    )
}

#[cold]
fn no_parts() -> Error {
    Error::new(ErrorKind::MissingField, "no <Part>: a Complete request names at least one part")
        .with_path("Part")
}

/// Checks every part: a number in range, ascending, once; at least one part.
fn check_parts(parts: &[PartETag<'_>]) -> Result<()> {
    if parts.is_empty() {
        return Err(no_parts());
    }
    for (index, part) in parts.iter().enumerate() {
        if !(1..=MAX_PART_NUMBER).contains(&part.part_number) {
            return Err(out_of_range(part.part_number, index));
        }
        check_order(parts, index)?;
    }
    Ok(())
}

#[cold]
fn out_of_range(number: u32, index: usize) -> Error {
    let error = codec_core::number::check_range(u64::from(number), 1, u64::from(MAX_PART_NUMBER))
        .err()
        .unwrap_or_else(|| Error::invalid_value("out of range"));
    part_field(error, index, "PartNumber")
}

/// Checks part `index` against the one before it: its number must be greater.
#[inline(always)]
fn check_order(parts: &[PartETag<'_>], index: usize) -> Result<()> {
    match (index.checked_sub(1).map(|before| &parts[before]), parts.get(index)) {
        (Some(before), Some(part)) if part.part_number <= before.part_number => {
            Err(out_of_order(parts, index))
        }
        _ => Ok(()),
    }
}

/// Part `index` does not come after the one before it: a number given twice (naming
/// the part that gave it first), or numbers out of order.
#[cold]
#[inline(never)]
fn out_of_order(parts: &[PartETag<'_>], index: usize) -> Error {
    let number = parts[index].part_number;
    let error = match parts[..index].iter().position(|part| part.part_number == number) {
        Some(first) => Error::new(
            ErrorKind::DuplicateField,
            format!("part number {number} is given twice, by Part[{first}] and Part[{index}]"),
        ),
        None => Error::invalid_value(format!(
            "part {number} comes after part {}: part numbers must ascend (COS answers \
             InvalidPartOrder)",
            parts[index - 1].part_number
        )),
    };
    part_field(error, index, "PartNumber")
}

impl<'a> Decode<'a> for CompleteMultipartUpload<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        let mut xml = XmlReader::new(input, limits)?;
        let root = xml.root()?;
        wire::xml::expect_root(&root, ROOT)?;
        let mut body = CompleteMultipartUpload::default();
        let mut seen = Seen::default();
        let ctx = Ctx::new(limits);
        while let Some(child) = xml.next_child(&root)? {
            // `Part`, the one field: check it against the part before it.
            if body.read_child(&child, &mut xml, ctx, &mut seen)? {
                check_order(&body.parts, body.parts.len() - 1)
                    .map_err(|e| e.with_offset(child.start()))?;
            }
        }
        if body.parts.is_empty() {
            return Err(no_parts().with_offset(root.start()));
        }
        xml.finish()?;
        Ok(body)
    }
}

/// What the encoder writes first.
const DECLARATION: &[u8] = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

impl Encode for CompleteMultipartUpload<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        check_parts(&self.parts)?;
        const PART: usize = "<Part><PartNumber>10000</PartNumber><ETag>\"\"</ETag></Part>".len();
        let len: usize = self.parts.iter().map(|part| PART + part.etag.value().len()).sum();
        out.reserve(DECLARATION.len() + 2 * ROOT.len() + 5 + len);
        out.extend_from_slice(DECLARATION);
        out.extend_from_slice(b"<CompleteMultipartUpload>");
        for (index, part) in self.parts.iter().enumerate() {
            out.extend_from_slice(b"<Part>");
            write_u64_element(out, "PartNumber", u64::from(part.part_number));
            out.extend_from_slice(b"<ETag>");
            let quote: &[u8] = if part.etag.is_quoted() { b"\"" } else { b"" };
            out.extend_from_slice(quote);
            write_escaped(out, part.etag.value()).map_err(|e| part_field(e, index, "ETag"))?;
            out.extend_from_slice(quote);
            out.extend_from_slice(b"</ETag></Part>");
        }
        out.extend_from_slice(b"</CompleteMultipartUpload>");
        Ok(())
    }
}

/// Text XML can carry, read as an ETag ([`ETag::from_wire`]), for the generated
/// `Arbitrary`.
#[cfg(feature = "arbitrary")]
fn xml_etag<'a>(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<ETag<'a>> {
    codec_core::generate::xml_text(u).map(ETag::from_wire)
}

/// Bodies COS accepts, so that every generated value encodes: one part or more, part
/// numbers ascending from 1 to 10,000.
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for CompleteMultipartUpload<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let mut parts = Vec::new();
        let mut number = 0u32;
        loop {
            let step = u.int_in_range(1..=1_000u32)?;
            if number + step > MAX_PART_NUMBER {
                break;
            }
            number += step;
            parts.push(PartETag { part_number: number, etag: xml_etag(u)? });
            if parts.len() > 1 && !<bool as arbitrary::Arbitrary>::arbitrary(u)? {
                break;
            }
        }
        if parts.is_empty() {
            parts.push(PartETag { part_number: 1, etag: xml_etag(u)? });
        }
        Ok(CompleteMultipartUpload { parts })
    }
}
