//! What every COS response type shares: its codec keeps the control characters of
//! object keys by default, and says so in one API (see the crate's "Control
//! characters" section).

/// The codec of a COS response type, from its module's
/// `decode(input, limits, controls)` and `encode(value, out, controls)`: `Decode` and
/// `Encode` keep the control characters XML 1.0 forbids
/// ([`ControlChars::Keep`](codec_core::xml::ControlChars::Keep)), and the inherent
/// `decode_with_control_chars` and `encode_with_control_chars` let the caller choose.
macro_rules! response_codec {
    ($ty:ident, $decode:path, $encode:path) => {
        impl<'a> ::codec_core::Decode<'a> for $ty<'a> {
            fn decode_inner(
                input: &'a [u8],
                limits: &::codec_core::Limits,
            ) -> ::codec_core::Result<Self> {
                $decode(input, limits, ::codec_core::xml::ControlChars::Keep)
            }
        }

        impl ::codec_core::Encode for $ty<'_> {
            fn encode_inner(&self, out: &mut ::std::vec::Vec<u8>) -> ::codec_core::Result<()> {
                $encode(self, out, ::codec_core::xml::ControlChars::Keep)
            }
        }

        impl<'a> $ty<'a> {
            /// Decodes `input` within `limits`, reading the control characters XML 1.0
            /// forbids (U+0001 to U+001F but tab, line feed and carriage return) in text
            /// as `controls` says:
            /// [`ControlChars::Keep`](codec_core::xml::ControlChars::Keep) is what
            /// [`decode`](codec_core::Decode::decode) does,
            /// [`ControlChars::Refuse`](codec_core::xml::ControlChars::Refuse) is XML 1.0
            /// exactly (a [`Syntax`](codec_core::ErrorKind::Syntax) error at the first
            /// one). Errors name the vendor and operation, as
            /// [`decode_with`](codec_core::Decode::decode_with)'s do.
            pub fn decode_with_control_chars(
                input: &'a [u8],
                limits: &::codec_core::Limits,
                controls: ::codec_core::xml::ControlChars,
            ) -> ::codec_core::Result<Self> {
                $decode(input, limits, controls).map_err(|e| {
                    e.with_context(
                        <Self as ::codec_core::Codec>::VENDOR,
                        <Self as ::codec_core::Codec>::OPERATION,
                    )
                })
            }

            /// Appends the wire form to `out`, writing the control characters XML 1.0
            /// forbids as `controls` says:
            /// [`ControlChars::Keep`](codec_core::xml::ControlChars::Keep) (what
            /// [`Encode`](codec_core::Encode) does) writes them raw, as COS does;
            /// [`ControlChars::Refuse`](codec_core::xml::ControlChars::Refuse) fails on
            /// them ([`Unencodable`](codec_core::ErrorKind::Unencodable), naming the
            /// field). On error `out` is left as it was.
            pub fn encode_with_control_chars(
                &self,
                out: &mut ::std::vec::Vec<u8>,
                controls: ::codec_core::xml::ControlChars,
            ) -> ::codec_core::Result<()> {
                let start = out.len();
                $encode(self, out, controls).map_err(|e| {
                    out.truncate(start);
                    e.with_context(
                        <Self as ::codec_core::Codec>::VENDOR,
                        <Self as ::codec_core::Codec>::OPERATION,
                    )
                })
            }
        }
    };
}

/// The context a response's encoder writes with: control characters as `controls`
/// says.
pub(crate) fn writing(controls: codec_core::xml::ControlChars) -> codec_core::wire::Ctx<'static> {
    codec_core::wire::Ctx::writing().control_chars(controls)
}

/// `None`, or a string type read from text COS may write in a response: control
/// characters come too. For the generated `Arbitrary`.
#[cfg(feature = "arbitrary")]
pub(crate) fn opt_wire_text<'a, T: From<&'a str>>(
    u: &mut arbitrary::Unstructured<'a>,
) -> arbitrary::Result<Option<T>> {
    codec_core::generate::opt_xml_wire_with(u, codec_core::xml::ControlChars::Keep)
}
