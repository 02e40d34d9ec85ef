//! An `arbitrary`-generated `ListUploadedPartsRequest`: it encodes and decodes to itself.
#![no_main]

codec_fuzz::roundtrip_target!(codec_pds::ListUploadedPartsRequest<'_>);
