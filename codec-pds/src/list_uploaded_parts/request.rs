//! `ListUploadedPartsRequest`: the JSON body of `POST /v2/file/list_uploaded_parts`,
//! and the pager that derives the next request from a response.

use std::borrow::Cow;

use codec_core::field::{owned, owned_opt};
use codec_core::json::{JsonReader, JsonWriter};
use codec_core::{Decode, Encode, Error, ErrorKind, Limits, Result, Vendor};
use serde::{Deserialize, Serialize};

use crate::types::{PartNumberMarker, Seen, nullable_value, opt_str, opt_u64, refuse_xml};
use crate::{ListUploadedPartsResponse, MAX_LIMIT, OPERATION_LIST_UPLOADED_PARTS};

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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(
    feature = "schema",
    schemars(extend("anyOf" = [{ "required": ["drive_id"] }, { "required": ["share_id"] }]))
)]
pub struct ListUploadedPartsRequest<'a> {
    /// The drive holding the file; required unless `share_id` is given.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub drive_id: Option<Cow<'a, str>>,
    /// The file's id.
    #[serde(borrow)]
    pub file_id: Cow<'a, str>,
    /// The upload task's id.
    #[serde(borrow)]
    pub upload_id: Cow<'a, str>,
    /// The page size: 1 to 100 (PDS's default is 100); up to 1000 in the older API.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 1000)))]
    pub limit: Option<u32>,
    /// Where this page starts: the previous page's `next_part_number_marker`.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub part_number_marker: Option<PartNumberMarker<'a>>,
    /// The share the file was uploaded through; required unless `drive_id` is given.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
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

    /// Sets `limit`.
    #[must_use]
    pub fn with_limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets `part_number_marker`.
    #[must_use]
    pub fn with_marker(mut self, marker: impl Into<PartNumberMarker<'a>>) -> Self {
        self.part_number_marker = Some(marker.into());
        self
    }

    /// The request for the page after `response`, or `None` when `response` is the
    /// last page (its `next_part_number_marker` is `""` or absent).
    ///
    /// The marker is passed on as it came (an opaque string); everything else is kept.
    /// A marker equal to this request's own is an error rather than a request that
    /// would fetch the same page forever.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_pds::{ListUploadedPartsRequest, ListUploadedPartsResponse};
    ///
    /// let request = ListUploadedPartsRequest::new("1", "322f", "0016").with_limit(1);
    /// let page = ListUploadedPartsResponse::decode(br#"{"next_part_number_marker":"NWQ1"}"#)?;
    /// let next = request.next_request(&page)?.unwrap();
    /// assert_eq!(next.part_number_marker.as_ref().unwrap().as_text(), "NWQ1");
    /// assert!(next.next_request(&page).is_err());
    ///
    /// let last = ListUploadedPartsResponse::decode(br#"{"next_part_number_marker":""}"#)?;
    /// assert!(next.next_request(&last)?.is_none());
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn next_request(&self, response: &ListUploadedPartsResponse<'_>) -> Result<Option<Self>> {
        let Some(marker) = response.next_marker() else {
            return Ok(None);
        };
        if self
            .part_number_marker
            .as_ref()
            .is_some_and(|current| current.as_text() == marker.as_text())
        {
            return Err(Error::invalid_value(format!(
                "the next marker {} is the marker of this request: the listing would not advance",
                codec_core::number::excerpt(&marker.as_text())
            ))
            .with_path("next_part_number_marker")
            .with_context(Vendor::Pds, OPERATION_LIST_UPLOADED_PARTS));
        }
        Ok(Some(ListUploadedPartsRequest {
            part_number_marker: Some(marker.clone().into_owned()),
            ..self.clone()
        }))
    }

    /// Checks the rules the document states: `drive_id` or `share_id`, `limit` in range.
    pub fn validate(&self) -> Result<()> {
        validate(self).map_err(|e| e.with_context(Vendor::Pds, OPERATION_LIST_UPLOADED_PARTS))
    }

    /// Detaches the request from the input it borrows from.
    pub fn into_owned(self) -> ListUploadedPartsRequest<'static> {
        ListUploadedPartsRequest {
            drive_id: owned_opt(self.drive_id),
            file_id: owned(self.file_id),
            upload_id: owned(self.upload_id),
            limit: self.limit,
            part_number_marker: self.part_number_marker.map(PartNumberMarker::into_owned),
            share_id: owned_opt(self.share_id),
        }
    }
}

fn validate(request: &ListUploadedPartsRequest<'_>) -> Result<()> {
    if request.drive_id.is_none() && request.share_id.is_none() {
        return Err(neither());
    }
    if let Some(limit) = request.limit {
        check_limit(limit.into()).map_err(|e| e.with_path("limit"))?;
    }
    Ok(())
}

#[cold]
fn neither() -> Error {
    Error::new(
        ErrorKind::MissingField,
        "the body needs `drive_id` (a file in a drive) or `share_id` (a file uploaded through a share)",
    )
    .with_path("drive_id")
}

fn check_limit(limit: u64) -> Result<u32> {
    let limit = codec_core::number::check_range(limit, 1, MAX_LIMIT.into())?;
    u32::try_from(limit).map_err(|_| Error::invalid_value("out of range"))
}

impl codec_core::Codec for ListUploadedPartsRequest<'_> {
    const VENDOR: Vendor = Vendor::Pds;
    const OPERATION: &'static str = OPERATION_LIST_UPLOADED_PARTS;
}

impl<'a> Decode<'a> for ListUploadedPartsRequest<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode(input, limits)
    }
}

fn decode<'a>(input: &'a [u8], limits: &Limits) -> Result<ListUploadedPartsRequest<'a>> {
    refuse_xml(input)?;
    let mut json = JsonReader::new(input, limits)?;
    let start = json.offset();
    let mut seen = Seen::default();
    let mut drive_id = None;
    let mut file_id = None;
    let mut upload_id = None;
    let mut limit = None;
    let mut part_number_marker = None;
    let mut share_id = None;
    json.begin_object()?;
    while let Some(key) = json.next_key()? {
        match key.value().as_ref() {
            "drive_id" => {
                seen.once(0, &key, "drive_id")?;
                drive_id = opt_str(&mut json).map_err(|e| e.within("drive_id"))?;
            }
            "file_id" => {
                seen.once(1, &key, "file_id")?;
                file_id = opt_str(&mut json).map_err(|e| e.within("file_id"))?;
            }
            "upload_id" => {
                seen.once(2, &key, "upload_id")?;
                upload_id = opt_str(&mut json).map_err(|e| e.within("upload_id"))?;
            }
            "limit" => {
                seen.once(3, &key, "limit")?;
                let at = json.offset();
                limit = opt_u64(&mut json)
                    .and_then(|limit| {
                        limit.map(|l| check_limit(l).map_err(|e| e.with_offset(at))).transpose()
                    })
                    .map_err(|e| e.within("limit"))?;
            }
            "part_number_marker" => {
                seen.once(4, &key, "part_number_marker")?;
                part_number_marker =
                    nullable_value(&mut json, |json| PartNumberMarker::decode(json, input))
                        .map_err(|e| e.within("part_number_marker"))?;
            }
            "share_id" => {
                seen.once(5, &key, "share_id")?;
                share_id = opt_str(&mut json).map_err(|e| e.within("share_id"))?;
            }
            _ => json.skip_value()?,
        }
    }
    json.finish()?;
    let missing = |name: &str| Error::missing_field(name).with_offset(start);
    let request = ListUploadedPartsRequest {
        file_id: file_id.ok_or_else(|| missing("file_id"))?,
        upload_id: upload_id.ok_or_else(|| missing("upload_id"))?,
        drive_id,
        limit,
        part_number_marker,
        share_id,
    };
    validate(&request).map_err(|e| e.with_offset(start))?;
    Ok(request)
}

impl Encode for ListUploadedPartsRequest<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        self.validate()?;
        let text = |value: Option<&str>| value.map_or(0, |v| v.len() + 16);
        out.reserve(
            96 + text(self.drive_id.as_deref())
                + text(Some(&self.file_id))
                + text(Some(&self.upload_id))
                + text(self.share_id.as_deref())
                + self.part_number_marker.as_ref().map_or(0, |m| m.as_text().len() + 24),
        );
        let mut json = JsonWriter::new(out);
        json.begin_object();
        if let Some(drive_id) = &self.drive_id {
            json.raw_key("drive_id");
            json.str(drive_id);
        }
        json.raw_key("file_id");
        json.str(&self.file_id);
        json.raw_key("upload_id");
        json.str(&self.upload_id);
        if let Some(limit) = self.limit {
            json.raw_key("limit");
            json.u64(limit.into());
        }
        if let Some(marker) = &self.part_number_marker {
            json.raw_key("part_number_marker");
            marker.encode(&mut json);
        }
        if let Some(share_id) = &self.share_id {
            json.raw_key("share_id");
            json.str(share_id);
        }
        json.end_object();
        Ok(())
    }
}
