//! `ListMultipartUploadsResult`: the XML body of a List Multipart Uploads response.

use std::borrow::Cow;

use codec_core::xml::ControlChars;
use codec_core::{Limits, Normalize, Result, Timestamp, UploadsPage, Vendor};

use super::decoded_if;
use crate::OPERATION_LIST_MULTIPART_UPLOADS;
use crate::list_parts::EncodingTypeElement;
use crate::types::{EncodingType, Owner, StorageClass};

/// How a body spelled its common-prefix elements: `CommonPrefixes` (COS's document
/// "List Multipart Uploads" today, its Go SDK's `object_part.go`, its Python SDK) or
/// `CommonPrefixs` (the Go SDK's `bucket_part.go` and its test, an older revision of
/// the document). Both decode; encoding writes the spelling that was read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum CommonPrefixesElement {
    /// `<CommonPrefixes>` (the default when encoding a new value).
    #[default]
    CommonPrefixes,
    /// `<CommonPrefixs>`.
    CommonPrefixs,
}

impl codec_core::wire::xml::Spelling for CommonPrefixesElement {
    fn as_str(self) -> &'static str {
        match self {
            CommonPrefixesElement::CommonPrefixes => "CommonPrefixes",
            CommonPrefixesElement::CommonPrefixs => "CommonPrefixs",
        }
    }

    fn from_name(name: &str) -> Option<Self> {
        match name {
            "CommonPrefixes" => Some(CommonPrefixesElement::CommonPrefixes),
            "CommonPrefixs" => Some(CommonPrefixesElement::CommonPrefixs),
            _ => None,
        }
    }
}

/// How an upload spelled its id element: `UploadId` (COS's document today, its SDKs) or
/// `UploadID` (an older revision of the document). Both decode; encoding writes the
/// spelling that was read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum UploadIdElement {
    /// `<UploadId>` (the default when encoding a new value).
    #[default]
    UploadId,
    /// `<UploadID>`.
    #[allow(clippy::upper_case_acronyms)]
    UploadID,
}

impl codec_core::wire::xml::Spelling for UploadIdElement {
    fn as_str(self) -> &'static str {
        match self {
            UploadIdElement::UploadId => "UploadId",
            UploadIdElement::UploadID => "UploadID",
        }
    }

    fn from_name(name: &str) -> Option<Self> {
        match name {
            "UploadId" => Some(UploadIdElement::UploadId),
            "UploadID" => Some(UploadIdElement::UploadID),
            _ => None,
        }
    }
}

/// The body of a List Multipart Uploads response: one page of a bucket's multipart
/// uploads in progress.
///
/// Every field is optional but each upload's `UploadId`; absent stays absent when
/// re-encoded, and empty elements (`<KeyMarker/>`, as COS sends them) are `Some("")`.
/// Strings borrow from the input and keep their wire text: keys, markers and prefixes
/// stay percent-encoded when `Encoding-Type` is `url` (the normalized form and the
/// pager decode them: see [the module documentation](crate::list_multipart_uploads)),
/// and `Initiated` keeps COS's text (ISO 8601 `2017-06-12T10:13:05.000Z`, or the
/// asctime form `Wed Jan 18 16:04:17 2017`): [`PendingUpload::initiated_time`]
/// interprets it.
///
/// Element spellings seen in the wild all decode, and encoding writes the one read:
/// `Encoding-Type` (COS's template), `Encoding-type` and `EncodingType`
/// ([`EncodingTypeElement`]); `CommonPrefixes` and `CommonPrefixs`
/// ([`CommonPrefixesElement`]; a body that mixes both is written back under the last
/// one read); `UploadId` and `UploadID` ([`UploadIdElement`]). Element order is free
/// (COS's Go SDK test sends the common prefixes before the uploads, the document after).
///
/// # A body that is not a page
///
/// A page is an XML document whose root element is `<ListMultipartUploadsResult>` (the
/// COS document "List Multipart Uploads" prints it in its template and example, and
/// COS's Go and Java SDKs read nothing else). As for every COS response, `<Error>` in
/// its place, or the JSON error form, is COS's error body (an error of kind
/// [`Service`](codec_core::ErrorKind::Service) that carries the whole
/// [`ErrorResponse`](crate::ErrorResponse)); any other root is
/// [`UnexpectedElement`](codec_core::ErrorKind::UnexpectedElement); other JSON is
/// [`MissingField`](codec_core::ErrorKind::MissingField) (`code`); an HTML or
/// plain-text page is [`WrongFormat`](codec_core::ErrorKind::WrongFormat). Inside the
/// root, an empty `<ListMultipartUploadsResult/>` is an empty last page.
///
/// The example of an older English revision of the document is not well-formed
/// (`<UIN>…<UIN/>` never closes): it is refused, with the offset of the end tag that
/// does not match.
///
/// Its JSON form (the typed model `codec decode cos list-multipart-uploads` prints)
/// uses the XML element names, one spelling each: `EncodingType`, `CommonPrefixes` and
/// `UploadId` (the others are accepted as input).
///
/// ```
/// use codec_core::{Decode, Encode, Normalize};
/// use codec_cos::ListMultipartUploadsResult;
///
/// let body = br#"<ListMultipartUploadsResult>
///   <Encoding-Type>url</Encoding-Type>
///   <NextKeyMarker>photos%2Fa%20b.jpg</NextKeyMarker>
///   <NextUploadIdMarker>1484727158f2b803</NextUploadIdMarker>
///   <IsTruncated>true</IsTruncated>
///   <Upload><Key>photos%2Fa%20b.jpg</Key><UploadId>1484727158f2b803</UploadId>
///     <Initiated>Wed Jan 18 16:12:38 2017</Initiated></Upload>
///   <CommonPrefixs><Prefix>photos%2Fold%2F</Prefix></CommonPrefixs>
/// </ListMultipartUploadsResult>"#;
/// let result = ListMultipartUploadsResult::decode(body)?;
/// assert_eq!(result.uploads()[0].key.as_deref(), Some("photos%2Fa%20b.jpg")); // as sent
/// assert_eq!(ListMultipartUploadsResult::decode(&result.encode()?)?, result);
///
/// let page = result.normalize()?;
/// assert_eq!(page.uploads[0].key.as_deref(), Some("photos/a b.jpg"));
/// assert_eq!(page.uploads[0].initiated.unwrap().to_string(), "2017-01-18T16:12:38Z");
/// assert_eq!(page.next_marker.as_deref(), Some("photos/a b.jpg"));
/// assert_eq!(page.next_upload_id_marker.as_deref(), Some("1484727158f2b803"));
/// assert_eq!(page.prefixes, ["photos/old/"]);
/// # Ok::<(), codec_core::Error>(())
/// ```
///
/// # Control characters in keys
///
/// Without `encoding-type=url` in the request, COS writes keys, markers and prefixes
/// as they are, control characters (U+0001 to U+001F) included, though XML 1.0 forbids
/// them. As for every COS response (see
/// [the crate's documentation](crate#control-characters-in-keys)), decoding reads them
/// in text and keeps them, encoding writes them back raw, and
/// [`decode_with_control_chars`](Self::decode_with_control_chars) and
/// [`encode_with_control_chars`](Self::encode_with_control_chars) with
/// [`ControlChars::Refuse`] are XML 1.0 exactly. Better still, send `encoding-type=url`
/// ([`ListMultipartUploadsRequest::with_encoding_type`](crate::ListMultipartUploadsRequest::with_encoding_type)).
///
/// ```
/// use codec_core::xml::ControlChars;
/// use codec_core::{Decode, Limits, Normalize};
/// use codec_cos::ListMultipartUploadsResult;
///
/// let body = b"<ListMultipartUploadsResult><Upload><Key>a\x07.txt</Key><UploadId>1484</UploadId>\
///              </Upload></ListMultipartUploadsResult>";
/// let page = ListMultipartUploadsResult::decode(body)?;
/// assert_eq!(page.normalize()?.uploads[0].key.as_deref(), Some("a\u{7}.txt"));
///
/// let strict = ListMultipartUploadsResult::decode_with_control_chars(body, &Limits::default(), ControlChars::Refuse);
/// assert!(strict.unwrap_err().to_string().contains("U+0007"));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(xml, codec(Vendor::Cos, OPERATION_LIST_MULTIPART_UPLOADS), no_arbitrary)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListMultipartUploadsResult<'a> {
    /// The bucket, `name-APPID`.
    #[wire(rename = "Bucket")]
    pub bucket: Option<Cow<'a, str>>,
    /// The encoding of keys, markers and prefixes (`url` when percent-encoded);
    /// `Some("")` for the empty element COS sends when the request asked for none.
    #[wire(
        rename = "EncodingType",
        alias = "Encoding-Type",
        alias = "Encoding-type",
        spelling = encoding_type_element
    )]
    pub encoding_type: Option<EncodingType<'a>>,
    /// How the encoding-type element was spelled (not part of the JSON form); it means
    /// nothing when `encoding_type` is `None`, and decoding leaves it at its default
    /// then.
    #[wire(skip)]
    pub encoding_type_element: EncodingTypeElement,
    /// The `key-marker` this page started after.
    #[wire(rename = "KeyMarker")]
    pub key_marker: Option<Cow<'a, str>>,
    /// The `upload-id-marker` this page started after.
    #[wire(rename = "UploadIdMarker")]
    pub upload_id_marker: Option<Cow<'a, str>>,
    /// The `key-marker` of the next page, while `is_truncated` is true.
    #[wire(rename = "NextKeyMarker")]
    pub next_key_marker: Option<Cow<'a, str>>,
    /// The `upload-id-marker` of the next page, while `is_truncated` is true.
    #[wire(rename = "NextUploadIdMarker")]
    pub next_upload_id_marker: Option<Cow<'a, str>>,
    /// The page size the request asked for (or the default, 1000).
    #[wire(rename = "MaxUploads")]
    pub max_uploads: Option<u32>,
    /// Whether more uploads follow this page.
    #[wire(rename = "IsTruncated")]
    pub is_truncated: Option<bool>,
    /// The `prefix` the request gave.
    #[wire(rename = "Prefix")]
    pub prefix: Option<Cow<'a, str>>,
    /// The `delimiter` the request gave.
    #[wire(rename = "Delimiter")]
    pub delimiter: Option<Cow<'a, str>>,
    /// The uploads, in the order COS sent them (also [`uploads()`](Self::uploads)). An
    /// item-limit error names the element, `Upload[1000]`.
    #[wire(rename = "Upload")]
    pub uploads: Vec<PendingUpload<'a>>,
    /// The common prefixes, when the request gave a delimiter.
    #[wire(rename = "CommonPrefixes", alias = "CommonPrefixs", spelling = common_prefixes_element)]
    pub common_prefixes: Vec<CommonPrefix<'a>>,
    /// How the common-prefix elements were spelled (not part of the JSON form); it
    /// means nothing when `common_prefixes` is empty, and decoding leaves it at its
    /// default then.
    #[wire(skip)]
    pub common_prefixes_element: CommonPrefixesElement,
}

/// One upload in progress, an `<Upload>` element (named so as not to clash with the
/// vendor-neutral [`codec_core::Upload`]).
#[codec_core::wire(xml, no_arbitrary)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PendingUpload<'a> {
    /// The object key, percent-encoded when the page's encoding type is `url`.
    #[wire(rename = "Key")]
    pub key: Option<Cow<'a, str>>,
    /// The upload's id (required: an upload without one cannot be named).
    #[wire(rename = "UploadId", alias = "UploadID", spelling = upload_id_element)]
    pub upload_id: Cow<'a, str>,
    /// How the id element was spelled (not part of the JSON form).
    #[wire(skip)]
    pub upload_id_element: UploadIdElement,
    /// The storage class of the object being uploaded (`STANDARD`, or `Standard` as the
    /// document's example has it).
    #[wire(rename = "StorageClass")]
    pub storage_class: Option<StorageClass<'a>>,
    /// Who started the upload.
    #[wire(rename = "Initiator")]
    pub initiator: Option<Owner<'a>>,
    /// Who owns the object being uploaded.
    #[wire(rename = "Owner")]
    pub owner: Option<Owner<'a>>,
    /// When the upload started, as COS wrote it (ISO 8601 or asctime).
    #[wire(rename = "Initiated")]
    pub initiated: Option<Cow<'a, str>>,
}

/// One `<CommonPrefixes>` element: a group of keys up to the request's delimiter.
#[codec_core::wire(xml, keep_control_chars)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CommonPrefix<'a> {
    /// The common prefix, percent-encoded when the page's encoding type is `url`.
    #[wire(rename = "Prefix")]
    pub prefix: Option<Cow<'a, str>>,
}

impl PendingUpload<'_> {
    /// `initiated` interpreted: `None` when absent, an error naming the field when it is
    /// not a date COS is known to send (ISO 8601, or asctime read as UTC).
    pub fn initiated_time(&self) -> Result<Option<Timestamp>> {
        Timestamp::parse_field(self.initiated.as_deref(), "Initiated")
    }
}

/// Where the next page starts, as the body says it, with the fields it came from (for
/// errors). Text as sent: percent-encoded when the page is.
pub(crate) struct NextMarkers<'t> {
    pub(crate) key: (&'t str, Cow<'static, str>),
    pub(crate) upload_id: Option<(&'t str, Cow<'static, str>)>,
}

fn non_empty<'t>(text: &'t Option<Cow<'_, str>>) -> Option<&'t str> {
    text.as_deref().filter(|text| !text.is_empty())
}

impl<'a> ListMultipartUploadsResult<'a> {
    /// The uploads of the page, in the order COS sent them: the
    /// [`uploads`](Self::uploads) field as a slice, the accessor every vendor crate has.
    pub fn uploads(&self) -> &[PendingUpload<'a>] {
        &self.uploads
    }

    /// Whether the page's keys, markers and prefixes are percent-encoded:
    /// `Encoding-Type` is `url` (in any case).
    pub fn is_url_encoded(&self) -> bool {
        self.encoding_type.as_ref().is_some_and(|encoding| encoding.is(&EncodingType::URL))
    }

    /// The marker pair the next request passes, `(key-marker, upload-id-marker)`, as
    /// the body has them (percent-encoded when [`is_url_encoded`](Self::is_url_encoded));
    /// `None` when this is the last page.
    ///
    /// While `IsTruncated` is true that is `NextKeyMarker` and `NextUploadIdMarker`.
    /// Should COS leave one out (or send it empty), the page's last upload stands in, as
    /// S3-style clients do: its key and id when `NextKeyMarker` is missing, its id when
    /// only `NextUploadIdMarker` is missing and the last upload has that key (a key
    /// marker alone would skip that key's remaining uploads). `None` when `IsTruncated`
    /// is false or absent, and for a truncated page with neither `NextKeyMarker` nor an
    /// upload, which the pager
    /// ([`ListRequest::next_request`](codec_core::listing::ListRequest::next_request))
    /// refuses.
    pub fn next_markers(&self) -> Option<(&str, Option<&str>)> {
        self.next_marker_fields()
            .map(|next| (next.key.0, next.upload_id.map(|(upload_id, _)| upload_id)))
    }

    pub(crate) fn next_marker_fields(&self) -> Option<NextMarkers<'_>> {
        if self.is_truncated != Some(true) {
            return None;
        }
        let index = self.uploads.len().checked_sub(1);
        let last = index.map(|index| (index, &self.uploads[index]));
        if let Some(key) = non_empty(&self.next_key_marker) {
            let upload_id = match non_empty(&self.next_upload_id_marker) {
                Some(id) => Some((id, Cow::Borrowed("NextUploadIdMarker"))),
                None => last
                    .filter(|(_, upload)| upload.key.as_deref() == Some(key))
                    .map(|(index, upload)| upload_id_field(index, upload)),
            };
            return Some(NextMarkers { key: (key, Cow::Borrowed("NextKeyMarker")), upload_id });
        }
        let (index, upload) = last?;
        let key = non_empty(&upload.key)?;
        Some(NextMarkers {
            key: (key, Cow::Owned(format!("Upload[{index}].Key"))),
            upload_id: Some(upload_id_field(index, upload)),
        })
    }
}

/// An upload's id as a stand-in marker, with its field.
fn upload_id_field<'t>(
    index: usize,
    upload: &'t PendingUpload<'_>,
) -> (&'t str, Cow<'static, str>) {
    (upload.upload_id.as_ref(), Cow::Owned(format!("Upload[{index}].UploadId")))
}

const ROOT: &str = "ListMultipartUploadsResult";

response_codec!(ListMultipartUploadsResult, decode, encode);

fn decode<'a>(
    input: &'a [u8],
    limits: &Limits,
    controls: ControlChars,
) -> Result<ListMultipartUploadsResult<'a>> {
    crate::error::decode_response(input, limits, ROOT, controls, |_, _| Ok(()))
}

fn encode(
    page: &ListMultipartUploadsResult<'_>,
    out: &mut Vec<u8>,
    controls: ControlChars,
) -> Result<()> {
    codec_core::wire::xml::encode_root(page, out, ROOT, crate::response::writing(controls))
}

impl Normalize for ListMultipartUploadsResult<'_> {
    type Model<'m>
        = UploadsPage<'m>
    where
        Self: 'm;

    /// The page in the vendor-neutral model: keys, the next markers and the common
    /// prefixes percent-decoded when the page is url-encoded, `Initiated` in RFC 3339
    /// UTC, `truncated` from `IsTruncated`, and `next_marker`/`next_upload_id_marker`
    /// from [`next_markers`](ListMultipartUploadsResult::next_markers) (only while the
    /// page is truncated).
    fn normalize_inner(&self) -> Result<UploadsPage<'_>> {
        normalize(self, self.is_url_encoded())
    }
}

/// The page in the vendor-neutral model, its text percent-decoded when `url` is set.
pub(crate) fn normalize<'m>(
    page: &'m ListMultipartUploadsResult<'_>,
    url: bool,
) -> Result<UploadsPage<'m>> {
    let mut uploads = Vec::with_capacity(page.uploads.len());
    for (index, upload) in page.uploads.iter().enumerate() {
        let within = |e: codec_core::Error| e.within(&format!("Upload[{index}]"));
        uploads.push(codec_core::Upload {
            upload_id: Cow::Borrowed(&upload.upload_id),
            key: upload
                .key
                .as_deref()
                .map(|key| decoded_if(url, key, "Key"))
                .transpose()
                .map_err(within)?,
            initiated: upload.initiated_time().map_err(within)?,
        });
    }
    let mut prefixes = Vec::with_capacity(page.common_prefixes.len());
    for (index, common) in page.common_prefixes.iter().enumerate() {
        if let Some(prefix) = common.prefix.as_deref() {
            let within = |e: codec_core::Error| e.within(&format!("CommonPrefixes[{index}]"));
            prefixes.push(decoded_if(url, prefix, "Prefix").map_err(within)?);
        }
    }
    let (next_marker, next_upload_id_marker) = match page.next_marker_fields() {
        Some(NextMarkers { key: (key, key_field), upload_id }) => {
            let key = decoded_if(url, key, &key_field)?;
            let upload_id = upload_id
                .map(|(upload_id, field)| decoded_if(url, upload_id, &field))
                .transpose()?;
            (Some(key), upload_id)
        }
        None => (None, None),
    };
    Ok(UploadsPage {
        vendor: Vendor::Cos,
        uploads,
        next_marker,
        next_upload_id_marker,
        truncated: page.is_truncated,
        prefixes,
    })
}

/// `None`, or text COS may write (the control characters decoding keeps included).
#[cfg(feature = "arbitrary")]
fn opt_xml_text<'a>(
    u: &mut arbitrary::Unstructured<'a>,
) -> arbitrary::Result<Option<Cow<'a, str>>> {
    codec_core::generate::opt_xml_text_with(u, ControlChars::Keep)
}

/// Values that round-trip: text COS may write (the control characters decoding keeps
/// included), and each spelling sibling left at its default when what it spells is
/// absent (decoding leaves it so).
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for ListMultipartUploadsResult<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let encoding_type: Option<EncodingType<'a>> = crate::response::opt_wire_text(u)?;
        let encoding_type_element = if encoding_type.is_some() {
            EncodingTypeElement::arbitrary(u)?
        } else {
            EncodingTypeElement::default()
        };
        let bucket = opt_xml_text(u)?;
        let key_marker = opt_xml_text(u)?;
        let upload_id_marker = opt_xml_text(u)?;
        let next_key_marker = opt_xml_text(u)?;
        let next_upload_id_marker = opt_xml_text(u)?;
        let max_uploads = Option::<u32>::arbitrary(u)?;
        let is_truncated = Option::<bool>::arbitrary(u)?;
        let prefix = opt_xml_text(u)?;
        let delimiter = opt_xml_text(u)?;
        let uploads = Vec::<PendingUpload<'a>>::arbitrary(u)?;
        let common_prefixes = Vec::<CommonPrefix<'a>>::arbitrary(u)?;
        let common_prefixes_element = if common_prefixes.is_empty() {
            CommonPrefixesElement::default()
        } else {
            CommonPrefixesElement::arbitrary(u)?
        };
        Ok(ListMultipartUploadsResult {
            bucket,
            encoding_type,
            encoding_type_element,
            key_marker,
            upload_id_marker,
            next_key_marker,
            next_upload_id_marker,
            max_uploads,
            is_truncated,
            prefix,
            delimiter,
            uploads,
            common_prefixes,
            common_prefixes_element,
        })
    }
}

/// Values that round-trip: text COS may write (the control characters decoding keeps
/// included), any id spelling.
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for PendingUpload<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        Ok(PendingUpload {
            key: opt_xml_text(u)?,
            upload_id: codec_core::generate::xml_text_with(u, ControlChars::Keep)?,
            upload_id_element: UploadIdElement::arbitrary(u)?,
            storage_class: crate::response::opt_wire_text(u)?,
            initiator: Option::<Owner<'a>>::arbitrary(u)?,
            owner: Option::<Owner<'a>>::arbitrary(u)?,
            initiated: opt_xml_text(u)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn upload(key: &str, id: &str) -> PendingUpload<'static> {
        PendingUpload {
            key: Some(key.to_owned().into()),
            upload_id: id.to_owned().into(),
            ..PendingUpload::default()
        }
    }

    #[test]
    fn next_markers_follow_is_truncated_and_fall_back_on_the_last_upload() {
        let mut page = ListMultipartUploadsResult {
            next_key_marker: Some("b".into()),
            next_upload_id_marker: Some("2".into()),
            uploads: vec![upload("a", "1"), upload("b", "2")],
            ..ListMultipartUploadsResult::default()
        };
        assert_eq!(page.next_markers(), None);
        page.is_truncated = Some(true);
        assert_eq!(page.next_markers(), Some(("b", Some("2"))));
        page.next_upload_id_marker = Some("".into());
        assert_eq!(page.next_markers(), Some(("b", Some("2"))), "the last upload's id");
        page.next_key_marker = Some("c".into());
        assert_eq!(page.next_markers(), Some(("c", None)), "another key: no id");
        page.next_key_marker = None;
        assert_eq!(page.next_markers(), Some(("b", Some("2"))), "the last upload");
        page.uploads.clear();
        assert_eq!(page.next_markers(), None);
        page.is_truncated = Some(false);
        page.next_key_marker = Some("z".into());
        assert_eq!(page.next_markers(), None);
    }

    #[test]
    fn the_model_decodes_keys_markers_and_prefixes_only_when_url_encoded() {
        let mut page = ListMultipartUploadsResult {
            encoding_type: Some(EncodingType::URL),
            next_key_marker: Some("a%2Bb%20c".into()),
            next_upload_id_marker: Some("1%2F2".into()),
            is_truncated: Some(true),
            uploads: vec![upload("a%2Bb%20c", "1%2F2")],
            common_prefixes: vec![CommonPrefix { prefix: Some("d%2F".into()) }],
            ..ListMultipartUploadsResult::default()
        };
        let model = page.normalize().unwrap();
        assert_eq!(model.uploads[0].key.as_deref(), Some("a+b c"));
        assert_eq!(model.uploads[0].upload_id, "1%2F2", "upload ids are not keys");
        assert_eq!(model.next_marker.as_deref(), Some("a+b c"));
        assert_eq!(model.next_upload_id_marker.as_deref(), Some("1/2"));
        assert_eq!(model.prefixes, ["d/"]);
        page.encoding_type = Some(EncodingType::from(""));
        let model = page.normalize().unwrap();
        assert_eq!(model.uploads[0].key.as_deref(), Some("a%2Bb%20c"));
        assert_eq!(model.prefixes, ["d%2F"]);
    }

    #[test]
    fn errors_name_the_field_they_could_not_read() {
        let page = ListMultipartUploadsResult {
            encoding_type: Some(EncodingType::URL),
            is_truncated: Some(true),
            uploads: vec![upload("ok", "1"), upload("bad%G1", "2")],
            ..ListMultipartUploadsResult::default()
        };
        assert_eq!(page.normalize().unwrap_err().path(), Some("Upload[1].Key"));
        let page = ListMultipartUploadsResult {
            uploads: vec![PendingUpload {
                initiated: Some("yesterday".into()),
                ..upload("k", "1")
            }],
            ..page
        };
        assert_eq!(page.normalize().unwrap_err().path(), Some("Upload[0].Initiated"));
        let page = ListMultipartUploadsResult {
            uploads: vec![],
            common_prefixes: vec![CommonPrefix { prefix: Some("%".into()) }],
            ..page
        };
        assert_eq!(page.normalize().unwrap_err().path(), Some("CommonPrefixes[0].Prefix"));
    }
}
