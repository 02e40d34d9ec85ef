//! An `arbitrary`-generated `ListMultipartUploadsResponse`: it encodes, decodes to itself and normalizes without a panic.
#![no_main]

codec_fuzz::roundtrip_target!(codec_qingstor::ListMultipartUploadsResponse<'_>, normalize);
