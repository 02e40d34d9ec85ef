//! An `arbitrary`-generated `ErrorResponse`: it encodes (or is refused as `Unencodable`: a
//! character XML 1.0 cannot carry), decodes to itself and normalizes without a panic.
#![no_main]

codec_fuzz::roundtrip_target!(codec_cos::ErrorResponse<'_>, normalize, unencodable);
