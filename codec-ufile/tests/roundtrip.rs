//! Properties: for generated values of every type, `decode(encode(x)) == x`, and the
//! typed JSON reads back to the same value. Values come from each type's own
//! `Arbitrary` (the structured fuzz targets' generator), fed bytes that hold what needs
//! escaping in JSON and in query strings: `"`, `\`, control characters, `&`, `%`, `+`,
//! `=`, `?`, `#`, `/`, spaces and non-ASCII.

use std::borrow::Cow;

use codec_core::listing::ListRequest;
use codec_core::{Decode, Encode, Normalize};
use codec_ufile::{
    ErrorResponse, GetMultiUploadIdRequest, GetMultiUploadIdResponse, GetMultiUploadPartRequest,
    GetMultiUploadPartResponse,
};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// Any character, weighted towards the ones that need care in JSON and query strings.
fn special_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::sample::select(vec![
            '"', '\\', '/', '\u{0}', '\u{1f}', '\u{7f}', '\n', '\r', '\t', '\u{8}', '\u{c}',
            '&', '%', '+', '=', '?', '#', ' ', 'é', '键', '\u{2028}', '\u{1F600}', '\u{FEFF}',
        ]),
        5 => proptest::char::range('a', 'z'),
        2 => any::<char>(),
    ]
}

fn text() -> impl Strategy<Value = Cow<'static, str>> {
    prop::collection::vec(special_char(), 0..24)
        .prop_map(|chars| Cow::Owned(chars.into_iter().collect()))
}

fn opt_text() -> impl Strategy<Value = Option<Cow<'static, str>>> {
    proptest::option::of(text())
}

/// `decode(encode(value)) == value`, and the typed JSON reads back to `value`.
macro_rules! round_trip {
    ($ty:ident, $value:expr) => {{
        let value = $value;
        let wire = value.encode().unwrap();
        let decoded = $ty::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<$ty<'_>>(&json).unwrap(), value);
    }};
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 384,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn get_multi_upload_part_response_round_trips(value in codec_testkit::arbitrary!(GetMultiUploadPartResponse)) {
        // The normalized conversion either succeeds or names the field it could not read.
        if let Err(error) = value.normalize() {
            prop_assert!(error.path().is_some_and(|path| path.starts_with("Parts[")), "{}", error);
        }
        round_trip!(GetMultiUploadPartResponse, value);
    }

    #[test]
    fn get_multi_upload_id_response_round_trips(value in codec_testkit::arbitrary!(GetMultiUploadIdResponse)) {
        if let Err(error) = value.normalize() {
            prop_assert!(error.path().is_some_and(|path| path.starts_with("DataSet[")), "{}", error);
        }
        round_trip!(GetMultiUploadIdResponse, value);
    }

    #[test]
    fn get_multi_upload_part_request_round_trips(value in codec_testkit::arbitrary!(GetMultiUploadPartRequest)) {
        round_trip!(GetMultiUploadPartRequest, value);
    }

    #[test]
    fn get_multi_upload_id_request_round_trips(value in codec_testkit::arbitrary!(GetMultiUploadIdRequest)) {
        round_trip!(GetMultiUploadIdRequest, value);
    }

    #[test]
    fn error_response_round_trips(value in codec_testkit::arbitrary!(ErrorResponse)) {
        round_trip!(ErrorResponse, value);
    }

    #[test]
    fn a_non_zero_ret_code_is_a_service_error_wherever_it_stands(
        page in codec_testkit::arbitrary!(GetMultiUploadPartResponse),
        code in any::<i64>().prop_filter("non-zero", |code| *code != 0),
        err_msg in opt_text(),
    ) {
        let page = GetMultiUploadPartResponse { ret_code: Some(code), err_msg: err_msg.clone(), ..page };
        let error = GetMultiUploadPartResponse::decode(&page.encode().unwrap()).unwrap_err();
        prop_assert_eq!(error.kind(), codec_core::ErrorKind::Service, "{}", error);
        let service = error.service_error().unwrap();
        prop_assert_eq!(service.code.as_ref(), code.to_string());
        // Without Parts, the body is still UFile's error, not a missing field.
        let body = ErrorResponse { ret_code: code, err_msg, message: None, action: None };
        let error = GetMultiUploadPartResponse::decode(&body.encode().unwrap()).unwrap_err();
        prop_assert_eq!(error.kind(), codec_core::ErrorKind::Service, "{}", error);
        let error = GetMultiUploadIdResponse::decode(&body.encode().unwrap()).unwrap_err();
        prop_assert_eq!(error.kind(), codec_core::ErrorKind::Service, "{}", error);
    }

    #[test]
    fn arbitrary_bytes_give_a_value_or_a_one_line_error(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        let errors = [
            GetMultiUploadPartResponse::decode(&bytes).err(),
            GetMultiUploadIdResponse::decode(&bytes).err(),
            GetMultiUploadPartRequest::decode(&bytes).err(),
            GetMultiUploadIdRequest::decode(&bytes).err(),
            ErrorResponse::decode(&bytes).err(),
        ];
        for error in errors.into_iter().flatten() {
            prop_assert!(!error.to_string().contains('\n'));
            prop_assert!(error.to_string().starts_with("ufile "), "{}", error);
            prop_assert!(error.offset().is_none_or(|offset| offset <= bytes.len()), "{}", error);
        }
    }

    #[test]
    fn the_part_pager_moves_forward_or_stops(
        value in codec_testkit::arbitrary!(GetMultiUploadPartResponse),
        marker in any::<Option<u32>>(),
    ) {
        let request = GetMultiUploadPartRequest { part_number_marker: marker, ..GetMultiUploadPartRequest::new("u") };
        match request.next_request(&value) {
            Ok(Some(next)) => {
                prop_assert_eq!(value.is_truncated, Some(true));
                prop_assert!(next.part_number_marker > marker);
                prop_assert_eq!(next.upload_id.as_ref(), "u");
            }
            Ok(None) => prop_assert!(value.next_marker().is_none()),
            Err(error) => prop_assert!(value.next_marker() <= marker, "{}", error),
        }
    }

    #[test]
    fn the_upload_pager_moves_forward_or_stops(value in codec_testkit::arbitrary!(GetMultiUploadIdResponse), marker in text()) {
        let request = GetMultiUploadIdRequest::new().with_marker(marker.clone()).with_page_size(7);
        match request.next_request(&value) {
            Ok(Some(next)) => {
                prop_assert_ne!(&next.marker, &marker);
                prop_assert_eq!(Some(next.marker.as_ref()), value.next_marker());
                prop_assert_eq!(next.limit, 7);
            }
            Ok(None) => prop_assert!(value.next_marker().is_none()),
            Err(error) => prop_assert_eq!(value.next_marker(), Some(marker.as_ref()), "{}", error),
        }
    }
}
