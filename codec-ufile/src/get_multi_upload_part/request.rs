//! `GetMultiUploadPartRequest`: the query string of `GET /?muploadpart&uploadId=…`
//! and its builders (its pager is in `listing`).

use std::borrow::Cow;

use codec_core::Vendor;

use crate::OPERATION_GET_MULTI_UPLOAD_PART;

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
/// 2019 API lists every part in one response. The request names no object: its path
/// is the bucket's root, so it has no `with_key`. Its pager is
/// [`ListRequest`](codec_core::listing::ListRequest).
///
/// `max-parts` must be at least 1, when decoding and when encoding (`max-parts=0` is an
/// error of kind [`InvalidValue`](codec_core::ErrorKind::InvalidValue)). UFile
/// documents no largest value (<https://docs.ucloud.cn/api/ufile-api/get_multi_upload_part>
/// says only "规定在US3响应中的最大Part数目", the most parts in the response), so none
/// is checked beyond the 32 bits the parameter holds.
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_ufile::GetMultiUploadPartRequest;
///
/// let request = GetMultiUploadPartRequest::decode(b"/?muploadpart&uploadId=e5af977e&max-parts=100")?;
/// assert_eq!(request.upload_id, "e5af977e");
/// assert_eq!(request.max_parts, Some(100));
/// assert_eq!(request.encode()?, b"muploadpart&uploadId=e5af977e&max-parts=100");
///
/// let request = GetMultiUploadPartRequest::new("e5af977e").with_page_size(2).with_marker(1);
/// assert_eq!(request.to_query_string()?, "muploadpart&uploadId=e5af977e&max-parts=2&part-number-marker=1");
/// assert!(GetMultiUploadPartRequest::new("e5af977e").with_page_size(0).to_query_string().is_err());
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
    /// `max-parts`: the page size (newer API), at least 1.
    #[wire(rename = "max-parts", range(min = 1))]
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

    /// Sets the page size, `max-parts` (at least 1: 0 fails when encoding).
    #[must_use]
    pub fn with_page_size(mut self, max_parts: u32) -> Self {
        self.max_parts = Some(max_parts);
        self
    }

    /// Sets the marker, `part-number-marker`: list the parts numbered after it (a
    /// response's `NextPartNumberMarker`).
    #[must_use]
    pub fn with_marker(mut self, part_number_marker: u32) -> Self {
        self.part_number_marker = Some(part_number_marker);
        self
    }
}
