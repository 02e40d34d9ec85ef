//! An `arbitrary`-generated `ListMultipartRequest`: it encodes and decodes to itself.
#![no_main]

codec_fuzz::roundtrip_target!(codec_qingstor::ListMultipartRequest<'_>);
