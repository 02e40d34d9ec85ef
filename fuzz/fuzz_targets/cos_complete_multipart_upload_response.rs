//! Any bytes as a COS Complete Multipart Upload result body: a value or an error, never a panic; values round-trip and normalize.
#![no_main]

codec_fuzz::raw_target!(codec_cos::CompleteMultipartUploadResult<'_>, normalize);
