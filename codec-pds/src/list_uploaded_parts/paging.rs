//! The pager: [`ListRequest`] on [`ListUploadedPartsRequest`].

use std::borrow::Cow;

use codec_core::listing::{ListRequest, differing};
use codec_core::{Error, Normalize, Part, PartsPage, Result, Vendor};

use super::{ListUploadedPartsRequest, ListUploadedPartsResponse};
use crate::OPERATION_LIST_UPLOADED_PARTS;
use crate::types::PartNumberMarker;

/// The listing of an upload's parts, page by page.
///
/// Paging: the next request passes the response's `next_part_number_marker`, an opaque
/// string, as its `part_number_marker`; `""` (or no marker) ends the listing. The
/// marker is passed on as it came and compared as text: a next marker equal to this
/// request's own (`"5"` and `5` are the same marker) is an error of kind
/// [`Paging`](codec_core::ErrorKind::Paging) rather than a request that would fetch the
/// same page forever.
///
/// ```
/// use codec_core::Decode;
/// use codec_core::listing::ListRequest;
/// use codec_pds::{ListUploadedPartsRequest, ListUploadedPartsResponse};
///
/// let request = ListUploadedPartsRequest::new("1", "322f", "0016").with_page_size(1);
/// let page = ListUploadedPartsResponse::decode(br#"{"next_part_number_marker":"NWQ1"}"#)?;
/// let next = request.next_request(&page)?.unwrap();
/// assert_eq!(next.marker().as_deref(), Some("NWQ1"));
/// assert_eq!(next.next_request(&page).unwrap_err().kind(), codec_core::ErrorKind::Paging);
///
/// let last = ListUploadedPartsResponse::decode(br#"{"next_part_number_marker":""}"#)?;
/// assert!(next.next_request(&last)?.is_none());
/// // The page in the vendor-neutral model: what the body leaves out comes from the request.
/// assert_eq!(next.page(&last)?.key.as_deref(), Some("322f"));
/// # Ok::<(), codec_core::Error>(())
/// ```
impl<'a> ListRequest for ListUploadedPartsRequest<'a> {
    type Item = Part<'static>;
    type Response<'b> = ListUploadedPartsResponse<'b>;
    type Page<'m>
        = PartsPage<'m>
    where
        Self: 'm;

    /// The request for the page after `response`, or `None` when `response` is the
    /// last page (its `next_part_number_marker` is `""` or absent). Everything but the
    /// marker is kept.
    fn next_request(&self, response: &ListUploadedPartsResponse<'_>) -> Result<Option<Self>> {
        let Some(next) = response.next_marker() else {
            return Ok(None);
        };
        differing(self.marker().as_deref(), &next.as_text(), "next_part_number_marker")
            .map_err(|e| e.with_context(Vendor::Pds, OPERATION_LIST_UPLOADED_PARTS))?;
        Ok(Some(ListUploadedPartsRequest {
            part_number_marker: Some(next.clone().into_owned()),
            ..self.clone()
        }))
    }

    /// `response` in the vendor-neutral model ([`Normalize`]), with the `file_id` (the
    /// key) and the `upload_id` this request names where the body leaves them out.
    fn page<'m>(&'m self, response: &'m ListUploadedPartsResponse<'_>) -> Result<PartsPage<'m>> {
        Ok(response.normalize()?.named_by(Some(&self.upload_id), Some(&self.file_id)))
    }

    /// `part_number_marker` as text (a number in decimal); `None` when absent or `""`,
    /// which PDS reads as the first page.
    fn marker(&self) -> Option<Cow<'_, str>> {
        self.part_number_marker
            .as_ref()
            .filter(|marker| !marker.is_empty())
            .map(PartNumberMarker::as_text)
    }

    /// This request with `part_number_marker` set to `marker`, the opaque text of a
    /// page's `next_marker`. The empty string is refused: PDS sends it to say the
    /// listing is done, and as a marker it would start the listing again.
    fn resume_from(self, marker: &str) -> Result<Self> {
        if marker.is_empty() {
            return Err(Error::invalid_value(
                "an empty marker ends a PDS listing: there is nothing to resume from",
            )
            .with_path("part_number_marker")
            .with_context(Vendor::Pds, OPERATION_LIST_UPLOADED_PARTS));
        }
        Ok(self.with_marker(marker.to_owned()))
    }
}
