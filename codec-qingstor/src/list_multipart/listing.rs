//! [`ListRequest`] on [`ListMultipartRequest`]: the pager and the page in the
//! vendor-neutral model, from the request and the response together.

use std::borrow::Cow;

use codec_core::listing::{ListRequest, advancing, part_number_marker};
use codec_core::{PartsPage, Result, Vendor};

use super::normalize::normalize;
use crate::{
    ListMultipartRequest, ListMultipartResponse, MAX_PART_NUMBER, OPERATION_LIST_MULTIPART,
};

/// QingStor's paging: the next request starts after the last part number returned,
/// and the listing ends by the rule of [`ListMultipartResponse::next_marker`] applied
/// with this request's `limit`.
///
/// ```
/// use codec_core::Decode;
/// use codec_core::listing::ListRequest;
/// use codec_qingstor::{ListMultipartRequest, ListMultipartResponse};
///
/// let request = ListMultipartRequest::new("4d26").with_key("k").with_page_size(2);
/// let full = ListMultipartResponse::decode(br#"{"count":2,"object_parts":[{"part_number":0},{"part_number":3}]}"#)?;
/// let next = request.next_request(&full)?.unwrap();
/// assert_eq!(next.to_target()?, "/k?upload_id=4d26&part_number_marker=3&limit=2");
/// assert_eq!(request.page(&full)?.next_marker.as_deref(), Some("3"));
///
/// let short = ListMultipartResponse::decode(br#"{"count":1,"object_parts":[{"part_number":7}]}"#)?;
/// assert!(next.next_request(&short)?.is_none());
/// let page = next.page(&short)?;
/// assert_eq!((page.next_marker, page.truncated), (None, None));
/// assert_eq!((page.upload_id.as_deref(), page.key.as_deref()), (Some("4d26"), Some("k")));
///
/// assert_eq!(next.marker().as_deref(), Some("3"));
/// assert_eq!(request.resume_from("3")?, next);
/// # Ok::<(), codec_core::Error>(())
/// ```
impl<'a> ListRequest for ListMultipartRequest<'a> {
    type Item = codec_core::Part<'static>;
    type Response<'b> = ListMultipartResponse<'b>;
    type Page<'m>
        = PartsPage<'m>
    where
        Self: 'm;

    /// The request for the page after `response`, or `None` when `response` completes
    /// the listing. Everything but `part_number_marker` is kept; the new marker is the
    /// last part number of `response`. A marker that does not move past this request's
    /// own is an error of kind [`Paging`](codec_core::ErrorKind::Paging) (path
    /// `object_parts`) rather than a request that would fetch the same page forever.
    fn next_request(&self, response: &ListMultipartResponse<'_>) -> Result<Option<Self>> {
        let Some(marker) = response.next_marker(self.limit) else {
            return Ok(None);
        };
        let marker = advancing(self.part_number_marker, marker, "object_parts")
            .map_err(|e| e.with_context(Vendor::Qingstor, OPERATION_LIST_MULTIPART))?;
        Ok(Some(ListMultipartRequest { part_number_marker: Some(marker), ..self.clone() }))
    }

    /// `response` in the vendor-neutral model as the answer to this request: the
    /// paging rule applied with this request's `limit` (`next_marker` is `null` when the
    /// listing is complete, the last part number otherwise), `truncated` `null`
    /// (QingStor never says), and `upload_id` and `key` from this request (the body
    /// names neither).
    fn page<'m>(&'m self, response: &'m ListMultipartResponse<'_>) -> Result<PartsPage<'m>> {
        normalize(response, self.limit)
            .map(|page| PartsPage {
                upload_id: Some(Cow::Borrowed(self.upload_id.as_ref())),
                key: self.object_name.as_deref().map(Cow::Borrowed),
                ..page
            })
            .map_err(|e| e.with_context(Vendor::Qingstor, OPERATION_LIST_MULTIPART))
    }

    /// `part_number_marker` in decimal.
    fn marker(&self) -> Option<Cow<'_, str>> {
        self.part_number_marker.map(|marker| Cow::Owned(marker.to_string()))
    }

    /// This request with `part_number_marker` = `marker`, a part number 0 to 10,000 in
    /// decimal; anything else is an error naming `part_number_marker`.
    fn resume_from(self, marker: &str) -> Result<Self> {
        let marker = part_number_marker(marker, MAX_PART_NUMBER, "part_number_marker")
            .map_err(|e| e.with_context(Vendor::Qingstor, OPERATION_LIST_MULTIPART))?;
        Ok(ListMultipartRequest { part_number_marker: Some(marker), ..self })
    }
}
