//! Any bytes as a QingStor Initiate Multipart Upload body: a value or an error, never a panic; values round-trip and normalize; what serde_json rejects, we reject.
#![no_main]

codec_fuzz::raw_target!(codec_qingstor::InitiateMultipartUploadResponse<'_>, normalize, json);
