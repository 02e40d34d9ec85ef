//! With the `schema` feature: every public type has a JSON Schema with the wire's field
//! names, the documented bounds, and `null` where the typed JSON may hold it.
#![cfg(feature = "schema")]

use codec_pds::{
    CompleteFileRequest, CompleteFileResponse, CreateFileRequest, CreateFileResponse,
    ErrorResponse, GetUploadUrlRequest, GetUploadUrlResponse, ListUploadedPartsRequest,
    ListUploadedPartsResponse,
};

fn schema<T: schemars::JsonSchema>() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(T)).unwrap()
}

#[test]
fn the_response_schema_has_the_wire_names_bounds_and_nulls() {
    let response = schema::<ListUploadedPartsResponse<'_>>();
    let text = response.to_string();
    let properties = response["properties"].as_object().unwrap();
    for name in
        ["file_id", "upload_id", "uploaded_parts", "next_part_number_marker", "parallel_upload"]
    {
        assert!(properties.contains_key(name), "{name}: {response}");
    }
    assert!(
        response.get("required").is_none_or(|r| r.as_array().unwrap().is_empty()),
        "{response}"
    );
    assert!(properties["uploaded_parts"].to_string().contains("null"), "{response}");
    let part = &response["$defs"]["UploadedPart"];
    assert_eq!(part["properties"]["part_number"]["minimum"], 1, "{part}");
    assert_eq!(part["properties"]["part_number"]["maximum"], 10_000, "{part}");
    for name in [
        "part_size",
        "upload_url",
        "internal_upload_url",
        "etag",
        "content_type",
        "parallel_sha1_ctx",
        "upload_form_info",
        "internal_upload_form_info",
        "signature_info",
        "parallel_sha256_ctx",
    ] {
        assert!(part["properties"].get(name).is_some(), "{name}: {part}");
    }
    assert!(text.contains("\"maxItems\":8"), "{text}");
}

#[test]
fn the_request_schema_requires_the_ids_and_bounds_the_limit() {
    let request = schema::<ListUploadedPartsRequest<'_>>();
    let required: Vec<_> = request["required"].as_array().unwrap().iter().collect();
    assert!(required.contains(&&serde_json::json!("file_id")), "{request}");
    assert!(required.contains(&&serde_json::json!("upload_id")), "{request}");
    assert_eq!(
        request["anyOf"],
        serde_json::json!([{ "required": ["drive_id"] }, { "required": ["share_id"] }])
    );
    assert_eq!(request["properties"]["limit"]["minimum"], 1, "{request}");
    assert_eq!(request["properties"]["limit"]["maximum"], 1_000, "{request}");
}

#[test]
fn the_error_schema_requires_the_code() {
    let error = schema::<ErrorResponse<'_>>();
    assert_eq!(error["required"], serde_json::json!(["code"]), "{error}");
    assert!(error["properties"].get("requestId").is_some(), "{error}");
}

#[test]
fn the_workflow_requests_need_a_drive_or_a_share_and_nothing_else() {
    for request in [
        schema::<CreateFileRequest<'_>>(),
        schema::<GetUploadUrlRequest<'_>>(),
        schema::<CompleteFileRequest<'_>>(),
    ] {
        assert_eq!(
            request["anyOf"],
            serde_json::json!([{ "required": ["drive_id"] }, { "required": ["share_id"] }]),
            "{request}"
        );
        assert!(
            request.get("required").is_none_or(|r| r.as_array().unwrap().is_empty()),
            "{request}"
        );
        let parts = request["properties"]["part_info_list"].to_string();
        assert!(parts.contains("null") && parts.contains("UploadedPart"), "{request}");
    }
    let create = schema::<CreateFileRequest<'_>>();
    for name in [
        "parent_file_id",
        "name",
        "type",
        "check_name_mode",
        "size",
        "content_hash",
        "content_hash_name",
        "pre_hash",
        "proof_code",
        "parallel_upload",
    ] {
        assert!(create["properties"].get(name).is_some(), "{name}: {create}");
    }
}

#[test]
fn number_or_text_members_take_both() {
    let complete = schema::<CompleteFileRequest<'_>>();
    let text = complete.to_string();
    assert!(text.contains("NumberOrText"), "{text}");
    let number_or_text = &complete["$defs"]["NumberOrText"];
    assert_eq!(
        number_or_text["anyOf"],
        serde_json::json!([
            { "type": "string" },
            { "type": "integer", "minimum": 0, "maximum": u64::MAX }
        ])
    );
    for response in [
        schema::<CreateFileResponse<'_>>(),
        schema::<GetUploadUrlResponse<'_>>(),
        schema::<CompleteFileResponse<'_>>(),
    ] {
        assert!(
            response["properties"]["drive_id"].to_string().contains("NumberOrText"),
            "{response}"
        );
        assert!(
            response.get("required").is_none_or(|r| r.as_array().unwrap().is_empty()),
            "{response}"
        );
    }
    let file = schema::<CompleteFileResponse<'_>>();
    for name in
        ["file_id", "name", "type", "size", "status", "crc64_hash", "location", "created_at"]
    {
        assert!(file["properties"].get(name).is_some(), "{name}: {file}");
    }
}
