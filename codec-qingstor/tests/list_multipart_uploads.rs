//! List Multipart Uploads, every layer: the golden suite over
//! `fixtures/*/list-multipart-uploads*`, the published example's trailing comma,
//! round-trip properties, the shared hostile table, the pager over the marker pair
//! under `codec_core::listing`, and allocations per decode.

use std::borrow::Cow;

use codec_core::listing::{ListRequest, for_each_page, list_all};
use codec_core::{Decode, Encode, Error, ErrorKind, Limits, Normalize, Vendor};
use codec_qingstor::examples::{
    LIST_MULTIPART_UPLOADS_REQUEST, LIST_MULTIPART_UPLOADS_RESPONSE, list_multipart_uploads_page,
    list_multipart_uploads_pages,
};
use codec_qingstor::{
    ErrorResponse, ListMultipartUploadsRequest, ListMultipartUploadsResponse, PendingUpload,
};
use codec_testkit::fixtures;
use codec_testkit::hostile::{Format, Table, check_every_truncation};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

const DIR: &str = env!("CARGO_MANIFEST_DIR");
const PREFIX: &str = "qingstor list-multipart-uploads: ";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{DIR}/fixtures/{name}")).unwrap()
}

codec_testkit::golden_suite! {
    ListMultipartUploadsResponse: list_multipart_uploads_responses("ok/list-multipart-uploads/*.json", normalized, same_value, same_json),
        hostile_list_multipart_uploads_responses("err/list-multipart-uploads/*", service);
    ListMultipartUploadsRequest: list_multipart_uploads_requests("ok/list-multipart-uploads-request/*.txt", same_value),
        hostile_list_multipart_uploads_requests("err/list-multipart-uploads-request/*.txt");
}

#[test]
fn embedded_examples_are_the_fixtures() {
    let text = |name: &str| String::from_utf8(fixture(name)).unwrap();
    assert_eq!(LIST_MULTIPART_UPLOADS_RESPONSE, text("ok/list-multipart-uploads/doc-example.json"));
    assert_eq!(
        LIST_MULTIPART_UPLOADS_REQUEST,
        text("ok/list-multipart-uploads-request/doc-example.txt")
    );
}

// ---------------------------------------------------------------------------------------
// The documented example, as published and corrected.

/// The published example has a comma after its last upload: refused at that comma,
/// which the error names by its byte offset; the corrected copy differs by that byte
/// alone.
#[test]
fn the_published_example_is_refused_at_its_trailing_comma() {
    let published = fixture("err/list-multipart-uploads/doc-example-trailing-comma.json");
    let error = ListMultipartUploadsResponse::decode(&published).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Syntax, "{error}");
    assert_eq!(error.offset(), Some(595));
    assert_eq!(published[595], b',');
    assert_eq!(error.path(), Some("uploads"));
    assert_eq!(
        error.to_string(),
        "qingstor list-multipart-uploads: syntax error at byte 595, field uploads: a trailing \
         comma before the `]` that closes an array is not allowed in JSON"
    );
    // The corrected example is the published one less that comma.
    let mut corrected = published.clone();
    corrected.remove(595);
    assert_eq!(corrected, LIST_MULTIPART_UPLOADS_RESPONSE.as_bytes());
    // It is the same body QingStor's real-world copy holds for List Multipart's sibling.
    assert_eq!(
        published,
        fixture("err/list-multipart/qingcloud-docs-list-multipart-uploads-trailing-comma.json")
    );
}

#[test]
fn the_documented_example_decodes_and_normalizes() {
    let response =
        ListMultipartUploadsResponse::decode(LIST_MULTIPART_UPLOADS_RESPONSE.as_bytes()).unwrap();
    assert_eq!(response.uploads().len(), 4);
    assert_eq!(response.name.as_deref(), Some("mybucket"));
    assert_eq!((response.limit, response.has_more), (Some(6), None));
    assert_eq!(response.key_marker.as_deref(), Some(""));
    assert_eq!(response.prefixes(), ["Cartoon/", "Love/"]);
    assert!(response.uploads().iter().all(|upload| matches!(upload.key, Some(Cow::Borrowed(_)))));
    let page = response.normalize().unwrap();
    assert_eq!(page.vendor, Vendor::Qingstor);
    assert_eq!(page.uploads[0].key.as_deref(), Some("Movies/Star-Wars-2015.mp4"));
    assert_eq!(page.uploads[0].upload_id, "44e76b0f5eda308e");
    assert_eq!(page.uploads[0].initiated.unwrap().to_string(), "2016-12-25T16:02:05Z");
    // No `has_more`: the next key marker says the listing goes on; the empty upload-id
    // marker is none.
    assert_eq!(page.next_marker.as_deref(), Some("Sci-Fi/"));
    assert_eq!((page.next_upload_id_marker, page.truncated), (None, None));
    assert_eq!(page.prefixes, ["Cartoon/", "Love/"]);

    let request =
        ListMultipartUploadsRequest::decode(LIST_MULTIPART_UPLOADS_REQUEST.as_bytes()).unwrap();
    let next = request.next_request(&response).unwrap().unwrap();
    assert_eq!(
        next.to_target().unwrap(),
        "/?uploads&prefix=Movies%2F&delimiter=%2F&limit=6&key_marker=Sci-Fi%2F"
    );
}

#[test]
fn absent_null_and_empty_lists_mean_none_and_stay_as_sent() {
    for body in [
        r#"{"has_more":false}"#,
        r#"{"uploads":null,"common_prefixes":null}"#,
        r#"{"uploads":[],"common_prefixes":[]}"#,
    ] {
        let decoded = ListMultipartUploadsResponse::decode(body.as_bytes()).unwrap();
        assert!(decoded.uploads().is_empty() && decoded.prefixes().is_empty());
        assert_eq!(decoded.encode().unwrap(), body.as_bytes());
        let json = serde_json::to_string(&decoded).unwrap();
        assert_eq!(json, body);
        assert_eq!(
            serde_json::from_str::<ListMultipartUploadsResponse<'_>>(&json).unwrap(),
            decoded
        );
        let page = decoded.normalize().unwrap();
        assert!(page.uploads.is_empty() && page.prefixes.is_empty());
        assert_eq!(page.next_marker, None);
    }
}

#[test]
fn an_error_body_in_place_of_a_page_says_what_qingstor_said() {
    let body = fixture("err/list-multipart-uploads/error-body.json");
    let error = ListMultipartUploadsResponse::decode(&body).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    assert!(error.to_string().starts_with(PREFIX), "{error}");
    assert_eq!(error.service_error().unwrap().code, "permission_denied");
    assert!(!error.is_retryable());
    assert_eq!(
        ErrorResponse::from_error(&error).unwrap().request_id.as_deref(),
        Some("aa08cf7a43f611e5")
    );
    for not_a_page in [&b"{}"[..], br#" {"message":"boom"}"#, br#"{"code":7}"#] {
        let error = ListMultipartUploadsResponse::decode(not_a_page).unwrap_err();
        assert_eq!((error.kind(), error.path()), (ErrorKind::MissingField, Some("uploads")));
        assert_eq!(error.offset(), Some(codec_core::sniff::start(not_a_page)));
    }
}

#[test]
fn a_wrong_type_in_any_field_is_an_error_naming_the_field() {
    let fields: [(&str, &str); 8] = [
        ("limit", r#"{"limit": @}"#),
        ("has_more", r#"{"has_more": @}"#),
        ("next_key_marker", r#"{"next_key_marker": @}"#),
        ("uploads[0].upload_id", r#"{"uploads": [{"upload_id": @}]}"#),
        (
            "uploads[1].created",
            r#"{"uploads": [{"upload_id": "a"}, {"upload_id": "b", "created": @}]}"#,
        ),
        ("uploads[0].key", r#"{"uploads": [{"key": @, "upload_id": "a"}]}"#),
        ("common_prefixes[1]", r#"{"common_prefixes": ["a/", @]}"#),
        ("marker", r#"{"marker": @}"#),
    ];
    for (path, template) in fields {
        for value in ["{}", "[]", "-1", "1.5", "\"x\"", "true", "null"] {
            let body = template.replace('@', value);
            let Err(error) = ListMultipartUploadsResponse::decode(body.as_bytes()) else {
                continue;
            };
            assert_eq!(error.kind(), ErrorKind::InvalidValue, "{body}: {error}");
            assert_eq!(error.path(), Some(path), "{body}: {error}");
            assert_eq!(body.as_bytes()[error.offset().unwrap()], value.as_bytes()[0], "{body}");
            assert!(error.to_string().starts_with(PREFIX), "{error}");
        }
    }
}

// ---------------------------------------------------------------------------------------
// The request.

#[test]
fn the_builder_speaks_the_shared_vocabulary() {
    let request = ListMultipartUploadsRequest::new()
        .with_prefix("dir/")
        .with_delimiter("/")
        .with_page_size(10)
        .with_marker("dir/a b")
        .with_upload_id_marker("44e76b0f");
    assert_eq!(
        request.to_target().unwrap(),
        "/?uploads&prefix=dir%2F&delimiter=%2F&limit=10&key_marker=dir%2Fa%20b&upload_id_marker=44e76b0f"
    );
    assert_eq!(
        ListMultipartUploadsRequest::decode(request.to_target().unwrap().as_bytes()).unwrap(),
        request
    );
    assert_eq!(ListMultipartUploadsRequest::new().to_target().unwrap(), "/?uploads");
    let all = fixture("ok/list-multipart-uploads-request/ours-all-parameters.txt");
    let all = ListMultipartUploadsRequest::decode(&all).unwrap();
    assert_eq!(all.prefix.as_deref(), Some("photos/大"));
    assert_eq!(all.key_marker.as_deref(), Some("photos/a b+c.jpg"));
    let empty = fixture("ok/list-multipart-uploads-request/ours-flag-last-empty-markers.txt");
    let empty = ListMultipartUploadsRequest::decode(&empty).unwrap();
    assert_eq!(empty.key_marker.as_deref(), Some(""));
    assert_eq!(empty.marker(), None, "an empty key marker starts at the beginning");
}

#[test]
fn the_page_size_is_1_to_1000_decoding_and_encoding() {
    for size in [1, 1_000] {
        assert!(ListMultipartUploadsRequest::new().with_page_size(size).to_query_string().is_ok());
    }
    for size in [0, 1_001] {
        let request = ListMultipartUploadsRequest::new().with_page_size(size);
        let error = request.to_query_string().unwrap_err();
        assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some("limit")));
        assert!(error.to_string().starts_with(PREFIX), "{error}");
        assert!(request.encode().is_err());
        let target = format!("?uploads&limit={size}");
        let error = ListMultipartUploadsRequest::decode(target.as_bytes()).unwrap_err();
        assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some("limit")));
    }
}

// ---------------------------------------------------------------------------------------
// The pager, under the core loop.

/// A stand-in transport serving `pages` in order, recording each request's target.
fn serve<'p>(
    pages: &'p [String],
    targets: &'p mut Vec<String>,
) -> impl FnMut(&ListMultipartUploadsRequest<'_>) -> Result<&'p [u8], Error> {
    move |request| {
        targets.push(request.to_target()?);
        pages.get(targets.len() - 1).map(String::as_bytes).ok_or_else(|| Error::paging("no page"))
    }
}

#[test]
fn list_all_follows_the_marker_pair_through_names_split_across_pages() {
    // Three uploads a name: pages end inside a name, so a key marker alone would skip
    // uploads, and the key marker repeats from page to page.
    for (uploads, per_page) in [(10, 4), (9, 3), (7, 1), (0, 5), (2_500, 1_000), (10_000, 1_000)] {
        let pages = list_multipart_uploads_pages(uploads, per_page);
        let mut targets = Vec::new();
        let first = ListMultipartUploadsRequest::new().with_page_size(per_page as u32);
        let listed = list_all(first, serve(&pages, &mut targets)).unwrap();
        assert_eq!(listed.len(), uploads, "{uploads} / {per_page}");
        assert_eq!(targets.len(), pages.len());
        let whole = list_multipart_uploads_page(uploads);
        let every = ListMultipartUploadsResponse::decode(whole.as_bytes()).unwrap();
        let expected: Vec<_> = every.uploads().iter().map(|u| u.upload_id.as_ref()).collect();
        let got: Vec<_> = listed.iter().map(|u| u.upload_id.as_ref()).collect();
        assert_eq!(got, expected);
    }
    let pages = list_multipart_uploads_pages(10, 4);
    let mut targets = Vec::new();
    list_all(ListMultipartUploadsRequest::new().with_page_size(4), serve(&pages, &mut targets))
        .unwrap();
    assert_eq!(targets[0], "/?uploads&limit=4");
    assert!(
        targets[1].starts_with(
            "/?uploads&limit=4&key_marker=large-object-00001&upload_id_marker=00000003"
        ),
        "{}",
        targets[1]
    );
}

#[test]
fn a_page_that_comes_back_is_a_circle_not_a_hang() {
    // Page 3 names page 1's markers again: the core loop's guard sees the same pair.
    let mut pages = list_multipart_uploads_pages(12, 4);
    pages[2] = pages[0].clone();
    let mut targets = Vec::new();
    let error =
        list_all(ListMultipartUploadsRequest::new().with_page_size(4), serve(&pages, &mut targets))
            .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Paging, "{error}");
    assert!(error.to_string().starts_with(PREFIX), "{error}");
    assert_eq!(targets.len(), 3);
    // A page that names the request's own markers: the pager's guard.
    let mut pages = list_multipart_uploads_pages(12, 4);
    pages[1] = pages[0].clone();
    let error = list_all(
        ListMultipartUploadsRequest::new().with_page_size(4),
        serve(&pages, &mut Vec::new()),
    )
    .unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::Paging, Some("next_key_marker")));
}

#[test]
fn has_more_without_a_next_key_marker_stops_with_an_error_not_a_short_listing() {
    let pages = vec![
        r#"{"uploads":[{"key":"a","upload_id":"1"}],"next_key_marker":"","has_more":true}"#
            .to_owned(),
    ];
    let error =
        list_all(ListMultipartUploadsRequest::new(), serve(&pages, &mut Vec::new())).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::Paging, Some("next_key_marker")));
    // The page itself normalizes: the vendor says more follow, and names no marker.
    let response = ListMultipartUploadsResponse::decode(pages[0].as_bytes()).unwrap();
    let page = response.normalize().unwrap();
    assert_eq!((page.truncated, page.next_marker), (Some(true), None));
}

#[test]
fn for_each_page_hands_out_borrowed_pages_with_both_markers() {
    let pages = list_multipart_uploads_pages(5, 2);
    let mut seen = Vec::new();
    let mut served = 0;
    let count = for_each_page(
        ListMultipartUploadsRequest::new().with_page_size(2),
        &Limits::default(),
        |_: &ListMultipartUploadsRequest<'_>| {
            served += 1;
            Ok::<_, Error>(pages[served - 1].as_bytes())
        },
        |page| {
            seen.push((
                page.next_marker.map(|m| m.into_owned()),
                page.next_upload_id_marker.map(|m| m.into_owned()),
                page.truncated,
            ));
            Ok(())
        },
    )
    .unwrap();
    assert_eq!(count, 3);
    assert_eq!(seen[0].0.as_deref(), Some("large-object-00000"));
    assert_eq!(seen[1].0.as_deref(), Some("large-object-00001"));
    assert!(seen[0].1.as_deref().unwrap().starts_with("00000001"));
    assert_eq!(seen[0].2, Some(true));
    assert_eq!(seen[2], (None, None, Some(false)));
}

#[test]
fn a_listing_resumes_from_a_marker_or_a_saved_page() {
    let pages = list_multipart_uploads_pages(10, 4);
    let first = ListMultipartUploadsRequest::new().with_page_size(4);
    let response = ListMultipartUploadsResponse::decode(pages[0].as_bytes()).unwrap();
    let next = first.next_request(&response).unwrap().unwrap();
    // From the pager's marker text.
    let text = next.marker().unwrap().into_owned();
    assert_eq!(first.clone().resume_from(&text).unwrap(), next);
    // From a saved normalized page: both of its markers.
    let page = first.page(&response).unwrap();
    let resumed = first
        .clone()
        .resume_from(page.next_marker.as_deref().unwrap())
        .unwrap()
        .with_upload_id_marker(page.next_upload_id_marker.clone().unwrap());
    assert_eq!(resumed, next);
    let rest = list_all(resumed, serve(&pages[1..], &mut Vec::new())).unwrap();
    assert_eq!(rest.len(), 6);
}

#[test]
fn a_service_error_mid_listing_stops_it_whole() {
    let mut pages = list_multipart_uploads_pages(10, 4);
    pages[1] = String::from_utf8(fixture("err/list-multipart-uploads/error-body.json")).unwrap();
    let error = list_all(
        ListMultipartUploadsRequest::new().with_page_size(4),
        serve(&pages, &mut Vec::new()),
    )
    .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    assert_eq!(ErrorResponse::from_error(&error).unwrap().code.as_str(), "permission_denied");
}

// ---------------------------------------------------------------------------------------
// Properties.

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn the_response_round_trips(value in codec_testkit::arbitrary!(ListMultipartUploadsResponse)) {
        let wire = value.encode().unwrap();
        let decoded = ListMultipartUploadsResponse::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        prop_assert!(serde_json::from_slice::<serde_json::Value>(&wire).is_ok());
        let json = serde_json::to_string(&value).unwrap();
        let from_json: ListMultipartUploadsResponse<'_> =
            codec_core::json::from_slice(json.as_bytes(), &Limits::default()).unwrap();
        prop_assert_eq!(&from_json, &value);
        // The normalized conversion either succeeds or names the field it could not read.
        if let Err(error) = value.normalize() {
            prop_assert!(error.path().is_some(), "{}", error);
        }
    }

    #[test]
    fn the_request_round_trips(value in codec_testkit::arbitrary!(ListMultipartUploadsRequest)) {
        let wire = value.encode().unwrap();
        let decoded = ListMultipartUploadsRequest::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<ListMultipartUploadsRequest<'_>>(&json).unwrap(), value.clone());
        // The marker text reads back to the same pair.
        if let Some(marker) = value.marker() {
            let resumed = ListMultipartUploadsRequest::new().resume_from(&marker).unwrap();
            prop_assert_eq!(resumed.key_marker, value.key_marker.clone());
            prop_assert_eq!(
                resumed.upload_id_marker.filter(|id| !id.is_empty()),
                value.upload_id_marker.clone().filter(|id| !id.is_empty())
            );
        }
    }

    #[test]
    fn arbitrary_bytes_give_a_value_or_a_one_line_error(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let errors = [
            ListMultipartUploadsResponse::decode(&bytes).err(),
            ListMultipartUploadsRequest::decode(&bytes).err(),
        ];
        for error in errors.into_iter().flatten() {
            prop_assert!(!error.to_string().contains('\n'));
            prop_assert!(error.to_string().starts_with(PREFIX), "{}", error);
            prop_assert!(error.offset().is_none_or(|offset| offset <= bytes.len()), "{}", error);
        }
    }

    #[test]
    fn the_pager_moves_or_stops(
        value in codec_testkit::arbitrary!(ListMultipartUploadsResponse),
        key in proptest::option::of("[a-c]{0,2}"),
        id in proptest::option::of("[0-2]{0,2}"),
    ) {
        let request = ListMultipartUploadsRequest {
            key_marker: key.map(Into::into),
            upload_id_marker: id.map(Into::into),
            ..Default::default()
        };
        match request.next_request(&value) {
            Ok(Some(next)) => {
                prop_assert!(value.has_more != Some(false));
                let pair = (next.key_marker.as_deref(), next.upload_id_marker.as_deref());
                let own = (request.key_marker.as_deref(), request.upload_id_marker.as_deref().filter(|id| !id.is_empty()));
                prop_assert!(pair != own);
                prop_assert!(next.key_marker.as_deref().is_some_and(|key| !key.is_empty()));
                if let Ok(page) = request.page(&value) {
                    prop_assert_eq!(page.next_marker.as_deref(), next.key_marker.as_deref());
                    prop_assert_eq!(page.next_upload_id_marker.as_deref(), next.upload_id_marker.as_deref());
                }
                let same = ListMultipartUploadsRequest {
                    key_marker: request.key_marker.clone(),
                    upload_id_marker: request.upload_id_marker.clone(),
                    ..next
                };
                prop_assert_eq!(same, request);
            }
            Ok(None) => {
                prop_assert!(value.next_markers().is_none());
                if let Ok(page) = request.page(&value) {
                    prop_assert_eq!((page.next_marker, page.next_upload_id_marker), (None, None));
                }
            }
            Err(error) => {
                prop_assert_eq!(error.kind(), ErrorKind::Paging, "{}", error);
                prop_assert_eq!(error.path(), Some("next_key_marker"));
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Hostile input.

#[test]
fn the_shared_table_against_responses() {
    let cases = Table::json(LIST_MULTIPART_UPLOADS_RESPONSE.as_bytes())
        .errors_start_with(PREFIX)
        .check(|body| ListMultipartUploadsResponse::decode(body).map(drop));
    eprintln!("ListMultipartUploadsResponse: {cases} cases");
}

#[test]
fn the_shared_table_against_requests() {
    let cases = Table::query(LIST_MULTIPART_UPLOADS_REQUEST.as_bytes())
        .errors_start_with(PREFIX)
        .check(|target| ListMultipartUploadsRequest::decode(target).map(drop));
    eprintln!("ListMultipartUploadsRequest: {cases} cases");
}

#[test]
fn every_truncation_of_every_fixture_is_an_error_or_the_whole_document() {
    check_every_truncation(
        Format::Json,
        &fixtures(DIR, "ok/list-multipart-uploads"),
        PREFIX,
        |body| ListMultipartUploadsResponse::decode(body).map(drop),
    );
    check_every_truncation(
        Format::Query,
        &fixtures(DIR, "ok/list-multipart-uploads-request"),
        PREFIX,
        |target| ListMultipartUploadsRequest::decode(target).map(drop),
    );
}

#[test]
fn the_item_limit_names_the_upload() {
    let body = list_multipart_uploads_page(11);
    let limits = Limits::default().with_max_items(10);
    let error = ListMultipartUploadsResponse::decode_with(body.as_bytes(), &limits).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
    assert_eq!(error.path(), Some("uploads[10]"), "{error}");
    let body = list_multipart_uploads_page(10);
    assert!(ListMultipartUploadsResponse::decode_with(body.as_bytes(), &limits).is_ok());
    // A page of 10,000 uploads, ten times QingStor's largest, fits the default limits.
    let body = list_multipart_uploads_page(10_000);
    assert_eq!(
        ListMultipartUploadsResponse::decode(body.as_bytes()).unwrap().uploads().len(),
        10_000
    );
}

#[test]
fn deep_nesting_in_an_upload_is_a_depth_error() {
    let body = format!(
        r#"{{"uploads": [{{"upload_id": "1", "x": {}{}}}]}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let error = ListMultipartUploadsResponse::decode(body.as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
    assert_eq!(error.path(), Some("uploads[0].x"));
}

#[test]
fn a_date_that_is_not_one_is_named_when_normalizing() {
    let body = br#"{"uploads":[{"upload_id":"a"},{"upload_id":"b","created":"yesterday"}]}"#;
    let response = ListMultipartUploadsResponse::decode(body).unwrap();
    let error = response.normalize().unwrap_err();
    assert_eq!(error.path(), Some("uploads[1].created"));
    assert!(error.to_string().starts_with(PREFIX), "{error}");
    let upload =
        PendingUpload { created: Some("2016-12-24T17:15:30+08:00".into()), ..Default::default() };
    assert_eq!(upload.created_time().unwrap().unwrap().to_string(), "2016-12-24T09:15:30Z");
}
