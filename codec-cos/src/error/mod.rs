//! `ErrorResponse`: the `<Error>` body COS sends for a failed request, for every
//! operation (and now and then under HTTP 200, for Complete Multipart Upload), and the
//! rare JSON form `{"code", "message", "request_id"}` COS sends when the response's
//! content type says JSON, whose `code` is a string or an integer.

use std::borrow::Cow;

use codec_core::wire::xml::XmlRecord;
use codec_core::wire::{self, Ctx, Seen};
use codec_core::xml::{ControlChars, Element};
use codec_core::{Error, ErrorKind, Limits, Normalize, Result, ServiceBody, ServiceError, Vendor};

use crate::OPERATION_ERROR;

mod json;

/// COS's error body: `<Error><Code>…</Code><Message>…</Message>…</Error>`, or its JSON
/// form `{"code": …, "message": …, "request_id": …}` (told apart by the body's first
/// character, so no content type is needed; [`format`](Self::format) says which came,
/// and encoding writes the same form).
///
/// `Code` is required; the other fields are optional (the error COS sends under HTTP 200
/// has only `Code` and `Message`). The JSON form's `code` may be an integer
/// (`{"code": -5964, "message": "ERROR_CGI_PARAM_NO_SUCH_OP", …}`, as COS's older JSON
/// API sends it): [`code`](Self::code) keeps its decimal text and
/// [`ErrorFormat::JsonNumericCode`] writes it back as a number.
///
/// A listing response that meets this body fails with an error of kind
/// [`Service`](codec_core::ErrorKind::Service) that carries the whole body:
/// [`ErrorResponse::from_error`] gives it back, `TraceId` and `Resource` included, and
/// [`Error::is_retryable`] answers [`ErrorResponse::is_retryable`].
///
/// ```
/// use codec_core::{Decode, Normalize};
/// use codec_cos::ErrorResponse;
///
/// let body = b"<Error><Code>NoSuchUpload</Code><RequestId>NjA3</RequestId></Error>";
/// let error = ErrorResponse::decode(body)?;
/// assert_eq!(error.code, "NoSuchUpload");
/// assert_eq!(error.normalize()?.request_id.as_deref(), Some("NjA3"));
/// assert!(!error.is_retryable());
/// # Ok::<(), codec_core::Error>(())
/// ```
///
/// # Control characters in the resource
///
/// `Resource` and `Message` can name the object key, which COS writes as it is,
/// control characters (U+0001 to U+001F) included, though XML 1.0 forbids them. As
/// for every COS response (see [the crate's documentation](crate#control-characters-in-keys)),
/// decoding reads them in text and keeps them, encoding writes them back raw, and
/// [`decode_with_control_chars`](Self::decode_with_control_chars) and
/// [`encode_with_control_chars`](Self::encode_with_control_chars) with
/// [`ControlChars::Refuse`] are XML 1.0 exactly. (The JSON form carries them escaped
/// either way.)
///
/// ```
/// use codec_core::xml::ControlChars;
/// use codec_core::{Decode, Encode, ErrorKind, Limits};
/// use codec_cos::ErrorResponse;
///
/// let body = b"<Error><Code>NoSuchUpload</Code><Resource>b.cos.ap-beijing.myqcloud.com/a\x07.txt</Resource></Error>";
/// let error = ErrorResponse::decode(body)?;
/// assert_eq!(error.resource.as_deref(), Some("b.cos.ap-beijing.myqcloud.com/a\u{7}.txt"));
/// assert!(error.encode()?.ends_with(b"<Resource>b.cos.ap-beijing.myqcloud.com/a\x07.txt</Resource></Error>"));
///
/// let strict = ErrorResponse::decode_with_control_chars(body, &Limits::default(), ControlChars::Refuse);
/// assert_eq!(strict.unwrap_err().offset(), Some(body.iter().position(|&b| b == 7).unwrap()));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(xml, codec(Vendor::Cos, OPERATION_ERROR), no_arbitrary)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorResponse<'a> {
    /// The error code, such as `NoSuchUpload` or `InvalidArgument`; the decimal text of
    /// an integer code (`-5964`) from the JSON form.
    #[wire(rename = "Code")]
    pub code: Cow<'a, str>,
    /// A sentence for people.
    #[wire(rename = "Message")]
    pub message: Option<Cow<'a, str>>,
    /// The resource the request addressed.
    #[wire(rename = "Resource")]
    pub resource: Option<Cow<'a, str>>,
    /// The request's id, for COS support.
    #[wire(rename = "RequestId")]
    pub request_id: Option<Cow<'a, str>>,
    /// The request's trace id, for COS support.
    #[wire(rename = "TraceId")]
    pub trace_id: Option<Cow<'a, str>>,
    /// The wire form the body came in (not part of the JSON model).
    #[wire(skip)]
    pub format: ErrorFormat,
}

/// The wire form of a COS error body.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub enum ErrorFormat {
    /// `<Error>…</Error>`, what COS almost always sends.
    #[default]
    Xml,
    /// `{"code": "…", "message": …, "request_id": …}`: the JSON form, `code` a string.
    Json,
    /// `{"code": -5964, "message": …, "request_id": …}`: the JSON form with an integer
    /// `code`, as COS's older JSON API sends it (and COS's Go SDK reads it, into an
    /// `int`). [`ErrorResponse::code`] keeps the integer's decimal text; encoding
    /// writes it back as a number, and fails (kind
    /// [`Unencodable`](codec_core::ErrorKind::Unencodable)) when `code` is not an
    /// integer's decimal text.
    JsonNumericCode,
}

/// Error codes COS documents as transient; see [`ErrorResponse::is_retryable`].
const RETRYABLE_CODES: &[&str] = &[
    // 500 Internal Server Error: "Internal error occurred on the server end".
    "InternalError",
    // 503: "The service is unavailable, please reduce access frequency".
    "ServiceUnavailable",
    // 503 Slow Down: "Please reduce access frequency".
    "SlowDown",
    // 400: "Request timed out" (the error-code table spells it `RequestTimeOut`; the
    // S3-compatible spelling `RequestTimeout` is taken too).
    "RequestTimeout",
    "RequestTimeOut",
];

/// Whether a body is JSON rather than XML: its first non-blank byte is `{`.
pub(crate) fn is_json(input: &[u8]) -> bool {
    input.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

impl ErrorResponse<'_> {
    /// The error in the vendor-neutral model.
    pub fn to_service_error(&self) -> ServiceError<'_> {
        ServiceError {
            vendor: Vendor::Cos,
            code: Cow::Borrowed(&self.code),
            message: self.message.as_deref().map(Cow::Borrowed),
            request_id: self.request_id.as_deref().map(Cow::Borrowed),
        }
    }

    /// Whether COS documents this error as transient, so that the same request may
    /// succeed if sent again (after a pause: two of the codes ask for a lower rate).
    ///
    /// `true` for `InternalError` (HTTP 500), `ServiceUnavailable` and `SlowDown` (HTTP
    /// 503), and `RequestTimeout` (`RequestTimeOut` in COS's table, HTTP 400); `false`
    /// for every other code, the integer codes of the JSON form among them. Codes are
    /// compared exactly, as COS spells them.
    ///
    /// Sources:
    ///
    /// - COS's error-code table, "错误码" / "Error Codes"
    ///   (<https://cloud.tencent.com/document/product/436/7730>, English
    ///   <https://intl.cloud.tencent.com/document/api/436/7730>): its 5XX list is
    ///   `InternalError` 500, `NotImplemented` 501, `ServiceUnavailable` 503 and
    ///   `SlowDown` 503, and its 4XX list has `RequestTimeOut` ("Request timed out");
    /// - COS's Java SDK, tencentyun/cos-java-sdk-v5 @ 499c86d,
    ///   `com/qcloud/cos/retry/RetryUtils.java`: `RETRYABLE_ERROR_CODES` is
    ///   `InternalError`, `SlowDown` and `ServiceUnavailable` (the codes it retries when
    ///   an error comes under HTTP 200), and `RETRYABLE_STATUS_CODES` 500, 502, 503 and
    ///   504;
    /// - COS's Go SDK, tencentyun/cos-go-sdk-v5 @ cc9846d, `cos.go`,
    ///   `CheckRetrieable`: it retries a response with status 500 or above (and no
    ///   response at all), never a 4xx.
    ///
    /// - for `RequestTimeout`, which comes under a 400 that COS's SDKs do not retry by
    ///   status: the S3 API that COS follows, whose SDKs retry it as transient
    ///   (botocore, `botocore/retries/standard.py`, `TransientRetryableChecker`:
    ///   `RequestTimeout`, `RequestTimeoutException`, `PriorRequestNotComplete`).
    ///
    /// `NotImplemented` (501) is left out: the request will not be implemented on a
    /// second try, though the Go SDK retries it with every 5xx. Where the HTTP status is
    /// at hand, let it have the last word (a 502 or 504 from COS's front end is worth
    /// retrying whatever the body says).
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_cos::ErrorResponse;
    ///
    /// let slow_down = ErrorResponse::decode(b"<Error><Code>SlowDown</Code></Error>")?;
    /// assert!(slow_down.is_retryable());
    /// let gone = ErrorResponse::decode(b"<Error><Code>NoSuchUpload</Code></Error>")?;
    /// assert!(!gone.is_retryable());
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn is_retryable(&self) -> bool {
        RETRYABLE_CODES.contains(&self.code.as_ref())
    }
}

impl ErrorResponse<'static> {
    /// The whole COS error body an error carries: `Some` for an error of kind
    /// [`Service`](codec_core::ErrorKind::Service) from this crate (a listing response
    /// that was COS's error body), `None` otherwise.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_cos::{ErrorResponse, ListPartsResult};
    ///
    /// let body = b"<Error><Code>SlowDown</Code><Resource>examplebucket-1250000000.cos.\
    ///              ap-beijing.myqcloud.com/exampleobject</Resource><TraceId>OGVmYz</TraceId>\
    ///              </Error>";
    /// let error = ListPartsResult::decode(body).unwrap_err();
    /// assert!(error.is_retryable());
    /// let cos = ErrorResponse::from_error(&error).expect("COS's error body");
    /// assert_eq!(cos.trace_id.as_deref(), Some("OGVmYz"));
    /// assert!(cos.resource.as_deref().unwrap().ends_with("/exampleobject"));
    /// ```
    pub fn from_error(error: &Error) -> Option<&ErrorResponse<'static>> {
        error.service_body::<ErrorResponse<'static>>()
    }
}

/// What [`Error::from_service_body`] keeps: the whole body, its vendor-neutral model
/// and [`ErrorResponse::is_retryable`].
impl ServiceBody for ErrorResponse<'static> {
    fn service_error(&self) -> ServiceError<'_> {
        self.to_service_error()
    }

    fn is_retryable(&self) -> bool {
        ErrorResponse::is_retryable(self)
    }
}

/// Values that round-trip: text COS may write in every field (what XML 1.0 can carry,
/// and the control characters decoding keeps), and an integer's decimal text for
/// `code` when the form is [`ErrorFormat::JsonNumericCode`].
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for ErrorResponse<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let xml_text = |u: &mut arbitrary::Unstructured<'a>| {
            codec_core::generate::xml_text_with(u, ControlChars::Keep)
        };
        let opt_xml_text = |u: &mut arbitrary::Unstructured<'a>| {
            codec_core::generate::opt_xml_text_with(u, ControlChars::Keep)
        };
        let format = ErrorFormat::arbitrary(u)?;
        let code = match format {
            ErrorFormat::JsonNumericCode if bool::arbitrary(u)? => {
                Cow::Owned(u64::arbitrary(u)?.to_string())
            }
            ErrorFormat::JsonNumericCode => Cow::Owned(i64::arbitrary(u)?.to_string()),
            ErrorFormat::Xml | ErrorFormat::Json => xml_text(u)?,
        };
        Ok(ErrorResponse {
            code,
            message: opt_xml_text(u)?,
            resource: opt_xml_text(u)?,
            request_id: opt_xml_text(u)?,
            trace_id: opt_xml_text(u)?,
            format,
        })
    }
}

response_codec!(ErrorResponse, decode, encode);

fn decode<'a>(
    input: &'a [u8],
    limits: &Limits,
    controls: ControlChars,
) -> Result<ErrorResponse<'a>> {
    if is_json(input) {
        return ErrorResponse::decode_json(input, limits);
    }
    let ctx = Ctx::new(limits).control_chars(controls);
    let mut xml = wire::xml::open(input, ctx)?;
    let root = xml.root()?;
    wire::xml::expect_root(&root, "Error")?;
    wire::xml::read_root(xml, &root, ctx)
}

fn encode(response: &ErrorResponse<'_>, out: &mut Vec<u8>, controls: ControlChars) -> Result<()> {
    match response.format {
        ErrorFormat::Xml => {
            wire::xml::encode_root(response, out, "Error", crate::response::writing(controls))
        }
        ErrorFormat::Json | ErrorFormat::JsonNumericCode => json::encode(response, out),
    }
}

/// Decodes a COS response body whose root element is `<root_name>`, reading the
/// control characters XML 1.0 forbids in text as `controls` says, and calling `check`
/// after each declared child read (with the record so far and the child, for checks
/// that want the child's offset; `|_, _| Ok(())` for none). COS's error body in its
/// place is the service error it carries, whole ([`Error::from_service_body`]): the
/// JSON form, or an `<Error>` root, which COS can send even under HTTP 200.
pub(crate) fn decode_response<'a, R: XmlRecord<'a>>(
    input: &'a [u8],
    limits: &Limits,
    root_name: &str,
    controls: ControlChars,
    mut check: impl FnMut(&R, &Element<'a>) -> Result<()>,
) -> Result<R> {
    if is_json(input) {
        let error = ErrorResponse::decode_json(input, limits)
            .map_err(|error| json_not_a_page(error, input, root_name))?;
        return Err(Error::from_service_body(error.into_owned()));
    }
    let ctx = Ctx::new(limits).control_chars(controls);
    let mut xml = wire::xml::open(input, ctx)?;
    let root = xml.root()?;
    if root.name() == "Error" {
        let error: ErrorResponse<'a> = wire::xml::read_root(xml, &root, ctx)?;
        return Err(Error::from_service_body(error.into_owned()).with_offset(root.start()));
    }
    wire::xml::expect_root(&root, root_name)?;
    let mut record = R::default();
    let mut seen = Seen::default();
    while let Some(child) = xml.next_child(&root)? {
        if record.read_child(&child, &mut xml, ctx, &mut seen)? {
            check(&record, &child)?;
        }
    }
    R::check_required(&seen).map_err(|e| e.with_offset(root.start()))?;
    xml.finish()?;
    Ok(record)
}

/// A JSON body in place of a page that is not COS's error body either (`{}`, a
/// gateway's `{"message": …}`): missing `code`, said so, at the body's start.
fn json_not_a_page(error: Error, input: &[u8], root_name: &str) -> Error {
    if error.kind() != ErrorKind::MissingField || error.path() != Some("code") {
        return error;
    }
    Error::new(
        ErrorKind::MissingField,
        format!(
            "a JSON body is not a <{root_name}> page; COS's JSON error body has `code`, and \
             this one has none"
        ),
    )
    .with_path("code")
    .with_offset(codec_core::sniff::start(input))
}

impl Normalize for ErrorResponse<'_> {
    type Model<'m>
        = ServiceError<'m>
    where
        Self: 'm;

    fn normalize_inner(&self) -> Result<ServiceError<'_>> {
        Ok(self.to_service_error())
    }
}
