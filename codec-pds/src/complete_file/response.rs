//! `CompleteFileResponse`: the JSON body of a `complete_file` response, a file object.

use std::borrow::Cow;

use codec_core::wire::json::encode_body;
use codec_core::{
    CompletedUpload, Decode, Encode, Error, ErrorKind, Limits, Normalize, Result, Vendor,
};

use crate::types::{ErrorBody, NumberOrText, decode_response};
use crate::{FileType, OPERATION_COMPLETE_FILE};

/// The body of a `complete_file` response: the file the upload made, one of PDS's file
/// objects.
///
/// A file object has some forty members; the ones a client of the upload workflow
/// reads are declared here, and the rest (`labels`, `image_media_metadata`,
/// `video_media_metadata`, `user_meta`, URLs, …) are skipped, whatever their shape
/// (the document's revisions disagree on some, `labels` as a flat list of strings or a
/// nested array). Every member is optional, as in PDS's own models, but a body with
/// **none** of the declared ones is no file object: `{}`, or a gateway's
/// `{"message":"…"}`, is refused (kind
/// [`MissingField`](codec_core::ErrorKind::MissingField), naming `file_id`) rather than
/// read as a completed upload (the error is [retryable](codec_core::Error::is_retryable):
/// the caller should ask again, not believe the upload done), and PDS's error body (a
/// body naming a `code`, whatever else it holds) is an error of kind
/// [`Service`](codec_core::ErrorKind::Service) carrying it whole.
///
/// The document's revisions disagree on two types, and both spellings decode and
/// re-encode as they came ([`NumberOrText`]): `drive_id` (`"1"` or `1`) and
/// `crc64_hash` (`"3574582125365864471"` or a bare number, which may exceed
/// `i64::MAX`; [`crc64`](Self::crc64) reads it as a `u64`).
///
/// ```
/// use codec_core::{Decode, Normalize};
/// use codec_pds::{CompleteFileResponse, NumberOrText};
///
/// let body = br#"{"drive_id":1,"file_id":"5f5f","name":"a.jpg","type":"file","size":13381200,
///                 "status":"available","crc64_hash":"3574582125365864471","location":"cn-beijing",
///                 "labels":[["x"]]}"#;
/// let file = CompleteFileResponse::decode(body)?;
/// assert_eq!(file.drive_id, Some(NumberOrText::Number(1)));
/// assert_eq!(file.crc64()?, Some(3_574_582_125_365_864_471));
/// let done = file.normalize()?;
/// assert_eq!((done.key.as_deref(), done.size, done.location), (Some("5f5f"), Some(13381200), None));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(json, null_as_absent, no_arbitrary, codec(Vendor::Pds, OPERATION_COMPLETE_FILE))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CompleteFileResponse<'a> {
    /// The domain (the PDS instance).
    pub domain_id: Option<Cow<'a, str>>,
    /// The drive, a string or a number.
    pub drive_id: Option<NumberOrText<'a>>,
    /// The file's id.
    pub file_id: Option<Cow<'a, str>>,
    /// The file's name.
    pub name: Option<Cow<'a, str>>,
    /// `file` or `folder`.
    #[wire(rename = "type")]
    pub file_type: Option<FileType<'a>>,
    /// The file's size in bytes.
    pub size: Option<u64>,
    /// The file's state: `available` once complete.
    pub status: Option<Cow<'a, str>>,
    /// The upload task that made the file.
    pub upload_id: Option<Cow<'a, str>>,
    /// The folder holding the file.
    pub parent_file_id: Option<Cow<'a, str>>,
    /// The whole file's CRC-64, a string or a bare number.
    pub crc64_hash: Option<NumberOrText<'a>>,
    /// The whole file's hash.
    pub content_hash: Option<Cow<'a, str>>,
    /// The name of the hash in `content_hash` (`sha1`).
    pub content_hash_name: Option<Cow<'a, str>>,
    /// The file's content type.
    pub content_type: Option<Cow<'a, str>>,
    /// The file's MIME type, as PDS detected it.
    pub mime_type: Option<Cow<'a, str>>,
    /// The file's extension.
    pub file_extension: Option<Cow<'a, str>>,
    /// What kind of file it is (`image`, `video`, `doc`, …).
    pub category: Option<Cow<'a, str>>,
    /// The file's revision.
    pub revision_id: Option<Cow<'a, str>>,
    /// The region the file is stored in (`cn-beijing`), not a URL.
    pub location: Option<Cow<'a, str>>,
    /// How the file is encrypted.
    pub encrypt_mode: Option<Cow<'a, str>>,
    /// When the file was created, as PDS writes it (RFC 3339 with milliseconds).
    pub created_at: Option<Cow<'a, str>>,
    /// When the file was last changed, as PDS writes it.
    pub updated_at: Option<Cow<'a, str>>,
    /// Whether the file is hidden.
    pub hidden: Option<bool>,
    /// Whether the file is starred.
    pub starred: Option<bool>,
    /// Whether the file is in the recycle bin.
    pub trashed: Option<bool>,
    /// The file's description.
    pub description: Option<Cow<'a, str>>,
}

/// Generates responses that round-trip: not every member absent (an empty draw gets
/// `"file_id": ""`).
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for CompleteFileResponse<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let mut file = CompleteFileResponse {
            domain_id: u.arbitrary()?,
            drive_id: u.arbitrary()?,
            file_id: u.arbitrary()?,
            name: u.arbitrary()?,
            file_type: u.arbitrary()?,
            size: u.arbitrary()?,
            status: u.arbitrary()?,
            upload_id: u.arbitrary()?,
            parent_file_id: u.arbitrary()?,
            crc64_hash: u.arbitrary()?,
            content_hash: u.arbitrary()?,
            content_hash_name: u.arbitrary()?,
            content_type: u.arbitrary()?,
            mime_type: u.arbitrary()?,
            file_extension: u.arbitrary()?,
            category: u.arbitrary()?,
            revision_id: u.arbitrary()?,
            location: u.arbitrary()?,
            encrypt_mode: u.arbitrary()?,
            created_at: u.arbitrary()?,
            updated_at: u.arbitrary()?,
            hidden: u.arbitrary()?,
            starred: u.arbitrary()?,
            trashed: u.arbitrary()?,
            description: u.arbitrary()?,
        };
        if file == CompleteFileResponse::default() {
            file.file_id = Some(Cow::Borrowed(""));
        }
        Ok(file)
    }
}

impl CompleteFileResponse<'_> {
    /// `crc64_hash` as a number, `None` when absent; an error naming `crc64_hash` when
    /// it is a string that is not an unsigned decimal integer of 64 bits.
    pub fn crc64(&self) -> Result<Option<u64>> {
        super::request::crc64(self.crc64_hash.as_ref())
            .map_err(|e| e.with_context(Vendor::Pds, OPERATION_COMPLETE_FILE))
    }
}

impl<'a> Decode<'a> for CompleteFileResponse<'a> {
    /// Decodes the body. PDS's error body (a body naming a `code`, whatever else it
    /// holds) is an error of kind [`Service`](codec_core::ErrorKind::Service) carrying
    /// it; a body with none of the
    /// declared members is an error of kind
    /// [`MissingField`](codec_core::ErrorKind::MissingField) naming `file_id`; an XML
    /// body or a proxy's page is an error of kind
    /// [`WrongFormat`](codec_core::ErrorKind::WrongFormat).
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode_response(input, limits, ErrorBody::CodeWins, Some(not_a_file))
    }
}

#[cold]
fn not_a_file() -> Error {
    Error::new(
        ErrorKind::MissingField,
        "the body is no complete_file response: it has none of a file object's members \
         (file_id, name, size, status, …), so it does not say the upload is complete (a \
         gateway's or another service's JSON?)",
    )
    .with_path("file_id")
    // The upload may or may not be complete: ask again (`complete_file` on a completed
    // upload answers the file, or `NotFound.UploadId`), rather than believe it done.
    .retryable(true)
}

impl Encode for CompleteFileResponse<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        encode_body(self, out)
    }
}

impl Normalize for CompleteFileResponse<'_> {
    type Model<'m>
        = CompletedUpload<'m>
    where
        Self: 'm;

    /// The upload in the vendor-neutral model: the key is the `file_id`, the size the
    /// file's; PDS names no bucket, has no file ETag (its hashes are `content_hash` and
    /// `crc64_hash`), and its `location` is a region, not the file's URL, so those are
    /// `null`.
    fn normalize_inner(&self) -> Result<CompletedUpload<'_>> {
        Ok(CompletedUpload {
            vendor: Vendor::Pds,
            key: self.file_id.as_deref().map(Cow::Borrowed),
            bucket: None,
            etag: None,
            size: self.size,
            location: None,
        })
    }
}
