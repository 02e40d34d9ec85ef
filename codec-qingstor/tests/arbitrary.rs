//! With the feature `arbitrary` (`cargo test -p codec-qingstor --features arbitrary`):
//! values generated from pseudo-random bytes encode, decode to themselves and normalize
//! without a panic, as the fuzz targets `qingstor_*_roundtrip` check under libFuzzer; this
//! runs on stable.
#![cfg(feature = "arbitrary")]

use arbitrary::{Arbitrary, Unstructured};
use codec_core::{Decode, Encode, Normalize};

/// 2,000 pseudo-random buffers (xorshift) of 0 to 511 bytes.
fn buffers() -> impl Iterator<Item = Vec<u8>> {
    let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..2_000).map(move |_| {
        let len = (next() % 512) as usize;
        (0..len).map(|_| next() as u8).collect()
    })
}

/// Every generated `$ty` round-trips; at least 100 of the 2,000 must encode.
macro_rules! round_trips {
    ($ty:ty $(, $normalize:ident)?) => {{
        let mut encoded = 0;
        for bytes in buffers() {
            let Ok(value) = <$ty>::arbitrary_take_rest(Unstructured::new(&bytes)) else { continue };
            let wire = match value.encode() {
                Ok(wire) => wire,
                Err(error) => panic!("{error}: {value:?}"),
            };
            encoded += 1;
            let again = <$ty>::decode(&wire);
            assert_eq!(again.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
            $(
                let _ = stringify!($normalize);
                if let Err(error) = value.normalize() {
                    assert!(error.path().is_some(), "{error}");
                }
            )?
        }
        assert!(encoded > 100, "only {encoded} values encoded");
    }};
}

#[test]
fn generated_list_multipart_response_round_trips() {
    round_trips!(codec_qingstor::ListMultipartResponse<'_>, normalize);
}

#[test]
fn generated_list_multipart_request_round_trips() {
    round_trips!(codec_qingstor::ListMultipartRequest<'_>);
}

#[test]
fn generated_error_response_round_trips() {
    round_trips!(codec_qingstor::ErrorResponse<'_>, normalize);
}
