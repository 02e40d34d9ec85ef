//! Hostile input that is generated rather than stored. The shared table
//! (`codec_testkit::hostile`) runs against every decoder on the documented examples, and
//! its truncations against every fixture; what follows it is PDS's own: wrong types for
//! every field (not only those the examples hold), numbers at and past their bounds,
//! invalid UTF-8 at its offset, syntax slips, duplicate and missing fields, `null` for
//! lists, objects and scalars, markers, nesting caps, a 50 MB string borrowed, limits.
//! Each case checks the error's kind and the field it names. The stored cases are in
//! `fixtures/err` and run by `tests/fixtures.rs`.

use std::borrow::Cow;

use codec_core::{Decode, Encode, ErrorKind, Limits};
use codec_pds::examples::{
    ERROR_RESPONSE, LIST_UPLOADED_PARTS_REQUEST, LIST_UPLOADED_PARTS_RESPONSE,
};
use codec_pds::{ErrorResponse, ListUploadedPartsRequest, ListUploadedPartsResponse};
use codec_testkit::hostile::{Expect, Format, Table, check_every_truncation};
use codec_testkit::{assert_one_line, fixtures};

const DIR: &str = env!("CARGO_MANIFEST_DIR");

/// PDS reads `null` in a string or number field as the field's absence (Go's zero
/// values; see `null_lists_and_objects_are_kept_and_null_scalars_read_as_absent`).
const NULL_IS_ABSENT: &str = "PDS reads null scalars as absent";

#[test]
fn the_shared_table_against_list_uploaded_parts_responses() {
    let cases = Table::json(LIST_UPLOADED_PARTS_RESPONSE.as_bytes())
        .errors_start_with("pds list-uploaded-parts: ")
        // The first exception that matches a case decides: the elements of `h` come first.
        .except(
            "wrong type: uploaded_parts[0].parallel_sha*_ctx.h[0] = null",
            Expect::Reject,
            "an element of a list is no field: null there is a wrong type",
        )
        .except("wrong type: * = null", Expect::Accept, NULL_IS_ABSENT)
        .except(
            "wrong type: uploaded_parts[0].parallel_sha*_ctx.h[0] = -1",
            Expect::Accept,
            "the hash state words are signed 64-bit integers",
        )
        .except(
            "wrong type: next_part_number_marker = 1",
            Expect::Accept,
            "next_part_number_marker is a number or a string",
        )
        .check(|body| ListUploadedPartsResponse::decode(body).map(drop));
    eprintln!("ListUploadedPartsResponse: {cases} cases");
}

#[test]
fn the_shared_table_against_error_bodies() {
    let cases = Table::json(ERROR_RESPONSE.as_bytes())
        .errors_start_with("pds error: ")
        .except("wrong type: message = null", Expect::Accept, NULL_IS_ABSENT)
        .check(|body| ErrorResponse::decode(body).map(drop));
    eprintln!("ErrorResponse: {cases} cases");
}

#[test]
fn the_shared_table_against_list_uploaded_parts_requests() {
    let cases = Table::json(LIST_UPLOADED_PARTS_REQUEST.as_bytes())
        .errors_start_with("pds list-uploaded-parts: ")
        .except("wrong type: limit = null", Expect::Accept, NULL_IS_ABSENT)
        .except("wrong type: part_number_marker = null", Expect::Accept, NULL_IS_ABSENT)
        .except(
            "wrong type: part_number_marker = 1",
            Expect::Accept,
            "part_number_marker is a number or a string",
        )
        .check(|body| ListUploadedPartsRequest::decode(body).map(drop));
    eprintln!("ListUploadedPartsRequest: {cases} cases");
}

#[test]
fn every_truncation_of_every_fixture_is_an_error_or_the_whole_document() {
    for folder in ["ok/list-uploaded-parts", "ok/list-uploaded-parts-request"] {
        let prefix = "pds list-uploaded-parts: ";
        let decode: fn(&[u8]) -> codec_core::Result<()> = if folder.ends_with("request") {
            |body| ListUploadedPartsRequest::decode(body).map(drop)
        } else {
            |body| ListUploadedPartsResponse::decode(body).map(drop)
        };
        check_every_truncation(Format::Json, &fixtures(DIR, folder), prefix, decode);
    }
    check_every_truncation(Format::Json, &fixtures(DIR, "ok/error"), "pds error: ", |body| {
        ErrorResponse::decode(body).map(drop)
    });
}

/// Decodes a response body that must fail with `kind` at field `path`.
#[track_caller]
fn response_fails(body: &str, kind: ErrorKind, path: Option<&str>) {
    let error = ListUploadedPartsResponse::decode(body.as_bytes())
        .err()
        .unwrap_or_else(|| panic!("decoded: {body}"));
    assert_one_line(&error, "pds list-uploaded-parts: ");
    assert_eq!(error.kind(), kind, "{body}: {error}");
    assert_eq!(error.path(), path, "{body}: {error}");
    if let Some(path) = path {
        assert!(error.to_string().contains(path), "{error}");
    }
    assert!(error.offset().is_some(), "{error}");
}

#[test]
fn wrong_types_for_every_response_field_name_the_field() {
    let part = |field: &str, value: &str| {
        format!(r#"{{"uploaded_parts":[{{"part_number":1}},{{"{field}":{value}}}]}}"#)
    };
    let strings = ["upload_url", "internal_upload_url", "etag", "content_type"];
    for field in strings {
        for value in ["1", "true", "[]", "{}"] {
            let path = format!("uploaded_parts[1].{field}");
            response_fails(&part(field, value), ErrorKind::InvalidValue, Some(&path));
        }
    }
    for field in ["part_number", "part_size"] {
        for value in ["\"1\"", "true", "[]", "{}", "-1", "1.0", "1e3", "1E+2", "0.5"] {
            let path = format!("uploaded_parts[1].{field}");
            response_fails(&part(field, value), ErrorKind::InvalidValue, Some(&path));
        }
    }
    for field in [
        "parallel_sha1_ctx",
        "parallel_sha256_ctx",
        "upload_form_info",
        "internal_upload_form_info",
        "signature_info",
    ] {
        for value in ["\"x\"", "1", "true", "[]"] {
            let path = format!("uploaded_parts[1].{field}");
            response_fails(&part(field, value), ErrorKind::InvalidValue, Some(&path));
        }
    }
    for (field, inner) in [
        ("upload_form_info", "bucket_name"),
        ("upload_form_info", "oss_end_point"),
        ("upload_form_info", "object_key"),
        ("upload_form_info", "oss_access_key_id"),
        ("internal_upload_form_info", "oss_security_token"),
        ("internal_upload_form_info", "policy"),
        ("internal_upload_form_info", "signature"),
        ("signature_info", "auth_type"),
        ("signature_info", "signature"),
        ("signature_info", "sts_token"),
    ] {
        let path = format!("uploaded_parts[1].{field}.{inner}");
        response_fails(
            &part(field, &format!(r#"{{"{inner}":5}}"#)),
            ErrorKind::InvalidValue,
            Some(&path),
        );
    }
    for ctx in ["parallel_sha1_ctx", "parallel_sha256_ctx"] {
        let path = format!("uploaded_parts[1].{ctx}.part_offset");
        response_fails(&part(ctx, r#"{"part_offset":-5}"#), ErrorKind::InvalidValue, Some(&path));
        let path = format!("uploaded_parts[1].{ctx}.h");
        response_fails(&part(ctx, r#"{"h":{}}"#), ErrorKind::InvalidValue, Some(&path));
        let path = format!("uploaded_parts[1].{ctx}.h[2]");
        response_fails(&part(ctx, r#"{"h":[1,2,"3"]}"#), ErrorKind::InvalidValue, Some(&path));
        response_fails(
            &part(ctx, r#"{"h":[1,2,9223372036854775808]}"#),
            ErrorKind::InvalidValue,
            Some(&path),
        );
    }
    for (field, value) in [
        ("file_id", "1"),
        ("upload_id", "[]"),
        ("uploaded_parts", "{}"),
        ("uploaded_parts", "\"\""),
        ("next_part_number_marker", "true"),
        ("next_part_number_marker", "-1"),
        ("next_part_number_marker", "1.5"),
        ("next_part_number_marker", "[]"),
        ("parallel_upload", "\"true\""),
        ("parallel_upload", "1"),
    ] {
        response_fails(&format!(r#"{{"{field}":{value}}}"#), ErrorKind::InvalidValue, Some(field));
    }
    response_fails(r#"{"uploaded_parts":[1]}"#, ErrorKind::InvalidValue, Some("uploaded_parts[0]"));
    response_fails(
        r#"{"uploaded_parts":[null]}"#,
        ErrorKind::InvalidValue,
        Some("uploaded_parts[0]"),
    );
}

#[test]
fn numbers_at_and_past_their_bounds() {
    let part = |number: &str, size: &str| {
        format!(r#"{{"uploaded_parts":[{{"part_number":{number},"part_size":{size}}}]}}"#)
    };
    let body = part("10000", "18446744073709551615");
    let ok = ListUploadedPartsResponse::decode(body.as_bytes()).unwrap();
    assert_eq!(ok.parts()[0].part_number, Some(10_000));
    assert_eq!(ok.parts()[0].part_size, Some(u64::MAX));
    for (number, size, path) in [
        ("0", "1", "uploaded_parts[0].part_number"),
        ("10001", "1", "uploaded_parts[0].part_number"),
        ("4294967297", "1", "uploaded_parts[0].part_number"),
        ("1", "18446744073709551616", "uploaded_parts[0].part_size"),
        ("1", "-0", "uploaded_parts[0].part_size"),
        ("1", "99999999999999999999999", "uploaded_parts[0].part_size"),
    ] {
        response_fails(&part(number, size), ErrorKind::InvalidValue, Some(path));
    }
    for (number, size) in [("01", "1"), ("1", "+1"), ("1", "0x10"), ("1", ".5"), ("1", "1.")] {
        response_fails(
            &part(number, size),
            ErrorKind::Syntax,
            None.or(Some(if number == "01" {
                "uploaded_parts[0].part_number"
            } else {
                "uploaded_parts[0].part_size"
            })),
        );
    }
    let h = r#"{"uploaded_parts":[{"parallel_sha1_ctx":{"h":[-9223372036854775808,9223372036854775807]}}]}"#;
    let decoded = ListUploadedPartsResponse::decode(h.as_bytes()).unwrap();
    let ctx = decoded.parts()[0].parallel_sha1_ctx.unwrap().unwrap();
    assert_eq!(ctx.h.unwrap().unwrap().as_slice(), &[i64::MIN, i64::MAX]);
}

#[test]
fn invalid_utf8_raw_or_escaped_is_a_syntax_error_with_its_offset() {
    for (body, at) in [
        (&b"{\"file_id\":\"a\xffb\"}"[..], 13),
        (&b"{\"file_id\xc3\":\"a\"}"[..], 9),
        (&b"\xff{}"[..], 0),
    ] {
        let error = ListUploadedPartsResponse::decode(body).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Syntax, "{error}");
        assert_eq!(error.offset(), Some(at), "{error}");
    }
    for body in [r#"{"file_id":"\udc00x"}"#, r#"{"file_id":"\ud800\u0041"}"#] {
        response_fails(body, ErrorKind::Syntax, Some("file_id"));
    }
    // A surrogate pair is fine, and is unescaped.
    let pair = ListUploadedPartsResponse::decode(br#"{"file_id":"\ud83d\ude00"}"#).unwrap();
    assert_eq!(pair.file_id.as_deref(), Some("\u{1F600}"));
}

#[test]
fn syntax_slips_are_refused() {
    for (body, kind) in [
        ("{}{}", ErrorKind::Syntax),
        (r#"{"uploaded_parts":[{"part_number":1},]}"#, ErrorKind::Syntax),
        (r#"{"uploaded_parts":[{"part_number":1,}]}"#, ErrorKind::Syntax),
        (r#"{'file_id':"a"}"#, ErrorKind::Syntax),
        (r#"{"file_id":'a'}"#, ErrorKind::Syntax),
        (r#"{file_id:"a"}"#, ErrorKind::Syntax),
        ("{\"file_id\":\"a\"} // comment", ErrorKind::Syntax),
        (r#"{"parallel_upload":True}"#, ErrorKind::Syntax),
        (r#"{"parallel_upload":nul}"#, ErrorKind::Syntax),
        (r#"{"file_id" "a"}"#, ErrorKind::Syntax),
        ("<Error/>", ErrorKind::WrongFormat),
    ] {
        let error = ListUploadedPartsResponse::decode(body.as_bytes())
            .err()
            .unwrap_or_else(|| panic!("decoded {body:?}"));
        assert_eq!(error.kind(), kind, "{body:?}: {error}");
        assert_one_line(&error, "pds list-uploaded-parts: ");
        let error = ErrorResponse::decode(body.as_bytes()).unwrap_err();
        assert_one_line(&error, "pds error: ");
        let error = ListUploadedPartsRequest::decode(body.as_bytes()).unwrap_err();
        assert_one_line(&error, "pds list-uploaded-parts: ");
    }
}

#[test]
fn duplicate_fields_are_refused_null_duplicates_included() {
    for (body, path) in [
        (r#"{"file_id":"a","file_id":"a"}"#, "file_id"),
        (r#"{"file_id":null,"file_id":"a"}"#, "file_id"),
        (r#"{"uploaded_parts":null,"uploaded_parts":[]}"#, "uploaded_parts"),
        (
            r#"{"next_part_number_marker":"","next_part_number_marker":1}"#,
            "next_part_number_marker",
        ),
        (r#"{"parallel_upload":true,"parallel_upload":true}"#, "parallel_upload"),
        (r#"{"uploaded_parts":[{"etag":"a","etag":"b"}]}"#, "uploaded_parts[0].etag"),
        (
            r#"{"uploaded_parts":[{"signature_info":{"sts_token":"a","sts_token":"a"}}]}"#,
            "uploaded_parts[0].signature_info.sts_token",
        ),
        (
            r#"{"uploaded_parts":[{"upload_form_info":{"policy":"a","policy":null}}]}"#,
            "uploaded_parts[0].upload_form_info.policy",
        ),
        (
            r#"{"uploaded_parts":[{"parallel_sha1_ctx":{"h":[],"h":[]}}]}"#,
            "uploaded_parts[0].parallel_sha1_ctx.h",
        ),
        (r#"{"file_id":"a","\u0066ile_id":"b"}"#, "file_id"),
    ] {
        response_fails(body, ErrorKind::DuplicateField, Some(path));
    }
    let error = ErrorResponse::decode(br#"{"code":"a","message":"m","message":"n"}"#).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::DuplicateField, Some("message")));
    let error = ListUploadedPartsRequest::decode(
        br#"{"drive_id":"1","file_id":"f","upload_id":"u","limit":1,"limit":2}"#,
    )
    .unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::DuplicateField, Some("limit")));
}

#[test]
fn null_lists_and_objects_are_kept_and_null_scalars_read_as_absent() {
    let body = br#"{"file_id":null,"uploaded_parts":[{"part_number":1,"etag":null,"upload_form_info":null,"parallel_sha1_ctx":{"h":null,"part_offset":null}}],"next_part_number_marker":null}"#;
    let response = ListUploadedPartsResponse::decode(body).unwrap();
    assert_eq!(response.file_id, None);
    assert_eq!(response.next_part_number_marker, None);
    let part = &response.parts()[0];
    assert_eq!(part.etag, None);
    assert_eq!(part.upload_form_info, Some(None));
    let ctx = part.parallel_sha1_ctx.unwrap().unwrap();
    assert_eq!((ctx.h, ctx.part_offset), (Some(None), None));
    assert_eq!(
        response.encode().unwrap(),
        br#"{"uploaded_parts":[{"part_number":1,"parallel_sha1_ctx":{"h":null},"upload_form_info":null}]}"#
    );

    // `uploaded_parts: null` (Go's nil slice) is no parts; absent is no parts too, and
    // each encodes back as it came (a body with no member at all only leniently: it is
    // no page).
    for (body, form) in [
        (&br#"{"uploaded_parts":null}"#[..], Some(None)),
        (&br#"{"file_id":"f"}"#[..], None),
        (&br#"{}"#[..], None),
        (&br#"{"uploaded_parts":[]}"#[..], Some(Some(vec![]))),
    ] {
        let response = ListUploadedPartsResponse::decode_lenient(body, &Limits::default()).unwrap();
        assert_eq!(response.uploaded_parts, form);
        assert!(response.parts().is_empty());
        assert_eq!(response.encode().unwrap(), body);
        use codec_core::Normalize;
        assert!(response.normalize().unwrap().parts.is_empty());
    }

    // The typed JSON keeps the difference too.
    let typed: ListUploadedPartsResponse<'_> =
        serde_json::from_str(r#"{"uploaded_parts":null}"#).unwrap();
    assert_eq!(typed.uploaded_parts, Some(None));
    let typed: ListUploadedPartsResponse<'_> = serde_json::from_str("{}").unwrap();
    assert_eq!(typed.uploaded_parts, None);

    // In a request, `null` for an optional field is absent; for a required one, missing.
    let request = ListUploadedPartsRequest::decode(
        br#"{"drive_id":"1","file_id":"f","upload_id":"u","limit":null,"part_number_marker":null,"share_id":null}"#,
    )
    .unwrap();
    assert_eq!((request.limit, request.part_number_marker, request.share_id), (None, None, None));
    let error =
        ListUploadedPartsRequest::decode(br#"{"drive_id":"1","file_id":null,"upload_id":"u"}"#)
            .unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some("file_id")));
    let error = ErrorResponse::decode(br#"{"code":null}"#).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some("code")));
}

#[test]
fn request_rules_on_decoding_and_encoding() {
    let decode = |body: &str| {
        ListUploadedPartsRequest::decode(body.as_bytes()).map(ListUploadedPartsRequest::into_owned)
    };
    for (body, kind, path) in [
        (r#"{"file_id":"f","upload_id":"u"}"#, ErrorKind::MissingField, "drive_id"),
        (r#"{"drive_id":"1","upload_id":"u"}"#, ErrorKind::MissingField, "file_id"),
        (r#"{"drive_id":"1","file_id":"f"}"#, ErrorKind::MissingField, "upload_id"),
        (
            r#"{"drive_id":"1","file_id":"f","upload_id":"u","limit":0}"#,
            ErrorKind::InvalidValue,
            "limit",
        ),
        (
            r#"{"drive_id":"1","file_id":"f","upload_id":"u","limit":1001}"#,
            ErrorKind::InvalidValue,
            "limit",
        ),
        (
            r#"{"drive_id":"1","file_id":"f","upload_id":"u","limit":-1}"#,
            ErrorKind::InvalidValue,
            "limit",
        ),
        (
            r#"{"drive_id":"1","file_id":"f","upload_id":"u","limit":1e2}"#,
            ErrorKind::InvalidValue,
            "limit",
        ),
        (r#"{"drive_id":1,"file_id":"f","upload_id":"u"}"#, ErrorKind::InvalidValue, "drive_id"),
        (r#"{"share_id":[],"file_id":"f","upload_id":"u"}"#, ErrorKind::InvalidValue, "share_id"),
        (
            r#"{"drive_id":"1","file_id":"f","upload_id":"u","part_number_marker":true}"#,
            ErrorKind::InvalidValue,
            "part_number_marker",
        ),
        (
            r#"{"drive_id":"1","file_id":"f","upload_id":"u","part_number_marker":18446744073709551616}"#,
            ErrorKind::InvalidValue,
            "part_number_marker",
        ),
    ] {
        let error = decode(body).err().unwrap_or_else(|| panic!("decoded {body}"));
        assert_eq!((error.kind(), error.path()), (kind, Some(path)), "{body}: {error}");
        assert!(error.to_string().contains(path), "{error}");
    }
    for (limit, ok) in [(1, true), (100, true), (1000, true), (0, false), (1001, false)] {
        let request = ListUploadedPartsRequest::new("1", "f", "u").with_page_size(limit);
        assert_eq!(request.encode().is_ok(), ok, "{limit}");
    }
    let neither =
        ListUploadedPartsRequest { drive_id: None, ..ListUploadedPartsRequest::new("1", "f", "u") };
    let error = neither.encode().unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some("drive_id")));
    assert!(error.to_string().starts_with("pds list-uploaded-parts: "), "{error}");
    // Both ids are accepted.
    let both = ListUploadedPartsRequest {
        share_id: Some("s".into()),
        ..ListUploadedPartsRequest::new("1", "f", "u")
    };
    assert_eq!(ListUploadedPartsRequest::decode(&both.encode().unwrap()).unwrap(), both);
}

#[test]
fn markers_keep_their_spelling() {
    for body in [
        r#"{"drive_id":"1","file_id":"f","upload_id":"u","part_number_marker":5}"#,
        r#"{"drive_id":"1","file_id":"f","upload_id":"u","part_number_marker":"5"}"#,
        r#"{"drive_id":"1","file_id":"f","upload_id":"u","part_number_marker":"NWQ1Yjk4YmI1ZDRl"}"#,
        r#"{"drive_id":"1","file_id":"f","upload_id":"u","part_number_marker":""}"#,
        r#"{"drive_id":"1","file_id":"f","upload_id":"u","part_number_marker":0}"#,
    ] {
        let request = ListUploadedPartsRequest::decode(body.as_bytes()).unwrap();
        assert_eq!(request.encode().unwrap(), body.as_bytes());
        let typed = serde_json::to_string(&request).unwrap();
        assert_eq!(typed, body);
    }
}

fn nested(depth: usize) -> String {
    format!(r#"{{"file_id":"f","unknown":{}{}}}"#, "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn nesting_100_000_deep_in_an_unknown_field_is_a_depth_error() {
    let error = ListUploadedPartsResponse::decode(nested(100_000).as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
    // The root object is level 1: the 128th `[` is level 129.
    assert_eq!(error.offset(), Some(r#"{"file_id":"f","unknown":"#.len() + 127));
    assert_one_line(&error, "pds list-uploaded-parts: ");
    let objects = format!(
        r#"{{"uploaded_parts":[{{"x":{}1{}}}]}}"#,
        r#"{"a":"#.repeat(100_000),
        "}".repeat(100_000)
    );
    let error = ListUploadedPartsResponse::decode(objects.as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
}

#[test]
fn nesting_up_to_the_cap_is_fine_and_the_cap_is_the_callers() {
    assert!(ListUploadedPartsResponse::decode(nested(127).as_bytes()).is_ok());
    assert!(ListUploadedPartsResponse::decode(nested(128).as_bytes()).is_err());
    let deep = Limits::default().with_max_depth(1_000);
    assert!(ListUploadedPartsResponse::decode_with(nested(999).as_bytes(), &deep).is_ok());
    let shallow = Limits::default().with_max_depth(3);
    let body = br#"{"uploaded_parts":[{"upload_form_info":{}}]}"#;
    assert_eq!(
        ListUploadedPartsResponse::decode_with(body, &shallow).unwrap_err().path(),
        Some("uploaded_parts[0].upload_form_info")
    );
}

#[test]
fn a_50_mb_string_decodes_without_a_copy() {
    let big = "k".repeat(50 << 20);
    let body = format!(r#"{{"file_id":"{big}","uploaded_parts":[{{"upload_url":"{big}"}}]}}"#);
    let response = ListUploadedPartsResponse::decode(body.as_bytes()).unwrap();
    assert!(matches!(&response.file_id, Some(Cow::Borrowed(id)) if id.len() == 50 << 20));
    assert!(
        matches!(&response.parts()[0].upload_url, Some(Cow::Borrowed(url)) if url.len() == 50 << 20)
    );
}

#[test]
fn size_and_item_limits_are_enforced() {
    let body = codec_pds::examples::list_uploaded_parts_page(3);
    assert_eq!(ListUploadedPartsResponse::decode(body.as_bytes()).unwrap().parts().len(), 3);
    let two_items = Limits::default().with_max_items(2);
    let error = ListUploadedPartsResponse::decode_with(body.as_bytes(), &two_items).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded);
    assert_eq!(error.path(), Some("uploaded_parts[2]"));
    let small = Limits::default().with_max_input_bytes(100);
    let error = ListUploadedPartsResponse::decode_with(body.as_bytes(), &small).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded);
    let request = LIST_UPLOADED_PARTS_REQUEST.as_bytes();
    assert_eq!(
        ListUploadedPartsRequest::decode_with(request, &small).unwrap_err().kind(),
        ErrorKind::LimitExceeded
    );
    let error = ErrorResponse::decode_with(&[b' '; 101], &small).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded);
}

#[test]
fn xml_and_html_bodies_say_they_are_not_json() {
    let oss = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/err/error/oss-part-not-sequential.xml"
    ))
    .unwrap();
    for error in [
        ErrorResponse::decode(&oss).unwrap_err(),
        ListUploadedPartsResponse::decode(&oss).unwrap_err(),
    ] {
        assert_eq!(error.kind(), ErrorKind::WrongFormat);
        assert_eq!(error.offset(), Some(0));
        assert!(error.to_string().contains("XML, not JSON"), "{error}");
        assert!(error.to_string().contains("PartNotSequential"), "{error}");
        assert!(error.to_string().contains("upload_url"), "{error}");
    }
    let html = b"\n<html><body>502 Bad Gateway</body></html>";
    for error in [
        ErrorResponse::decode(html).unwrap_err(),
        ListUploadedPartsResponse::decode(html).unwrap_err(),
        ListUploadedPartsRequest::decode(html).unwrap_err(),
    ] {
        assert_eq!(error.kind(), ErrorKind::WrongFormat, "{error}");
        assert_eq!(error.offset(), Some(1));
        assert!(error.to_string().contains("not JSON"), "{error}");
    }
    let text = b"upstream connect error or disconnect/reset before headers";
    let error = ListUploadedPartsResponse::decode(text).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::WrongFormat, "{error}");
}

#[test]
fn a_body_with_none_of_the_pages_members_is_no_page() {
    for body in [
        "{}",
        " \n{}",
        r#"{"message":"boom"}"#,
        r#"{"items":[],"next_marker":""}"#,
        r#"{"code":5,"message":"not PDS's code"}"#,
        // A member sent as `null` reads as absent: it would encode as `{}` (a fuzz find).
        r#"{"file_id":null}"#,
    ] {
        let error = ListUploadedPartsResponse::decode(body.as_bytes())
            .err()
            .unwrap_or_else(|| panic!("decoded {body}"));
        assert_eq!(error.kind(), ErrorKind::MissingField, "{body}: {error}");
        assert_eq!(error.path(), Some("uploaded_parts"), "{body}: {error}");
        assert_eq!(error.offset(), Some(body.find('{').unwrap()), "{body}: {error}");
        assert_one_line(&error, "pds list-uploaded-parts: ");
        assert!(error.to_string().contains("no list_uploaded_parts page"), "{error}");
        // The lenient decoder takes it as an empty last page.
        let page =
            ListUploadedPartsResponse::decode_lenient(body.as_bytes(), &Limits::default()).unwrap();
        assert!(page.parts().is_empty() && page.next_marker().is_none());
    }
    // One member with a value is enough (`uploaded_parts: null` is kept as sent).
    for body in [
        r#"{"next_part_number_marker":""}"#,
        r#"{"uploaded_parts":null}"#,
        r#"{"parallel_upload":false,"message":"x"}"#,
    ] {
        assert!(ListUploadedPartsResponse::decode(body.as_bytes()).is_ok(), "{body}");
    }
    // The lenient decoder still says what PDS said, and refuses what is not JSON.
    let lenient = |body: &[u8]| {
        ListUploadedPartsResponse::decode_lenient(body, &Limits::default()).unwrap_err()
    };
    let error = lenient(br#"{"code":"NotFound.UploadId","message":"gone"}"#);
    assert_eq!(error.kind(), ErrorKind::Service);
    assert_one_line(&error, "pds list-uploaded-parts: ");
    assert_eq!(lenient(b"<html></html>").kind(), ErrorKind::WrongFormat);
    assert_eq!(lenient(b"{").kind(), ErrorKind::UnexpectedEof);
}
