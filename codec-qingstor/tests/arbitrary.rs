//! With the feature `arbitrary` (`cargo test -p codec-qingstor --features arbitrary --test
//! arbitrary`): values generated from pseudo-random bytes encode, decode to themselves and
//! normalize without a panic (`codec_testkit::round_trips!`), as the fuzz targets
//! `qingstor_*_roundtrip` check under libFuzzer; this runs on stable.
#![cfg(feature = "arbitrary")]

#[test]
fn generated_list_multipart_response_round_trips() {
    codec_testkit::round_trips!(codec_qingstor::ListMultipartResponse<'_>, normalize);
}

#[test]
fn generated_list_multipart_request_round_trips() {
    codec_testkit::round_trips!(codec_qingstor::ListMultipartRequest<'_>);
}

#[test]
fn generated_error_response_round_trips() {
    codec_testkit::round_trips!(codec_qingstor::ErrorResponse<'_>, normalize);
}
