//! An `arbitrary`-generated `FinishMultipartUploadRequest`: it encodes, decodes to itself.
#![no_main]

codec_fuzz::roundtrip_target!(codec_ufile::FinishMultipartUploadRequest<'_>);
