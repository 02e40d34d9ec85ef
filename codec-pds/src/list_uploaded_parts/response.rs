//! `ListUploadedPartsResponse`: the JSON body of a `list_uploaded_parts` response.

use std::borrow::Cow;

use codec_core::wire::json::encode_body;
use codec_core::{Decode, Encode, Error, ErrorKind, Limits, Normalize, PartsPage, Result, Vendor};

use super::UploadedPart;
use crate::OPERATION_LIST_UPLOADED_PARTS;
use crate::types::{ErrorBody, PartNumberMarker, decode_response};

/// The body of a `list_uploaded_parts` response: one page of the parts of one upload
/// task.
///
/// Each field may be absent (Aliyun Drive clients and the SDK models treat them all as
/// optional); absent stays absent when encoded again. But a body with **none** of them
/// is no page, and [`decode`](Decode::decode) refuses it (kind
/// [`MissingField`](codec_core::ErrorKind::MissingField), naming `uploaded_parts`, at
/// the body's first byte): `{}`, or a gateway's `{"message":"…"}`, would otherwise read
/// as an empty last page and end a listing early, silently. The evidence that a real
/// page names its upload:
///
/// - the document's example carries all five members (`file_id`, `upload_id`,
///   `uploaded_parts`, `next_part_number_marker`, `parallel_upload`), and the
///   operation answers for one upload, whose `file_id` and `upload_id` the request
///   names;
/// - the service writes the members it has no value for rather than leaving them out:
///   `"next_part_number_marker": ""` on the last page and `"upload_form_info": null`
///   (the PDS JS SDK's tests, `fixtures/ok/list-uploaded-parts/ours-drive-client-nulls.json`),
///   `"uploaded_parts": null` for no parts;
/// - the SDK's model (aliyun/alibabacloud-pds-sdk, `ListUploadedPartResponse` in
///   `pds/golang/client/client.go`) declares these five members and `drive_id`, no
///   other: there is no page made of other members.
///
/// So one member of the five is enough (a page of `{"next_part_number_marker":""}` is
/// accepted), and none is refused. For a producer that writes `{}` (a mock, a cache),
/// [`decode_lenient`](Self::decode_lenient) takes it as an empty last page.
///
/// Strings borrow from the input,
/// the ETag's escaped quotes (`"\"0CC1…\""`) included; a string holding another escape
/// (such as `\/`, which some JSON writers put in URLs) is unescaped into a copy.
///
/// `uploaded_parts` is `None` when absent, `Some(None)` when the service sent `null`
/// (Go's nil slice: no parts), `Some(Some(parts))` otherwise; [`parts`](Self::parts)
/// gives the parts in every case. The typed JSON form uses the wire's field names.
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_pds::ListUploadedPartsResponse;
///
/// let body = br#"{"file_id":"322f","uploaded_parts":[{"part_number":1,"etag":"\"0CC1\""}],
///                 "next_part_number_marker":""}"#;
/// let page = ListUploadedPartsResponse::decode(body)?;
/// assert_eq!(page.parts()[0].etag.as_ref().unwrap().value(), "0CC1");
/// assert!(page.next_marker().is_none());
/// assert_eq!(ListUploadedPartsResponse::decode(&page.encode()?)?, page);
///
/// let null = ListUploadedPartsResponse::decode(br#"{"uploaded_parts":null}"#)?;
/// assert_eq!(null.uploaded_parts, Some(None));
/// assert!(null.parts().is_empty());
/// assert_eq!(null.encode()?, br#"{"uploaded_parts":null}"#);
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
    schemars(extend("anyOf" = [
        { "required": ["file_id"] },
        { "required": ["upload_id"] },
        { "required": ["uploaded_parts"] },
        { "required": ["next_part_number_marker"] },
        { "required": ["parallel_upload"] },
    ]))
)]
pub struct ListUploadedPartsResponse<'a> {
    /// The file's id.
    pub file_id: Option<Cow<'a, str>>,
    /// The upload task's id.
    pub upload_id: Option<Cow<'a, str>>,
    /// The parts, in the order PDS sent them; `Some(None)` for `null`.
    pub uploaded_parts: Option<Option<Vec<UploadedPart<'a>>>>,
    /// Where the next page starts: an opaque string, `""` on the last page.
    pub next_part_number_marker: Option<PartNumberMarker<'a>>,
    /// Whether the upload task uploads its parts in parallel.
    pub parallel_upload: Option<bool>,
}

/// Generates pages that round-trip: any field may be absent, but not all of them (a
/// body with none is refused); an empty draw gets `"uploaded_parts": null`.
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for ListUploadedPartsResponse<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let mut page = ListUploadedPartsResponse {
            file_id: u.arbitrary()?,
            upload_id: u.arbitrary()?,
            uploaded_parts: u.arbitrary()?,
            next_part_number_marker: u.arbitrary()?,
            parallel_upload: u.arbitrary()?,
        };
        if page == ListUploadedPartsResponse::default() {
            page.uploaded_parts = Some(None);
        }
        Ok(page)
    }
}

impl<'a> ListUploadedPartsResponse<'a> {
    /// The parts on this page: none when `uploaded_parts` is absent or `null`.
    pub fn parts(&self) -> &[UploadedPart<'a>] {
        match &self.uploaded_parts {
            Some(Some(parts)) => parts,
            _ => &[],
        }
    }

    /// The marker the next request passes as `part_number_marker`, or `None` when this
    /// is the last page (`next_part_number_marker` absent or `""`).
    pub fn next_marker(&self) -> Option<&PartNumberMarker<'a>> {
        self.next_part_number_marker.as_ref().filter(|marker| !marker.is_empty())
    }
}

impl<'a> ListUploadedPartsResponse<'a> {
    /// Decodes a body as [`decode`](Decode::decode) does, but takes a body with none of
    /// the page's members (`{}`, or an object of members this type does not know) as
    /// an empty last page instead of refusing it. An error body is still an error of
    /// kind [`Service`](codec_core::ErrorKind::Service).
    ///
    /// PDS itself always names the upload it answers for, so use this only for bodies
    /// from something else that speaks its shape: a mock server or a cache that writes
    /// `{}` for an upload with no parts. Against the service, a body with none of the
    /// members is more likely a gateway's JSON (`{"message":"…"}`) than a page.
    ///
    /// ```
    /// use codec_core::{Decode, Limits};
    /// use codec_pds::ListUploadedPartsResponse;
    ///
    /// assert!(ListUploadedPartsResponse::decode(b"{}").is_err());
    /// let page = ListUploadedPartsResponse::decode_lenient(b"{}", &Limits::default())?;
    /// assert!(page.parts().is_empty() && page.next_marker().is_none());
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn decode_lenient(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode(input, limits, false)
            .map_err(|e| e.with_context(Vendor::Pds, OPERATION_LIST_UPLOADED_PARTS))
    }
}

impl<'a> Decode<'a> for ListUploadedPartsResponse<'a> {
    /// Decodes the body. A PDS error body (`{"code", "message"}` and none of the
    /// response's fields) is an error of kind [`Service`](codec_core::ErrorKind::Service)
    /// carrying it whole
    /// ([`ErrorResponse::from_error`](crate::ErrorResponse::from_error)); a body with
    /// none of the response's members (or only members sent as `null` that read as
    /// absent, such as `{"file_id": null}`, which would encode as `{}`) is an error of kind
    /// [`MissingField`](codec_core::ErrorKind::MissingField) naming `uploaded_parts`
    /// (see the type's documentation); an XML body (what OSS answers on the presigned
    /// `upload_url`) or a proxy's page is an error of kind
    /// [`WrongFormat`](codec_core::ErrorKind::WrongFormat) that says so.
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode(input, limits, true)
    }
}

fn decode<'a>(
    input: &'a [u8],
    limits: &Limits,
    strict: bool,
) -> Result<ListUploadedPartsResponse<'a>> {
    decode_response(input, limits, ErrorBody::Alone, strict.then_some(not_a_page))
}

#[cold]
fn not_a_page() -> Error {
    Error::new(
        ErrorKind::MissingField,
        "the body is no list_uploaded_parts page: it has none of file_id, upload_id, \
         uploaded_parts, next_part_number_marker and parallel_upload (a gateway's or \
         another service's JSON?)",
    )
    .with_path("uploaded_parts")
}

impl Encode for ListUploadedPartsResponse<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        encode_body(self, out)
    }
}

impl Normalize for ListUploadedPartsResponse<'_> {
    type Model<'m>
        = PartsPage<'m>
    where
        Self: 'm;

    /// The page in the vendor-neutral model: the key is the `file_id`, ETags lose their
    /// quotes, `next_marker` is [`next_marker`](ListUploadedPartsResponse::next_marker)
    /// as text (`null` for `""`), and `truncated` is `null` (PDS does not say). A part
    /// without a `part_number` cannot be put in the model: that is an error naming it.
    fn normalize_inner(&self) -> Result<PartsPage<'_>> {
        normalize(self)
    }
}

fn normalize<'m>(page: &'m ListUploadedPartsResponse<'_>) -> Result<PartsPage<'m>> {
    let mut parts = Vec::with_capacity(page.parts().len());
    for (index, part) in page.parts().iter().enumerate() {
        let Some(number) = part.part_number else {
            return Err(Error::missing_field("part_number")
                .within(&format!("[{index}]"))
                .within("uploaded_parts"));
        };
        parts.push(codec_core::Part {
            number,
            etag: part.etag.as_ref().map(|etag| Cow::Borrowed(etag.value())),
            size: part.part_size,
            last_modified: None,
        });
    }
    Ok(PartsPage {
        vendor: Vendor::Pds,
        upload_id: page.upload_id.as_deref().map(Cow::Borrowed),
        key: page.file_id.as_deref().map(Cow::Borrowed),
        parts,
        next_marker: page.next_marker().map(PartNumberMarker::as_text),
        truncated: None,
    })
}
