//! Any bytes as a PDS create_file JSON response: a value or an error, never a panic; values round-trip and normalize; what serde_json rejects, we reject.
#![no_main]

codec_fuzz::raw_target!(codec_pds::CreateFileResponse<'_>, normalize, json);
