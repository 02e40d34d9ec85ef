//! QingStor List Multipart Uploads and the Complete Multipart Upload request body:
//! generated bodies and the usual approach the benches race against,
//! `serde_json::from_slice` into owned `String` structs mirroring the wire and
//! `serde_json::to_vec` back. The parser floor is [`crate::qingstor::parser_floor`].

use serde::{Deserialize, Serialize};

/// Generated bodies come from the crate itself, so tests and benches race on the same
/// shape: a List Multipart Uploads page of `n` uploads.
pub use codec_qingstor::examples::list_multipart_uploads_page as list_multipart_uploads_body;

/// A Complete Multipart Upload request body of `n` parts, from the crate too.
pub use codec_qingstor::examples::complete_multipart_upload as complete_body;

/// The usual approach to a List Multipart Uploads page: owned structs through
/// serde_json (`null` and absent lists read as `None`).
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedListMultipartUploads {
    /// `name`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// `uploads`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uploads: Option<Vec<OwnedUpload>>,
    /// `prefix`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// `delimiter`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delimiter: Option<String>,
    /// `limit`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<u32>,
    /// `marker`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub marker: Option<String>,
    /// `key_marker`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key_marker: Option<String>,
    /// `upload_id_marker`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub upload_id_marker: Option<String>,
    /// `next_key_marker`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_key_marker: Option<String>,
    /// `next_upload_id_marker`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_upload_id_marker: Option<String>,
    /// `has_more`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_more: Option<bool>,
    /// `common_prefixes`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_prefixes: Option<Vec<String>>,
}

/// One upload, owned.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedUpload {
    /// `created`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// `key`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// `upload_id`.
    pub upload_id: String,
}

/// The usual approach to the Complete request body: owned structs through serde_json.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedCompleteMultipartUpload {
    /// `object_parts`.
    pub object_parts: Vec<OwnedObjectPart>,
}

/// One part of a Complete request, owned.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedObjectPart {
    /// `part_number`.
    pub part_number: u32,
    /// `etag`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

/// Decodes a List Multipart Uploads page the usual way.
pub fn decode_uploads_owned(body: &[u8]) -> serde_json::Result<OwnedListMultipartUploads> {
    serde_json::from_slice(body)
}

/// Encodes a List Multipart Uploads page the usual way.
pub fn encode_uploads_owned(value: &OwnedListMultipartUploads) -> serde_json::Result<Vec<u8>> {
    serde_json::to_vec(value)
}

/// Decodes a Complete request body the usual way.
pub fn decode_complete_owned(body: &[u8]) -> serde_json::Result<OwnedCompleteMultipartUpload> {
    serde_json::from_slice(body)
}

/// Encodes a Complete request body the usual way.
pub fn encode_complete_owned(value: &OwnedCompleteMultipartUpload) -> serde_json::Result<Vec<u8>> {
    serde_json::to_vec(value)
}

#[cfg(test)]
mod tests {
    use codec_core::{Decode, Encode};
    use codec_qingstor::{CompleteMultipartUpload, ListMultipartUploadsResponse};

    use super::*;

    #[test]
    fn the_baseline_and_our_codec_read_the_same_uploads_and_write_the_same_json() {
        for body in [
            list_multipart_uploads_body(50),
            codec_qingstor::examples::LIST_MULTIPART_UPLOADS_RESPONSE.to_owned(),
        ] {
            let owned = decode_uploads_owned(body.as_bytes()).unwrap();
            let ours = ListMultipartUploadsResponse::decode(body.as_bytes()).unwrap();
            let owned_uploads = owned.uploads.as_deref().unwrap();
            assert_eq!(owned_uploads.len(), ours.uploads().len());
            for (owned, ours) in owned_uploads.iter().zip(ours.uploads()) {
                assert_eq!(owned.key.as_deref(), ours.key.as_deref());
                assert_eq!(owned.upload_id, ours.upload_id);
                assert_eq!(owned.created.as_deref(), ours.created.as_deref());
            }
            assert_eq!(owned.next_key_marker.as_deref(), ours.next_key_marker.as_deref());
            assert_eq!(
                owned.common_prefixes.as_deref().map(<[String]>::len),
                Some(ours.prefixes().len())
            );
            assert_eq!(encode_uploads_owned(&owned).unwrap(), ours.encode().unwrap());
        }
    }

    #[test]
    fn the_baseline_and_our_codec_write_the_same_complete_body() {
        for body in [
            complete_body(1_000),
            codec_qingstor::examples::COMPLETE_MULTIPART_UPLOAD_BODY.to_owned(),
        ] {
            let owned = decode_complete_owned(body.as_bytes()).unwrap();
            let ours = CompleteMultipartUpload::decode(body.as_bytes()).unwrap();
            assert_eq!(owned.object_parts.len(), ours.object_parts.len());
            assert_eq!(encode_complete_owned(&owned).unwrap(), ours.encode().unwrap());
        }
    }

    /// Allocations per call at the bench sizes, ours beside the baseline:
    /// `cargo test -p benches --release --features count-allocations -- qingstor_workflow --nocapture`.
    #[cfg(feature = "count-allocations")]
    #[test]
    fn allocations_per_call() {
        use codec_core::Normalize;
        let count = |f: &dyn Fn()| allocation_counter::measure(f).count_total;
        for uploads in [3, 1_000, 10_000] {
            let body = list_multipart_uploads_body(uploads);
            let decoded = ListMultipartUploadsResponse::decode(body.as_bytes()).unwrap();
            let ours =
                count(&|| drop(ListMultipartUploadsResponse::decode(body.as_bytes()).unwrap()));
            let normalize = count(&|| drop(decoded.normalize().unwrap()));
            let owned = count(&|| drop(decode_uploads_owned(body.as_bytes()).unwrap()));
            eprintln!(
                "qingstor list-multipart-uploads, {uploads} uploads: decode {ours}, normalize \
                 {normalize}, serde_json owned {owned}"
            );
        }
        for parts in [3, 1_000, 10_000] {
            let body = complete_body(parts);
            let decoded = CompleteMultipartUpload::decode(body.as_bytes()).unwrap();
            let owned_value = decode_complete_owned(body.as_bytes()).unwrap();
            let decode = count(&|| drop(CompleteMultipartUpload::decode(body.as_bytes()).unwrap()));
            let owned_decode = count(&|| drop(decode_complete_owned(body.as_bytes()).unwrap()));
            let encode = count(&|| drop(decoded.encode().unwrap()));
            let owned_encode = count(&|| drop(encode_complete_owned(&owned_value).unwrap()));
            eprintln!(
                "qingstor complete body, {parts} parts: decode {decode} (serde_json owned \
                 {owned_decode}), encode {encode} (serde_json owned {owned_encode})"
            );
        }
    }
}
