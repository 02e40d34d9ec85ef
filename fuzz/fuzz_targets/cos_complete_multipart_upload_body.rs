//! Any bytes as a COS Complete Multipart Upload request body: a value or an error, never a panic; values round-trip.
#![no_main]

codec_fuzz::raw_target!(codec_cos::CompleteMultipartUpload<'_>);
