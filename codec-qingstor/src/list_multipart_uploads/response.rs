//! `ListMultipartUploadsResponse`: the JSON body of a List Multipart Uploads response,
//! and `PendingUpload`, one upload of it.

use std::borrow::Cow;

use codec_core::wire::json::{decode_body, encode_body, skip_member};
use codec_core::{
    Decode, Encode, Error, ErrorKind, Limits, Normalize, Result, Timestamp, UploadsPage, Vendor,
};

use crate::OPERATION_LIST_MULTIPART_UPLOADS;

/// The body of a List Multipart Uploads response: one page of a bucket's multipart
/// uploads in progress.
///
/// ```json
/// {
///   "name": "mybucket",
///   "uploads": [
///     {"created": "2016-12-25T16:02:05.000Z", "key": "Movies/Star-Wars-2015.mp4", "upload_id": "44e76b0f5eda308e"}
///   ],
///   "prefix": "Movies/", "delimiter": "/", "limit": 6,
///   "key_marker": "", "upload_id_marker": "",
///   "next_key_marker": "Sci-Fi/", "next_upload_id_marker": "",
///   "common_prefixes": ["Cartoon/", "Love/"]
/// }
/// ```
///
/// Every member is optional but each upload's `upload_id`, and absent stays absent
/// when re-encoded; members may come in any order, unknown ones are skipped, `null` is
/// a wrong type except for the two lists. The members, from QingStor's document "List
/// Multipart Uploads" (its field table and its example, which do not agree) and its
/// API specification:
///
/// - `name`, `prefix`, `delimiter`, `limit`: the bucket and the request's parameters;
/// - `marker` (the field table's name for the request's `key_marker`) and
///   `key_marker`, `upload_id_marker` (the example's): where this page started; all
///   three are kept;
/// - `next_key_marker`, `next_upload_id_marker`: where the next page starts, empty
///   when the listing is complete;
/// - `has_more`: whether more uploads follow (in QingStor's API specification and Go
///   SDK; the document's example has none);
/// - `uploads` ([`PendingUpload`]s) and `common_prefixes` (strings): absent (`None`),
///   `null` (`Some(None)`, what a Go server writes for an empty list) or an array,
///   all kept; [`uploads`](Self::uploads) and [`prefixes`](Self::prefixes) read all
///   three as a slice.
///
/// Strings borrow from the input and keep their wire text; `created` is ISO 8601
/// ([`PendingUpload::created_time`] interprets it).
///
/// # A body that is not a page
///
/// A page carries at least one of the members above: `{}` and a gateway's
/// `{"message": "boom"}` are refused (kind [`MissingField`](ErrorKind::MissingField),
/// path `uploads`, at the body's start), so that neither reads as an empty last page.
/// QingStor's error body (`{"code": …}` and none of the members) fails with an error
/// of kind [`Service`](ErrorKind::Service) carrying the whole body
/// ([`ErrorResponse::from_error`](crate::ErrorResponse::from_error)).
///
/// The document's own example is not JSON: a comma follows its last upload. It is
/// refused, with the offset of that comma (`fixtures/err/list-multipart-uploads/`).
///
/// ```
/// use codec_core::{Decode, Encode, ErrorKind, Normalize};
/// use codec_qingstor::ListMultipartUploadsResponse;
///
/// let body = br#"{"uploads":[{"created":"2016-12-25T16:02:05.000Z","key":"Movies/a.mp4","upload_id":"44e76b0f"}],
///                 "next_key_marker":"Movies/a.mp4","next_upload_id_marker":"44e76b0f","has_more":true}"#;
/// let response = ListMultipartUploadsResponse::decode(body)?;
/// assert_eq!(response.uploads()[0].key.as_deref(), Some("Movies/a.mp4"));
/// assert_eq!(ListMultipartUploadsResponse::decode(&response.encode()?)?, response);
///
/// let page = response.normalize()?;
/// assert_eq!(page.uploads[0].initiated.unwrap().to_string(), "2016-12-25T16:02:05Z");
/// assert_eq!(page.next_marker.as_deref(), Some("Movies/a.mp4"));
/// assert_eq!(page.next_upload_id_marker.as_deref(), Some("44e76b0f"));
/// assert_eq!(page.truncated, Some(true));
///
/// let trailing_comma = br#"{"uploads":[{"upload_id":"44e76b0f"},]}"#;
/// let error = ListMultipartUploadsResponse::decode(trailing_comma).unwrap_err();
/// assert_eq!((error.kind(), error.offset()), (ErrorKind::Syntax, Some(36)));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(json, no_arbitrary, codec(Vendor::Qingstor, OPERATION_LIST_MULTIPART_UPLOADS))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "schema", schemars(transform = page_members))]
pub struct ListMultipartUploadsResponse<'a> {
    /// `name`: the bucket's name.
    pub name: Option<Cow<'a, str>>,
    /// `uploads`: `None` when absent, `Some(None)` for `null`, `Some(Some(uploads))`
    /// for an array; the uploads in the order QingStor sent them (sorted by object
    /// name, then upload id). An item-limit error names the upload, `uploads[1000]`.
    pub uploads: Option<Option<Vec<PendingUpload<'a>>>>,
    /// `prefix`: the request's `prefix`.
    pub prefix: Option<Cow<'a, str>>,
    /// `delimiter`: the request's `delimiter`.
    pub delimiter: Option<Cow<'a, str>>,
    /// `limit`: the request's `limit` (or QingStor's default, 200).
    pub limit: Option<u32>,
    /// `marker`: the request's `key_marker`, under the name QingStor's field table
    /// gives it.
    pub marker: Option<Cow<'a, str>>,
    /// `key_marker`: the request's `key_marker`, under the name QingStor's example
    /// gives it.
    pub key_marker: Option<Cow<'a, str>>,
    /// `upload_id_marker`: the request's `upload_id_marker`.
    pub upload_id_marker: Option<Cow<'a, str>>,
    /// `next_key_marker`: the next request's `key_marker` (the last object name or
    /// common prefix of this page); empty when the listing is complete.
    pub next_key_marker: Option<Cow<'a, str>>,
    /// `next_upload_id_marker`: the next request's `upload_id_marker` (the last upload
    /// id of this page, when uploads of one name run on to the next page); may be
    /// empty.
    pub next_upload_id_marker: Option<Cow<'a, str>>,
    /// `has_more`: whether more uploads follow this page.
    pub has_more: Option<bool>,
    /// `common_prefixes`: the object names grouped up to the request's `delimiter`;
    /// `None` when absent, `Some(None)` for `null`.
    pub common_prefixes: Option<Option<Vec<Cow<'a, str>>>>,
}

/// One upload in progress, an item of `uploads` (named so as not to clash with the
/// vendor-neutral [`codec_core::Upload`]).
#[codec_core::wire(json)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PendingUpload<'a> {
    /// `created`: when the upload started, as QingStor wrote it (ISO 8601 with
    /// milliseconds, `2016-12-25T16:02:05.000Z`).
    pub created: Option<Cow<'a, str>>,
    /// `key`: the object name the upload makes.
    pub key: Option<Cow<'a, str>>,
    /// `upload_id`: the upload's id (required: an upload without one cannot be named).
    pub upload_id: Cow<'a, str>,
}

impl PendingUpload<'_> {
    /// `created` interpreted: `None` when absent, an error naming the field when it is
    /// not a date.
    pub fn created_time(&self) -> Result<Option<Timestamp>> {
        Timestamp::parse_field(self.created.as_deref(), "created")
    }
}

/// A page carries at least one of its members.
#[cfg(feature = "schema")]
fn page_members(schema: &mut schemars::Schema) {
    let names: Vec<String> = schema
        .get("properties")
        .and_then(|properties| properties.as_object())
        .map(|properties| properties.keys().cloned().collect())
        .unwrap_or_default();
    let any_of: Vec<schemars::Schema> =
        names.iter().map(|name| schemars::json_schema!({ "required": [name] })).collect();
    let rule = schemars::json_schema!({ "anyOf": any_of });
    if let (Some(object), Some(any_of)) = (schema.as_object_mut(), rule.get("anyOf")) {
        object.insert("anyOf".into(), any_of.clone());
    }
}

fn non_empty<'t>(text: &'t Option<Cow<'_, str>>) -> Option<&'t str> {
    text.as_deref().filter(|text| !text.is_empty())
}

impl<'a> ListMultipartUploadsResponse<'a> {
    /// The uploads of the page, in the order QingStor sent them: empty when `uploads`
    /// is absent or `null`.
    pub fn uploads(&self) -> &[PendingUpload<'a>] {
        match &self.uploads {
            Some(Some(uploads)) => uploads,
            _ => &[],
        }
    }

    /// The common prefixes of the page: empty when `common_prefixes` is absent or
    /// `null`.
    pub fn prefixes(&self) -> &[Cow<'a, str>] {
        match &self.common_prefixes {
            Some(Some(prefixes)) => prefixes,
            _ => &[],
        }
    }

    /// The paging rule: the marker pair the next request passes,
    /// `(key_marker, upload_id_marker)`, or `None` when this page completes the
    /// listing.
    ///
    /// The listing is complete when `has_more` is `false`, or when `next_key_marker`
    /// is empty or absent (QingStor's document: "当已经列取完全部的内容将返回空", empty
    /// once everything is listed). Otherwise the next request passes `next_key_marker`
    /// as `key_marker` and `next_upload_id_marker`, when not empty, as
    /// `upload_id_marker`.
    ///
    /// A page that says `has_more: true` and names no `next_key_marker` has nowhere
    /// to go on from: `None` here, and the pager
    /// ([`ListRequest::next_request`](codec_core::listing::ListRequest::next_request))
    /// refuses it rather than end the listing early.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_qingstor::ListMultipartUploadsResponse;
    ///
    /// let page = ListMultipartUploadsResponse::decode(br#"{"next_key_marker":"Sci-Fi/","next_upload_id_marker":""}"#)?;
    /// assert_eq!(page.next_markers(), Some(("Sci-Fi/", None)));
    /// let last = ListMultipartUploadsResponse::decode(br#"{"next_key_marker":"Sci-Fi/","has_more":false}"#)?;
    /// assert_eq!(last.next_markers(), None);
    /// let done = ListMultipartUploadsResponse::decode(br#"{"next_key_marker":"","has_more":true}"#)?;
    /// assert_eq!(done.next_markers(), None);
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn next_markers(&self) -> Option<(&str, Option<&str>)> {
        if self.has_more == Some(false) {
            return None;
        }
        let key = non_empty(&self.next_key_marker)?;
        Some((key, non_empty(&self.next_upload_id_marker)))
    }
}

/// Decodes a page: a body with none of the page's members is not one.
fn decode<'a>(input: &'a [u8], limits: &Limits) -> Result<ListMultipartUploadsResponse<'a>> {
    let mut code = false;
    let (response, seen) = decode_body(input, limits, |key, json| {
        code |= key.eq_str("code");
        skip_member(key, json)
    })?;
    if seen.any() {
        return Ok(response);
    }
    // QingStor's error body where a listing was expected: say what QingStor said, and
    // keep the whole body.
    if code && let Some(error) = crate::error::in_place_of_a_result(input, limits) {
        return Err(error);
    }
    Err(not_a_page(input))
}

#[cold]
fn not_a_page(input: &[u8]) -> Error {
    Error::new(
        ErrorKind::MissingField,
        "none of the members of a List Multipart Uploads page is present (`uploads`, \
         `next_key_marker`, `has_more`, …): not a page",
    )
    .with_path("uploads")
    .with_offset(codec_core::sniff::start(input))
}

impl<'a> Decode<'a> for ListMultipartUploadsResponse<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode(input, limits)
    }
}

impl Encode for ListMultipartUploadsResponse<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        encode_body(self, out)
    }
}

impl Normalize for ListMultipartUploadsResponse<'_> {
    type Model<'m>
        = UploadsPage<'m>
    where
        Self: 'm;

    /// The page in the vendor-neutral model: `key` and `upload_id` as sent, `created`
    /// as `initiated` in RFC 3339 UTC, `truncated` from `has_more` (`null` when the
    /// body has none, as the document's example), `next_marker` and
    /// `next_upload_id_marker` from [`next_markers`](ListMultipartUploadsResponse::next_markers)
    /// (`null` when the listing is complete, and an empty marker is `null`), and
    /// `prefixes` from `common_prefixes`.
    fn normalize_inner(&self) -> Result<UploadsPage<'_>> {
        normalize(self)
    }
}

#[cold]
fn created_error(error: Error, index: usize) -> Error {
    error.within(&format!("uploads[{index}]"))
}

/// The page in the vendor-neutral model.
pub(crate) fn normalize<'m>(
    response: &'m ListMultipartUploadsResponse<'_>,
) -> Result<UploadsPage<'m>> {
    let source = response.uploads();
    let mut uploads = Vec::with_capacity(source.len());
    for (index, upload) in source.iter().enumerate() {
        uploads.push(codec_core::Upload {
            upload_id: Cow::Borrowed(&upload.upload_id),
            key: upload.key.as_deref().map(Cow::Borrowed),
            initiated: upload.created_time().map_err(|e| created_error(e, index))?,
        });
    }
    let (next_marker, next_upload_id_marker) = match response.next_markers() {
        Some((key, upload_id)) => (Some(Cow::Borrowed(key)), upload_id.map(Cow::Borrowed)),
        None => (None, None),
    };
    Ok(UploadsPage {
        vendor: Vendor::Qingstor,
        uploads,
        next_marker,
        next_upload_id_marker,
        truncated: response.has_more,
        prefixes: response.prefixes().iter().map(|prefix| Cow::Borrowed(prefix.as_ref())).collect(),
    })
}

/// Generates pages that round-trip through [`decode`](Decode::decode): at least one
/// member present.
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for ListMultipartUploadsResponse<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let mut page = ListMultipartUploadsResponse {
            name: u.arbitrary()?,
            uploads: u.arbitrary()?,
            prefix: u.arbitrary()?,
            delimiter: u.arbitrary()?,
            limit: u.arbitrary()?,
            marker: u.arbitrary()?,
            key_marker: u.arbitrary()?,
            upload_id_marker: u.arbitrary()?,
            next_key_marker: u.arbitrary()?,
            next_upload_id_marker: u.arbitrary()?,
            has_more: u.arbitrary()?,
            common_prefixes: u.arbitrary()?,
        };
        if page == ListMultipartUploadsResponse::default() {
            page.uploads = Some(u.arbitrary()?);
        }
        Ok(page)
    }
}
