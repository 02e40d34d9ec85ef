//! Any bytes as a PDS get_upload_url JSON request: a value or an error, never a panic; values round-trip; what serde_json rejects, we reject.
#![no_main]

codec_fuzz::raw_target!(codec_pds::GetUploadUrlRequest<'_>, json);
