//! Any bytes: `ListPartsResult::decode` gives a value or an error, never a panic; a
//! value re-encodes, decodes to itself, and normalizes or names the field it cannot.
#![no_main]

use codec_core::{Decode, Encode, Normalize};
use codec_cos::ListPartsResult;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(value) = ListPartsResult::decode(data) else { return };
    if let Err(error) = value.normalize() {
        assert!(error.path().is_some(), "{error}");
    }
    // A decoded value may hold characters XML cannot carry only through a bug.
    let wire = value.encode().expect("a decoded value encodes");
    let again = ListPartsResult::decode(&wire).expect("an encoded value decodes");
    assert_eq!(again, value);
});
