//! An `arbitrary`-generated `ListPartsResult` (its text cut to what XML 1.0 can carry): it
//! encodes, decodes to itself and normalizes without a panic.
#![no_main]

codec_fuzz::roundtrip_target!(codec_cos::ListPartsResult<'_>, normalize);
