//! Any bytes as a PDS create_file JSON request: a value or an error, never a panic; values round-trip; what serde_json rejects, we reject.
#![no_main]

codec_fuzz::raw_target!(codec_pds::CreateFileRequest<'_>, json);
