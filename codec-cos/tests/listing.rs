//! The listing API every vendor crate shares, on COS: the builder vocabulary, the
//! pager under `codec_core::listing`, the multi-page generator, bodies that are not a
//! page, and COS's error body met in a listing (retryable or not, whole).

use codec_core::listing::{ListRequest, for_each_page, list_all};
use codec_core::{Decode, Encode, Error, ErrorKind, Limits, Vendor};
use codec_cos::examples::{LIST_PARTS_RESPONSE, list_parts_page, list_parts_pages};
use codec_cos::{ErrorFormat, ErrorResponse, ListPartsRequest, ListPartsResult};

const DIR: &str = env!("CARGO_MANIFEST_DIR");

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{DIR}/fixtures/{name}")).unwrap()
}

/// A stand-in transport serving `pages` in order, recording each request's target.
fn serve<'p>(
    pages: &'p [String],
    targets: &'p mut Vec<String>,
) -> impl FnMut(&ListPartsRequest<'_>) -> Result<&'p [u8], Error> {
    move |request| {
        targets.push(request.to_target()?);
        pages.get(targets.len() - 1).map(String::as_bytes).ok_or_else(|| Error::paging("no page"))
    }
}

#[test]
fn the_builder_speaks_the_shared_vocabulary() {
    let request = ListPartsRequest::new("u").with_key("dir/a b").with_page_size(10).with_marker(20);
    assert_eq!(
        request.to_target().unwrap(),
        "/dir/a%20b?uploadId=u&max-parts=10&part-number-marker=20"
    );
    assert_eq!(ListPartsRequest::decode(request.encode().unwrap().as_slice()).unwrap(), request);
}

#[test]
fn the_page_size_is_1_to_1000_decoding_and_encoding() {
    for size in [1, 1_000] {
        assert!(ListPartsRequest::new("u").with_page_size(size).to_query_string().is_ok());
    }
    for size in [0, 1_001] {
        let error = ListPartsRequest::new("u").with_page_size(size).to_query_string().unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidValue, "{size}: {error}");
        assert_eq!(error.path(), Some("max-parts"));
        assert!(ListPartsRequest::new("u").with_page_size(size).encode().is_err());
        let target = format!("?uploadId=u&max-parts={size}");
        let error = ListPartsRequest::decode(target.as_bytes()).unwrap_err();
        assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some("max-parts")));
    }
    let error = ListPartsRequest::new("u").with_marker(10_001).to_target().unwrap_err();
    assert_eq!(error.path(), Some("part-number-marker"));
}

#[test]
fn parts_is_the_field_as_a_slice() {
    let response = ListPartsResult::decode(LIST_PARTS_RESPONSE.as_bytes()).unwrap();
    assert_eq!(response.parts(), response.parts.as_slice());
    assert_eq!(response.parts().iter().map(|part| part.part_number).collect::<Vec<_>>(), [1, 2, 3]);
}

#[test]
fn list_all_collects_every_page_of_the_generator() {
    for (parts, per_page, pages) in
        [(0, 10, 1), (1, 1, 1), (10, 3, 4), (10, 5, 2), (2_500, 1_000, 3)]
    {
        let bodies = list_parts_pages(parts, per_page);
        assert_eq!(bodies.len(), pages, "{parts}/{per_page}");
        let mut targets = Vec::new();
        let first = ListPartsRequest::new("u").with_page_size(per_page as u32);
        let listed = list_all(first, serve(&bodies, &mut targets)).unwrap();
        let numbers: Vec<u32> = listed.iter().map(|part| part.number).collect();
        assert_eq!(numbers, (1..=parts as u32).collect::<Vec<_>>(), "{parts}/{per_page}");
        assert_eq!(targets.len(), pages);
        assert!(listed.iter().all(|part| part.etag.as_ref().is_some_and(|etag| etag.len() == 32)));
    }
}

#[test]
fn the_generators_pages_chain_under_the_pager() {
    let bodies = list_parts_pages(7, 3);
    let mut request = ListPartsRequest::new("u").with_page_size(3);
    for (index, body) in bodies.iter().enumerate() {
        let response = ListPartsResult::decode(body.as_bytes()).unwrap();
        assert_eq!(response.part_number_marker, request.part_number_marker.or(Some(0)));
        let page = request.page(&response).unwrap();
        match request.next_request(&response).unwrap() {
            Some(next) => {
                assert_eq!(response.is_truncated, Some(true));
                assert_eq!(page.next_marker.as_deref(), next.marker().as_deref());
                request = next;
            }
            None => {
                assert_eq!(index, bodies.len() - 1);
                assert_eq!((response.is_truncated, page.next_marker), (Some(false), None));
            }
        }
    }
    // One page of up to 1,000 parts is `list_parts_page`.
    assert_eq!(list_parts_pages(3, 1_000), [list_parts_page(3)]);
    assert_eq!(list_parts_pages(5, 0).len(), 5);
}

#[test]
fn for_each_page_hands_over_borrowed_pages_with_the_requests_upload_id() {
    let bodies = list_parts_pages(4, 2);
    let mut targets = Vec::new();
    let first = ListPartsRequest::new(
        "1585130821cbb7df1d11846c073ad648e8f33b087cec2381df437acdc833cf654b9ecc6361",
    );
    let mut seen = Vec::new();
    let pages = for_each_page(first, &Limits::default(), serve(&bodies, &mut targets), |page| {
        seen.push((page.parts.len(), page.next_marker.map(|m| m.into_owned()), page.key.is_some()));
        Ok::<(), Error>(())
    })
    .unwrap();
    assert_eq!(pages, 2);
    assert_eq!(seen, [(2, Some("2".to_owned()), true), (2, None, true)]);
}

#[test]
fn a_listing_whose_marker_does_not_move_is_a_paging_error() {
    // Page 2 hands back page 1's marker.
    let bodies = vec![list_parts_pages(4, 2)[0].clone(), list_parts_pages(4, 2)[0].clone()];
    let mut targets = Vec::new();
    let error = list_all(ListPartsRequest::new("u"), serve(&bodies, &mut targets)).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Paging, "{error}");
    assert_eq!((error.vendor(), error.operation()), (Some(Vendor::Cos), Some("list-parts")));
    assert_eq!(error.path(), Some("NextPartNumberMarker"));
}

#[test]
fn an_error_body_as_page_2_stops_the_listing_and_says_whether_to_retry() {
    let mut bodies = list_parts_pages(4, 2);
    // InternalError, under HTTP 200 in the Go SDK's test: retryable.
    bodies[1] = String::from_utf8(fixture("ok/error/go-sdk-error-in-200-complete.xml")).unwrap();
    let mut targets = Vec::new();
    let error = list_all(ListPartsRequest::new("u"), serve(&bodies, &mut targets)).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    assert_eq!((error.vendor(), error.operation()), (Some(Vendor::Cos), Some("list-parts")));
    let service = error.service_error().unwrap();
    assert_eq!(service.code, "InternalError");
    assert_eq!(service.message.as_deref(), Some("We encountered an internal error."));
    assert!(error.is_retryable());
    assert!(ErrorResponse::from_error(&error).unwrap().is_retryable());
    assert_eq!(targets.len(), 2);
    assert!(targets[1].ends_with("part-number-marker=2"), "{}", targets[1]);
}

#[test]
fn the_error_carries_the_whole_body_trace_id_and_resource_included() {
    // 409 from the Go SDK's test: not retryable, with a TraceId.
    let body = fixture("ok/error/go-sdk-error-409.xml");
    let decoded = ErrorResponse::decode(&body).unwrap();
    let error = ListPartsResult::decode(&body).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    assert!(!error.is_retryable(), "{}", decoded.code);
    let carried = ErrorResponse::from_error(&error).unwrap();
    assert_eq!(carried, &decoded.clone().into_owned());
    assert!(carried.trace_id.as_deref().is_some_and(|id| id.len() > 40));
    assert_eq!(error.service_body::<ErrorResponse<'static>>(), Some(carried));
    // The error is placed at the `<Error>` root, after the prolog.
    assert_eq!(error.offset(), body.windows(6).position(|window| window == b"<Error"));

    let body = b"<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message>\
                 <Resource>examplebucket-1250000000.cos.ap-beijing.myqcloud.com/exampleobject</Resource>\
                 <RequestId>NjA3</RequestId><TraceId>OGVmYzZi</TraceId></Error>";
    let error = ListPartsResult::decode(body).unwrap_err();
    assert!(error.is_retryable());
    let carried = ErrorResponse::from_error(&error).unwrap();
    assert_eq!(
        carried.resource.as_deref(),
        Some("examplebucket-1250000000.cos.ap-beijing.myqcloud.com/exampleobject")
    );
    assert_eq!(carried.trace_id.as_deref(), Some("OGVmYzZi"));
    assert_eq!(error.offset(), Some(0));

    // Other errors carry no COS body.
    let error = ListPartsResult::decode(b"<Foo/>").unwrap_err();
    assert_eq!(ErrorResponse::from_error(&error), None);
    assert!(!error.is_retryable());
}

#[test]
fn retryable_codes_are_the_ones_cos_documents_as_transient() {
    let retryable =
        |code: &str| ErrorResponse { code: code.into(), ..ErrorResponse::default() }.is_retryable();
    for code in
        ["InternalError", "ServiceUnavailable", "SlowDown", "RequestTimeout", "RequestTimeOut"]
    {
        assert!(retryable(code), "{code}");
    }
    for code in [
        "NoSuchUpload",
        "AccessDenied",
        "NotImplemented",
        "InvalidArgument",
        "slowdown",
        "-5964",
        "",
    ] {
        assert!(!retryable(code), "{code}");
    }
}

#[test]
fn a_body_that_is_not_a_page_is_an_error() {
    for (body, kind, path, offset) in [
        (&b"{}"[..], ErrorKind::MissingField, Some("code"), 0),
        (b"{\"message\":\"boom\"}", ErrorKind::MissingField, Some("code"), 0),
        (b"\n  {\"message\":\"boom\"}", ErrorKind::MissingField, Some("code"), 3),
        (b"<ListMultipartUploadsResult/>", ErrorKind::UnexpectedElement, None, 0),
        (b"<html><title>502 Bad Gateway</title></html>", ErrorKind::WrongFormat, None, 0),
    ] {
        let error = ListPartsResult::decode(body).unwrap_err();
        assert_eq!(error.kind(), kind, "{error}");
        assert_eq!(error.path(), path, "{error}");
        assert_eq!(error.offset(), Some(offset), "{error}");
        assert!(error.to_string().starts_with("cos list-parts: "), "{error}");
    }
    // The root is what makes a page: an empty one is an empty last page.
    let empty = ListPartsResult::decode(b"<ListPartsResult/>").unwrap();
    assert_eq!(ListPartsRequest::new("u").next_request(&empty).unwrap(), None);
}

#[test]
fn an_item_limit_error_names_the_element_and_its_index() {
    let body = list_parts_page(1_001);
    let limits = Limits::default().with_max_items(1_000);
    let error = ListPartsResult::decode_with(body.as_bytes(), &limits).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::LimitExceeded, "{error}");
    assert_eq!(error.path(), Some("Part[1000]"));
    let limits = Limits::default().with_max_items(2);
    let error = ListPartsResult::decode_with(LIST_PARTS_RESPONSE.as_bytes(), &limits).unwrap_err();
    assert_eq!(error.path(), Some("Part[2]"));
}

#[test]
fn integer_codes_of_the_json_form_keep_their_text_and_encode_as_numbers() {
    // As quoted in the issue's brief (its source was not found; the fixture
    // `ok/error/android-sdk-issue-5-numeric-code.json` is the same error from a traced issue).
    let body = br#"{"code": -5964, "message": "ERROR_CGI_PARAM_NO_SUCH_OP", "request_id": "NjE5ZjQ5NjJfMjRiMjU4NjRfNWM0Ml8xYjc2MTcx"}"#;
    let error = ErrorResponse::decode(body).unwrap();
    assert_eq!((error.code.as_ref(), error.format), ("-5964", ErrorFormat::JsonNumericCode));
    assert_eq!(error.message.as_deref(), Some("ERROR_CGI_PARAM_NO_SUCH_OP"));
    assert_eq!(error.request_id.as_deref(), Some("NjE5ZjQ5NjJfMjRiMjU4NjRfNWM0Ml8xYjc2MTcx"));
    assert!(!error.is_retryable());
    assert_eq!(
        error.encode().unwrap(),
        br#"{"code":-5964,"message":"ERROR_CGI_PARAM_NO_SUCH_OP","request_id":"NjE5ZjQ5NjJfMjRiMjU4NjRfNWM0Ml8xYjc2MTcx"}"#
    );
    let listing = ListPartsResult::decode(body).unwrap_err();
    assert_eq!(listing.service_error().unwrap().code, "-5964");
    assert_eq!(ErrorResponse::from_error(&listing), Some(&error.clone().into_owned()));

    // A string code stays a string; a code that is not an integer's text cannot be
    // written as a number.
    let text = ErrorResponse::decode(br#"{"code":"5"}"#).unwrap();
    assert_eq!(text.format, ErrorFormat::Json);
    assert_eq!(text.encode().unwrap(), br#"{"code":"5"}"#);
    for code in ["NoSuchUpload", "+5", "007", "-0", "1.5"] {
        let value = ErrorResponse {
            code: code.into(),
            format: ErrorFormat::JsonNumericCode,
            ..error.clone()
        };
        let failure = value.encode().unwrap_err();
        assert_eq!(failure.kind(), ErrorKind::Unencodable, "{code}");
        assert_eq!(failure.path(), Some("code"));
    }
    for body in
        [&br#"{"code": 1.5}"#[..], br#"{"code": true}"#, br#"{"code": null}"#, br#"{"code": 1e3}"#]
    {
        let failure = ErrorResponse::decode(body).unwrap_err();
        assert_eq!(failure.kind(), ErrorKind::InvalidValue, "{failure}");
        assert_eq!(failure.path(), Some("code"));
    }
    let big = ErrorResponse::decode(br#"{"code": 18446744073709551615}"#).unwrap();
    assert_eq!(big.encode().unwrap(), br#"{"code":18446744073709551615}"#);
}
