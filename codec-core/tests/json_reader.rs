//! The JSON pull reader: a document read field by field, its errors, and a differential
//! check against serde_json (what one accepts, the other accepts).

use std::borrow::Cow;

use codec_core::json::JsonReader;
use codec_core::{ErrorKind, Limits};
use proptest::prelude::*;

/// Reads any document through `skip_value` and `finish`: the reader's whole grammar.
fn accepts(input: &[u8]) -> bool {
    let Ok(mut reader) = JsonReader::new(input, &Limits::default()) else {
        return false;
    };
    reader.skip_value().is_ok() && reader.finish().is_ok()
}

/// serde_json into its `Value` (into `IgnoredAny` it lets invalid UTF-8 and lone
/// surrogates inside strings pass).
fn serde_json_accepts(input: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(input).is_ok()
}

#[test]
fn reads_a_document_field_by_field_borrowing_every_string() {
    let body = br#" {"file_id": "5d5b846942cf", "uploaded_parts": [
        {"part_number": 1, "etag": "\"0CC175B9C0F1B6A8\"", "upload_url": "https://x/?a=1\u0026b=2",
         "parallel_sha1_ctx": {"h": [1, 2, 3, 4, 5], "part_offset": 0}, "unknown": [[{}], null, -1.5e3]},
        {"part_number": 2, "part_size": 5368709120}
    ], "next_part_number_marker": "", "parallel_upload": false } "#;
    let mut reader = JsonReader::new(body, &Limits::default()).unwrap();
    reader.begin_object().unwrap();
    let mut parts = Vec::new();
    let mut marker = None;
    let mut parallel = None;
    while let Some(key) = reader.next_key().unwrap() {
        match key.value().as_ref() {
            "file_id" => assert!(reader.str().unwrap().eq_str("5d5b846942cf")),
            "uploaded_parts" => {
                reader.begin_array().unwrap();
                while reader.next_item().unwrap() {
                    let mut part = (0, None, None, None);
                    reader.begin_object().unwrap();
                    while let Some(key) = reader.next_key().unwrap() {
                        match key.value().as_ref() {
                            "part_number" => part.0 = reader.u64().unwrap(),
                            "etag" => part.1 = Some(reader.str().unwrap()),
                            "upload_url" => part.2 = Some(reader.str().unwrap()),
                            "part_size" => part.3 = Some(reader.u64().unwrap()),
                            _ => reader.skip_value().unwrap(),
                        }
                    }
                    parts.push(part);
                }
            }
            "next_part_number_marker" => marker = Some(reader.str().unwrap()),
            "parallel_upload" => parallel = Some(reader.bool().unwrap()),
            _ => reader.skip_value().unwrap(),
        }
    }
    reader.finish().unwrap();

    assert_eq!(parts.len(), 2);
    let etag = parts[0].1.unwrap();
    assert_eq!(etag.raw(), r#"\"0CC175B9C0F1B6A8\""#);
    assert_eq!(etag.value(), "\"0CC175B9C0F1B6A8\"");
    assert!(matches!(parts[0].2.unwrap().value(), Cow::Owned(url) if url == "https://x/?a=1&b=2"));
    assert_eq!(parts[1], (2, None, None, Some(5_368_709_120)));
    assert!(matches!(marker.unwrap().value(), Cow::Borrowed("")));
    assert_eq!(parallel, Some(false));
}

#[test]
fn null_is_read_only_when_it_is_there() {
    let mut reader = JsonReader::new(b"[null, 3]", &Limits::default()).unwrap();
    reader.begin_array().unwrap();
    assert!(reader.next_item().unwrap());
    assert!(reader.null().unwrap());
    assert!(reader.next_item().unwrap());
    assert!(!reader.null().unwrap());
    assert_eq!(reader.i64().unwrap(), 3);
    assert!(!reader.next_item().unwrap());
    reader.finish().unwrap();
}

#[test]
fn wrong_types_and_bad_numbers_are_value_errors_at_their_offset() {
    type Read = fn(&mut JsonReader<'_>) -> codec_core::Result<()>;
    let cases: &[(&[u8], Read, &str)] = &[
        (b"  \"7\"", |r| r.u64().map(drop), "expected an unsigned integer, found a string"),
        (b"-1", |r| r.u64().map(drop), "expected an unsigned integer, found \"-1\""),
        (b"1.5", |r| r.u64().map(drop), "expected an unsigned integer, found \"1.5\""),
        (b"1e3", |r| r.u64().map(drop), "expected an unsigned integer, found \"1e3\""),
        (
            b"18446744073709551616",
            |r| r.u64().map(drop),
            "\"18446744073709551616\" does not fit in 64 bits",
        ),
        (
            b"-9223372036854775809",
            |r| r.i64().map(drop),
            "\"-9223372036854775809\" does not fit in 64 bits",
        ),
        (b"null", |r| r.str().map(drop), "expected a string, found null"),
        (b"{}", |r| r.begin_array(), "expected an array, found an object"),
        (b"[]", |r| r.bool().map(drop), "expected true or false, found an array"),
    ];
    for (input, read, message) in cases {
        let mut reader = JsonReader::new(input, &Limits::default()).unwrap();
        let error = read(&mut reader).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidValue, "{error}");
        assert_eq!(error.message(), *message);
        let first = input.iter().position(|b| !b.is_ascii_whitespace()).unwrap();
        assert_eq!(error.offset(), Some(first));
    }
    let mut reader = JsonReader::new(b"-9223372036854775808", &Limits::default()).unwrap();
    assert_eq!(reader.i64().unwrap(), i64::MIN);
}

#[test]
fn malformed_documents_are_syntax_errors() {
    for input in [
        &b""[..],
        b"{",
        b"{\"a\":1,}",
        b"[1,]",
        b"[,1]",
        b"{,}",
        b"{\"a\" 1}",
        b"{'a':1}",
        b"[01]",
        b"[1.]",
        b"[.5]",
        b"[1e]",
        b"[-]",
        b"[+1]",
        b"[1x]",
        b"[tru]",
        b"[nul]",
        b"[\"a\nb\"]",
        b"[\"\\x\"]",
        b"[\"\\u12\"]",
        b"[\"\\ud800\"]",
        b"[\"\\udc00\"]",
        b"[\"\\ud800\\u0041\"]",
        b"[\"abc",
        b"[\"abc\\",
        b"{} {}",
        b"{}x",
        b"\xEF\xBB\xBF{}",
        b"[\"\xff\"]",
        b"/* c */ {}",
    ] {
        assert!(!accepts(input), "accepted {:?}", String::from_utf8_lossy(input));
        assert!(
            !serde_json_accepts(input),
            "serde_json accepts {:?}",
            String::from_utf8_lossy(input)
        );
    }
}

#[test]
fn nesting_100_000_deep_is_a_depth_error_not_a_stack_overflow() {
    let deep = format!("{{\"unknown\":{}{}}}", "[".repeat(100_000), "]".repeat(100_000));
    let mut reader = JsonReader::new(deep.as_bytes(), &Limits::default()).unwrap();
    reader.begin_object().unwrap();
    reader.next_key().unwrap().unwrap();
    let error = reader.skip_value().unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
    // The object is level 1: the 128th `[` would be level 129.
    assert_eq!(error.offset(), Some("{\"unknown\":".len() + 127));
    let mut allowed = format!("{}{}", "[".repeat(128), "]".repeat(128)).into_bytes();
    assert!(accepts(&allowed));
    allowed.insert(0, b'[');
    allowed.push(b']');
    assert!(!accepts(&allowed));
}

#[test]
fn every_truncation_of_a_document_fails_cleanly() {
    let body =
        br#"{"a": [1, -2.5e+3, "x\"y\u00e9\ud83d\ude00", true, false, null, {"b": {}}], "c": ""}"#;
    assert!(accepts(body));
    for cut in 0..body.len() {
        assert!(!accepts(&body[..cut]), "accepted the first {cut} bytes");
    }
}

#[test]
fn a_50_mb_string_borrows() {
    let body = format!("{{\"k\":\"{}\"}}", "x".repeat(50 << 20));
    let mut reader = JsonReader::new(body.as_bytes(), &Limits::default()).unwrap();
    reader.begin_object().unwrap();
    reader.next_key().unwrap().unwrap();
    let value = reader.str().unwrap().value();
    assert!(matches!(value, Cow::Borrowed(text) if text.len() == 50 << 20));
}

/// JSON documents serde_json writes, from its own value type.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<u64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(serde_json::Value::from),
        any::<String>().prop_map(serde_json::Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(serde_json::Value::Array),
            prop::collection::vec((any::<String>(), inner), 0..8)
                .prop_map(|pairs| serde_json::Value::Object(pairs.into_iter().collect())),
        ]
    })
}

/// Short texts over the characters that matter to the grammar.
fn json_like() -> impl Strategy<Value = Vec<u8>> {
    prop::collection::vec(
        prop::sample::select(
            b"{}[]\",:0123456789-+.eEtrufalsn \\u/bdx\n\t\x01\xc3\xa9\xff".to_vec(),
        ),
        0..24,
    )
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 2_000,
        failure_persistence: Some(Box::new(
            proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions"),
        )),
        ..ProptestConfig::default()
    })]

    #[test]
    fn whatever_serde_json_writes_is_read(value in json_value(), pretty in any::<bool>()) {
        let text = if pretty { serde_json::to_vec_pretty(&value) } else { serde_json::to_vec(&value) }.unwrap();
        prop_assert!(accepts(&text), "{}", String::from_utf8_lossy(&text));
    }

    #[test]
    fn acceptance_agrees_with_serde_json(input in json_like()) {
        prop_assert_eq!(accepts(&input), serde_json_accepts(&input), "{:?}", String::from_utf8_lossy(&input));
    }

    #[test]
    fn acceptance_agrees_on_damaged_documents(
        value in json_value(),
        cut in any::<prop::sample::Index>(),
        byte in any::<u8>(),
    ) {
        let mut text = serde_json::to_vec(&value).unwrap();
        let at = cut.index(text.len() + 1);
        text.insert(at, byte);
        prop_assert_eq!(accepts(&text), serde_json_accepts(&text), "{:?}", String::from_utf8_lossy(&text));
    }

    #[test]
    fn strings_unescape_to_what_serde_json_escaped(text in any::<String>()) {
        let json = serde_json::to_vec(&text).unwrap();
        let mut reader = JsonReader::new(&json, &Limits::default()).unwrap();
        let read = reader.str().unwrap();
        prop_assert_eq!(read.value(), text.as_str());
        prop_assert!(read.eq_str(&text));
        reader.finish().unwrap();
    }
}

#[test]
fn etags_borrow_when_only_their_quotes_are_escaped() {
    use codec_core::ETag;
    for (json, expected, borrowed) in [
        (r#""\"0CC1\"""#, ETag::new("0CC1", true), true),
        (r#""0CC1""#, ETag::new("0CC1", false), true),
        (r#""\"a\\b\"""#, ETag::new("a\\b", true), false),
        (r#""\"""#, ETag::new("\"", false), false),
        (r#""\"\"""#, ETag::new("", true), true),
        (r#""\u00220CC1\u0022""#, ETag::new("0CC1", true), false),
    ] {
        let mut reader = JsonReader::new(json.as_bytes(), &Limits::default()).unwrap();
        let etag = reader.str().unwrap().to_etag();
        assert_eq!(etag, expected, "{json}");
        assert_eq!(etag.is_borrowed(), borrowed, "{json}");
    }
}

#[test]
fn unsigned_integers_read_as_serde_json_reads_them() {
    for text in [
        "0",
        "7",
        "42",
        "1048576",
        "9999999999999999999",
        "18446744073709551615",
        "18446744073709551616",
        "99999999999999999999",
        "01",
        "00",
        "1.0",
        "1e3",
        "-1",
        "1x",
        "0 ",
        "12,",
    ] {
        let ours = JsonReader::new(text.as_bytes(), &Limits::default()).unwrap().u64();
        let theirs = serde_json::from_str::<u64>(text.trim_end_matches(','));
        if text.ends_with(',') {
            assert_eq!(ours.unwrap(), 12);
            continue;
        }
        assert_eq!(ours.as_ref().ok(), theirs.as_ref().ok(), "{text}: {ours:?}");
    }
    for (text, value) in [("[0,1,10]", [0, 1, 10]), ("[ 5 , 6 ,7 ]", [5, 6, 7])] {
        let mut reader = JsonReader::new(text.as_bytes(), &Limits::default()).unwrap();
        reader.begin_array().unwrap();
        for expected in value {
            assert!(reader.next_item().unwrap());
            assert_eq!(reader.u64().unwrap(), expected);
        }
        assert!(!reader.next_item().unwrap());
    }
}

#[test]
fn trailing_commas_are_named_at_the_comma() {
    for (text, offset, closing) in
        [("[1,]", 2, "]"), ("[1 , ]", 3, "]"), (r#"{"a":1,}"#, 6, "}"), (r#"{"a":[{}, ]}"#, 8, "]")]
    {
        let mut reader = JsonReader::new(text.as_bytes(), &Limits::default()).unwrap();
        let error = reader.skip_value().unwrap_err();
        assert_eq!((error.kind(), error.offset()), (ErrorKind::Syntax, Some(offset)), "{text}");
        assert!(error.to_string().contains(&format!("trailing comma before the `{closing}`")));
    }
}

#[test]
fn signed_integers_read_as_serde_json_reads_them() {
    for text in [
        "0",
        "7",
        "-7",
        "999999999999999999",
        "-999999999999999999",
        "9223372036854775807",
        "-9223372036854775808",
        "9223372036854775808",
        "-9223372036854775809",
        "01",
        "-01",
        "-",
        "1.0",
        "-1e3",
        "--1",
        "1x",
    ] {
        let ours = JsonReader::new(text.as_bytes(), &Limits::default()).unwrap().i64();
        let theirs = serde_json::from_str::<i64>(text);
        assert_eq!(ours.as_ref().ok(), theirs.as_ref().ok(), "{text}: {ours:?}");
    }
    // serde_json reads `-0` as a float; an integer field takes it as 0.
    assert_eq!(JsonReader::new(b"-0", &Limits::default()).unwrap().i64().unwrap(), 0);
}
