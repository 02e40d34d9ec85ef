//! With the feature `arbitrary` (`cargo test -p codec-cos --features arbitrary`): values
//! generated from pseudo-random bytes encode, decode to themselves (or are refused as
//! `Unencodable`: a character XML 1.0 cannot carry) and normalize without a panic, as the
//! fuzz targets `cos_*_roundtrip` check under libFuzzer; this runs on stable.
#![cfg(feature = "arbitrary")]

#[test]
fn generated_list_parts_result_round_trips() {
    codec_testkit::round_trips!(codec_cos::ListPartsResult<'_>, normalize, unencodable);
}

#[test]
fn generated_list_parts_request_round_trips() {
    codec_testkit::round_trips!(codec_cos::ListPartsRequest<'_>);
}

#[test]
fn generated_error_response_round_trips() {
    codec_testkit::round_trips!(codec_cos::ErrorResponse<'_>, normalize, unencodable);
}
