//! An `arbitrary`-generated `CreateFileRequest`: it encodes, decodes to itself.
#![no_main]

codec_fuzz::roundtrip_target!(codec_pds::CreateFileRequest<'_>);
