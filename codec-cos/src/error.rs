//! `ErrorResponse`: the `<Error>` body COS sends for a failed request, for every
//! operation (and now and then under HTTP 200, for Complete Multipart Upload), and the
//! rare JSON form `{"code", "message", "request_id"}` COS sends when the response's
//! content type says JSON.

use std::borrow::Cow;

use codec_core::wire::xml::XmlRecord;
use codec_core::wire::{self, Ctx};
use codec_core::xml::XmlReader;
use codec_core::{
    Decode, Encode, Error, ErrorKind, Limits, Normalize, Result, ServiceError, Vendor,
};
use serde::{Deserialize, Serialize};

use crate::OPERATION_ERROR;

/// COS's error body: `<Error><Code>…</Code><Message>…</Message>…</Error>`, or its JSON
/// form `{"code": …, "message": …, "request_id": …}` (told apart by the body's first
/// character, so no content type is needed; [`format`](Self::format) says which came,
/// and encoding writes the same form).
///
/// `Code` is required; the other fields are optional (the error COS sends under HTTP 200
/// has only `Code` and `Message`).
///
/// ```
/// use codec_core::{Decode, Normalize};
/// use codec_cos::ErrorResponse;
///
/// let body = b"<Error><Code>NoSuchUpload</Code><RequestId>NjA3</RequestId></Error>";
/// let error = ErrorResponse::decode(body)?;
/// assert_eq!(error.code, "NoSuchUpload");
/// assert_eq!(error.normalize()?.request_id.as_deref(), Some("NjA3"));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(xml, codec(Vendor::Cos, OPERATION_ERROR))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ErrorResponse<'a> {
    /// The error code, such as `NoSuchUpload` or `InvalidArgument`.
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
    /// `{"code": …, "message": …, "request_id": …}`.
    Json,
}

/// The JSON form, field names as COS writes them.
#[derive(Serialize, Deserialize)]
struct JsonForm<'a> {
    #[serde(borrow)]
    code: Cow<'a, str>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    message: Option<Cow<'a, str>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    resource: Option<Cow<'a, str>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    request_id: Option<Cow<'a, str>>,
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    trace_id: Option<Cow<'a, str>>,
}

/// Whether a body is JSON rather than XML: its first non-blank byte is `{`.
pub(crate) fn is_json(input: &[u8]) -> bool {
    input.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{')
}

impl<'a> ErrorResponse<'a> {
    /// Decodes the JSON form.
    pub(crate) fn decode_json(input: &'a [u8], limits: &Limits) -> Result<Self> {
        let json: JsonForm<'a> = codec_core::json::from_slice(input, limits)?;
        Ok(ErrorResponse {
            code: json.code,
            message: json.message,
            resource: json.resource,
            request_id: json.request_id,
            trace_id: json.trace_id,
            format: ErrorFormat::Json,
        })
    }

    /// The error in the vendor-neutral model.
    pub fn to_service_error(&self) -> ServiceError<'_> {
        ServiceError {
            vendor: Vendor::Cos,
            code: Cow::Borrowed(&self.code),
            message: self.message.as_deref().map(Cow::Borrowed),
            request_id: self.request_id.as_deref().map(Cow::Borrowed),
        }
    }
}

impl<'a> Decode<'a> for ErrorResponse<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode(input, limits)
    }
}

fn decode<'a>(input: &'a [u8], limits: &Limits) -> Result<ErrorResponse<'a>> {
    if is_json(input) {
        return ErrorResponse::decode_json(input, limits);
    }
    let mut xml = XmlReader::new(input, limits)?;
    let root = xml.root()?;
    wire::xml::expect_root(&root, "Error")?;
    wire::xml::read_root(xml, &root, Ctx::new(limits))
}

/// Decodes a COS response body whose root element is `<root_name>`. COS's error body
/// in its place is the service error it carries: the JSON form, or an `<Error>` root,
/// which COS can send even under HTTP 200.
pub(crate) fn decode_response<'a, R: XmlRecord<'a>>(
    input: &'a [u8],
    limits: &Limits,
    root_name: &str,
) -> Result<R> {
    if is_json(input) {
        let error = ErrorResponse::decode_json(input, limits)?;
        return Err(Error::service(error.to_service_error()));
    }
    let mut xml = XmlReader::new(input, limits)?;
    let root = xml.root()?;
    let ctx = Ctx::new(limits);
    if root.name() == "Error" {
        let error: ErrorResponse<'a> = wire::xml::read_root(xml, &root, ctx)?;
        return Err(Error::service(error.to_service_error()).with_offset(root.start()));
    }
    wire::xml::expect_root(&root, root_name)?;
    wire::xml::read_root(xml, &root, ctx)
}

impl Encode for ErrorResponse<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        encode(self, out)
    }
}

fn encode(error: &ErrorResponse<'_>, out: &mut Vec<u8>) -> Result<()> {
    if error.format == ErrorFormat::Json {
        let json = JsonForm {
            code: Cow::Borrowed(&error.code),
            message: error.message.as_deref().map(Cow::Borrowed),
            resource: error.resource.as_deref().map(Cow::Borrowed),
            request_id: error.request_id.as_deref().map(Cow::Borrowed),
            trace_id: error.trace_id.as_deref().map(Cow::Borrowed),
        };
        return serde_json::to_writer(out, &json)
            .map_err(|e| Error::new(ErrorKind::Unencodable, e.to_string()));
    }
    wire::xml::encode_root(error, out, "Error")
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
