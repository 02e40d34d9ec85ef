//! `GetUploadUrlResponse`: the JSON body of a `get_upload_url` response.

use std::borrow::Cow;

use codec_core::wire::json::encode_body;
use codec_core::{
    Decode, Encode, Error, ErrorKind, InitiatedUpload, Limits, Normalize, Result, Vendor,
};

use crate::types::{ErrorBody, NumberOrText, decode_response};
use crate::{OPERATION_GET_UPLOAD_URL, UploadedPart};

/// The body of a `get_upload_url` response: the upload URLs of the parts asked for.
///
/// Every member is optional, as in PDS's own models, but a body with **none** of them
/// is no answer (kind [`MissingField`](codec_core::ErrorKind::MissingField), naming
/// `part_info_list`), and PDS's error body (a body naming a `code`, whatever else it
/// holds) is an error of kind [`Service`](codec_core::ErrorKind::Service) carrying it
/// whole. The creation time is
/// spelled `create_at` on the wire (sic, PDS's C# model). `drive_id` is a string or a
/// number ([`NumberOrText`]). Parts may lack `part_number` (see
/// [`CreateFileResponse`](crate::CreateFileResponse)): they stay without one.
///
/// ```
/// use codec_core::{Decode, Normalize};
/// use codec_pds::GetUploadUrlResponse;
///
/// let body = br#"{"file_id":"5f5f","upload_id":"2D0A","create_at":"2024-01-01T00:00:00.000Z",
///                 "part_info_list":[{"part_number":3,"upload_url":"https://a/3"}]}"#;
/// let response = GetUploadUrlResponse::decode(body)?;
/// let upload = response.normalize()?;
/// assert_eq!((upload.upload_urls[0].number, &*upload.upload_urls[0].url), (Some(3), "https://a/3"));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(
    json,
    null_as_absent,
    no_arbitrary,
    codec(Vendor::Pds, OPERATION_GET_UPLOAD_URL)
)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct GetUploadUrlResponse<'a> {
    /// The domain (the PDS instance).
    pub domain_id: Option<Cow<'a, str>>,
    /// The drive, a string or a number.
    pub drive_id: Option<NumberOrText<'a>>,
    /// The file's id.
    pub file_id: Option<Cow<'a, str>>,
    /// The upload task's id.
    pub upload_id: Option<Cow<'a, str>>,
    /// When the upload task was created, as PDS writes it (`create_at`, sic).
    pub create_at: Option<Cow<'a, str>>,
    /// The parts with their URLs, in the order of the request's parts; `Some(None)`
    /// for `null`.
    pub part_info_list: Option<Option<Vec<UploadedPart<'a>>>>,
}

/// Generates responses that round-trip: not every member absent (an empty draw gets
/// `"part_info_list": null`).
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for GetUploadUrlResponse<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let mut response = GetUploadUrlResponse {
            domain_id: u.arbitrary()?,
            drive_id: u.arbitrary()?,
            file_id: u.arbitrary()?,
            upload_id: u.arbitrary()?,
            create_at: u.arbitrary()?,
            part_info_list: u.arbitrary()?,
        };
        if response == GetUploadUrlResponse::default() {
            response.part_info_list = Some(None);
        }
        Ok(response)
    }
}

impl<'a> GetUploadUrlResponse<'a> {
    /// The parts in `part_info_list`: none when it is absent or `null`.
    pub fn parts(&self) -> &[UploadedPart<'a>] {
        match &self.part_info_list {
            Some(Some(parts)) => parts,
            _ => &[],
        }
    }
}

impl<'a> Decode<'a> for GetUploadUrlResponse<'a> {
    /// Decodes the body. PDS's error body (a body naming a `code`, whatever else it
    /// holds) is an error of kind [`Service`](codec_core::ErrorKind::Service) carrying
    /// it; a body with none of the
    /// response's members is an error of kind
    /// [`MissingField`](codec_core::ErrorKind::MissingField) naming `part_info_list`;
    /// an XML body or a proxy's page is an error of kind
    /// [`WrongFormat`](codec_core::ErrorKind::WrongFormat).
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode_response(input, limits, ErrorBody::CodeWins, Some(not_a_response))
    }
}

#[cold]
fn not_a_response() -> Error {
    Error::new(
        ErrorKind::MissingField,
        "the body is no get_upload_url response: it has none of file_id, upload_id, \
         part_info_list, create_at, drive_id and domain_id (a gateway's or another \
         service's JSON?)",
    )
    .with_path("part_info_list")
}

impl Encode for GetUploadUrlResponse<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        encode_body(self, out)
    }
}

impl Normalize for GetUploadUrlResponse<'_> {
    type Model<'m>
        = InitiatedUpload<'m>
    where
        Self: 'm;

    /// The upload in the vendor-neutral model: the key is the `file_id`, `upload_urls`
    /// the parts' `upload_url`s in the order sent (each with its `part_number` or
    /// `null`), `already_complete` `false` (PDS gives URLs only for an upload under
    /// way). A part without an `upload_url` is an error naming it.
    fn normalize_inner(&self) -> Result<InitiatedUpload<'_>> {
        Ok(InitiatedUpload {
            vendor: Vendor::Pds,
            upload_id: self.upload_id.as_deref().map(Cow::Borrowed),
            key: self.file_id.as_deref().map(Cow::Borrowed),
            bucket: None,
            part_size: None,
            upload_urls: crate::part::upload_urls(self.parts())?,
            already_complete: Some(false),
        })
    }
}
