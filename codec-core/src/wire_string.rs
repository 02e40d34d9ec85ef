//! [`wire_string!`](crate::wire_string): string enums that keep values they do not know.

/// Defines a string enum as the vendors' wire carries it: a newtype over
/// `Cow<'a, str>` with an associated constant per known value, so a value the vendor
/// adds later decodes, compares and re-encodes unchanged (the shape s3s uses).
///
/// The type gets `as_str`, `is` (equal ignoring ASCII case, for vendors that spell
/// `STANDARD` and `Standard` alike), `into_owned`, `From<&str>`, `Display`, serde
/// (transparent, borrowing) and, when the calling crate's `schema` feature is on,
/// `schemars::JsonSchema`, and when its `arbitrary` feature is on,
/// `arbitrary::Arbitrary` (any text). The calling crate needs `serde` (and `schemars`
/// for `schema`, `arbitrary` for `arbitrary`) among its dependencies.
///
/// ```
/// codec_core::wire_string! {
///     /// A storage class.
///     pub struct StorageClass;
///     /// Standard storage.
///     STANDARD = "STANDARD";
///     /// Archive.
///     ARCHIVE = "ARCHIVE";
/// }
///
/// let class = StorageClass::from("Standard");
/// assert!(class.is(&StorageClass::STANDARD));
/// assert_eq!(StorageClass::from("GLACIER").as_str(), "GLACIER");
/// ```
#[macro_export]
macro_rules! wire_string {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident;
        $( $(#[$const_meta:meta])* $constant:ident = $text:literal; )*
    ) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
        #[serde(transparent)]
        $vis struct $name<'a>(#[serde(borrow)] pub ::std::borrow::Cow<'a, str>);

        impl $name<'_> {
            $(
                $(#[$const_meta])*
                pub const $constant: $name<'static> = $name(::std::borrow::Cow::Borrowed($text));
            )*

            /// The wire text.
            pub fn as_str(&self) -> &str {
                &self.0
            }

            /// Whether `self` and `other` are the same value, ignoring ASCII letter case.
            pub fn is(&self, other: &$name<'_>) -> bool {
                self.0.eq_ignore_ascii_case(&other.0)
            }

            /// Detaches the value from the input it borrows from.
            pub fn into_owned(self) -> $name<'static> {
                $name($crate::field::owned(self.0))
            }
        }

        impl<'a> ::std::convert::From<&'a str> for $name<'a> {
            fn from(text: &'a str) -> Self {
                $name(::std::borrow::Cow::Borrowed(text))
            }
        }

        impl<'a> $crate::wire::WireText<'a> for $name<'a> {
            #[inline(always)]
            fn from_text(text: ::std::borrow::Cow<'a, str>) -> Self {
                $name(text)
            }
            #[inline(always)]
            fn text(&self) -> &str {
                &self.0
            }
        }

        impl $crate::wire::IntoOwned for $name<'_> {
            type Owned = $name<'static>;
            fn into_owned(self) -> $name<'static> {
                $name($crate::field::owned(self.0))
            }
        }

        impl $crate::wire::LenHint for $name<'_> {
            #[inline(always)]
            fn len_hint(&self) -> usize {
                self.0.len()
            }
        }

        impl ::std::fmt::Display for $name<'_> {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}
