//! Any bytes as a QingStor Complete Multipart Upload request body: a value or an error, never a panic; values round-trip; what serde_json rejects, we reject.
#![no_main]

codec_fuzz::raw_target!(codec_qingstor::CompleteMultipartUpload<'_>, json);
