//! `GetMultiUploadPartResponse`: the JSON body of a GetMultiUploadPart response, in
//! both shapes UFile has documented.

use std::borrow::Cow;

use codec_core::field::{owned_opt, set_once};
use codec_core::json::{self, JsonReader, JsonWriter};
use codec_core::{
    Decode, ETag, Encode, Error, Limits, Normalize, PartsPage, Result, Timestamp, Vendor,
};
use serde::{Deserialize, Serialize};

use crate::types::{UnixClock, UploadStatus, in_item, text, unix_time};
use crate::{OPERATION_GET_MULTI_UPLOAD_PART, error};

/// The body of a GetMultiUploadPart response: the parts already uploaded for one
/// multipart upload.
///
/// UFile has documented two shapes, and both decode:
///
/// - the 2019 shape (our API document): `RetCode`, `ErrMsg`, `Key`, `UploadId`,
///   `Status` and `Parts[{Etag, PartNum}]`, the whole list in one body;
/// - the current shape: no `RetCode`, `ErrMsg` or `Status`; `Bucket`, `MaxParts`,
///   `IsTruncated` and `NextPartNumberMarker` for paging, and per part `LastModified`
///   (UNIX seconds) and `Size`.
///
/// Every field but `Parts` is optional; absent stays absent when re-encoded. `Action`
/// and `Message`, which UFile's field table lists, are kept when present. A body whose
/// `RetCode` is not 0 is UFile's error body: decoding it fails with
/// [`ErrorKind::Service`](codec_core::ErrorKind::Service), carrying UFile's code and
/// message, wherever `RetCode` stands in the body.
///
/// `"Parts": null` (what a Go server sends for an empty list) decodes as
/// `parts: None`, which means no parts ([`parts`](Self::parts) is empty) and encodes
/// back to `null`; `"Parts": []` is `Some(vec![])`. A missing `Parts` is an error.
///
/// Its JSON form (the typed model `codec decode ufile get-multi-upload-part` prints)
/// uses the wire's field names and values: numbers as numbers, `Parts` as `null` when
/// it was.
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_ufile::GetMultiUploadPartResponse;
///
/// let body = br#"{"Key":"a.bin","Parts":[{"Etag":"K8y9LzjxXBPrfVqJ","PartNum":0,"Size":4194304}],
///                 "RetCode":0,"Status":0,"UploadId":"e5af977e"}"#;
/// let page = GetMultiUploadPartResponse::decode(body)?;
/// assert_eq!(page.parts()[0].etag.as_ref().unwrap().value(), "K8y9LzjxXBPrfVqJ");
/// assert_eq!(page.status.unwrap().is_complete(), Some(false));
/// assert_eq!(GetMultiUploadPartResponse::decode(&page.encode()?)?, page);
///
/// let error = GetMultiUploadPartResponse::decode(br#"{"RetCode":-30010,"ErrMsg":"bucket not exist"}"#)
///     .unwrap_err();
/// assert_eq!(error.kind(), codec_core::ErrorKind::Service);
/// assert_eq!(error.service_error().unwrap().code, "-30010");
/// # Ok::<(), codec_core::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[cfg_attr(feature = "schema", schemars(transform = parts_required))]
pub struct GetMultiUploadPartResponse<'a> {
    /// The API action name, which UFile's field table lists and its examples omit.
    #[serde(rename = "Action", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub action: Option<Cow<'a, str>>,
    /// The bucket (current shape).
    #[serde(rename = "Bucket", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub bucket: Option<Cow<'a, str>>,
    /// UFile's error text, `""` on success (2019 shape).
    #[serde(rename = "ErrMsg", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub err_msg: Option<Cow<'a, str>>,
    /// Whether more parts follow this page (current shape).
    #[serde(rename = "IsTruncated", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub is_truncated: Option<bool>,
    /// The object key.
    #[serde(rename = "Key", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub key: Option<Cow<'a, str>>,
    /// The page size (current shape).
    #[serde(rename = "MaxParts", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub max_parts: Option<u32>,
    /// A longer error description, listed in UFile's field table.
    #[serde(rename = "Message", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub message: Option<Cow<'a, str>>,
    /// Where the next page starts while `IsTruncated` is true (current shape): the
    /// next request's `part-number-marker`.
    #[serde(rename = "NextPartNumberMarker", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub next_part_number_marker: Option<u32>,
    /// The parts, in the order UFile sent them; `None` when the body said
    /// `"Parts": null` (no parts).
    #[serde(rename = "Parts", borrow)]
    pub parts: Option<Vec<Part<'a>>>,
    /// The return code, 0 on success (2019 shape). A decoded value never holds
    /// anything but 0 here: other codes are decoding errors of kind `Service`.
    #[serde(rename = "RetCode", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = crate::types::ok_ret_code))]
    pub ret_code: Option<i64>,
    /// Whether the upload is complete (2019 shape).
    #[serde(rename = "Status", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub status: Option<UploadStatus>,
    /// The upload's id.
    #[serde(rename = "UploadId", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub upload_id: Option<Cow<'a, str>>,
}

/// `Parts` must be there, though it may be `null`.
#[cfg(feature = "schema")]
fn parts_required(schema: &mut schemars::Schema) {
    codec_core::schema::require(schema, "Parts");
}

/// One uploaded part (`PartsItem` in UFile's field table).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Part<'a> {
    /// The part's ETag, as sent (UFile's are bare, unquoted base64).
    #[serde(rename = "Etag", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub etag: Option<ETag<'a>>,
    /// When the part was written, in UNIX seconds (current shape); see
    /// [`last_modified_time`](Self::last_modified_time).
    #[serde(rename = "LastModified", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub last_modified: Option<i64>,
    /// The part number: UFile counts from 0. Required.
    #[serde(rename = "PartNum")]
    pub part_num: u32,
    /// The part's size in bytes (current shape); 64 bits, since parts may exceed 4 GiB.
    #[serde(rename = "Size", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub size: Option<u64>,
}

impl Part<'_> {
    /// `last_modified` as a point in time: `None` when absent, an error naming the
    /// field when the seconds are outside the years -9999 to 9999.
    pub fn last_modified_time(&self) -> Result<Option<Timestamp>> {
        self.last_modified.map(unix_time).transpose().map_err(|e| e.with_path("LastModified"))
    }

    /// Detaches the part from the input it borrows from.
    pub fn into_owned(self) -> Part<'static> {
        Part {
            etag: self.etag.map(ETag::into_owned),
            last_modified: self.last_modified,
            part_num: self.part_num,
            size: self.size,
        }
    }
}

impl GetMultiUploadPartResponse<'_> {
    /// The parts, empty when the body said `"Parts": null`.
    pub fn parts(&self) -> &[Part<'_>] {
        self.parts.as_deref().unwrap_or_default()
    }

    /// The marker the next request passes as `part-number-marker`, or `None` when this
    /// is the last page.
    ///
    /// While `IsTruncated` is true that is `NextPartNumberMarker`, or, should UFile
    /// leave it out, the number of the last part on the page. `None` when `IsTruncated`
    /// is false or absent (the 2019 shape lists every part in one body).
    pub fn next_marker(&self) -> Option<u32> {
        if self.is_truncated != Some(true) {
            return None;
        }
        self.next_part_number_marker.or_else(|| self.parts().last().map(|part| part.part_num))
    }

    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> GetMultiUploadPartResponse<'static> {
        GetMultiUploadPartResponse {
            action: owned_opt(self.action),
            bucket: owned_opt(self.bucket),
            err_msg: owned_opt(self.err_msg),
            is_truncated: self.is_truncated,
            key: owned_opt(self.key),
            max_parts: self.max_parts,
            message: owned_opt(self.message),
            next_part_number_marker: self.next_part_number_marker,
            parts: self.parts.map(|parts| parts.into_iter().map(Part::into_owned).collect()),
            ret_code: self.ret_code,
            status: self.status,
            upload_id: owned_opt(self.upload_id),
        }
    }
}

impl codec_core::Codec for GetMultiUploadPartResponse<'_> {
    const VENDOR: Vendor = Vendor::Ufile;
    const OPERATION: &'static str = OPERATION_GET_MULTI_UPLOAD_PART;
}

impl<'a> Decode<'a> for GetMultiUploadPartResponse<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        let result = match decode(input, limits) {
            Ok(page) if page.ret_code.is_none_or(|code| code == 0) => Ok(page),
            Ok(page) => Err(error::service_or(
                input,
                limits,
                Error::service(error::service_error(
                    page.ret_code.unwrap_or_default(),
                    page.err_msg.as_deref(),
                    page.message.as_deref(),
                )),
            )),
            Err(e) => Err(error::service_or(input, limits, e)),
        };
        result
    }
}

fn decode<'a>(input: &'a [u8], limits: &Limits) -> Result<GetMultiUploadPartResponse<'a>> {
    let mut json = JsonReader::new(input, limits)?;
    let start = json.offset();
    json.begin_object()?;
    let mut page = GetMultiUploadPartResponse::default();
    let mut parts = None;
    while let Some(key) = json.next_key()? {
        let name = key.value();
        let at = |e: Error| json::at_member(e, &key, &name);
        match name.as_bytes() {
            b"Parts" => {
                let list = if json.null().map_err(at)? {
                    None
                } else {
                    let mut list = Vec::new();
                    decode_parts(&mut json, limits, &mut list).map_err(at)?;
                    Some(list)
                };
                set_once(&mut parts, list, &name).map_err(at)?;
            }
            b"UploadId" => {
                set_once(&mut page.upload_id, text(&mut json).map_err(at)?, &name).map_err(at)?
            }
            b"Key" => set_once(&mut page.key, text(&mut json).map_err(at)?, &name).map_err(at)?,
            b"RetCode" => {
                set_once(&mut page.ret_code, json.i64().map_err(at)?, &name).map_err(at)?
            }
            b"ErrMsg" => {
                set_once(&mut page.err_msg, text(&mut json).map_err(at)?, &name).map_err(at)?
            }
            b"Status" => {
                let status = UploadStatus(json.i64().map_err(at)?);
                set_once(&mut page.status, status, &name).map_err(at)?;
            }
            b"Bucket" => {
                set_once(&mut page.bucket, text(&mut json).map_err(at)?, &name).map_err(at)?
            }
            b"MaxParts" => set_once(
                &mut page.max_parts,
                json::read_u32(&mut json, 0, u32::MAX).map_err(at)?,
                &name,
            )
            .map_err(at)?,
            b"IsTruncated" => {
                set_once(&mut page.is_truncated, json.bool().map_err(at)?, &name).map_err(at)?
            }
            b"NextPartNumberMarker" => {
                let marker = json::read_u32(&mut json, 0, u32::MAX).map_err(at)?;
                set_once(&mut page.next_part_number_marker, marker, &name).map_err(at)?;
            }
            b"Message" => {
                set_once(&mut page.message, text(&mut json).map_err(at)?, &name).map_err(at)?
            }
            b"Action" => {
                set_once(&mut page.action, text(&mut json).map_err(at)?, &name).map_err(at)?
            }
            _ => json.skip_value().map_err(at)?,
        }
    }
    json.finish()?;
    page.parts = parts.ok_or_else(|| Error::missing_field("Parts").with_offset(start))?;
    Ok(page)
}

fn decode_parts<'a>(
    json: &mut JsonReader<'a>,
    limits: &Limits,
    parts: &mut Vec<Part<'a>>,
) -> Result<()> {
    json.begin_array()?;
    while json.next_item()? {
        let index = parts.len();
        if let Err(e) = limits.check_items(index) {
            return Err(in_item(e.with_offset(json.offset()), "Parts", index));
        }
        let part = decode_part(json).map_err(|e| in_item(e, "Parts", index))?;
        parts.push(part);
    }
    Ok(())
}

#[inline]
fn decode_part<'a>(json: &mut JsonReader<'a>) -> Result<Part<'a>> {
    let start = json.offset();
    json.begin_object()?;
    // The ETag stays a `JsonStr` (three words, `Copy`) until the part is built: moving
    // an `ETag` through the loop costs more than reading it.
    let mut etag = None;
    let mut number = None;
    let mut last_modified = None;
    let mut size = None;
    while let Some(key) = json.next_key()? {
        let name = key.value();
        let at = |e: Error| json::at_member(e, &key, &name);
        match name.as_bytes() {
            b"Etag" => set_once(&mut etag, json.str().map_err(at)?, &name).map_err(at)?,
            b"PartNum" => {
                set_once(&mut number, json::read_u32(json, 0, u32::MAX).map_err(at)?, &name)
                    .map_err(at)?
            }
            b"LastModified" => {
                set_once(&mut last_modified, json.i64().map_err(at)?, &name).map_err(at)?;
            }
            b"Size" => set_once(&mut size, json.u64().map_err(at)?, &name).map_err(at)?,
            _ => json.skip_value().map_err(at)?,
        }
    }
    let part_num = number.ok_or_else(|| Error::missing_field("PartNum").with_offset(start))?;
    Ok(Part {
        // A string without escapes holds no `"`: a bare ETag, as UFile sends them.
        etag: etag.map(|text| {
            if text.has_escapes() { text.to_etag() } else { ETag::new(text.raw(), false) }
        }),
        last_modified,
        part_num,
        size,
    })
}

impl Encode for GetMultiUploadPartResponse<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        encode(self, out);
        Ok(())
    }
}

fn encode(page: &GetMultiUploadPartResponse<'_>, out: &mut Vec<u8>) {
    // One reservation for the whole body, from the members each part has: the markup
    // and the longest numbers, and the ETag's length (escaping rarely adds more).
    let strings =
        [&page.action, &page.bucket, &page.err_msg, &page.key, &page.message, &page.upload_id];
    let head: usize = strings.iter().map(|s| s.as_ref().map_or(0, |s| s.len() + 32)).sum();
    let parts: usize = page
        .parts()
        .iter()
        .map(|part| {
            22 + part.etag.as_ref().map_or(0, |etag| 14 + etag.value().len())
                + part.last_modified.map_or(0, |_| 36)
                + part.size.map_or(0, |_| 28)
        })
        .sum();
    out.reserve(256 + head + parts);
    let mut json = JsonWriter::new(out);
    json.begin_object();
    // The documented example's order (alphabetical).
    string(&mut json, "Action", &page.action);
    string(&mut json, "Bucket", &page.bucket);
    string(&mut json, "ErrMsg", &page.err_msg);
    if let Some(truncated) = page.is_truncated {
        json.key("IsTruncated");
        json.bool(truncated);
    }
    string(&mut json, "Key", &page.key);
    if let Some(max) = page.max_parts {
        json.key("MaxParts");
        json.u64(max.into());
    }
    string(&mut json, "Message", &page.message);
    if let Some(marker) = page.next_part_number_marker {
        json.key("NextPartNumberMarker");
        json.u64(marker.into());
    }
    json.key("Parts");
    let Some(parts) = &page.parts else {
        json.null();
        return encode_tail(page, json);
    };
    json.begin_array();
    // The parts are written straight into `out`: constant keys as bytes.
    for (index, part) in parts.iter().enumerate() {
        if index > 0 {
            out.push(b',');
        }
        encode_part(out, part);
    }
    let mut json = JsonWriter::new(out);
    json.end_array();
    encode_tail(page, json);
}

/// The members after `Parts`.
fn encode_tail(page: &GetMultiUploadPartResponse<'_>, mut json: JsonWriter<'_>) {
    if let Some(code) = page.ret_code {
        json.key("RetCode");
        json.i64(code);
    }
    if let Some(status) = page.status {
        json.key("Status");
        json.i64(status.0);
    }
    string(&mut json, "UploadId", &page.upload_id);
    json.end_object();
}

/// Writes `"name":"value"` when `value` is present.
fn string(json: &mut JsonWriter<'_>, name: &str, value: &Option<Cow<'_, str>>) {
    if let Some(value) = value {
        json.key(name);
        json.str(value);
    }
}

#[inline]
fn encode_part(out: &mut Vec<u8>, part: &Part<'_>) {
    out.push(b'{');
    if let Some(etag) = &part.etag {
        out.extend_from_slice(b"\"Etag\":");
        codec_core::json::write_etag(out, etag);
        out.push(b',');
    }
    if let Some(last_modified) = part.last_modified {
        out.extend_from_slice(b"\"LastModified\":");
        out.extend_from_slice(itoa::Buffer::new().format(last_modified).as_bytes());
        out.push(b',');
    }
    out.extend_from_slice(b"\"PartNum\":");
    out.extend_from_slice(itoa::Buffer::new().format(part.part_num).as_bytes());
    if let Some(size) = part.size {
        out.extend_from_slice(b",\"Size\":");
        out.extend_from_slice(itoa::Buffer::new().format(size).as_bytes());
    }
    out.push(b'}');
}

impl Normalize for GetMultiUploadPartResponse<'_> {
    type Model<'m>
        = PartsPage<'m>
    where
        Self: 'm;

    /// The page in the vendor-neutral model: ETags as sent (UFile's carry no quotes),
    /// part numbers from 0 as UFile counts them, `LastModified` in RFC 3339 UTC, and
    /// `next_marker` from [`next_marker`](GetMultiUploadPartResponse::next_marker)
    /// (`null` in the 2019 shape, which has no paging). `truncated` is `IsTruncated`,
    /// `null` when absent.
    fn normalize_inner(&self) -> Result<PartsPage<'_>> {
        normalize(self)
    }
}

fn normalize<'m>(page: &'m GetMultiUploadPartResponse<'_>) -> Result<PartsPage<'m>> {
    let mut parts = Vec::with_capacity(page.parts().len());
    let mut clock = UnixClock::default();
    for (index, part) in page.parts().iter().enumerate() {
        let last_modified = match part.last_modified {
            Some(seconds) => Some(
                clock
                    .at(seconds)
                    .map_err(|e| in_item(e.with_path("LastModified"), "Parts", index))?,
            ),
            None => None,
        };
        parts.push(codec_core::Part {
            number: part.part_num,
            etag: part.etag.as_ref().map(|etag| Cow::Borrowed(etag.value())),
            size: part.size,
            last_modified,
        });
    }
    Ok(PartsPage {
        vendor: Vendor::Ufile,
        upload_id: page.upload_id.as_deref().map(Cow::Borrowed),
        key: page.key.as_deref().map(Cow::Borrowed),
        parts,
        next_marker: page.next_marker().map(|marker| Cow::Owned(marker.to_string())),
        truncated: page.is_truncated,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_marker_follows_is_truncated() {
        let mut page = GetMultiUploadPartResponse {
            next_part_number_marker: Some(7),
            parts: Some(vec![Part { part_num: 9, ..Part::default() }]),
            ..GetMultiUploadPartResponse::default()
        };
        assert_eq!(page.next_marker(), None);
        page.is_truncated = Some(true);
        assert_eq!(page.next_marker(), Some(7));
        page.next_part_number_marker = None;
        assert_eq!(page.next_marker(), Some(9));
        page.parts = None;
        assert_eq!(page.next_marker(), None);
        page.is_truncated = Some(false);
        assert_eq!(page.next_marker(), None);
    }
}
