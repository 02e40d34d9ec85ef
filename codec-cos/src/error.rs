//! `ErrorResponse`: the `<Error>` body COS sends for a failed request, for every
//! operation (and now and then under HTTP 200, for Complete Multipart Upload), and the
//! rare JSON form `{"code", "message", "request_id"}` COS sends when the response's
//! content type says JSON.

use std::borrow::Cow;

use codec_core::field::{owned, owned_opt};
use codec_core::xml::{Element, XmlReader, set_once, write_text_element};
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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct ErrorResponse<'a> {
    /// The error code, such as `NoSuchUpload` or `InvalidArgument`.
    #[serde(rename = "Code", borrow)]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = codec_core::generate::xml_text))]
    pub code: Cow<'a, str>,
    /// A sentence for people.
    #[serde(rename = "Message", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = codec_core::generate::opt_xml_text))]
    pub message: Option<Cow<'a, str>>,
    /// The resource the request addressed.
    #[serde(rename = "Resource", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = codec_core::generate::opt_xml_text))]
    pub resource: Option<Cow<'a, str>>,
    /// The request's id, for COS support.
    #[serde(rename = "RequestId", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = codec_core::generate::opt_xml_text))]
    pub request_id: Option<Cow<'a, str>>,
    /// The request's trace id, for COS support.
    #[serde(rename = "TraceId", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = codec_core::generate::opt_xml_text))]
    pub trace_id: Option<Cow<'a, str>>,
    /// The wire form the body came in (not part of the JSON model).
    #[serde(skip)]
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
    /// Reads the children of an `<Error>` root already opened.
    pub(crate) fn decode_body(xml: &mut XmlReader<'a>, root: &Element<'a>) -> Result<Self> {
        let mut code = None;
        let mut error = ErrorResponse::default();
        while let Some(child) = xml.next_child(root)? {
            match child.name() {
                "Code" => set_once(&mut code, xml.text(&child)?, &child)?,
                "Message" => set_once(&mut error.message, xml.text(&child)?, &child)?,
                "Resource" => set_once(&mut error.resource, xml.text(&child)?, &child)?,
                "RequestId" => set_once(&mut error.request_id, xml.text(&child)?, &child)?,
                "TraceId" => set_once(&mut error.trace_id, xml.text(&child)?, &child)?,
                _ => xml.skip(&child)?,
            }
        }
        error.code = code.ok_or_else(|| Error::missing_field("Code").with_offset(root.start()))?;
        Ok(error)
    }

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

    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> ErrorResponse<'static> {
        ErrorResponse {
            code: owned(self.code),
            message: owned_opt(self.message),
            resource: owned_opt(self.resource),
            request_id: owned_opt(self.request_id),
            trace_id: owned_opt(self.trace_id),
            format: self.format,
        }
    }
}

impl codec_core::Codec for ErrorResponse<'_> {
    const VENDOR: Vendor = Vendor::Cos;
    const OPERATION: &'static str = OPERATION_ERROR;
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
    if root.name() != "Error" {
        return Err(Error::new(
            ErrorKind::UnexpectedElement,
            format!(
                "expected the root element <Error>, found <{}>",
                codec_core::number::clip(root.name())
            ),
        )
        .with_offset(root.start()));
    }
    let error = ErrorResponse::decode_body(&mut xml, &root)?;
    xml.finish()?;
    Ok(error)
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
    out.extend_from_slice(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>");
    write_text_element(out, "Code", &error.code)?;
    let optional = [
        ("Message", &error.message),
        ("Resource", &error.resource),
        ("RequestId", &error.request_id),
        ("TraceId", &error.trace_id),
    ];
    for (name, value) in optional {
        if let Some(value) = value {
            write_text_element(out, name, value)?;
        }
    }
    out.extend_from_slice(b"</Error>");
    Ok(())
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
