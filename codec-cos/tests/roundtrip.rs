//! Properties: for generated values of every type, `decode(encode(x)) == x`, and the
//! typed JSON reads back to the same value. Strings include what needs escaping in
//! XML and in query strings: `<`, `&`, `>`, quotes, `]]>`, `%`, `+`, `=`, `?`, `#`,
//! `/`, spaces at either end, `\r`, tabs and non-ASCII.

use std::borrow::Cow;

use codec_core::{Decode, ETag, Encode, Normalize};
use codec_cos::list_parts::EncodingTypeElement;
use codec_cos::{
    EncodingType, ErrorFormat, ErrorResponse, ListPartsRequest, ListPartsResult, Owner, Part,
    StorageClass,
};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;

/// Characters XML 1.0 can carry, weighted towards the ones that need care.
fn xml_char() -> impl Strategy<Value = char> {
    prop_oneof![
        3 => prop::sample::select(vec![
            '<', '>', '&', '"', '\'', ']', '%', '+', '=', '?', '#', '/', ' ', '\r', '\n', '\t',
            ';', 'é', '键', '✓', '\u{1F600}', '\u{FEFF}',
        ]),
        5 => proptest::char::range('a', 'z'),
        2 => any::<char>().prop_filter("XML 1.0 character", |c| codec_core::xml::is_xml_char(*c)),
    ]
}

fn text() -> impl Strategy<Value = Cow<'static, str>> {
    prop::collection::vec(xml_char(), 0..24)
        .prop_map(|chars| Cow::Owned(chars.into_iter().collect()))
}

/// Any text for a query string: percent-encoding carries every character.
fn query_text() -> impl Strategy<Value = Cow<'static, str>> {
    any::<String>().prop_map(Cow::Owned)
}

/// A wire ETag: quoted with any value, or bare with a value that does not itself look
/// quoted (the wire cannot tell `"a"` bare from `a` quoted).
fn etag() -> impl Strategy<Value = ETag<'static>> {
    (text(), any::<bool>()).prop_map(|(value, quoted)| {
        let looks_quoted = value.len() >= 2 && value.starts_with('"') && value.ends_with('"');
        ETag::new(value, quoted || looks_quoted)
    })
}

fn owner() -> impl Strategy<Value = Owner<'static>> {
    (proptest::option::of(text()), proptest::option::of(text()))
        .prop_map(|(id, display_name)| Owner { id, display_name })
}

fn part() -> impl Strategy<Value = Part<'static>> {
    (
        1..=10_000u32,
        proptest::option::of(text()),
        proptest::option::of(etag()),
        any::<Option<u64>>(),
    )
        .prop_map(|(part_number, last_modified, etag, size)| Part {
            part_number,
            last_modified,
            etag,
            size,
        })
}

fn encoding_type_element() -> impl Strategy<Value = EncodingTypeElement> {
    prop::sample::select(vec![
        EncodingTypeElement::EncodingDashUpperType,
        EncodingTypeElement::EncodingDashLowerType,
        EncodingTypeElement::EncodingType,
    ])
}

prop_compose! {
    fn list_parts_result()(
        head in (
            proptest::option::of(text()),
            proptest::option::of(text().prop_map(EncodingType)),
            encoding_type_element(),
            proptest::option::of(text()),
            proptest::option::of(text()),
            proptest::option::of(owner()),
            proptest::option::of(owner()),
        ),
        tail in (
            proptest::option::of(0..=10_000u32),
            prop::collection::vec(part(), 0..6),
            proptest::option::of(0..=10_000u32),
            proptest::option::of(text().prop_map(StorageClass)),
            any::<Option<u32>>(),
            any::<Option<bool>>(),
        ),
    ) -> ListPartsResult<'static> {
        let (bucket, encoding_type, encoding_type_element, key, upload_id, initiator, owner) = head;
        let (part_number_marker, parts, next_part_number_marker, storage_class, max_parts, is_truncated) = tail;
        // The element's spelling means something only when the element is there.
        let encoding_type_element = if encoding_type.is_some() {
            encoding_type_element
        } else {
            EncodingTypeElement::default()
        };
        ListPartsResult {
            bucket, encoding_type, encoding_type_element, key, upload_id, initiator, owner,
            part_number_marker, parts, next_part_number_marker, storage_class, max_parts,
            is_truncated,
        }
    }
}

prop_compose! {
    fn list_parts_request()(
        key in proptest::option::of(query_text().prop_filter("a key is not empty", |k| !k.is_empty())),
        upload_id in query_text(),
        encoding_type in proptest::option::of(query_text().prop_map(EncodingType)),
        max_parts in proptest::option::of(1..=1_000u32),
        part_number_marker in proptest::option::of(0..=10_000u32),
    ) -> ListPartsRequest<'static> {
        ListPartsRequest { key, upload_id, encoding_type, max_parts, part_number_marker }
    }
}

prop_compose! {
    fn error_response()(
        code in text(),
        message in proptest::option::of(text()),
        resource in proptest::option::of(text()),
        request_id in proptest::option::of(text()),
        trace_id in proptest::option::of(text()),
        format in prop::sample::select(vec![ErrorFormat::Xml, ErrorFormat::Json]),
    ) -> ErrorResponse<'static> {
        ErrorResponse { code, message, resource, request_id, trace_id, format }
    }
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: Some(Box::new(FileFailurePersistence::WithSource("proptest-regressions"))),
        ..ProptestConfig::default()
    })]

    #[test]
    fn list_parts_result_round_trips(value in list_parts_result()) {
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
    fn list_parts_request_round_trips(value in list_parts_request()) {
        let wire = value.encode().unwrap();
        let decoded = ListPartsRequest::decode(&wire);
        prop_assert_eq!(decoded.as_ref().ok(), Some(&value), "{}", String::from_utf8_lossy(&wire));
        let json = serde_json::to_string(&value).unwrap();
        prop_assert_eq!(serde_json::from_str::<ListPartsRequest<'_>>(&json).unwrap(), value);
    }

    #[test]
    fn error_response_round_trips(value in error_response()) {
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
        value in list_parts_result(),
        marker in proptest::option::of(0..=10_000u32),
    ) {
        let request = ListPartsRequest { part_number_marker: marker, ..ListPartsRequest::new("u") };
        match request.next_request(&value) {
            Ok(Some(next)) => {
                prop_assert_eq!(value.is_truncated, Some(true));
                prop_assert!(next.part_number_marker > marker);
            }
            Ok(None) => prop_assert!(value.next_marker().is_none()),
            Err(error) => prop_assert!(value.next_marker() <= marker, "{}", error),
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
