//! The stable-side twin of the structured fuzz targets: values generated with
//! `arbitrary` from pseudo-random bytes must encode, decode to themselves and normalize
//! without a panic. Each vendor crate's `tests/arbitrary.rs` (feature `arbitrary`) runs
//! [`round_trips!`](crate::round_trips) on its types.

/// The `arbitrary` crate, for [`round_trips!`](crate::round_trips) to name.
pub use arbitrary;
/// The `proptest` crate, for [`arbitrary!`](crate::arbitrary) to name.
pub use proptest;

use proptest::prelude::*;

/// Bytes for `arbitrary` to make values of: runs of the characters that need care in
/// XML, JSON and query strings (`<`, `&`, quotes, `]]>`, `%`, `+`, `\r`, non-ASCII …),
/// letters, and any byte, so that generated text holds them often. Proptest shrinks
/// the bytes, and so the value.
pub fn bytes() -> impl Strategy<Value = Vec<u8>> {
    const SPECIAL: &[&str] = &[
        "<", ">", "&", "\"", "'", "]]>", "%", "+", "=", "?", "#", "/", " ", "\r", "\n",
        "\t", ";", "\\", "{", "}", ":", ",", "é", "键", "✓", "\u{1F600}", "\u{FEFF}", "&quot;",
        "\\\"",
    ];
    let piece = prop_oneof![
        3 => proptest::sample::select(SPECIAL).prop_map(|text| text.as_bytes().to_vec()),
        3 => proptest::collection::vec(b'a'..=b'z', 1..4),
        4 => any::<u8>().prop_map(|byte| vec![byte]),
    ];
    proptest::collection::vec(piece, 0..192).prop_map(|pieces| pieces.concat())
}

/// A proptest strategy of owned values of a wire type, made by the type's own
/// `arbitrary::Arbitrary` (the one source of generated values the structured fuzz
/// targets use too) from [`bytes`]. `$ty` is the type's name without its lifetime; the
/// values are `$ty<'static>`.
///
/// ```ignore
/// proptest! {
///     #[test]
///     fn round_trips(value in codec_testkit::arbitrary!(codec_cos::ListPartsResult)) { … }
/// }
/// ```
#[macro_export]
macro_rules! arbitrary {
    ($ty:ident $(:: $rest:ident)*) => {{
        use $crate::generated::proptest::strategy::Strategy as _;
        $crate::generated::bytes().prop_filter_map("arbitrary made no value", |bytes| {
            use $crate::generated::arbitrary::Arbitrary as _;
            <$ty $(:: $rest)* <'_>>::arbitrary_take_rest(
                $crate::generated::arbitrary::Unstructured::new(&bytes),
            )
            .ok()
            .map(|value| value.into_owned())
        })
    }};
}

/// 2,000 pseudo-random buffers (xorshift, fixed seed) of 0 to 511 bytes.
pub fn buffers() -> impl Iterator<Item = Vec<u8>> {
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

/// Every `$ty` generated from [`buffers`] encodes, and decodes to an equal value; at
/// least 100 of the 2,000 buffers must make a value. Flags:
/// - `normalize`: the value normalizes, or its error names a field.
#[macro_export]
macro_rules! round_trips {
    ($ty:ty $(, $flag:ident)*) => {{
        use $crate::generated::arbitrary::Arbitrary as _;
        let mut generated = 0;
        for bytes in $crate::generated::buffers() {
            let Ok(value) =
                <$ty>::arbitrary_take_rest($crate::generated::arbitrary::Unstructured::new(&bytes))
            else {
                continue;
            };
            generated += 1;
            codec_core::assert_round_trip!($ty, value);
            $( $crate::round_trips!(@$flag value); )*
        }
        assert!(generated > 100, "only {generated} values generated");
    }};
    (@normalize $value:ident) => {
        codec_core::assert_normalizes_or_names_field!($value);
    };
}
