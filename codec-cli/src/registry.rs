//! Every vendor operation the `codec` command knows, in one table.
//!
//! A vendor crate joins by adding one block to [`OPERATIONS`]: its response codec (and
//! request codec, where the operation has a request), each built by the macros below
//! from the crate's types and embedded examples.

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

/// What the command can do with one wire type.
pub struct Codec {
    /// Decodes the wire form and renders it as JSON in the given form and style.
    pub decode: fn(&[u8], &Limits, Form, Style) -> Result<String, Error>,
    /// Reads the typed JSON form and writes the wire form.
    pub encode: fn(&[u8]) -> Result<Vec<u8>, Error>,
    /// The typed model's JSON Schema, as a root schema of the given settings.
    pub schema: fn(&SchemaSettings) -> Schema,
    /// Whether the type has a normalized form.
    pub normalizes: bool,
    /// The documented example, embedded in the binary.
    pub example: &'static str,
}

/// One operation of one vendor.
pub struct Operation {
    /// The vendor.
    pub vendor: Vendor,
    /// The operation's name on the command line.
    pub name: &'static str,
    /// The response (or error body) codec.
    pub response: Codec,
    /// The request codec, where the operation has a request.
    pub request: Option<Codec>,
}

/// A response or error body: decodes, encodes and normalizes.
macro_rules! response_codec {
    ($vendor:expr, $operation:expr, $ty:ty, $example:expr) => {
        Codec {
            decode: |input, limits, form, style| {
                let value = <$ty as codec_core::Decode>::decode_with(input, limits)?;
                match form {
                    Form::Typed => output::render(&value, style),
                    Form::Normalized => {
                        output::render(&codec_core::Normalize::normalize(&value)?, style)
                    }
                }
            },
            encode: |input| {
                let value: $ty = codec_core::json::from_slice(input, &Limits::unbounded())
                    .map_err(|e| e.with_context($vendor, $operation))?;
                codec_core::Encode::encode(&value)
            },
            schema: |settings| settings.clone().into_generator().into_root_schema_for::<$ty>(),
            normalizes: true,
            example: $example,
        }
    };
}

/// A request: decodes and encodes; it has no normalized form.
macro_rules! request_codec {
    ($vendor:expr, $operation:expr, $ty:ty, $example:expr) => {
        Codec {
            decode: |input, limits, _form, style| {
                let value = <$ty as codec_core::Decode>::decode_with(input, limits)?;
                output::render(&value, style)
            },
            encode: |input| {
                let value: $ty = codec_core::json::from_slice(input, &Limits::unbounded())
                    .map_err(|e| e.with_context($vendor, $operation))?;
                let mut wire = codec_core::Encode::encode(&value)?;
                wire.push(b'\n');
                Ok(wire)
            },
            schema: |settings| settings.clone().into_generator().into_root_schema_for::<$ty>(),
            normalizes: false,
            example: $example,
        }
    };
}

/// Every operation, vendor by vendor.
pub static OPERATIONS: &[Operation] = &[
    // UCloud UFile
    Operation {
        vendor: Vendor::Ufile,
        name: codec_ufile::OPERATION_GET_MULTI_UPLOAD_PART,
        response: response_codec!(
            Vendor::Ufile,
            codec_ufile::OPERATION_GET_MULTI_UPLOAD_PART,
            codec_ufile::GetMultiUploadPartResponse<'_>,
            codec_ufile::examples::GET_MULTI_UPLOAD_PART_RESPONSE
        ),
        request: Some(request_codec!(
            Vendor::Ufile,
            codec_ufile::OPERATION_GET_MULTI_UPLOAD_PART,
            codec_ufile::GetMultiUploadPartRequest<'_>,
            codec_ufile::examples::GET_MULTI_UPLOAD_PART_REQUEST
        )),
    },
    Operation {
        vendor: Vendor::Ufile,
        name: codec_ufile::OPERATION_GET_MULTI_UPLOAD_ID,
        response: response_codec!(
            Vendor::Ufile,
            codec_ufile::OPERATION_GET_MULTI_UPLOAD_ID,
            codec_ufile::GetMultiUploadIdResponse<'_>,
            codec_ufile::examples::GET_MULTI_UPLOAD_ID_RESPONSE
        ),
        request: Some(request_codec!(
            Vendor::Ufile,
            codec_ufile::OPERATION_GET_MULTI_UPLOAD_ID,
            codec_ufile::GetMultiUploadIdRequest<'_>,
            codec_ufile::examples::GET_MULTI_UPLOAD_ID_REQUEST
        )),
    },
    Operation {
        vendor: Vendor::Ufile,
        name: codec_ufile::OPERATION_ERROR,
        response: response_codec!(
            Vendor::Ufile,
            codec_ufile::OPERATION_ERROR,
            codec_ufile::ErrorResponse<'_>,
            codec_ufile::examples::ERROR_RESPONSE
        ),
        request: None,
    },
    // QingStor
    Operation {
        vendor: Vendor::Qingstor,
        name: codec_qingstor::OPERATION_LIST_MULTIPART,
        response: response_codec!(
            Vendor::Qingstor,
            codec_qingstor::OPERATION_LIST_MULTIPART,
            codec_qingstor::ListMultipartResponse<'_>,
            codec_qingstor::examples::LIST_MULTIPART_RESPONSE
        ),
        request: Some(request_codec!(
            Vendor::Qingstor,
            codec_qingstor::OPERATION_LIST_MULTIPART,
            codec_qingstor::ListMultipartRequest<'_>,
            codec_qingstor::examples::LIST_MULTIPART_REQUEST
        )),
    },
    Operation {
        vendor: Vendor::Qingstor,
        name: codec_qingstor::OPERATION_ERROR,
        response: response_codec!(
            Vendor::Qingstor,
            codec_qingstor::OPERATION_ERROR,
            codec_qingstor::ErrorResponse<'_>,
            codec_qingstor::examples::ERROR_RESPONSE
        ),
        request: None,
    },
    // Aliyun PDS
    Operation {
        vendor: Vendor::Pds,
        name: codec_pds::OPERATION_LIST_UPLOADED_PARTS,
        response: response_codec!(
            Vendor::Pds,
            codec_pds::OPERATION_LIST_UPLOADED_PARTS,
            codec_pds::ListUploadedPartsResponse<'_>,
            codec_pds::examples::LIST_UPLOADED_PARTS_RESPONSE
        ),
        request: Some(request_codec!(
            Vendor::Pds,
            codec_pds::OPERATION_LIST_UPLOADED_PARTS,
            codec_pds::ListUploadedPartsRequest<'_>,
            codec_pds::examples::LIST_UPLOADED_PARTS_REQUEST
        )),
    },
    Operation {
        vendor: Vendor::Pds,
        name: codec_pds::OPERATION_ERROR,
        response: response_codec!(
            Vendor::Pds,
            codec_pds::OPERATION_ERROR,
            codec_pds::ErrorResponse<'_>,
            codec_pds::examples::ERROR_RESPONSE
        ),
        request: None,
    },
    // Tencent COS
    Operation {
        vendor: Vendor::Cos,
        name: codec_cos::OPERATION_LIST_PARTS,
        response: response_codec!(
            Vendor::Cos,
            codec_cos::OPERATION_LIST_PARTS,
            codec_cos::ListPartsResult<'_>,
            codec_cos::examples::LIST_PARTS_RESPONSE
        ),
        request: Some(request_codec!(
            Vendor::Cos,
            codec_cos::OPERATION_LIST_PARTS,
            codec_cos::ListPartsRequest<'_>,
            codec_cos::examples::LIST_PARTS_REQUEST
        )),
    },
    Operation {
        vendor: Vendor::Cos,
        name: codec_cos::OPERATION_ERROR,
        response: response_codec!(
            Vendor::Cos,
            codec_cos::OPERATION_ERROR,
            codec_cos::ErrorResponse<'_>,
            codec_cos::examples::ERROR_RESPONSE
        ),
        request: None,
    },
];

/// The operation `name` of `vendor`.
pub fn find(vendor: Vendor, name: &str) -> Option<&'static Operation> {
    OPERATIONS.iter().find(|op| op.vendor == vendor && op.name == name)
}

/// The names of `vendor`'s operations, for usage messages.
pub fn names(vendor: Vendor) -> Vec<&'static str> {
    OPERATIONS.iter().filter(|op| op.vendor == vendor).map(|op| op.name).collect()
}
