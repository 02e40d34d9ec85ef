//! List Multipart Uploads, every layer: the golden suite over `fixtures/*/list-multipart-uploads*`,
//! round-trip properties, the shared hostile table, the pager over the marker pair under
//! `codec_core::listing`, the `+` rule under `encoding-type=url`, and allocations per
//! decode.

use codec_core::listing::{ListRequest, for_each_page, list_all};
use codec_core::{Decode, Encode, Error, ErrorKind, Limits, Normalize, Vendor};
use codec_cos::examples::{
    LIST_MULTIPART_UPLOADS_REQUEST, LIST_MULTIPART_UPLOADS_RESPONSE, list_multipart_uploads_page,
    list_multipart_uploads_pages,
};
use codec_cos::list_multipart_uploads::{CommonPrefixesElement, UploadIdElement};
use codec_cos::list_parts::EncodingTypeElement;
use codec_cos::{
    EncodingType, ErrorResponse, ListMultipartUploadsRequest, ListMultipartUploadsResult,
    PendingUpload,
};
use codec_testkit::fixtures;
use codec_testkit::hostile::{Format, Table, check_every_truncation};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

const DIR: &str = env!("CARGO_MANIFEST_DIR");
const PREFIX: &str = "cos list-multipart-uploads: ";

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{DIR}/fixtures/{name}")).unwrap()
}

codec_testkit::golden_suite! {
    ListMultipartUploadsResult: list_multipart_uploads_responses("ok/list-multipart-uploads/*.xml", normalized),
        hostile_list_multipart_uploads_responses("err/list-multipart-uploads/*");
    ListMultipartUploadsRequest: list_multipart_uploads_requests("ok/list-multipart-uploads-request/*.txt"),
        hostile_list_multipart_uploads_requests("err/list-multipart-uploads-request/*.txt");
}

#[test]
fn embedded_examples_are_the_fixtures() {
    let text = |name: &str| String::from_utf8(fixture(name)).unwrap();
    assert_eq!(LIST_MULTIPART_UPLOADS_RESPONSE, text("ok/list-multipart-uploads/doc-example.xml"));
    assert_eq!(
        LIST_MULTIPART_UPLOADS_REQUEST,
        text("ok/list-multipart-uploads-request/doc-example.txt")
    );
}

// ---------------------------------------------------------------------------------------
// The documented bodies, spellings and dates.

#[test]
fn the_documented_example_decodes_and_normalizes() {
    let result =
        ListMultipartUploadsResult::decode(LIST_MULTIPART_UPLOADS_RESPONSE.as_bytes()).unwrap();
    assert_eq!(result.uploads().len(), 3);
    assert_eq!(result.encoding_type_element, EncodingTypeElement::EncodingDashUpperType);
    assert_eq!(result.encoding_type.as_ref().map(|e| e.as_str()), Some(""));
    assert_eq!(result.key_marker.as_deref(), Some(""));
    assert_eq!((result.delimiter.as_deref(), result.is_truncated), (Some("/"), Some(false)));
    let page = result.normalize().unwrap();
    assert_eq!(page.vendor, Vendor::Cos);
    assert_eq!(page.uploads[1].key.as_deref(), Some("Object"));
    assert_eq!(page.uploads[1].initiated.unwrap().to_string(), "2017-01-18T16:12:38Z");
    assert_eq!((page.next_marker, page.next_upload_id_marker), (None, None));
    assert_eq!(page.truncated, Some(false));
    assert!(page.prefixes.is_empty());
}

#[test]
fn every_spelling_is_read_and_written_back() {
    let old = fixture("ok/list-multipart-uploads/doc-old-UploadID.xml");
    let result = ListMultipartUploadsResult::decode(&old).unwrap();
    assert!(result.uploads.iter().all(|u| u.upload_id_element == UploadIdElement::UploadID));
    let wire = String::from_utf8(result.encode().unwrap()).unwrap();
    assert_eq!(wire.matches("<UploadID>").count(), 3, "{wire}");
    assert!(!wire.contains("<UploadId>"));

    let go = fixture("ok/list-multipart-uploads/go-sdk-list-multipart-uploads-2.xml");
    let result = ListMultipartUploadsResult::decode(&go).unwrap();
    assert_eq!(result.common_prefixes_element, CommonPrefixesElement::CommonPrefixs);
    assert_eq!(result.normalize().unwrap().prefixes, ["test/"]);
    let wire = String::from_utf8(result.encode().unwrap()).unwrap();
    assert!(wire.contains("<CommonPrefixs><Prefix>test/</Prefix></CommonPrefixs>"), "{wire}");
    // ISO 8601 dates, and an empty DisplayName.
    let page = result.normalize().unwrap();
    assert_eq!(page.uploads[0].initiated.unwrap().to_string(), "2017-06-12T10:13:05Z");
    assert_eq!(result.uploads[0].owner.as_ref().unwrap().display_name.as_deref(), Some(""));

    for (element, name) in [
        ("Encoding-Type", EncodingTypeElement::EncodingDashUpperType),
        ("Encoding-type", EncodingTypeElement::EncodingDashLowerType),
        ("EncodingType", EncodingTypeElement::EncodingType),
    ] {
        let body = format!(
            "<ListMultipartUploadsResult><{element}>url</{element}></ListMultipartUploadsResult>"
        );
        let result = ListMultipartUploadsResult::decode(body.as_bytes()).unwrap();
        assert_eq!(result.encoding_type_element, name);
        assert!(result.is_url_encoded());
        let wire = result.encode().unwrap();
        assert!(wire.ends_with(body.as_bytes()), "{}", String::from_utf8_lossy(&wire));
    }
}

#[test]
fn the_old_english_example_is_refused_where_it_goes_wrong() {
    let body = fixture("err/list-multipart-uploads/doc-old-en-malformed.xml");
    let error = ListMultipartUploadsResult::decode(&body).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Syntax, "{error}");
    assert!(error.to_string().starts_with(PREFIX), "{error}");
    // The first `</Initiator>`, which meets an open `<UIN>`.
    let at = String::from_utf8_lossy(&body).find("</Initiator>").unwrap();
    assert_eq!(error.offset(), Some(at), "{error}");
}

#[test]
fn an_error_body_in_place_of_a_page_says_what_cos_said() {
    let error =
        ListMultipartUploadsResult::decode(&fixture("err/list-multipart-uploads/error-body.xml"))
            .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    assert_eq!(error.service_error().unwrap().code, "AccessDenied");
    assert!(!error.is_retryable());
    let body = ErrorResponse::from_error(&error).unwrap();
    assert_eq!(body.request_id.as_deref(), Some("NWU3YjJk"));
    let error =
        ListMultipartUploadsResult::decode(b"<Error><Code>SlowDown</Code></Error>").unwrap_err();
    assert!(error.is_retryable());
}

// ---------------------------------------------------------------------------------------
// `encoding-type=url`: keys, markers and prefixes decoded, `+` kept.

#[test]
fn url_encoded_pages_are_decoded_in_the_model_and_kept_in_the_typed_form() {
    let body = fixture("ok/list-multipart-uploads/ours-url-encoded-truncated.xml");
    let result = ListMultipartUploadsResult::decode(&body).unwrap();
    assert_eq!(result.uploads[0].key.as_deref(), Some("photos%2Fa%26b%3Cc%3E.jpg"));
    let page = result.normalize().unwrap();
    assert_eq!(page.uploads[0].key.as_deref(), Some("photos/a&b<c>.jpg"));
    // A bare `+` is a `+`; `%2B` is one too, and `%20` a space.
    assert_eq!(page.uploads[1].key.as_deref(), Some("photos/腾讯云++ b.jpg"));
    assert_eq!(page.next_marker.as_deref(), Some("photos/腾讯云++ b.jpg"));
    assert_eq!(
        page.next_upload_id_marker.as_deref(),
        Some("1585130821cbb7df1d11846c073ad648e8f33b087cec2381df437acdc833cf654b9ecc6361")
    );
    assert_eq!(page.prefixes, ["photos/2020/", "photos/2021/"]);
    assert_eq!(page.truncated, Some(true));
    assert_eq!(page.uploads[1].initiated.unwrap().to_string(), "2020-03-25T18:07:14Z");

    // The pager sends the decoded pair: the query string encodes it once.
    let request = ListMultipartUploadsRequest::new()
        .with_prefix("photos/")
        .with_delimiter("/")
        .with_encoding_type(EncodingType::URL)
        .with_page_size(2)
        .with_marker("photos/2019/");
    let next = request.next_request(&result).unwrap().unwrap();
    assert_eq!(next.key_marker.as_deref(), Some("photos/腾讯云++ b.jpg"));
    assert_eq!(
        next.to_query_string().unwrap(),
        "uploads&prefix=photos%2F&delimiter=%2F&encoding-type=url&max-uploads=2&\
         key-marker=photos%2F%E8%85%BE%E8%AE%AF%E4%BA%91%2B%2B%20b.jpg&upload-id-marker=\
         1585130821cbb7df1d11846c073ad648e8f33b087cec2381df437acdc833cf654b9ecc6361"
    );
}

#[test]
fn list_parts_and_list_multipart_uploads_decode_a_plus_alike() {
    let key = "dir%2Fa+b%20c%2Bd";
    let parts = codec_cos::ListPartsResult {
        key: Some(key.into()),
        encoding_type: Some(EncodingType::URL),
        ..Default::default()
    };
    let uploads = ListMultipartUploadsResult {
        encoding_type: Some(EncodingType::URL),
        uploads: vec![PendingUpload {
            key: Some(key.into()),
            upload_id: "u".into(),
            ..Default::default()
        }],
        ..Default::default()
    };
    let from_parts = parts.normalize().unwrap().key.unwrap().into_owned();
    let from_uploads = uploads.normalize().unwrap().uploads[0].key.clone().unwrap().into_owned();
    assert_eq!(from_parts, "dir/a+b c+d");
    assert_eq!(from_uploads, from_parts);
}

// ---------------------------------------------------------------------------------------
// The request.

#[test]
fn the_builder_speaks_the_shared_vocabulary() {
    let request = ListMultipartUploadsRequest::new()
        .with_prefix("dir/")
        .with_delimiter("/")
        .with_encoding_type(EncodingType::URL)
        .with_page_size(10)
        .with_marker("dir/a b")
        .with_upload_id_marker("1484");
    assert_eq!(
        request.to_target().unwrap(),
        "/?uploads&prefix=dir%2F&delimiter=%2F&encoding-type=url&max-uploads=10&\
         key-marker=dir%2Fa%20b&upload-id-marker=1484"
    );
    assert_eq!(
        ListMultipartUploadsRequest::decode(request.to_target().unwrap().as_bytes()).unwrap(),
        request
    );
    assert_eq!(
        ListMultipartUploadsRequest::decode(request.encode().unwrap().as_slice()).unwrap(),
        request
    );
    assert_eq!(ListMultipartUploadsRequest::new().to_target().unwrap(), "/?uploads");
}

#[test]
fn the_page_size_is_1_to_1000_decoding_and_encoding() {
    for size in [1, 1_000] {
        assert!(ListMultipartUploadsRequest::new().with_page_size(size).to_query_string().is_ok());
    }
    for size in [0, 1_001] {
        let request = ListMultipartUploadsRequest::new().with_page_size(size);
        let error = request.to_query_string().unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidValue, "{size}: {error}");
        assert_eq!(error.path(), Some("max-uploads"));
        assert!(error.to_string().starts_with(PREFIX), "{error}");
        assert!(request.encode().is_err());
        let target = format!("?uploads&max-uploads={size}");
        let error = ListMultipartUploadsRequest::decode(target.as_bytes()).unwrap_err();
        assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some("max-uploads")));
    }
}

#[test]
fn empty_parameters_are_kept_and_start_the_listing() {
    let target = fixture("ok/list-multipart-uploads-request/ours-empty-parameters.txt");
    let request = ListMultipartUploadsRequest::decode(&target).unwrap();
    assert_eq!(request.key_marker.as_deref(), Some(""));
    assert_eq!(request.marker(), None, "an empty key marker starts at the beginning");
    assert!(request.is_url_encoded());
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
fn list_all_follows_the_marker_pair_through_keys_split_across_pages() {
    // Three uploads a key, four a page: pages end inside a key, so a key marker alone
    // would skip uploads, and the key marker repeats from page to page.
    for (uploads, per_page) in [(10, 4), (9, 3), (7, 1), (0, 5), (2_500, 1_000)] {
        let pages = list_multipart_uploads_pages(uploads, per_page);
        let mut targets = Vec::new();
        let first = ListMultipartUploadsRequest::new().with_page_size(per_page as u32);
        let listed = list_all(first, serve(&pages, &mut targets)).unwrap();
        assert_eq!(listed.len(), uploads, "{uploads} / {per_page}");
        assert_eq!(targets.len(), pages.len());
        let whole = list_multipart_uploads_page(uploads);
        let every = ListMultipartUploadsResult::decode(whole.as_bytes()).unwrap();
        let expected: Vec<_> = every.uploads.iter().map(|u| u.upload_id.as_ref()).collect();
        let got: Vec<_> = listed.iter().map(|u| u.upload_id.as_ref()).collect();
        assert_eq!(got, expected);
    }
    let pages = list_multipart_uploads_pages(10, 4);
    let mut targets = Vec::new();
    list_all(ListMultipartUploadsRequest::new().with_page_size(4), serve(&pages, &mut targets))
        .unwrap();
    assert_eq!(targets[0], "/?uploads&max-uploads=4");
    assert!(
        targets[1].starts_with(
            "/?uploads&max-uploads=4&key-marker=exampleobject-00001&upload-id-marker=1484726660"
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
            ));
            Ok(())
        },
    )
    .unwrap();
    assert_eq!(count, 3);
    assert_eq!(seen[0].0.as_deref(), Some("exampleobject-00000"));
    assert_eq!(seen[1].0.as_deref(), Some("exampleobject-00001"));
    assert!(seen[0].1.as_deref().unwrap().starts_with("1484726658"));
    assert_eq!(seen[2], (None, None));
}

#[test]
fn a_listing_resumes_from_a_marker_or_a_saved_page() {
    let pages = list_multipart_uploads_pages(10, 4);
    let first = ListMultipartUploadsRequest::new().with_page_size(4);
    let response = ListMultipartUploadsResult::decode(pages[0].as_bytes()).unwrap();
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
    let mut targets = Vec::new();
    let rest = list_all(resumed, serve(&pages[1..], &mut targets)).unwrap();
    assert_eq!(rest.len(), 6);
}

#[test]
fn a_service_error_mid_listing_stops_it_whole() {
    let mut pages = list_multipart_uploads_pages(10, 4);
    pages[1] = String::from_utf8(fixture("err/list-multipart-uploads/error-body.xml")).unwrap();
    let mut targets = Vec::new();
    let error =
        list_all(ListMultipartUploadsRequest::new().with_page_size(4), serve(&pages, &mut targets))
            .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    assert_eq!(ErrorResponse::from_error(&error).unwrap().code, "AccessDenied");
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
    fn the_result_round_trips(value in codec_testkit::arbitrary!(ListMultipartUploadsResult)) {
        let wire = value.encode().unwrap();
        let decoded = ListMultipartUploadsResult::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));

        // The JSON form names each element one way; the rest survives.
        let json = serde_json::to_string(&value).unwrap();
        let from_json: ListMultipartUploadsResult<'_> = serde_json::from_str(&json).unwrap();
        let one_spelling = ListMultipartUploadsResult {
            encoding_type_element: EncodingTypeElement::default(),
            common_prefixes_element: CommonPrefixesElement::default(),
            uploads: value
                .uploads
                .iter()
                .map(|u| PendingUpload { upload_id_element: UploadIdElement::default(), ..u.clone() })
                .collect(),
            ..value.clone()
        };
        prop_assert_eq!(from_json, one_spelling);

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
            ListMultipartUploadsResult::decode(&bytes).err(),
            ListMultipartUploadsRequest::decode(&bytes).err(),
        ];
        for error in errors.into_iter().flatten() {
            prop_assert!(!error.to_string().contains('\n'));
            prop_assert!(error.offset().is_none_or(|offset| offset <= bytes.len()), "{}", error);
        }
    }

    #[test]
    fn the_pager_moves_or_stops(
        value in codec_testkit::arbitrary!(ListMultipartUploadsResult),
        key in proptest::option::of("[a-c]{0,2}"),
        id in proptest::option::of("[0-2]{0,2}"),
    ) {
        let request = ListMultipartUploadsRequest { key_marker: key.map(Into::into), upload_id_marker: id.map(Into::into), ..Default::default() };
        match request.next_request(&value) {
            Ok(Some(next)) => {
                prop_assert_eq!(value.is_truncated, Some(true));
                prop_assert!((next.key_marker.as_deref(), next.upload_id_marker.as_deref())
                    != (request.key_marker.as_deref(), request.upload_id_marker.as_deref()));
                prop_assert!(next.key_marker.as_deref().is_some_and(|key| !key.is_empty()));
                let page = request.page(&value);
                if let Ok(page) = page {
                    prop_assert_eq!(page.next_marker.as_deref(), next.key_marker.as_deref());
                    prop_assert_eq!(page.next_upload_id_marker.as_deref(), next.upload_id_marker.as_deref());
                }
                let same = ListMultipartUploadsRequest { key_marker: request.key_marker.clone(), upload_id_marker: request.upload_id_marker.clone(), ..next };
                prop_assert_eq!(same, request);
            }
            Ok(None) => prop_assert!(value.is_truncated != Some(true)),
            Err(error) => {
                prop_assert!(matches!(error.kind(), ErrorKind::Paging | ErrorKind::Syntax), "{}", error);
                prop_assert!(error.path().is_some(), "{}", error);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// Hostile input.

#[test]
fn the_shared_table_against_responses() {
    let cases = Table::xml(LIST_MULTIPART_UPLOADS_RESPONSE.as_bytes())
        .errors_start_with(PREFIX)
        .check(|body| ListMultipartUploadsResult::decode(body).map(drop));
    eprintln!("ListMultipartUploadsResult: {cases} cases");
}

#[test]
fn the_shared_table_against_requests() {
    let cases =
        Table::query(b"/?uploads&prefix=photos%2F&max-uploads=100&key-marker=a&upload-id-marker=1")
            .errors_start_with(PREFIX)
            .check(|target| ListMultipartUploadsRequest::decode(target).map(drop));
    eprintln!("ListMultipartUploadsRequest: {cases} cases");
}

#[test]
fn every_truncation_of_every_fixture_is_an_error_or_a_whole_document() {
    // Every fixture but the empty root, which has no inside to cut.
    let mut bodies = fixtures(DIR, "ok/list-multipart-uploads");
    bodies.retain(|(name, _)| !name.ends_with("ours-empty-root.xml"));
    check_every_truncation(Format::Xml, &bodies, PREFIX, |body| {
        ListMultipartUploadsResult::decode(body).map(drop)
    });
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
    let error = ListMultipartUploadsResult::decode_with(body.as_bytes(), &limits).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
    assert_eq!(error.path(), Some("Upload[10]"), "{error}");
    assert!(
        ListMultipartUploadsResult::decode_with(
            list_multipart_uploads_page(10).as_bytes(),
            &limits
        )
        .is_ok()
    );
}

#[test]
fn deep_nesting_in_an_upload_is_a_depth_error() {
    let body = format!(
        "<ListMultipartUploadsResult><Upload><UploadId>1</UploadId><Unknown>{}{}</Unknown></Upload></ListMultipartUploadsResult>",
        "<a>".repeat(100_000),
        "</a>".repeat(100_000)
    );
    let error = ListMultipartUploadsResult::decode(body.as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
}

// ---------------------------------------------------------------------------------------
// Allocations.

mod allocations {
    use codec_testkit::allocations::{
        assert_allocations_per_page, assert_no_allocation_per_item, count, counted,
    };

    use super::*;

    fn decode_allocations(uploads: usize) -> u64 {
        let body = list_multipart_uploads_page(uploads);
        let (decoded, allocations) =
            counted(|| ListMultipartUploadsResult::decode(body.as_bytes()).unwrap());
        assert_eq!(decoded.uploads.len(), uploads);
        allocations
    }

    #[test]
    fn decoding_makes_no_allocation_per_upload() {
        let counts = assert_no_allocation_per_item::<PendingUpload<'_>>(
            "uploads",
            &[10, 1_000, 10_000],
            decode_allocations,
        );
        eprintln!("allocations per decode of 10 / 1,000 / 10,000 uploads: {counts:?}");
    }

    #[test]
    fn the_normalized_conversion_allocates_per_page_not_per_upload() {
        let per_page = assert_allocations_per_page("normalization", &[10, 1_000], |uploads| {
            let body = list_multipart_uploads_page(uploads);
            let decoded = ListMultipartUploadsResult::decode(body.as_bytes()).unwrap();
            count(|| {
                std::hint::black_box(decoded.normalize().unwrap());
            })
        });
        eprintln!("allocations per normalization: {per_page}");
    }

    #[test]
    fn decoding_a_request_does_not_allocate() {
        let target = b"/?uploads&prefix=photos&max-uploads=100&key-marker=a&upload-id-marker=1";
        assert_eq!(
            count(|| drop(std::hint::black_box(
                ListMultipartUploadsRequest::decode(target).unwrap()
            ))),
            0
        );
    }
}
