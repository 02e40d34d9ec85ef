//! Any bytes as a PDS complete_file JSON request: a value or an error, never a panic; values round-trip and normalize; what serde_json rejects, we reject.
#![no_main]

codec_fuzz::raw_target!(codec_pds::CompleteFileRequest<'_>, normalize, json);
