//! Any bytes: `ErrorResponse::decode` gives a value or an error, never a panic; a value
//! re-encodes and decodes to itself.
#![no_main]

use codec_core::{Decode, Encode};
use codec_cos::ErrorResponse;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(value) = ErrorResponse::decode(data) else { return };
    let wire = value.encode().expect("a decoded error body encodes");
    let again = ErrorResponse::decode(&wire).expect("an encoded error body decodes");
    assert_eq!(again, value);
});
