//! `FinishMultipartUploadResponse`: the JSON body of a FinishMultipartUpload response.

use std::borrow::Cow;

use codec_core::{CompletedUpload, Normalize, Result, Vendor};

use crate::OPERATION_FINISH_MULTIPART_UPLOAD;

/// The body of a FinishMultipartUpload response: the object the parts made.
///
/// ```json
/// {
///     "Bucket": "demobucket",
///     "Key": "anotherkey",
///     "FileSize": 41943040
/// }
/// ```
///
/// `Key` is the object's final key: the request's `newKey` when the original key was
/// taken. The object's ETag is not in the body: UFile sends it in the response's `ETag`
/// header only.
///
/// `Key` and `FileSize` are required: they are what the answer reports, every
/// revision of UFile's document prints both (with `Bucket`), and a body without them,
/// `{}` or a gateway's `{"message":"boom"}`, proves nothing finished (an error of kind
/// [`MissingField`](codec_core::ErrorKind::MissingField); send the Finish request
/// again, or list the upload's parts, rather than believe it done). `FileSize` is 64
/// bits. `Bucket` is optional, as are the envelope members UFile's other JSON answers
/// carry (`RetCode`, `ErrMsg`, `Message`, `Action`); absent stays absent when
/// re-encoded, and unknown members are skipped. A body whose `RetCode` is not 0 is
/// UFile's error body: decoding it fails with
/// [`ErrorKind::Service`](codec_core::ErrorKind::Service), carrying UFile's code and
/// message and the whole body
/// ([`ErrorResponse::from_error`](crate::ErrorResponse::from_error)).
///
/// ```
/// use codec_core::{Decode, ErrorKind, Normalize};
/// use codec_ufile::FinishMultipartUploadResponse;
///
/// let body = codec_ufile::examples::FINISH_MULTIPART_UPLOAD_RESPONSE.as_bytes();
/// let response = FinishMultipartUploadResponse::decode(body)?;
/// let done = response.normalize()?;
/// assert_eq!((done.key.as_deref(), done.size, done.etag), (Some("anotherkey"), Some(41_943_040), None));
///
/// let error = FinishMultipartUploadResponse::decode(br#"{"message":"boom"}"#).unwrap_err();
/// assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some("Key")));
/// let error = FinishMultipartUploadResponse::decode(br#"{"RetCode":-148660,"ErrMsg":"switch class not allowed"}"#)
///     .unwrap_err();
/// assert_eq!(error.service_error().unwrap().code, "-148660");
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(json, codec(Vendor::Ufile, OPERATION_FINISH_MULTIPART_UPLOAD))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FinishMultipartUploadResponse<'a> {
    /// The bucket.
    #[wire(rename = "Bucket")]
    pub bucket: Option<Cow<'a, str>>,
    /// The object's final key: the request's `newKey` when its own key was taken
    /// (required).
    #[wire(rename = "Key")]
    pub key: Cow<'a, str>,
    /// The object's size in bytes (required).
    #[wire(rename = "FileSize")]
    pub file_size: u64,
    /// The return code, 0 on success, when sent. A decoded value never holds anything
    /// but 0 here: other codes are decoding errors of kind `Service`.
    #[wire(rename = "RetCode", arbitrary = crate::types::ok_ret_code)]
    pub ret_code: Option<i64>,
    /// UFile's error text, `""` on success, when sent.
    #[wire(rename = "ErrMsg")]
    pub err_msg: Option<Cow<'a, str>>,
    /// A longer error description, when sent.
    #[wire(rename = "Message")]
    pub message: Option<Cow<'a, str>>,
    /// The API action name, when sent.
    #[wire(rename = "Action")]
    pub action: Option<Cow<'a, str>>,
}

codec!(FinishMultipartUploadResponse, success);

impl Normalize for FinishMultipartUploadResponse<'_> {
    type Model<'m>
        = CompletedUpload<'m>
    where
        Self: 'm;

    /// The object in the vendor-neutral model: `size` is `FileSize`; `etag` is `null`
    /// (UFile sends the object's ETag in a header only) and so is `location`.
    fn normalize_inner(&self) -> Result<CompletedUpload<'_>> {
        Ok(CompletedUpload {
            vendor: Vendor::Ufile,
            key: Some(Cow::Borrowed(&self.key)),
            bucket: self.bucket.as_deref().map(Cow::Borrowed),
            etag: None,
            size: Some(self.file_size),
            location: None,
        })
    }
}
