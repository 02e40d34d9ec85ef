//! The native half of the Python package `multipart_codecs` (maturin builds it as
//! `multipart_codecs._native`; `python/multipart_codecs/__init__.py` re-exports it).
//!
//! Every function is written once over the `codec` command's operation registry
//! ([`codec_cli::registry::OPERATIONS`]) and its completers
//! ([`codec_cli::complete::COMPLETERS`]): an operation the crates gain appears in Python
//! with no code here. Values are the JSON shapes `codec` prints, built as Python objects
//! straight from the decoded value (serde into `pythonize`), with no JSON text between.
//!
//! ```python
//! import multipart_codecs as mc
//! page = mc.decode("cos", "list-parts", mc.example("cos", "list-parts"), normalized=True)
//! assert page["vendor"] == "cos"
//! ```
#![deny(missing_docs)]

use std::borrow::Cow;

mod to_python;

use codec_cli::complete::{self as completing, Names};
use codec_cli::registry::{self, Codec, Form, Model, Operation};
use codec_core::{Error, ErrorKind, Limits, Vendor};
use pyo3::exceptions::{PyException, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyMemoryView, PyString, PyTuple};

pyo3::create_exception!(
    multipart_codecs,
    DecodeError,
    PyValueError,
    "A body (or a value to encode) the codec refuses.\n\n\
     str() is the `codec` command's error line without its `error: ` prefix. Attributes: \
     vendor and operation (str, or None), offset (the byte offset into the input, or \
     None), path (the field path, such as `Part[2].Size`, or None); and, extensions to \
     the contract: kind (`syntax`, `unexpected_eof`, `missing_field`, `duplicate_field`, \
     `invalid_value`, `unexpected_element`, `limit_exceeded`, `unencodable`, \
     `wrong_format`, `paging` or `other`) and retryable (whether the same request may \
     succeed if sent again: a body cut short, a proxy's page)."
);

pyo3::create_exception!(
    multipart_codecs,
    ServiceError,
    PyException,
    "The vendor's well-formed error body where a result was expected.\n\n\
     Not a DecodeError: the body was fine. Attributes: vendor, code, message (or None), \
     request_id (or None); and, extensions to the contract: operation (the operation \
     decoded) and retryable (whether the vendor documents the code as transient)."
);

/// The attributes every `DecodeError` has, `None` until the codec sets them.
const DECODE_ERROR_ATTRIBUTES: &[&str] = &["vendor", "operation", "offset", "path", "kind"];

/// The attributes every `ServiceError` has, `None` until the codec sets them.
const SERVICE_ERROR_ATTRIBUTES: &[&str] = &["vendor", "operation", "code", "message", "request_id"];

/// The Python exception for a codec error: `ServiceError` for the vendor's error body,
/// `DecodeError` for anything else.
fn raise(py: Python<'_>, error: &Error) -> PyErr {
    raise_as(py, error.to_string(), error)
}

/// The Python exception for a codec error, with `line` as its message.
fn raise_as(py: Python<'_>, line: String, error: &Error) -> PyErr {
    let built = if let Some(service) = error.service_error() {
        let raised = ServiceError::new_err(line);
        let value = raised.value(py);
        [
            ("vendor", Some(service.vendor.as_str())),
            ("operation", error.operation()),
            ("code", Some(&*service.code)),
            ("message", service.message.as_deref()),
            ("request_id", service.request_id.as_deref()),
        ]
        .into_iter()
        .try_for_each(|(name, text)| value.setattr(name, text))
        .and_then(|()| value.setattr("retryable", error.is_retryable()))
        .map(|()| raised)
    } else {
        let raised = DecodeError::new_err(line);
        let value = raised.value(py);
        value
            .setattr("vendor", error.vendor().map(Vendor::as_str))
            .and_then(|()| value.setattr("operation", error.operation()))
            .and_then(|()| value.setattr("offset", error.offset()))
            .and_then(|()| value.setattr("path", error.path()))
            .and_then(|()| value.setattr("kind", kind_name(error.kind())))
            .and_then(|()| value.setattr("retryable", error.is_retryable()))
            .map(|()| raised)
    };
    built.unwrap_or_else(|failure| failure)
}

/// The snake-case name of an error kind, as `DecodeError.kind` gives it.
fn kind_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::Syntax => "syntax",
        ErrorKind::UnexpectedEof => "unexpected_eof",
        ErrorKind::MissingField => "missing_field",
        ErrorKind::DuplicateField => "duplicate_field",
        ErrorKind::InvalidValue => "invalid_value",
        ErrorKind::UnexpectedElement => "unexpected_element",
        ErrorKind::LimitExceeded => "limit_exceeded",
        ErrorKind::Service => "service",
        ErrorKind::Unencodable => "unencodable",
        ErrorKind::WrongFormat => "wrong_format",
        ErrorKind::Paging => "paging",
        _ => "other",
    }
}

/// A body as the codecs read it: a `bytes` object's own buffer, or a copy of what
/// another type holds.
enum Body<'py> {
    /// A `bytes` object, read in place.
    Bytes(Bound<'py, PyBytes>),
    /// A copy: of a `bytearray` or `memoryview`, or the UTF-8 of a `str`.
    Copied(Vec<u8>),
}

impl Body<'_> {
    fn as_slice(&self) -> &[u8] {
        match self {
            Body::Bytes(bytes) => bytes.as_bytes(),
            Body::Copied(bytes) => bytes,
        }
    }
}

/// Reads a body argument: `bytes`, `bytearray`, `memoryview`, or `str` (as UTF-8).
fn body<'py>(value: &Bound<'py, PyAny>, what: &str) -> PyResult<Body<'py>> {
    if let Ok(bytes) = value.cast::<PyBytes>() {
        return Ok(Body::Bytes(bytes.clone()));
    }
    if let Ok(text) = value.cast::<PyString>() {
        return Ok(Body::Copied(match text.to_cow()? {
            Cow::Borrowed(text) => text.as_bytes().to_vec(),
            Cow::Owned(text) => text.into_bytes(),
        }));
    }
    if let Ok(array) = value.cast::<PyByteArray>() {
        return Ok(Body::Copied(array.to_vec()));
    }
    if value.cast::<PyMemoryView>().is_ok() {
        // bytes(view): the buffer protocol is not in the stable ABI before 3.11.
        let copy = value.py().get_type::<PyBytes>().call1((value,))?;
        return Ok(Body::Copied(copy.cast::<PyBytes>()?.as_bytes().to_vec()));
    }
    Err(PyTypeError::new_err(format!(
        "{what} must be bytes, bytearray, memoryview or str, not {}",
        value.get_type().name()?
    )))
}

/// The vendor named `name`.
fn vendor(name: &str) -> PyResult<Vendor> {
    Vendor::ALL.into_iter().find(|vendor| vendor.as_str() == name).ok_or_else(|| {
        let vendors: Vec<_> = Vendor::ALL.iter().map(|vendor| vendor.as_str()).collect();
        PyValueError::new_err(format!(
            "unknown vendor '{name}': expected one of {}",
            vendors.join(", ")
        ))
    })
}

/// The operation `name` of the vendor `vendor_name`.
fn lookup(vendor_name: &str, name: &str) -> PyResult<&'static Operation> {
    let known = vendor(vendor_name)?;
    registry::find(known, name).ok_or_else(|| {
        let names = registry::names(known);
        if names.is_empty() {
            PyValueError::new_err(format!("no operations of {known} are available yet"))
        } else {
            PyValueError::new_err(format!(
                "unknown operation '{name}' for {known}: expected one of {}",
                names.join(", ")
            ))
        }
    })
}

/// The request or response codec of `operation`.
fn codec_of(operation: &'static Operation, request: bool) -> PyResult<&'static Codec> {
    if request {
        operation.request.as_ref().ok_or_else(|| {
            PyValueError::new_err(format!(
                "{} {} has no request codec; pass request=False",
                operation.vendor, operation.name
            ))
        })
    } else {
        operation.response.as_ref().ok_or_else(|| {
            PyValueError::new_err(format!(
                "{} {} has no response body (the service answers with an empty body); \
                 pass request=True for its request",
                operation.vendor, operation.name
            ))
        })
    }
}

/// Every `(vendor, operation)` pair, in the order of the `codec` command's registry.
///
/// An operation is listed when it has a response body, a request, or both; `decode`,
/// `encode` and `example` take `request=True` for the request.
#[pyfunction]
fn operations(py: Python<'_>) -> PyResult<Vec<Bound<'_, PyTuple>>> {
    registry::OPERATIONS
        .iter()
        .map(|operation| PyTuple::new(py, [operation.vendor.as_str(), operation.name]))
        .collect()
}

/// Decodes a response body (or, with `request=True`, a request in its wire form) and
/// returns the JSON shape `codec decode` prints, as dicts, lists, str, int, bool and
/// None: the vendor's typed model (field names as on the wire), or with
/// `normalized=True` the vendor-neutral model.
///
/// `body` is bytes (bytearray and memoryview are copied), or str taken as UTF-8.
///
/// Limits: by default the library's own, which accept anything a vendor legitimately
/// sends (256 MiB of input, 100,000 items in one list, nesting 128 deep); `max_bytes`,
/// `max_items` and `max_depth` set them. (The `codec` command lifts the size and item
/// limits; set them high here for large captured bodies.)
///
/// Raises `DecodeError` (a `ValueError`) for a body the codec refuses, `ServiceError`
/// for the vendor's error body where a result was expected, `ValueError` for an unknown
/// vendor or operation or for `normalized=True` where there is no normalized form, and
/// `TypeError` for a body of another type.
#[pyfunction]
#[pyo3(signature = (vendor, operation, body, request = false, normalized = false, *, max_bytes = None, max_items = None, max_depth = None))]
#[allow(clippy::too_many_arguments)]
fn decode<'py>(
    py: Python<'py>,
    vendor: &str,
    operation: &str,
    body: &Bound<'py, PyAny>,
    request: bool,
    normalized: bool,
    max_bytes: Option<usize>,
    max_items: Option<usize>,
    max_depth: Option<usize>,
) -> PyResult<Bound<'py, PyAny>> {
    let operation = lookup(vendor, operation)?;
    let codec = codec_of(operation, request)?;
    if normalized && !codec.normalizes {
        return Err(PyValueError::new_err(format!(
            "{} {} {} has no normalized form; pass normalized=False",
            operation.vendor,
            operation.name,
            if request { "request" } else { "response" }
        )));
    }
    let input = self::body(body, "body")?;
    let mut limits = Limits::default();
    if let Some(bytes) = max_bytes {
        limits = limits.with_max_input_bytes(bytes);
    }
    if let Some(items) = max_items {
        limits = limits.with_max_items(items);
    }
    if let Some(depth) = max_depth {
        limits = limits.with_max_depth(depth);
    }
    let mut value = None;
    let decoded = match (normalized, codec.normalized) {
        // The model by its type: converted without serde's type erasure, which would
        // cost a quarter of the time.
        (true, Some(decode)) => decode(input.as_slice(), &limits, &mut |model| {
            value = Some(match model {
                Model::PartsPage(page) => to_python::to_python(py, page),
                Model::UploadsPage(page) => to_python::to_python(py, page),
                Model::InitiatedUpload(upload) => to_python::to_python(py, upload),
                Model::CompleteRequest(request) => to_python::to_python(py, request),
                Model::CompletedUpload(upload) => to_python::to_python(py, upload),
                Model::ServiceError(error) => to_python::to_python(py, error),
            });
            Ok(())
        }),
        (normalized, _) => {
            let form = if normalized { Form::Normalized } else { Form::Typed };
            (codec.decode)(input.as_slice(), &limits, form, &mut |decoded| {
                value = Some(to_python::to_python(py, decoded));
                Ok(())
            })
        }
    };
    decoded.map_err(|error| raise(py, &error.with_context(operation.vendor, operation.name)))?;
    value.unwrap_or_else(|| Err(PyRuntimeError::new_err("the decoder handed over no value")))
}

/// Encodes the typed JSON shape (what `decode` returns without `normalized`) into the
/// wire form: a response body, or with `request=True` the request (a target, a JSON
/// body, or a TARGET+BODY request: the target, one line feed, then the body).
///
/// Raises `DecodeError` when the value does not fit the typed model (naming the field),
/// `TypeError` when it is not made of JSON types (dict with str keys, list, tuple, str,
/// int, float, bool, None), `ValueError` for an unknown vendor or operation.
#[pyfunction]
#[pyo3(signature = (vendor, operation, value, request = false))]
fn encode<'py>(
    py: Python<'py>,
    vendor: &str,
    operation: &str,
    value: &Bound<'py, PyAny>,
    request: bool,
) -> PyResult<Bound<'py, PyBytes>> {
    let operation = lookup(vendor, operation)?;
    let codec = codec_of(operation, request)?;
    let json: serde_json::Value = pythonize::depythonize(value).map_err(|error| {
        PyTypeError::new_err(format!("the value is not made of JSON types: {error}"))
    })?;
    let text = serde_json::to_vec(&json)
        .map_err(|error| PyTypeError::new_err(format!("the value is not JSON: {error}")))?;
    let wire = (codec.encode)(&text)
        .map_err(|error| raise(py, &error.with_context(operation.vendor, operation.name)))?;
    Ok(PyBytes::new(py, without_final_line_feed(&wire, request)))
}

/// The wire form without the line feed the `codec` command ends a one-line request with
/// (a target or a JSON body: `codec encode --request` prints a line). A TARGET+BODY
/// request has a line feed inside it and is kept byte for byte.
fn without_final_line_feed(wire: &[u8], request: bool) -> &[u8] {
    match wire.strip_suffix(b"\n") {
        Some(line) if request && !line.contains(&b'\n') => line,
        _ => wire,
    }
}

/// Collects the parts of a vendor's list-parts pages (each a response body of
/// `ufile get-multi-upload-part`, `qingstor list-multipart`, `pds list-uploaded-parts`
/// or `cos list-parts`) and returns the vendor's Complete request in its wire form
/// (bytes), or with `normalized=True` the vendor-neutral `CompleteRequest`.
///
/// The upload id and key come from the pages where they carry them, else from
/// `upload_id` and `key` (PDS: the file id); `drive_id` is PDS's drive, which its pages
/// do not carry. `expect=N` requires every part number of the vendor's first N.
///
/// Raises `DecodeError` for a page the codec refuses (its message names the page as
/// `pages[i]`), two ETags for one part, a missing expected part, a part without the ETag
/// the vendor needs, or a gap the vendor refuses; `ServiceError` for a page that is the
/// vendor's error body; `ValueError` for an unknown vendor or one whose Complete request
/// is not available yet.
#[pyfunction]
#[pyo3(signature = (vendor, pages, upload_id = None, key = None, expect = None, normalized = false, *, drive_id = None))]
#[allow(clippy::too_many_arguments)]
fn complete<'py>(
    py: Python<'py>,
    vendor: &str,
    pages: &Bound<'py, PyAny>,
    upload_id: Option<&str>,
    key: Option<&str>,
    expect: Option<u32>,
    normalized: bool,
    drive_id: Option<&str>,
) -> PyResult<Bound<'py, PyAny>> {
    let known = self::vendor(vendor)?;
    let Some(completer) = completing::find(known) else {
        return Err(PyValueError::new_err(format!(
            "complete is not available for {known} yet: its Complete request has no codec"
        )));
    };
    if pages.is_instance_of::<PyBytes>()
        || pages.is_instance_of::<PyString>()
        || pages.is_instance_of::<PyByteArray>()
    {
        return Err(PyTypeError::new_err("pages is a list of bodies: pass one page as [page]"));
    }
    let mut bodies = Vec::new();
    for (index, page) in pages.try_iter()?.enumerate() {
        let name = format!("pages[{index}]");
        let page = body(&page?, &name)?;
        bodies.push((name, page.as_slice().to_vec()));
    }
    let names = Names { upload_id, key, drive_id };
    let built = completing::complete(completer, &bodies, &names, expect).map_err(|error| {
        // `complete` names the page in the message, which keeps the error's kind but not
        // the vendor's error body: find that page's service error again for ServiceError.
        if error.kind() == ErrorKind::Service && error.service_error().is_none() {
            let service = bodies.iter().find_map(|(_, body)| {
                (completer.page)(body, &Limits::unbounded())
                    .err()
                    .filter(|error| error.service_error().is_some())
            });
            if let Some(service) = service {
                let service = service.with_context(completer.vendor, completer.pages_of);
                return raise_as(py, error.to_string(), &service);
            }
        }
        raise(py, &error)
    })?;
    if normalized {
        to_python::to_python(py, &built.normalized)
    } else {
        Ok(PyBytes::new(py, &built.wire).into_any())
    }
}

/// The documented example of an operation's response body (or, with `request=True`,
/// its request in the wire form `decode` reads), as the `codec` command embeds it.
#[pyfunction]
#[pyo3(signature = (vendor, operation, request = false))]
fn example<'py>(
    py: Python<'py>,
    vendor: &str,
    operation: &str,
    request: bool,
) -> PyResult<Bound<'py, PyBytes>> {
    let codec = codec_of(lookup(vendor, operation)?, request)?;
    Ok(PyBytes::new(py, codec.example.as_bytes()))
}

/// The module `multipart_codecs._native`.
#[pymodule]
#[pyo3(name = "_native")]
fn native(module: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = module.py();
    module.add_function(wrap_pyfunction!(operations, module)?)?;
    module.add_function(wrap_pyfunction!(decode, module)?)?;
    module.add_function(wrap_pyfunction!(encode, module)?)?;
    module.add_function(wrap_pyfunction!(complete, module)?)?;
    module.add_function(wrap_pyfunction!(example, module)?)?;
    let decode_error = py.get_type::<DecodeError>();
    for name in DECODE_ERROR_ATTRIBUTES {
        decode_error.setattr(*name, py.None())?;
    }
    decode_error.setattr("retryable", false)?;
    module.add("DecodeError", decode_error)?;
    let service_error = py.get_type::<ServiceError>();
    for name in SERVICE_ERROR_ATTRIBUTES {
        service_error.setattr(*name, py.None())?;
    }
    service_error.setattr("retryable", false)?;
    module.add("ServiceError", service_error)?;
    module.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_one_line_request_loses_its_final_line_feed_and_nothing_else_does() {
        assert_eq!(without_final_line_feed(b"/?uploads\n", true), b"/?uploads");
        assert_eq!(
            without_final_line_feed(b"/k?uploadId=1\n<A/>\n", true),
            b"/k?uploadId=1\n<A/>\n"
        );
        assert_eq!(without_final_line_feed(b"{}\n", false), b"{}\n");
    }

    #[test]
    fn every_error_kind_has_a_name() {
        assert_eq!(kind_name(ErrorKind::UnexpectedEof), "unexpected_eof");
        assert_eq!(kind_name(ErrorKind::LimitExceeded), "limit_exceeded");
    }
}
