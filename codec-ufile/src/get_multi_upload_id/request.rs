//! `GetMultiUploadIdRequest`: the query string of
//! `GET /?muploadid&prefix=…&marker=…&limit=…`, and the pager that derives the next
//! request from a response.

use std::borrow::Cow;

use codec_core::{Error, Result, Vendor};

use crate::{GetMultiUploadIdResponse, OPERATION_GET_MULTI_UPLOAD_ID};

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
/// must be `/` when given, and unknown parameters are skipped.
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_ufile::GetMultiUploadIdRequest;
///
/// let request = GetMultiUploadIdRequest::decode(b"/?muploadid&prefix=lar&marker=a&limit=20")?;
/// assert_eq!((request.prefix.as_ref(), request.marker.as_ref(), request.limit), ("lar", "a", 20));
/// assert_eq!(GetMultiUploadIdRequest::decode(b"?muploadid")?, GetMultiUploadIdRequest::default());
/// assert_eq!(GetMultiUploadIdRequest::default().encode()?, b"muploadid&prefix=&marker=&limit=20");
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
    /// `limit`: how many upload ids to return at most (20 by default).
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

    /// Sets `marker`.
    #[must_use]
    pub fn with_marker(mut self, marker: impl Into<Cow<'a, str>>) -> Self {
        self.marker = marker.into();
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn with_limit(mut self, limit: u32) -> Self {
        self.limit = limit;
        self
    }

    /// The request for the page after `response`, or `None` when `response` is the
    /// last page (see [`GetMultiUploadIdResponse::next_marker`]).
    ///
    /// Everything but `marker` is kept. A `NextMarker` equal to this request's own
    /// marker is an error rather than a request that would fetch the same page forever.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_ufile::{GetMultiUploadIdRequest, GetMultiUploadIdResponse};
    ///
    /// let request = GetMultiUploadIdRequest::new().with_prefix("lar");
    /// let body = br#"{"DataSet":[{"UploadId":"3be8bd2b","FileName":"large_1"}],"NextMarker":"large_1","RetCode":0}"#;
    /// let next = request.next_request(&GetMultiUploadIdResponse::decode(body)?)?.unwrap();
    /// assert_eq!((next.prefix.as_ref(), next.marker.as_ref()), ("lar", "large_1"));
    /// let last = br#"{"DataSet":[],"NextMarker":"","RetCode":0}"#;
    /// assert_eq!(next.next_request(&GetMultiUploadIdResponse::decode(last)?)?, None);
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn next_request(&self, response: &GetMultiUploadIdResponse<'_>) -> Result<Option<Self>> {
        let Some(marker) = response.next_marker() else {
            return Ok(None);
        };
        if marker == self.marker {
            return Err(Error::invalid_value(format!(
                "the next marker {} is this request's marker: the listing would not advance",
                codec_core::number::excerpt(marker)
            ))
            .with_path("NextMarker")
            .with_context(Vendor::Ufile, OPERATION_GET_MULTI_UPLOAD_ID));
        }
        Ok(Some(GetMultiUploadIdRequest {
            marker: Cow::Owned(marker.to_owned()),
            prefix: self.prefix.clone(),
            limit: self.limit,
        }))
    }
}
