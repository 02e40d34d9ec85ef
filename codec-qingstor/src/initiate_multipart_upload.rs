//! Initiate Multipart Upload: starting an upload, and QingStor's answer.
//!
//! The request, `POST /<object-name>?uploads`, carries nothing but the object name in
//! its path (the content type, storage class, encryption and metadata go in headers)
//! and has no body, so it needs no codec and this crate has no type for it. The answer
//! is a JSON body, [`InitiateMultipartUploadResponse`], which normalizes to
//! [`InitiatedUpload`].
//!
//! ```
//! use codec_core::{Decode, Normalize};
//! use codec_qingstor::InitiateMultipartUploadResponse;
//!
//! let body = codec_qingstor::examples::INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes();
//! let response = InitiateMultipartUploadResponse::decode(body)?;
//! assert_eq!(response.upload_id, "4d26b37a469230619604ecdc0e314782");
//! let upload = response.normalize()?;
//! assert_eq!((upload.bucket.as_deref(), upload.key.as_deref()), (Some("mybucket"), Some("large-object")));
//! assert_eq!((upload.part_size, upload.upload_urls.len(), upload.already_complete), (None, 0, None));
//! # Ok::<(), codec_core::Error>(())
//! ```

use std::borrow::Cow;

use codec_core::wire::json::{decode_body, encode_body, skip_member};
use codec_core::{Decode, Encode, ErrorKind, InitiatedUpload, Limits, Normalize, Result, Vendor};

use crate::OPERATION_INITIATE_MULTIPART_UPLOAD;

/// The body of an Initiate Multipart Upload response: the new upload's id,
/// `{"upload_id": …, "bucket": …, "key": …}` (QingStor's document "Initiate Multipart
/// Upload" prints them in that order, which the encoder keeps).
///
/// `upload_id` is required: it is what the answer is for. `bucket` and `key` are
/// optional, and absent stays absent when re-encoded. Members may come in any order;
/// unknown members are skipped; `null` is a wrong type. Strings borrow from the input.
///
/// A body that is QingStor's error body (a `code` and no `upload_id`) fails to decode
/// with an error of kind [`Service`](ErrorKind::Service) carrying the whole body
/// ([`ErrorResponse::from_error`](crate::ErrorResponse::from_error)), as for every
/// QingStor response.
///
/// ```
/// use codec_core::{Decode, Encode, ErrorKind};
/// use codec_qingstor::{ErrorResponse, InitiateMultipartUploadResponse};
///
/// let body = br#"{"key":"large-object","upload_id":"4d26b37a"}"#;
/// let response = InitiateMultipartUploadResponse::decode(body)?;
/// assert_eq!(response.encode()?, br#"{"upload_id":"4d26b37a","key":"large-object"}"#);
///
/// let error = InitiateMultipartUploadResponse::decode(br#"{"code":"permission_denied"}"#).unwrap_err();
/// assert_eq!(error.kind(), ErrorKind::Service);
/// assert_eq!(ErrorResponse::from_error(&error).unwrap().code.as_str(), "permission_denied");
///
/// let error = InitiateMultipartUploadResponse::decode(br#"{"bucket":"mybucket"}"#).unwrap_err();
/// assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some("upload_id")));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(json, codec(Vendor::Qingstor, OPERATION_INITIATE_MULTIPART_UPLOAD))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InitiateMultipartUploadResponse<'a> {
    /// `upload_id`: the new upload's id, which every later request of the upload names
    /// (`upload_id=…` in the query).
    pub upload_id: Cow<'a, str>,
    /// `bucket`: the bucket's name.
    pub bucket: Option<Cow<'a, str>>,
    /// `key`: the object name (key) the upload makes.
    pub key: Option<Cow<'a, str>>,
}

impl<'a> Decode<'a> for InitiateMultipartUploadResponse<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        let mut code = false;
        let decoded = decode_body(input, limits, |key, json| {
            code |= key.eq_str("code");
            skip_member(key, json)
        });
        match decoded {
            Ok((response, _)) => Ok(response),
            // No `upload_id` but a `code`: QingStor's error body, when it reads as one.
            Err(error) if code && error.kind() == ErrorKind::MissingField => {
                Err(crate::error::in_place_of_a_result(input, limits).unwrap_or(error))
            }
            Err(error) => Err(error),
        }
    }
}

impl Encode for InitiateMultipartUploadResponse<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        encode_body(self, out)
    }
}

impl Normalize for InitiateMultipartUploadResponse<'_> {
    type Model<'m>
        = InitiatedUpload<'m>
    where
        Self: 'm;

    /// The upload in the vendor-neutral model: QingStor gives no part size (the client
    /// chooses it), no upload URLs and no "already complete" answer, so those are
    /// `null` and `[]`.
    fn normalize_inner(&self) -> Result<InitiatedUpload<'_>> {
        Ok(InitiatedUpload {
            vendor: Vendor::Qingstor,
            upload_id: Some(Cow::Borrowed(&self.upload_id)),
            key: self.key.as_deref().map(Cow::Borrowed),
            bucket: self.bucket.as_deref().map(Cow::Borrowed),
            part_size: None,
            upload_urls: Vec::new(),
            already_complete: None,
        })
    }
}
