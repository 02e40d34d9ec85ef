//! The golden suite: every fixture under `fixtures/ok` decodes, snapshots its typed and
//! normalized JSON, and survives encode → decode and JSON → value → JSON; every fixture
//! under `fixtures/err` fails with the snapshotted error line.

use std::fmt::Debug;

use codec_core::{Decode, Encode, Normalize};
use codec_pds::{ErrorResponse, ListUploadedPartsRequest, ListUploadedPartsResponse};
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

        // The encoded body is the same JSON value as the input, minus unknown fields and
        // scalar nulls: compare through serde_json with those removed.
        assert_same_json(input, &wire);

        // The typed JSON reads back to a value that prints the same JSON, and it is
        // what `codec encode` reads: through codec_core's serde path.
        let from_json: $ty<'_> = serde_json::from_str(&typed).unwrap();
        assert_eq!(pretty(&from_json), typed);
        let via_core: $ty<'_> =
            codec_core::json::from_slice(typed.as_bytes(), &codec_core::Limits::default()).unwrap();
        assert_eq!(via_core, value);
    }};
}

/// The wire JSON of `ours` equals `input`'s, once `input` loses what the typed model
/// does not keep: fields it does not know, and `null` in string or number fields.
fn assert_same_json(input: &[u8], ours: &[u8]) {
    let ours: serde_json::Value = serde_json::from_slice(ours).unwrap();
    let mut theirs: serde_json::Value = serde_json::from_slice(input).unwrap();
    prune_like(&mut theirs, &ours);
    assert_eq!(theirs, ours);
}

/// Removes from `theirs` the object members `ours` lacks (unknown fields, scalar
/// nulls), recursively.
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
        Err(error) => {
            let line = error.to_string();
            assert!(line.starts_with("pds "), "{line}");
            assert!(!line.contains('\n'), "{line}");
            format!("{line}\nkind: {:?}", error.kind())
        }
    }
}

#[test]
fn list_uploaded_parts_responses() {
    insta::glob!("../fixtures", "ok/list-uploaded-parts/*.json", |path| {
        let input = std::fs::read(path).unwrap();
        golden_ok!(ListUploadedPartsResponse, &input, |v: &ListUploadedPartsResponse<'_>| {
            Some(normalized_json(v))
        });
    });
}

#[test]
fn list_uploaded_parts_requests() {
    insta::glob!("../fixtures", "ok/list-uploaded-parts-request/*.json", |path| {
        let input = std::fs::read(path).unwrap();
        golden_ok!(ListUploadedPartsRequest, &input);
    });
}

#[test]
fn error_bodies() {
    insta::glob!("../fixtures", "ok/error/*.json", |path| {
        let input = std::fs::read(path).unwrap();
        golden_ok!(ErrorResponse, &input, |v: &ErrorResponse<'_>| Some(normalized_json(v)));
    });
}

#[test]
fn hostile_list_uploaded_parts_responses() {
    insta::glob!("../fixtures", "err/list-uploaded-parts/*", |path| {
        golden_err!(ListUploadedPartsResponse::decode(&std::fs::read(path).unwrap()));
    });
}

#[test]
fn hostile_list_uploaded_parts_requests() {
    insta::glob!("../fixtures", "err/list-uploaded-parts-request/*", |path| {
        golden_err!(ListUploadedPartsRequest::decode(&std::fs::read(path).unwrap()));
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
    use codec_pds::examples;
    let fixture = |name: &str| {
        std::fs::read_to_string(format!("{}/fixtures/ok/{name}", env!("CARGO_MANIFEST_DIR")))
            .unwrap()
    };
    assert_eq!(
        examples::LIST_UPLOADED_PARTS_RESPONSE,
        fixture("list-uploaded-parts/doc-example.json")
    );
    assert_eq!(
        examples::LIST_UPLOADED_PARTS_REQUEST,
        fixture("list-uploaded-parts-request/doc-example.json")
    );
    assert_eq!(examples::ERROR_RESPONSE, fixture("error/ours-not-found-upload-id.json"));
}

#[test]
fn the_documented_response_is_byte_for_byte_the_documents() {
    let document = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/api-docs/003_a626dd3454e251cd.txt"
    ));
    // The shared folder sits beside the workspace on the development machine only.
    if let Ok(document) = document {
        let start = document.find("{\n\"file_id\"").unwrap();
        let end = document.find("}\nError codes").unwrap() + 2;
        assert_eq!(&document[start..end], codec_pds::examples::LIST_UPLOADED_PARTS_RESPONSE);
    }
}

#[test]
fn an_error_body_in_place_of_a_page_says_what_pds_said() {
    let error = ListUploadedPartsResponse::decode(codec_pds::examples::ERROR_RESPONSE.as_bytes())
        .unwrap_err();
    assert_eq!(error.kind(), codec_core::ErrorKind::Service);
    let service = error.service_error().unwrap();
    assert_eq!(service.code, "NotFound.UploadId");
    assert_eq!(service.vendor, codec_core::Vendor::Pds);
    assert!(error.to_string().starts_with("pds list-uploaded-parts: "), "{error}");
}

#[test]
fn quoted_etags_and_urls_of_the_documented_shape_borrow_from_the_input() {
    let body = codec_pds::examples::LIST_UPLOADED_PARTS_RESPONSE.as_bytes();
    let response = ListUploadedPartsResponse::decode(body).unwrap();
    assert_eq!(response.parts().len(), 1);
    for part in response.parts() {
        let etag = part.etag.as_ref().unwrap();
        assert!(etag.is_quoted() && etag.is_borrowed(), "{etag:?}");
        assert_eq!(etag.value(), "0CC175B9C0F1B6A831C399E269772661");
        assert!(matches!(part.upload_url, Some(std::borrow::Cow::Borrowed(_))));
        assert!(matches!(part.internal_upload_url, Some(std::borrow::Cow::Borrowed(_))));
    }
}

#[test]
fn escaped_urls_are_unescaped_and_re_encoded_as_plain_text() {
    let body =
        br#"{"uploaded_parts":[{"part_number":1,"upload_url":"https:\/\/h\/k?a=1\u0026b=%2F"}]}"#;
    let response = ListUploadedPartsResponse::decode(body).unwrap();
    assert_eq!(response.parts()[0].upload_url.as_deref(), Some("https://h/k?a=1&b=%2F"));
    let wire = response.encode().unwrap();
    assert_eq!(
        wire,
        br#"{"uploaded_parts":[{"part_number":1,"upload_url":"https://h/k?a=1&b=%2F"}]}"#
    );
}
