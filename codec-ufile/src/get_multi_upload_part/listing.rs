//! GetMultiUploadPart's pager: [`ListRequest`] on [`GetMultiUploadPartRequest`].

use std::borrow::Cow;

use codec_core::listing::{ListRequest, advancing, part_number_marker};
use codec_core::{Normalize, Part, PartsPage, Result, Vendor};

use crate::{
    GetMultiUploadPartRequest, GetMultiUploadPartResponse, OPERATION_GET_MULTI_UPLOAD_PART,
};

/// The paging rule of GetMultiUploadPart (newer API): while `IsTruncated` is `true`,
/// the next request passes `part-number-marker=NextPartNumberMarker` (see
/// [`GetMultiUploadPartResponse::next_marker`]); the 2019 API lists every part in one
/// body, which ends the listing.
///
/// ```
/// use codec_core::Decode;
/// use codec_core::listing::ListRequest;
/// use codec_ufile::{GetMultiUploadPartRequest, GetMultiUploadPartResponse};
///
/// let request = GetMultiUploadPartRequest::new("e5af977e").with_page_size(2);
/// let body = br#"{"Parts":[{"PartNum":0},{"PartNum":1}],"IsTruncated":true,"NextPartNumberMarker":1}"#;
/// let response = GetMultiUploadPartResponse::decode(body)?;
/// let next = request.next_request(&response)?.expect("the page is truncated");
/// assert_eq!(next.part_number_marker, Some(1));
/// assert_eq!(next.marker().as_deref(), Some("1"));
/// let page = request.page(&response)?;
/// assert_eq!((page.parts.len(), page.upload_id.as_deref()), (2, Some("e5af977e")));
/// assert_eq!(request.resume_from("1")?, next);
/// # Ok::<(), codec_core::Error>(())
/// ```
impl<'a> ListRequest for GetMultiUploadPartRequest<'a> {
    type Item = Part<'static>;
    type Response<'b> = GetMultiUploadPartResponse<'b>;
    type Page<'m>
        = PartsPage<'m>
    where
        Self: 'm;

    /// The request for the page after `response`, or `None` when it is the last one.
    /// Everything but `part-number-marker` is kept; a marker that does not move past
    /// this request's own is an error of kind [`Paging`](codec_core::ErrorKind::Paging)
    /// (naming `NextPartNumberMarker`) rather than a request for the same page forever.
    fn next_request(&self, response: &GetMultiUploadPartResponse<'_>) -> Result<Option<Self>> {
        let Some(next) = response.next_marker() else {
            return Ok(None);
        };
        let marker = advancing(self.part_number_marker, next, "NextPartNumberMarker")
            .map_err(|e| e.with_context(Vendor::Ufile, OPERATION_GET_MULTI_UPLOAD_PART))?;
        Ok(Some(GetMultiUploadPartRequest { part_number_marker: Some(marker), ..self.clone() }))
    }

    /// The response's [normalized](Normalize) page, with the upload id taken from this
    /// request when the body does not name it.
    fn page<'m>(&'m self, response: &'m GetMultiUploadPartResponse<'_>) -> Result<PartsPage<'m>> {
        Ok(response.normalize()?.named_by(Some(&self.upload_id), None))
    }

    /// `part-number-marker` as text, as [`PartsPage::next_marker`] spells it.
    fn marker(&self) -> Option<Cow<'_, str>> {
        self.part_number_marker.map(|marker| Cow::Owned(marker.to_string()))
    }

    /// This request with `part-number-marker` set to `marker`, which must be a part
    /// number (digits only; UFile numbers parts from 0 and documents no largest number,
    /// so any 32-bit one).
    fn resume_from(self, marker: &str) -> Result<Self> {
        let marker = part_number_marker(marker, u32::MAX, "part-number-marker")
            .map_err(|e| e.with_context(Vendor::Ufile, OPERATION_GET_MULTI_UPLOAD_PART))?;
        Ok(self.with_marker(marker))
    }
}
