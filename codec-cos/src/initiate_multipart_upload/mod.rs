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

use codec_core::xml::{ControlChars, write_end, write_start, write_text_element_with};
use codec_core::{Decode, Encode, InitiatedUpload, Limits, Normalize, Result, Vendor};

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
/// scrapes the body with regular expressions. This decoder reads them in text and keeps
/// them ([`ControlChars::Keep`]), and the encoder writes them back raw, as COS does;
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
#[codec_core::wire(xml, codec(Vendor::Cos, OPERATION_INITIATE_MULTIPART_UPLOAD))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InitiateMultipartUploadResult<'a> {
    /// The bucket, `name-APPID`.
    #[wire(rename = "Bucket", arbitrary = opt_key_text)]
    pub bucket: Option<Cow<'a, str>>,
    /// The object key, as it is (the request takes no `encoding-type`).
    #[wire(rename = "Key", arbitrary = opt_key_text)]
    pub key: Option<Cow<'a, str>>,
    /// The new upload's id, which every later request of the upload names.
    #[wire(rename = "UploadId", arbitrary = key_text)]
    pub upload_id: Cow<'a, str>,
}

impl<'a> InitiateMultipartUploadResult<'a> {
    /// Decodes `input` within `limits`, reading the control characters XML 1.0 forbids
    /// in text as `controls` says: [`ControlChars::Keep`] is what
    /// [`decode`](Decode::decode) does, [`ControlChars::Refuse`] is XML 1.0 exactly (a
    /// [`Syntax`](codec_core::ErrorKind::Syntax) error at the first one).
    pub fn decode_with_control_chars(
        input: &'a [u8],
        limits: &Limits,
        controls: ControlChars,
    ) -> Result<Self> {
        decode(input, limits, controls)
            .map_err(|e| e.with_context(Vendor::Cos, OPERATION_INITIATE_MULTIPART_UPLOAD))
    }

    /// Appends the wire form to `out`, writing the control characters XML 1.0 forbids
    /// as `controls` says: [`ControlChars::Keep`] (what [`Encode`] does) writes them
    /// raw, as COS does; [`ControlChars::Refuse`] fails on them
    /// ([`Unencodable`](codec_core::ErrorKind::Unencodable)). On error `out` is left as
    /// it was.
    pub fn encode_with_control_chars(
        &self,
        out: &mut Vec<u8>,
        controls: ControlChars,
    ) -> Result<()> {
        let start = out.len();
        encode(self, out, controls).map_err(|e| {
            out.truncate(start);
            e.with_context(Vendor::Cos, OPERATION_INITIATE_MULTIPART_UPLOAD)
        })
    }
}

fn decode<'a>(
    input: &'a [u8],
    limits: &Limits,
    controls: ControlChars,
) -> Result<InitiateMultipartUploadResult<'a>> {
    crate::complete_multipart_upload::decode_result(input, limits, ROOT, controls, |_, _| Ok(()))
}

fn encode(
    result: &InitiateMultipartUploadResult<'_>,
    out: &mut Vec<u8>,
    controls: ControlChars,
) -> Result<()> {
    use codec_core::wire::xml::XmlRecord as _;
    const DECLARATION: &[u8] = b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    // The generated length hint counts one byte short for each element's tags.
    out.reserve(DECLARATION.len() + 2 * ROOT.len() + 5 + result.encoded_len() + 8);
    out.extend_from_slice(DECLARATION);
    write_start(out, ROOT);
    for (name, text) in [("Bucket", &result.bucket), ("Key", &result.key)] {
        if let Some(text) = text {
            write_text_element_with(out, name, text, controls)?;
        }
    }
    write_text_element_with(out, "UploadId", &result.upload_id, controls)?;
    write_end(out, ROOT);
    Ok(())
}

impl<'a> Decode<'a> for InitiateMultipartUploadResult<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode(input, limits, ControlChars::Keep)
    }
}

impl Encode for InitiateMultipartUploadResult<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        encode(self, out, ControlChars::Keep)
    }
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

/// Text COS may write in a result's key: an arbitrary text cut before its first
/// character that even [`ControlChars::Keep`] cannot carry (U+0000, U+FFFE, U+FFFF),
/// so control characters come too. For the generated `Arbitrary`.
#[cfg(feature = "arbitrary")]
pub(crate) fn key_text<'a>(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Cow<'a, str>> {
    use arbitrary::Arbitrary as _;
    let text = <&'a str>::arbitrary(u)?;
    let end = text.find(['\u{0}', '\u{FFFE}', '\u{FFFF}']).unwrap_or(text.len());
    Ok(Cow::Borrowed(&text[..end]))
}

/// `None`, or [`key_text`].
#[cfg(feature = "arbitrary")]
pub(crate) fn opt_key_text<'a>(
    u: &mut arbitrary::Unstructured<'a>,
) -> arbitrary::Result<Option<Cow<'a, str>>> {
    use arbitrary::Arbitrary as _;
    if bool::arbitrary(u)? { key_text(u).map(Some) } else { Ok(None) }
}
