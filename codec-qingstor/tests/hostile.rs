//! Hostile input that is generated rather than stored. The shared table
//! (`codec_testkit::hostile`) runs against every decoder on the documented examples, and
//! its truncations against every fixture; what follows it is QingStor's own: a wrong type
//! in every field with its offset, part numbers out of range, `null` parts, nesting caps,
//! 50 MB strings borrowed and cut short in messages, limits, the pager. The stored cases
//! (trailing commas, BOM, invalid UTF-8, lone surrogates, bad numbers, duplicates, …) are
//! in `fixtures/err` and run by `tests/fixtures.rs`.

use std::borrow::Cow;

use codec_core::{Decode, Encode, ErrorKind, Limits};
use codec_qingstor::examples::{ERROR_RESPONSE, LIST_MULTIPART_REQUEST, LIST_MULTIPART_RESPONSE};
use codec_qingstor::{ErrorResponse, ListMultipartRequest, ListMultipartResponse};
use codec_testkit::hostile::{Format, Table, check_every_truncation};
use codec_testkit::{assert_one_line, fixtures};

const DIR: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn the_shared_table_against_list_multipart_responses() {
    let cases = Table::json(LIST_MULTIPART_RESPONSE.as_bytes())
        .errors_start_with("qingstor list-multipart: ")
        .check(|body| ListMultipartResponse::decode(body).map(drop));
    eprintln!("ListMultipartResponse: {cases} cases");
}

#[test]
fn the_shared_table_against_error_bodies() {
    let cases = Table::json(ERROR_RESPONSE.as_bytes())
        .errors_start_with("qingstor error: ")
        .check(|body| ErrorResponse::decode(body).map(drop));
    eprintln!("ErrorResponse: {cases} cases");
}

#[test]
fn the_shared_table_against_list_multipart_requests() {
    let cases = Table::query(LIST_MULTIPART_REQUEST.as_bytes())
        .errors_start_with("qingstor list-multipart: ")
        .check(|target| ListMultipartRequest::decode(target).map(drop));
    eprintln!("ListMultipartRequest: {cases} cases");
}

#[test]
fn every_truncation_of_every_fixture_is_an_error_or_the_whole_document() {
    check_every_truncation(
        Format::Json,
        &fixtures(DIR, "ok/list-multipart"),
        "qingstor list-multipart: ",
        |body| ListMultipartResponse::decode(body).map(drop),
    );
    check_every_truncation(Format::Json, &fixtures(DIR, "ok/error"), "qingstor error: ", |body| {
        ErrorResponse::decode(body).map(drop)
    });
    check_every_truncation(
        Format::Query,
        &fixtures(DIR, "ok/list-multipart-request"),
        "qingstor list-multipart: ",
        |target| ListMultipartRequest::decode(target).map(drop),
    );
}

/// JSON values of every type, each with the name of the type it is.
const VALUES: [(&str, &str); 9] = [
    ("\"x\"", "string"),
    ("7", "unsigned"),
    ("-1", "negative"),
    ("1.0", "float"),
    ("1e3", "float"),
    ("true", "boolean"),
    ("null", "null"),
    ("{}", "object"),
    ("[]", "array"),
];

#[test]
fn a_wrong_type_in_any_field_is_an_error_naming_the_field() {
    // (field path, the body with `@` where the value goes, the types it accepts)
    let fields: [(&str, &str, &[&str]); 6] = [
        ("count", r#"{"count": @, "object_parts": []}"#, &["unsigned"]),
        ("object_parts", r#"{"count": 0, "object_parts": @}"#, &["array", "null"]),
        ("object_parts[0].part_number", r#"{"object_parts": [{"part_number": @}]}"#, &["unsigned"]),
        (
            "object_parts[1].size",
            r#"{"object_parts": [{"part_number": 1}, {"part_number": 2, "size": @}]}"#,
            &["unsigned"],
        ),
        (
            "object_parts[0].created",
            r#"{"object_parts": [{"part_number": 1, "created": @}]}"#,
            &["string"],
        ),
        (
            "object_parts[0].etag",
            r#"{"object_parts": [{"etag": @, "part_number": 1}]}"#,
            &["string"],
        ),
    ];
    for (path, template, accepted) in fields {
        for (value, kind) in VALUES {
            let body = template.replace('@', value);
            let result = ListMultipartResponse::decode(body.as_bytes());
            if accepted.contains(&kind) {
                let decoded = result.unwrap_or_else(|e| panic!("{body}: {e}"));
                assert_eq!(
                    ListMultipartResponse::decode(&decoded.encode().unwrap()).unwrap(),
                    decoded
                );
                continue;
            }
            let error = result.unwrap_err();
            assert_eq!(error.kind(), ErrorKind::InvalidValue, "{body}: {error}");
            assert_eq!(error.path(), Some(path), "{body}: {error}");
            assert_eq!(
                body.as_bytes()[error.offset().unwrap()],
                value.as_bytes()[0],
                "{body}: {error}"
            );
            assert_one_line(&error, "qingstor list-multipart: ");
        }
    }
    for field in ["code", "message", "request_id", "url"] {
        for (value, kind) in VALUES {
            let body = if field == "code" {
                format!(r#"{{"code": {value}}}"#)
            } else {
                format!(r#"{{"code": "bad_request", "{field}": {value}}}"#)
            };
            let result = ErrorResponse::decode(body.as_bytes());
            if kind == "string" {
                assert!(result.is_ok(), "{body}");
                continue;
            }
            let error = result.unwrap_err();
            assert_eq!(error.kind(), ErrorKind::InvalidValue, "{body}: {error}");
            assert_eq!(error.path(), Some(field), "{body}: {error}");
            assert_one_line(&error, "qingstor error: ");
        }
    }
}

#[test]
fn a_part_number_out_of_range_is_refused_both_ways() {
    let body = |number: &str| format!(r#"{{"object_parts": [{{"part_number": {number}}}]}}"#);
    for number in ["0", "10000"] {
        assert!(ListMultipartResponse::decode(body(number).as_bytes()).is_ok(), "{number}");
    }
    for number in ["10001", "4294967296", "99999999999999999999"] {
        let error = ListMultipartResponse::decode(body(number).as_bytes()).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidValue, "{error}");
        assert_eq!(error.path(), Some("object_parts[0].part_number"), "{error}");
    }
    let too_high = ListMultipartResponse::from_parts(vec![codec_qingstor::UploadedPart {
        part_number: 10_001,
        ..Default::default()
    }]);
    let error = too_high.encode().unwrap_err();
    assert_eq!(error.path(), Some("object_parts[0].part_number"), "{error}");
    assert_one_line(&error, "qingstor list-multipart: ");
    let size = r#"{"object_parts": [{"part_number": 1, "size": 18446744073709551615}]}"#;
    let decoded = ListMultipartResponse::decode(size.as_bytes()).unwrap();
    assert_eq!(decoded.parts()[0].size, Some(u64::MAX));
}

#[test]
fn null_absent_and_empty_parts_mean_no_parts_and_stay_as_sent() {
    for body in
        [r#"{"count":0}"#, r#"{"count":0,"object_parts":null}"#, r#"{"count":0,"object_parts":[]}"#]
    {
        let decoded = ListMultipartResponse::decode(body.as_bytes()).unwrap();
        assert!(decoded.parts().is_empty());
        assert_eq!(decoded.encode().unwrap(), body.as_bytes());
        let json = serde_json::to_string(&decoded).unwrap();
        assert_eq!(json, body);
        assert_eq!(serde_json::from_str::<ListMultipartResponse<'_>>(&json).unwrap(), decoded);
        assert_eq!(decoded.next_marker(None), None);
    }
}

fn nested(depth: usize) -> String {
    format!(r#"{{"unknown": {}{}, "object_parts": []}}"#, "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn nesting_100_000_deep_in_an_unknown_field_is_a_depth_error() {
    let error = ListMultipartResponse::decode(nested(100_000).as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
    assert_eq!(error.path(), Some("unknown"));
    // The root object is level 1: the 128th `[` would be level 129.
    assert_eq!(error.offset(), Some(r#"{"unknown": "#.len() + 127));
    assert_one_line(&error, "qingstor list-multipart: ");

    let in_part = format!(
        r#"{{"object_parts": [{{"part_number": 1, "x": {}}}]}}"#,
        "{\"a\":".repeat(100_000)
    );
    let error = ListMultipartResponse::decode(in_part.as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
    assert_eq!(error.path(), Some("object_parts[0].x"));

    let in_error = format!(r#"{{"code": "bad_request", "x": {}}}"#, "[".repeat(100_000));
    let error = ErrorResponse::decode(in_error.as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
    assert_eq!(error.path(), Some("x"));
}

#[test]
fn nesting_up_to_the_cap_is_fine_and_the_cap_is_the_callers() {
    assert!(ListMultipartResponse::decode(nested(127).as_bytes()).is_ok());
    assert!(ListMultipartResponse::decode(nested(128).as_bytes()).is_err());
    let deep = Limits::default().with_max_depth(1_000);
    assert!(ListMultipartResponse::decode_with(nested(999).as_bytes(), &deep).is_ok());
    let shallow = Limits::default().with_max_depth(2);
    let body = r#"{"object_parts": [{"part_number": 1}]}"#;
    let error = ListMultipartResponse::decode_with(body.as_bytes(), &shallow).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded);
    assert_eq!(error.path(), Some("object_parts[0]"));
}

#[test]
fn a_50_mb_string_decodes_without_a_copy() {
    let etag = "e".repeat(50 << 20);
    let body = format!(
        r#"{{"object_parts": [{{"part_number": 1, "etag": "{etag}", "created": "{etag}"}}]}}"#
    );
    let response = ListMultipartResponse::decode(body.as_bytes()).unwrap();
    let part = &response.parts()[0];
    let decoded = part.etag.as_ref().unwrap();
    assert_eq!(decoded.value().len(), 50 << 20);
    assert!(decoded.is_borrowed());
    assert!(matches!(part.created, Some(Cow::Borrowed(_))));
    // The date is not a date: normalizing says so, naming the field.
    let error = codec_core::Normalize::normalize(&response).unwrap_err();
    assert_eq!(error.path(), Some("object_parts[0].created"));
    assert!(error.to_string().len() < 1_000, "the message quotes the whole value");

    // A 50 MB key whose value is bad: the path names it, cut short.
    let body = format!(r#"{{"{etag}": [1,]}}"#);
    let error = ListMultipartResponse::decode(body.as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Syntax);
    assert!(error.path().unwrap().len() < 100, "{}", error.path().unwrap().len());
    assert!(error.to_string().len() < 1_000);

    let message = "m".repeat(50 << 20);
    let body = format!(r#"{{"code": "bad_request", "message": "{message}"}}"#);
    let error = ErrorResponse::decode(body.as_bytes()).unwrap();
    assert!(matches!(error.message, Some(Cow::Borrowed(_))));
}

#[test]
fn size_and_item_limits_are_enforced() {
    let example = LIST_MULTIPART_RESPONSE.as_bytes();
    assert_eq!(ListMultipartResponse::decode(example).unwrap().parts().len(), 3);
    let two_items = Limits::default().with_max_items(2);
    let error = ListMultipartResponse::decode_with(example, &two_items).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded);
    assert_eq!(error.path(), Some("object_parts[2]"));
    assert_eq!(&example[error.offset().unwrap()..][..15], b"{\"part_number\":");
    let small = Limits::default().with_max_input_bytes(100);
    let error = ListMultipartResponse::decode_with(example, &small).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded);
    assert_one_line(&error, "qingstor list-multipart: ");
    let error = ErrorResponse::decode_with(&[b' '; 101], &small).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded);
    let error = ListMultipartRequest::decode_with(&[b'a'; 101], &small).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded);
    // A page of 10,000 parts, the most QingStor numbers, fits the default limits.
    let body = codec_qingstor::examples::list_multipart_page(10_000);
    assert_eq!(ListMultipartResponse::decode(body.as_bytes()).unwrap().parts().len(), 10_000);
}

#[test]
fn request_values_out_of_range_are_refused_by_the_encoder() {
    for limit in [0, 1_001] {
        let request = ListMultipartRequest::new("u").with_page_size(limit);
        let error = request.encode().unwrap_err();
        assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some("limit")));
        assert_one_line(&error, "qingstor list-multipart: ");
        assert_eq!(request.to_target().unwrap_err().path(), Some("limit"));
        assert_eq!(request.to_query_string().unwrap_err().path(), Some("limit"));
    }
    for limit in [1, 1_000] {
        let request = ListMultipartRequest::new("u").with_page_size(limit);
        assert_eq!(ListMultipartRequest::decode(&request.encode().unwrap()).unwrap(), request);
    }
    let request = ListMultipartRequest::new("u").with_marker(10_001);
    let error = request.encode().unwrap_err();
    assert_eq!(error.path(), Some("part_number_marker"));
}

#[test]
fn the_pager_refuses_a_marker_that_does_not_move() {
    use codec_core::listing::ListRequest;
    let request = ListMultipartRequest::new("u").with_marker(5);
    let page = ListMultipartResponse::decode(br#"{"object_parts":[{"part_number":5}]}"#).unwrap();
    let error = request.next_request(&page).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Paging);
    assert_eq!(error.path(), Some("object_parts"));
    assert_one_line(&error, "qingstor list-multipart: ");
    // Part 0 exists: a first request (no marker) moves past it, a marker of 0 does not.
    let zero = ListMultipartResponse::decode(br#"{"object_parts":[{"part_number":0}]}"#).unwrap();
    let next = ListMultipartRequest::new("u").next_request(&zero).unwrap().unwrap();
    assert_eq!(next.part_number_marker, Some(0));
    assert!(next.next_request(&zero).is_err());
}
