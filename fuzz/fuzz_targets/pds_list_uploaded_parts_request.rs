//! Any bytes as a PDS list_uploaded_parts JSON request: a value or an error, never a panic; values round-trip; what serde_json rejects, we reject.
#![no_main]

codec_fuzz::raw_target!(codec_pds::ListUploadedPartsRequest<'_>, json);
