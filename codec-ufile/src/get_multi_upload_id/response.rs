//! `GetMultiUploadIdResponse`: the JSON body of a GetMultiUploadId response.

use std::borrow::Cow;

use codec_core::field::{owned, owned_opt, set_once};
use codec_core::json::{self, JsonReader, JsonWriter};
use codec_core::{Decode, Encode, Error, Limits, Normalize, Result, UploadsPage, Vendor};
use serde::{Deserialize, Serialize};

use crate::types::{StorageClass, UnixClock, in_item, present, text, unix_time};
use crate::{OPERATION_GET_MULTI_UPLOAD_ID, error};

/// The body of a GetMultiUploadId response: one page of the multipart uploads in
/// progress.
///
/// Every field is optional, as UFile's field table says; absent stays absent when
/// re-encoded. The 2019 shape carries `DataSet`, `NextMarker`, `RetCode` and `ErrMsg`;
/// newer versions add `StorageClass` per upload and `Bucket`, `UploadIdMarker` and
/// `IsTruncated`. A body whose `RetCode` is not 0 is UFile's error body: decoding it
/// fails with [`ErrorKind::Service`](codec_core::ErrorKind::Service).
///
/// `DataSet` keeps how it was sent: absent is `None`, `"DataSet": null` (what a Go
/// server sends for an empty list) is `Some(None)` and means no uploads, an array is
/// `Some(Some(uploads))`; [`uploads`](Self::uploads) gives the list in every case, and
/// encoding writes back what was read.
///
/// ```
/// use codec_core::{Decode, Normalize};
/// use codec_ufile::GetMultiUploadIdResponse;
///
/// let body = br#"{"DataSet":[{"FileName":"large_2","StartTime":1484116878,"UploadId":"3be8bd2b"}],
///                 "ErrMsg":"","NextMarker":"","RetCode":0}"#;
/// let page = GetMultiUploadIdResponse::decode(body)?;
/// assert_eq!(page.uploads()[0].file_name.as_deref(), Some("large_2"));
/// let model = page.normalize()?;
/// assert_eq!(model.uploads[0].initiated.unwrap().to_string(), "2017-01-11T06:41:18Z");
/// assert_eq!(model.next_marker, None);
/// # Ok::<(), codec_core::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct GetMultiUploadIdResponse<'a> {
    /// The API action name, which UFile's field table lists and its examples omit.
    #[serde(rename = "Action", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub action: Option<Cow<'a, str>>,
    /// The bucket (newer versions).
    #[serde(rename = "Bucket", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub bucket: Option<Cow<'a, str>>,
    /// The uploads: `None` when absent, `Some(None)` for `null`.
    #[serde(
        rename = "DataSet",
        borrow,
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "present"
    )]
    pub data_set: Option<Option<Vec<Upload<'a>>>>,
    /// UFile's error text, `""` on success.
    #[serde(rename = "ErrMsg", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub err_msg: Option<Cow<'a, str>>,
    /// Whether more uploads follow this page (newer versions).
    #[serde(rename = "IsTruncated", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub is_truncated: Option<bool>,
    /// A longer error description, listed in UFile's field table.
    #[serde(rename = "Message", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub message: Option<Cow<'a, str>>,
    /// The next request's `marker`; empty on the last page.
    #[serde(rename = "NextMarker", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub next_marker: Option<Cow<'a, str>>,
    /// The return code, 0 on success. A decoded value never holds anything but 0
    /// here: other codes are decoding errors of kind `Service`.
    #[serde(rename = "RetCode", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = crate::types::ok_ret_code))]
    pub ret_code: Option<i64>,
    /// The upload-id marker this page started after (newer versions).
    #[serde(rename = "UploadIdMarker", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub upload_id_marker: Option<Cow<'a, str>>,
}

/// One multipart upload in progress (an item of `DataSet`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct Upload<'a> {
    /// The object key.
    #[serde(rename = "FileName", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub file_name: Option<Cow<'a, str>>,
    /// When the upload started, in UNIX seconds; see
    /// [`start_time`](Self::start_time).
    #[serde(rename = "StartTime", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub start_time: Option<i64>,
    /// The storage class (newer versions).
    #[serde(rename = "StorageClass", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]
    pub storage_class: Option<StorageClass<'a>>,
    /// The upload's id. Required: an entry without one names no upload.
    #[serde(rename = "UploadId", borrow)]
    pub upload_id: Cow<'a, str>,
}

impl Upload<'_> {
    /// `StartTime` as a point in time: `None` when absent, an error naming the field
    /// when the seconds are outside the years -9999 to 9999.
    pub fn start_time(&self) -> Result<Option<codec_core::Timestamp>> {
        self.start_time.map(unix_time).transpose().map_err(|e| e.with_path("StartTime"))
    }

    /// Detaches the upload from the input it borrows from.
    pub fn into_owned(self) -> Upload<'static> {
        Upload {
            file_name: owned_opt(self.file_name),
            start_time: self.start_time,
            storage_class: self.storage_class.map(StorageClass::into_owned),
            upload_id: owned(self.upload_id),
        }
    }
}

impl GetMultiUploadIdResponse<'_> {
    /// The uploads, empty when `DataSet` is absent or `null`.
    pub fn uploads(&self) -> &[Upload<'_>] {
        self.data_set.as_ref().and_then(Option::as_deref).unwrap_or_default()
    }

    /// The marker the next request passes as `marker`, or `None` when this is the last
    /// page: `NextMarker` when it is not empty, unless `IsTruncated` is `false`.
    pub fn next_marker(&self) -> Option<&str> {
        if self.is_truncated == Some(false) {
            return None;
        }
        self.next_marker.as_deref().filter(|marker| !marker.is_empty())
    }

    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> GetMultiUploadIdResponse<'static> {
        GetMultiUploadIdResponse {
            action: owned_opt(self.action),
            bucket: owned_opt(self.bucket),
            data_set: self
                .data_set
                .map(|list| list.map(|list| list.into_iter().map(Upload::into_owned).collect())),
            err_msg: owned_opt(self.err_msg),
            is_truncated: self.is_truncated,
            message: owned_opt(self.message),
            next_marker: owned_opt(self.next_marker),
            ret_code: self.ret_code,
            upload_id_marker: owned_opt(self.upload_id_marker),
        }
    }
}

impl codec_core::Codec for GetMultiUploadIdResponse<'_> {
    const VENDOR: Vendor = Vendor::Ufile;
    const OPERATION: &'static str = OPERATION_GET_MULTI_UPLOAD_ID;
}

impl<'a> Decode<'a> for GetMultiUploadIdResponse<'a> {
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

fn decode<'a>(input: &'a [u8], limits: &Limits) -> Result<GetMultiUploadIdResponse<'a>> {
    let mut json = JsonReader::new(input, limits)?;
    json.begin_object()?;
    let mut page = GetMultiUploadIdResponse::default();
    while let Some(key) = json.next_key()? {
        let name = key.value();
        let at = |e: Error| json::at_member(e, &key, &name);
        match name.as_bytes() {
            b"DataSet" => {
                let list = if json.null().map_err(at)? {
                    None
                } else {
                    let mut list = Vec::new();
                    decode_uploads(&mut json, limits, &mut list).map_err(at)?;
                    Some(list)
                };
                set_once(&mut page.data_set, list, &name).map_err(at)?;
            }
            b"NextMarker" => {
                set_once(&mut page.next_marker, text(&mut json).map_err(at)?, &name).map_err(at)?
            }
            b"RetCode" => {
                set_once(&mut page.ret_code, json.i64().map_err(at)?, &name).map_err(at)?
            }
            b"ErrMsg" => {
                set_once(&mut page.err_msg, text(&mut json).map_err(at)?, &name).map_err(at)?
            }
            b"Bucket" => {
                set_once(&mut page.bucket, text(&mut json).map_err(at)?, &name).map_err(at)?
            }
            b"UploadIdMarker" => {
                set_once(&mut page.upload_id_marker, text(&mut json).map_err(at)?, &name)
                    .map_err(at)?;
            }
            b"IsTruncated" => {
                set_once(&mut page.is_truncated, json.bool().map_err(at)?, &name).map_err(at)?
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
    Ok(page)
}

fn decode_uploads<'a>(
    json: &mut JsonReader<'a>,
    limits: &Limits,
    uploads: &mut Vec<Upload<'a>>,
) -> Result<()> {
    json.begin_array()?;
    while json.next_item()? {
        let index = uploads.len();
        if let Err(e) = limits.check_items(index) {
            return Err(in_item(e.with_offset(json.offset()), "DataSet", index));
        }
        let upload = decode_upload(json).map_err(|e| in_item(e, "DataSet", index))?;
        uploads.push(upload);
    }
    Ok(())
}

#[inline]
fn decode_upload<'a>(json: &mut JsonReader<'a>) -> Result<Upload<'a>> {
    let start = json.offset();
    json.begin_object()?;
    let mut upload_id = None;
    let mut upload = Upload::default();
    while let Some(key) = json.next_key()? {
        let name = key.value();
        let at = |e: Error| json::at_member(e, &key, &name);
        match name.as_bytes() {
            b"UploadId" => set_once(&mut upload_id, text(json).map_err(at)?, &name).map_err(at)?,
            b"FileName" => {
                set_once(&mut upload.file_name, text(json).map_err(at)?, &name).map_err(at)?
            }
            b"StartTime" => {
                set_once(&mut upload.start_time, json.i64().map_err(at)?, &name).map_err(at)?
            }
            b"StorageClass" => {
                let class = StorageClass(text(json).map_err(at)?);
                set_once(&mut upload.storage_class, class, &name).map_err(at)?;
            }
            _ => json.skip_value().map_err(at)?,
        }
    }
    upload.upload_id =
        upload_id.ok_or_else(|| Error::missing_field("UploadId").with_offset(start))?;
    Ok(upload)
}

impl Encode for GetMultiUploadIdResponse<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        encode(self, out);
        Ok(())
    }
}

fn encode(page: &GetMultiUploadIdResponse<'_>, out: &mut Vec<u8>) {
    // One reservation for the whole body, from the members each upload has.
    let strings = [
        &page.action,
        &page.bucket,
        &page.err_msg,
        &page.message,
        &page.next_marker,
        &page.upload_id_marker,
    ];
    let head: usize = strings.iter().map(|s| s.as_ref().map_or(0, |s| s.len() + 32)).sum();
    let uploads: usize = page
        .uploads()
        .iter()
        .map(|upload| {
            16 + upload.upload_id.len()
                + upload.file_name.as_ref().map_or(0, |name| 14 + name.len())
                + upload.start_time.map_or(0, |_| 34)
                + upload.storage_class.as_ref().map_or(0, |class| 18 + class.as_str().len())
        })
        .sum();
    out.reserve(256 + head + uploads);
    let mut json = JsonWriter::new(out);
    // The documented example's order (alphabetical).
    json.begin_object();
    string(&mut json, "Action", &page.action);
    string(&mut json, "Bucket", &page.bucket);
    if let Some(list) = &page.data_set {
        json.key("DataSet");
        match list {
            None => json.null(),
            Some(uploads) => {
                json.begin_array();
                // The uploads are written straight into `out`: constant keys as bytes.
                for (index, upload) in uploads.iter().enumerate() {
                    if index > 0 {
                        out.push(b',');
                    }
                    encode_upload(out, upload);
                }
                json = JsonWriter::new(out);
                json.end_array();
            }
        }
    }
    string(&mut json, "ErrMsg", &page.err_msg);
    if let Some(truncated) = page.is_truncated {
        json.key("IsTruncated");
        json.bool(truncated);
    }
    string(&mut json, "Message", &page.message);
    string(&mut json, "NextMarker", &page.next_marker);
    if let Some(code) = page.ret_code {
        json.key("RetCode");
        json.i64(code);
    }
    string(&mut json, "UploadIdMarker", &page.upload_id_marker);
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
fn encode_upload(out: &mut Vec<u8>, upload: &Upload<'_>) {
    out.push(b'{');
    if let Some(name) = &upload.file_name {
        out.extend_from_slice(b"\"FileName\":");
        codec_core::json::write_str(out, name);
        out.push(b',');
    }
    if let Some(start) = upload.start_time {
        out.extend_from_slice(b"\"StartTime\":");
        out.extend_from_slice(itoa::Buffer::new().format(start).as_bytes());
        out.push(b',');
    }
    if let Some(class) = &upload.storage_class {
        out.extend_from_slice(b"\"StorageClass\":");
        codec_core::json::write_str(out, class.as_str());
        out.push(b',');
    }
    out.extend_from_slice(b"\"UploadId\":");
    codec_core::json::write_str(out, &upload.upload_id);
    out.push(b'}');
}

impl Normalize for GetMultiUploadIdResponse<'_> {
    type Model<'m>
        = UploadsPage<'m>
    where
        Self: 'm;

    /// The page in the vendor-neutral model: `FileName` is the key, `StartTime` the
    /// `initiated` date in RFC 3339 UTC, and `next_marker` comes from
    /// [`next_marker`](GetMultiUploadIdResponse::next_marker) (an empty `NextMarker`
    /// is `null`).
    fn normalize_inner(&self) -> Result<UploadsPage<'_>> {
        normalize(self)
    }
}

fn normalize<'m>(page: &'m GetMultiUploadIdResponse<'_>) -> Result<UploadsPage<'m>> {
    let mut uploads = Vec::with_capacity(page.uploads().len());
    let mut clock = UnixClock::default();
    for (index, upload) in page.uploads().iter().enumerate() {
        let initiated = match upload.start_time {
            Some(seconds) => Some(
                clock
                    .at(seconds)
                    .map_err(|e| in_item(e.with_path("StartTime"), "DataSet", index))?,
            ),
            None => None,
        };
        uploads.push(codec_core::Upload {
            upload_id: Cow::Borrowed(&upload.upload_id),
            key: upload.file_name.as_deref().map(Cow::Borrowed),
            initiated,
        });
    }
    Ok(UploadsPage {
        vendor: Vendor::Ufile,
        uploads,
        next_marker: page.next_marker().map(Cow::Borrowed),
    })
}
