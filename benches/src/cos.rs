//! COS List Parts and the Complete Multipart Upload request body: generated bodies and
//! the owned-serde baselines.

use serde::{Deserialize, Serialize};

/// Generated bodies come from the crate itself, so tests and benches race on the same
/// shape.
pub use codec_cos::examples::list_parts_page as list_parts_body;

/// The usual approach: owned structs through `quick_xml::de`.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename = "ListPartsResult")]
pub struct OwnedListPartsResult {
    /// `Bucket`.
    #[serde(rename = "Bucket", default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    /// The encoding type, under any of its spellings.
    #[serde(
        rename = "EncodingType",
        alias = "Encoding-type",
        alias = "Encoding-Type",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub encoding_type: Option<String>,
    /// `Key`.
    #[serde(rename = "Key", default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// `UploadId`.
    #[serde(rename = "UploadId", default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<String>,
    /// `Initiator`.
    #[serde(rename = "Initiator", default, skip_serializing_if = "Option::is_none")]
    pub initiator: Option<OwnedOwner>,
    /// `Owner`.
    #[serde(rename = "Owner", default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<OwnedOwner>,
    /// `PartNumberMarker`.
    #[serde(rename = "PartNumberMarker", default, skip_serializing_if = "Option::is_none")]
    pub part_number_marker: Option<u32>,
    /// `Part`, repeated.
    #[serde(rename = "Part", default)]
    pub parts: Vec<OwnedPart>,
    /// `NextPartNumberMarker`.
    #[serde(rename = "NextPartNumberMarker", default, skip_serializing_if = "Option::is_none")]
    pub next_part_number_marker: Option<u32>,
    /// `StorageClass`.
    #[serde(rename = "StorageClass", default, skip_serializing_if = "Option::is_none")]
    pub storage_class: Option<String>,
    /// `MaxParts`.
    #[serde(rename = "MaxParts", default, skip_serializing_if = "Option::is_none")]
    pub max_parts: Option<u32>,
    /// `IsTruncated`.
    #[serde(rename = "IsTruncated", default, skip_serializing_if = "Option::is_none")]
    pub is_truncated: Option<bool>,
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

/// One `Part`.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedPart {
    /// `PartNumber`.
    #[serde(rename = "PartNumber")]
    pub part_number: u32,
    /// `LastModified`.
    #[serde(rename = "LastModified", default)]
    pub last_modified: Option<String>,
    /// `ETag`.
    #[serde(rename = "ETag", default)]
    pub etag: Option<String>,
    /// `Size`.
    #[serde(rename = "Size", default)]
    pub size: Option<u64>,
}

/// Decodes the usual way.
pub fn decode_owned(body: &str) -> Result<OwnedListPartsResult, quick_xml::DeError> {
    quick_xml::de::from_str(body)
}

/// Encodes the usual way.
pub fn encode_owned(value: &OwnedListPartsResult) -> Result<String, quick_xml::SeError> {
    quick_xml::se::to_string(value)
}

/// The parser floor: every event of the body read with `quick_xml::Reader`, nothing
/// built. Returns the number of events, so the loop cannot be optimised away.
pub fn parser_floor(body: &str) -> Result<usize, quick_xml::Error> {
    let mut reader = quick_xml::Reader::from_str(body);
    let mut events = 0;
    loop {
        match reader.read_event()? {
            quick_xml::events::Event::Eof => return Ok(events),
            _ => events += 1,
        }
    }
}

/// Complete request bodies come from the crate too.
pub use codec_cos::examples::complete_multipart_upload as complete_body;

/// The usual approach to the Complete request body: owned structs through `quick_xml::se`
/// (and `quick_xml::de` to read one back).
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename = "CompleteMultipartUpload")]
pub struct OwnedCompleteMultipartUpload {
    /// `Part`, repeated.
    #[serde(rename = "Part", default)]
    pub parts: Vec<OwnedCompletePart>,
}

/// One `Part` of a Complete request.
#[derive(Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct OwnedCompletePart {
    /// `PartNumber`.
    #[serde(rename = "PartNumber")]
    pub part_number: u32,
    /// `ETag`, its quotes included.
    #[serde(rename = "ETag")]
    pub etag: String,
}

/// Decodes a Complete request body the usual way.
pub fn decode_complete_owned(
    body: &str,
) -> Result<OwnedCompleteMultipartUpload, quick_xml::DeError> {
    quick_xml::de::from_str(body)
}

/// Encodes a Complete request body the usual way.
pub fn encode_complete_owned(
    value: &OwnedCompleteMultipartUpload,
) -> Result<String, quick_xml::SeError> {
    quick_xml::se::to_string(value)
}

#[cfg(test)]
mod tests {
    use codec_core::Decode;

    use super::*;

    #[test]
    fn the_baseline_and_our_decoder_read_the_same_parts() {
        let body = list_parts_body(50);
        let owned = decode_owned(&body).unwrap();
        let ours = codec_cos::ListPartsResult::decode(body.as_bytes()).unwrap();
        assert_eq!(owned.parts.len(), ours.parts.len());
        for (owned, ours) in owned.parts.iter().zip(&ours.parts) {
            assert_eq!(owned.part_number, ours.part_number);
            assert_eq!(
                owned.etag.as_deref(),
                Some(ours.etag.as_ref().unwrap().to_string().as_str())
            );
            assert_eq!(owned.size, ours.size);
        }
        assert!(parser_floor(&body).unwrap() > 50 * 4);
        let again = decode_owned(&encode_owned(&owned).unwrap()).unwrap();
        assert_eq!(again, owned);
    }

    #[test]
    fn the_complete_baseline_and_our_codec_agree_on_the_parts() {
        use codec_core::Encode;

        let body = complete_body(50);
        let owned = decode_complete_owned(&body).unwrap();
        let ours = codec_cos::CompleteMultipartUpload::decode(body.as_bytes()).unwrap();
        assert_eq!(owned.parts.len(), 50);
        for (owned, ours) in owned.parts.iter().zip(&ours.parts) {
            assert_eq!(owned.part_number, ours.part_number);
            assert_eq!(owned.etag, ours.etag.to_string());
        }
        let theirs = encode_complete_owned(&owned).unwrap();
        assert_eq!(decode_complete_owned(&theirs).unwrap(), owned);
        let wire = ours.encode().unwrap();
        assert_eq!(codec_cos::CompleteMultipartUpload::decode(&wire).unwrap(), ours);
    }

    /// Allocations per call, ours and the usual approach's:
    /// `cargo test --release -p benches --features count-allocations --lib -- --nocapture complete_allocations`.
    #[cfg(feature = "count-allocations")]
    #[test]
    fn complete_allocations() {
        use codec_core::Encode;

        let count = |f: &dyn Fn()| allocation_counter::measure(f).count_total;
        println!(
            "| cos complete-multipart-upload body | parts | decode | encode | usual decode | usual encode |"
        );
        println!("|---|---:|---:|---:|---:|---:|");
        for parts in crate::PART_COUNTS {
            let body = complete_body(parts);
            let ours = codec_cos::CompleteMultipartUpload::decode(body.as_bytes()).unwrap();
            let owned = decode_complete_owned(&body).unwrap();
            println!(
                "| cos complete-multipart-upload body | {parts} | {} | {} | {} | {} |",
                count(&|| drop(
                    codec_cos::CompleteMultipartUpload::decode(body.as_bytes()).unwrap()
                )),
                count(&|| drop(ours.encode().unwrap())),
                count(&|| drop(decode_complete_owned(&body).unwrap())),
                count(&|| drop(encode_complete_owned(&owned).unwrap())),
            );
        }
    }
}
