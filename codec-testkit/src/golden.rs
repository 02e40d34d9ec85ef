//! The golden suite: every fixture under `fixtures/ok` decodes, snapshots its typed (and
//! normalized) JSON, and survives encode → decode and typed JSON → value → the same
//! JSON; every fixture under `fixtures/err` fails with the snapshotted error line.
//!
//! insta names a snapshot after the module and function where `assert_snapshot!`
//! expands, so the two entry points are macros that expand in the test file:
//!
//! ```ignore
//! #[test]
//! fn list_parts_responses() {
//!     insta::glob!("../fixtures", "ok/list-parts/*.xml", |path| {
//!         codec_testkit::golden_ok!(ListPartsResult, &std::fs::read(path).unwrap(), normalized);
//!     });
//! }
//!
//! #[test]
//! fn hostile_list_parts_responses() {
//!     insta::glob!("../fixtures", "err/list-parts/*", |path| {
//!         codec_testkit::golden_err!(ListPartsResult::decode(&std::fs::read(path).unwrap()));
//!     });
//! }
//! ```

use std::fmt::Debug;

use codec_core::Normalize;
use serde::Serialize;

/// Pretty JSON, as the snapshots print it.
pub fn pretty<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap()
}

/// The pretty JSON of `value`'s vendor-neutral model.
pub fn normalized_json<T: Normalize>(value: &T) -> String {
    pretty(&value.normalize().unwrap_or_else(|e| panic!("{e}")))
}

/// The snapshot of a failed decode: `"{error}\nkind: {kind:?}"`. Panics when `result`
/// is a value, or when the error's `Display` is not one line that starts with the
/// vendor's name.
pub fn error_report<T: Debug>(result: Result<T, codec_core::Error>) -> String {
    let error = error_of(result);
    format!("{error}\nkind: {:?}", error.kind())
}

/// [`error_report`], followed by `"\nservice: {json}"` when the error carries what the
/// service said.
pub fn error_report_with_service<T: Debug>(result: Result<T, codec_core::Error>) -> String {
    let error = error_of(result);
    let mut report = format!("{error}\nkind: {:?}", error.kind());
    if let Some(service) = error.service_error() {
        report.push_str(&format!("\nservice: {}", serde_json::to_string(service).unwrap()));
    }
    report
}

fn error_of<T: Debug>(result: Result<T, codec_core::Error>) -> codec_core::Error {
    let error = match result {
        Ok(value) => panic!("decoded a hostile fixture: {value:?}"),
        Err(error) => error,
    };
    let line = error.to_string();
    assert!(!line.contains('\n'), "{line}");
    if let Some(vendor) = error.vendor() {
        assert!(line.starts_with(&format!("{vendor} ")), "{line}");
    }
    error
}

/// The wire JSON `ours` equals `input`'s, once `input` loses what the typed model does
/// not keep: object members `ours` lacks (unknown fields, `null` in string or number
/// fields), recursively.
pub fn assert_same_json(input: &[u8], ours: &[u8]) {
    let ours: serde_json::Value = serde_json::from_slice(ours).unwrap();
    let mut theirs: serde_json::Value = serde_json::from_slice(input).unwrap();
    prune_like(&mut theirs, &ours);
    assert_eq!(theirs, ours);
}

fn prune_like(theirs: &mut serde_json::Value, ours: &serde_json::Value) {
    match (theirs, ours) {
        (serde_json::Value::Object(theirs), serde_json::Value::Object(ours)) => {
            theirs.retain(|key, _| ours.contains_key(key));
            for (key, value) in theirs.iter_mut() {
                prune_like(value, &ours[key]);
            }
        }
        (serde_json::Value::Array(theirs), serde_json::Value::Array(ours)) => {
            for (theirs, ours) in theirs.iter_mut().zip(ours) {
                prune_like(theirs, ours);
            }
        }
        _ => {}
    }
}

/// Decodes `input` as `$ty`, snapshots `"typed:\n{json}\n"`, checks that encoding and
/// decoding again gives the same value and that the typed JSON reads back (serde_json)
/// to a value that prints the same JSON. Flags, after the input, add checks:
///
/// - `normalized`: the snapshot goes on with `"normalized:\n{json}\n"`, the
///   vendor-neutral model;
/// - `same_json` (JSON wire formats): the encoded body is the input's JSON value, less
///   unknown fields and scalar nulls ([`assert_same_json`](crate::golden::assert_same_json));
/// - `same_value`: the typed JSON reads back to the very value decoded, through
///   serde_json and through `codec_core::json` (as `codec encode` reads it).
///
/// `golden_ok!(Type, input)`, `golden_ok!(Type, input, normalized, same_value)`, …:
/// `Type` is a type name with one lifetime, `input` a `&[u8]`. An unknown flag does not
/// compile.
#[macro_export]
macro_rules! golden_ok {
    (@flag normalized) => {};
    (@flag same_json) => {};
    (@flag same_value) => {};
    (@normalized normalized, $value:expr, $report:ident) => {
        let normalized = $crate::golden::normalized_json($value);
        $report.push_str(&format!("normalized:\n{normalized}\n"));
    };
    (@normalized $other:ident, $value:expr, $report:ident) => {};
    (@same_json same_json, $input:expr, $wire:expr) => {
        $crate::golden::assert_same_json($input, $wire);
    };
    (@same_json $other:ident, $input:expr, $wire:expr) => {};
    (@same_value same_value, $ty:ident, $typed:expr, $from_json:expr, $value:expr) => {
        assert_eq!($from_json, $value);
        let via_core: $ty<'_> = $crate::codec_core::json::from_slice(
            $typed.as_bytes(),
            &$crate::codec_core::Limits::default(),
        )
        .unwrap();
        assert_eq!(&via_core, $value);
    };
    (@same_value $other:ident, $ty:ident, $typed:expr, $from_json:expr, $value:expr) => {};
    ($ty:ident, $input:expr $(, $flag:ident)* $(,)?) => {{
        $($crate::golden_ok!(@flag $flag);)*
        let input: &[u8] = $input;
        let value = <$ty<'_> as $crate::codec_core::Decode<'_>>::decode(input)
            .unwrap_or_else(|e| panic!("{e}"));
        let typed = $crate::golden::pretty(&value);
        #[allow(unused_mut)]
        let mut report = format!("typed:\n{typed}\n");
        $($crate::golden_ok!(@normalized $flag, &value, report);)*
        $crate::insta::assert_snapshot!(report);

        // Lossless: encoding a decoded value and decoding again gives the same value.
        let wire = $crate::codec_core::Encode::encode(&value).unwrap();
        let again = <$ty<'_> as $crate::codec_core::Decode<'_>>::decode(&wire).unwrap_or_else(|e| {
            panic!("re-encoded body does not decode: {e}\n{}", String::from_utf8_lossy(&wire))
        });
        assert_eq!(again, value, "re-encoded:\n{}", String::from_utf8_lossy(&wire));
        $($crate::golden_ok!(@same_json $flag, input, &wire);)*

        // The typed JSON reads back to a value that prints the same JSON, and to the same
        // value, through serde_json and through codec_core's serde path.
        let from_json: $ty<'_> = $crate::serde_json::from_str(&typed).unwrap();
        assert_eq!($crate::golden::pretty(&from_json), typed);
        $($crate::golden_ok!(@same_value $flag, $ty, typed, &from_json, &value);)*
    }};
}

/// Snapshots the error of a failed decode, `"{error}\nkind: {kind:?}"`
/// ([`error_report`](crate::golden::error_report)); `golden_err!(result, service)` adds
/// the service's error when there is one
/// ([`error_report_with_service`](crate::golden::error_report_with_service)). Panics if
/// the result is a value or the error is not one line.
#[macro_export]
macro_rules! golden_err {
    ($result:expr) => {{
        let error_report = $crate::golden::error_report;
        $crate::insta::assert_snapshot!(error_report($result))
    }};
    ($result:expr, service) => {{
        let error_report = $crate::golden::error_report_with_service;
        $crate::insta::assert_snapshot!(error_report($result))
    }};
}

/// The golden suite of a crate's wire types, one line per type: a test that decodes
/// every fixture of an `ok/` glob and snapshots it ([`golden_ok!`](crate::golden_ok),
/// with its flags), and a test that fails every fixture of an `err/` glob with the
/// snapshotted error line ([`golden_err!`](crate::golden_err), with `service` when
/// given). The tests are named as written, and so are their snapshots.
///
/// ```ignore
/// codec_testkit::golden_suite! {
///     ListPartsResult: list_parts_responses("ok/list-parts/*.xml", normalized),
///         hostile_list_parts_responses("err/list-parts/*");
/// }
/// ```
#[macro_export]
macro_rules! golden_suite {
    ($(
        $ty:ident: $ok:ident($ok_glob:literal $(, $flag:ident)*),
            $err:ident($err_glob:literal $(, $err_flag:ident)?);
    )*) => {$(
        #[test]
        fn $ok() {
            $crate::insta::glob!("../fixtures", $ok_glob, |path| {
                let input = std::fs::read(path).unwrap();
                $crate::golden_ok!($ty, &input $(, $flag)*);
            });
        }

        #[test]
        fn $err() {
            $crate::insta::glob!("../fixtures", $err_glob, |path| {
                let input = std::fs::read(path).unwrap();
                $crate::golden_err!(
                    <$ty<'_> as $crate::codec_core::Decode<'_>>::decode(&input) $(, $err_flag)?
                );
            });
        }
    )*};
}
