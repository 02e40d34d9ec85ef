//! One API across the vendors, QingStor's side: `ListRequest` on `ListMultipartRequest`
//! (the pager, the page, the marker, resuming), whole listings over the generated
//! pages with `list_all`, an error body in the middle of a listing, and the bodies
//! that are not a page.

use codec_core::listing::{ListRequest, for_each_page, list_all};
use codec_core::{Decode, Error, ErrorKind, Limits, Normalize, Vendor};
use codec_qingstor::examples::list_multipart_pages;
use codec_qingstor::{ErrorCode, ErrorResponse, ListMultipartRequest, ListMultipartResponse};

const UPLOAD: &str = "4d26b37a469230619604ecdc0e314782";

/// A transport serving `pages` in order, recording the targets it was sent.
fn serve<'p>(
    pages: &'p [String],
    sent: &'p mut Vec<String>,
) -> impl FnMut(&ListMultipartRequest<'_>) -> Result<&'p [u8], Error> {
    move |request| {
        sent.push(request.to_target()?);
        pages
            .get(sent.len() - 1)
            .map(|page| page.as_bytes())
            .ok_or_else(|| Error::invalid_value("asked for a page past the last"))
    }
}

#[test]
fn list_all_collects_every_part_of_generated_listings() {
    for (parts, per_page, pages) in
        [(0, 3, 1), (1, 1, 2), (5, 2, 3), (4, 2, 3), (2_500, 1_000, 3), (10_000, 1_000, 10)]
    {
        let bodies = list_multipart_pages(parts, per_page);
        assert_eq!(bodies.len(), pages, "{parts} parts by {per_page}");
        let first = ListMultipartRequest::new(UPLOAD).with_key("k").with_page_size(per_page as u32);
        let mut sent = Vec::new();
        let listed = list_all(first, serve(&bodies, &mut sent)).unwrap();
        let numbers: Vec<u32> = listed.iter().map(|part| part.number).collect();
        assert_eq!(numbers, (1..=parts as u32).collect::<Vec<_>>(), "{parts} by {per_page}");
        assert_eq!(sent.len(), pages);
        assert!(sent[0].ends_with(&format!("?upload_id={UPLOAD}&limit={per_page}")));
    }
}

#[test]
fn without_a_page_size_the_listing_costs_one_more_request() {
    // Pages of 2 served to a request with no `limit`: the short page cannot be told
    // from a full one, and an empty page ends the listing.
    let mut bodies = list_multipart_pages(3, 2);
    bodies.push(list_multipart_pages(0, 1).remove(0));
    let mut sent = Vec::new();
    let listed = list_all(ListMultipartRequest::new(UPLOAD), serve(&bodies, &mut sent)).unwrap();
    assert_eq!(listed.len(), 3);
    assert_eq!(sent.len(), 3);
    assert!(sent[2].ends_with("part_number_marker=3"), "{}", sent[2]);
}

#[test]
fn each_page_is_the_answer_to_its_request() {
    let bodies = list_multipart_pages(5, 2);
    let first = ListMultipartRequest::new(UPLOAD).with_key("photos/a b.jpg").with_page_size(2);
    let mut sent = Vec::new();
    let mut seen = Vec::new();
    let pages = for_each_page(first, &Limits::default(), serve(&bodies, &mut sent), |page| {
        assert_eq!(page.upload_id.as_deref(), Some(UPLOAD));
        assert_eq!(page.key.as_deref(), Some("photos/a b.jpg"));
        assert_eq!(page.truncated, None);
        seen.push((page.parts.len(), page.next_marker.map(|marker| marker.into_owned())));
        Ok::<(), Error>(())
    })
    .unwrap();
    assert_eq!(pages, 3);
    let expected = [(2, Some("2".to_owned())), (2, Some("4".to_owned())), (1, None)];
    assert_eq!(seen, expected);
}

#[test]
fn page_is_the_paging_rule_with_the_requests_limit() {
    let body = list_multipart_pages(3, 3).remove(0);
    let response = ListMultipartResponse::decode(body.as_bytes()).unwrap();
    let cases = [(None, Some("3")), (Some(3), Some("3")), (Some(2), Some("3")), (Some(4), None)];
    for (limit, next_marker) in cases {
        let request = ListMultipartRequest { limit, ..ListMultipartRequest::new(UPLOAD) };
        let page = request.page(&response).unwrap();
        assert_eq!(page.next_marker.as_deref(), next_marker, "{limit:?}");
        assert_eq!(page.truncated, None);
        assert_eq!(page.next_marker.is_some(), request.next_request(&response).unwrap().is_some());
        assert_eq!(page.parts, response.normalize().unwrap().parts);
    }
    // The body alone (normalize) knows no limit: rule 1 and 2 only.
    let page = response.normalize().unwrap();
    assert_eq!((page.next_marker.as_deref(), page.truncated), (Some("3"), None));
    let empty = ListMultipartResponse::decode(br#"{"object_parts":[]}"#).unwrap();
    for page in [empty.normalize().unwrap(), ListMultipartRequest::new("u").page(&empty).unwrap()] {
        assert_eq!((page.next_marker, page.truncated), (None, None));
    }
}

#[test]
fn marker_and_resume_from_speak_the_normalized_next_marker() {
    let request = ListMultipartRequest::new(UPLOAD).with_key("k").with_page_size(2);
    assert_eq!(request.marker(), None);
    let body = list_multipart_pages(5, 2).remove(0);
    let response = ListMultipartResponse::decode(body.as_bytes()).unwrap();
    let page = request.page(&response).unwrap();
    let next_marker = page.next_marker.as_deref().unwrap();
    let resumed = request.clone().resume_from(next_marker).unwrap();
    assert_eq!(Some(resumed.clone()), request.next_request(&response).unwrap());
    assert_eq!(resumed.marker().as_deref(), Some("2"));
    assert_eq!(request.clone().resume_from("0").unwrap().part_number_marker, Some(0));
    assert_eq!(request.clone().resume_from("10000").unwrap().part_number_marker, Some(10_000));
    for bad in ["", "x", "-1", "1.5", "10001", "+3", "99999999999"] {
        let error = request.clone().resume_from(bad).unwrap_err();
        assert_eq!(error.path(), Some("part_number_marker"), "{bad:?}: {error}");
        assert_eq!(error.vendor(), Some(Vendor::Qingstor), "{bad:?}: {error}");
        assert!(error.to_string().starts_with("qingstor list-multipart: "), "{error}");
    }
}

#[test]
fn a_marker_that_does_not_move_is_a_paging_error() {
    // The service sends part 2 again for a request that starts after part 2.
    let request = ListMultipartRequest::new(UPLOAD).with_page_size(1).with_marker(2);
    let stuck = ListMultipartResponse::decode(br#"{"object_parts":[{"part_number":2}]}"#).unwrap();
    let error = request.next_request(&stuck).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Paging);
    assert_eq!(error.path(), Some("object_parts"));
    assert!(error.to_string().starts_with("qingstor list-multipart: "), "{error}");
    // And through the loop.
    let bodies = vec![r#"{"object_parts":[{"part_number":1}]}"#.to_owned(); 2];
    let mut sent = Vec::new();
    let first = ListMultipartRequest::new(UPLOAD).with_page_size(1);
    let error = list_all(first, serve(&bodies, &mut sent)).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Paging);
    assert_eq!(sent.len(), 2);
}

#[test]
fn an_error_body_as_page_2_stops_the_listing_saying_what_qingstor_said() {
    let url = "http://docs.qingcloud.com/qingstor/api/error_code.html";
    for (code, retryable) in [("service_unavailable", true), ("upload_not_exists", false)] {
        let mut bodies = list_multipart_pages(5, 2);
        bodies[1] = format!(
            r#"{{"code":"{code}","message":"try later","request_id":"aa08cf7a43f611e5","url":"{url}"}}"#
        );
        let mut sent = Vec::new();
        let first = ListMultipartRequest::new(UPLOAD).with_page_size(2);
        let error = list_all(first, serve(&bodies, &mut sent)).unwrap_err();
        assert_eq!(sent.len(), 2);
        assert_eq!(error.kind(), ErrorKind::Service, "{error}");
        assert_eq!(error.is_retryable(), retryable, "{code}");
        assert_eq!(error.offset(), Some(0));
        assert_eq!(error.operation(), Some("list-multipart"));
        let service = error.service_error().unwrap();
        assert_eq!((service.vendor, service.code.as_ref()), (Vendor::Qingstor, code));
        assert_eq!(service.request_id.as_deref(), Some("aa08cf7a43f611e5"));
        // The whole body, owned, with what only QingStor sends.
        let body = ErrorResponse::from_error(&error).unwrap();
        assert_eq!(body.code, ErrorCode::from(code));
        assert_eq!(body.url.as_deref(), Some(url));
        assert_eq!(body.message.as_deref(), Some("try later"));
        assert_eq!(body.is_retryable(), retryable);
        assert_eq!(error.service_body::<ErrorResponse<'static>>(), Some(body));
    }
    let not_service = ListMultipartResponse::decode(b"{").unwrap_err();
    assert!(ErrorResponse::from_error(&not_service).is_none());
}

#[test]
fn the_documented_codes_to_retry_and_not() {
    let retryable = [
        "internal_error",
        "service_unavailable",
        "upstream_failed",
        "fetch_throttled",
        "max_requests_exceeded",
    ];
    let final_ = [
        "upload_not_exists",
        "bad_request",
        "invalid_argument",
        "permission_denied",
        "signature_not_matched",
        "request_expired",
        "INTERNAL_ERROR",
        "",
    ];
    for (codes, expected) in [(&retryable[..], true), (&final_[..], false)] {
        for code in codes {
            let body = format!(r#"{{"code":"{code}"}}"#);
            assert_eq!(
                ErrorResponse::decode(body.as_bytes()).unwrap().is_retryable(),
                expected,
                "{code}"
            );
            let error = ListMultipartResponse::decode(body.as_bytes()).unwrap_err();
            assert_eq!(error.is_retryable(), expected, "{code}");
        }
    }
}

#[test]
fn a_body_that_is_not_a_page_is_missing_its_members() {
    for body in ["{}", " \n{}", r#"{"message":"boom"}"#, r#"{"name":"mybucket","limit":1000}"#] {
        let error = ListMultipartResponse::decode(body.as_bytes()).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::MissingField, "{body}: {error}");
        assert_eq!(error.path(), Some("object_parts"), "{body}: {error}");
        assert_eq!(error.offset(), Some(body.find('{').unwrap()), "{body}: {error}");
        assert!(error.to_string().starts_with("qingstor list-multipart: "), "{error}");
        // decode_lenient reads it as a page without parts, which ends a listing.
        let lenient = ListMultipartResponse::decode_lenient(body.as_bytes(), &Limits::default())
            .unwrap_or_else(|e| panic!("{body}: {e}"));
        assert_eq!(lenient, ListMultipartResponse::default());
        assert!(ListMultipartRequest::new("u").next_request(&lenient).unwrap().is_none());
    }
    // Either member makes a page.
    for body in [r#"{"count":0}"#, r#"{"object_parts":null}"#, r#"{"object_parts":[]}"#] {
        assert!(ListMultipartResponse::decode(body.as_bytes()).unwrap().parts().is_empty());
    }
    // decode_lenient is as strict as decode on everything else, error bodies included.
    let limits = Limits::default();
    let error = ListMultipartResponse::decode_lenient(br#"{"code":"internal_error"}"#, &limits)
        .unwrap_err();
    assert_eq!((error.kind(), error.is_retryable()), (ErrorKind::Service, true));
    let error = ListMultipartResponse::decode_lenient(br#"{"count":"3"}"#, &limits).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some("count")));
    assert!(error.to_string().starts_with("qingstor list-multipart: "), "{error}");
    let error = ListMultipartResponse::decode_lenient(b"<html>502</html>", &limits).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::WrongFormat);
}

#[test]
fn an_item_limit_error_names_object_parts_and_the_index() {
    let body = list_multipart_pages(10, 10).remove(0);
    let limits = Limits::default().with_max_items(4);
    let error = ListMultipartResponse::decode_with(body.as_bytes(), &limits).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::LimitExceeded, Some("object_parts[4]")));
}
