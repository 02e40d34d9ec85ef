//! Every vendor operation the `codec` command knows, in one table.
//!
//! An operation joins by adding one line to [`OPERATIONS`]: its response (or error
//! body) type and documented example, and its request type and example where it has
//! one. The vendor and the operation's name come from the types (`codec_core::Codec`);
//! `decode`, `encode`, `schema` and `example` then serve it, and `codec schema` writes
//! its schema files.

use codec_core::{Error, Limits, Vendor};
use schemars::Schema;
use schemars::generate::SchemaSettings;

use crate::output::{self, Style};

/// Which JSON `decode` prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// The vendor's own typed model, field names as on the wire.
    Typed,
    /// The vendor-neutral model of `codec-core`.
    Normalized,
}

/// Receives a decoded value, type-erased: `codec` renders it as JSON text, the Python
/// package turns it into Python objects. It is called once, and its error is returned.
pub type Visit<'v> = &'v mut dyn FnMut(&dyn erased_serde::Serialize) -> Result<(), Error>;

/// A decoded value in the vendor-neutral model, by its type.
#[derive(Clone, Copy, Debug)]
pub enum Model<'m> {
    /// A page of parts.
    PartsPage(&'m codec_core::PartsPage<'m>),
    /// A page of uploads in progress.
    UploadsPage(&'m codec_core::UploadsPage<'m>),
    /// A started upload.
    InitiatedUpload(&'m codec_core::InitiatedUpload<'m>),
    /// A Complete request.
    CompleteRequest(&'m codec_core::CompleteRequest<'m>),
    /// The answer to a Complete request.
    CompletedUpload(&'m codec_core::CompletedUpload<'m>),
    /// A vendor's error body.
    ServiceError(&'m codec_core::ServiceError<'m>),
}

/// The model types a normalized value can be.
pub trait AsModel {
    /// The value, by its type.
    fn as_model(&self) -> Model<'_>;
}

macro_rules! as_model {
    ($($variant:ident),*) => {$(
        impl AsModel for codec_core::$variant<'_> {
            fn as_model(&self) -> Model<'_> {
                Model::$variant(self)
            }
        }
    )*};
}

as_model!(PartsPage, UploadsPage, InitiatedUpload, CompleteRequest, CompletedUpload, ServiceError);

/// Receives a decoded value in the vendor-neutral model, by its type: for callers that
/// convert it without serde's type erasure (the Python package, where the erasure cost
/// a quarter of `decode`). It is called once, and its error is returned.
pub type VisitModel<'v> = &'v mut dyn FnMut(Model<'_>) -> Result<(), Error>;

/// Decodes a wire form and hands its normalized value, by type, to the visitor.
pub type DecodeModel = fn(&[u8], &Limits, VisitModel<'_>) -> Result<(), Error>;

/// What the command can do with one wire type.
pub struct Codec {
    /// Decodes the wire form and hands the value, in the given form, to the visitor.
    /// A codec without a normalized form ([`normalizes`](Self::normalizes) false) hands
    /// over the typed value whatever the form.
    pub decode: fn(&[u8], &Limits, Form, Visit<'_>) -> Result<(), Error>,
    /// Reads the typed JSON form and writes the wire form.
    pub encode: fn(&[u8]) -> Result<Vec<u8>, Error>,
    /// The typed model's JSON Schema, as a root schema of the given settings.
    pub schema: fn(&SchemaSettings) -> Schema,
    /// Whether the type has a normalized form.
    pub normalizes: bool,
    /// Decodes the wire form and hands its normalized value, by type, to the visitor;
    /// `Some` exactly when [`normalizes`](Self::normalizes).
    pub normalized: Option<DecodeModel>,
    /// The documented example, embedded in the binary.
    pub example: &'static str,
}

impl Codec {
    /// Decodes `input` and renders the value, in the given form, as JSON text in `style`.
    pub fn decode_to_json(
        &self,
        input: &[u8],
        limits: &Limits,
        form: Form,
        style: Style,
    ) -> Result<String, Error> {
        let mut text = String::new();
        (self.decode)(input, limits, form, &mut |value| {
            text = output::render(value, style)?;
            Ok(())
        })?;
        Ok(text)
    }
}

/// One operation of one vendor.
pub struct Operation {
    /// The vendor.
    pub vendor: Vendor,
    /// The operation's name on the command line.
    pub name: &'static str,
    /// The response (or error body) codec; `None` where the response has no body
    /// (QingStor's Complete Multipart Upload answers 201 with an empty body).
    pub response: Option<Codec>,
    /// The request codec, where the operation has a request.
    pub request: Option<Codec>,
}

/// A response or error body: decodes, encodes and normalizes.
macro_rules! response_codec {
    ($ty:ty, $example:expr) => {
        Codec {
            decode: |input, limits, form, visit| {
                let value = <$ty as codec_core::Decode>::decode_with(input, limits)?;
                match form {
                    Form::Typed => visit(&value),
                    Form::Normalized => visit(&codec_core::Normalize::normalize(&value)?),
                }
            },
            encode: |input| codec_core::Encode::encode(&typed_json::<$ty>(input)?),
            schema: |settings| settings.clone().into_generator().into_root_schema_for::<$ty>(),
            normalizes: true,
            normalized: Some(|input, limits, visit| {
                let value = <$ty as codec_core::Decode>::decode_with(input, limits)?;
                visit(AsModel::as_model(&codec_core::Normalize::normalize(&value)?))
            }),
            example: $example,
        }
    };
}

/// A request: decodes and encodes; with `normalized`, it also normalizes (PDS's
/// `complete_file` to `CompleteRequest`).
macro_rules! request_codec {
    ($ty:ty, $example:expr, normalized) => {
        Codec {
            decode: |input, limits, form, visit| {
                let value = <$ty as codec_core::Decode>::decode_with(input, limits)?;
                match form {
                    Form::Typed => visit(&value),
                    Form::Normalized => visit(&codec_core::Normalize::normalize(&value)?),
                }
            },
            normalizes: true,
            normalized: Some(|input, limits, visit| {
                let value = <$ty as codec_core::Decode>::decode_with(input, limits)?;
                visit(AsModel::as_model(&codec_core::Normalize::normalize(&value)?))
            }),
            ..request_codec!($ty, $example)
        }
    };
    ($ty:ty, $example:expr) => {
        Codec {
            decode: |input, limits, _form, visit| {
                visit(&<$ty as codec_core::Decode>::decode_with(input, limits)?)
            },
            encode: |input| {
                let mut wire = codec_core::Encode::encode(&typed_json::<$ty>(input)?)?;
                wire.push(b'\n');
                Ok(wire)
            },
            schema: |settings| settings.clone().into_generator().into_root_schema_for::<$ty>(),
            normalizes: false,
            normalized: None,
            example: $example,
        }
    };
}

/// A TARGET+BODY request (the Complete requests): the target line, one line feed, then
/// the body byte for byte. Its typed JSON is `{"target": …, "body": …}`; its normalized
/// form is what `$normalize` (a `fn(&Target, &Body) -> Result<Model, Error>`) makes of
/// the two.
macro_rules! target_body_codec {
    ($target:ty, $body:ty, $example:expr, $normalize:expr) => {
        Codec {
            decode: |input, limits, form, visit| {
                let (target, body, at) = crate::target_body::split(input)?;
                let target = <$target as codec_core::Decode>::decode_with(target, limits)?;
                let body = <$body as codec_core::Decode>::decode_with(body, limits)
                    .map_err(|e| e.shifted(at))?;
                match form {
                    Form::Typed => {
                        visit(&crate::target_body::TargetBody { target: &target, body: &body })
                    }
                    Form::Normalized => visit(&$normalize(&target, &body)?),
                }
            },
            encode: |input| {
                let value: crate::target_body::TargetBody<$target, $body> =
                    typed_json::<crate::target_body::TargetBody<$target, $body>>(input)?;
                crate::target_body::join(&value.target, &value.body)
            },
            schema: |settings| {
                settings
                    .clone()
                    .into_generator()
                    .into_root_schema_for::<crate::target_body::TargetBody<$target, $body>>()
            },
            normalizes: true,
            normalized: Some(|input, limits, visit| {
                let (target, body, at) = crate::target_body::split(input)?;
                let target = <$target as codec_core::Decode>::decode_with(target, limits)?;
                let body = <$body as codec_core::Decode>::decode_with(body, limits)
                    .map_err(|e| e.shifted(at))?;
                visit(AsModel::as_model(&$normalize(&target, &body)?))
            }),
            example: $example,
        }
    };
}

/// One operation: its response (or error body) type and documented example, and its
/// request type and example where it has one. The vendor and the operation's name are
/// the response type's (`codec_core::Codec`).
macro_rules! operation {
    // The arms that begin with words come first: a `ty` fragment, once begun, cannot
    // back off to another arm.
    // An operation whose response has no body (QingStor's Complete Multipart Upload):
    // only its TARGET+BODY request, which names the vendor and the operation.
    (no response; target $target:ty, body $body:ty, $request_example:expr, $normalize:expr) => {
        Operation {
            vendor: <$target as codec_core::Codec>::VENDOR,
            name: <$target as codec_core::Codec>::OPERATION,
            response: None,
            request: Some(target_body_codec!($target, $body, $request_example, $normalize)),
        }
    };
    // A TARGET+BODY request: its target type, its body type, its example and how the
    // two normalize together.
    ($response:ty, $example:expr; target $target:ty, body $body:ty, $request_example:expr, $normalize:expr) => {
        Operation {
            vendor: <$response as codec_core::Codec>::VENDOR,
            name: <$response as codec_core::Codec>::OPERATION,
            response: Some(response_codec!($response, $example)),
            request: Some(target_body_codec!($target, $body, $request_example, $normalize)),
        }
    };
    // A request with a normalized form of its own.
    ($response:ty, $example:expr; $request:ty, $request_example:expr, normalized) => {
        Operation {
            vendor: <$response as codec_core::Codec>::VENDOR,
            name: <$response as codec_core::Codec>::OPERATION,
            response: Some(response_codec!($response, $example)),
            request: Some(request_codec!($request, $request_example, normalized)),
        }
    };
    ($response:ty, $example:expr $(; $request:ty, $request_example:expr)?) => {
        Operation {
            vendor: <$response as codec_core::Codec>::VENDOR,
            name: <$response as codec_core::Codec>::OPERATION,
            response: Some(response_codec!($response, $example)),
            request: operation!(@request $($request, $request_example)?),
        }
    };
    (@request) => { None };
    (@request $request:ty, $example:expr) => { Some(request_codec!($request, $example)) };
}

/// Reads a type's typed JSON form, naming the type's vendor and operation in errors.
fn typed_json<'a, T>(input: &'a [u8]) -> Result<T, Error>
where
    T: serde::Deserialize<'a> + codec_core::Codec,
{
    codec_core::json::from_slice(input, &Limits::unbounded())
        .map_err(|e| e.with_context(T::VENDOR, T::OPERATION))
}

/// Every operation, vendor by vendor: one line each.
#[rustfmt::skip]
pub static OPERATIONS: &[Operation] = &[
    operation!(codec_ufile::GetMultiUploadPartResponse<'_>, codec_ufile::examples::GET_MULTI_UPLOAD_PART_RESPONSE; codec_ufile::GetMultiUploadPartRequest<'_>, codec_ufile::examples::GET_MULTI_UPLOAD_PART_REQUEST),
    operation!(codec_ufile::GetMultiUploadIdResponse<'_>, codec_ufile::examples::GET_MULTI_UPLOAD_ID_RESPONSE; codec_ufile::GetMultiUploadIdRequest<'_>, codec_ufile::examples::GET_MULTI_UPLOAD_ID_REQUEST),
    operation!(codec_ufile::InitiateMultipartUploadResponse<'_>, codec_ufile::examples::INITIATE_MULTIPART_UPLOAD_RESPONSE),
    operation!(codec_ufile::FinishMultipartUploadResponse<'_>, codec_ufile::examples::FINISH_MULTIPART_UPLOAD_RESPONSE; target codec_ufile::FinishMultipartUploadRequest<'_>, body codec_ufile::FinishMultipartUploadBody<'_>, codec_ufile::examples::FINISH_MULTIPART_UPLOAD_REQUEST, codec_ufile::finish_multipart_upload::normalize_request),
    operation!(codec_ufile::ErrorResponse<'_>, codec_ufile::examples::ERROR_RESPONSE),
    operation!(codec_qingstor::ListMultipartResponse<'_>, codec_qingstor::examples::LIST_MULTIPART_RESPONSE; codec_qingstor::ListMultipartRequest<'_>, codec_qingstor::examples::LIST_MULTIPART_REQUEST),
    operation!(codec_qingstor::ListMultipartUploadsResponse<'_>, codec_qingstor::examples::LIST_MULTIPART_UPLOADS_RESPONSE; codec_qingstor::ListMultipartUploadsRequest<'_>, codec_qingstor::examples::LIST_MULTIPART_UPLOADS_REQUEST),
    operation!(codec_qingstor::InitiateMultipartUploadResponse<'_>, codec_qingstor::examples::INITIATE_MULTIPART_UPLOAD_RESPONSE),
    operation!(no response; target codec_qingstor::CompleteMultipartUploadRequest<'_>, body codec_qingstor::CompleteMultipartUpload<'_>, codec_qingstor::examples::COMPLETE_MULTIPART_UPLOAD_REQUEST, codec_qingstor::complete_multipart_upload::normalize_request),
    operation!(codec_qingstor::ErrorResponse<'_>, codec_qingstor::examples::ERROR_RESPONSE),
    operation!(codec_pds::ListUploadedPartsResponse<'_>, codec_pds::examples::LIST_UPLOADED_PARTS_RESPONSE; codec_pds::ListUploadedPartsRequest<'_>, codec_pds::examples::LIST_UPLOADED_PARTS_REQUEST),
    operation!(codec_pds::CreateFileResponse<'_>, codec_pds::examples::CREATE_FILE_RESPONSE; codec_pds::CreateFileRequest<'_>, codec_pds::examples::CREATE_FILE_REQUEST),
    operation!(codec_pds::GetUploadUrlResponse<'_>, codec_pds::examples::GET_UPLOAD_URL_RESPONSE; codec_pds::GetUploadUrlRequest<'_>, codec_pds::examples::GET_UPLOAD_URL_REQUEST),
    operation!(codec_pds::CompleteFileResponse<'_>, codec_pds::examples::COMPLETE_FILE_RESPONSE; codec_pds::CompleteFileRequest<'_>, codec_pds::examples::COMPLETE_FILE_REQUEST, normalized),
    operation!(codec_pds::ErrorResponse<'_>, codec_pds::examples::ERROR_RESPONSE),
    operation!(codec_cos::ListPartsResult<'_>, codec_cos::examples::LIST_PARTS_RESPONSE; codec_cos::ListPartsRequest<'_>, codec_cos::examples::LIST_PARTS_REQUEST),
    operation!(codec_cos::ListMultipartUploadsResult<'_>, codec_cos::examples::LIST_MULTIPART_UPLOADS_RESPONSE; codec_cos::ListMultipartUploadsRequest<'_>, codec_cos::examples::LIST_MULTIPART_UPLOADS_REQUEST),
    operation!(codec_cos::InitiateMultipartUploadResult<'_>, codec_cos::examples::INITIATE_MULTIPART_UPLOAD_RESPONSE),
    operation!(codec_cos::CompleteMultipartUploadResult<'_>, codec_cos::examples::COMPLETE_MULTIPART_UPLOAD_RESPONSE; target codec_cos::CompleteMultipartUploadRequest<'_>, body codec_cos::CompleteMultipartUpload<'_>, codec_cos::examples::COMPLETE_MULTIPART_UPLOAD_REQUEST, codec_cos::complete_multipart_upload::normalize_request),
    operation!(codec_cos::ErrorResponse<'_>, codec_cos::examples::ERROR_RESPONSE),
];

/// The operation `name` of `vendor`.
pub fn find(vendor: Vendor, name: &str) -> Option<&'static Operation> {
    OPERATIONS.iter().find(|op| op.vendor == vendor && op.name == name)
}

/// The names of `vendor`'s operations, for usage messages.
pub fn names(vendor: Vendor) -> Vec<&'static str> {
    OPERATIONS.iter().filter(|op| op.vendor == vendor).map(|op| op.name).collect()
}
