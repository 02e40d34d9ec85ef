//! The stable-side twin of the structured fuzz targets: values generated with
//! `arbitrary` from pseudo-random bytes must encode, decode to themselves and normalize
//! without a panic. Each vendor crate's `tests/arbitrary.rs` (feature `arbitrary`) runs
//! [`round_trips!`](crate::round_trips) on its types.

/// The `arbitrary` crate, for [`round_trips!`](crate::round_trips) to name.
pub use arbitrary;

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
