//! `CreateFileRequest`: the JSON body of `POST /v2/file/create`.

use std::borrow::Cow;

use codec_core::{Decode, Encode, Limits, Result, Vendor};

use super::{CheckNameMode, FileType};
use crate::types::{decode_json, drive_or_share, part_count, start};
use crate::{OPERATION_CREATE_FILE, UploadedPart};

/// A `create_file` request: the JSON body of `POST /v2/file/create`, which creates a
/// file (or a folder) and, for a file, starts its upload.
///
/// Every member is optional, as in PDS's own models, but one of `drive_id` (a file in
/// a drive) and `share_id` (a file uploaded through a share link) is required: a body
/// with neither is refused, on decoding and on encoding (kind
/// [`MissingField`](codec_core::ErrorKind::MissingField), path `drive_id`).
/// `part_info_list` names at most 10,000 parts, each numbered 1 to 10,000 (PDS's
/// default is one part). Unknown members (`user_tags`, `meta`, `local_created_at`, …)
/// are skipped.
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_pds::{CreateFileRequest, FileType};
///
/// let body = br#"{"drive_id":"1","parent_file_id":"root","name":"a.jpg","type":"file","size":13381200,
///                 "part_info_list":[{"part_number":1},{"part_number":2},{"part_number":3}]}"#;
/// let request = CreateFileRequest::decode(body)?;
/// assert!(request.file_type.as_ref().unwrap().is(&FileType::FILE));
/// assert_eq!(request.parts()[2].part_number, Some(3));
/// assert_eq!(CreateFileRequest::decode(&request.encode()?)?, request);
///
/// let error = CreateFileRequest::decode(br#"{"name":"a.jpg"}"#).unwrap_err();
/// assert_eq!(error.path(), Some("drive_id"));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(json, null_as_absent, no_arbitrary, codec(Vendor::Pds, OPERATION_CREATE_FILE))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(
    feature = "schema",
    schemars(extend("anyOf" = [{ "required": ["drive_id"] }, { "required": ["share_id"] }]))
)]
pub struct CreateFileRequest<'a> {
    /// The drive to create the file in; required unless `share_id` is given.
    pub drive_id: Option<Cow<'a, str>>,
    /// The share to create the file through; required unless `drive_id` is given.
    pub share_id: Option<Cow<'a, str>>,
    /// The folder to create the file in (`root` for the drive's top folder).
    pub parent_file_id: Option<Cow<'a, str>>,
    /// The file's name, at most 1,024 bytes of UTF-8.
    pub name: Option<Cow<'a, str>>,
    /// `file` or `folder`.
    #[wire(rename = "type")]
    pub file_type: Option<FileType<'a>>,
    /// What to do when the folder holds a file of that name: `auto_rename`, `refuse`
    /// or `ignore`.
    pub check_name_mode: Option<CheckNameMode<'a>>,
    /// The older API's switch for `check_name_mode` `auto_rename`, which Aliyun Drive's
    /// clients still send.
    pub auto_rename: Option<bool>,
    /// The file's size in bytes.
    pub size: Option<u64>,
    /// The file's content type.
    pub content_type: Option<Cow<'a, str>>,
    /// The parts the file will be uploaded in (number, size, SHA-1 context for parallel
    /// uploads), in the order the response's upload URLs come back; `Some(None)` for
    /// `null`.
    pub part_info_list: Option<Option<Vec<UploadedPart<'a>>>>,
    /// The name of the hash in `content_hash`: `sha1`.
    pub content_hash_name: Option<Cow<'a, str>>,
    /// The whole content's hash, for a rapid upload (PDS already holding the content).
    pub content_hash: Option<Cow<'a, str>>,
    /// The SHA-1 of the first 1 KB, to ask whether a rapid upload may be possible.
    pub pre_hash: Option<Cow<'a, str>>,
    /// The proof that the client holds the content, for a rapid upload.
    pub proof_code: Option<Cow<'a, str>>,
    /// The version of the proof's algorithm (`v1`).
    pub proof_version: Option<Cow<'a, str>>,
    /// Whether the parts are uploaded in parallel (each with its SHA-1 context).
    pub parallel_upload: Option<bool>,
    /// An existing file's id, to upload a new revision of it.
    pub file_id: Option<Cow<'a, str>>,
    /// Whether the file is hidden.
    pub hidden: Option<bool>,
    /// The file's description.
    pub description: Option<Cow<'a, str>>,
}

/// Generates requests that round-trip: `drive_id`, `share_id` or both.
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for CreateFileRequest<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let (drive_id, share_id) = crate::types::arbitrary_drive_or_share(u)?;
        Ok(CreateFileRequest {
            drive_id,
            share_id,
            parent_file_id: u.arbitrary()?,
            name: u.arbitrary()?,
            file_type: u.arbitrary()?,
            check_name_mode: u.arbitrary()?,
            auto_rename: u.arbitrary()?,
            size: u.arbitrary()?,
            content_type: u.arbitrary()?,
            part_info_list: u.arbitrary()?,
            content_hash_name: u.arbitrary()?,
            content_hash: u.arbitrary()?,
            pre_hash: u.arbitrary()?,
            proof_code: u.arbitrary()?,
            proof_version: u.arbitrary()?,
            parallel_upload: u.arbitrary()?,
            file_id: u.arbitrary()?,
            hidden: u.arbitrary()?,
            description: u.arbitrary()?,
        })
    }
}

impl<'a> CreateFileRequest<'a> {
    /// The parts named in `part_info_list`: none when it is absent or `null`.
    pub fn parts(&self) -> &[UploadedPart<'a>] {
        match &self.part_info_list {
            Some(Some(parts)) => parts,
            _ => &[],
        }
    }

    /// Checks the rules PDS states: `drive_id` or `share_id`, at most 10,000 parts
    /// (their numbers are checked when encoded).
    pub fn validate(&self) -> Result<()> {
        validate(self).map_err(|e| e.with_context(Vendor::Pds, OPERATION_CREATE_FILE))
    }
}

fn validate(request: &CreateFileRequest<'_>) -> Result<()> {
    drive_or_share(request.drive_id.as_deref(), request.share_id.as_deref())?;
    part_count(request.part_info_list.as_ref())
}

impl<'a> Decode<'a> for CreateFileRequest<'a> {
    /// Decodes the body; one with neither `drive_id` nor `share_id`, or more than
    /// 10,000 parts, is refused.
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        let request: Self = decode_json(input, limits)?;
        validate(&request).map_err(|e| e.with_offset(start(input)))?;
        Ok(request)
    }
}

impl Encode for CreateFileRequest<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        validate(self)?;
        codec_core::wire::json::encode_body(self, out)
    }
}
