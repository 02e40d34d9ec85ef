//! `GetUploadUrlRequest`: the JSON body of `POST /v2/file/get_upload_url`.

use std::borrow::Cow;

use codec_core::{Decode, Encode, Limits, Result, Vendor};

use crate::types::{decode_json, drive_or_share, part_count, start};
use crate::{OPERATION_GET_UPLOAD_URL, UploadedPart};

/// A `get_upload_url` request: the JSON body of `POST /v2/file/get_upload_url`,
/// asking for upload URLs for some parts of an upload under way.
///
/// Every member is optional, as in PDS's own models, but one of `drive_id` and
/// `share_id` is required: a body with neither is refused, on decoding and on encoding
/// (kind [`MissingField`](codec_core::ErrorKind::MissingField), path `drive_id`).
/// `part_info_list` names at most 10,000 parts, numbered 1 to 10,000. Unknown members
/// are skipped.
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_pds::GetUploadUrlRequest;
///
/// let body = br#"{"share_id":"7JQX","file_id":"5f5f","upload_id":"2D0A","part_info_list":[{"part_number":2}]}"#;
/// let request = GetUploadUrlRequest::decode(body)?;
/// assert_eq!(request.parts()[0].part_number, Some(2));
/// assert_eq!(request.encode()?, body);
///
/// let error = GetUploadUrlRequest::new("5f5f", "2D0A", [1]).encode().unwrap_err();
/// assert_eq!(error.path(), Some("drive_id"));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(
    json,
    null_as_absent,
    no_arbitrary,
    codec(Vendor::Pds, OPERATION_GET_UPLOAD_URL)
)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(
    feature = "schema",
    schemars(extend("anyOf" = [{ "required": ["drive_id"] }, { "required": ["share_id"] }]))
)]
pub struct GetUploadUrlRequest<'a> {
    /// The drive holding the file; required unless `share_id` is given.
    pub drive_id: Option<Cow<'a, str>>,
    /// The share the file is uploaded through; required unless `drive_id` is given.
    pub share_id: Option<Cow<'a, str>>,
    /// The file's id.
    pub file_id: Option<Cow<'a, str>>,
    /// The upload task's id.
    pub upload_id: Option<Cow<'a, str>>,
    /// The parts to give URLs for (`part_number` each); `Some(None)` for `null`.
    pub part_info_list: Option<Option<Vec<UploadedPart<'a>>>>,
}

/// Generates requests that round-trip: `drive_id`, `share_id` or both.
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for GetUploadUrlRequest<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let (drive_id, share_id) = crate::types::arbitrary_drive_or_share(u)?;
        Ok(GetUploadUrlRequest {
            drive_id,
            share_id,
            file_id: u.arbitrary()?,
            upload_id: u.arbitrary()?,
            part_info_list: u.arbitrary()?,
        })
    }
}

impl<'a> GetUploadUrlRequest<'a> {
    /// A request for the upload URLs of the parts `part_numbers` of the upload
    /// `upload_id` of the file `file_id`. It names no drive or share yet: set one with
    /// [`with_drive_id`](Self::with_drive_id) or [`with_share_id`](Self::with_share_id)
    /// before encoding it (encoding fails otherwise).
    pub fn new(
        file_id: impl Into<Cow<'a, str>>,
        upload_id: impl Into<Cow<'a, str>>,
        part_numbers: impl IntoIterator<Item = u32>,
    ) -> Self {
        let parts = part_numbers
            .into_iter()
            .map(|number| UploadedPart { part_number: Some(number), ..UploadedPart::default() })
            .collect();
        GetUploadUrlRequest {
            file_id: Some(file_id.into()),
            upload_id: Some(upload_id.into()),
            part_info_list: Some(Some(parts)),
            ..GetUploadUrlRequest::default()
        }
    }

    /// Sets `drive_id`: the file is in this drive.
    #[must_use]
    pub fn with_drive_id(mut self, drive_id: impl Into<Cow<'a, str>>) -> Self {
        self.drive_id = Some(drive_id.into());
        self
    }

    /// Sets `share_id`: the file is uploaded through this share.
    #[must_use]
    pub fn with_share_id(mut self, share_id: impl Into<Cow<'a, str>>) -> Self {
        self.share_id = Some(share_id.into());
        self
    }

    /// The parts named in `part_info_list`: none when it is absent or `null`.
    pub fn parts(&self) -> &[UploadedPart<'a>] {
        match &self.part_info_list {
            Some(Some(parts)) => parts,
            _ => &[],
        }
    }

    /// Checks the rules PDS states: `drive_id` or `share_id`, at most 10,000 parts.
    pub fn validate(&self) -> Result<()> {
        validate(self).map_err(|e| e.with_context(Vendor::Pds, OPERATION_GET_UPLOAD_URL))
    }
}

fn validate(request: &GetUploadUrlRequest<'_>) -> Result<()> {
    drive_or_share(request.drive_id.as_deref(), request.share_id.as_deref())?;
    part_count(request.part_info_list.as_ref())
}

impl<'a> Decode<'a> for GetUploadUrlRequest<'a> {
    /// Decodes the body; one with neither `drive_id` nor `share_id`, or more than
    /// 10,000 parts, is refused.
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        let request: Self = decode_json(input, limits)?;
        validate(&request).map_err(|e| e.with_offset(start(input)))?;
        Ok(request)
    }
}

impl Encode for GetUploadUrlRequest<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        validate(self)?;
        codec_core::wire::json::encode_body(self, out)
    }
}
