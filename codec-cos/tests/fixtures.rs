//! The golden suite: every fixture under `fixtures/ok` decodes, snapshots its typed and
//! normalized JSON, and survives encode → decode and JSON → value → JSON; every fixture
//! under `fixtures/err` fails with the snapshotted error line.

use std::fmt::Debug;

use codec_core::{Decode, Encode, Normalize};
use codec_cos::{ErrorResponse, ListPartsRequest, ListPartsResult};
use serde::Serialize;

fn pretty<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap()
}

/// Decodes `input`, snapshots both JSON forms, and checks the round trips.
macro_rules! golden_ok {
    ($ty:ident, $input:expr) => {{ golden_ok!($ty, $input, |_: &$ty<'_>| None::<String>) }};
    ($ty:ident, $input:expr, $normalized:expr) => {{
        let input: &[u8] = $input;
        let value = $ty::decode(input).unwrap_or_else(|e| panic!("{e}"));
        let typed = pretty(&value);
        let mut report = format!("typed:\n{typed}\n");
        if let Some(normalized) = ($normalized)(&value) {
            report.push_str(&format!("normalized:\n{normalized}\n"));
        }
        insta::assert_snapshot!(report);

        // Lossless: encoding a decoded value and decoding again gives the same value.
        let wire = value.encode().unwrap();
        let again = $ty::decode(&wire).unwrap_or_else(|e| {
            panic!("re-encoded body does not decode: {e}\n{}", String::from_utf8_lossy(&wire))
        });
        assert_eq!(again, value, "re-encoded:\n{}", String::from_utf8_lossy(&wire));

        // The typed JSON reads back to a value that prints the same JSON.
        let from_json: $ty<'_> = serde_json::from_str(&typed).unwrap();
        assert_eq!(pretty(&from_json), typed);
    }};
}

fn normalized_json<T: Normalize>(value: &T) -> String {
    pretty(&value.normalize().unwrap_or_else(|e| panic!("{e}")))
}

/// Snapshots the error line (a macro, so the snapshot is named after the test).
macro_rules! golden_err {
    ($result:expr) => {
        insta::assert_snapshot!(error_report($result))
    };
}

fn error_report<T: Debug>(result: Result<T, codec_core::Error>) -> String {
    match result {
        Ok(value) => panic!("decoded a hostile fixture: {value:?}"),
        Err(error) => format!("{error}\nkind: {:?}", error.kind()),
    }
}

#[test]
fn list_parts_responses() {
    insta::glob!("../fixtures", "ok/list-parts/*.xml", |path| {
        let input = std::fs::read(path).unwrap();
        golden_ok!(ListPartsResult, &input, |v: &ListPartsResult<'_>| Some(normalized_json(v)));
    });
}

#[test]
fn list_parts_requests() {
    insta::glob!("../fixtures", "ok/list-parts-request/*.txt", |path| {
        let input = std::fs::read(path).unwrap();
        golden_ok!(ListPartsRequest, &input);
    });
}

#[test]
fn error_bodies() {
    insta::glob!("../fixtures", "ok/error/*", |path| {
        let input = std::fs::read(path).unwrap();
        golden_ok!(ErrorResponse, &input, |v: &ErrorResponse<'_>| Some(normalized_json(v)));
    });
}

#[test]
fn hostile_list_parts_responses() {
    insta::glob!("../fixtures", "err/list-parts/*", |path| {
        golden_err!(ListPartsResult::decode(&std::fs::read(path).unwrap()));
    });
}

#[test]
fn hostile_list_parts_requests() {
    insta::glob!("../fixtures", "err/list-parts-request/*.txt", |path| {
        golden_err!(ListPartsRequest::decode(&std::fs::read(path).unwrap()));
    });
}

#[test]
fn hostile_error_bodies() {
    insta::glob!("../fixtures", "err/error/*", |path| {
        golden_err!(ErrorResponse::decode(&std::fs::read(path).unwrap()));
    });
}

#[test]
fn embedded_examples_are_the_fixtures() {
    use codec_cos::examples;
    let fixture = |name: &str| {
        std::fs::read_to_string(format!("{}/fixtures/ok/{name}", env!("CARGO_MANIFEST_DIR")))
            .unwrap()
    };
    assert_eq!(examples::LIST_PARTS_RESPONSE, fixture("list-parts/doc-example-2.xml"));
    assert_eq!(examples::LIST_PARTS_RESPONSE_FIRST, fixture("list-parts/doc-example-1.xml"));
    assert_eq!(examples::LIST_PARTS_REQUEST, fixture("list-parts-request/doc-example.txt"));
    assert_eq!(examples::ERROR_RESPONSE, fixture("error/go-sdk-error-404-nosuchkey.xml"));
}

#[test]
fn an_error_body_in_place_of_a_result_says_what_cos_said() {
    let body = std::fs::read(format!(
        "{}/fixtures/ok/error/go-sdk-error-in-200-complete.xml",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let error = ListPartsResult::decode(&body).unwrap_err();
    assert_eq!(error.kind(), codec_core::ErrorKind::Service);
    let service = error.service_error().unwrap();
    assert_eq!(service.code, "InternalError");
    assert_eq!(service.message.as_deref(), Some("We encountered an internal error."));
}

#[test]
fn quoted_etags_of_the_documented_shape_borrow_from_the_input() {
    let result =
        ListPartsResult::decode(codec_cos::examples::LIST_PARTS_RESPONSE.as_bytes()).unwrap();
    for part in &result.parts {
        let etag = part.etag.as_ref().unwrap();
        assert!(etag.is_quoted() && etag.is_borrowed(), "{etag:?}");
    }
}
