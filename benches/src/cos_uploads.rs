//! COS List Multipart Uploads: generated bodies and the owned-serde baseline.

use serde::{Deserialize, Serialize};

/// Generated bodies come from the crate itself, so tests and benches race on the same
/// shape.
pub use codec_cos::examples::list_multipart_uploads_page as list_multipart_uploads_body;

/// The usual approach: owned structs through `quick_xml::de`, reading every element
/// spelling our decoder reads (serde aliases), writing one.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename = "ListMultipartUploadsResult")]
pub struct OwnedListMultipartUploadsResult {
    /// `Bucket`.
    #[serde(rename = "Bucket", default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The encoding type, under any of its spellings.
    #[serde(
        rename = "Encoding-Type",
        alias = "Encoding-type",
        alias = "EncodingType",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub encoding_type: Option<String>,
    /// `KeyMarker`.
    #[serde(rename = "KeyMarker", default, skip_serializing_if = "Option::is_none")]
    pub key_marker: Option<String>,
    /// `UploadIdMarker`.
    #[serde(rename = "UploadIdMarker", default, skip_serializing_if = "Option::is_none")]
    pub upload_id_marker: Option<String>,
    /// `NextKeyMarker`.
    #[serde(rename = "NextKeyMarker", default, skip_serializing_if = "Option::is_none")]
    pub next_key_marker: Option<String>,
    /// `NextUploadIdMarker`.
    #[serde(rename = "NextUploadIdMarker", default, skip_serializing_if = "Option::is_none")]
    pub next_upload_id_marker: Option<String>,
    /// `MaxUploads`.
    #[serde(rename = "MaxUploads", default, skip_serializing_if = "Option::is_none")]
    pub max_uploads: Option<u32>,
    /// `IsTruncated`.
    #[serde(rename = "IsTruncated", default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
    /// `Prefix`.
    #[serde(rename = "Prefix", default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// `Delimiter`.
    #[serde(rename = "Delimiter", default, skip_serializing_if = "Option::is_none")]
    pub delimiter: Option<String>,
    /// `Upload`, repeated.
    #[serde(rename = "Upload", default)]
    pub uploads: Vec<OwnedUpload>,
    /// `CommonPrefixes` (or `CommonPrefixs`), repeated.
    #[serde(rename = "CommonPrefixes", alias = "CommonPrefixs", default)]
    pub common_prefixes: Vec<OwnedCommonPrefix>,
}

/// `Owner` and `Initiator`.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedOwner {
    /// `ID`.
    #[serde(rename = "ID", default)]
    pub id: Option<String>,
    /// `DisplayName`.
    #[serde(rename = "DisplayName", default)]
    pub display_name: Option<String>,
}

/// One `Upload`.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedUpload {
    /// `Key`.
    #[serde(rename = "Key", default)]
    pub key: Option<String>,
    /// `UploadId` (or `UploadID`).
    #[serde(rename = "UploadId", alias = "UploadID")]
    pub upload_id: String,
    /// `StorageClass`.
    #[serde(rename = "StorageClass", default)]
    pub storage_class: Option<String>,
    /// `Initiator`.
    #[serde(rename = "Initiator", default)]
    pub initiator: Option<OwnedOwner>,
    /// `Owner`.
    #[serde(rename = "Owner", default)]
    pub owner: Option<OwnedOwner>,
    /// `Initiated`.
    #[serde(rename = "Initiated", default)]
    pub initiated: Option<String>,
}

/// One `CommonPrefixes`.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedCommonPrefix {
    /// `Prefix`.
    #[serde(rename = "Prefix", default)]
    pub prefix: Option<String>,
}

/// Decodes the usual way.
pub fn decode_owned(body: &str) -> Result<OwnedListMultipartUploadsResult, quick_xml::DeError> {
    quick_xml::de::from_str(body)
}

/// Encodes the usual way.
pub fn encode_owned(value: &OwnedListMultipartUploadsResult) -> Result<String, quick_xml::SeError> {
    quick_xml::se::to_string(value)
}

#[cfg(test)]
mod tests {
    use codec_core::Decode;
    use codec_cos::ListMultipartUploadsResult;

    use super::*;

    #[test]
    fn the_baseline_and_our_decoder_read_the_same_uploads() {
        for body in [
            list_multipart_uploads_body(50),
            codec_cos::examples::LIST_MULTIPART_UPLOADS_RESPONSE.to_owned(),
        ] {
            let owned = decode_owned(&body).unwrap();
            let ours = ListMultipartUploadsResult::decode(body.as_bytes()).unwrap();
            assert_eq!(owned.uploads.len(), ours.uploads().len());
            for (owned, ours) in owned.uploads.iter().zip(ours.uploads()) {
                assert_eq!(owned.key.as_deref(), ours.key.as_deref());
                assert_eq!(owned.upload_id, ours.upload_id);
                assert_eq!(owned.initiated.as_deref(), ours.initiated.as_deref());
            }
            assert_eq!(owned.max_uploads, ours.max_uploads);
            let again = decode_owned(&encode_owned(&owned).unwrap()).unwrap();
            assert_eq!(again, owned);
        }
    }

    /// Allocations per decode call at 1,000 uploads, ours beside the baseline:
    /// `cargo test -p benches --release --features count-allocations -- allocations --nocapture`.
    #[cfg(feature = "count-allocations")]
    #[test]
    fn allocations_per_decode() {
        use codec_core::Normalize;
        let count = |f: &dyn Fn()| allocation_counter::measure(f).count_total;
        for uploads in [3, 1_000, 10_000] {
            let body = list_multipart_uploads_body(uploads);
            let decoded = ListMultipartUploadsResult::decode(body.as_bytes()).unwrap();
            let ours =
                count(&|| drop(ListMultipartUploadsResult::decode(body.as_bytes()).unwrap()));
            let normalize = count(&|| drop(decoded.normalize().unwrap()));
            let owned = count(&|| drop(decode_owned(&body).unwrap()));
            eprintln!(
                "cos list-multipart-uploads, {uploads} uploads: decode {ours}, normalize \
                 {normalize}, quick-xml serde owned {owned}"
            );
        }
    }
}
