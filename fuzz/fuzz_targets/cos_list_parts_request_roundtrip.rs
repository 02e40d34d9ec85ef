//! An `arbitrary`-generated `ListPartsRequest`: it encodes and decodes to itself.
#![no_main]

codec_fuzz::roundtrip_target!(codec_cos::ListPartsRequest<'_>);
