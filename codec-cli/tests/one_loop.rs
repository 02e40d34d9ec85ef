//! The loop an SDK author writes once: one generic function lists every part of an
//! upload for each of the four vendors, against a stand-in transport serving each
//! vendor's generated pages, and reports a vendor's error body served as page 2.

use codec_core::listing::{ListRequest, list_all};
use codec_core::{Error, ErrorKind, Part, Vendor};

/// Every part of an upload, whichever vendor `first` is for: the function under test.
fn every_part<R: ListRequest<Item = Part<'static>>>(
    first: R,
    fetch: impl FnMut(&R) -> Result<Vec<u8>, Error>,
) -> Result<Vec<Part<'static>>, Error> {
    list_all(first, fetch)
}

/// A stand-in transport: serves `pages` in order and records the marker of each
/// request it is sent.
fn serve<R: ListRequest>(
    pages: Vec<String>,
    markers: &mut Vec<Option<String>>,
) -> impl FnMut(&R) -> Result<Vec<u8>, Error> + '_ {
    let mut pages = pages.into_iter();
    move |request: &R| {
        markers.push(request.marker().map(|marker| marker.into_owned()));
        pages.next().map(String::into_bytes).ok_or_else(|| {
            Error::invalid_value("the stand-in transport was asked for a page past the last")
        })
    }
}

/// Lists `pages` from `first` and checks what every vendor must give: all `parts`
/// parts, numbered from `first_number` without a gap, and one request per page.
fn lists_every_part<R: ListRequest<Item = Part<'static>>>(
    first: R,
    pages: Vec<String>,
    parts: usize,
    first_number: u32,
) {
    let vendor = R::VENDOR;
    let count = pages.len();
    let mut markers = Vec::new();
    let listed = every_part(first, serve(pages, &mut markers))
        .unwrap_or_else(|error| panic!("{vendor}: {error}"));
    let numbers: Vec<u32> = listed.iter().map(|part| part.number).collect();
    let expected: Vec<u32> = (first_number..).take(parts).collect();
    assert_eq!(numbers, expected, "{vendor}");
    assert!(listed.iter().all(|part| part.etag.is_some()), "{vendor}: every part has its ETag");
    assert_eq!(markers.len(), count, "{vendor}: one request per page");
    assert_eq!(markers[0], None, "{vendor}: the first request starts at the beginning");
    assert!(markers[1..].iter().all(Option::is_some), "{vendor}: {markers:?}");
}

/// Serves page 1, then `error_body`, and checks the error says what the vendor said and
/// whether to retry.
fn reports_page_2_error<R: ListRequest<Item = Part<'static>>>(
    first: R,
    mut pages: Vec<String>,
    error_body: &str,
    code: &str,
    retryable: bool,
) -> Error {
    let vendor = R::VENDOR;
    pages[1] = error_body.to_owned();
    let mut markers = Vec::new();
    let error = every_part(first, serve(pages, &mut markers)).unwrap_err();
    assert_eq!(markers.len(), 2, "{vendor}: the listing stops at the error");
    assert_eq!(error.kind(), ErrorKind::Service, "{vendor}: {error}");
    assert_eq!(error.vendor(), Some(vendor));
    assert_eq!(error.service_error().map(|e| e.code.as_ref()), Some(code), "{vendor}");
    assert_eq!(error.is_retryable(), retryable, "{vendor}: {error}");
    assert!(error.to_string().contains(code), "{vendor}: {error}");
    error
}

#[test]
fn one_function_lists_every_vendor() {
    use codec_cos::ListPartsRequest;
    use codec_pds::ListUploadedPartsRequest;
    use codec_qingstor::ListMultipartRequest;
    use codec_ufile::GetMultiUploadPartRequest;

    let first = ListPartsRequest::new("1585130821cbb7df").with_key("exampleobject");
    lists_every_part(first.with_page_size(4), codec_cos::examples::list_parts_pages(10, 4), 10, 1);

    let first = ListMultipartRequest::new("4d26b37a469230619604ecdc0e314782").with_key("large");
    let pages = codec_qingstor::examples::list_multipart_pages(10, 4);
    lists_every_part(first.with_page_size(4), pages, 10, 1);

    let first = GetMultiUploadPartRequest::new("e5af977e-329c-4a25-b907-d8bc39ff95e3");
    let pages = codec_ufile::examples::get_multi_upload_part_pages(10, 4);
    lists_every_part(first.with_page_size(4), pages, 10, 0);

    let first = ListUploadedPartsRequest::new("1", "322fb07b975f4b0a", "00166D06127B413B");
    let pages = codec_pds::examples::list_uploaded_parts_pages(10, 4);
    lists_every_part(first.with_page_size(4), pages, 10, 1);
}

#[test]
fn an_error_body_as_page_2_says_what_the_vendor_said_and_whether_to_retry() {
    use codec_cos::ListPartsRequest;
    use codec_pds::ListUploadedPartsRequest;
    use codec_qingstor::ListMultipartRequest;
    use codec_ufile::GetMultiUploadPartRequest;

    let first = ListPartsRequest::new("1585130821cbb7df").with_key("a").with_page_size(4);
    let pages = codec_cos::examples::list_parts_pages(10, 4);
    let slow_down = "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.\
                     </Message><TraceId>OGVmYzZl</TraceId></Error>";
    let error = reports_page_2_error(first.clone(), pages.clone(), slow_down, "SlowDown", true);
    let body = codec_cos::ErrorResponse::from_error(&error).expect("the whole body");
    assert_eq!(body.trace_id.as_deref(), Some("OGVmYzZl"));
    let gone = "<Error><Code>NoSuchUpload</Code></Error>";
    reports_page_2_error(first, pages, gone, "NoSuchUpload", false);

    let first = ListMultipartRequest::new("4d26b37a").with_key("large").with_page_size(4);
    let pages = codec_qingstor::examples::list_multipart_pages(10, 4);
    let busy = r#"{"code":"internal_error","message":"busy","url":"https://docs.qingcloud.com"}"#;
    let error = reports_page_2_error(first.clone(), pages.clone(), busy, "internal_error", true);
    let body = codec_qingstor::ErrorResponse::from_error(&error).expect("the whole body");
    assert_eq!(body.url.as_deref(), Some("https://docs.qingcloud.com"));
    let gone = r#"{"code":"upload_not_exists","message":"gone"}"#;
    reports_page_2_error(first, pages, gone, "upload_not_exists", false);

    let first = GetMultiUploadPartRequest::new("e5af977e").with_page_size(4);
    let pages = codec_ufile::examples::get_multi_upload_part_pages(10, 4);
    let missing = r#"{"RetCode":-30010,"ErrMsg":"bucket not exist","Action":"GetMultiUploadPart"}"#;
    let error = reports_page_2_error(first, pages, missing, "-30010", false);
    let body = codec_ufile::ErrorResponse::from_error(&error).expect("the whole body");
    assert_eq!(body.action.as_deref(), Some("GetMultiUploadPart"));

    let first = ListUploadedPartsRequest::new("1", "322f", "0016").with_page_size(4);
    let pages = codec_pds::examples::list_uploaded_parts_pages(10, 4);
    let throttled = r#"{"code":"TooManyRequests","message":"slow down","requestId":"0a0080e2"}"#;
    let error = reports_page_2_error(first, pages, throttled, "TooManyRequests", true);
    let body = codec_pds::ErrorResponse::from_error(&error).expect("the whole body");
    assert_eq!(body.request_id_camel.as_deref(), Some("0a0080e2"));
    assert_eq!(error.vendor(), Some(Vendor::Pds));
}

#[test]
fn a_proxy_page_is_the_same_kind_of_error_for_every_vendor() {
    let page = b"<html><head><title>502 Bad Gateway</title></head><body></body></html>";
    let errors = [
        codec_core::Decode::decode(page).map(|_: codec_cos::ListPartsResult<'_>| ()),
        codec_core::Decode::decode(page).map(|_: codec_qingstor::ListMultipartResponse<'_>| ()),
        codec_core::Decode::decode(page).map(|_: codec_ufile::GetMultiUploadPartResponse<'_>| ()),
        codec_core::Decode::decode(page).map(|_: codec_pds::ListUploadedPartsResponse<'_>| ()),
    ];
    for error in errors {
        let error = error.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::WrongFormat, "{error}");
        assert!(error.is_retryable(), "{error}");
        assert!(error.to_string().contains("502 Bad Gateway"), "{error}");
    }
}
