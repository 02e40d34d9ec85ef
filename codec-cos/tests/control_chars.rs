//! Keys with control characters (issue 15, item 4). Where a request takes no
//! `encoding-type=url` (Initiate and Complete take none; List Parts and List Multipart
//! Uploads take it, but need not be sent it), COS writes a key's control characters
//! (U+0001 to U+001F but tab, line feed and carriage return) raw into XML, which XML 1.0
//! forbids; COS's Go SDK recovers by scraping the body (`…_XMLSyntaxError` tests, the
//! two `bel-in-key` fixtures). Every COS response type (the two listings, Initiate,
//! Complete and the `<Error>` body) reads them and keeps them, writes them back raw,
//! and is XML 1.0 exactly with `ControlChars::Refuse`, both ways, through one API:
//! `decode_with_control_chars` and `encode_with_control_chars`. Request bodies stay
//! XML 1.0 exactly.

use std::borrow::Cow;

use codec_core::xml::ControlChars;
use codec_core::{Decode, Encode, ErrorKind, Limits, Normalize};
use codec_cos::{
    CompleteMultipartUpload, CompleteMultipartUploadResult, ErrorResponse,
    InitiateMultipartUploadResult, ListMultipartUploadsResult, ListPartsResult, PartETag,
};

const DIR: &str = env!("CARGO_MANIFEST_DIR");

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{DIR}/fixtures/{name}")).unwrap()
}

const BEL_KEY: &str = "test/hello_\u{7}.txt";

#[test]
fn the_go_sdk_bodies_decode_with_the_bel_kept() {
    let body = fixture("ok/initiate-multipart-upload/go-sdk-initiate-result-bel-in-key.xml");
    let initiate = InitiateMultipartUploadResult::decode(&body).unwrap();
    assert_eq!(initiate.key.as_deref(), Some(BEL_KEY));
    assert!(matches!(initiate.key, Some(Cow::Borrowed(_))), "borrowed");
    assert_eq!(initiate.normalize().unwrap().key.as_deref(), Some(BEL_KEY));
    assert_eq!(initiate.bucket.as_deref(), Some("test-1253846586"));

    let body = fixture("ok/complete-multipart-upload/go-sdk-complete-result-bel-in-key.xml");
    let complete = CompleteMultipartUploadResult::decode(&body).unwrap();
    assert_eq!(complete.key.as_deref(), Some(BEL_KEY));
    assert_eq!(complete.etag.value(), "594f98b11c6901c0f0683de1085a6d0e-4");
    assert_eq!(complete.normalize().unwrap().key.as_deref(), Some(BEL_KEY));
}

#[test]
fn strict_decoding_refuses_them_at_the_character() {
    for (name, decode) in [
        (
            "ok/initiate-multipart-upload/go-sdk-initiate-result-bel-in-key.xml",
            (|body: &[u8]| {
                InitiateMultipartUploadResult::decode_with_control_chars(
                    body,
                    &Limits::default(),
                    ControlChars::Refuse,
                )
                .map(drop)
            }) as fn(&[u8]) -> codec_core::Result<()>,
        ),
        ("ok/complete-multipart-upload/go-sdk-complete-result-bel-in-key.xml", |body| {
            CompleteMultipartUploadResult::decode_with_control_chars(
                body,
                &Limits::default(),
                ControlChars::Refuse,
            )
            .map(drop)
        }),
    ] {
        let body = fixture(name);
        let error = decode(&body).unwrap_err();
        let bel = body.iter().position(|&b| b == 7).unwrap();
        assert_eq!((error.kind(), error.offset()), (ErrorKind::Syntax, Some(bel)), "{error}");
        assert!(error.to_string().starts_with("cos "), "{error}");
        assert!(error.to_string().contains("U+0007"), "{error}");
    }
}

#[test]
fn keep_is_what_decode_does() {
    let body = fixture("ok/complete-multipart-upload/go-sdk-complete-result-bel-in-key.xml");
    let kept = CompleteMultipartUploadResult::decode_with_control_chars(
        &body,
        &Limits::default(),
        ControlChars::Keep,
    )
    .unwrap();
    assert_eq!(kept, CompleteMultipartUploadResult::decode(&body).unwrap());
}

#[test]
fn they_are_written_back_raw_as_cos_writes_them() {
    let body = fixture("ok/initiate-multipart-upload/go-sdk-initiate-result-bel-in-key.xml");
    let initiate = InitiateMultipartUploadResult::decode(&body).unwrap();
    let wire = initiate.encode().unwrap();
    let needle = b"<Key>test/hello_\x07.txt</Key>";
    assert!(wire.windows(needle.len()).any(|w| w == needle), "{}", String::from_utf8_lossy(&wire));
    assert_eq!(InitiateMultipartUploadResult::decode(&wire).unwrap(), initiate);

    let body = fixture("ok/complete-multipart-upload/go-sdk-complete-result-bel-in-key.xml");
    let complete = CompleteMultipartUploadResult::decode(&body).unwrap();
    let wire = complete.encode().unwrap();
    assert!(wire.windows(needle.len()).any(|w| w == needle));
    assert_eq!(CompleteMultipartUploadResult::decode(&wire).unwrap(), complete);
}

#[test]
fn strict_encoding_refuses_them_naming_the_field_and_leaves_the_output_alone() {
    let initiate = InitiateMultipartUploadResult {
        key: Some(BEL_KEY.into()),
        upload_id: "u".into(),
        ..InitiateMultipartUploadResult::default()
    };
    let mut out = b"kept".to_vec();
    let error = initiate.encode_with_control_chars(&mut out, ControlChars::Refuse).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::Unencodable, Some("Key")));
    assert_eq!(
        error.to_string(),
        "cos initiate-multipart-upload: cannot encode, field Key: U+0007 cannot be written in XML 1.0"
    );
    assert_eq!(out, b"kept");
    initiate.encode_with_control_chars(&mut out, ControlChars::Keep).unwrap();
    assert_eq!(&out[4..], &initiate.encode().unwrap()[..]);

    let complete = CompleteMultipartUploadResult {
        location: Some(format!("b.cos.ap-guangzhou.myqcloud.com/{BEL_KEY}").into()),
        etag: codec_core::ETag::new("e-2", true),
        ..CompleteMultipartUploadResult::default()
    };
    let error =
        complete.encode_with_control_chars(&mut Vec::new(), ControlChars::Refuse).unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::Unencodable, Some("Location")));
}

#[test]
fn every_control_character_but_nul_round_trips_and_nul_is_refused_both_ways() {
    for byte in 1u8..0x20 {
        let key = format!("a{}b", char::from(byte));
        let result = CompleteMultipartUploadResult {
            key: Some(key.as_str().into()),
            etag: codec_core::ETag::new("e", true),
            ..CompleteMultipartUploadResult::default()
        };
        let wire = result.encode().unwrap();
        assert_eq!(CompleteMultipartUploadResult::decode(&wire).unwrap(), result, "{byte:#x}");
    }
    let nul = InitiateMultipartUploadResult { upload_id: "a\u{0}".into(), ..Default::default() };
    assert_eq!(nul.encode().unwrap_err().kind(), ErrorKind::Unencodable);
    let error = InitiateMultipartUploadResult::decode(
        b"<InitiateMultipartUploadResult><UploadId>a\0</UploadId></InitiateMultipartUploadResult>",
    )
    .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Syntax);
}

#[test]
fn they_are_kept_in_text_only() {
    for body in [
        &b"<InitiateMultipartUploadResult><Key\x07>k</Key\x07><UploadId>u</UploadId></InitiateMultipartUploadResult>"[..],
        b"<InitiateMultipartUploadResult a=\"\x07\"><UploadId>u</UploadId></InitiateMultipartUploadResult>",
        b"<InitiateMultipartUploadResult><!--\x07--><UploadId>u</UploadId></InitiateMultipartUploadResult>",
        b"\x07<InitiateMultipartUploadResult><UploadId>u</UploadId></InitiateMultipartUploadResult>",
    ] {
        let error = InitiateMultipartUploadResult::decode(body).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Syntax, "{error}");
        let bel = body.iter().position(|&b| b == 7).unwrap();
        assert_eq!(error.offset(), Some(bel), "{error}");
    }
}

#[test]
fn an_error_body_with_one_in_its_message_is_still_the_service_error() {
    let body = b"<Error><Code>NoSuchUpload</Code><Message>no upload for test/hello_\x07.txt</Message></Error>";
    let error = CompleteMultipartUploadResult::decode(body).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Service);
    let whole = codec_cos::ErrorResponse::from_error(&error).unwrap();
    assert_eq!(whole.message.as_deref(), Some("no upload for test/hello_\u{7}.txt"));
}

#[test]
fn a_character_reference_to_one_is_read_too() {
    let body = b"<InitiateMultipartUploadResult><Key>a&#7;b&#x1f;</Key><UploadId>u</UploadId></InitiateMultipartUploadResult>";
    let result = InitiateMultipartUploadResult::decode(body).unwrap();
    assert_eq!(result.key.as_deref(), Some("a\u{7}b\u{1F}"));
}

/// One response type's whole contract for a key holding U+0007, checked on `body`
/// (which holds U+0007 in the field `path` first, in encoding order): decoding keeps
/// it where `kept` looks, encoding writes it back raw within `element` and decodes to
/// the same value, `Keep` is what `decode` and `encode` do, and `Refuse` refuses it
/// both ways: decoding at its offset, encoding naming `path` and leaving the output
/// alone.
macro_rules! check_bel {
    ($ty:ident, $body:expr, $kept:expr, $element:expr, $path:expr) => {{
        let body: &[u8] = $body;
        let name = stringify!($ty);
        let value = $ty::decode(body).unwrap_or_else(|e| panic!("{name}: {e}"));
        let kept: for<'v> fn(&'v $ty<'_>) -> Option<&'v str> = $kept;
        assert_eq!(kept(&value), Some(BEL_KEY), "{name}");
        assert_eq!(
            $ty::decode_with_control_chars(body, &Limits::default(), ControlChars::Keep).unwrap(),
            value,
            "{name}: Keep is what decode does"
        );

        let wire = value.encode().unwrap();
        let element: &[u8] = $element;
        assert!(
            wire.windows(element.len()).any(|w| w == element),
            "{name}: {}",
            String::from_utf8_lossy(&wire)
        );
        assert_eq!($ty::decode(&wire).unwrap(), value, "{name}: round trip");
        let mut kept_out = Vec::new();
        value.encode_with_control_chars(&mut kept_out, ControlChars::Keep).unwrap();
        assert_eq!(kept_out, wire, "{name}: Keep is what encode does");

        let error = $ty::decode_with_control_chars(body, &Limits::default(), ControlChars::Refuse)
            .unwrap_err();
        let bel = body.iter().position(|&b| b == 7).unwrap();
        assert_eq!(
            (error.kind(), error.offset()),
            (ErrorKind::Syntax, Some(bel)),
            "{name}: {error}"
        );
        assert!(error.to_string().starts_with("cos "), "{name}: {error}");
        assert!(error.to_string().contains("U+0007"), "{name}: {error}");

        let mut out = b"kept".to_vec();
        let error = value.encode_with_control_chars(&mut out, ControlChars::Refuse).unwrap_err();
        assert_eq!(
            (error.kind(), error.path()),
            (ErrorKind::Unencodable, Some($path)),
            "{name}: {error}"
        );
        assert!(error.to_string().contains("U+0007"), "{name}: {error}");
        assert_eq!(out, b"kept", "{name}: the output is left alone");
        value
    }};
}

#[test]
fn every_response_type_keeps_a_bel_in_a_key_writes_it_raw_and_refuses_it_when_strict() {
    check_bel!(
        ListPartsResult,
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListPartsResult><Bucket>examplebucket-1250000000</Bucket>\
          <Encoding-Type/><Key>test/hello_\x07.txt</Key><UploadId>1585130821cbb7df</UploadId>\
          <Part><PartNumber>1</PartNumber><ETag>&quot;39270a96&quot;</ETag><Size>1</Size></Part>\
          <IsTruncated>false</IsTruncated></ListPartsResult>",
        |page| page.key.as_deref(),
        b"<Key>test/hello_\x07.txt</Key>",
        "Key"
    );
    check_bel!(
        ListMultipartUploadsResult,
        b"<ListMultipartUploadsResult><Bucket>examplebucket-1250000000</Bucket><Encoding-Type/>\
          <Upload><Key>test/hello_\x07.txt</Key><UploadId>1484727158f2b803</UploadId>\
          <Initiated>2017-06-12T10:13:05.000Z</Initiated></Upload>\
          <IsTruncated>false</IsTruncated></ListMultipartUploadsResult>",
        |page| page.uploads[0].key.as_deref(),
        b"<Upload><Key>test/hello_\x07.txt</Key>",
        "Upload[0].Key"
    );
    check_bel!(
        ErrorResponse,
        b"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>NoSuchUpload</Code>\
          <Message>The specified upload does not exist.</Message>\
          <Resource>test/hello_\x07.txt</Resource><RequestId>NjA3</RequestId></Error>",
        |error| error.resource.as_deref(),
        b"<Resource>test/hello_\x07.txt</Resource>",
        "Resource"
    );
    let body = fixture("ok/initiate-multipart-upload/go-sdk-initiate-result-bel-in-key.xml");
    check_bel!(
        InitiateMultipartUploadResult,
        &body,
        |result| result.key.as_deref(),
        b"<Key>test/hello_\x07.txt</Key>",
        "Key"
    );
    let body = fixture("ok/complete-multipart-upload/go-sdk-complete-result-bel-in-key.xml");
    check_bel!(
        CompleteMultipartUploadResult,
        &body,
        |result| result.key.as_deref(),
        b"<Key>test/hello_\x07.txt</Key>",
        "Key"
    );
}

#[test]
fn every_key_of_a_list_multipart_uploads_page_keeps_them_and_so_does_the_model() {
    let body = b"<ListMultipartUploadsResult><KeyMarker>a\x01</KeyMarker>\
        <NextKeyMarker>test/hello_\x07.txt</NextKeyMarker><NextUploadIdMarker>2</NextUploadIdMarker>\
        <IsTruncated>true</IsTruncated><Prefix>test/\x1f</Prefix><Delimiter>\x02</Delimiter>\
        <Upload><Key>test/hello_\x07.txt</Key><UploadID>2</UploadID>\
        <Owner><ID>1250000000</ID><DisplayName>d\x03</DisplayName></Owner></Upload>\
        <CommonPrefixs><Prefix>test/\x1f/</Prefix></CommonPrefixs></ListMultipartUploadsResult>";
    let page = ListMultipartUploadsResult::decode(body).unwrap();
    assert_eq!(page.key_marker.as_deref(), Some("a\u{1}"));
    assert_eq!(page.prefix.as_deref(), Some("test/\u{1F}"));
    assert_eq!(page.delimiter.as_deref(), Some("\u{2}"));
    let owner = page.uploads[0].owner.as_ref().unwrap();
    assert_eq!(owner.display_name.as_deref(), Some("d\u{3}"));
    assert_eq!(page.common_prefixes[0].prefix.as_deref(), Some("test/\u{1F}/"));
    let model = page.normalize().unwrap();
    assert_eq!(model.uploads[0].key.as_deref(), Some(BEL_KEY));
    assert_eq!(model.next_marker.as_deref(), Some(BEL_KEY));
    assert_eq!(model.prefixes, ["test/\u{1F}/"]);

    let wire = page.encode().unwrap();
    assert_eq!(ListMultipartUploadsResult::decode(&wire).unwrap(), page);
    // The first field in encoding order that holds one is the one named.
    let error = page.encode_with_control_chars(&mut Vec::new(), ControlChars::Refuse).unwrap_err();
    assert_eq!(error.path(), Some("KeyMarker"));
    let error = ListMultipartUploadsResult::decode_with_control_chars(
        body,
        &Limits::default(),
        ControlChars::Refuse,
    )
    .unwrap_err();
    assert_eq!(error.offset(), body.iter().position(|&b| b == 1));
}

#[test]
fn a_list_parts_page_keeps_them_in_every_text_and_etag() {
    let body = b"<ListPartsResult><Key>k</Key><Initiator><ID>\x05</ID></Initiator>\
        <Part><PartNumber>1</PartNumber><LastModified>\x06</LastModified>\
        <ETag>&quot;e\x1e&quot;</ETag></Part><StorageClass>S\x04</StorageClass></ListPartsResult>";
    let page = ListPartsResult::decode(body).unwrap();
    assert_eq!(page.initiator.as_ref().unwrap().id.as_deref(), Some("\u{5}"));
    assert_eq!(page.parts[0].last_modified.as_deref(), Some("\u{6}"));
    let etag = page.parts[0].etag.as_ref().unwrap();
    assert_eq!((etag.value(), etag.is_quoted(), etag.is_borrowed()), ("e\u{1E}", true, true));
    assert_eq!(page.storage_class.as_ref().unwrap().as_str(), "S\u{4}");
    let wire = page.encode().unwrap();
    let needle = b"<ETag>&quot;e\x1e&quot;</ETag>";
    assert!(wire.windows(needle.len()).any(|w| w == needle));
    assert_eq!(ListPartsResult::decode(&wire).unwrap(), page);
    let error = page.encode_with_control_chars(&mut Vec::new(), ControlChars::Refuse).unwrap_err();
    assert_eq!(error.path(), Some("Initiator.ID"));
    let strict = ListPartsResult { initiator: None, ..page };
    let error =
        strict.encode_with_control_chars(&mut Vec::new(), ControlChars::Refuse).unwrap_err();
    assert_eq!(error.path(), Some("Part[0].LastModified"));
}

#[test]
fn an_error_body_in_place_of_a_page_keeps_them_too_and_strict_refuses_it() {
    let body = b"<Error><Code>NoSuchUpload</Code><Resource>b.cos.ap-beijing.myqcloud.com/test/hello_\x07.txt</Resource></Error>";
    for error in [
        ListPartsResult::decode(body).unwrap_err(),
        ListMultipartUploadsResult::decode(body).unwrap_err(),
        InitiateMultipartUploadResult::decode(body).unwrap_err(),
    ] {
        assert_eq!(error.kind(), ErrorKind::Service, "{error}");
        let whole = ErrorResponse::from_error(&error).unwrap();
        assert!(whole.resource.as_deref().unwrap().ends_with(BEL_KEY));
    }
    let error =
        ListPartsResult::decode_with_control_chars(body, &Limits::default(), ControlChars::Refuse)
            .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Syntax);
    assert_eq!(error.offset(), body.iter().position(|&b| b == 7));
    assert!(error.to_string().starts_with("cos list-parts: "), "{error}");
}

#[test]
fn the_json_error_form_carries_them_escaped_whatever_the_choice() {
    let body = br#"{"code":"NoSuchUpload","resource":"test/hello_\u0007.txt"}"#;
    let error = ErrorResponse::decode(body).unwrap();
    assert_eq!(error.resource.as_deref(), Some(BEL_KEY));
    let strict =
        ErrorResponse::decode_with_control_chars(body, &Limits::default(), ControlChars::Refuse)
            .unwrap();
    assert_eq!(strict, error);
    let mut out = Vec::new();
    error.encode_with_control_chars(&mut out, ControlChars::Refuse).unwrap();
    assert_eq!(out, error.encode().unwrap());
    assert!(!out.contains(&7));
}

#[test]
fn request_bodies_stay_xml_1_0_exactly() {
    let body = b"<CompleteMultipartUpload><Part><PartNumber>1</PartNumber><ETag>\"a\x07\"</ETag></Part></CompleteMultipartUpload>";
    let error = CompleteMultipartUpload::decode(body).unwrap_err();
    assert_eq!(
        (error.kind(), error.offset()),
        (ErrorKind::Syntax, body.iter().position(|&b| b == 7))
    );
    let request = CompleteMultipartUpload {
        parts: vec![PartETag { part_number: 1, etag: codec_core::ETag::new("a\u{7}", true) }],
    };
    let error = request.encode().unwrap_err();
    assert_eq!((error.kind(), error.path()), (ErrorKind::Unencodable, Some("Part[0].ETag")));
}

/// Every response type's generated values: they hold control characters now and then
/// (the generators make what the codecs keep), and every one round-trips.
#[test]
fn generated_values_hold_them_and_round_trip() {
    use codec_testkit::generated::arbitrary::{Arbitrary, Unstructured};

    fn holds_control(wire: &[u8]) -> bool {
        wire.iter().any(|&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r'))
    }

    macro_rules! generated {
        ($ty:ident, $bytes:expr) => {{
            let mut holding = 0;
            for bytes in $bytes {
                let Ok(value) = $ty::arbitrary_take_rest(Unstructured::new(bytes)) else {
                    continue;
                };
                codec_core::assert_round_trip!($ty<'_>, value);
                holding += usize::from(holds_control(&value.encode().unwrap()));
            }
            assert!(
                holding > 0,
                "{}: no generated value held a control character",
                stringify!($ty)
            );
        }};
    }

    // Bytes from a fixed linear congruential sequence, biased towards control
    // characters and markup.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let buffers: Vec<Vec<u8>> = (0..500)
        .map(|_| {
            (0..96)
                .map(|_| {
                    state = state.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                    let byte = (state >> 56) as u8;
                    match byte % 4 {
                        0 => byte % 0x20,
                        1 => b"<&>\"a"[usize::from(byte % 5)],
                        _ => byte,
                    }
                })
                .collect()
        })
        .collect();
    generated!(ListPartsResult, &buffers);
    generated!(ListMultipartUploadsResult, &buffers);
    generated!(ErrorResponse, &buffers);
    generated!(InitiateMultipartUploadResult, &buffers);
    generated!(CompleteMultipartUploadResult, &buffers);
}
