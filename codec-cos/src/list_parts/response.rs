//! `ListPartsResult`: the XML body of a List Parts response.

use std::borrow::Cow;

use codec_core::field::owned_opt;
use codec_core::xml::{
    Element, XmlReader, set_once, write_etag_element, write_text_element, write_u64_element,
};
use codec_core::{
    Decode, ETag, Encode, Error, ErrorKind, Limits, Normalize, PartsPage, Result, Timestamp, Vendor,
};
use serde::{Deserialize, Serialize};

use crate::types::{EncodingType, Owner, StorageClass, at, decode_bool, decode_number};
use crate::{ErrorResponse, MAX_PART_NUMBER, OPERATION_LIST_PARTS};

/// How the body spelled its encoding-type element. COS's own template writes
/// `Encoding-Type`, the document's first example and the Go SDK `Encoding-type`, the
/// second example and the Java SDK `EncodingType`; all three decode, and encoding
/// writes the spelling that was read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum EncodingTypeElement {
    /// `<Encoding-Type>`, COS's own spelling (the default when encoding a new value).
    #[default]
    EncodingDashUpperType,
    /// `<Encoding-type>`.
    EncodingDashLowerType,
    /// `<EncodingType>`.
    EncodingType,
}

impl EncodingTypeElement {
    /// The element name.
    pub fn as_str(self) -> &'static str {
        match self {
            EncodingTypeElement::EncodingDashUpperType => "Encoding-Type",
            EncodingTypeElement::EncodingDashLowerType => "Encoding-type",
            EncodingTypeElement::EncodingType => "EncodingType",
        }
    }

    fn from_name(name: &str) -> Option<Self> {
        match name {
            "Encoding-Type" => Some(EncodingTypeElement::EncodingDashUpperType),
            "Encoding-type" => Some(EncodingTypeElement::EncodingDashLowerType),
            "EncodingType" => Some(EncodingTypeElement::EncodingType),
            _ => None,
        }
    }
}

/// The body of a List Parts response: one page of the parts of one multipart upload.
///
/// Every field but the parts' `PartNumber` is optional, as COS and its SDKs treat them;
/// absent stays absent when re-encoded. Strings borrow from the input; dates keep their
/// wire text (COS sends both `2020-03-25T10:07:14.000Z` and the asctime form
/// `Tue Jan 17 16:43:37 2017`): [`Part::last_modified_time`] interprets them.
///
/// Its JSON form (the typed model `codec decode cos list-parts` prints) uses the XML
/// element names; the encoding-type element is always named `EncodingType` there, and
/// accepts the other two spellings as input.
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_cos::ListPartsResult;
///
/// let body = br#"<ListPartsResult><Key>a.txt</Key><Part><PartNumber>1</PartNumber>
///   <ETag>&quot;39270a96&quot;</ETag><Size>1048576</Size></Part>
///   <IsTruncated>false</IsTruncated></ListPartsResult>"#;
/// let page = ListPartsResult::decode(body)?;
/// assert_eq!(page.parts[0].etag.as_ref().unwrap().value(), "39270a96");
/// assert_eq!(ListPartsResult::decode(&page.encode()?)?, page);
/// # Ok::<(), codec_core::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct ListPartsResult<'a> {
    /// The bucket, `name-APPID`.
    #[serde(rename = "Bucket", borrow, default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<Cow<'a, str>>,
    /// The encoding type of `Key` (`url` when keys are percent-encoded); `Some("")` for
    /// the empty element COS usually sends.
    #[serde(
        rename = "EncodingType",
        alias = "Encoding-type",
        alias = "Encoding-Type",
        borrow,
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub encoding_type: Option<EncodingType<'a>>,
    /// How the encoding-type element was spelled (not part of the JSON form); it means
    /// nothing when `encoding_type` is `None`, and decoding leaves it at its default
    /// then.
    #[serde(skip)]
    pub encoding_type_element: EncodingTypeElement,
    /// The object key, percent-encoded when `encoding_type` is `url`.
    #[serde(rename = "Key", borrow, default, skip_serializing_if = "Option::is_none")]
    pub key: Option<Cow<'a, str>>,
    /// The upload's id.
    #[serde(rename = "UploadId", borrow, default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<Cow<'a, str>>,
    /// Who started the upload.
    #[serde(rename = "Initiator", borrow, default, skip_serializing_if = "Option::is_none")]
    pub initiator: Option<Owner<'a>>,
    /// Who owns the parts.
    #[serde(rename = "Owner", borrow, default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<Owner<'a>>,
    /// The marker this page started after.
    #[serde(rename = "PartNumberMarker", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(max = 10000)))]
    pub part_number_marker: Option<u32>,
    /// The parts, in the order COS sent them.
    #[serde(rename = "Part", borrow, default)]
    pub parts: Vec<Part<'a>>,
    /// Where the next page starts, when `is_truncated` is true.
    #[serde(rename = "NextPartNumberMarker", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(max = 10000)))]
    pub next_part_number_marker: Option<u32>,
    /// The parts' storage class.
    #[serde(rename = "StorageClass", borrow, default, skip_serializing_if = "Option::is_none")]
    pub storage_class: Option<StorageClass<'a>>,
    /// The page size the request asked for (or the default, 1000).
    #[serde(rename = "MaxParts", default, skip_serializing_if = "Option::is_none")]
    pub max_parts: Option<u32>,
    /// Whether more parts follow this page.
    #[serde(rename = "IsTruncated", default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
}

/// Generates pages that round-trip: markers up to [`MAX_PART_NUMBER`], text XML 1.0 can
/// carry, and the encoding-type element's spelling left at its default when there is no
/// element.
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for ListPartsResult<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        use codec_core::generate::{opt_u32_in, opt_xml_text, opt_xml_wire};
        let encoding_type: Option<EncodingType<'a>> = opt_xml_wire(u)?;
        let encoding_type_element =
            if encoding_type.is_some() { u.arbitrary()? } else { EncodingTypeElement::default() };
        Ok(ListPartsResult {
            bucket: opt_xml_text(u)?,
            encoding_type,
            encoding_type_element,
            key: opt_xml_text(u)?,
            upload_id: opt_xml_text(u)?,
            initiator: u.arbitrary()?,
            owner: u.arbitrary()?,
            part_number_marker: opt_u32_in::<0, MAX_PART_NUMBER>(u)?,
            parts: u.arbitrary()?,
            next_part_number_marker: opt_u32_in::<0, MAX_PART_NUMBER>(u)?,
            storage_class: opt_xml_wire(u)?,
            max_parts: u.arbitrary()?,
            is_truncated: u.arbitrary()?,
        })
    }
}

/// One uploaded part.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Part<'a> {
    /// The part number, 1 to 10,000.
    #[serde(rename = "PartNumber")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 10000)))]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = codec_core::generate::u32_in::<1, MAX_PART_NUMBER>))]
    pub part_number: u32,
    /// When the part was written, as COS wrote it (ISO 8601 or asctime).
    #[serde(rename = "LastModified", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = codec_core::generate::opt_xml_text))]
    pub last_modified: Option<Cow<'a, str>>,
    /// The part's ETag, with its quotes as sent.
    #[serde(rename = "ETag", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = codec_core::generate::opt_xml_etag))]
    pub etag: Option<ETag<'a>>,
    /// The part's size in bytes.
    #[serde(rename = "Size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
}

impl Part<'_> {
    /// `last_modified` interpreted: `None` when absent, an error naming the field when
    /// it is not a date COS is known to send.
    pub fn last_modified_time(&self) -> Result<Option<Timestamp>> {
        self.last_modified
            .as_deref()
            .map(|text| {
                codec_core::timestamp::parse_timestamp(text)
                    .map(Timestamp)
                    .map_err(|e| Error::invalid_value(e.to_string()).with_path("LastModified"))
            })
            .transpose()
    }

    /// Detaches the part from the input it borrows from.
    pub fn into_owned(self) -> Part<'static> {
        Part {
            part_number: self.part_number,
            last_modified: owned_opt(self.last_modified),
            etag: self.etag.map(ETag::into_owned),
            size: self.size,
        }
    }
}

impl ListPartsResult<'_> {
    /// The marker the next request passes as `part-number-marker`, or `None` when this
    /// is the last page.
    ///
    /// While `IsTruncated` is true that is `NextPartNumberMarker`, or, should COS leave
    /// it out, the number of the last part on the page. `None` when `IsTruncated` is
    /// false or absent.
    pub fn next_marker(&self) -> Option<u32> {
        if self.is_truncated != Some(true) {
            return None;
        }
        self.next_part_number_marker.or_else(|| self.parts.last().map(|part| part.part_number))
    }

    /// The object key with its percent-encoding undone when `encoding_type` is `url`.
    pub fn decoded_key(&self) -> Result<Option<Cow<'_, str>>> {
        let Some(key) = self.key.as_deref() else {
            return Ok(None);
        };
        if self.encoding_type.as_ref().is_some_and(|encoding| encoding.is(&EncodingType::URL)) {
            codec_core::query::decode_component(key).map(Some).map_err(|e| e.with_path("Key"))
        } else {
            Ok(Some(Cow::Borrowed(key)))
        }
    }

    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> ListPartsResult<'static> {
        ListPartsResult {
            bucket: owned_opt(self.bucket),
            encoding_type: self.encoding_type.map(EncodingType::into_owned),
            encoding_type_element: self.encoding_type_element,
            key: owned_opt(self.key),
            upload_id: owned_opt(self.upload_id),
            initiator: self.initiator.map(Owner::into_owned),
            owner: self.owner.map(Owner::into_owned),
            part_number_marker: self.part_number_marker,
            parts: self.parts.into_iter().map(Part::into_owned).collect(),
            next_part_number_marker: self.next_part_number_marker,
            storage_class: self.storage_class.map(StorageClass::into_owned),
            max_parts: self.max_parts,
            is_truncated: self.is_truncated,
        }
    }
}

impl codec_core::Codec for ListPartsResult<'_> {
    const VENDOR: Vendor = Vendor::Cos;
    const OPERATION: &'static str = OPERATION_LIST_PARTS;
}

impl<'a> Decode<'a> for ListPartsResult<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode(input, limits)
    }
}

fn decode<'a>(input: &'a [u8], limits: &Limits) -> Result<ListPartsResult<'a>> {
    // COS's rare JSON error body, where a result was expected: say what COS said.
    if crate::error::is_json(input) {
        let error = ErrorResponse::decode_json(input, limits)?;
        return Err(Error::service(error.to_service_error()));
    }
    let mut xml = XmlReader::new(input, limits)?;
    let root = xml.root()?;
    match root.name() {
        "ListPartsResult" => {}
        // COS can answer with its error body, even under HTTP 200: say what it said.
        "Error" => {
            let error = ErrorResponse::decode_body(&mut xml, &root)?;
            return Err(Error::service(error.to_service_error()).with_offset(root.start()));
        }
        other => {
            return Err(Error::new(
                ErrorKind::UnexpectedElement,
                format!(
                    "expected the root element <ListPartsResult>, found <{}>",
                    codec_core::number::clip(other)
                ),
            )
            .with_offset(root.start()));
        }
    }
    let mut page = ListPartsResult::default();
    while let Some(child) = xml.next_child(&root)? {
        match child.name() {
            "Part" => {
                let index = page.parts.len();
                limits.check_items(index).map_err(|e| e.with_offset(child.start()))?;
                let part = decode_part(&mut xml, &child)
                    .map_err(|e| e.within(&format!("Part[{index}]")))?;
                page.parts.push(part);
            }
            "Bucket" => set_once(&mut page.bucket, xml.text(&child)?, &child)?,
            "Key" => set_once(&mut page.key, xml.text(&child)?, &child)?,
            "UploadId" => set_once(&mut page.upload_id, xml.text(&child)?, &child)?,
            "Initiator" => {
                let owner = Owner::decode(&mut xml, &child).map_err(|e| e.within("Initiator"))?;
                set_once(&mut page.initiator, owner, &child)?;
            }
            "Owner" => {
                let owner = Owner::decode(&mut xml, &child).map_err(|e| e.within("Owner"))?;
                set_once(&mut page.owner, owner, &child)?;
            }
            "PartNumberMarker" => {
                let marker = decode_u32(&mut xml, &child, 0, MAX_PART_NUMBER)?;
                set_once(&mut page.part_number_marker, marker, &child)?;
            }
            "NextPartNumberMarker" => {
                let marker = decode_u32(&mut xml, &child, 0, MAX_PART_NUMBER)?;
                set_once(&mut page.next_part_number_marker, marker, &child)?;
            }
            "MaxParts" => {
                let max = decode_u32(&mut xml, &child, 0, u32::MAX)?;
                set_once(&mut page.max_parts, max, &child)?;
            }
            "IsTruncated" => {
                let truncated = decode_bool(&mut xml, &child)?;
                set_once(&mut page.is_truncated, truncated, &child)?;
            }
            "StorageClass" => {
                let class = StorageClass(xml.text(&child)?);
                set_once(&mut page.storage_class, class, &child)?;
            }
            name => match EncodingTypeElement::from_name(name) {
                Some(spelling) => {
                    let encoding = EncodingType(xml.text(&child)?);
                    set_once(&mut page.encoding_type, encoding, &child)?;
                    page.encoding_type_element = spelling;
                }
                None => xml.skip(&child)?,
            },
        }
    }
    xml.finish()?;
    Ok(page)
}

fn decode_part<'a>(xml: &mut XmlReader<'a>, element: &Element<'a>) -> Result<Part<'a>> {
    let mut number = None;
    let mut part = Part::default();
    while let Some(child) = xml.next_child(element)? {
        match child.name() {
            "PartNumber" => {
                let value = decode_u32(xml, &child, 1, MAX_PART_NUMBER)?;
                set_once(&mut number, value, &child)?;
            }
            "LastModified" => set_once(&mut part.last_modified, xml.text(&child)?, &child)?,
            "ETag" => set_once(&mut part.etag, xml.etag(&child)?, &child)?,
            "Size" => {
                let size = decode_number(xml, &child, 0, u64::MAX)?;
                set_once(&mut part.size, size, &child)?;
            }
            _ => xml.skip(&child)?,
        }
    }
    part.part_number =
        number.ok_or_else(|| Error::missing_field("PartNumber").with_offset(element.start()))?;
    Ok(part)
}

fn decode_u32<'a>(
    xml: &mut XmlReader<'a>,
    element: &Element<'a>,
    min: u32,
    max: u32,
) -> Result<u32> {
    let value = decode_number(xml, element, min.into(), max.into())?;
    u32::try_from(value).map_err(|_| at(Error::invalid_value("out of range"), element))
}

impl Encode for ListPartsResult<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        encode(self, out)
    }
}

fn encode(page: &ListPartsResult<'_>, out: &mut Vec<u8>) -> Result<()> {
    // One reservation for the whole body: the markup of a part is under 150 bytes
    // (numbers included), its strings add their length (escaping rarely adds more).
    let strings = |part: &Part<'_>| {
        part.last_modified.as_ref().map_or(0, |text| text.len())
            + part.etag.as_ref().map_or(0, |etag| etag.value().len())
    };
    out.reserve(1024 + page.parts.iter().map(|part| 150 + strings(part)).sum::<usize>());
    out.extend_from_slice(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListPartsResult>");
    if let Some(bucket) = &page.bucket {
        write_text_element(out, "Bucket", bucket)?;
    }
    if let Some(encoding) = &page.encoding_type {
        write_text_element(out, page.encoding_type_element.as_str(), encoding.as_str())?;
    }
    if let Some(key) = &page.key {
        write_text_element(out, "Key", key)?;
    }
    if let Some(upload_id) = &page.upload_id {
        write_text_element(out, "UploadId", upload_id)?;
    }
    if let Some(initiator) = &page.initiator {
        initiator.encode(out, "Initiator")?;
    }
    if let Some(owner) = &page.owner {
        owner.encode(out, "Owner")?;
    }
    if let Some(marker) = page.part_number_marker {
        write_u64_element(out, "PartNumberMarker", marker.into());
    }
    for (index, part) in page.parts.iter().enumerate() {
        encode_part(part, out).map_err(|e| e.within(&format!("Part[{index}]")))?;
    }
    if let Some(marker) = page.next_part_number_marker {
        write_u64_element(out, "NextPartNumberMarker", marker.into());
    }
    if let Some(class) = &page.storage_class {
        write_text_element(out, "StorageClass", class.as_str())?;
    }
    if let Some(max) = page.max_parts {
        write_u64_element(out, "MaxParts", max.into());
    }
    if let Some(truncated) = page.is_truncated {
        write_text_element(out, "IsTruncated", if truncated { "true" } else { "false" })?;
    }
    out.extend_from_slice(b"</ListPartsResult>");
    Ok(())
}

fn encode_part(part: &Part<'_>, out: &mut Vec<u8>) -> Result<()> {
    out.extend_from_slice(b"<Part>");
    write_u64_element(out, "PartNumber", part.part_number.into());
    if let Some(last_modified) = &part.last_modified {
        write_text_element(out, "LastModified", last_modified)?;
    }
    if let Some(etag) = &part.etag {
        write_etag_element(out, "ETag", etag)?;
    }
    if let Some(size) = part.size {
        write_u64_element(out, "Size", size);
    }
    out.extend_from_slice(b"</Part>");
    Ok(())
}

impl Normalize for ListPartsResult<'_> {
    type Model<'m>
        = PartsPage<'m>
    where
        Self: 'm;

    /// The page in the vendor-neutral model: ETags without quotes, dates in RFC 3339
    /// UTC, the key percent-decoded when the encoding type is `url`, and `next_marker`
    /// from [`next_marker`](ListPartsResult::next_marker).
    fn normalize_inner(&self) -> Result<PartsPage<'_>> {
        normalize(self)
    }
}

fn normalize<'m>(page: &'m ListPartsResult<'_>) -> Result<PartsPage<'m>> {
    let mut parts = Vec::with_capacity(page.parts.len());
    for (index, part) in page.parts.iter().enumerate() {
        parts.push(codec_core::Part {
            number: part.part_number,
            etag: part.etag.as_ref().map(|etag| Cow::Borrowed(etag.value())),
            size: part.size,
            last_modified: part
                .last_modified_time()
                .map_err(|e| e.within(&format!("Part[{index}]")))?,
        });
    }
    Ok(PartsPage {
        vendor: Vendor::Cos,
        upload_id: page.upload_id.as_deref().map(Cow::Borrowed),
        key: page.decoded_key()?,
        parts,
        next_marker: page.next_marker().map(|marker| Cow::Owned(marker.to_string())),
        truncated: page.is_truncated,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_marker_follows_is_truncated() {
        let mut page = ListPartsResult {
            next_part_number_marker: Some(7),
            parts: vec![Part { part_number: 9, ..Part::default() }],
            ..ListPartsResult::default()
        };
        assert_eq!(page.next_marker(), None);
        page.is_truncated = Some(true);
        assert_eq!(page.next_marker(), Some(7));
        page.next_part_number_marker = None;
        assert_eq!(page.next_marker(), Some(9));
        page.is_truncated = Some(false);
        assert_eq!(page.next_marker(), None);
    }

    #[test]
    fn url_encoded_keys_are_decoded_in_the_model() {
        let page = ListPartsResult {
            key: Some("a%20b%2Fc".into()),
            encoding_type: Some(EncodingType::URL),
            ..ListPartsResult::default()
        };
        assert_eq!(page.normalize().unwrap().key.as_deref(), Some("a b/c"));
    }
}
