//! Properties: for generated values of every type, `decode(encode(x)) == x`, and the
//! typed JSON reads back to the same value. Strings include what needs escaping in
//! JSON and what upload URLs carry: `"`, `\`, control characters, `/`, `&`, `%`, `+`,
//! `=`, `?`, `#`, spaces, U+2028 and non-ASCII.

use std::borrow::Cow;

use codec_core::{Decode, ETag, Encode, Normalize};
use codec_pds::{
    ErrorResponse, HashContext, HashWords, ListUploadedPartsRequest, ListUploadedPartsResponse,
    PartNumberMarker, SignatureInfo, UploadFormInfo, UploadedPart,
};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// Any character, weighted towards the ones that need care.
fn json_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::sample::select(vec![
            '"', '\\', '/', '&', '%', '+', '=', '?', '#', ' ', '\u{0}', '\u{1f}', '\n', '\t',
            '\r', '\u{8}', '\u{c}', '\u{7f}', '\u{2028}', 'é', '键', '\u{1F600}', '\u{FEFF}',
        ]),
        5 => proptest::char::range('a', 'z'),
        2 => any::<char>(),
    ]
}

fn text() -> impl Strategy<Value = Cow<'static, str>> {
    prop::collection::vec(json_char(), 0..24)
        .prop_map(|chars| Cow::Owned(chars.into_iter().collect()))
}

fn opt_text() -> impl Strategy<Value = Option<Cow<'static, str>>> {
    proptest::option::of(text())
}

/// `None`, `Some(None)` (`null`) or a value.
fn nullable<T: std::fmt::Debug + Clone>(
    value: impl Strategy<Value = T>,
) -> impl Strategy<Value = Option<Option<T>>> {
    proptest::option::of(proptest::option::of(value))
}

/// A wire ETag: quoted with any value, or bare with a value that does not itself look
/// quoted (the wire cannot tell `"a"` bare from `a` quoted).
fn etag() -> impl Strategy<Value = ETag<'static>> {
    (text(), any::<bool>()).prop_map(|(value, quoted)| {
        let looks_quoted = value.len() >= 2 && value.starts_with('"') && value.ends_with('"');
        ETag::new(value, quoted || looks_quoted)
    })
}

fn marker() -> impl Strategy<Value = PartNumberMarker<'static>> {
    prop_oneof![
        any::<u64>().prop_map(PartNumberMarker::Number),
        text().prop_map(PartNumberMarker::Text)
    ]
}

fn hash_context() -> impl Strategy<Value = HashContext> {
    (
        nullable(
            prop::collection::vec(any::<i64>(), 0..=8)
                .prop_map(|w| HashWords::from_slice(&w).unwrap()),
        ),
        any::<Option<u64>>(),
    )
        .prop_map(|(h, part_offset)| HashContext { h, part_offset })
}

fn form_info() -> impl Strategy<Value = UploadFormInfo<'static>> {
    (opt_text(), opt_text(), opt_text(), opt_text(), opt_text(), opt_text(), opt_text()).prop_map(
        |(
            bucket_name,
            oss_end_point,
            object_key,
            oss_access_key_id,
            oss_security_token,
            policy,
            signature,
        )| {
            UploadFormInfo {
                bucket_name,
                oss_end_point,
                object_key,
                oss_access_key_id,
                oss_security_token,
                policy,
                signature,
            }
        },
    )
}

fn signature_info() -> impl Strategy<Value = SignatureInfo<'static>> {
    (opt_text(), opt_text(), opt_text()).prop_map(|(auth_type, signature, sts_token)| {
        SignatureInfo { auth_type, signature, sts_token }
    })
}

prop_compose! {
    fn part()(
        head in (
            proptest::option::of(1..=10_000u32),
            any::<Option<u64>>(),
            opt_text(),
            opt_text(),
            proptest::option::of(etag()),
            opt_text(),
        ),
        tail in (
            nullable(hash_context()),
            nullable(form_info()),
            nullable(form_info()),
            nullable(signature_info()),
            nullable(hash_context()),
        ),
    ) -> UploadedPart<'static> {
        let (part_number, part_size, upload_url, internal_upload_url, etag, content_type) = head;
        let (parallel_sha1_ctx, upload_form_info, internal_upload_form_info, signature_info, parallel_sha256_ctx) = tail;
        UploadedPart {
            part_number, part_size, upload_url, internal_upload_url, etag, content_type,
            parallel_sha1_ctx, upload_form_info, internal_upload_form_info, signature_info,
            parallel_sha256_ctx,
        }
    }
}

prop_compose! {
    fn response()(
        file_id in opt_text(),
        upload_id in opt_text(),
        uploaded_parts in nullable(prop::collection::vec(part(), 0..4)),
        next_part_number_marker in proptest::option::of(marker()),
        parallel_upload in any::<Option<bool>>(),
    ) -> ListUploadedPartsResponse<'static> {
        ListUploadedPartsResponse { file_id, upload_id, uploaded_parts, next_part_number_marker, parallel_upload }
    }
}

prop_compose! {
    fn request()(
        ids in prop_oneof![
            text().prop_map(|d| (Some(d), None)),
            text().prop_map(|s| (None, Some(s))),
            (text(), text()).prop_map(|(d, s)| (Some(d), Some(s))),
        ],
        file_id in text(),
        upload_id in text(),
        limit in proptest::option::of(1..=1_000u32),
        part_number_marker in proptest::option::of(marker()),
    ) -> ListUploadedPartsRequest<'static> {
        let (drive_id, share_id) = ids;
        ListUploadedPartsRequest { drive_id, file_id, upload_id, limit, part_number_marker, share_id }
    }
}

prop_compose! {
    fn error_response()(
        code in text(),
        message in opt_text(),
        request_id in opt_text(),
        request_id_camel in opt_text(),
    ) -> ErrorResponse<'static> {
        ErrorResponse { code, message, request_id, request_id_camel }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn response_round_trips(value in response()) {
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
    fn request_round_trips(value in request()) {
        let wire = value.encode().unwrap();
        let decoded = ListUploadedPartsRequest::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let wire_value: serde_json::Value = serde_json::from_slice(&wire).unwrap();
        prop_assert_eq!(&wire_value, &serde_json::to_value(&value).unwrap());
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<ListUploadedPartsRequest<'_>>(&json).unwrap(), value);
    }

    #[test]
    fn error_response_round_trips(value in error_response()) {
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
    fn json_shaped_noise_decodes_or_fails_cleanly(value in response(), cut in any::<prop::sample::Index>(), byte in any::<u8>()) {
        // One byte of a valid body replaced: a value or a clean error, never a panic.
        let mut wire = value.encode().unwrap();
        let at = cut.index(wire.len());
        wire[at] = byte;
        if let Err(error) = ListUploadedPartsResponse::decode(&wire) {
            prop_assert!(error.offset().is_none_or(|offset| offset <= wire.len()), "{}", error);
        }
    }

    #[test]
    fn the_pager_moves_forward_or_stops(value in response(), current in proptest::option::of(marker())) {
        let request = ListUploadedPartsRequest { part_number_marker: current.clone(), ..ListUploadedPartsRequest::new("1", "f", "u") };
        match request.next_request(&value) {
            Ok(Some(next)) => {
                let marker = next.part_number_marker.unwrap();
                prop_assert!(!marker.is_empty());
                prop_assert_eq!(Some(&marker), value.next_marker());
                prop_assert!(current.is_none_or(|current| current.as_text() != marker.as_text()));
            }
            Ok(None) => prop_assert!(value.next_marker().is_none()),
            Err(error) => prop_assert!(error.path() == Some("next_part_number_marker"), "{}", error),
        }
    }
}
