//! UFile GetMultiUploadPart and GetMultiUploadId: generated bodies and the usual
//! approach the benches race against: `serde_json::from_slice` into owned `String`
//! structs mirroring the wire (every field of both documented shapes), and
//! `serde_json::to_vec` back. The parser floor is serde_json into
//! `serde::de::IgnoredAny`.

use serde::{Deserialize, Serialize};

/// Generated bodies come from the crate itself, so tests and benches race on the same
/// shape.
pub use codec_ufile::examples::{
    get_multi_upload_id_page as get_multi_upload_id_body,
    get_multi_upload_part_page as get_multi_upload_part_body,
};

/// The usual approach for GetMultiUploadPart: owned structs through serde_json.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedGetMultiUploadPart {
    /// `Action`.
    #[serde(rename = "Action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// `Bucket`.
    #[serde(rename = "Bucket", default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// `ErrMsg`.
    #[serde(rename = "ErrMsg", default, skip_serializing_if = "Option::is_none")]
    pub err_msg: Option<String>,
    /// `IsTruncated`.
    #[serde(rename = "IsTruncated", default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    /// `Key`.
    #[serde(rename = "Key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// `MaxParts`.
    #[serde(rename = "MaxParts", default, skip_serializing_if = "Option::is_none")]
    pub max_parts: Option<u32>,
    /// `Message`.
    #[serde(rename = "Message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `NextPartNumberMarker`.
    #[serde(rename = "NextPartNumberMarker", default, skip_serializing_if = "Option::is_none")]
    pub next_part_number_marker: Option<u32>,
    /// `Parts` (`null` reads as `None`).
    #[serde(rename = "Parts")]
    pub parts: Option<Vec<OwnedPart>>,
    /// `RetCode`.
    #[serde(rename = "RetCode", default, skip_serializing_if = "Option::is_none")]
    pub ret_code: Option<i64>,
    /// `Status`.
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    pub status: Option<i64>,
    /// `UploadId`.
    #[serde(rename = "UploadId", default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
}

/// One part, owned.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedPart {
    /// `Etag`.
    #[serde(rename = "Etag", default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
    /// `LastModified`.
    #[serde(rename = "LastModified", default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<i64>,
    /// `PartNum`.
    #[serde(rename = "PartNum")]
    pub part_num: u32,
    /// `Size`.
    #[serde(rename = "Size", default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
}

/// The usual approach for GetMultiUploadId: owned structs through serde_json.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedGetMultiUploadId {
    /// `Action`.
    #[serde(rename = "Action", default, skip_serializing_if = "Option::is_none")]
    pub action: Option<String>,
    /// `Bucket`.
    #[serde(rename = "Bucket", default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// `DataSet` (`null` and absent read as `None`).
    #[serde(rename = "DataSet", default, skip_serializing_if = "Option::is_none")]
    pub data_set: Option<Vec<OwnedUpload>>,
    /// `ErrMsg`.
    #[serde(rename = "ErrMsg", default, skip_serializing_if = "Option::is_none")]
    pub err_msg: Option<String>,
    /// `IsTruncated`.
    #[serde(rename = "IsTruncated", default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    /// `Message`.
    #[serde(rename = "Message", default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
    /// `NextMarker`.
    #[serde(rename = "NextMarker", default, skip_serializing_if = "Option::is_none")]
    pub next_marker: Option<String>,
    /// `RetCode`.
    #[serde(rename = "RetCode", default, skip_serializing_if = "Option::is_none")]
    pub ret_code: Option<i64>,
    /// `UploadIdMarker`.
    #[serde(rename = "UploadIdMarker", default, skip_serializing_if = "Option::is_none")]
    pub upload_id_marker: Option<String>,
}

/// One upload, owned.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedUpload {
    /// `FileName`.
    #[serde(rename = "FileName", default, skip_serializing_if = "Option::is_none")]
    pub file_name: Option<String>,
    /// `StartTime`.
    #[serde(rename = "StartTime", default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<i64>,
    /// `StorageClass`.
    #[serde(rename = "StorageClass", default, skip_serializing_if = "Option::is_none")]
    pub storage_class: Option<String>,
    /// `UploadId`.
    #[serde(rename = "UploadId")]
    pub upload_id: String,
}

#[cfg(test)]
mod tests {
    use codec_core::Decode;

    use super::*;

    #[test]
    fn the_baseline_and_our_decoder_read_the_same_parts() {
        let body = get_multi_upload_part_body(50);
        let owned: OwnedGetMultiUploadPart = serde_json::from_str(&body).unwrap();
        let ours = codec_ufile::GetMultiUploadPartResponse::decode(body.as_bytes()).unwrap();
        let parts = owned.parts.as_deref().unwrap();
        assert_eq!(parts.len(), ours.parts().len());
        for (owned, ours) in parts.iter().zip(ours.parts()) {
            assert_eq!(owned.part_num, ours.part_num);
            assert_eq!(owned.etag.as_deref(), Some(ours.etag.as_ref().unwrap().value()));
        }
        let again: OwnedGetMultiUploadPart =
            serde_json::from_slice(&serde_json::to_vec(&owned).unwrap()).unwrap();
        assert_eq!(again, owned);
    }

    #[test]
    fn the_baseline_and_our_decoder_read_the_same_uploads() {
        let body = get_multi_upload_id_body(50);
        let owned: OwnedGetMultiUploadId = serde_json::from_str(&body).unwrap();
        let ours = codec_ufile::GetMultiUploadIdResponse::decode(body.as_bytes()).unwrap();
        let uploads = owned.data_set.as_deref().unwrap();
        assert_eq!(uploads.len(), ours.uploads().len());
        for (owned, ours) in uploads.iter().zip(ours.uploads()) {
            assert_eq!(owned.upload_id, ours.upload_id);
            assert_eq!(owned.start_time, ours.start_time);
        }
    }
}
