//! Hostile input that is generated rather than stored. The shared table
//! (`codec_testkit::hostile`) runs against every decoder on the documented examples, and
//! its truncations against every fixture; what follows it is COS's own: exact offsets and
//! messages, nesting caps, limits, BOM and UTF-16, DOCTYPE anywhere, numbers at their
//! bounds. The stored cases (wrong root, DOCTYPE, bad numbers, …) are in `fixtures/err`
//! and run by `tests/fixtures.rs`.

use codec_core::{Decode, ErrorKind, Limits};
use codec_cos::examples::{
    ERROR_RESPONSE, LIST_PARTS_REQUEST, LIST_PARTS_RESPONSE, LIST_PARTS_RESPONSE_FIRST,
};
use codec_cos::{ErrorResponse, ListPartsRequest, ListPartsResult};
use codec_testkit::fixtures;
use codec_testkit::hostile::{Format, Table, check_every_truncation};

const DIR: &str = env!("CARGO_MANIFEST_DIR");

#[test]
fn the_shared_table_against_list_parts_responses() {
    for example in [LIST_PARTS_RESPONSE, LIST_PARTS_RESPONSE_FIRST] {
        let cases = Table::xml(example.as_bytes())
            .errors_start_with("cos list-parts: ")
            .check(|body| ListPartsResult::decode(body).map(drop));
        eprintln!("ListPartsResult: {cases} cases");
    }
}

#[test]
fn the_shared_table_against_error_bodies() {
    let cases = Table::xml(ERROR_RESPONSE.as_bytes())
        .errors_start_with("cos error: ")
        .check(|body| ErrorResponse::decode(body).map(drop));
    eprintln!("ErrorResponse: {cases} cases");
}

#[test]
fn the_shared_table_against_list_parts_requests() {
    let cases = Table::query(LIST_PARTS_REQUEST.as_bytes())
        .errors_start_with("cos list-parts: ")
        .check(|target| ListPartsRequest::decode(target).map(drop));
    eprintln!("ListPartsRequest: {cases} cases");
}

#[test]
fn every_truncation_of_every_fixture_is_an_error_or_a_whole_document() {
    check_every_truncation(
        Format::Xml,
        &fixtures(DIR, "ok/list-parts"),
        "cos list-parts: ",
        |body| ListPartsResult::decode(body).map(drop),
    );
    let (json, xml): (Vec<_>, Vec<_>) =
        fixtures(DIR, "ok/error").into_iter().partition(|(name, _)| name.ends_with(".json"));
    for (format, files) in [(Format::Json, json), (Format::Xml, xml)] {
        check_every_truncation(format, &files, "cos error: ", |body| {
            ErrorResponse::decode(body).map(drop)
        });
    }
    check_every_truncation(
        Format::Query,
        &fixtures(DIR, "ok/list-parts-request"),
        "cos list-parts: ",
        |target| ListPartsRequest::decode(target).map(drop),
    );
}

fn nested(depth: usize) -> String {
    let mut body = String::from("<ListPartsResult><Unknown>");
    body.push_str(&"<a>".repeat(depth));
    body.push_str(&"</a>".repeat(depth));
    body.push_str("</Unknown></ListPartsResult>");
    body
}

#[test]
fn nesting_100_000_deep_in_an_unknown_element_is_a_depth_error() {
    let error = ListPartsResult::decode(nested(100_000).as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
    // The root is level 1 and <Unknown> level 2: the 127th <a> is level 129.
    assert_eq!(error.offset(), Some("<ListPartsResult><Unknown>".len() + 126 * 3));
    assert_eq!(
        error.to_string(),
        "cos list-parts: limit exceeded at byte 404: elements nested deeper than 128 levels"
    );
}

#[test]
fn nesting_up_to_the_cap_is_fine_and_the_cap_is_the_callers() {
    assert!(ListPartsResult::decode(nested(126).as_bytes()).is_ok());
    assert!(ListPartsResult::decode(nested(127).as_bytes()).is_err());
    let deep = Limits::default().with_max_depth(1_000);
    assert!(ListPartsResult::decode_with(nested(998).as_bytes(), &deep).is_ok());
    let shallow = Limits::default().with_max_depth(3);
    assert!(ListPartsResult::decode_with(nested(1).as_bytes(), &shallow).is_ok());
    assert!(ListPartsResult::decode_with(nested(2).as_bytes(), &shallow).is_err());
}

#[test]
fn deep_nesting_inside_a_leaf_or_the_owner_is_refused() {
    let body = format!("<ListPartsResult><Key>{}</Key></ListPartsResult>", "<a>".repeat(100_000));
    let error = ListPartsResult::decode(body.as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::UnexpectedElement, "{error}");
    let body =
        format!("<ListPartsResult><Owner>{}</Owner></ListPartsResult>", "<x>".repeat(100_000));
    let error = ListPartsResult::decode(body.as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
}

#[test]
fn a_50_mb_text_node_decodes_without_a_copy() {
    let key = "k".repeat(50 << 20);
    let body = format!("<ListPartsResult><Key>{key}</Key></ListPartsResult>");
    let result = ListPartsResult::decode(body.as_bytes()).unwrap();
    let decoded = result.key.as_ref().unwrap();
    assert_eq!(decoded.len(), 50 << 20);
    assert!(matches!(decoded, std::borrow::Cow::Borrowed(_)));
}

#[test]
fn size_and_item_limits_are_enforced() {
    let body = ListPartsResult::decode(LIST_PARTS_RESPONSE.as_bytes()).unwrap();
    assert_eq!(body.parts.len(), 3);
    let two_items = Limits::default().with_max_items(2);
    let error =
        ListPartsResult::decode_with(LIST_PARTS_RESPONSE.as_bytes(), &two_items).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded);
    let small = Limits::default().with_max_input_bytes(100);
    let error = ListPartsResult::decode_with(LIST_PARTS_RESPONSE.as_bytes(), &small).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded);
    assert!(ListPartsRequest::decode_with(&[b'a'; 101], &small).is_err());
}

#[test]
fn a_byte_order_mark_is_accepted_and_offsets_still_count_it() {
    let mut body = b"\xEF\xBB\xBF".to_vec();
    body.extend_from_slice(
        b"<ListPartsResult><Size>1</Size><MaxParts>x</MaxParts></ListPartsResult>",
    );
    let error = ListPartsResult::decode(&body).unwrap_err();
    assert_eq!(error.offset(), Some(3 + "<ListPartsResult><Size>1</Size><MaxParts>".len()));
    body.truncate(3);
    body.extend_from_slice(b"<ListPartsResult/>");
    assert_eq!(ListPartsResult::decode(&body).unwrap(), ListPartsResult::default());
}

#[test]
fn a_bom_between_elements_is_ignored_text_and_utf16_is_refused() {
    let body = b"<ListPartsResult>\xEF\xBB\xBF<Key>a</Key></ListPartsResult>";
    assert_eq!(ListPartsResult::decode(body).unwrap().key.as_deref(), Some("a"));
    for utf16 in [&b"\xFF\xFE<\0L\0"[..], &b"\xFE\xFF\0<\0L"[..]] {
        let error = ListPartsResult::decode(utf16).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Syntax, "{error}");
        assert_eq!(error.offset(), Some(0));
    }
}

#[test]
fn many_unknown_siblings_and_comments_cost_nothing_but_time() {
    let mut body = String::from("<ListPartsResult>");
    for i in 0..50_000 {
        body.push_str(&format!("<!-- c{i} --><X{i} a=\"1\"/><?pi x?>"));
    }
    body.push_str("<Key>k</Key></ListPartsResult>");
    let result = ListPartsResult::decode(body.as_bytes()).unwrap();
    assert_eq!(result.key.as_deref(), Some("k"));
}

#[test]
fn a_doctype_anywhere_is_refused() {
    for body in [
        "<ListPartsResult><!DOCTYPE x></ListPartsResult>",
        "<ListPartsResult/><!DOCTYPE x>",
        "<ListPartsResult><Unknown><!DOCTYPE x></Unknown></ListPartsResult>",
    ] {
        let error = ListPartsResult::decode(body.as_bytes()).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Syntax, "{body}: {error}");
    }
}

#[test]
fn numbers_at_their_bounds() {
    let part = |number: &str, size: &str| {
        format!(
            "<ListPartsResult><Part><PartNumber>{number}</PartNumber><Size>{size}</Size></Part></ListPartsResult>"
        )
    };
    let body = part("10000", "18446744073709551615");
    let ok = ListPartsResult::decode(body.as_bytes()).unwrap();
    assert_eq!((ok.parts[0].part_number, ok.parts[0].size), (10_000, Some(u64::MAX)));
    for (number, size) in [("1", ""), ("1", " 1"), ("+1", "1"), ("1", "0x1"), ("99999999999", "1")]
    {
        let error = ListPartsResult::decode(part(number, size).as_bytes()).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidValue, "{number} {size}: {error}");
        assert!(error.path().unwrap().starts_with("Part[0]."), "{error}");
    }
}
