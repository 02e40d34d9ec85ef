//! Any bytes as a QingStor List Multipart Uploads request target: a value or an error, never a panic; values round-trip.
#![no_main]

codec_fuzz::raw_target!(codec_qingstor::ListMultipartUploadsRequest<'_>);
