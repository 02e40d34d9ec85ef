//! PDS `list_uploaded_parts`: generated bodies and the usual approach the benches race
//! against: owned structs mirroring the wire (`String` for every string, `Vec` for every
//! list), read with `serde_json::from_slice` and written with `serde_json::to_vec`.

use serde::{Deserialize, Serialize};

/// Generated bodies come from the crate itself, so tests and benches race on the same
/// shape.
pub use codec_pds::examples::list_uploaded_parts_page as list_uploaded_parts_body;

/// The response, owned.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedResponse {
    /// `file_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// `upload_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    /// `uploaded_parts`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploaded_parts: Option<Vec<OwnedPart>>,
    /// `next_part_number_marker`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_part_number_marker: Option<String>,
    /// `parallel_upload`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parallel_upload: Option<bool>,
}

/// One part, owned.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedPart {
    /// `part_number`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_number: Option<u32>,
    /// `part_size`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_size: Option<u64>,
    /// `upload_url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_url: Option<String>,
    /// `internal_upload_url`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_upload_url: Option<String>,
    /// `etag`, quotes included.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// `content_type`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<String>,
    /// `parallel_sha1_ctx`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parallel_sha1_ctx: Option<OwnedHashContext>,
    /// `upload_form_info`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_form_info: Option<OwnedFormInfo>,
    /// `internal_upload_form_info`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_upload_form_info: Option<OwnedFormInfo>,
    /// `signature_info`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature_info: Option<OwnedSignatureInfo>,
    /// `parallel_sha256_ctx`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parallel_sha256_ctx: Option<OwnedHashContext>,
}

/// `parallel_sha1_ctx` and `parallel_sha256_ctx`.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedHashContext {
    /// `h`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub h: Option<Vec<i64>>,
    /// `part_offset`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_offset: Option<u64>,
}

/// `upload_form_info` and `internal_upload_form_info`.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedFormInfo {
    /// `bucket_name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bucket_name: Option<String>,
    /// `oss_end_point`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oss_end_point: Option<String>,
    /// `object_key`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_key: Option<String>,
    /// `oss_access_key_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oss_access_key_id: Option<String>,
    /// `oss_security_token`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oss_security_token: Option<String>,
    /// `policy`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub policy: Option<String>,
    /// `signature`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
}

/// `signature_info`.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedSignatureInfo {
    /// `auth_type`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auth_type: Option<String>,
    /// `signature`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
    /// `sts_token`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sts_token: Option<String>,
}

/// Decodes the usual way.
pub fn decode_owned(body: &[u8]) -> serde_json::Result<OwnedResponse> {
    serde_json::from_slice(body)
}

/// Encodes the usual way.
pub fn encode_owned(value: &OwnedResponse) -> serde_json::Result<Vec<u8>> {
    serde_json::to_vec(value)
}

/// The parser floor: serde_json over the whole body into `IgnoredAny`, nothing built.
pub fn parser_floor(body: &[u8]) -> serde_json::Result<serde::de::IgnoredAny> {
    serde_json::from_slice(body)
}

#[cfg(test)]
mod tests {
    use codec_core::{Decode, Encode};

    use super::*;

    #[test]
    fn the_baseline_and_our_decoder_read_the_same_parts() {
        let body = list_uploaded_parts_body(50);
        let owned = decode_owned(body.as_bytes()).unwrap();
        let ours = codec_pds::ListUploadedPartsResponse::decode(body.as_bytes()).unwrap();
        let owned_parts = owned.uploaded_parts.as_ref().unwrap();
        assert_eq!(owned_parts.len(), ours.parts().len());
        for (owned, ours) in owned_parts.iter().zip(ours.parts()) {
            assert_eq!(owned.part_number, ours.part_number);
            assert_eq!(
                owned.etag.as_deref(),
                Some(ours.etag.as_ref().unwrap().to_string().as_str())
            );
            assert_eq!(owned.upload_url.as_deref(), ours.upload_url.as_deref());
            assert_eq!(owned.part_size, ours.part_size);
        }
        // Both encoders write the same JSON value.
        let theirs: serde_json::Value =
            serde_json::from_slice(&encode_owned(&owned).unwrap()).unwrap();
        let mine: serde_json::Value = serde_json::from_slice(&ours.encode().unwrap()).unwrap();
        assert_eq!(theirs, mine);
        parser_floor(body.as_bytes()).unwrap();
    }
}
