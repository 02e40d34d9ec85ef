//! The invariants the raw-bytes targets share, as macros (each decoder's value type
//! borrows from the input, so a generic function would need higher-ranked bounds on
//! every trait; a macro names the type once per target).

/// Any bytes as `$ty`'s wire form: decoding gives a value or an error, never a panic;
/// a value encodes, decodes to itself, and (with `normalize`) normalizes or names the
/// field it cannot; (with `json`) input that serde_json's `Value` parser rejects is
/// rejected too.
#[macro_export]
macro_rules! raw_target {
    ($ty:ty $(, $check:ident)*) => {
        libfuzzer_sys::fuzz_target!(|data: &[u8]| {
            use codec_core::{Decode, Encode};
            let decoded = <$ty>::decode(data);
            $( $crate::raw_target!(@$check data, decoded); )*
            let Ok(value) = decoded else { return };
            let wire = value.encode().expect("a decoded value encodes");
            let again = <$ty>::decode(&wire).unwrap_or_else(|e| {
                panic!("an encoded value decodes: {e}\n{}", String::from_utf8_lossy(&wire))
            });
            assert_eq!(again, value);
        });
    };
    (@normalize $data:ident, $decoded:ident) => {
        if let Ok(value) = &$decoded
            && let Err(error) = codec_core::Normalize::normalize(value)
        {
            assert!(error.path().is_some(), "{error}");
        }
    };
    (@json $data:ident, $decoded:ident) => {
        if let Err(theirs) = serde_json::from_slice::<serde_json::Value>($data) {
            assert!($decoded.is_err(), "serde_json rejects ({theirs}) what we accept: {:?}", $decoded);
        }
    };
}

/// An `arbitrary`-generated `$ty` (the vendor crates' feature `arbitrary` generates only
/// values their decoders accept): it encodes, the bytes decode to an equal value, and
/// (with `normalize`) the normalized conversion does not panic and names the field of
/// any error. Every generated value must encode: the generators keep to what the
/// encoders accept (for COS, text XML 1.0 can carry).
#[macro_export]
macro_rules! roundtrip_target {
    ($ty:ty $(, $check:ident)*) => {
        libfuzzer_sys::fuzz_target!(|value: $ty| {
            use codec_core::{Decode, Encode};
            let wire = value
                .encode()
                .unwrap_or_else(|e| panic!("a generated value encodes: {e}\n{value:?}"));
            let again = <$ty>::decode(&wire).unwrap_or_else(|e| {
                panic!(
                    "an encoded value decodes: {e}\n{value:?}\n{}",
                    String::from_utf8_lossy(&wire)
                )
            });
            assert_eq!(again, value, "{}", String::from_utf8_lossy(&wire));
            $( $crate::roundtrip_target!(@check $check value); )*
        });
    };
    (@check normalize $value:ident) => {
        if let Err(error) = codec_core::Normalize::normalize(&$value) {
            assert!(error.path().is_some(), "{error}");
        }
    };
}
