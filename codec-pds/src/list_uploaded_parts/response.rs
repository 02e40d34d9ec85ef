//! `ListUploadedPartsResponse`: the JSON body of a `list_uploaded_parts` response.

use std::borrow::Cow;

use codec_core::wire::json::{decode_body, encode_body};
use codec_core::{Decode, Encode, Error, Limits, Normalize, PartsPage, Result, Vendor};

use super::UploadedPart;
use crate::types::{PartNumberMarker, refuse_xml, start};
use crate::{ErrorResponse, OPERATION_LIST_UPLOADED_PARTS};

/// The body of a `list_uploaded_parts` response: one page of the parts of one upload
/// task.
///
/// Every field may be absent (Aliyun Drive clients and the SDK models treat them all as
/// optional); absent stays absent when encoded again. Strings borrow from the input,
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
#[codec_core::wire(json, null_as_absent, codec(Vendor::Pds, OPERATION_LIST_UPLOADED_PARTS))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
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

impl<'a> Decode<'a> for ListUploadedPartsResponse<'a> {
    /// Decodes the body. A PDS error body (`{"code", "message"}` and none of the
    /// response's fields) is an error of kind [`Service`](codec_core::ErrorKind::Service)
    /// carrying it; an XML body (what OSS answers on the presigned `upload_url`) is a
    /// syntax error that says so.
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        refuse_xml(input)?;
        let mut error_code = false;
        let (page, seen) = decode_body(input, limits, |key, json| {
            error_code |= key.eq_str("code");
            json.skip_value()
        })?;
        // PDS's error body where a page was expected: say what PDS said.
        if error_code
            && !seen.any()
            && let Ok(error) = ErrorResponse::decode_with(input, limits)
        {
            return Err(Error::service(error.to_service_error()).with_offset(start(input)));
        }
        Ok(page)
    }
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
