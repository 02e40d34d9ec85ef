//! An `arbitrary`-generated `GetMultiUploadPartRequest`: it encodes and decodes to itself.
#![no_main]

codec_fuzz::roundtrip_target!(codec_ufile::GetMultiUploadPartRequest<'_>);
