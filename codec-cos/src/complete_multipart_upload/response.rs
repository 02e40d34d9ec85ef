//! `CompleteMultipartUploadResult`: the XML body of a Complete Multipart Upload
//! response.

use std::borrow::Cow;

use codec_core::xml::ControlChars;
use codec_core::{CompletedUpload, ETag, Error, ErrorKind, Limits, Normalize, Result, Vendor};

use crate::OPERATION_COMPLETE_MULTIPART_UPLOAD;

const ROOT: &str = "CompleteMultipartUploadResult";

/// The body of a Complete Multipart Upload response: the object the parts made.
///
/// ```xml
/// <?xml version="1.0" encoding="UTF-8"?>
/// <CompleteMultipartUploadResult xmlns="http://www.qcloud.com/document/product/436/7751">
///     <Location>http://examplebucket-1250000000.cos.ap-beijing.myqcloud.com/exampleobject</Location>
///     <Bucket>examplebucket-1250000000</Bucket>
///     <Key>exampleobject</Key>
///     <ETag>&quot;aa259a62513358f69e98e72e59856d88-3&quot;</ETag>
/// </CompleteMultipartUploadResult>
/// ```
///
/// With or without the XML declaration and the `xmlns` (which is not kept); `Location`
/// with or without its scheme; the ETag's quotes as `&quot;` or literal (kept, and
/// written back as `&quot;`, as COS writes them).
///
/// # What is not a result
///
/// COS answers HTTP 200 at once, sends spaces while it merges the parts, then the
/// result, or an `<Error>` under that same 200 (document 7742). So:
///
/// - spaces (or any XML whitespace) before the body are read past;
/// - an `<Error>` root is COS's error body, an error of kind
///   [`Service`](ErrorKind::Service) carrying it whole
///   ([`ErrorResponse::from_error`](crate::ErrorResponse::from_error)); so is COS's JSON
///   error form;
/// - a body that is empty or only spaces is [`UnexpectedEof`](ErrorKind::UnexpectedEof),
///   and so is one cut short; their message says the upload may not be complete;
/// - a result without an `ETag`, or with an empty one, is
///   [`MissingField`](ErrorKind::MissingField) at `ETag`, saying the upload may not be
///   complete. COS's Go SDK retries such a 200 (`CompleteMultipartUpload`, its tests
///   `…_EmptyETag_RetrySuccess` and `…_200NonXML`); its Python SDK raises.
///
/// The other fields are optional. An SDK should send the Complete request again on
/// any of these errors, as COS's SDKs do, rather than believe the upload done.
///
/// # Control characters in the key
///
/// Complete takes no `encoding-type`, so COS writes the key as it is, control
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
/// use codec_core::{Decode, ErrorKind, Normalize};
/// use codec_cos::CompleteMultipartUploadResult;
///
/// let body = b"   <CompleteMultipartUploadResult><Bucket>b</Bucket><Key>a\x07.txt</Key>\
///              <ETag>&quot;594f98b1-4&quot;</ETag></CompleteMultipartUploadResult>";
/// let result = CompleteMultipartUploadResult::decode(body)?;
/// assert_eq!(result.key.as_deref(), Some("a\u{7}.txt"));
/// assert_eq!(result.normalize()?.etag.as_deref(), Some("594f98b1-4"));
///
/// let error = CompleteMultipartUploadResult::decode(b"          ").unwrap_err();
/// assert_eq!(error.kind(), ErrorKind::UnexpectedEof);
/// assert!(error.to_string().contains("the upload may not be complete"));
/// assert!(error.is_retryable());
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(
    xml,
    codec(Vendor::Cos, OPERATION_COMPLETE_MULTIPART_UPLOAD),
    keep_control_chars
)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompleteMultipartUploadResult<'a> {
    /// The object's address: `http://<bucket>.cos.<region>.myqcloud.com/<key>`, or the
    /// same without the scheme.
    #[wire(rename = "Location")]
    pub location: Option<Cow<'a, str>>,
    /// The bucket, `name-APPID`.
    #[wire(rename = "Bucket")]
    pub bucket: Option<Cow<'a, str>>,
    /// The object key, as it is (Complete takes no `encoding-type`).
    #[wire(rename = "Key")]
    pub key: Option<Cow<'a, str>>,
    /// The object's ETag, with its quotes as sent (required, and not empty: it is what
    /// proves the upload complete). A multipart object's ends `-<part count>`.
    #[wire(rename = "ETag", arbitrary = non_empty_etag)]
    pub etag: ETag<'a>,
}

response_codec!(CompleteMultipartUploadResult, decode, encode);

fn decode<'a>(
    input: &'a [u8],
    limits: &Limits,
    controls: ControlChars,
) -> Result<CompleteMultipartUploadResult<'a>> {
    let at = codec_core::sniff::start(input);
    if at == input.len() {
        return Err(Error::eof(
            "the body is empty or only spaces (COS sends spaces while it merges the parts): \
             the upload may not be complete; send the Complete request again",
        )
        .with_offset(input.len()));
    }
    crate::error::decode_response(
        input,
        limits,
        ROOT,
        controls,
        |result: &CompleteMultipartUploadResult<'_>, child| {
            if child.name() == "ETag" && result.etag.value().is_empty() {
                return Err(no_etag("the result's ETag is empty").with_offset(child.start()));
            }
            Ok(())
        },
    )
    .map_err(|error| match (error.kind(), error.path()) {
        (ErrorKind::MissingField, Some("ETag")) if error.message().starts_with("required") => {
            let offset = error.offset();
            let error = no_etag("the result has no ETag");
            match offset {
                Some(offset) => error.with_offset(offset),
                None => error,
            }
        }
        (ErrorKind::UnexpectedEof, _) => incomplete(error),
        _ => error,
    })
}

/// A result without the ETag that proves the upload complete.
#[cold]
fn no_etag(what: &str) -> Error {
    Error::new(
        ErrorKind::MissingField,
        format!(
            "{what}: the upload may not be complete (COS names the object's ETag once the \
             parts are merged); send the Complete request again"
        ),
    )
    .with_path("ETag")
    .retryable(true)
}

/// A body cut short: said to leave the upload's state unknown.
#[cold]
fn incomplete(error: Error) -> Error {
    let mut again = Error::new(
        ErrorKind::UnexpectedEof,
        format!("{}: the upload may not be complete", error.message()),
    );
    if let Some(path) = error.path() {
        again = again.with_path(path);
    }
    match error.offset() {
        Some(offset) => again.with_offset(offset),
        None => again,
    }
}

fn encode(
    result: &CompleteMultipartUploadResult<'_>,
    out: &mut Vec<u8>,
    controls: ControlChars,
) -> Result<()> {
    if result.etag.value().is_empty() {
        return Err(Error::new(
            ErrorKind::Unencodable,
            "an empty ETag: a result without one says the upload may not be complete",
        )
        .with_path("ETag"));
    }
    codec_core::wire::xml::encode_root(result, out, ROOT, crate::response::writing(controls))
}

impl Normalize for CompleteMultipartUploadResult<'_> {
    type Model<'m>
        = CompletedUpload<'m>
    where
        Self: 'm;

    /// The object in the vendor-neutral model: the ETag without its quotes, no size
    /// (COS's result gives none).
    fn normalize_inner(&self) -> Result<CompletedUpload<'_>> {
        Ok(CompletedUpload {
            vendor: Vendor::Cos,
            key: self.key.as_deref().map(Cow::Borrowed),
            bucket: self.bucket.as_deref().map(Cow::Borrowed),
            etag: Some(Cow::Borrowed(self.etag.value())),
            size: None,
            location: self.location.as_deref().map(Cow::Borrowed),
        })
    }
}

/// An ETag that is not empty, of text COS may write (the control characters decoding
/// keeps included), for the generated `Arbitrary`.
#[cfg(feature = "arbitrary")]
fn non_empty_etag<'a>(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<ETag<'a>> {
    let etag = ETag::from_wire(codec_core::generate::xml_text_with(u, ControlChars::Keep)?);
    Ok(if etag.value().is_empty() { ETag::new("e", etag.is_quoted()) } else { etag })
}
