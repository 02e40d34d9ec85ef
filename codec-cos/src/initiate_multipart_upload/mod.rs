//! Initiate Multipart Upload: starting an upload, and COS's answer.
//!
//! The request, `POST /<ObjectKey>?uploads`, carries nothing but the object key in its
//! path (metadata, ACL and storage class go in headers) and has no body, so it needs no
//! codec and this crate has no type for it; it takes no `encoding-type` either. The
//! answer is [`InitiateMultipartUploadResult`], which normalizes to
//! [`InitiatedUpload`].
//!
//! ```
//! use codec_core::{Decode, Normalize};
//! use codec_cos::InitiateMultipartUploadResult;
//!
//! let body = codec_cos::examples::INITIATE_MULTIPART_UPLOAD_RESPONSE.as_bytes();
//! let result = InitiateMultipartUploadResult::decode(body)?;
//! let upload = result.normalize()?;
//! assert_eq!(upload.key.as_deref(), Some("exampleobject"));
//! assert!(upload.upload_id.as_deref().unwrap().starts_with("1585130821cbb7df"));
//! assert_eq!((upload.part_size, upload.upload_urls.len(), upload.already_complete), (None, 0, None));
//! # Ok::<(), codec_core::Error>(())
//! ```

use std::borrow::Cow;

use codec_core::xml::ControlChars;
use codec_core::{InitiatedUpload, Limits, Normalize, Result, Vendor};

use crate::OPERATION_INITIATE_MULTIPART_UPLOAD;

const ROOT: &str = "InitiateMultipartUploadResult";

/// The body of an Initiate Multipart Upload response: the new upload's id.
///
/// ```xml
/// <InitiateMultipartUploadResult>
///     <Bucket>examplebucket-1250000000</Bucket>
///     <Key>exampleobject</Key>
///     <UploadId>1585130821cbb7df1d11846c073ad648e8f33b087cec2381df437acdc833cf654b9ecc6361</UploadId>
/// </InitiateMultipartUploadResult>
/// ```
///
/// `UploadId` is required (it is what the answer is for); `Bucket` and `Key` are
/// optional. Whitespace before the body is read past (COS sends keep-alive spaces);
/// `<Error>` in the result's place, or COS's JSON error form, is COS's error body: an
/// error of kind [`Service`](codec_core::ErrorKind::Service) that carries it whole
/// ([`ErrorResponse::from_error`](crate::ErrorResponse::from_error)).
///
/// # Control characters in the key
///
/// The request takes no `encoding-type`, so COS writes the key as it is, control
/// characters (U+0001 to U+001F) included, which XML 1.0 forbids; COS's Go SDK then
/// scrapes the body with regular expressions. As for every COS response (see
/// [the crate's documentation](crate#control-characters-in-keys)), this decoder reads
/// them in text and keeps them ([`ControlChars::Keep`]), and the encoder writes them
/// back raw, as COS does;
/// [`decode_with_control_chars`](Self::decode_with_control_chars) and
/// [`encode_with_control_chars`](Self::encode_with_control_chars) with
/// [`ControlChars::Refuse`] are XML 1.0 exactly.
///
/// ```
/// use codec_core::xml::ControlChars;
/// use codec_core::{Decode, Encode, ErrorKind, Limits};
/// use codec_cos::InitiateMultipartUploadResult;
///
/// let body = b"<InitiateMultipartUploadResult><Key>test/hello_\x07.txt</Key>\
///              <UploadId>1497</UploadId></InitiateMultipartUploadResult>";
/// let result = InitiateMultipartUploadResult::decode(body)?;
/// assert_eq!(result.key.as_deref(), Some("test/hello_\u{7}.txt"));
/// assert!(result.encode()?.ends_with(b"<Key>test/hello_\x07.txt</Key><UploadId>1497</UploadId></InitiateMultipartUploadResult>"));
///
/// let strict = InitiateMultipartUploadResult::decode_with_control_chars(
///     body, &Limits::default(), ControlChars::Refuse,
/// );
/// assert_eq!(strict.unwrap_err().kind(), ErrorKind::Syntax);
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(
    xml,
    codec(Vendor::Cos, OPERATION_INITIATE_MULTIPART_UPLOAD),
    keep_control_chars
)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InitiateMultipartUploadResult<'a> {
    /// The bucket, `name-APPID`.
    #[wire(rename = "Bucket")]
    pub bucket: Option<Cow<'a, str>>,
    /// The object key, as it is (the request takes no `encoding-type`).
    #[wire(rename = "Key")]
    pub key: Option<Cow<'a, str>>,
    /// The new upload's id, which every later request of the upload names.
    #[wire(rename = "UploadId")]
    pub upload_id: Cow<'a, str>,
}

response_codec!(InitiateMultipartUploadResult, decode, encode);

fn decode<'a>(
    input: &'a [u8],
    limits: &Limits,
    controls: ControlChars,
) -> Result<InitiateMultipartUploadResult<'a>> {
    crate::error::decode_response(input, limits, ROOT, controls, |_, _| Ok(()))
}

fn encode(
    result: &InitiateMultipartUploadResult<'_>,
    out: &mut Vec<u8>,
    controls: ControlChars,
) -> Result<()> {
    codec_core::wire::xml::encode_root(result, out, ROOT, crate::response::writing(controls))
}

impl Normalize for InitiateMultipartUploadResult<'_> {
    type Model<'m>
        = InitiatedUpload<'m>
    where
        Self: 'm;

    /// The upload in the vendor-neutral model: COS gives no part size, no upload URLs
    /// and no "already complete" answer, so those are `null` and `[]`.
    fn normalize_inner(&self) -> Result<InitiatedUpload<'_>> {
        Ok(InitiatedUpload {
            vendor: Vendor::Cos,
            upload_id: Some(Cow::Borrowed(&self.upload_id)),
            key: self.key.as_deref().map(Cow::Borrowed),
            bucket: self.bucket.as_deref().map(Cow::Borrowed),
            part_size: None,
            upload_urls: Vec::new(),
            already_complete: None,
        })
    }
}
