//! `ListPartsResult`: the XML body of a List Parts response.

use std::borrow::Cow;

use codec_core::xml::ControlChars;
use codec_core::{ETag, Limits, Normalize, PartsPage, Result, Timestamp, Vendor};

use crate::types::{EncodingType, Owner, StorageClass};
use crate::{MAX_PART_NUMBER, OPERATION_LIST_PARTS};

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
}

impl codec_core::wire::xml::Spelling for EncodingTypeElement {
    fn as_str(self) -> &'static str {
        EncodingTypeElement::as_str(self)
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
/// `Tue Jan 17 16:43:37 2017`): [`UploadedPart::last_modified_time`] interprets them.
///
/// # A body that is not a page
///
/// A page is an XML document whose root element is `<ListPartsResult>`: the COS
/// document "List Parts" prints that root in its template and both its examples, COS's
/// Go SDK declares it (`ObjectListPartsResult`, `xml:"ListPartsResult"`), its Java SDK
/// reads members only inside it (`XmlResponsesSaxParser`, `in("ListPartsResult")`),
/// and every fixture under `fixtures/ok/list-parts` has it. The root is
/// what tells a page from anything else, so decoding requires it and nothing more:
///
/// - `<Error>` in its place, or the JSON error form (`{"code": …}`), is COS's error
///   body: an error of kind [`Service`](codec_core::ErrorKind::Service) that carries
///   the whole [`ErrorResponse`](crate::ErrorResponse) (see
///   [`ErrorResponse::from_error`](crate::ErrorResponse::from_error));
/// - any other root is [`UnexpectedElement`](codec_core::ErrorKind::UnexpectedElement),
///   at the root's offset;
/// - JSON that is not COS's error body (`{}`, a gateway's `{"message":"boom"}`) lacks
///   the error body's `code`: [`MissingField`](codec_core::ErrorKind::MissingField),
///   naming `code`, at the body's start;
/// - an HTML or plain-text page from a proxy is
///   [`WrongFormat`](codec_core::ErrorKind::WrongFormat).
///
/// Inside the root, no member is required: COS's examples always carry `Bucket`,
/// `Key`, `UploadId`, `MaxParts` and `IsTruncated`, but its SDKs treat every one as
/// optional, and an empty `<ListPartsResult/>` is an empty last page. No
/// `decode_lenient` is needed.
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
///
/// # Control characters in the key
///
/// Without `encoding-type=url` in the request, COS writes the key as it is, control
/// characters (U+0001 to U+001F) included, though XML 1.0 forbids them. As for every
/// COS response (see [the crate's documentation](crate#control-characters-in-keys)),
/// decoding reads them in text and keeps them, encoding writes them back raw, and
/// [`decode_with_control_chars`](Self::decode_with_control_chars) and
/// [`encode_with_control_chars`](Self::encode_with_control_chars) with
/// [`ControlChars::Refuse`] are XML 1.0 exactly. Better still, send `encoding-type=url`
/// ([`ListPartsRequest::encoding_type`](crate::ListPartsRequest::encoding_type)).
///
/// ```
/// use codec_core::xml::ControlChars;
/// use codec_core::{Decode, Encode, Limits};
/// use codec_cos::ListPartsResult;
///
/// let body = b"<ListPartsResult><Key>a\x07.txt</Key></ListPartsResult>";
/// let page = ListPartsResult::decode(body)?;
/// assert_eq!(page.key.as_deref(), Some("a\u{7}.txt"));
/// assert!(page.encode()?.ends_with(b"<ListPartsResult><Key>a\x07.txt</Key></ListPartsResult>"));
///
/// let strict = ListPartsResult::decode_with_control_chars(body, &Limits::default(), ControlChars::Refuse);
/// assert_eq!(strict.unwrap_err().offset(), Some(23));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(xml, codec(Vendor::Cos, OPERATION_LIST_PARTS), keep_control_chars)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListPartsResult<'a> {
    /// The bucket, `name-APPID`.
    #[wire(rename = "Bucket")]
    pub bucket: Option<Cow<'a, str>>,
    /// The encoding type of `Key` (`url` when keys are percent-encoded); `Some("")` for
    /// the empty element COS usually sends.
    #[wire(
        rename = "EncodingType",
        alias = "Encoding-type",
        alias = "Encoding-Type",
        spelling = encoding_type_element,
        arbitrary = crate::response::opt_wire_text
    )]
    pub encoding_type: Option<EncodingType<'a>>,
    /// How the encoding-type element was spelled (not part of the JSON form); it means
    /// nothing when `encoding_type` is `None`, and decoding leaves it at its default
    /// then.
    #[wire(skip)]
    pub encoding_type_element: EncodingTypeElement,
    /// The object key, percent-encoded when `encoding_type` is `url`.
    #[wire(rename = "Key")]
    pub key: Option<Cow<'a, str>>,
    /// The upload's id.
    #[wire(rename = "UploadId")]
    pub upload_id: Option<Cow<'a, str>>,
    /// Who started the upload.
    #[wire(rename = "Initiator")]
    pub initiator: Option<Owner<'a>>,
    /// Who owns the parts.
    #[wire(rename = "Owner")]
    pub owner: Option<Owner<'a>>,
    /// The marker this page started after.
    #[wire(rename = "PartNumberMarker", range(max = 10000))]
    pub part_number_marker: Option<u32>,
    /// The parts, in the order COS sent them (also [`parts()`](Self::parts)). An
    /// item-limit error names the element, `Part[1000]`.
    #[wire(rename = "Part")]
    pub parts: Vec<UploadedPart<'a>>,
    /// Where the next page starts, when `is_truncated` is true.
    #[wire(rename = "NextPartNumberMarker", range(max = 10000))]
    pub next_part_number_marker: Option<u32>,
    /// The parts' storage class.
    #[wire(rename = "StorageClass", arbitrary = crate::response::opt_wire_text)]
    pub storage_class: Option<StorageClass<'a>>,
    /// The page size the request asked for (or the default, 1000).
    #[wire(rename = "MaxParts")]
    pub max_parts: Option<u32>,
    /// Whether more parts follow this page.
    #[wire(rename = "IsTruncated")]
    pub is_truncated: Option<bool>,
}

/// One uploaded part, a `<Part>` element (named so as not to clash with the
/// vendor-neutral [`codec_core::Part`]).
#[codec_core::wire(xml, keep_control_chars)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UploadedPart<'a> {
    /// The part number, 1 to 10,000.
    #[wire(rename = "PartNumber", range(min = 1, max = MAX_PART_NUMBER))]
    pub part_number: u32,
    /// When the part was written, as COS wrote it (ISO 8601 or asctime).
    #[wire(rename = "LastModified")]
    pub last_modified: Option<Cow<'a, str>>,
    /// The part's ETag, with its quotes as sent.
    #[wire(rename = "ETag")]
    pub etag: Option<ETag<'a>>,
    /// The part's size in bytes.
    #[wire(rename = "Size")]
    pub size: Option<u64>,
}

impl UploadedPart<'_> {
    /// `last_modified` interpreted: `None` when absent, an error naming the field when
    /// it is not a date COS is known to send.
    pub fn last_modified_time(&self) -> Result<Option<Timestamp>> {
        Timestamp::parse_field(self.last_modified.as_deref(), "LastModified")
    }
}

impl<'a> ListPartsResult<'a> {
    /// The parts of the page, in the order COS sent them: the
    /// [`parts`](Self::parts) field as a slice, the accessor every vendor crate has.
    pub fn parts(&self) -> &[UploadedPart<'a>] {
        &self.parts
    }

    /// The marker the next request passes as `part-number-marker`, or `None` when this
    /// is the last page.
    ///
    /// While `IsTruncated` is true that is `NextPartNumberMarker`, or, should COS leave
    /// it out, the number of the last part on the page. `None` when `IsTruncated` is
    /// false or absent (and for a truncated page that names neither, which the pager,
    /// [`ListRequest::next_request`](codec_core::listing::ListRequest::next_request),
    /// refuses).
    pub fn next_marker(&self) -> Option<u32> {
        if self.is_truncated != Some(true) {
            return None;
        }
        self.next_part_number_marker.or_else(|| self.parts.last().map(|part| part.part_number))
    }

    /// The object key with its percent-encoding undone when `encoding_type` is `url`
    /// (borrowed when it holds no `%`); `None` when the body has no `Key`.
    ///
    /// Decoding is RFC 3986 percent-decoding, as COS encodes: `%20` is a space, `%2B`
    /// a `+`, and a bare `+` stays a `+` (`a+b` is the key `a+b`, not `a b`). The
    /// evidence, from COS's documents and SDKs, is in
    /// [the List Multipart Uploads module](crate::list_multipart_uploads#keys-under-encoding-typeurl),
    /// which decodes its keys, markers and prefixes the same way. A `%` that does not
    /// begin a two-digit escape, or escapes that are not UTF-8, are an error naming
    /// `Key`.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_cos::ListPartsResult;
    ///
    /// let body = b"<ListPartsResult><Encoding-Type>url</Encoding-Type>\
    ///              <Key>a+b%20c%2Bd</Key></ListPartsResult>";
    /// let result = ListPartsResult::decode(body)?;
    /// assert_eq!(result.key.as_deref(), Some("a+b%20c%2Bd")); // as sent
    /// assert_eq!(result.decoded_key()?.as_deref(), Some("a+b c+d"));
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn decoded_key(&self) -> Result<Option<Cow<'_, str>>> {
        let Some(key) = self.key.as_deref() else {
            return Ok(None);
        };
        let url =
            self.encoding_type.as_ref().is_some_and(|encoding| encoding.is(&EncodingType::URL));
        crate::list_multipart_uploads::decoded_if(url, key, "Key").map(Some)
    }
}

const ROOT: &str = "ListPartsResult";

response_codec!(ListPartsResult, decode, encode);

fn decode<'a>(
    input: &'a [u8],
    limits: &Limits,
    controls: ControlChars,
) -> Result<ListPartsResult<'a>> {
    crate::error::decode_response(input, limits, ROOT, controls, |_, _| Ok(()))
}

fn encode(page: &ListPartsResult<'_>, out: &mut Vec<u8>, controls: ControlChars) -> Result<()> {
    codec_core::wire::xml::encode_root(page, out, ROOT, crate::response::writing(controls))
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
            parts: vec![UploadedPart { part_number: 9, ..UploadedPart::default() }],
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

    #[test]
    fn a_plus_in_a_url_encoded_key_stays_a_plus() {
        let mut page = ListPartsResult {
            key: Some("a+b%20c%2Bd".into()),
            encoding_type: Some(EncodingType::URL),
            ..ListPartsResult::default()
        };
        assert_eq!(page.decoded_key().unwrap().as_deref(), Some("a+b c+d"));
        assert_eq!(page.normalize().unwrap().key.as_deref(), Some("a+b c+d"));
        page.key = Some("a+b".into());
        assert!(matches!(page.decoded_key().unwrap(), Some(Cow::Borrowed("a+b"))));
        page.key = Some("a%2".into());
        assert_eq!(page.decoded_key().unwrap_err().path(), Some("Key"));
        // Without `url` the key is as sent.
        page.encoding_type = Some(EncodingType::from(""));
        page.key = Some("a+b%20c".into());
        assert_eq!(page.decoded_key().unwrap().as_deref(), Some("a+b%20c"));
    }
}
