//! `CompleteMultipartUploadRequest`: the target of `POST /<ObjectKey>?uploadId=…`.

use std::borrow::Cow;

use codec_core::Vendor;

use crate::OPERATION_COMPLETE_MULTIPART_UPLOAD;

/// The target of a Complete Multipart Upload request: `POST /<ObjectKey>?uploadId=…`;
/// its body is a [`CompleteMultipartUpload`](crate::CompleteMultipartUpload).
///
/// Decodes from a request target with or without its path (`/exampleobject?uploadId=…`,
/// `?uploadId=…` or the bare query); parameters it does not know (signature parameters,
/// for example) are skipped. Encodes to the query string, behind the percent-encoded
/// path when [`key`](Self::key) is set; [`to_target`](Self::to_target) gives it as text.
/// `uploadId` is required.
///
/// Complete takes no `encoding-type`, so COS writes the key in its answer as it is:
/// a key holding control characters (U+0001 to U+001F) comes back with them raw, which
/// XML 1.0 forbids. [`CompleteMultipartUploadResult`](crate::CompleteMultipartUploadResult)
/// reads such an answer all the same. Where an operation does take it (List Parts, List
/// Multipart Uploads), send `encoding-type=url` and such keys come back percent-encoded.
///
/// ```
/// use codec_core::Decode;
/// use codec_cos::CompleteMultipartUploadRequest;
///
/// let target = CompleteMultipartUploadRequest::decode(b"/photos/a%20b.jpg?uploadId=1585")?;
/// assert_eq!(target.key.as_deref(), Some("photos/a b.jpg"));
/// assert_eq!(target.upload_id, "1585");
/// let built = CompleteMultipartUploadRequest::new("1585").with_key("photos/a b.jpg");
/// assert_eq!(built, target);
/// assert_eq!(built.to_target()?, "/photos/a%20b.jpg?uploadId=1585");
/// assert!(CompleteMultipartUploadRequest::decode(b"/photos/a.jpg?uploads").is_err());
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(query, codec(Vendor::Cos, OPERATION_COMPLETE_MULTIPART_UPLOAD))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompleteMultipartUploadRequest<'a> {
    /// The object key, from the request path (percent-decoded); `None` when only the
    /// query string is known.
    #[wire(path, arbitrary = codec_core::generate::opt_non_empty_text)]
    pub key: Option<Cow<'a, str>>,
    /// The upload to complete (`uploadId`, required).
    #[wire(rename = "uploadId")]
    pub upload_id: Cow<'a, str>,
}

impl<'a> CompleteMultipartUploadRequest<'a> {
    /// The target completing `upload_id`.
    pub fn new(upload_id: impl Into<Cow<'a, str>>) -> Self {
        CompleteMultipartUploadRequest { upload_id: upload_id.into(), key: None }
    }

    /// Sets the object key, which goes in the request path.
    #[must_use]
    pub fn with_key(mut self, key: impl Into<Cow<'a, str>>) -> Self {
        self.key = Some(key.into());
        self
    }
}
