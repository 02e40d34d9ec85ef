//! The listing API on UFile's two operations: `ListRequest` (pager, page, marker,
//! resume_from), `list_all` over the example page chains, a body that is not a page,
//! an error body in the middle of a listing, page-size bounds and the item limit.

use std::borrow::Cow;

use codec_core::listing::{ListRequest, for_each_page, list_all, list_all_with};
use codec_core::{Decode, Error, ErrorKind, Limits, Vendor};
use codec_ufile::examples::{get_multi_upload_id_pages, get_multi_upload_part_pages};
use codec_ufile::{
    ErrorResponse, GetMultiUploadIdRequest, GetMultiUploadIdResponse, GetMultiUploadPartRequest,
    GetMultiUploadPartResponse,
};

const UPLOAD_ID: &str = "e5af977e-329c-4a25-b907-d8bc39ff95e3";

/// A transport serving `pages` in order, checking that each request carries the
/// marker `expected` names for it.
fn serve<'p, R: ListRequest>(
    pages: &'p [String],
    expected: impl Fn(usize) -> Option<String>,
) -> impl FnMut(&R) -> Result<&'p [u8], Error> {
    let mut served = 0;
    move |request: &R| {
        assert_eq!(request.marker().map(Cow::into_owned), expected(served), "page {served}");
        let page = pages.get(served).ok_or_else(|| Error::paging("asked past the last page"))?;
        served += 1;
        Ok(page.as_bytes())
    }
}

#[test]
fn list_all_collects_every_part_across_the_example_pages() {
    for (parts, per_page) in [(250, 100), (200, 100), (1, 1), (0, 10), (7, 0), (5, 1_000)] {
        let pages = get_multi_upload_part_pages(parts, per_page);
        assert_eq!(pages.len(), parts.div_ceil(per_page.max(1)).max(1), "{parts}/{per_page}");
        let step = per_page.max(1);
        let first = GetMultiUploadPartRequest::new(UPLOAD_ID).with_page_size(step as u32);
        let listed = list_all(
            first,
            serve(&pages, |page| page.checked_sub(1).map(|p| ((p + 1) * step - 1).to_string())),
        )
        .unwrap();
        let numbers: Vec<u32> = listed.iter().map(|part| part.number).collect();
        assert_eq!(numbers, (0..parts as u32).collect::<Vec<_>>(), "{parts}/{per_page}");
        assert!(listed.iter().all(|part| part.size == Some(33_554_432) && part.etag.is_some()));
    }
}

#[test]
fn list_all_collects_every_upload_across_the_example_pages() {
    for (uploads, per_page) in [(45, 20), (40, 20), (1, 1), (0, 20), (3, 0)] {
        let pages = get_multi_upload_id_pages(uploads, per_page);
        let step = per_page.max(1);
        let first = GetMultiUploadIdRequest::new().with_page_size(step as u32);
        let listed = list_all(
            first,
            serve(&pages, |page| {
                page.checked_sub(1).map(|p| format!("large_file_version_{}", (p + 1) * step - 1))
            }),
        )
        .unwrap();
        assert_eq!(listed.len(), uploads, "{uploads}/{per_page}");
        let keys: Vec<_> = listed.iter().map(|upload| upload.key.clone().unwrap()).collect();
        let expected: Vec<_> = (0..uploads).map(|n| format!("large_file_version_{n}")).collect();
        assert_eq!(keys, expected);
    }
}

#[test]
fn for_each_page_hands_over_pages_with_the_requests_upload_id() {
    // The 2023 shape names the upload; a body that does not gets the request's.
    let pages =
        [r#"{"Parts":[{"PartNum":0}],"IsTruncated":true,"NextPartNumberMarker":0}"#.to_owned()];
    let mut seen = Vec::new();
    let count = for_each_page(
        GetMultiUploadPartRequest::new("from-the-request"),
        &Limits::default(),
        serve(&pages[..], |_| None),
        |page| {
            seen.push((page.upload_id.map(Cow::into_owned), page.next_marker.map(Cow::into_owned)));
            Err::<(), Error>(Error::paging("stop after the first"))
        },
    );
    assert_eq!(count.unwrap_err().message(), "stop after the first");
    assert_eq!(seen, [(Some("from-the-request".to_owned()), Some("0".to_owned()))]);
}

#[test]
fn page_and_marker_of_the_part_request() {
    let request = GetMultiUploadPartRequest::new("u");
    assert_eq!(request.marker(), None);
    assert_eq!(request.clone().with_marker(0).marker().as_deref(), Some("0"));
    let body = get_multi_upload_part_pages(3, 2).remove(0);
    let response = GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap();
    let page = request.page(&response).unwrap();
    assert_eq!(page.upload_id.as_deref(), Some(UPLOAD_ID)); // the body's, not the request's
    assert_eq!(
        (page.parts.len(), page.next_marker.as_deref(), page.truncated),
        (2, Some("1"), Some(true))
    );
    let next = request.next_request(&response).unwrap().unwrap();
    assert_eq!(next.marker().as_deref(), page.next_marker.as_deref());
}

#[test]
fn resume_from_takes_a_next_marker_and_refuses_what_is_not_one() {
    let request = GetMultiUploadPartRequest::new("u").with_page_size(10);
    let resumed = request.clone().resume_from("41").unwrap();
    assert_eq!((resumed.part_number_marker, resumed.max_parts), (Some(41), Some(10)));
    assert_eq!(request.clone().resume_from("0").unwrap().part_number_marker, Some(0));
    for bad in ["", "x", "-1", "1.5", " 1", "4294967296"] {
        let error = request.clone().resume_from(bad).unwrap_err();
        assert_eq!(error.path(), Some("part-number-marker"), "{bad:?}: {error}");
        assert_eq!(error.vendor(), Some(Vendor::Ufile), "{error}");
        assert!(error.to_string().starts_with("ufile get-multi-upload-part: "), "{error}");
    }

    let request = GetMultiUploadIdRequest::new().with_prefix("lar");
    let resumed = request.clone().resume_from("large_file_version_4").unwrap();
    assert_eq!((resumed.marker.as_ref(), resumed.prefix.as_ref()), ("large_file_version_4", "lar"));
    assert_eq!(resumed.marker().as_deref(), Some("large_file_version_4"));
    let error = request.resume_from("").unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some("marker")));
    assert!(error.to_string().starts_with("ufile get-multi-upload-id: "), "{error}");
}

#[test]
fn a_marker_that_does_not_move_is_a_paging_error() {
    for (current, next) in [(5, 5), (5, 3)] {
        let body = format!(
            r#"{{"Parts":[{{"PartNum":{next}}}],"IsTruncated":true,"NextPartNumberMarker":{next}}}"#
        );
        let response = GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap();
        let request = GetMultiUploadPartRequest::new("u").with_marker(current);
        let error = request.next_request(&response).unwrap_err();
        assert_eq!((error.kind(), error.path()), (ErrorKind::Paging, Some("NextPartNumberMarker")));
        assert!(error.to_string().starts_with("ufile get-multi-upload-part: "), "{error}");
    }
    let response =
        GetMultiUploadIdResponse::decode(br#"{"DataSet":[],"NextMarker":"a","RetCode":0}"#)
            .unwrap();
    let error =
        GetMultiUploadIdRequest::new().with_marker("a").next_request(&response).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::Paging, Some("NextMarker")));
    assert!(error.to_string().starts_with("ufile get-multi-upload-id: "), "{error}");

    // The loop stops too: page 2 gives page 1's marker again.
    let pages = [
        r#"{"DataSet":[],"NextMarker":"a","RetCode":0}"#.to_owned(),
        r#"{"DataSet":[],"NextMarker":"a","RetCode":0}"#.to_owned(),
    ];
    let error = list_all(
        GetMultiUploadIdRequest::new(),
        serve(&pages[..], |page| (page > 0).then(|| "a".to_owned())),
    )
    .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Paging, "{error}");
}

#[test]
fn an_error_body_as_page_2_says_what_ufile_said_and_whether_to_retry() {
    for (body, code, message, retryable) in [
        (r#"{"RetCode":-30010,"ErrMsg":"bucket not exist"}"#, "-30010", "bucket not exist", false),
        (r#"{"RetCode":153,"Message":"request throttled"}"#, "153", "request throttled", true),
        (
            r#"{"ErrMsg":"service unavailable","RetCode":15004}"#,
            "15004",
            "service unavailable",
            true,
        ),
    ] {
        let mut pages = get_multi_upload_part_pages(4, 2);
        pages[1] = body.to_owned();
        let first = GetMultiUploadPartRequest::new(UPLOAD_ID).with_page_size(2);
        let error =
            list_all(first, serve(&pages, |page| (page > 0).then(|| "1".to_owned()))).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Service, "{error}");
        let said = error.service_error().unwrap();
        assert_eq!((said.code.as_ref(), said.message.as_deref()), (code, Some(message)));
        assert_eq!(error.is_retryable(), retryable, "{error}");
        assert_eq!(ErrorResponse::from_error(&error).unwrap().is_retryable(), retryable);

        let mut pages = get_multi_upload_id_pages(4, 2);
        pages[1] = body.to_owned();
        let first = GetMultiUploadIdRequest::new().with_page_size(2);
        let error = list_all(
            first,
            serve(&pages, |page| (page > 0).then(|| "large_file_version_1".to_owned())),
        )
        .unwrap_err();
        assert_eq!(error.service_error().unwrap().code, code);
        assert_eq!(error.is_retryable(), retryable, "{error}");
    }
}

#[test]
fn the_whole_error_body_is_kept_with_its_action() {
    let body = std::fs::read(format!(
        "{}/fixtures/ok/error/ours-message-and-action.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    for error in [
        GetMultiUploadPartResponse::decode(&body).unwrap_err(),
        GetMultiUploadIdResponse::decode(&body).unwrap_err(),
        // A success body whose RetCode is not 0 is the error body too.
        GetMultiUploadPartResponse::decode(
            br#"{"Parts":[],"Action":"GetMultiUploadPartResponse","ErrMsg":"","Message":"upload id not exist","RetCode":-30011}"#,
        )
        .unwrap_err(),
    ] {
        assert_eq!(error.kind(), ErrorKind::Service, "{error}");
        let sent = ErrorResponse::from_error(&error).unwrap();
        assert_eq!(sent.action.as_deref(), Some("GetMultiUploadPartResponse"));
        assert_eq!((sent.ret_code, sent.message.as_deref()), (-30011, Some("upload id not exist")));
        assert_eq!(sent.err_msg.as_deref(), Some(""));
        assert_eq!(error.service_body::<ErrorResponse<'static>>(), Some(sent));
        assert!(!error.is_retryable());
        assert_eq!(error.service_error().unwrap().message.as_deref(), Some("upload id not exist"));
    }
    assert!(ErrorResponse::from_error(&Error::syntax("not a service error")).is_none());
}

#[test]
fn the_retryable_codes_are_the_documented_transient_ones() {
    let retryable = [110, 130, 150, 153, 15004, 15005, 15006, 15007, 15012, 15027, 15022];
    let not = [0, -1, -30010, -30011, -148660, -148671, 160, 171, 299, 15010, 15014, 15023, 2000];
    for (codes, expected) in [(&retryable[..], true), (&not[..], false)] {
        for ret_code in codes {
            let body = ErrorResponse { ret_code: *ret_code, ..ErrorResponse::default() };
            assert_eq!(body.is_retryable(), expected, "{ret_code}");
        }
    }
}

#[test]
fn a_body_that_is_not_a_page_is_a_missing_field() {
    for body in [&b"{}"[..], br#"{"message":"boom"}"#, br#"{"NextMarker":"","ErrMsg":""}"#] {
        let error = GetMultiUploadPartResponse::decode(body).unwrap_err();
        assert_eq!(
            (error.kind(), error.path(), error.offset()),
            (ErrorKind::MissingField, Some("Parts"), Some(0))
        );
        let error = GetMultiUploadIdResponse::decode(body).unwrap_err();
        assert_eq!(
            (error.kind(), error.path(), error.offset()),
            (ErrorKind::MissingField, Some("DataSet"), Some(0)),
            "{error}"
        );
        assert!(error.to_string().starts_with("ufile get-multi-upload-id: "), "{error}");
    }
    // At the object, after the whitespace before it, for both.
    let body = b"\n  {}";
    assert_eq!(GetMultiUploadPartResponse::decode(body).unwrap_err().offset(), Some(3));
    assert_eq!(GetMultiUploadIdResponse::decode(body).unwrap_err().offset(), Some(3));
    // Either member makes a page; the service error still comes first.
    for body in
        [&br#"{"RetCode":0}"#[..], br#"{"DataSet":null}"#, br#"{"DataSet":[],"IsTruncated":false}"#]
    {
        let page = GetMultiUploadIdResponse::decode(body).unwrap();
        assert!(page.uploads().is_empty());
    }
    let error = GetMultiUploadIdResponse::decode(br#"{"RetCode":-1}"#).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
}

#[test]
fn page_sizes_are_at_least_1_both_ways() {
    let error =
        GetMultiUploadPartRequest::decode(b"muploadpart&uploadId=u&max-parts=0").unwrap_err();
    assert_eq!(
        (error.kind(), error.path()),
        (ErrorKind::InvalidValue, Some("max-parts")),
        "{error}"
    );
    let error =
        GetMultiUploadPartRequest::new("u").with_page_size(0).to_query_string().unwrap_err();
    assert_eq!(error.path(), Some("max-parts"), "{error}");
    let max = GetMultiUploadPartRequest::new("u").with_page_size(u32::MAX);
    assert!(max.to_query_string().unwrap().ends_with("max-parts=4294967295"));

    let error = GetMultiUploadIdRequest::decode(b"muploadid&limit=0").unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some("limit")), "{error}");
    let error = GetMultiUploadIdRequest::new().with_page_size(0).to_query_string().unwrap_err();
    assert_eq!(error.path(), Some("limit"), "{error}");
    assert!(GetMultiUploadIdRequest::new().with_page_size(1).to_query_string().is_ok());
}

#[test]
fn the_item_limit_names_the_wire_list_and_index() {
    let limits = Limits::default().with_max_items(50);
    let pages = get_multi_upload_part_pages(100, 100);
    let error =
        list_all_with(GetMultiUploadPartRequest::new("u"), &limits, serve(&pages, |_| None))
            .unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::LimitExceeded, Some("Parts[50]")));
    let pages = get_multi_upload_id_pages(100, 100);
    let error = list_all_with(GetMultiUploadIdRequest::new(), &limits, serve(&pages, |_| None))
        .unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::LimitExceeded, Some("DataSet[50]")));
}
