//! An `arbitrary`-generated `ListPartsRequest`: it encodes (or is refused as
//! `Unencodable`), decodes to itself.
#![no_main]

codec_fuzz::roundtrip_target!(codec_cos::ListPartsRequest<'_>, unencodable);
