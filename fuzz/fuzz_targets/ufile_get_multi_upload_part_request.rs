//! Any bytes as a UFile GetMultiUploadPart request target: a value or an error, never a panic; values round-trip.
#![no_main]

codec_fuzz::raw_target!(codec_ufile::GetMultiUploadPartRequest<'_>);
