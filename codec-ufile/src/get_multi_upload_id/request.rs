//! `GetMultiUploadIdRequest`: the query string of
//! `GET /?muploadid&prefix=…&marker=…&limit=…` and its builders (its pager is in
//! `listing`).

use std::borrow::Cow;

use codec_core::Vendor;

use crate::OPERATION_GET_MULTI_UPLOAD_ID;

/// The bare flag that names the operation in the query string.
pub const FLAG: &str = "muploadid";

/// The `limit` UFile applies when the request has none: 20.
pub const DEFAULT_LIMIT: u32 = 20;

/// A GetMultiUploadId request: `GET /?muploadid&prefix=…&marker=…&limit=…`.
///
/// The three parameters have the documented defaults (empty `prefix`, empty `marker`,
/// `limit` 20): decoding fills in what the query leaves out, and encoding writes all
/// three, so `muploadid` alone decodes to the same value as
/// `muploadid&prefix=&marker=&limit=20`. The `muploadid` flag is required, the path
/// must be `/` when given, and unknown parameters are skipped. The request names no
/// object (it lists a bucket's uploads, narrowed by `prefix`), so it has no `with_key`.
/// Its pager is [`ListRequest`](codec_core::listing::ListRequest).
///
/// `limit` must be at least 1, when decoding and when encoding (`limit=0` is an error
/// of kind [`InvalidValue`](codec_core::ErrorKind::InvalidValue)); UFile documents its
/// default (20) and no largest value
/// (<https://docs.ucloud.cn/api/ufile-api/get_multi_upload_id>), so none is checked
/// beyond the 32 bits the parameter holds.
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_ufile::GetMultiUploadIdRequest;
///
/// let request = GetMultiUploadIdRequest::decode(b"/?muploadid&prefix=lar&marker=a&limit=20")?;
/// assert_eq!((request.prefix.as_ref(), request.marker.as_ref(), request.limit), ("lar", "a", 20));
/// assert_eq!(GetMultiUploadIdRequest::decode(b"?muploadid")?, GetMultiUploadIdRequest::default());
/// assert_eq!(GetMultiUploadIdRequest::default().encode()?, b"muploadid&prefix=&marker=&limit=20");
///
/// let request = GetMultiUploadIdRequest::new().with_prefix("lar").with_marker("a").with_page_size(5);
/// assert_eq!(request.to_query_string()?, "muploadid&prefix=lar&marker=a&limit=5");
/// assert!(GetMultiUploadIdRequest::decode(b"muploadid&limit=0").is_err());
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(
    query,
    flag = "muploadid",
    defaults,
    codec(Vendor::Ufile, OPERATION_GET_MULTI_UPLOAD_ID)
)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GetMultiUploadIdRequest<'a> {
    /// `prefix`: list only the uploads of keys that start with it; empty for all.
    pub prefix: Cow<'a, str>,
    /// `marker`: list the uploads after it (a response's `NextMarker`); empty to start
    /// at the beginning.
    pub marker: Cow<'a, str>,
    /// `limit`: how many upload ids to return at most (20 by default, at least 1).
    #[wire(range(min = 1))]
    pub limit: u32,
}

impl Default for GetMultiUploadIdRequest<'_> {
    fn default() -> Self {
        GetMultiUploadIdRequest {
            prefix: Cow::Borrowed(""),
            marker: Cow::Borrowed(""),
            limit: DEFAULT_LIMIT,
        }
    }
}

impl<'a> GetMultiUploadIdRequest<'a> {
    /// A request for the first page of the uploads in progress, with the defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `prefix`.
    #[must_use]
    pub fn with_prefix(mut self, prefix: impl Into<Cow<'a, str>>) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// Sets the marker, `marker`: list the uploads after it (a response's
    /// `NextMarker`); empty starts at the beginning.
    #[must_use]
    pub fn with_marker(mut self, marker: impl Into<Cow<'a, str>>) -> Self {
        self.marker = marker.into();
        self
    }

    /// Sets the page size, `limit` (at least 1: 0 fails when encoding).
    #[must_use]
    pub fn with_page_size(mut self, limit: u32) -> Self {
        self.limit = limit;
        self
    }
}
