//! The listing API: `ListRequest` on `ListUploadedPartsRequest` (pager, page, marker,
//! resume), `list_all` over the generated pages, and a PDS error body met mid-listing.

use codec_core::listing::{ListRequest, for_each_page, list_all};
use codec_core::{Decode, Encode, Error, ErrorKind, Limits, Vendor};
use codec_pds::examples::{list_uploaded_parts_page, list_uploaded_parts_pages};
use codec_pds::{
    ErrorResponse, ListUploadedPartsRequest, ListUploadedPartsResponse, PartNumberMarker,
};
use codec_testkit::assert_one_line;

const FILE: &str = "322fb07b975f4b0ae1b543fe8475eee4c19eb2b2";
const UPLOAD: &str = "00166D06127B413BA1EC8ABB1144D101";

fn first() -> ListUploadedPartsRequest<'static> {
    ListUploadedPartsRequest::new("1", FILE, UPLOAD).with_page_size(100)
}

fn page(marker: &str) -> ListUploadedPartsResponse<'static> {
    let body = format!(r#"{{"next_part_number_marker":{marker}}}"#);
    // Lenient: `{"next_part_number_marker":null}` alone names no member with a value.
    ListUploadedPartsResponse::decode_lenient(body.as_bytes(), &codec_core::Limits::default())
        .unwrap()
        .into_owned()
}

/// A transport serving `bodies` in order, checking that each request is a body PDS
/// takes.
fn serve(
    bodies: Vec<String>,
) -> impl FnMut(&ListUploadedPartsRequest<'_>) -> Result<String, Error> {
    let mut bodies = bodies.into_iter();
    move |request| {
        let json = request.encode()?;
        assert_eq!(ListUploadedPartsRequest::decode(&json)?, *request);
        bodies.next().ok_or_else(|| Error::paging("the stand-in has no page left"))
    }
}

#[test]
fn the_pager_stops_moves_or_refuses_to_loop() {
    let request = first();
    assert!(request.next_request(&page("\"\"")).unwrap().is_none());
    assert!(request.next_request(&page("null")).unwrap().is_none());
    assert!(request.next_request(&ListUploadedPartsResponse::default()).unwrap().is_none());
    let next = request.next_request(&page("\"NWQ1\"")).unwrap().unwrap();
    assert_eq!(next, request.clone().with_marker("NWQ1"));
    // A marker that does not move is a Paging error naming the response's marker.
    let error = next.next_request(&page("\"NWQ1\"")).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Paging);
    assert_eq!(error.path(), Some("next_part_number_marker"));
    assert_eq!(
        (error.vendor(), error.operation()),
        (Some(Vendor::Pds), Some("list-uploaded-parts"))
    );
    assert!(error.to_string().contains("NWQ1"), "{error}");
    assert_one_line(&error, "pds list-uploaded-parts: ");
    // A numeric marker is passed on as a number; "5" and 5 are the same marker.
    let numeric = request.next_request(&page("5")).unwrap().unwrap();
    assert_eq!(numeric.part_number_marker, Some(PartNumberMarker::Number(5)));
    assert_eq!(numeric.next_request(&page("\"5\"")).unwrap_err().kind(), ErrorKind::Paging);
    // Everything but the marker is kept.
    let share = ListUploadedPartsRequest::for_share("s", FILE, UPLOAD).with_page_size(7);
    let next = share.next_request(&page("\"m\"")).unwrap().unwrap();
    assert_eq!((next.share_id.as_deref(), next.limit, next.drive_id), (Some("s"), Some(7), None));
}

#[test]
fn the_page_is_the_normalized_response_with_what_the_request_names() {
    let request = first();
    let body = codec_pds::examples::LIST_UPLOADED_PARTS_RESPONSE;
    let response = ListUploadedPartsResponse::decode(body.as_bytes()).unwrap();
    let page = request.page(&response).unwrap();
    assert_eq!(page.key.as_deref(), Some(FILE));
    assert_eq!(page.upload_id.as_deref(), Some(UPLOAD));
    assert_eq!(page.parts.len(), 1);
    assert_eq!(
        page.next_marker.as_deref(),
        Some("NWQ1Yjk4YmI1ZDRlYmU1Y2E0YWE0NmJhYWJmODBhNDQ2NzhlMTRhMg")
    );
    assert_eq!(page.truncated, None);
    // A body that leaves out the ids: the request's are used.
    let bare = ListUploadedPartsResponse::decode(
        br#"{"uploaded_parts":[{"part_number":3}],"next_part_number_marker":""}"#,
    )
    .unwrap();
    let page = request.page(&bare).unwrap();
    assert_eq!((page.key.as_deref(), page.upload_id.as_deref()), (Some(FILE), Some(UPLOAD)));
    assert_eq!((page.parts[0].number, page.next_marker), (3, None));
    // A part without a number cannot be in the model: the error names it.
    let unnumbered =
        ListUploadedPartsResponse::decode(br#"{"uploaded_parts":[{"part_size":1}]}"#).unwrap();
    let error = request.page(&unnumbered).unwrap_err();
    assert_eq!(error.path(), Some("uploaded_parts[0].part_number"));
    assert_eq!(error.vendor(), Some(Vendor::Pds));
}

#[test]
fn the_marker_is_the_text_a_next_marker_spells() {
    assert_eq!(first().marker(), None);
    assert_eq!(first().with_marker("").marker(), None, "\"\" is the first page");
    assert_eq!(first().with_marker("NWQ1").marker().as_deref(), Some("NWQ1"));
    assert_eq!(first().with_marker(42u64).marker().as_deref(), Some("42"));
    assert_eq!(first().with_marker(String::from("owned")).marker().as_deref(), Some("owned"));
}

#[test]
fn resume_from_takes_a_next_marker_and_refuses_an_empty_one() {
    let resumed = first().resume_from("NWQ1Yjk4YmI1ZDRl").unwrap();
    assert_eq!(resumed.part_number_marker, Some(PartNumberMarker::Text("NWQ1Yjk4YmI1ZDRl".into())));
    assert_eq!(resumed.marker().as_deref(), Some("NWQ1Yjk4YmI1ZDRl"));
    assert_eq!((resumed.limit, resumed.file_id.as_ref()), (Some(100), FILE));
    // Opaque text is sent as it is: digits stay text, other characters are escaped.
    let digits = first().resume_from("5").unwrap();
    assert!(
        String::from_utf8(digits.encode().unwrap())
            .unwrap()
            .ends_with(r#""part_number_marker":"5"}"#)
    );
    let odd = first().resume_from("a\"b/c+=").unwrap();
    assert_eq!(ListUploadedPartsRequest::decode(&odd.encode().unwrap()).unwrap(), odd);
    // A resumed request pages on from there, and the guard knows its marker.
    assert_eq!(
        resumed.next_request(&page("\"NWQ1Yjk4YmI1ZDRl\"")).unwrap_err().kind(),
        ErrorKind::Paging
    );
    // "" is how PDS says the listing is done: nothing to resume from.
    let error = first().resume_from("").unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::InvalidValue, Some("part_number_marker")));
    assert_one_line(&error, "pds list-uploaded-parts: ");
}

#[test]
fn the_generated_pages_chain_under_the_pager() {
    for (parts, per_page, count) in
        [(0, 10, 1), (1, 10, 1), (10, 10, 1), (11, 10, 2), (250, 100, 3), (5, 1, 5), (3, 0, 3)]
    {
        let pages = list_uploaded_parts_pages(parts, per_page);
        assert_eq!(pages.len(), count, "{parts} parts, {per_page} a page");
        let mut request = first();
        for (index, body) in pages.iter().enumerate() {
            let response = ListUploadedPartsResponse::decode(body.as_bytes()).unwrap();
            let next = request.next_request(&response).unwrap();
            assert_eq!(next.is_none(), index == count - 1, "page {index}");
            assert!(response.next_part_number_marker.is_some());
            if let Some(next) = next {
                request = next;
            }
        }
        let collected = list_all(first(), serve(pages)).unwrap();
        let numbers: Vec<u32> = collected.iter().map(|part| part.number).collect();
        assert_eq!(numbers, (1..=parts as u32).collect::<Vec<_>>());
    }
    // One page of the generator is the single-page body of the same shape.
    let whole = list_uploaded_parts_pages(3, 3).remove(0);
    let single = list_uploaded_parts_page(3);
    assert_eq!(whole.replace("\"next_part_number_marker\": \"\"", ""), single.replace(
        "\"next_part_number_marker\": \"NWQ1Yjk4YmI1ZDRlYmU1Y2E0YWE0NmJhYWJmODBhNDQ2NzhlMTRhMg\"",
        "",
    ));
}

#[test]
fn for_each_page_hands_over_borrowed_pages() {
    let mut seen = Vec::new();
    let count = for_each_page(
        first(),
        &Limits::default(),
        serve(list_uploaded_parts_pages(7, 3)),
        |page| {
            seen.push((
                page.parts.len(),
                page.next_marker.is_some(),
                page.key.as_deref() == Some(FILE),
            ));
            Ok::<(), Error>(())
        },
    )
    .unwrap();
    assert_eq!(count, 3);
    assert_eq!(seen, [(3, true, true), (3, true, true), (1, false, true)]);
}

#[test]
fn a_marker_that_comes_back_stops_the_listing() {
    let pages = list_uploaded_parts_pages(9, 3);
    // The third page names the first page's marker again.
    let first_marker = ListUploadedPartsResponse::decode(pages[0].as_bytes())
        .unwrap()
        .next_marker()
        .unwrap()
        .as_text()
        .into_owned();
    let second_marker = ListUploadedPartsResponse::decode(pages[1].as_bytes())
        .unwrap()
        .next_marker()
        .unwrap()
        .as_text()
        .into_owned();
    let looping = pages[2].replace(
        "\"next_part_number_marker\": \"\"",
        &format!("\"next_part_number_marker\": \"{first_marker}\""),
    );
    let error =
        list_all(first(), serve(vec![pages[0].clone(), pages[1].clone(), looping])).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Paging, "{error}");
    assert_ne!(first_marker, second_marker);
    // A page naming its own request's marker is the pager's own Paging error.
    let stuck = pages[1].replace(&second_marker, &first_marker);
    let error = list_all(first(), serve(vec![pages[0].clone(), stuck])).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::Paging, Some("next_part_number_marker")));
}

#[test]
fn an_error_body_as_page_two_says_what_pds_said_and_whether_to_retry() {
    let pages = list_uploaded_parts_pages(250, 100);
    for (body, code, retryable) in [
        (
            r#"{"code":"TooManyRequests","message":"Too many requests","requestId":"0a0080e2"}"#,
            "TooManyRequests",
            true,
        ),
        (
            r#"{"code":"InternalError","message":"The request has been failed due to some unknown error.","request_id":"7C1E"}"#,
            "InternalError",
            true,
        ),
        (
            r#"{"code":"ServiceUnavailable","message":"temporary failure"}"#,
            "ServiceUnavailable",
            true,
        ),
        (r#"{"code":"QpsLimitExceed.Api","message":"qps"}"#, "QpsLimitExceed.Api", true),
        (
            r#"{"code":"NotFound.UploadId","message":"The resource upload_id cannot be found.","requestId":"0a0080e2"}"#,
            "NotFound.UploadId",
            false,
        ),
        (
            r#"{"code":"AccessTokenInvalid","message":"AccessToken is invalid. expired"}"#,
            "AccessTokenInvalid",
            false,
        ),
        (r#"{"code":"InternalErrorish","message":"not the family"}"#, "InternalErrorish", false),
    ] {
        let error =
            list_all(first(), serve(vec![pages[0].clone(), body.to_owned(), pages[2].clone()]))
                .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Service, "{error}");
        assert_eq!(error.is_retryable(), retryable, "{code}");
        assert_eq!(error.service_error().unwrap().code, code);
        assert_eq!(error.offset(), Some(0));
        assert!(
            error.to_string().starts_with(&format!(
                "pds list-uploaded-parts: the service returned an error at byte 0: code {code}"
            )),
            "{error}"
        );
        // The whole body, owned, with what only PDS's body has.
        let pds = ErrorResponse::from_error(&error).expect("PDS's body");
        assert_eq!(pds.code, code);
        assert_eq!(pds.is_retryable(), retryable);
        assert_eq!(pds, &ErrorResponse::decode(body.as_bytes()).unwrap().into_owned());
    }
}

#[test]
fn the_owned_body_keeps_both_request_id_spellings() {
    let body = br#"{"code":"TooManyRequests","message":"slow down","request_id":"snake","requestId":"camel","extra":{"x":1}}"#;
    let error = ListUploadedPartsResponse::decode(body).unwrap_err();
    let pds = ErrorResponse::from_error(&error).unwrap();
    assert_eq!(
        (pds.request_id.as_deref(), pds.request_id_camel.as_deref()),
        (Some("snake"), Some("camel"))
    );
    assert_eq!(pds.message.as_deref(), Some("slow down"));
    // The model takes `request_id` first.
    assert_eq!(error.service_error().unwrap().request_id.as_deref(), Some("snake"));
    // Other errors carry no body.
    assert!(
        ErrorResponse::from_error(&ListUploadedPartsResponse::decode(b"{}").unwrap_err()).is_none()
    );
    assert!(!ListUploadedPartsResponse::decode(b"{}").unwrap_err().is_retryable());
}
