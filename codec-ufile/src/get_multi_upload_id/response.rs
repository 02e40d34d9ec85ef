//! `GetMultiUploadIdResponse`: the JSON body of a GetMultiUploadId response.

use std::borrow::Cow;

use codec_core::{Error, ErrorKind, Limits, Normalize, Result, UploadsPage, Vendor};

use crate::OPERATION_GET_MULTI_UPLOAD_ID;
use crate::body;
use crate::types::{StorageClass, UnixClock};

/// The body of a GetMultiUploadId response: one page of the multipart uploads in
/// progress.
///
/// Every field is optional, as UFile's field table says; absent stays absent when
/// re-encoded. The 2019 shape carries `DataSet`, `NextMarker`, `RetCode` and `ErrMsg`;
/// newer versions add `StorageClass` per upload and `Bucket`, `UploadIdMarker` and
/// `IsTruncated`. A body whose `RetCode` is not 0 is UFile's error body: decoding it
/// fails with [`ErrorKind::Service`](codec_core::ErrorKind::Service) (the whole body:
/// [`ErrorResponse::from_error`](crate::ErrorResponse::from_error)).
///
/// # A body that is not a page
///
/// A page carries `DataSet` or `RetCode` (or both); a body with neither is an error of
/// kind [`MissingField`](codec_core::ErrorKind::MissingField) naming `DataSet`, at the
/// body's object (its first byte but JSON whitespace), so that `{}` or a gateway's
/// `{"message":"boom"}` is not taken for an empty last page. The evidence:
///
/// - every body UFile has published carries both: the 2019 API document's example
///   (`fixtures/ok/get-multi-upload-id/doc-example.json`), its published 2019 copy and
///   the current document's example (`real-world-doc-2019.json`,
///   `real-world-doc-2023.json`; <https://docs.ucloud.cn/api/ufile-api/get_multi_upload_id>,
///   `UCloudDoc-Team/api` commit 01df0001, 2023-11-08);
/// - `DataSet`, the list itself, is in both field tables; `RetCode` is the one
///   member the 2019 table marks required (with `Action`, which no example sends),
///   and the current table no longer lists it, though its example still sends it.
///
/// Either is enough, so that an empty listing whose `DataSet` is left out
/// (`{"ErrMsg":"","NextMarker":"","RetCode":0}`) still decodes, and so would a page of
/// a future shape without `RetCode`, as GetMultiUploadPart's current shape is.
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
#[codec_core::wire(json, codec(Vendor::Ufile, OPERATION_GET_MULTI_UPLOAD_ID))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "schema", schemars(transform = page_members))]
pub struct GetMultiUploadIdResponse<'a> {
    /// The API action name, which UFile's field table lists and its examples omit.
    #[wire(rename = "Action")]
    pub action: Option<Cow<'a, str>>,
    /// The bucket (newer versions).
    #[wire(rename = "Bucket")]
    pub bucket: Option<Cow<'a, str>>,
    /// The uploads: `None` when absent, `Some(None)` for `null`.
    #[wire(rename = "DataSet", arbitrary = present_data_set)]
    pub data_set: Option<Option<Vec<PendingUpload<'a>>>>,
    /// UFile's error text, `""` on success.
    #[wire(rename = "ErrMsg")]
    pub err_msg: Option<Cow<'a, str>>,
    /// Whether more uploads follow this page (newer versions).
    #[wire(rename = "IsTruncated")]
    pub is_truncated: Option<bool>,
    /// A longer error description, listed in UFile's field table.
    #[wire(rename = "Message")]
    pub message: Option<Cow<'a, str>>,
    /// The next request's `marker`; empty on the last page.
    #[wire(rename = "NextMarker")]
    pub next_marker: Option<Cow<'a, str>>,
    /// The return code, 0 on success. A decoded value never holds anything but 0
    /// here: other codes are decoding errors of kind `Service`.
    #[wire(rename = "RetCode", arbitrary = crate::types::ok_ret_code)]
    pub ret_code: Option<i64>,
    /// The next page's upload-id marker while the listing goes on (newer versions;
    /// see [`next_upload_id_marker`](Self::next_upload_id_marker)).
    #[wire(rename = "UploadIdMarker")]
    pub upload_id_marker: Option<Cow<'a, str>>,
}

/// A page carries `DataSet` or `RetCode`.
#[cfg(feature = "schema")]
fn page_members(schema: &mut schemars::Schema) {
    let rule =
        schemars::json_schema!({"anyOf": [{"required": ["DataSet"]}, {"required": ["RetCode"]}]});
    if let (Some(object), Some(any_of)) = (schema.as_object_mut(), rule.get("anyOf")) {
        object.insert("anyOf".into(), any_of.clone());
    }
}

/// Generated values are pages: `DataSet` is there (`null` or a list), whatever `RetCode`.
#[cfg(feature = "arbitrary")]
fn present_data_set<'a>(
    u: &mut arbitrary::Unstructured<'a>,
) -> arbitrary::Result<Option<Option<Vec<PendingUpload<'a>>>>> {
    Ok(Some(u.arbitrary()?))
}

/// Decodes a body that is a page (see [`GetMultiUploadIdResponse`]).
fn decode_page<'a>(input: &'a [u8], limits: &Limits) -> Result<GetMultiUploadIdResponse<'a>> {
    let page: GetMultiUploadIdResponse<'a> = body::decode(input, limits)?;
    if page.data_set.is_none() && page.ret_code.is_none() {
        // At the object, after the whitespace before it, as for a missing `Parts`.
        let at = input.iter().position(|b| !matches!(b, b' ' | b'\t' | b'\r' | b'\n'));
        return Err(not_a_page(at.unwrap_or(0)));
    }
    Ok(page)
}

#[cold]
fn not_a_page(at: usize) -> Error {
    Error::new(
        ErrorKind::MissingField,
        "neither `DataSet` nor `RetCode` is present: the body is not a GetMultiUploadId page",
    )
    .with_path("DataSet")
    .with_offset(at)
}

/// One multipart upload in progress (an item of `DataSet`); the vendor-neutral one is
/// [`codec_core::Upload`].
#[codec_core::wire(json)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PendingUpload<'a> {
    /// The object key.
    #[wire(rename = "FileName")]
    pub file_name: Option<Cow<'a, str>>,
    /// When the upload started, in UNIX seconds; see
    /// [`start_time`](Self::start_time).
    #[wire(rename = "StartTime")]
    pub start_time: Option<i64>,
    /// The storage class (newer versions).
    #[wire(rename = "StorageClass")]
    pub storage_class: Option<StorageClass<'a>>,
    /// The upload's id. Required: an entry without one names no upload.
    #[wire(rename = "UploadId")]
    pub upload_id: Cow<'a, str>,
}

impl PendingUpload<'_> {
    /// `StartTime` as a point in time: `None` when absent, an error naming the field
    /// when the seconds are outside the years -9999 to 9999.
    pub fn start_time(&self) -> Result<Option<codec_core::Timestamp>> {
        codec_core::Timestamp::from_unix_field(self.start_time, "StartTime")
    }
}

impl GetMultiUploadIdResponse<'_> {
    /// The uploads, empty when `DataSet` is absent or `null`.
    pub fn uploads(&self) -> &[PendingUpload<'_>] {
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

    /// The upload-id marker of the next page (the request's `upload-id-marker`, which
    /// goes with its `marker`), or `None`: `UploadIdMarker` when it is not empty and
    /// the listing goes on ([`next_marker`](Self::next_marker) is not `None`).
    ///
    /// Only the current shape carries `UploadIdMarker`. UFile's current field table
    /// describes it as the next request's upload-id marker, sent when the answer is
    /// not the whole list ("如果本次没有返回全部结果，响应请求中将包含NextUploadMarker元素，
    /// 用于表示接下来请求的UploadMarker值", <https://docs.ucloud.cn/api/ufile-api/get_multi_upload_id>,
    /// `UCloudDoc-Team/api` commit 01df0001), so it is read as that, not as where this
    /// page started.
    ///
    /// ```
    /// use codec_core::{Decode, Normalize};
    /// use codec_ufile::GetMultiUploadIdResponse;
    ///
    /// let body = br#"{"DataSet":[],"NextMarker":"large_4","UploadIdMarker":"e5af977e","IsTruncated":true}"#;
    /// let page = GetMultiUploadIdResponse::decode(body)?;
    /// assert_eq!(page.next_upload_id_marker(), Some("e5af977e"));
    /// let model = page.normalize()?;
    /// assert_eq!((model.next_upload_id_marker.as_deref(), model.truncated), (Some("e5af977e"), Some(true)));
    /// let last = br#"{"DataSet":[],"NextMarker":"","UploadIdMarker":"e5af977e","IsTruncated":false}"#;
    /// assert_eq!(GetMultiUploadIdResponse::decode(last)?.next_upload_id_marker(), None);
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn next_upload_id_marker(&self) -> Option<&str> {
        self.next_marker()?;
        self.upload_id_marker.as_deref().filter(|marker| !marker.is_empty())
    }
}

codec!(GetMultiUploadIdResponse, success, decode_page);

impl Normalize for GetMultiUploadIdResponse<'_> {
    type Model<'m>
        = UploadsPage<'m>
    where
        Self: 'm;

    /// The page in the vendor-neutral model: `FileName` is the key, `StartTime` the
    /// `initiated` date in RFC 3339 UTC, `next_marker` comes from
    /// [`next_marker`](GetMultiUploadIdResponse::next_marker) (an empty `NextMarker`
    /// is `null`), `next_upload_id_marker` from
    /// [`next_upload_id_marker`](GetMultiUploadIdResponse::next_upload_id_marker)
    /// (`UploadIdMarker`, current shape), and `truncated` is `IsTruncated` (`null`
    /// when absent, as in the 2019 shape).
    fn normalize_inner(&self) -> Result<UploadsPage<'_>> {
        let mut uploads = Vec::with_capacity(self.uploads().len());
        let mut clock = UnixClock::default();
        for (index, upload) in self.uploads().iter().enumerate() {
            uploads.push(codec_core::Upload {
                upload_id: Cow::Borrowed(&upload.upload_id),
                key: upload.file_name.as_deref().map(Cow::Borrowed),
                initiated: clock
                    .at_field(upload.start_time, || format!("DataSet[{index}].StartTime"))?,
            });
        }
        Ok(UploadsPage {
            vendor: Vendor::Ufile,
            uploads,
            next_marker: self.next_marker().map(Cow::Borrowed),
            next_upload_id_marker: self.next_upload_id_marker().map(Cow::Borrowed),
            truncated: self.is_truncated,
            prefixes: Vec::new(),
        })
    }
}
