//! Properties: for generated values of every type, `decode(encode(x)) == x`, and the
//! typed JSON reads back to the same value. Strings include what needs escaping in
//! JSON and what upload URLs carry: `"`, `\`, control characters, `/`, `&`, `%`, `+`,
//! `=`, `?`, `#`, spaces, U+2028 and non-ASCII.

use codec_core::listing::ListRequest;
use codec_core::{Decode, Encode, ErrorKind, Normalize};
use codec_pds::{
    ErrorResponse, ListUploadedPartsRequest, ListUploadedPartsResponse, PartNumberMarker,
};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn response_round_trips(value in codec_testkit::arbitrary!(ListUploadedPartsResponse)) {
        let wire = value.encode().unwrap();
        let decoded = ListUploadedPartsResponse::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        // The wire is JSON serde_json reads, and the typed JSON is that same JSON.
        let wire_value: serde_json::Value = serde_json::from_slice(&wire).unwrap();
        prop_assert_eq!(&wire_value, &serde_json::to_value(&value).unwrap());
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<ListUploadedPartsResponse<'_>>(&json).unwrap(), value.clone());
        // The normalized conversion either succeeds or names the part it could not read.
        match value.normalize() {
            Ok(page) => prop_assert_eq!(page.parts.len(), value.parts().len()),
            Err(error) => prop_assert!(error.path().unwrap().ends_with("part_number"), "{}", error),
        }
    }

    #[test]
    fn request_round_trips(value in codec_testkit::arbitrary!(ListUploadedPartsRequest)) {
        let wire = value.encode().unwrap();
        let decoded = ListUploadedPartsRequest::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let wire_value: serde_json::Value = serde_json::from_slice(&wire).unwrap();
        prop_assert_eq!(&wire_value, &serde_json::to_value(&value).unwrap());
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<ListUploadedPartsRequest<'_>>(&json).unwrap(), value);
    }

    #[test]
    fn error_response_round_trips(value in codec_testkit::arbitrary!(ErrorResponse)) {
        let wire = value.encode().unwrap();
        let decoded = ErrorResponse::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<ErrorResponse<'_>>(&json).unwrap(), value.clone());
        let normalized = value.normalize().unwrap();
        prop_assert_eq!(normalized.code.as_ref(), value.code.as_ref());
    }

    #[test]
    fn arbitrary_bytes_give_a_value_or_a_one_line_error(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let errors = [
            ListUploadedPartsResponse::decode(&bytes).err(),
            ListUploadedPartsRequest::decode(&bytes).err(),
            ErrorResponse::decode(&bytes).err(),
        ];
        for error in errors.into_iter().flatten() {
            prop_assert!(!error.to_string().contains('\n'));
            prop_assert!(error.to_string().starts_with("pds "));
            prop_assert!(error.offset().is_none_or(|offset| offset <= bytes.len()), "{}", error);
        }
    }

    #[test]
    fn json_shaped_noise_decodes_or_fails_cleanly(value in codec_testkit::arbitrary!(ListUploadedPartsResponse), cut in any::<prop::sample::Index>(), byte in any::<u8>()) {
        // One byte of a valid body replaced: a value or a clean error, never a panic.
        let mut wire = value.encode().unwrap();
        let at = cut.index(wire.len());
        wire[at] = byte;
        if let Err(error) = ListUploadedPartsResponse::decode(&wire) {
            prop_assert!(error.offset().is_none_or(|offset| offset <= wire.len()), "{}", error);
        }
    }

    #[test]
    fn the_pager_moves_forward_or_stops(value in codec_testkit::arbitrary!(ListUploadedPartsResponse), current in proptest::option::of(codec_testkit::arbitrary!(PartNumberMarker))) {
        let request = ListUploadedPartsRequest { part_number_marker: current.clone(), ..ListUploadedPartsRequest::new("1", "f", "u") };
        match request.next_request(&value) {
            Ok(Some(next)) => {
                let marker = next.part_number_marker.unwrap();
                prop_assert!(!marker.is_empty());
                prop_assert_eq!(Some(&marker), value.next_marker());
                prop_assert!(current.is_none_or(|current| current.as_text() != marker.as_text()));
            }
            Ok(None) => prop_assert!(value.next_marker().is_none()),
            Err(error) => prop_assert!(error.kind() == ErrorKind::Paging && error.path() == Some("next_part_number_marker"), "{}", error),
        }
    }
}
