//! An `arbitrary`-generated `CompleteMultipartUpload`: it encodes, decodes to itself.
#![no_main]

codec_fuzz::roundtrip_target!(codec_qingstor::CompleteMultipartUpload<'_>);
