//! Any bytes: `ListPartsRequest::decode` gives a value or an error, never a panic; a
//! value re-encodes and decodes to itself.
#![no_main]

use codec_core::{Decode, Encode};
use codec_cos::ListPartsRequest;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(value) = ListPartsRequest::decode(data) else { return };
    let wire = value.encode().expect("a decoded request encodes");
    let again = ListPartsRequest::decode(&wire).expect("an encoded request decodes");
    assert_eq!(again, value);
});
