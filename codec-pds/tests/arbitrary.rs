//! With the feature `arbitrary` (`cargo test -p codec-pds --features arbitrary --test
//! arbitrary`): values generated from pseudo-random bytes encode, decode to themselves and
//! normalize without a panic (`codec_testkit::round_trips!`), as the fuzz targets
//! `pds_*_roundtrip` check under libFuzzer; this runs on stable.
#![cfg(feature = "arbitrary")]

#[test]
fn generated_list_uploaded_parts_response_round_trips() {
    codec_testkit::round_trips!(codec_pds::ListUploadedPartsResponse<'_>, normalize);
}

#[test]
fn generated_list_uploaded_parts_request_round_trips() {
    codec_testkit::round_trips!(codec_pds::ListUploadedPartsRequest<'_>);
}

#[test]
fn generated_error_response_round_trips() {
    codec_testkit::round_trips!(codec_pds::ErrorResponse<'_>, normalize);
}
