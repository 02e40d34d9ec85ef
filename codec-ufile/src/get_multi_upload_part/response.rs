//! `GetMultiUploadPartResponse`: the JSON body of a GetMultiUploadPart response, in
//! both shapes UFile has documented.

use std::borrow::Cow;

use codec_core::{ETag, Normalize, PartsPage, Result, Timestamp, Vendor};

use crate::OPERATION_GET_MULTI_UPLOAD_PART;
use crate::types::{UnixClock, UploadStatus};

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
/// message and the whole body
/// ([`ErrorResponse::from_error`](crate::ErrorResponse::from_error)), wherever
/// `RetCode` stands in the body.
///
/// # A body that is not a page
///
/// `Parts` is what makes a body a page, and a body without it is an error of kind
/// [`MissingField`](codec_core::ErrorKind::MissingField) naming `Parts`, at the body's
/// object (its first byte but JSON whitespace): `{}`, or a gateway's
/// `{"message":"boom"}`, is not an empty last page. The evidence: every body UFile has
/// published carries `Parts`, in both shapes: the 2019 API document's example and its
/// published copy (`fixtures/ok/get-multi-upload-part/doc-example.json`,
/// `real-world-doc-2019.json`), the current document's example
/// (`real-world-doc-2023.json`, <https://docs.ucloud.cn/api/ufile-api/get_multi_upload_part>,
/// `UCloudDoc-Team/api` commit 01df0001, 2023-11-08), while `RetCode`, `ErrMsg`,
/// `Status` and `Bucket` each appear in one shape only. The 2019 field table marks
/// `Parts` "No" (not required), as it does every field but `RetCode` and `Action`,
/// the latter of which its own example leaves out.
///
/// `"Parts": null` (what a Go server sends for an empty list) decodes as
/// `parts: None`, which means no parts ([`parts`](Self::parts) is empty) and encodes
/// back to `null`; `"Parts": []` is `Some(vec![])`.
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
#[codec_core::wire(json, codec(Vendor::Ufile, OPERATION_GET_MULTI_UPLOAD_PART))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "schema", schemars(transform = parts_required))]
pub struct GetMultiUploadPartResponse<'a> {
    /// The API action name, which UFile's field table lists and its examples omit.
    #[wire(rename = "Action")]
    pub action: Option<Cow<'a, str>>,
    /// The bucket (current shape).
    #[wire(rename = "Bucket")]
    pub bucket: Option<Cow<'a, str>>,
    /// UFile's error text, `""` on success (2019 shape).
    #[wire(rename = "ErrMsg")]
    pub err_msg: Option<Cow<'a, str>>,
    /// Whether more parts follow this page (current shape).
    #[wire(rename = "IsTruncated")]
    pub is_truncated: Option<bool>,
    /// The object key.
    #[wire(rename = "Key")]
    pub key: Option<Cow<'a, str>>,
    /// The page size (current shape).
    #[wire(rename = "MaxParts")]
    pub max_parts: Option<u32>,
    /// A longer error description, listed in UFile's field table.
    #[wire(rename = "Message")]
    pub message: Option<Cow<'a, str>>,
    /// Where the next page starts while `IsTruncated` is true (current shape): the
    /// next request's `part-number-marker`.
    #[wire(rename = "NextPartNumberMarker")]
    pub next_part_number_marker: Option<u32>,
    /// The parts, in the order UFile sent them; `None` when the body said
    /// `"Parts": null` (no parts).
    #[wire(rename = "Parts", required)]
    pub parts: Option<Vec<UploadedPart<'a>>>,
    /// The return code, 0 on success (2019 shape). A decoded value never holds
    /// anything but 0 here: other codes are decoding errors of kind `Service`.
    #[wire(rename = "RetCode", arbitrary = crate::types::ok_ret_code)]
    pub ret_code: Option<i64>,
    /// Whether the upload is complete (2019 shape).
    #[wire(rename = "Status")]
    pub status: Option<UploadStatus>,
    /// The upload's id.
    #[wire(rename = "UploadId")]
    pub upload_id: Option<Cow<'a, str>>,
}

/// `Parts` must be there, though it may be `null`.
#[cfg(feature = "schema")]
fn parts_required(schema: &mut schemars::Schema) {
    codec_core::schema::require(schema, "Parts");
}

/// One uploaded part (`PartsItem` in UFile's field table), an item of
/// [`GetMultiUploadPartResponse::parts`]; the vendor-neutral one is
/// [`codec_core::Part`].
#[codec_core::wire(json)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UploadedPart<'a> {
    /// The part's ETag, as sent (UFile's are bare, unquoted base64).
    #[wire(rename = "Etag")]
    pub etag: Option<ETag<'a>>,
    /// When the part was written, in UNIX seconds (current shape); see
    /// [`last_modified_time`](Self::last_modified_time).
    #[wire(rename = "LastModified")]
    pub last_modified: Option<i64>,
    /// The part number: UFile counts from 0. Required.
    #[wire(rename = "PartNum")]
    pub part_num: u32,
    /// The part's size in bytes (current shape); 64 bits, since parts may exceed 4 GiB.
    #[wire(rename = "Size")]
    pub size: Option<u64>,
}

impl UploadedPart<'_> {
    /// `last_modified` as a point in time: `None` when absent, an error naming the
    /// field when the seconds are outside the years -9999 to 9999.
    pub fn last_modified_time(&self) -> Result<Option<Timestamp>> {
        Timestamp::from_unix_field(self.last_modified, "LastModified")
    }
}

impl GetMultiUploadPartResponse<'_> {
    /// The parts, empty when the body said `"Parts": null`.
    pub fn parts(&self) -> &[UploadedPart<'_>] {
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
}

codec!(GetMultiUploadPartResponse, success);

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
        let mut parts = Vec::with_capacity(self.parts().len());
        let mut clock = UnixClock::default();
        for (index, part) in self.parts().iter().enumerate() {
            parts.push(codec_core::Part {
                number: part.part_num,
                etag: part.etag.as_ref().map(|etag| Cow::Borrowed(etag.value())),
                size: part.size,
                last_modified: clock
                    .at_field(part.last_modified, || format!("Parts[{index}].LastModified"))?,
            });
        }
        Ok(PartsPage {
            vendor: Vendor::Ufile,
            upload_id: self.upload_id.as_deref().map(Cow::Borrowed),
            key: self.key.as_deref().map(Cow::Borrowed),
            parts,
            next_marker: self.next_marker().map(|marker| Cow::Owned(marker.to_string())),
            truncated: self.is_truncated,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_marker_follows_is_truncated() {
        let mut page = GetMultiUploadPartResponse {
            next_part_number_marker: Some(7),
            parts: Some(vec![UploadedPart { part_num: 9, ..UploadedPart::default() }]),
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
