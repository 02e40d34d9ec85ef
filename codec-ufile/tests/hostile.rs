//! Hostile input that is generated rather than stored. The shared table
//! (`codec_testkit::hostile`) runs against every decoder on the documented examples, and
//! its truncations against every fixture; what follows it is UFile's own: a wrong type
//! and a duplicate for every field (not only those the examples hold), the service
//! error's precedence, nesting caps, a 50 MB string borrowed, `null` lists, limits,
//! UTF-8 and escapes at their offsets. The stored cases are in `fixtures/err` and run by
//! `tests/fixtures.rs`.

use std::borrow::Cow;

use codec_core::{Decode, Encode, ErrorKind, Limits, Normalize};
use codec_testkit::hostile::{Expect, Format, Table, check_every_truncation};
use codec_testkit::{assert_one_line, fixtures};

const DIR: &str = env!("CARGO_MANIFEST_DIR");

use codec_ufile::examples::{
    ERROR_RESPONSE, GET_MULTI_UPLOAD_ID_REQUEST, GET_MULTI_UPLOAD_ID_RESPONSE,
    GET_MULTI_UPLOAD_PART_REQUEST, GET_MULTI_UPLOAD_PART_RESPONSE,
};
use codec_ufile::{
    ErrorResponse, GetMultiUploadIdRequest, GetMultiUploadIdResponse, GetMultiUploadPartRequest,
    GetMultiUploadPartResponse,
};

/// A decoder whose value is printed, so that it does not borrow from the input.
type Decoder = fn(&[u8]) -> codec_core::Result<String>;

fn part_response(body: &[u8]) -> codec_core::Result<String> {
    GetMultiUploadPartResponse::decode(body).map(|value| format!("{value:?}"))
}

fn id_response(body: &[u8]) -> codec_core::Result<String> {
    GetMultiUploadIdResponse::decode(body).map(|value| format!("{value:?}"))
}

fn error_response(body: &[u8]) -> codec_core::Result<String> {
    ErrorResponse::decode(body).map(|value| format!("{value:?}"))
}

#[test]
fn the_shared_table_against_get_multi_upload_part_responses() {
    let cases = Table::json(GET_MULTI_UPLOAD_PART_RESPONSE.as_bytes())
        .errors_start_with("ufile get-multi-upload-part: ")
        .except("wrong type: Status = -1", Expect::Accept, "Status is a signed integer")
        .check(|body| part_response(body).map(drop));
    eprintln!("GetMultiUploadPartResponse: {cases} cases");
}

#[test]
fn the_shared_table_against_get_multi_upload_id_responses() {
    let cases = Table::json(GET_MULTI_UPLOAD_ID_RESPONSE.as_bytes())
        .errors_start_with("ufile get-multi-upload-id: ")
        .except(
            "wrong type: DataSet[*].StartTime = -1",
            Expect::Accept,
            "StartTime is signed UNIX seconds: before 1970 decodes, and fails only in the model",
        )
        .check(|body| id_response(body).map(drop));
    eprintln!("GetMultiUploadIdResponse: {cases} cases");
}

#[test]
fn the_shared_table_against_error_bodies() {
    let cases = Table::json(ERROR_RESPONSE.as_bytes())
        .errors_start_with("ufile error: ")
        .except("wrong type: RetCode = -1", Expect::Accept, "RetCode is a signed error code")
        .check(|body| error_response(body).map(drop));
    eprintln!("ErrorResponse: {cases} cases");
}

#[test]
fn the_shared_table_against_requests() {
    let cases = Table::query(GET_MULTI_UPLOAD_PART_REQUEST.as_bytes())
        .errors_start_with("ufile get-multi-upload-part: ")
        .check(|target| GetMultiUploadPartRequest::decode(target).map(drop));
    eprintln!("GetMultiUploadPartRequest: {cases} cases");
    let cases = Table::query(GET_MULTI_UPLOAD_ID_REQUEST.as_bytes())
        .errors_start_with("ufile get-multi-upload-id: ")
        .check(|target| GetMultiUploadIdRequest::decode(target).map(drop));
    eprintln!("GetMultiUploadIdRequest: {cases} cases");
}

#[test]
fn every_truncation_of_every_fixture_is_an_error_or_a_whole_document() {
    let bodies: [(&str, Decoder); 3] = [
        ("get-multi-upload-part", part_response),
        ("get-multi-upload-id", id_response),
        ("error", error_response),
    ];
    for (operation, decode) in bodies {
        let files = fixtures(DIR, &format!("ok/{operation}"));
        check_every_truncation(Format::Json, &files, &format!("ufile {operation}: "), |body| {
            decode(body).map(drop)
        });
    }
    check_every_truncation(
        Format::Query,
        &fixtures(DIR, "ok/get-multi-upload-part-request"),
        "ufile get-multi-upload-part: ",
        |target| GetMultiUploadPartRequest::decode(target).map(drop),
    );
    check_every_truncation(
        Format::Query,
        &fixtures(DIR, "ok/get-multi-upload-id-request"),
        "ufile get-multi-upload-id: ",
        |target| GetMultiUploadIdRequest::decode(target).map(drop),
    );
}

/// Values of every JSON type but the one a field wants, and numbers that do not fit.
const STRING_MISFITS: &[&str] = &["0", "-1", "1.5", "true", "null", "{}", "[]", "[\"a\"]"];
const UNSIGNED_MISFITS: &[&str] = &[
    "-1",
    "1.0",
    "1e3",
    "1E+2",
    "-0.0",
    "18446744073709551616",
    "99999999999999999999999",
    "\"1\"",
    "true",
    "null",
    "{}",
    "[]",
];
const SIGNED_MISFITS: &[&str] = &[
    "1.0",
    "1e3",
    "-1.5",
    "9223372036854775808",
    "-9223372036854775809",
    "\"0\"",
    "false",
    "null",
    "[]",
];
const BOOL_MISFITS: &[&str] = &["1", "0", "\"true\"", "null", "[]", "{}", "True"];
const LIST_MISFITS: &[&str] = &["{}", "\"\"", "0", "true", "[1]", "[null]", "[[]]", "[\"x\"]"];

/// Every misfit of every field of `template` (`$` marks where the value goes), checked
/// for its kind, its path and its one-line message.
fn wrong_types(operation: &str, fields: &[(&str, &str, &[&str])], decode: Decoder) {
    for (path, template, misfits) in fields {
        for misfit in *misfits {
            let body = template.replace('$', misfit);
            let error = match decode(body.as_bytes()) {
                Ok(value) => panic!("{body} decoded: {value:?}"),
                Err(error) => error,
            };
            assert_one_line(&error, &format!("ufile {operation}: "));
            // `True` is not JSON at all; everything else is JSON of the wrong type.
            let expected: &[ErrorKind] =
                if *misfit == "True" { &[ErrorKind::Syntax] } else { &[ErrorKind::InvalidValue] };
            assert!(expected.contains(&error.kind()), "{body}: {error}");
            assert!(
                error.path().is_some_and(|p| p.starts_with(path)),
                "{body}: the path of {error} does not start with {path}"
            );
            assert!(error.offset().is_some(), "{body}: {error}");
        }
    }
}

#[test]
fn a_wrong_type_in_any_part_response_field_names_the_field() {
    wrong_types(
        "get-multi-upload-part",
        &[
            ("Action", r#"{"Parts":[],"Action":$}"#, STRING_MISFITS),
            ("Bucket", r#"{"Parts":[],"Bucket":$}"#, STRING_MISFITS),
            ("ErrMsg", r#"{"Parts":[],"ErrMsg":$}"#, STRING_MISFITS),
            ("IsTruncated", r#"{"Parts":[],"IsTruncated":$}"#, BOOL_MISFITS),
            ("Key", r#"{"Parts":[],"Key":$}"#, STRING_MISFITS),
            ("MaxParts", r#"{"Parts":[],"MaxParts":$}"#, UNSIGNED_MISFITS),
            ("MaxParts", r#"{"Parts":[],"MaxParts":4294967296}"#, &[""]),
            ("Message", r#"{"Parts":[],"Message":$}"#, STRING_MISFITS),
            ("NextPartNumberMarker", r#"{"Parts":[],"NextPartNumberMarker":$}"#, UNSIGNED_MISFITS),
            ("Parts", r#"{"Parts":$}"#, LIST_MISFITS),
            ("RetCode", r#"{"Parts":[],"RetCode":$}"#, SIGNED_MISFITS),
            ("Status", r#"{"Parts":[],"Status":$}"#, SIGNED_MISFITS),
            ("UploadId", r#"{"Parts":[],"UploadId":$}"#, STRING_MISFITS),
            (
                "Parts[1].Etag",
                r#"{"Parts":[{"PartNum":0},{"PartNum":1,"Etag":$}]}"#,
                STRING_MISFITS,
            ),
            (
                "Parts[0].LastModified",
                r#"{"Parts":[{"PartNum":0,"LastModified":$}]}"#,
                SIGNED_MISFITS,
            ),
            ("Parts[0].PartNum", r#"{"Parts":[{"PartNum":$}]}"#, UNSIGNED_MISFITS),
            ("Parts[0].PartNum", r#"{"Parts":[{"PartNum":4294967296}]}"#, &[""]),
            ("Parts[0].Size", r#"{"Parts":[{"PartNum":0,"Size":$}]}"#, UNSIGNED_MISFITS),
        ],
        part_response,
    );
}

#[test]
fn a_wrong_type_in_any_upload_id_response_field_names_the_field() {
    wrong_types(
        "get-multi-upload-id",
        &[
            ("Action", r#"{"Action":$}"#, STRING_MISFITS),
            ("Bucket", r#"{"Bucket":$}"#, STRING_MISFITS),
            ("DataSet", r#"{"DataSet":$}"#, LIST_MISFITS),
            ("ErrMsg", r#"{"ErrMsg":$}"#, STRING_MISFITS),
            ("IsTruncated", r#"{"IsTruncated":$}"#, BOOL_MISFITS),
            ("Message", r#"{"Message":$}"#, STRING_MISFITS),
            ("NextMarker", r#"{"NextMarker":$}"#, STRING_MISFITS),
            ("RetCode", r#"{"RetCode":$}"#, SIGNED_MISFITS),
            ("UploadIdMarker", r#"{"UploadIdMarker":$}"#, STRING_MISFITS),
            (
                "DataSet[0].FileName",
                r#"{"DataSet":[{"UploadId":"u","FileName":$}]}"#,
                STRING_MISFITS,
            ),
            (
                "DataSet[0].StartTime",
                r#"{"DataSet":[{"UploadId":"u","StartTime":$}]}"#,
                SIGNED_MISFITS,
            ),
            (
                "DataSet[0].StorageClass",
                r#"{"DataSet":[{"UploadId":"u","StorageClass":$}]}"#,
                STRING_MISFITS,
            ),
            (
                "DataSet[1].UploadId",
                r#"{"DataSet":[{"UploadId":"u"},{"UploadId":$}]}"#,
                STRING_MISFITS,
            ),
        ],
        id_response,
    );
}

#[test]
fn a_wrong_type_in_any_error_field_names_the_field() {
    wrong_types(
        "error",
        &[
            ("RetCode", r#"{"RetCode":$}"#, SIGNED_MISFITS),
            ("ErrMsg", r#"{"RetCode":-1,"ErrMsg":$}"#, STRING_MISFITS),
            ("Message", r#"{"RetCode":-1,"Message":$}"#, STRING_MISFITS),
            ("Action", r#"{"RetCode":-1,"Action":$}"#, STRING_MISFITS),
        ],
        error_response,
    );
}

#[test]
fn every_field_given_twice_is_a_duplicate_naming_it() {
    let cases: &[(&str, &str)] = &[
        ("Action", r#"{"Parts":[],"Action":"a","Action":"a"}"#),
        ("Bucket", r#"{"Parts":[],"Bucket":"a","Bucket":"a"}"#),
        ("ErrMsg", r#"{"Parts":[],"ErrMsg":"","ErrMsg":""}"#),
        ("IsTruncated", r#"{"Parts":[],"IsTruncated":true,"IsTruncated":true}"#),
        ("Key", r#"{"Parts":[],"Key":"a","Key":"a"}"#),
        ("MaxParts", r#"{"Parts":[],"MaxParts":1,"MaxParts":1}"#),
        ("Message", r#"{"Parts":[],"Message":"","Message":""}"#),
        (
            "NextPartNumberMarker",
            r#"{"Parts":[],"NextPartNumberMarker":1,"NextPartNumberMarker":1}"#,
        ),
        ("Parts", r#"{"Parts":[],"Parts":[]}"#),
        ("RetCode", r#"{"Parts":[],"RetCode":0,"RetCode":0}"#),
        ("Status", r#"{"Parts":[],"Status":0,"Status":0}"#),
        ("UploadId", r#"{"Parts":[],"UploadId":"a","UploadId":"a"}"#),
        ("Parts[0].Etag", r#"{"Parts":[{"PartNum":0,"Etag":"a","Etag":"a"}]}"#),
        ("Parts[0].LastModified", r#"{"Parts":[{"PartNum":0,"LastModified":1,"LastModified":1}]}"#),
        ("Parts[0].PartNum", r#"{"Parts":[{"PartNum":0,"PartNum":0}]}"#),
        ("Parts[0].Size", r#"{"Parts":[{"PartNum":0,"Size":1,"Size":1}]}"#),
    ];
    for (path, body) in cases {
        let error = GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap_err();
        assert_eq!(
            (error.kind(), error.path()),
            (ErrorKind::DuplicateField, Some(*path)),
            "{error}"
        );
        assert_one_line(&error, "ufile get-multi-upload-part: ");
    }
    let cases: &[(&str, &str)] = &[
        ("Action", r#"{"Action":"a","Action":"a"}"#),
        ("Bucket", r#"{"Bucket":"a","Bucket":"a"}"#),
        ("DataSet", r#"{"DataSet":null,"DataSet":null}"#),
        ("ErrMsg", r#"{"ErrMsg":"","ErrMsg":""}"#),
        ("IsTruncated", r#"{"IsTruncated":false,"IsTruncated":false}"#),
        ("Message", r#"{"Message":"","Message":""}"#),
        ("NextMarker", r#"{"NextMarker":"","NextMarker":""}"#),
        ("RetCode", r#"{"RetCode":0,"RetCode":0}"#),
        ("UploadIdMarker", r#"{"UploadIdMarker":"","UploadIdMarker":""}"#),
        ("DataSet[0].FileName", r#"{"DataSet":[{"UploadId":"u","FileName":"a","FileName":"a"}]}"#),
        ("DataSet[0].StartTime", r#"{"DataSet":[{"UploadId":"u","StartTime":1,"StartTime":1}]}"#),
        (
            "DataSet[0].StorageClass",
            r#"{"DataSet":[{"UploadId":"u","StorageClass":"a","StorageClass":"a"}]}"#,
        ),
        ("DataSet[0].UploadId", r#"{"DataSet":[{"UploadId":"u","UploadId":"u"}]}"#),
    ];
    for (path, body) in cases {
        let error = GetMultiUploadIdResponse::decode(body.as_bytes()).unwrap_err();
        assert_eq!(
            (error.kind(), error.path()),
            (ErrorKind::DuplicateField, Some(*path)),
            "{error}"
        );
        assert_one_line(&error, "ufile get-multi-upload-id: ");
    }
    for (path, body) in [
        ("ErrMsg", r#"{"RetCode":-1,"ErrMsg":"","ErrMsg":""}"#),
        ("Message", r#"{"RetCode":-1,"Message":"","Message":""}"#),
        ("Action", r#"{"RetCode":-1,"Action":"","Action":""}"#),
    ] {
        let error = ErrorResponse::decode(body.as_bytes()).unwrap_err();
        assert_eq!(
            (error.kind(), error.path()),
            (ErrorKind::DuplicateField, Some(path)),
            "{error}"
        );
    }
}

#[test]
fn a_service_error_wins_over_what_else_is_wrong_with_the_body() {
    // RetCode before and after a missing, mistyped or duplicated Parts, a bad part.
    for body in [
        r#"{"RetCode":-30010,"ErrMsg":"bucket not exist"}"#,
        r#"{"ErrMsg":"bucket not exist","RetCode":-30010}"#,
        r#"{"ErrMsg":"bucket not exist","Parts":7,"RetCode":-30010}"#,
        r#"{"RetCode":-30010,"Parts":[{"Etag":"x"}],"ErrMsg":"bucket not exist"}"#,
        r#"{"Parts":[],"Parts":[],"ErrMsg":"bucket not exist","RetCode":-30010}"#,
        r#"{"Parts":[],"Status":"x","RetCode":-30010,"ErrMsg":"bucket not exist"}"#,
    ] {
        let error = GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Service, "{body}: {error}");
        assert_eq!(error.path(), Some("RetCode"));
        assert_eq!(error.offset(), body.find("-30010"));
        assert_one_line(&error, "ufile get-multi-upload-part: ");
        let service = error.service_error().unwrap();
        assert_eq!(
            (service.code.as_ref(), service.message.as_deref()),
            ("-30010", Some("bucket not exist"))
        );
    }
    // A body that is not even JSON is a syntax error, whatever it holds.
    let error = GetMultiUploadPartResponse::decode(br#"{"RetCode":-1,"#).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UnexpectedEof, "{error}");
    // RetCode 0 is a success: a missing Parts is then the error.
    let error = GetMultiUploadPartResponse::decode(br#"{"RetCode":0,"ErrMsg":""}"#).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some("Parts")));
}

fn nested(open: &str, close: &str, depth: usize) -> String {
    format!(r#"{{"Parts":[],"Unknown":{}{}}}"#, open.repeat(depth), close.repeat(depth))
}

#[test]
fn nesting_100_000_deep_in_an_unknown_field_names_the_field() {
    // The shared table nests arrays in an unknown field of every decoder; here objects,
    // and what the error says.
    for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
        let body = nested(open, close, 100_000);
        let error = GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
        assert!(error.message().contains("nesting deeper than 128 levels"), "{error}");
        assert_eq!(error.path(), Some("Unknown"));
        assert_one_line(&error, "ufile get-multi-upload-part: ");
    }
    let body = nested("{\"a\":", "}", 100_000).replace("\"Parts\":[],", "");
    let error = GetMultiUploadIdResponse::decode(body.as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
    let error = ErrorResponse::decode(body.as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
    // Inside a part, too.
    let body = format!(r#"{{"Parts":[{{"PartNum":0,"X":{}}}]}}"#, "[".repeat(100_000));
    let error = GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
    assert_eq!(error.path(), Some("Parts[0].X"));
}

#[test]
fn nesting_up_to_the_cap_is_fine_and_the_cap_is_the_callers() {
    // The root object is level 1: 127 more levels fit.
    assert!(GetMultiUploadPartResponse::decode(nested("[", "]", 127).as_bytes()).is_ok());
    assert!(GetMultiUploadPartResponse::decode(nested("[", "]", 128).as_bytes()).is_err());
    let deep = Limits::default().with_max_depth(1_000);
    assert!(
        GetMultiUploadPartResponse::decode_with(nested("[", "]", 999).as_bytes(), &deep).is_ok()
    );
    let shallow = Limits::default().with_max_depth(2);
    let error = GetMultiUploadPartResponse::decode_with(br#"{"Parts":[{"PartNum":0}]}"#, &shallow)
        .unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::LimitExceeded, Some("Parts[0]")));
}

#[test]
fn a_long_unknown_key_is_cut_short_in_the_error_path() {
    let key = "k".repeat(1 << 20);
    let body = format!(r#"{{"Parts":[],"{key}":{}}}"#, "[".repeat(200));
    let error = GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded);
    assert!(error.to_string().len() < 300, "{error}");
    assert_eq!(error.path(), Some(format!("{}…", "k".repeat(40)).as_str()));
}

#[test]
fn a_50_mb_string_decodes_without_a_copy() {
    let key = "k".repeat(50 << 20);
    let body = format!(r#"{{"Key":"{key}","Parts":[{{"PartNum":0,"Etag":"{key}"}}]}}"#);
    let page = GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap();
    let decoded = page.key.as_ref().unwrap();
    assert_eq!(decoded.len(), 50 << 20);
    assert!(matches!(decoded, Cow::Borrowed(_)));
    assert!(page.parts()[0].etag.as_ref().unwrap().is_borrowed());
    let body = format!(r#"{{"DataSet":[{{"UploadId":"{key}"}}],"NextMarker":"{key}"}}"#);
    let page = GetMultiUploadIdResponse::decode(body.as_bytes()).unwrap();
    assert!(matches!(page.uploads()[0].upload_id, Cow::Borrowed(_)));
    assert!(matches!(page.next_marker, Some(Cow::Borrowed(_))));
}

#[test]
fn null_lists_mean_empty_and_survive_the_round_trip() {
    let page = GetMultiUploadPartResponse::decode(br#"{"Parts":null,"RetCode":0}"#).unwrap();
    assert_eq!(page.parts, None);
    assert!(page.parts().is_empty());
    assert!(page.normalize().unwrap().parts.is_empty());
    assert_eq!(page.encode().unwrap(), br#"{"Parts":null,"RetCode":0}"#);
    assert_eq!(serde_json::to_string(&page).unwrap(), r#"{"Parts":null,"RetCode":0}"#);
    let empty = GetMultiUploadPartResponse::decode(br#"{"Parts":[]}"#).unwrap();
    assert_eq!(empty.parts, Some(vec![]));
    assert_eq!(empty.encode().unwrap(), br#"{"Parts":[]}"#);

    for (body, data_set) in [
        (&br#"{"DataSet":null}"#[..], Some(None)),
        (br#"{"DataSet":[]}"#, Some(Some(vec![]))),
        (br#"{"RetCode":0}"#, None),
    ] {
        let page = GetMultiUploadIdResponse::decode(body).unwrap();
        assert_eq!(page.data_set, data_set);
        assert!(page.uploads().is_empty());
        assert!(page.normalize().unwrap().uploads.is_empty());
        assert_eq!(page.encode().unwrap(), body);
        let json = serde_json::to_string(&page).unwrap();
        assert_eq!(json.as_bytes(), body);
        assert_eq!(serde_json::from_str::<GetMultiUploadIdResponse<'_>>(&json).unwrap(), page);
    }

    // `null` stands for a list only: a null string or number is a wrong type.
    let error = GetMultiUploadPartResponse::decode(br#"{"Parts":[],"Key":null}"#).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some("Key")));
    let error = GetMultiUploadPartResponse::decode(br#"{"Parts":[null]}"#).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some("Parts[0]")));
}

#[test]
fn size_and_item_limits_are_enforced() {
    let body = GET_MULTI_UPLOAD_PART_RESPONSE.as_bytes();
    assert_eq!(GetMultiUploadPartResponse::decode(body).unwrap().parts().len(), 3);
    let two_items = Limits::default().with_max_items(2);
    let error = GetMultiUploadPartResponse::decode_with(body, &two_items).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::LimitExceeded, Some("Parts[2]")));
    let body = GET_MULTI_UPLOAD_ID_RESPONSE.as_bytes();
    let one_item = Limits::default().with_max_items(1);
    let error = GetMultiUploadIdResponse::decode_with(body, &one_item).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::LimitExceeded, Some("DataSet[1]")));

    let small = Limits::default().with_max_input_bytes(100);
    for error in [
        GetMultiUploadPartResponse::decode_with(&[b' '; 101], &small).unwrap_err(),
        GetMultiUploadIdResponse::decode_with(&[b' '; 101], &small).unwrap_err(),
        ErrorResponse::decode_with(&[b' '; 101], &small).unwrap_err(),
        GetMultiUploadPartRequest::decode_with(&[b'a'; 101], &small).unwrap_err(),
        GetMultiUploadIdRequest::decode_with(&[b'a'; 101], &small).unwrap_err(),
    ] {
        assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
    }
}

#[test]
fn invalid_utf8_anywhere_is_a_syntax_error_at_its_byte() {
    for (body, at) in [
        (&b"{\"Parts\":[],\"Key\":\"a\xC0\xAFb\"}"[..], 20),
        (b"{\"Parts\":[{\"PartNum\":0,\"Etag\":\"\xED\xA0\x80\"}]}", 31),
        (b"{\"Parts\":[],\"\xFF\":1}", 13),
        (b"\xFF\xFE{\0}\0", 0),
    ] {
        let error = GetMultiUploadPartResponse::decode(body).unwrap_err();
        assert_eq!((error.kind(), error.offset()), (ErrorKind::Syntax, Some(at)), "{error}");
    }
}

#[test]
fn escaped_surrogates_must_pair() {
    let ok = GetMultiUploadPartResponse::decode(br#"{"Parts":[],"Key":"\ud83d\ude00"}"#).unwrap();
    assert_eq!(ok.key.as_deref(), Some("\u{1F600}"));
    for body in [
        &br#"{"Parts":[],"Key":"\udc00"}"#[..],
        br#"{"Parts":[],"Key":"\ud800\u0041"}"#,
        br#"{"Parts":[],"Key":"\u12"}"#,
        br#"{"Parts":[],"Key":"\x41"}"#,
    ] {
        let error = GetMultiUploadPartResponse::decode(body).unwrap_err();
        assert_eq!((error.kind(), error.path()), (ErrorKind::Syntax, Some("Key")), "{error}");
    }
}

#[test]
fn whitespace_json_allows_is_fine_and_other_whitespace_is_not() {
    let ok = b" \t\r\n{ \"Parts\" : [ { \"PartNum\" : 0 } ] } \n";
    assert_eq!(GetMultiUploadPartResponse::decode(ok).unwrap().parts().len(), 1);
    for space in ["\u{a0}", "\u{3000}", "\u{feff}", "\u{b}", "\u{c}"] {
        let body = format!("{{{space}\"Parts\":[]}}");
        let error = GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Syntax, "{space:?}: {error}");
    }
}

#[test]
fn negative_and_out_of_range_unix_seconds_decode_and_fail_only_in_the_model() {
    let body = br#"{"Parts":[{"PartNum":0,"LastModified":-1},{"PartNum":1,"LastModified":9223372036854775807}]}"#;
    let page = GetMultiUploadPartResponse::decode(body).unwrap();
    assert_eq!(
        page.parts()[0].last_modified_time().unwrap().unwrap().to_string(),
        "1969-12-31T23:59:59Z"
    );
    let error = page.normalize().unwrap_err();
    assert_eq!(
        (error.kind(), error.path()),
        (ErrorKind::InvalidValue, Some("Parts[1].LastModified"))
    );
    assert_eq!(GetMultiUploadPartResponse::decode(&page.encode().unwrap()).unwrap(), page);
    let body = br#"{"DataSet":[{"UploadId":"u","StartTime":-9223372036854775808}]}"#;
    let page = GetMultiUploadIdResponse::decode(body).unwrap();
    let error = page.normalize().unwrap_err();
    assert_eq!(error.path(), Some("DataSet[0].StartTime"));
    assert!(error.to_string().starts_with("ufile get-multi-upload-id: invalid value"), "{error}");
}
