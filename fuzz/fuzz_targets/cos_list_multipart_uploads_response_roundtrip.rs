//! An `arbitrary`-generated `ListMultipartUploadsResult`: it encodes, decodes to itself and normalizes without a panic.
#![no_main]

codec_fuzz::roundtrip_target!(codec_cos::ListMultipartUploadsResult<'_>, normalize);
