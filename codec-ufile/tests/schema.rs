//! With the `schema` feature: every public type has a JSON Schema, and what the typed
//! model prints for the fixtures has the shape the schema describes where it matters
//! (`null` lists, integer fields).
#![cfg(feature = "schema")]

use codec_ufile::{
    ErrorResponse, FinishMultipartUploadBody, FinishMultipartUploadRequest,
    FinishMultipartUploadResponse, GetMultiUploadIdRequest, GetMultiUploadIdResponse,
    GetMultiUploadPartRequest, GetMultiUploadPartResponse, InitiateMultipartUploadResponse,
};

fn schema<T: schemars::JsonSchema>() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(T)).unwrap()
}

#[test]
fn every_type_has_a_schema_with_the_wire_names() {
    let part = schema::<GetMultiUploadPartResponse<'_>>();
    let properties = part["properties"].as_object().unwrap();
    for name in ["Parts", "RetCode", "Status", "NextPartNumberMarker", "IsTruncated", "Bucket"] {
        assert!(properties.contains_key(name), "{name}: {part}");
    }
    // `Parts` may be null (`codec decode` always prints it; serde reads its absence as
    // null too, so the schema does not require it).
    assert!(part["properties"]["Parts"].to_string().contains("null"), "{part}");

    let id = schema::<GetMultiUploadIdResponse<'_>>();
    assert!(id["properties"]["DataSet"].to_string().contains("null"), "{id}");
    assert!(id.get("required").is_none_or(|r| r.as_array().unwrap().is_empty()), "{id}");

    let request = schema::<GetMultiUploadPartRequest<'_>>();
    assert!(request["properties"].as_object().unwrap().contains_key("uploadId"), "{request}");
    let request = schema::<GetMultiUploadIdRequest<'_>>();
    assert_eq!(request["properties"]["limit"]["default"], 20, "{request}");
    let error = schema::<ErrorResponse<'_>>();
    assert!(error["required"].as_array().unwrap().iter().any(|n| n == "RetCode"), "{error}");
}

fn required(schema: &serde_json::Value) -> Vec<&str> {
    schema["required"]
        .as_array()
        .map_or_else(Vec::new, |names| names.iter().map(|name| name.as_str().unwrap()).collect())
}

#[test]
fn the_workflow_types_have_schemas_with_the_wire_names_and_what_is_required() {
    let initiate = schema::<InitiateMultipartUploadResponse<'_>>();
    assert_eq!(required(&initiate), ["UploadId", "BlkSize"], "{initiate}");
    assert_eq!(initiate["properties"]["BlkSize"]["minimum"], 1, "{initiate}");
    for name in ["Bucket", "Key", "RetCode", "ErrMsg", "Message", "Action"] {
        assert!(initiate["properties"].get(name).is_some(), "{name}: {initiate}");
    }

    let finish = schema::<FinishMultipartUploadResponse<'_>>();
    assert_eq!(required(&finish), ["Key", "FileSize"], "{finish}");

    let target = schema::<FinishMultipartUploadRequest<'_>>();
    assert_eq!(required(&target), ["uploadId"], "{target}");
    for name in ["key", "newKey", "newObject"] {
        assert!(target["properties"].get(name).is_some(), "{name}: {target}");
    }

    // The body's typed JSON is the list of ETags, as `codec decode` prints it.
    let body = schema::<FinishMultipartUploadBody<'_>>();
    assert_eq!((&body["type"], &body["minItems"]), (&"array".into(), &1.into()), "{body}");
    let pattern = body["items"]["pattern"].as_str().unwrap();
    assert_eq!(pattern, "^[!-+\\--~]+$");
    let decoded = <FinishMultipartUploadBody<'_> as codec_core::Decode>::decode(
        codec_ufile::examples::FINISH_MULTIPART_UPLOAD_BODY.as_bytes(),
    )
    .unwrap();
    let typed = serde_json::to_value(&decoded).unwrap();
    assert_eq!(typed.as_array().unwrap().len(), 10);
    // Every ETag the decoder accepts is in the pattern's class: `!` to `~` but `,`.
    let class = |byte: u8| (b'!'..=b'+').contains(&byte) || (b'-'..=b'~').contains(&byte);
    for etag in typed.as_array().unwrap() {
        assert!(etag.as_str().unwrap().bytes().all(class), "{etag}");
    }
    assert!((0..=255u8).filter(|b| class(*b)).all(|b| b != b',' && b.is_ascii_graphic()));
}
