//! `ListUploadedPartsRequest`: the JSON body of `POST /v2/file/list_uploaded_parts`,
//! and the pager that derives the next request from a response.

use std::borrow::Cow;

use codec_core::wire::in_range;
use codec_core::{Decode, Encode, Limits, Result, Vendor};

use crate::types::{PartNumberMarker, decode_json, neither, start};
use crate::{MAX_LIMIT, OPERATION_LIST_UPLOADED_PARTS};

/// A `list_uploaded_parts` request: the JSON body of
/// `POST /v2/file/list_uploaded_parts`.
///
/// `file_id` and `upload_id` are required, and so is one of `drive_id` (a file in a
/// drive) and `share_id` (a file uploaded through a share link); a body with neither is
/// refused, on decoding and on encoding. `limit` is 1 to 100 in the current API and was
/// 1 to 1000 before: 1 to 1000 is accepted, 0 and more than 1000 are refused.
/// `part_number_marker` is kept as it came, a number or an opaque string
/// ([`PartNumberMarker`]). Unknown fields are skipped.
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_pds::{ListUploadedPartsRequest, PartNumberMarker};
///
/// let body = br#"{"drive_id":"1","file_id":"322f","upload_id":"0016","limit":100,"part_number_marker":5}"#;
/// let request = ListUploadedPartsRequest::decode(body)?;
/// assert_eq!(request.part_number_marker, Some(PartNumberMarker::Number(5)));
/// assert_eq!(request.encode()?, body);
///
/// let error = ListUploadedPartsRequest::decode(br#"{"file_id":"f","upload_id":"u"}"#).unwrap_err();
/// assert_eq!(error.path(), Some("drive_id"));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(
    json,
    null_as_absent,
    no_arbitrary,
    codec(Vendor::Pds, OPERATION_LIST_UPLOADED_PARTS)
)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(
    feature = "schema",
    schemars(extend("anyOf" = [{ "required": ["drive_id"] }, { "required": ["share_id"] }]))
)]
pub struct ListUploadedPartsRequest<'a> {
    /// The drive holding the file; required unless `share_id` is given.
    pub drive_id: Option<Cow<'a, str>>,
    /// The file's id.
    pub file_id: Cow<'a, str>,
    /// The upload task's id.
    pub upload_id: Cow<'a, str>,
    /// The page size: 1 to 100 (PDS's default is 100); up to 1000 in the older API.
    #[wire(range(min = 1, max = MAX_LIMIT))]
    pub limit: Option<u32>,
    /// Where this page starts: the previous page's `next_part_number_marker`.
    pub part_number_marker: Option<PartNumberMarker<'a>>,
    /// The share the file was uploaded through; required unless `drive_id` is given.
    pub share_id: Option<Cow<'a, str>>,
}

/// Generates requests that round-trip: `drive_id`, `share_id` or both, and a `limit`
/// from 1 to 1000.
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for ListUploadedPartsRequest<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let (drive_id, share_id) = match u.int_in_range(0..=2u8)? {
            0 => (Some(u.arbitrary()?), None),
            1 => (None, Some(u.arbitrary()?)),
            _ => (Some(u.arbitrary()?), Some(u.arbitrary()?)),
        };
        Ok(ListUploadedPartsRequest {
            drive_id,
            file_id: u.arbitrary()?,
            upload_id: u.arbitrary()?,
            limit: codec_core::generate::opt_u32_in::<1, MAX_LIMIT>(u)?,
            part_number_marker: u.arbitrary()?,
            share_id,
        })
    }
}

impl<'a> ListUploadedPartsRequest<'a> {
    /// A request for the first page of the parts of `upload_id`, for the file `file_id`
    /// in the drive `drive_id`.
    pub fn new(
        drive_id: impl Into<Cow<'a, str>>,
        file_id: impl Into<Cow<'a, str>>,
        upload_id: impl Into<Cow<'a, str>>,
    ) -> Self {
        ListUploadedPartsRequest {
            drive_id: Some(drive_id.into()),
            file_id: file_id.into(),
            upload_id: upload_id.into(),
            ..ListUploadedPartsRequest::default()
        }
    }

    /// A request for the first page, for a file uploaded through the share `share_id`.
    pub fn for_share(
        share_id: impl Into<Cow<'a, str>>,
        file_id: impl Into<Cow<'a, str>>,
        upload_id: impl Into<Cow<'a, str>>,
    ) -> Self {
        ListUploadedPartsRequest {
            share_id: Some(share_id.into()),
            file_id: file_id.into(),
            upload_id: upload_id.into(),
            ..ListUploadedPartsRequest::default()
        }
    }

    /// Sets the page size, `limit`: 1 to 100 in the current API, 1 to 1000 accepted
    /// (the older API's range); out of range is refused when the request is encoded.
    #[must_use]
    pub fn with_page_size(mut self, page_size: u32) -> Self {
        self.limit = Some(page_size);
        self
    }

    /// Sets the marker, `part_number_marker`: the opaque text of a page's
    /// `next_part_number_marker` (a `&str` or a `String`), or a part number as the SDK
    /// models send it (a `u64`).
    #[must_use]
    pub fn with_marker(mut self, marker: impl Into<PartNumberMarker<'a>>) -> Self {
        self.part_number_marker = Some(marker.into());
        self
    }

    /// Checks the rules the document states: `drive_id` or `share_id`, `limit` in range.
    pub fn validate(&self) -> Result<()> {
        validate(self).map_err(|e| e.with_context(Vendor::Pds, OPERATION_LIST_UPLOADED_PARTS))
    }
}

fn validate(request: &ListUploadedPartsRequest<'_>) -> Result<()> {
    if request.drive_id.is_none() && request.share_id.is_none() {
        return Err(neither());
    }
    if let Some(limit) = request.limit {
        in_range::<u32>(limit.into(), 1, MAX_LIMIT.into()).map_err(|e| e.with_path("limit"))?;
    }
    Ok(())
}

impl<'a> Decode<'a> for ListUploadedPartsRequest<'a> {
    /// Decodes the body; one with neither `drive_id` nor `share_id` is refused.
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        let request: Self = decode_json(input, limits)?;
        validate(&request).map_err(|e| e.with_offset(start(input)))?;
        Ok(request)
    }
}

impl Encode for ListUploadedPartsRequest<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        self.validate()?;
        codec_core::wire::json::encode_body(self, out)
    }
}
