//! `ListMultipartResponse`: the JSON body of a List Multipart response.

use std::borrow::Cow;

use codec_core::wire::json::{decode_body, encode_body, skip_member};
use codec_core::{
    Decode, ETag, Encode, Error, Limits, Normalize, PartsPage, Result, Timestamp, Vendor,
};

use crate::{ErrorResponse, ListMultipartRequest, MAX_PART_NUMBER, OPERATION_LIST_MULTIPART};

/// The body of a List Multipart response: one page of the parts of one multipart
/// upload, `{"count": …, "object_parts": [{"part_number", "size", "created", "etag"}]}`.
///
/// Every field but a part's `part_number` is optional (QingStor's own API spec requires
/// only that one; some real bodies have no `etag`), and absent stays absent when
/// re-encoded. Strings borrow from the input; `created` keeps its wire text
/// ([`Part::created_time`] interprets it).
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
/// [`Service`](codec_core::ErrorKind::Service) carrying what QingStor said.
///
/// ```
/// use codec_core::{Decode, Encode};
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
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(json, codec(Vendor::Qingstor, OPERATION_LIST_MULTIPART))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListMultipartResponse<'a> {
    /// `count`: "the number of parts", as sent (see the type's docs for what it may
    /// mean).
    pub count: Option<u64>,
    /// `object_parts`: `None` when absent, `Some(None)` for `null`, `Some(Some(parts))`
    /// for an array; the parts in the order QingStor sent them.
    pub object_parts: Option<Option<Vec<Part<'a>>>>,
}

/// One uploaded part.
#[codec_core::wire(json)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Part<'a> {
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

#[cold]
fn created_error(error: codec_core::timestamp::TimestampError, index: usize) -> Error {
    Error::from(error).with_path(format!("object_parts[{index}].created"))
}

impl Part<'_> {
    /// `created` interpreted: `None` when absent, an error naming the field when it is
    /// not a date.
    pub fn created_time(&self) -> Result<Option<Timestamp>> {
        Timestamp::parse_field(self.created.as_deref(), "created")
    }
}

impl<'a> ListMultipartResponse<'a> {
    /// A page of `parts` as QingStor writes one: `count` set to the number of parts and
    /// `object_parts` an array.
    pub fn from_parts(parts: Vec<Part<'a>>) -> Self {
        ListMultipartResponse { count: Some(parts.len() as u64), object_parts: Some(Some(parts)) }
    }

    /// The parts on this page: empty when `object_parts` is absent or `null`.
    pub fn parts(&self) -> &[Part<'a>] {
        match &self.object_parts {
            Some(Some(parts)) => parts,
            _ => &[],
        }
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
    /// assert_eq!(ListMultipartResponse::decode(b"{}")?.next_marker(None), None);
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

    /// The page in the vendor-neutral model with the paging rule applied with the
    /// request's `limit`, and the upload id and object name taken from the request
    /// (the body names neither).
    ///
    /// `next_marker` is [`next_marker`](Self::next_marker)`(request.limit)`;
    /// `truncated` is `false` when the rule says the listing is complete and `null`
    /// otherwise (a full page may or may not be the last: QingStor does not say).
    pub fn normalize_for<'m>(
        &'m self,
        request: &'m ListMultipartRequest<'_>,
    ) -> Result<PartsPage<'m>> {
        normalize(self, request.limit)
            .map(|page| PartsPage {
                upload_id: Some(Cow::Borrowed(request.upload_id.as_ref())),
                key: request.object_name.as_deref().map(Cow::Borrowed),
                ..page
            })
            .map_err(|e| e.with_context(Vendor::Qingstor, OPERATION_LIST_MULTIPART))
    }
}

impl<'a> Decode<'a> for ListMultipartResponse<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        let mut code = false;
        let (response, seen) = decode_body(input, limits, |key, json| {
            code |= key.eq_str("code");
            skip_member(key, json)
        })?;
        // QingStor's error body where a listing was expected (a `code` and neither
        // `count` nor `object_parts`): say what QingStor said.
        if code
            && !seen.any()
            && let Ok(error) = ErrorResponse::decode_with(input, limits)
        {
            let start =
                input.iter().take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r')).count();
            return Err(Error::service(error.to_service_error()).with_offset(start));
        }
        Ok(response)
    }
}

impl Encode for ListMultipartResponse<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        encode_body(self, out)
    }
}

impl Normalize for ListMultipartResponse<'_> {
    type Model<'m>
        = PartsPage<'m>
    where
        Self: 'm;

    /// The page in the vendor-neutral model: ETags without quotes, `created` in RFC
    /// 3339 UTC, and the paging rule of [`next_marker`](ListMultipartResponse::next_marker)
    /// applied with the body alone (no `limit`): `next_marker` is `null` and
    /// `truncated` `false` when the page has no parts or ends at part 10,000;
    /// otherwise `next_marker` is the last part number and `truncated` is `null`, since
    /// the body alone cannot tell whether more parts follow. `upload_id` and `key` are
    /// `null`: the body names neither. See
    /// [`normalize_for`](ListMultipartResponse::normalize_for) to apply the request's
    /// `limit` and fill them in.
    fn normalize_inner(&self) -> Result<PartsPage<'_>> {
        normalize(self, None)
    }
}

fn normalize<'m>(
    response: &'m ListMultipartResponse<'_>,
    limit: Option<u32>,
) -> Result<PartsPage<'m>> {
    let source = response.parts();
    let mut parts = Vec::with_capacity(source.len());
    // Parts uploaded in the same second share their `created` text (two of the three
    // in the documented example, all three in the Python SDK's test): such a run is
    // parsed once.
    let mut previous: Option<(&str, Option<Timestamp>)> = None;
    for (index, part) in source.iter().enumerate() {
        let last_modified = match (part.created.as_deref(), previous) {
            (None, _) => None,
            (Some(text), Some((seen, time))) if text == seen => time,
            // `parse_timestamp` directly rather than `created_time`: fewer wrappers
            // around the date's packed layout (about a third of the cost of a parse).
            (Some(text), _) => match codec_core::timestamp::parse_timestamp(text) {
                Ok(time) => {
                    let time = Some(Timestamp(time));
                    previous = Some((text, time));
                    time
                }
                Err(error) => return Err(created_error(error, index)),
            },
        };
        parts.push(codec_core::Part {
            number: part.part_number,
            etag: part.etag.as_ref().map(|etag| Cow::Borrowed(etag.value())),
            size: part.size,
            last_modified,
        });
    }
    let next = response.next_marker(limit);
    Ok(PartsPage {
        vendor: Vendor::Qingstor,
        upload_id: None,
        key: None,
        parts,
        next_marker: next.map(|marker| Cow::Owned(marker.to_string())),
        truncated: if next.is_none() { Some(false) } else { None },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(numbers: &[u32]) -> ListMultipartResponse<'static> {
        ListMultipartResponse::from_parts(
            numbers.iter().map(|&part_number| Part { part_number, ..Part::default() }).collect(),
        )
    }

    #[test]
    fn the_paging_rule() {
        assert_eq!(page(&[]).next_marker(None), None);
        assert_eq!(page(&[]).next_marker(Some(5)), None);
        assert_eq!(ListMultipartResponse::default().next_marker(None), None);
        assert_eq!(page(&[0]).next_marker(None), Some(0));
        assert_eq!(page(&[0, 1]).next_marker(Some(2)), Some(1));
        assert_eq!(page(&[0, 1]).next_marker(Some(3)), None);
        assert_eq!(page(&[1, 2, 3]).next_marker(Some(0)), Some(3));
        assert_eq!(page(&[9_999, 10_000]).next_marker(None), None);
        assert_eq!(page(&[9_998, 9_999]).next_marker(Some(2)), Some(9_999));
    }

    #[test]
    fn runs_of_equal_dates_normalize_like_any_other() {
        let dates = [Some("2015-08-16T14:52:12Z"), Some("2015-08-16T14:52:12Z"), None];
        let more = [Some("2015-08-16T14:52:12Z"), Some("2015-08-16T22:52:16+08:00")];
        let parts = dates
            .into_iter()
            .chain(more)
            .chain([Some("2015-08-16T14:52:12Z"), Some("not a date")])
            .enumerate()
            .map(|(number, created)| Part {
                part_number: number as u32,
                created: created.map(Cow::Borrowed),
                ..Part::default()
            })
            .collect::<Vec<_>>();
        let response = ListMultipartResponse::from_parts(parts[..6].to_vec());
        let page = response.normalize().unwrap();
        for (normalized, part) in page.parts.iter().zip(response.parts()) {
            assert_eq!(normalized.last_modified, part.created_time().unwrap());
        }
        let error = ListMultipartResponse::from_parts(parts).normalize().unwrap_err();
        assert_eq!(error.path(), Some("object_parts[6].created"));
    }

    #[test]
    fn normalized_paging_follows_the_rule() {
        let full = page(&[1, 2]);
        let normalized = full.normalize().unwrap();
        assert_eq!((normalized.next_marker.as_deref(), normalized.truncated), (Some("2"), None));
        let request = ListMultipartRequest::new("u").with_object_name("k").with_limit(3);
        let normalized = full.normalize_for(&request).unwrap();
        assert_eq!((normalized.next_marker, normalized.truncated), (None, Some(false)));
        assert_eq!(normalized.key.as_deref(), Some("k"));
        assert_eq!(normalized.upload_id.as_deref(), Some("u"));
        let empty = page(&[]);
        let normalized = empty.normalize().unwrap();
        assert_eq!((normalized.next_marker, normalized.truncated), (None, Some(false)));
    }
}
