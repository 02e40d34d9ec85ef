//! With the feature `arbitrary` (`cargo test -p codec-ufile --features arbitrary --test
//! arbitrary`): values generated from pseudo-random bytes encode, decode to themselves and
//! normalize without a panic (`codec_testkit::round_trips!`), as the fuzz targets
//! `ufile_*_roundtrip` check under libFuzzer; this runs on stable.
#![cfg(feature = "arbitrary")]

#[test]
fn generated_get_multi_upload_part_response_round_trips() {
    codec_testkit::round_trips!(codec_ufile::GetMultiUploadPartResponse<'_>, normalize);
}

#[test]
fn generated_get_multi_upload_part_request_round_trips() {
    codec_testkit::round_trips!(codec_ufile::GetMultiUploadPartRequest<'_>);
}

#[test]
fn generated_get_multi_upload_id_response_round_trips() {
    codec_testkit::round_trips!(codec_ufile::GetMultiUploadIdResponse<'_>, normalize);
}

#[test]
fn generated_get_multi_upload_id_request_round_trips() {
    codec_testkit::round_trips!(codec_ufile::GetMultiUploadIdRequest<'_>);
}

#[test]
fn generated_error_response_round_trips() {
    codec_testkit::round_trips!(codec_ufile::ErrorResponse<'_>, normalize);
}
