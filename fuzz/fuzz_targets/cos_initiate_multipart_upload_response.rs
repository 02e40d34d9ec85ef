//! Any bytes as a COS Initiate Multipart Upload body: a value or an error, never a panic; values round-trip and normalize.
#![no_main]

codec_fuzz::raw_target!(codec_cos::InitiateMultipartUploadResult<'_>, normalize);
