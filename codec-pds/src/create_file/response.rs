//! `CreateFileResponse`: the JSON body of a `create_file` response.

use std::borrow::Cow;

use codec_core::wire::json::encode_body;
use codec_core::{
    Decode, Encode, Error, ErrorKind, InitiatedUpload, Limits, Normalize, Result, Vendor,
};

use super::FileType;
use crate::types::{ErrorBody, NumberOrText, decode_response};
use crate::{OPERATION_CREATE_FILE, UploadedPart};

/// The body of a `create_file` response: the file created (or found), and for a file
/// to upload, its upload task and where each part goes.
///
/// Every member is optional, as in PDS's own models (the SDK reads `file_id`,
/// `upload_id`, `rapid_upload`, `exist` and `part_info_list`), but a body with **none**
/// of them is no answer: `{}`, or a gateway's `{"message":"…"}`, is refused (kind
/// [`MissingField`](codec_core::ErrorKind::MissingField), naming `file_id`, at the
/// body's first byte), and PDS's error body is an error of kind
/// [`Service`](codec_core::ErrorKind::Service) carrying it whole
/// ([`ErrorResponse::from_error`](crate::ErrorResponse::from_error)), also when it
/// echoes the request's members beside its `code`: a `pre_hash` match is answered
/// with HTTP 409 and `{"parent_file_id", "file_name", "pre_hash", "code":
/// "PreHashMatched", "message"}` (then send `content_hash` and `proof_code` for a
/// rapid upload). No answer has a `code` member of its own. `drive_id` is a string or
/// a number ([`NumberOrText`]).
///
/// `part_info_list` is `Some(None)` for `null`; its parts may lack `part_number`: PDS's
/// JS SDK pairs the response's parts with its request's by position, so a part without
/// a number stays without one, in the decoded value and in the vendor-neutral model
/// (`"number": null`).
///
/// # Is there anything to upload?
///
/// [`already_complete`](Self::already_complete) decides from what the body carries,
/// and the vendor-neutral model's `already_complete` is its answer:
///
/// - `rapid_upload: true`: PDS already holds the content (the request's
///   `content_hash` and `proof_code` matched); nothing to upload and no `complete_file`
///   (PDS's JS SDK goes straight to success) — `true`;
/// - `type: "folder"`: a folder has no content and no upload id — `true`;
/// - `exist: true` without an `upload_id`: a file of that name exists and nothing was
///   created (`check_name_mode: "refuse"`); `file_id` is the existing file's — `true`.
///   `exist: true` alone does not say the file is complete: with an `upload_id` an
///   upload is under way (a new revision of the existing file, say), so the upload id
///   decides;
/// - otherwise an `upload_id` means an upload under way — `false`;
/// - a body with none of these says nothing — `None`.
///
/// When it is `true`, the model's `upload_urls` is empty, whatever the parts carry.
///
/// ```
/// use codec_core::{Decode, Normalize};
/// use codec_pds::CreateFileResponse;
///
/// let matched = br#"{"parent_file_id":"","file_name":"a.jpg","pre_hash":"BF98","code":"PreHashMatched","message":"Pre hash matched."}"#;
/// let error = CreateFileResponse::decode(matched).unwrap_err();
/// assert_eq!(error.service_error().unwrap().code, "PreHashMatched");
///
/// let rapid = CreateFileResponse::decode(br#"{"file_id":"5f5f","rapid_upload":true,"status":"available"}"#)?;
/// assert_eq!(rapid.already_complete(), Some(true));
/// let refused = CreateFileResponse::decode(br#"{"file_id":"5f5f","exist":true}"#)?;
/// assert_eq!(refused.normalize()?.already_complete, Some(true));
///
/// let body = br#"{"file_id":"5f5f","upload_id":"2D0A","exist":false,
///                 "part_info_list":[{"upload_url":"https://a/1"},{"upload_url":"https://a/2"}]}"#;
/// let upload = CreateFileResponse::decode(body)?;
/// let model = upload.normalize()?;
/// assert_eq!(model.already_complete, Some(false));
/// assert_eq!((model.upload_urls[1].number, &*model.upload_urls[1].url), (None, "https://a/2"));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(json, null_as_absent, no_arbitrary, codec(Vendor::Pds, OPERATION_CREATE_FILE))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CreateFileResponse<'a> {
    /// The domain (the PDS instance).
    pub domain_id: Option<Cow<'a, str>>,
    /// The drive, a string or a number.
    pub drive_id: Option<NumberOrText<'a>>,
    /// The file's id: the new file's, or with `exist: true` the existing one's.
    pub file_id: Option<Cow<'a, str>>,
    /// The file's name (after `auto_rename`, the new name).
    pub file_name: Option<Cow<'a, str>>,
    /// The folder holding the file.
    pub parent_file_id: Option<Cow<'a, str>>,
    /// `file` or `folder`.
    #[wire(rename = "type")]
    pub file_type: Option<FileType<'a>>,
    /// The file's state: `uploading` while parts are awaited, `available` once whole.
    pub status: Option<Cow<'a, str>>,
    /// The upload task's id, which `get_upload_url`, `list_uploaded_parts` and
    /// `complete_file` name; absent for a folder and when nothing is to upload.
    pub upload_id: Option<Cow<'a, str>>,
    /// Whether PDS already held the content: nothing to upload, nothing to complete.
    pub rapid_upload: Option<bool>,
    /// Whether a file of that name already exists.
    pub exist: Option<bool>,
    /// Where each part goes (`upload_url`, `internal_upload_url`), in the order of the
    /// request's parts; `Some(None)` for `null`.
    pub part_info_list: Option<Option<Vec<UploadedPart<'a>>>>,
    /// The region the file is stored in (`cn-beijing`), not a URL.
    pub location: Option<Cow<'a, str>>,
    /// How the file is encrypted.
    pub encrypt_mode: Option<Cow<'a, str>>,
    /// The file's revision.
    pub revision_id: Option<Cow<'a, str>>,
}

/// Generates responses that round-trip: any member may be absent, but not all of them
/// (a body with none is refused); an empty draw gets `"file_id": ""`.
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for CreateFileResponse<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let mut response = CreateFileResponse {
            domain_id: u.arbitrary()?,
            drive_id: u.arbitrary()?,
            file_id: u.arbitrary()?,
            file_name: u.arbitrary()?,
            parent_file_id: u.arbitrary()?,
            file_type: u.arbitrary()?,
            status: u.arbitrary()?,
            upload_id: u.arbitrary()?,
            rapid_upload: u.arbitrary()?,
            exist: u.arbitrary()?,
            part_info_list: u.arbitrary()?,
            location: u.arbitrary()?,
            encrypt_mode: u.arbitrary()?,
            revision_id: u.arbitrary()?,
        };
        if response == CreateFileResponse::default() {
            response.file_id = Some(Cow::Borrowed(""));
        }
        Ok(response)
    }
}

impl<'a> CreateFileResponse<'a> {
    /// The parts in `part_info_list`: none when it is absent or `null`.
    pub fn parts(&self) -> &[UploadedPart<'a>] {
        match &self.part_info_list {
            Some(Some(parts)) => parts,
            _ => &[],
        }
    }

    /// Whether the body says nothing is left to upload or complete (a rapid upload, a
    /// folder, an existing file and no upload task), that an upload is under way
    /// (`Some(false)`), or neither (`None`): see the type's documentation.
    pub fn already_complete(&self) -> Option<bool> {
        let folder = self.file_type.as_ref().is_some_and(|kind| kind.is(&FileType::FOLDER));
        let existing = self.exist == Some(true) && self.upload_id.is_none();
        if self.rapid_upload == Some(true) || folder || existing {
            Some(true)
        } else if self.upload_id.is_some() {
            Some(false)
        } else {
            None
        }
    }
}

impl<'a> Decode<'a> for CreateFileResponse<'a> {
    /// Decodes the body. PDS's error body (a body naming a `code`, whatever else it
    /// holds) is an error of kind [`Service`](codec_core::ErrorKind::Service) carrying
    /// it; a body with none of the
    /// response's members is an error of kind
    /// [`MissingField`](codec_core::ErrorKind::MissingField) naming `file_id`; an XML
    /// body (OSS's, from a presigned URL) or a proxy's page is an error of kind
    /// [`WrongFormat`](codec_core::ErrorKind::WrongFormat).
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode_response(input, limits, ErrorBody::CodeWins, Some(not_a_response))
    }
}

#[cold]
fn not_a_response() -> Error {
    Error::new(
        ErrorKind::MissingField,
        "the body is no create_file response: it has none of its members (file_id, \
         upload_id, rapid_upload, exist, part_info_list, …): a gateway's or another \
         service's JSON?",
    )
    .with_path("file_id")
}

impl Encode for CreateFileResponse<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        encode_body(self, out)
    }
}

impl Normalize for CreateFileResponse<'_> {
    type Model<'m>
        = InitiatedUpload<'m>
    where
        Self: 'm;

    /// The upload in the vendor-neutral model: the key is the `file_id`;
    /// `already_complete` is [`already_complete`](CreateFileResponse::already_complete);
    /// `upload_urls` are the parts' `upload_url`s in the order sent, each with its
    /// `part_number` or `null` (none when `already_complete` is `true`); PDS names no
    /// bucket and no part size. A part without an `upload_url` (when there is something
    /// to upload) is an error naming it.
    fn normalize_inner(&self) -> Result<InitiatedUpload<'_>> {
        let already_complete = self.already_complete();
        let upload_urls = match already_complete {
            Some(true) => Vec::new(),
            _ => crate::part::upload_urls(self.parts())?,
        };
        Ok(InitiatedUpload {
            vendor: Vendor::Pds,
            upload_id: self.upload_id.as_deref().map(Cow::Borrowed),
            key: self.file_id.as_deref().map(Cow::Borrowed),
            bucket: None,
            part_size: None,
            upload_urls,
            already_complete,
        })
    }
}
