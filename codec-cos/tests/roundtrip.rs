//! Properties: for generated values of every type, `decode(encode(x)) == x`, and the
//! typed JSON reads back to the same value. Values come from each type's own
//! `Arbitrary` (the structured fuzz targets' generator), fed bytes that hold what needs
//! escaping in XML and in query strings: `<`, `&`, `>`, quotes, `]]>`, `%`, `+`, `=`,
//! `?`, `#`, `/`, spaces, `\r`, tabs and non-ASCII.

use codec_core::listing::ListRequest;
use codec_core::{Decode, Encode, ErrorKind, Normalize};
use codec_cos::list_parts::EncodingTypeElement;
use codec_cos::{ErrorFormat, ErrorResponse, ListPartsRequest, ListPartsResult};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn list_parts_result_round_trips(value in codec_testkit::arbitrary!(ListPartsResult)) {
        let wire = value.encode().unwrap();
        let decoded = ListPartsResult::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));

        // The JSON form names the encoding-type element one way; the rest survives.
        let json = serde_json::to_string(&value).unwrap();
        let from_json: ListPartsResult<'_> = serde_json::from_str(&json).unwrap();
        prop_assert_eq!(
            from_json,
            ListPartsResult { encoding_type_element: EncodingTypeElement::default(), ..value.clone() }
        );

        // The normalized conversion either succeeds or names the field it could not read.
        if let Err(error) = value.normalize() {
            prop_assert!(error.path().is_some(), "{}", error);
        }
    }

    #[test]
    fn list_parts_request_round_trips(value in codec_testkit::arbitrary!(ListPartsRequest)) {
        let wire = value.encode().unwrap();
        let decoded = ListPartsRequest::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<ListPartsRequest<'_>>(&json).unwrap(), value);
    }

    #[test]
    fn error_response_round_trips(value in codec_testkit::arbitrary!(ErrorResponse)) {
        let wire = value.encode().unwrap();
        let decoded = ErrorResponse::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        // The JSON model does not say which wire form the body came in.
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(
            serde_json::from_str::<ErrorResponse<'_>>(&json).unwrap(),
            ErrorResponse { format: ErrorFormat::Xml, ..value }
        );
    }

    #[test]
    fn arbitrary_bytes_give_a_value_or_a_one_line_error(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let errors = [
            ListPartsResult::decode(&bytes).err(),
            ListPartsRequest::decode(&bytes).err(),
            ErrorResponse::decode(&bytes).err(),
        ];
        for error in errors.into_iter().flatten() {
            prop_assert!(!error.to_string().contains('\n'));
            prop_assert!(error.offset().is_none_or(|offset| offset <= bytes.len()), "{}", error);
        }
    }

    #[test]
    fn the_pager_moves_forward_or_stops(
        value in codec_testkit::arbitrary!(ListPartsResult),
        marker in proptest::option::of(0..=10_000u32),
    ) {
        let request = ListPartsRequest { part_number_marker: marker, ..ListPartsRequest::new("u") };
        match request.next_request(&value) {
            Ok(Some(next)) => {
                prop_assert_eq!(value.is_truncated, Some(true));
                prop_assert!(next.part_number_marker > marker);
                prop_assert_eq!(next.part_number_marker, value.next_marker());
                prop_assert_eq!(&ListPartsRequest { part_number_marker: marker, ..next }, &request);
            }
            Ok(None) => prop_assert!(value.is_truncated != Some(true)),
            Err(error) => {
                prop_assert_eq!(error.kind(), ErrorKind::Paging, "{}", error);
                prop_assert!(value.next_marker() <= marker, "{}", error);
            }
        }
        // The page agrees with the pager about the next marker.
        if let Ok(page) = request.page(&value) {
            prop_assert_eq!(page.next_marker.map(|m| m.into_owned()), value.next_marker().map(|m| m.to_string()));
        }
    }
}

#[test]
fn control_characters_are_refused_by_the_encoder_not_mangled() {
    let value = ListPartsResult { key: Some("a\u{0}b".into()), ..ListPartsResult::default() };
    let error = value.encode().unwrap_err();
    assert_eq!(error.kind(), codec_core::ErrorKind::Unencodable);
    assert_eq!(error.path(), Some("Key"));
}
