//! Any bytes as a QingStor List Multipart Uploads body: a value or an error, never a panic; values round-trip and normalize; what serde_json rejects, we reject.
#![no_main]

codec_fuzz::raw_target!(codec_qingstor::ListMultipartUploadsResponse<'_>, normalize, json);
