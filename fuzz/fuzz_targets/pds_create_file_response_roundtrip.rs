//! An `arbitrary`-generated `CreateFileResponse`: it encodes, decodes to itself and normalizes without a panic.
#![no_main]

codec_fuzz::roundtrip_target!(codec_pds::CreateFileResponse<'_>, normalize);
