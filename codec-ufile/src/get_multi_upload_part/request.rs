//! `GetMultiUploadPartRequest`: the query string of `GET /?muploadpart&uploadId=…`,
//! and the pager that derives the next request from a response.

use std::borrow::Cow;

use codec_core::{Error, Result, Vendor};

use crate::{GetMultiUploadPartResponse, OPERATION_GET_MULTI_UPLOAD_PART};

/// The bare flag that names the operation in the query string.
pub const FLAG: &str = "muploadpart";

/// A GetMultiUploadPart request: `GET /?muploadpart&uploadId=…&max-parts=…&part-number-marker=…`.
///
/// Decodes from a request target with or without its path (`/?muploadpart&uploadId=…`,
/// `?muploadpart&uploadId=…` or the bare query); the `muploadpart` flag is required
/// (without it the request is another operation) and the path, when given, must be
/// `/`. Parameters it does not know (signatures, for example) are skipped. Encodes to
/// the query string, flag first: `muploadpart&uploadId=…`.
///
/// `max-parts` and `part-number-marker` are the newer API's paging parameters; the
/// 2019 API lists every part in one response.
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_ufile::GetMultiUploadPartRequest;
///
/// let request = GetMultiUploadPartRequest::decode(b"/?muploadpart&uploadId=e5af977e&max-parts=100")?;
/// assert_eq!(request.upload_id, "e5af977e");
/// assert_eq!(request.max_parts, Some(100));
/// assert_eq!(request.encode()?, b"muploadpart&uploadId=e5af977e&max-parts=100");
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(
    query,
    flag = "muploadpart",
    schema_not_null,
    codec(Vendor::Ufile, OPERATION_GET_MULTI_UPLOAD_PART)
)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GetMultiUploadPartRequest<'a> {
    /// The upload whose parts to list (`uploadId`, required).
    #[wire(rename = "uploadId")]
    pub upload_id: Cow<'a, str>,
    /// `max-parts`: the page size (newer API).
    #[wire(rename = "max-parts")]
    pub max_parts: Option<u32>,
    /// `part-number-marker`: list the parts after this number (newer API); the value
    /// of a response's `NextPartNumberMarker`.
    #[wire(rename = "part-number-marker")]
    pub part_number_marker: Option<u32>,
}

impl<'a> GetMultiUploadPartRequest<'a> {
    /// A request for the first page of `upload_id`'s parts.
    pub fn new(upload_id: impl Into<Cow<'a, str>>) -> Self {
        GetMultiUploadPartRequest { upload_id: upload_id.into(), ..Self::default() }
    }

    /// Sets `max-parts`.
    #[must_use]
    pub fn with_max_parts(mut self, max_parts: u32) -> Self {
        self.max_parts = Some(max_parts);
        self
    }

    /// Sets `part-number-marker`.
    #[must_use]
    pub fn with_part_number_marker(mut self, marker: u32) -> Self {
        self.part_number_marker = Some(marker);
        self
    }

    /// The request for the page after `response`, or `None` when `response` is the
    /// last page (see [`GetMultiUploadPartResponse::next_marker`]).
    ///
    /// Everything but `part-number-marker` is kept. A marker that does not move past
    /// this request's own is an error rather than a request that would fetch the same
    /// page forever.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_ufile::{GetMultiUploadPartRequest, GetMultiUploadPartResponse};
    ///
    /// let request = GetMultiUploadPartRequest::new("e5af977e").with_max_parts(2);
    /// let body = br#"{"Parts":[{"PartNum":0},{"PartNum":1}],"IsTruncated":true,"NextPartNumberMarker":1}"#;
    /// let next = request.next_request(&GetMultiUploadPartResponse::decode(body)?)?.unwrap();
    /// assert_eq!(next.part_number_marker, Some(1));
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn next_request(&self, response: &GetMultiUploadPartResponse<'_>) -> Result<Option<Self>> {
        let Some(marker) = response.next_marker() else {
            return Ok(None);
        };
        if let Some(current) = self.part_number_marker
            && marker <= current
        {
            return Err(Error::invalid_value(format!(
                "the next marker {marker} does not move past part-number-marker {current}"
            ))
            .with_path("NextPartNumberMarker")
            .with_context(Vendor::Ufile, OPERATION_GET_MULTI_UPLOAD_PART));
        }
        Ok(Some(GetMultiUploadPartRequest { part_number_marker: Some(marker), ..self.clone() }))
    }
}
