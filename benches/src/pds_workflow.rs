//! PDS `create_file` and `complete_file`: generated bodies and the usual approach the
//! benches race against: owned structs mirroring the wire (`String` for every string,
//! `Vec` for every list, the part type of [`pds`](crate::pds) for the parts), read with
//! `serde_json::from_slice` and written with `serde_json::to_vec`.

use serde::{Deserialize, Serialize};

use crate::pds::OwnedPart;

/// Generated bodies come from the crate itself, so tests and benches race on the same
/// shape.
pub use codec_pds::examples::{
    complete_file_request as complete_file_request_body,
    create_file_response as create_file_response_body,
};

/// The `create_file` response, owned.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedCreateFileResponse {
    /// `domain_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain_id: Option<String>,
    /// `drive_id` (a string in the generated bodies; an SDK's model types it so).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drive_id: Option<String>,
    /// `file_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// `file_name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// `parent_file_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parent_file_id: Option<String>,
    /// `type`.
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub file_type: Option<String>,
    /// `status`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// `upload_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    /// `rapid_upload`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rapid_upload: Option<bool>,
    /// `exist`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exist: Option<bool>,
    /// `part_info_list`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_info_list: Option<Vec<OwnedPart>>,
    /// `location`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// `encrypt_mode`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encrypt_mode: Option<String>,
    /// `revision_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revision_id: Option<String>,
}

/// The `complete_file` request, owned.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedCompleteFileRequest {
    /// `drive_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub drive_id: Option<String>,
    /// `share_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share_id: Option<String>,
    /// `file_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<String>,
    /// `upload_id`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    /// `part_info_list`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_info_list: Option<Vec<OwnedPart>>,
    /// `crc64_hash` (a string in the generated bodies, as PDS's document writes it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crc64_hash: Option<String>,
}

/// Decodes a `create_file` response the usual way.
pub fn decode_create_file_owned(body: &[u8]) -> serde_json::Result<OwnedCreateFileResponse> {
    serde_json::from_slice(body)
}

/// Decodes a `complete_file` request the usual way.
pub fn decode_complete_file_owned(body: &[u8]) -> serde_json::Result<OwnedCompleteFileRequest> {
    serde_json::from_slice(body)
}

/// Encodes a `complete_file` request the usual way.
pub fn encode_complete_file_owned(value: &OwnedCompleteFileRequest) -> serde_json::Result<Vec<u8>> {
    serde_json::to_vec(value)
}

#[cfg(test)]
mod tests {
    use codec_core::{Decode, Encode};
    use codec_pds::{CompleteFileRequest, CreateFileResponse};

    use super::*;

    #[test]
    fn the_baseline_and_our_decoder_read_the_same_create_file_parts() {
        for body in
            [create_file_response_body(50), codec_pds::examples::CREATE_FILE_RESPONSE.to_owned()]
        {
            let owned = decode_create_file_owned(body.as_bytes()).unwrap();
            let ours = CreateFileResponse::decode(body.as_bytes()).unwrap();
            let owned_parts = owned.part_info_list.as_ref().unwrap();
            assert_eq!(owned_parts.len(), ours.parts().len());
            for (owned, ours) in owned_parts.iter().zip(ours.parts()) {
                assert_eq!(owned.part_number, ours.part_number);
                assert_eq!(owned.upload_url.as_deref(), ours.upload_url.as_deref());
                assert_eq!(
                    owned.internal_upload_url.as_deref(),
                    ours.internal_upload_url.as_deref()
                );
            }
            assert_eq!(owned.upload_id.as_deref(), ours.upload_id.as_deref());
            assert_eq!(owned.rapid_upload, ours.rapid_upload);
        }
    }

    #[test]
    fn the_baseline_and_our_codec_read_and_write_the_same_complete_file_request() {
        for body in
            [complete_file_request_body(50), codec_pds::examples::COMPLETE_FILE_REQUEST.to_owned()]
        {
            let owned = decode_complete_file_owned(body.as_bytes()).unwrap();
            let ours = CompleteFileRequest::decode(body.as_bytes()).unwrap();
            let owned_parts = owned.part_info_list.as_ref().unwrap();
            assert_eq!(owned_parts.len(), ours.parts().len());
            for (owned, ours) in owned_parts.iter().zip(ours.parts()) {
                assert_eq!(owned.part_number, ours.part_number);
                assert_eq!(
                    owned.etag.as_deref(),
                    Some(ours.etag.as_ref().unwrap().to_string().as_str())
                );
            }
            assert_eq!(owned.crc64_hash.as_deref(), Some("3574582125365864471"));
            // Both encoders write the same JSON value.
            let theirs: serde_json::Value =
                serde_json::from_slice(&encode_complete_file_owned(&owned).unwrap()).unwrap();
            let mine: serde_json::Value = serde_json::from_slice(&ours.encode().unwrap()).unwrap();
            assert_eq!(theirs, mine);
        }
    }

    /// Allocations per decode call, ours beside the baseline:
    /// `cargo test -p benches --release --features count-allocations -- pds_workflow --nocapture`.
    #[cfg(feature = "count-allocations")]
    #[test]
    fn allocations_per_decode() {
        use codec_core::Normalize;
        let count = |f: &dyn Fn()| allocation_counter::measure(f).count_total;
        for parts in [3, 1_000, 10_000] {
            let body = create_file_response_body(parts);
            let decoded = CreateFileResponse::decode(body.as_bytes()).unwrap();
            let ours = count(&|| drop(CreateFileResponse::decode(body.as_bytes()).unwrap()));
            let normalize = count(&|| drop(decoded.normalize().unwrap()));
            let owned = count(&|| drop(decode_create_file_owned(body.as_bytes()).unwrap()));
            eprintln!(
                "pds create-file response, {parts} parts: decode {ours}, normalize {normalize}, \
                 serde_json owned {owned}"
            );
            let body = complete_file_request_body(parts);
            let decoded = CompleteFileRequest::decode(body.as_bytes()).unwrap();
            let ours = count(&|| drop(CompleteFileRequest::decode(body.as_bytes()).unwrap()));
            let normalize = count(&|| drop(decoded.normalize().unwrap()));
            let encode = count(&|| drop(decoded.encode().unwrap()));
            let owned = count(&|| drop(decode_complete_file_owned(body.as_bytes()).unwrap()));
            eprintln!(
                "pds complete-file request, {parts} parts: decode {ours}, normalize {normalize}, \
                 encode {encode}, serde_json owned {owned}"
            );
        }
    }
}
