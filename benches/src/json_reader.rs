//! The JSON pull reader of `codec-core` on a PDS-shaped body (every part with a quoted
//! ETag and a signed URL), against serde_json: into owned structs (the usual
//! approach), into `Cow` structs, and into `IgnoredAny` (the parser floor). No vendor
//! decoder uses the reader yet; this measures the piece they will stand on.

use std::borrow::Cow;

use codec_core::Limits;
use codec_core::json::{JsonReader, JsonStr};
use serde::Deserialize;

/// A `list_uploaded_parts`-shaped body with `parts` parts.
pub fn pds_like_body(parts: usize) -> String {
    let mut body = String::from(
        "{\"file_id\":\"5d5b846942cf94fa72324c14a4bda34e81da635d\",\"upload_id\":\"rapid-2a4c-4d8b\",\"uploaded_parts\":[",
    );
    for number in 1..=parts {
        if number > 1 {
            body.push(',');
        }
        body.push_str(&format!(
            "{{\"part_number\":{number},\"part_size\":5242880,\"etag\":\"\\\"0CC175B9C0F1B6A831C399E2697726{:02X}\\\"\",\
             \"upload_url\":\"https://ccp-bj29-bj-1592982087.oss-cn-beijing.aliyuncs.com/xxx?Expires=1593595113&OSSAccessKeyId=LTAIsE5mAn2F493Q&Signature=ABC%2FDEF%3D\"}}",
            number % 256
        ));
    }
    body.push_str("],\"next_part_number_marker\":\"\"}");
    body
}

/// The usual approach.
#[derive(Deserialize)]
pub struct Owned {
    /// `file_id`.
    pub file_id: String,
    /// `upload_id`.
    pub upload_id: String,
    /// `uploaded_parts`.
    pub uploaded_parts: Vec<OwnedPart>,
    /// `next_part_number_marker`.
    pub next_part_number_marker: String,
}

/// One part, owned.
#[derive(Deserialize)]
pub struct OwnedPart {
    /// `part_number`.
    pub part_number: u32,
    /// `part_size`.
    pub part_size: u64,
    /// `etag`.
    pub etag: String,
    /// `upload_url`.
    pub upload_url: String,
}

/// serde into `Cow` (owned wherever a string holds an escape).
#[derive(Deserialize)]
pub struct Borrowed<'a> {
    /// `file_id`.
    #[serde(borrow)]
    pub file_id: Cow<'a, str>,
    /// `uploaded_parts`.
    #[serde(borrow)]
    pub uploaded_parts: Vec<BorrowedPart<'a>>,
}

/// One part, borrowed where serde can.
#[derive(Deserialize)]
pub struct BorrowedPart<'a> {
    /// `part_number`.
    pub part_number: u32,
    /// `etag`.
    #[serde(borrow)]
    pub etag: Cow<'a, str>,
    /// `upload_url`.
    #[serde(borrow)]
    pub upload_url: Cow<'a, str>,
}

/// One part read with the pull reader: everything borrowed.
pub struct PulledPart<'a> {
    /// `part_number`.
    pub part_number: u64,
    /// `part_size`.
    pub part_size: Option<u64>,
    /// `etag`, quotes set apart.
    pub etag: Option<codec_core::ETag<'a>>,
    /// `upload_url`, escapes kept.
    pub upload_url: Option<JsonStr<'a>>,
}

/// Reads the parts with the pull reader.
pub fn pull(body: &[u8]) -> codec_core::Result<Vec<PulledPart<'_>>> {
    let mut reader = JsonReader::new(body, &Limits::default())?;
    let mut parts = Vec::new();
    reader.begin_object()?;
    while let Some(key) = reader.next_key()? {
        if key.value() != "uploaded_parts" {
            reader.skip_value()?;
            continue;
        }
        reader.begin_array()?;
        while reader.next_item()? {
            let mut part =
                PulledPart { part_number: 0, part_size: None, etag: None, upload_url: None };
            reader.begin_object()?;
            while let Some(key) = reader.next_key()? {
                match key.value().as_ref() {
                    "part_number" => part.part_number = reader.u64()?,
                    "part_size" => part.part_size = Some(reader.u64()?),
                    "etag" => part.etag = Some(reader.str()?.to_etag()),
                    "upload_url" => part.upload_url = Some(reader.str()?),
                    _ => reader.skip_value()?,
                }
            }
            parts.push(part);
        }
    }
    reader.finish()?;
    Ok(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_approach_reads_the_same_parts() {
        let body = pds_like_body(20);
        let owned: Owned = serde_json::from_str(&body).unwrap();
        let borrowed: Borrowed<'_> = serde_json::from_str(&body).unwrap();
        let pulled = pull(body.as_bytes()).unwrap();
        assert_eq!(owned.uploaded_parts.len(), 20);
        assert_eq!(borrowed.uploaded_parts.len(), 20);
        for ((owned, pulled), borrowed) in
            owned.uploaded_parts.iter().zip(&pulled).zip(&borrowed.uploaded_parts)
        {
            assert_eq!(u64::from(owned.part_number), pulled.part_number);
            assert_eq!(Some(owned.part_size), pulled.part_size);
            assert_eq!(owned.etag, pulled.etag.as_ref().unwrap().to_string());
            assert!(pulled.etag.as_ref().unwrap().is_borrowed());
            assert_eq!(owned.upload_url, pulled.upload_url.unwrap().value());
            assert_eq!(borrowed.etag, owned.etag);
        }
    }
}
