//! With the feature `arbitrary` (`cargo test -p codec-cos --features arbitrary --test
//! arbitrary`): values generated from pseudo-random bytes (text cut to what XML 1.0 can
//! carry) encode, decode to themselves and normalize without a panic
//! (`codec_testkit::round_trips!`), as the fuzz targets `cos_*_roundtrip` check under
//! libFuzzer; this runs on stable.
#![cfg(feature = "arbitrary")]

#[test]
fn generated_list_parts_result_round_trips() {
    codec_testkit::round_trips!(codec_cos::ListPartsResult<'_>, normalize);
}

#[test]
fn generated_list_parts_request_round_trips() {
    codec_testkit::round_trips!(codec_cos::ListPartsRequest<'_>);
}

#[test]
fn generated_error_response_round_trips() {
    codec_testkit::round_trips!(codec_cos::ErrorResponse<'_>, normalize);
}
