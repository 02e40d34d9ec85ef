//! QingStor List Multipart: generated bodies and the usual approach the benches race
//! against: `serde_json::from_slice` into owned `String` structs mirroring the wire,
//! and `serde_json::to_vec` back; plus the parser floor, serde_json into
//! `serde::de::IgnoredAny`.

use serde::{Deserialize, Serialize};

/// Generated bodies come from the crate itself, so tests and benches race on the same
/// shape.
pub use codec_qingstor::examples::list_multipart_page as list_multipart_body;

/// The usual approach: owned structs through serde_json.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedListMultipart {
    /// `count`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u64>,
    /// `object_parts` (`null` and absent read as `None`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub object_parts: Option<Vec<OwnedPart>>,
}

/// One part, owned.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedPart {
    /// `part_number`.
    pub part_number: u32,
    /// `size`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub size: Option<u64>,
    /// `created`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    /// `etag`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<String>,
}

/// Decodes the usual way.
pub fn decode_owned(body: &[u8]) -> serde_json::Result<OwnedListMultipart> {
    serde_json::from_slice(body)
}

/// Encodes the usual way.
pub fn encode_owned(value: &OwnedListMultipart) -> serde_json::Result<Vec<u8>> {
    serde_json::to_vec(value)
}

/// The parser floor: serde_json reads the whole body and builds nothing.
pub fn parser_floor(body: &[u8]) -> serde_json::Result<serde::de::IgnoredAny> {
    serde_json::from_slice(body)
}

#[cfg(test)]
mod tests {
    use codec_core::{Decode, Encode};

    use super::*;

    #[test]
    fn the_baseline_and_our_codec_agree() {
        let body = list_multipart_body(50);
        let owned = decode_owned(body.as_bytes()).unwrap();
        let ours = codec_qingstor::ListMultipartResponse::decode(body.as_bytes()).unwrap();
        let owned_parts = owned.object_parts.as_deref().unwrap();
        assert_eq!(owned_parts.len(), ours.parts().len());
        for (owned, ours) in owned_parts.iter().zip(ours.parts()) {
            assert_eq!(owned.part_number, ours.part_number);
            assert_eq!(owned.etag.as_deref(), ours.etag.as_ref().map(|etag| etag.value()));
            assert_eq!(owned.created.as_deref(), ours.created.as_deref());
            assert_eq!(owned.size, ours.size);
        }
        assert!(parser_floor(body.as_bytes()).is_ok());
        // Both encoders write the same compact JSON.
        assert_eq!(encode_owned(&owned).unwrap(), ours.encode().unwrap());
    }
}
