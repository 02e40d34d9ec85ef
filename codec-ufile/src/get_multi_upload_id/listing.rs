//! GetMultiUploadId's pager: [`ListRequest`] on [`GetMultiUploadIdRequest`].

use std::borrow::Cow;

use codec_core::listing::{ListRequest, differing};
use codec_core::{Error, Normalize, Result, Upload, UploadsPage, Vendor};

use crate::{GetMultiUploadIdRequest, GetMultiUploadIdResponse, OPERATION_GET_MULTI_UPLOAD_ID};

/// The paging rule of GetMultiUploadId: the next request passes `marker=NextMarker`;
/// an empty `NextMarker` (or `IsTruncated: false`) ends the listing (see
/// [`GetMultiUploadIdResponse::next_marker`]).
///
/// ```
/// use codec_core::Decode;
/// use codec_core::listing::ListRequest;
/// use codec_ufile::{GetMultiUploadIdRequest, GetMultiUploadIdResponse};
///
/// let request = GetMultiUploadIdRequest::new().with_prefix("lar");
/// let body = br#"{"DataSet":[{"UploadId":"3be8bd2b","FileName":"large_1"}],"NextMarker":"large_1","RetCode":0}"#;
/// let next = request.next_request(&GetMultiUploadIdResponse::decode(body)?)?.unwrap();
/// assert_eq!((next.prefix.as_ref(), next.marker.as_ref()), ("lar", "large_1"));
/// assert_eq!(next.marker().as_deref(), Some("large_1"));
/// let last = br#"{"DataSet":[],"NextMarker":"","RetCode":0}"#;
/// assert_eq!(next.next_request(&GetMultiUploadIdResponse::decode(last)?)?, None);
/// assert_eq!(request.resume_from("large_1")?, next);
/// # Ok::<(), codec_core::Error>(())
/// ```
impl<'a> ListRequest for GetMultiUploadIdRequest<'a> {
    type Item = Upload<'static>;
    type Response<'b> = GetMultiUploadIdResponse<'b>;
    type Page<'m>
        = UploadsPage<'m>
    where
        Self: 'm;

    /// The request for the page after `response`, or `None` when it is the last one.
    /// Everything but `marker` is kept; a `NextMarker` equal to this request's own
    /// marker is an error of kind [`Paging`](codec_core::ErrorKind::Paging) (naming
    /// `NextMarker`) rather than a request for the same page forever.
    fn next_request(&self, response: &GetMultiUploadIdResponse<'_>) -> Result<Option<Self>> {
        let Some(next) = response.next_marker() else {
            return Ok(None);
        };
        let marker = differing(self.marker().as_deref(), next, "NextMarker")
            .map_err(|e| e.with_context(Vendor::Ufile, OPERATION_GET_MULTI_UPLOAD_ID))?;
        Ok(Some(GetMultiUploadIdRequest {
            marker: Cow::Owned(marker.to_owned()),
            prefix: self.prefix.clone(),
            limit: self.limit,
        }))
    }

    /// The response's [normalized](Normalize) page: the body says all there is.
    fn page<'m>(&'m self, response: &'m GetMultiUploadIdResponse<'_>) -> Result<UploadsPage<'m>> {
        response.normalize()
    }

    /// `marker`, or `None` when it is empty (the listing's start).
    fn marker(&self) -> Option<Cow<'_, str>> {
        (!self.marker.is_empty()).then(|| Cow::Borrowed(self.marker.as_ref()))
    }

    /// This request with `marker` set to `marker`. An empty marker is an error: a
    /// page's `next_marker` is never empty (an empty `NextMarker` ends the listing), and
    /// an empty `marker` would start the listing over.
    fn resume_from(self, marker: &str) -> Result<Self> {
        if marker.is_empty() {
            return Err(Error::invalid_value(
                "an empty marker is no page's next marker: it would start the listing over",
            )
            .with_path("marker")
            .with_context(Vendor::Ufile, OPERATION_GET_MULTI_UPLOAD_ID));
        }
        Ok(self.with_marker(marker.to_owned()))
    }
}
