//! An `arbitrary`-generated `CompleteFileRequest`: it encodes, decodes to itself and normalizes without a panic.
#![no_main]

codec_fuzz::roundtrip_target!(codec_pds::CompleteFileRequest<'_>, normalize);
