//! `ListMultipartResponse`: the JSON body of a List Multipart response, and
//! `UploadedPart`, one part of it.

use std::borrow::Cow;

use codec_core::wire::json::{decode_body, encode_body, skip_member};
use codec_core::{Decode, ETag, Encode, Error, ErrorKind, Limits, Result, Timestamp, Vendor};

use crate::{MAX_PART_NUMBER, OPERATION_LIST_MULTIPART};

/// The body of a List Multipart response: one page of the parts of one multipart
/// upload, `{"count": …, "object_parts": [{"part_number", "size", "created", "etag"}]}`.
///
/// Every field but a part's `part_number` is optional on its own (QingStor's own API
/// spec requires only that one; some real bodies have no `etag`), and absent stays
/// absent when re-encoded. Strings borrow from the input; `created` keeps its wire
/// text ([`UploadedPart::created_time`] interprets it).
///
/// # What a page carries
///
/// A page carries `count`, `object_parts` or both, and [`decode`](Decode::decode)
/// refuses a body with neither (kind [`MissingField`](ErrorKind::MissingField), path
/// `object_parts`, offset at the body's start): `{}` and a gateway's
/// `{"message": "boom"}` are not pages, and must not read as an empty last page that
/// ends a listing early. The evidence:
///
/// - QingStor's document prints one response, with both members (`count` 3 and three
///   parts), and so do its current docs and the Python SDK's test body
///   (`fixtures/ok/list-multipart/`);
/// - the official Go SDK declares them `` Count *int `json:"count,omitempty"` `` and
///   `` ObjectParts []*ObjectPartType `json:"object_parts,omitempty"` ``
///   (qingstor/qingstor-sdk-go, `service/object.go`, `ListMultipartOutput`): a server
///   written the same way leaves `object_parts` out of an empty page (`{"count":0}`,
///   accepted) and, were `count` a nil pointer too, sends `{}`.
///
/// That last body is [`decode_lenient`](Self::decode_lenient)'s: it accepts a body with
/// neither member as an empty page. Use it for a QingStor-compatible server you know
/// answers an empty listing with `{}`; the price is that any JSON object without a
/// `code` reads as an empty page.
///
/// `object_parts` has three wire forms, all kept: absent (`None`), `null`
/// (`Some(None)`), and an array (`Some(Some(parts))`). Absent and `null` both mean that
/// the page holds no parts (what a Go server writes for an empty list, with and
/// without `omitempty`); [`parts`](Self::parts) reads all three as a slice. Anywhere
/// else, `null` is a wrong type: `count`, `size`, `created` and `etag` are either
/// absent or of their type.
///
/// `count` is kept as sent and used for nothing: the document calls it 分段数量 (the
/// number of parts) without saying whether it counts this page or the whole upload (one
/// public client reads it as the whole upload's), so neither the pager nor the
/// normalized model depends on it.
///
/// A body that is QingStor's error body (`{"code": …}` with neither `count` nor
/// `object_parts`) fails to decode with an error of kind
/// [`Service`](ErrorKind::Service) carrying the whole body
/// ([`ErrorResponse::from_error`](crate::ErrorResponse::from_error)).
///
/// ```
/// use codec_core::{Decode, Encode, ErrorKind};
/// use codec_qingstor::ListMultipartResponse;
///
/// let body = br#"{"count":1,"object_parts":[{"part_number":0,"size":12,"etag":"\"64ec2347\""}]}"#;
/// let page = ListMultipartResponse::decode(body)?;
/// let etag = page.parts()[0].etag.as_ref().unwrap();
/// assert_eq!((etag.value(), etag.is_quoted(), etag.is_borrowed()), ("64ec2347", true, true));
/// assert_eq!(page.encode()?, body);
///
/// let empty = ListMultipartResponse::decode(br#"{"count":0,"object_parts":null}"#)?;
/// assert_eq!((empty.object_parts.clone(), empty.parts().len()), (Some(None), 0));
/// assert_eq!(empty.encode()?, br#"{"count":0,"object_parts":null}"#);
///
/// let error = ListMultipartResponse::decode(b"{}").unwrap_err();
/// assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some("object_parts")));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(json, no_arbitrary, codec(Vendor::Qingstor, OPERATION_LIST_MULTIPART))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(
    feature = "schema",
    schemars(extend("anyOf" = [{ "required": ["count"] }, { "required": ["object_parts"] }]))
)]
pub struct ListMultipartResponse<'a> {
    /// `count`: "the number of parts", as sent (see the type's docs for what it may
    /// mean).
    pub count: Option<u64>,
    /// `object_parts`: `None` when absent, `Some(None)` for `null`, `Some(Some(parts))`
    /// for an array; the parts in the order QingStor sent them.
    pub object_parts: Option<Option<Vec<UploadedPart<'a>>>>,
}

/// One uploaded part, an item of `object_parts`.
#[codec_core::wire(json)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UploadedPart<'a> {
    /// `part_number`: 0 to 10,000 (QingStor numbers parts from 0; gaps are allowed).
    #[wire(range(max = MAX_PART_NUMBER))]
    pub part_number: u32,
    /// `size`: the part's size in bytes.
    pub size: Option<u64>,
    /// `created`: when the part was created, as QingStor wrote it (ISO 8601, possibly
    /// with an offset, such as `2015-08-16T14:52:12.000Z`).
    pub created: Option<Cow<'a, str>>,
    /// `etag`: the part's ETag (bare in QingStor's examples; surrounding quotes kept as
    /// sent).
    pub etag: Option<ETag<'a>>,
}

impl UploadedPart<'_> {
    /// `created` interpreted: `None` when absent, an error naming the field when it is
    /// not a date.
    pub fn created_time(&self) -> Result<Option<Timestamp>> {
        Timestamp::parse_field(self.created.as_deref(), "created")
    }
}

impl<'a> ListMultipartResponse<'a> {
    /// A page of `parts` as QingStor writes one: `count` set to the number of parts and
    /// `object_parts` an array.
    pub fn from_parts(parts: Vec<UploadedPart<'a>>) -> Self {
        ListMultipartResponse { count: Some(parts.len() as u64), object_parts: Some(Some(parts)) }
    }

    /// The parts on this page: empty when `object_parts` is absent or `null`.
    pub fn parts(&self) -> &[UploadedPart<'a>] {
        match &self.object_parts {
            Some(Some(parts)) => parts,
            _ => &[],
        }
    }

    /// Decodes like [`decode_with`](Decode::decode_with), but also accepts a body with
    /// neither `count` nor `object_parts` (`{}`, or an object of unknown members) as a
    /// page without parts; QingStor's error body is still an error of kind
    /// [`Service`](ErrorKind::Service). See the type's docs for when to use it.
    ///
    /// ```
    /// use codec_core::{Decode, Limits};
    /// use codec_qingstor::ListMultipartResponse;
    ///
    /// let empty = ListMultipartResponse::decode_lenient(b"{}", &Limits::default())?;
    /// assert!(empty.parts().is_empty());
    /// assert!(ListMultipartResponse::decode(b"{}").is_err());
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn decode_lenient(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode(input, limits, false)
            .map_err(|e| e.with_context(Vendor::Qingstor, OPERATION_LIST_MULTIPART))
    }
}

impl ListMultipartResponse<'_> {
    /// The paging rule: the `part_number_marker` of the next request, or `None` when
    /// this page completes the listing. `limit` is the `limit` of the request that
    /// fetched this page (`None` when it sent none, or when it is not known).
    ///
    /// QingStor's response names no next marker and says nothing of truncation, so:
    ///
    /// 1. a page with no parts completes the listing;
    /// 2. a page whose last part is number 10,000 completes it (no part can follow);
    /// 3. with a `limit`, a page of fewer parts than `limit` completes it (QingStor
    ///    returns up to `limit` parts, so a short page is the last);
    /// 4. otherwise the next page starts after the last part number returned: that
    ///    number is the next `part_number_marker` (parts come sorted by number).
    ///
    /// Without a `limit` (QingStor's default page size is not documented) only rules
    /// 1 and 2 can end the listing, so paging costs one more request, which returns no
    /// parts; no part is ever missed. `count` plays no part (see the type's docs).
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_qingstor::ListMultipartResponse;
    ///
    /// let page = ListMultipartResponse::decode(br#"{"object_parts":[{"part_number":4}]}"#)?;
    /// assert_eq!(page.next_marker(None), Some(4));
    /// assert_eq!(page.next_marker(Some(1)), Some(4));
    /// assert_eq!(page.next_marker(Some(2)), None);
    /// assert_eq!(ListMultipartResponse::decode(br#"{"count":0}"#)?.next_marker(None), None);
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn next_marker(&self, limit: Option<u32>) -> Option<u32> {
        let parts = self.parts();
        let last = parts.last()?.part_number;
        if last >= MAX_PART_NUMBER {
            return None;
        }
        if limit.is_some_and(|limit| parts.len() < limit as usize) {
            return None;
        }
        Some(last)
    }
}

/// Decodes a page; `strict` refuses a body with neither `count` nor `object_parts`.
fn decode<'a>(input: &'a [u8], limits: &Limits, strict: bool) -> Result<ListMultipartResponse<'a>> {
    let mut code = false;
    let (response, seen) = decode_body(input, limits, |key, json| {
        code |= key.eq_str("code");
        skip_member(key, json)
    })?;
    if seen.any() {
        return Ok(response);
    }
    // QingStor's error body where a listing was expected (a `code` and neither `count`
    // nor `object_parts`): say what QingStor said, and keep the whole body.
    if code && let Some(error) = crate::error::in_place_of_a_result(input, limits) {
        return Err(error);
    }
    if strict {
        return Err(not_a_page(input));
    }
    Ok(response)
}

#[cold]
fn not_a_page(input: &[u8]) -> Error {
    Error::new(
        ErrorKind::MissingField,
        "neither `object_parts` nor `count` is present: not a List Multipart page \
         (decode_lenient reads such a body as an empty page)",
    )
    .with_path("object_parts")
    .with_offset(codec_core::sniff::start(input))
}

impl<'a> Decode<'a> for ListMultipartResponse<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode(input, limits, true)
    }
}

impl Encode for ListMultipartResponse<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        encode_body(self, out)
    }
}

/// Generates pages that round-trip through [`decode`](Decode::decode): `count`,
/// `object_parts` (absent, `null` or an array) or both, never neither.
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for ListMultipartResponse<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let count: Option<u64> = u.arbitrary()?;
        let object_parts: Option<Option<Vec<UploadedPart<'a>>>> = u.arbitrary()?;
        let count = match (count, &object_parts) {
            (None, None) => Some(u.arbitrary()?),
            (count, _) => count,
        };
        Ok(ListMultipartResponse { count, object_parts })
    }
}
