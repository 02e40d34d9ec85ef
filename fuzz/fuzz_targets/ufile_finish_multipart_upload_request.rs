//! Any bytes as a UFile Finish Multipart Upload request target: a value or an error, never a panic; values round-trip.
#![no_main]

codec_fuzz::raw_target!(codec_ufile::FinishMultipartUploadRequest<'_>);
