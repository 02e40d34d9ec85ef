//! `CompleteMultipartUploadRequest`: the target of `POST /<object-name>?upload_id=…`.

use std::borrow::Cow;

use codec_core::Vendor;

use crate::OPERATION_COMPLETE_MULTIPART_UPLOAD;

/// The target of a Complete Multipart Upload request:
/// `POST /<object-name>?upload_id=…`; its body is a
/// [`CompleteMultipartUpload`](crate::CompleteMultipartUpload).
///
/// Decodes from a request target with or without its path
/// (`/large-object?upload_id=…`, `?upload_id=…` or the bare query); parameters it does
/// not know (signature parameters, for example) are skipped. Encodes to the query
/// string, behind the percent-encoded path when [`key`](Self::key) is set;
/// [`to_target`](Self::to_target) gives it as text. `upload_id` is required.
///
/// ```
/// use codec_core::Decode;
/// use codec_qingstor::CompleteMultipartUploadRequest;
///
/// let target = CompleteMultipartUploadRequest::decode(b"/photos/a%20b.jpg?upload_id=4d26")?;
/// assert_eq!(target.key.as_deref(), Some("photos/a b.jpg"));
/// assert_eq!(target.upload_id, "4d26");
/// let built = CompleteMultipartUploadRequest::new("4d26").with_key("photos/a b.jpg");
/// assert_eq!(built, target);
/// assert_eq!(built.to_target()?, "/photos/a%20b.jpg?upload_id=4d26");
/// assert!(CompleteMultipartUploadRequest::decode(b"/photos/a.jpg?uploads").is_err());
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(query, codec(Vendor::Qingstor, OPERATION_COMPLETE_MULTIPART_UPLOAD))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompleteMultipartUploadRequest<'a> {
    /// The object name (the key), from the request path (percent-decoded, without the
    /// leading `/`); `None` when only the query string is known. Set it with
    /// [`with_key`](Self::with_key).
    #[wire(path, arbitrary = codec_core::generate::opt_non_empty_text)]
    pub key: Option<Cow<'a, str>>,
    /// The upload to complete (`upload_id`, required): the `upload_id` of the
    /// [`InitiateMultipartUploadResponse`](crate::InitiateMultipartUploadResponse).
    pub upload_id: Cow<'a, str>,
}

impl<'a> CompleteMultipartUploadRequest<'a> {
    /// The target completing `upload_id`.
    pub fn new(upload_id: impl Into<Cow<'a, str>>) -> Self {
        CompleteMultipartUploadRequest { upload_id: upload_id.into(), key: None }
    }

    /// Sets the object name (the key), which goes in the request path.
    #[must_use]
    pub fn with_key(mut self, key: impl Into<Cow<'a, str>>) -> Self {
        self.key = Some(key.into());
        self
    }
}
