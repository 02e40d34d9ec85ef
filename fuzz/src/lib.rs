//! The two kinds of target, as macros that name the type once per target. The round
//! trip and the normalize check are `codec_core`'s (`assert_round_trip!`,
//! `assert_normalizes_or_names_field!`), which the vendor crates' property tests
//! use too.

/// Any bytes as `$ty`'s wire form: decoding gives a value or an error, never a panic;
/// a value encodes, decodes to itself, and (with `normalize`) normalizes or names the
/// field it cannot; (with `json`) input that serde_json's `Value` parser rejects is
/// rejected too.
#[macro_export]
macro_rules! raw_target {
    ($ty:ty $(, $check:ident)*) => {
        libfuzzer_sys::fuzz_target!(|data: &[u8]| {
            let decoded = <$ty as codec_core::Decode>::decode(data);
            $( $crate::raw_target!(@$check data, decoded); )*
            if let Ok(value) = decoded {
                codec_core::assert_round_trip!($ty, value);
            }
        });
    };
    (@normalize $data:ident, $decoded:ident) => {
        if let Ok(value) = &$decoded {
            codec_core::assert_normalizes_or_names_field!(value);
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
            codec_core::assert_round_trip!($ty, value);
            $( $crate::roundtrip_target!(@$check value); )*
        });
    };
    (@normalize $value:ident) => {
        codec_core::assert_normalizes_or_names_field!($value);
    };
}
