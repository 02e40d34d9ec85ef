//! Any bytes as a UFile Finish Multipart Upload request body (ETags joined by commas): a value or an error, never a panic; values round-trip.
#![no_main]

codec_fuzz::raw_target!(codec_ufile::FinishMultipartUploadBody<'_>);
