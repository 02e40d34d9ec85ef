//! Keys with control characters (issue 15, item 4). Initiate and Complete take no
//! `encoding-type`, so COS writes a key's control characters (U+0001 to U+001F but tab,
//! line feed and carriage return) raw into XML, which XML 1.0 forbids; COS's Go SDK
//! recovers by scraping the body (`…_XMLSyntaxError` tests, the two `bel-in-key`
//! fixtures). The results' decoders read them and keep them, their encoders write them
//! back raw, and `ControlChars::Refuse` is XML 1.0 exactly, both ways.

use codec_core::xml::ControlChars;
use codec_core::{Decode, Encode, ErrorKind, Limits, Normalize};
use codec_cos::{CompleteMultipartUploadResult, InitiateMultipartUploadResult};

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
    assert!(matches!(initiate.key, Some(std::borrow::Cow::Borrowed(_))), "borrowed");
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
