//! Properties: for generated values of every type, `decode(encode(x)) == x`, and the
//! typed JSON reads back to the same value. Strings include what needs escaping in
//! JSON and in query strings: `"`, `\`, control characters, `&`, `%`, `+`, `=`, `?`,
//! `#`, `/`, spaces, and non-ASCII.

use codec_core::listing::ListRequest;
use codec_core::{Decode, Encode, Limits, Normalize};
use codec_qingstor::{ErrorResponse, ListMultipartRequest, ListMultipartResponse};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn list_multipart_response_round_trips(value in codec_testkit::arbitrary!(ListMultipartResponse)) {
        let wire = value.encode().unwrap();
        let decoded = ListMultipartResponse::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        // What we write is JSON serde_json reads too.
        prop_assert!(serde_json::from_slice::<serde_json::Value>(&wire).is_ok());

        let json = serde_json::to_string(&value).unwrap();
        let from_json: ListMultipartResponse<'_> =
            codec_core::json::from_slice(json.as_bytes(), &Limits::default()).unwrap();
        prop_assert_eq!(&from_json, &value);

        // The normalized conversion either succeeds or names the field it could not read.
        if let Err(error) = value.normalize() {
            prop_assert!(error.path().is_some(), "{}", error);
        }
    }

    #[test]
    fn list_multipart_request_round_trips(value in codec_testkit::arbitrary!(ListMultipartRequest)) {
        let wire = value.encode().unwrap();
        let decoded = ListMultipartRequest::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<ListMultipartRequest<'_>>(&json).unwrap(), value);
    }

    #[test]
    fn error_response_round_trips(value in codec_testkit::arbitrary!(ErrorResponse)) {
        let wire = value.encode().unwrap();
        let decoded = ErrorResponse::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<ErrorResponse<'_>>(&json).unwrap(), value);
    }

    #[test]
    fn arbitrary_bytes_give_a_value_or_a_one_line_error(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let errors = [
            ListMultipartResponse::decode(&bytes).err(),
            ListMultipartRequest::decode(&bytes).err(),
            ErrorResponse::decode(&bytes).err(),
        ];
        for error in errors.into_iter().flatten() {
            prop_assert!(!error.to_string().contains('\n'));
            prop_assert!(error.to_string().starts_with("qingstor "), "{}", error);
            prop_assert!(error.offset().is_none_or(|offset| offset <= bytes.len()), "{}", error);
        }
    }

    #[test]
    fn json_shaped_garbage_gives_a_value_or_a_one_line_error(
        pieces in prop::collection::vec(prop::sample::select(vec![
            "{", "}", "[", "]", ",", ":", "\"count\"", "\"object_parts\"", "\"part_number\"",
            "\"etag\"", "\"code\"", "1", "-1", "1.5", "null", "\"x\"", " ", "\"\\u0070art_number\"",
        ]), 0..40)
    ) {
        let body = pieces.concat();
        for error in [
            ListMultipartResponse::decode(body.as_bytes()).err(),
            ErrorResponse::decode(body.as_bytes()).err(),
        ].into_iter().flatten() {
            prop_assert!(!error.to_string().contains('\n'));
            prop_assert!(error.offset().is_none_or(|offset| offset <= body.len()), "{}", error);
        }
    }

    #[test]
    fn the_pager_moves_forward_or_stops(
        value in codec_testkit::arbitrary!(ListMultipartResponse),
        marker in proptest::option::of(0..=10_000u32),
        limit in proptest::option::of(1..=1_000u32),
    ) {
        let request = ListMultipartRequest { part_number_marker: marker, limit, ..ListMultipartRequest::new("u") };
        let normalized = request.page(&value);
        match request.next_request(&value) {
            Ok(Some(next)) => {
                prop_assert!(!value.parts().is_empty());
                prop_assert!(next.part_number_marker > marker);
                prop_assert_eq!(next.part_number_marker, value.parts().last().map(|p| p.part_number));
                prop_assert_eq!(next.limit, limit);
                if let Ok(page) = normalized {
                    prop_assert_eq!(page.truncated, None);
                    let expected = next.part_number_marker.map(|marker| marker.to_string());
                    prop_assert_eq!(page.next_marker.as_deref(), expected.as_deref());
                }
            }
            Ok(None) => {
                prop_assert!(value.next_marker(limit).is_none());
                if let Ok(page) = normalized {
                    prop_assert_eq!((page.next_marker, page.truncated), (None, None));
                }
            }
            Err(error) => {
                prop_assert_eq!(error.kind(), codec_core::ErrorKind::Paging);
                prop_assert!(value.next_marker(limit) <= marker, "{}", error);
            }
        }
    }
}
