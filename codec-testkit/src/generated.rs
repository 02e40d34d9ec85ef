//! Generated values for the property tests: [`arbitrary!`](crate::arbitrary), a proptest
//! strategy of a wire type's values made by the type's own `arbitrary::Arbitrary`, the
//! generator the structured fuzz targets use too, so that proptest and libFuzzer draw
//! from one source.

/// The `arbitrary` crate, for [`arbitrary!`](crate::arbitrary) to name.
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
        "<",
        ">",
        "&",
        "\"",
        "'",
        "]]>",
        "%",
        "+",
        "=",
        "?",
        "#",
        "/",
        " ",
        "\r",
        "\n",
        "\t",
        ";",
        "\\",
        "{",
        "}",
        ":",
        ",",
        "é",
        "键",
        "✓",
        "\u{1F600}",
        "\u{FEFF}",
        "&quot;",
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
///     fn round_trips(value in codec_testkit::arbitrary!(codec_cos::ListPartsResult)) {
///         codec_core::assert_round_trip!(codec_cos::ListPartsResult<'_>, value);
///     }
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
