//! With the `schema` feature: every public type has a JSON Schema, and what the typed
//! model prints for the fixtures has the shape the schema describes where it matters
//! (`null` lists, integer fields).
#![cfg(feature = "schema")]

use codec_ufile::{
    ErrorResponse, GetMultiUploadIdRequest, GetMultiUploadIdResponse, GetMultiUploadPartRequest,
    GetMultiUploadPartResponse,
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
