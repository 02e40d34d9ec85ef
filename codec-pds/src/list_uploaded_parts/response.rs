//! `ListUploadedPartsResponse`: the JSON body of a `list_uploaded_parts` response.

use std::borrow::Cow;

use codec_core::field::owned_opt;
use codec_core::json::{JsonReader, JsonWriter};
use codec_core::{Decode, ETag, Encode, Error, Limits, Normalize, PartsPage, Result, Vendor};
use serde::{Deserialize, Serialize};

use crate::types::{
    HashContext, PartNumberMarker, Seen, SignatureInfo, UploadFormInfo, nullable, nullable_into,
    nullable_value, opt_bool, opt_str, opt_u64, refuse_xml,
};
use crate::{ErrorResponse, MAX_PART_NUMBER, OPERATION_LIST_UPLOADED_PARTS};

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
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct ListUploadedPartsResponse<'a> {
    /// The file's id.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub file_id: Option<Cow<'a, str>>,
    /// The upload task's id.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub upload_id: Option<Cow<'a, str>>,
    /// The parts, in the order PDS sent them; `Some(None)` for `null`.
    #[serde(
        borrow,
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub uploaded_parts: Option<Option<Vec<UploadedPart<'a>>>>,
    /// Where the next page starts: an opaque string, `""` on the last page.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub next_part_number_marker: Option<PartNumberMarker<'a>>,
    /// Whether the upload task uploads its parts in parallel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub parallel_upload: Option<bool>,
}

/// One uploaded part. Every field may be absent (`part_size` and `etag` are deprecated
/// in the SDK models); objects are `Some(None)` when the service sent `null`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct UploadedPart<'a> {
    /// The part number, 1 to 10,000.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 10000)))]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = codec_core::generate::opt_u32_in::<1, MAX_PART_NUMBER>))]
    pub part_number: Option<u32>,
    /// The part's size in bytes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub part_size: Option<u64>,
    /// The presigned OSS URL to PUT the part to (`&`-separated, percent-encoded query).
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub upload_url: Option<Cow<'a, str>>,
    /// The same, on Aliyun's internal network.
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub internal_upload_url: Option<Cow<'a, str>>,
    /// The part's ETag, with its quotes as sent (`"\"0CC1…\""` on the wire).
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub etag: Option<ETag<'a>>,
    /// The content type the upload URL was signed for (sent by the service, not in the
    /// document's example).
    #[serde(borrow, default, skip_serializing_if = "Option::is_none")]
    pub content_type: Option<Cow<'a, str>>,
    /// The SHA-1 state at the start of the part.
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "Option::is_none")]
    pub parallel_sha1_ctx: Option<Option<HashContext>>,
    /// Form-upload fields for the part.
    #[serde(
        borrow,
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub upload_form_info: Option<Option<UploadFormInfo<'a>>>,
    /// Form-upload fields on Aliyun's internal network.
    #[serde(
        borrow,
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub internal_upload_form_info: Option<Option<UploadFormInfo<'a>>>,
    /// How to sign the part's upload.
    #[serde(
        borrow,
        default,
        deserialize_with = "nullable",
        skip_serializing_if = "Option::is_none"
    )]
    pub signature_info: Option<Option<SignatureInfo<'a>>>,
    /// The SHA-256 state at the start of the part.
    #[serde(default, deserialize_with = "nullable", skip_serializing_if = "Option::is_none")]
    pub parallel_sha256_ctx: Option<Option<HashContext>>,
}

impl UploadedPart<'_> {
    /// Detaches the part from the input it borrows from.
    pub fn into_owned(self) -> UploadedPart<'static> {
        UploadedPart {
            part_number: self.part_number,
            part_size: self.part_size,
            upload_url: owned_opt(self.upload_url),
            internal_upload_url: owned_opt(self.internal_upload_url),
            etag: self.etag.map(ETag::into_owned),
            content_type: owned_opt(self.content_type),
            parallel_sha1_ctx: self.parallel_sha1_ctx,
            upload_form_info: self
                .upload_form_info
                .map(|info| info.map(UploadFormInfo::into_owned)),
            internal_upload_form_info: self
                .internal_upload_form_info
                .map(|info| info.map(UploadFormInfo::into_owned)),
            signature_info: self.signature_info.map(|info| info.map(SignatureInfo::into_owned)),
            parallel_sha256_ctx: self.parallel_sha256_ctx,
        }
    }

    /// An upper bound of the encoded length, for sizing the output once.
    fn encoded_len(&self) -> usize {
        let text = |value: &Option<Cow<'_, str>>| value.as_ref().map_or(0, |v| v.len() + 32);
        let form = |value: &Option<Option<UploadFormInfo<'_>>>| {
            value.as_ref().map_or(0, |v| v.as_ref().map_or(0, UploadFormInfo::text_len) + 48)
        };
        let context = |value: &Option<Option<HashContext>>| {
            value.as_ref().map_or(0, |v| {
                64 + v.as_ref().and_then(|c| c.h).flatten().map_or(0, |h| h.len() * 21)
            })
        };
        128 + text(&self.upload_url)
            + text(&self.internal_upload_url)
            + text(&self.content_type)
            + self.etag.as_ref().map_or(0, |etag| etag.value().len() + 16)
            + form(&self.upload_form_info)
            + form(&self.internal_upload_form_info)
            + self
                .signature_info
                .as_ref()
                .map_or(0, |v| v.as_ref().map_or(0, SignatureInfo::text_len) + 24)
            + context(&self.parallel_sha1_ctx)
            + context(&self.parallel_sha256_ctx)
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

    /// Detaches the value from the input it borrows from.
    pub fn into_owned(self) -> ListUploadedPartsResponse<'static> {
        ListUploadedPartsResponse {
            file_id: owned_opt(self.file_id),
            upload_id: owned_opt(self.upload_id),
            uploaded_parts: self.uploaded_parts.map(|parts| {
                parts.map(|parts| parts.into_iter().map(UploadedPart::into_owned).collect())
            }),
            next_part_number_marker: self.next_part_number_marker.map(PartNumberMarker::into_owned),
            parallel_upload: self.parallel_upload,
        }
    }
}

impl codec_core::Codec for ListUploadedPartsResponse<'_> {
    const VENDOR: Vendor = Vendor::Pds;
    const OPERATION: &'static str = OPERATION_LIST_UPLOADED_PARTS;
}

impl<'a> Decode<'a> for ListUploadedPartsResponse<'a> {
    /// Decodes the body. A PDS error body (`{"code", "message"}` and none of the
    /// response's fields) is an error of kind [`Service`](codec_core::ErrorKind::Service)
    /// carrying it; an XML body (what OSS answers on the presigned `upload_url`) is a
    /// syntax error that says so.
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode(input, limits)
    }
}

fn decode<'a>(input: &'a [u8], limits: &Limits) -> Result<ListUploadedPartsResponse<'a>> {
    refuse_xml(input)?;
    let mut json = JsonReader::new(input, limits)?;
    let mut page = ListUploadedPartsResponse::default();
    let mut seen = Seen::default();
    let mut error_code = false;
    let start = json.offset();
    json.begin_object()?;
    while let Some(key) = json.next_key()? {
        match key.value().as_ref() {
            "uploaded_parts" => {
                seen.once(0, &key, "uploaded_parts")?;
                let parts = nullable_value(&mut json, |json| decode_parts(json, limits))
                    .map_err(|e| e.within("uploaded_parts"))?;
                page.uploaded_parts = Some(parts);
            }
            "file_id" => {
                seen.once(1, &key, "file_id")?;
                page.file_id = opt_str(&mut json).map_err(|e| e.within("file_id"))?;
            }
            "upload_id" => {
                seen.once(2, &key, "upload_id")?;
                page.upload_id = opt_str(&mut json).map_err(|e| e.within("upload_id"))?;
            }
            "next_part_number_marker" => {
                seen.once(3, &key, "next_part_number_marker")?;
                page.next_part_number_marker =
                    nullable_value(&mut json, |json| PartNumberMarker::decode(json, input))
                        .map_err(|e| e.within("next_part_number_marker"))?;
            }
            "parallel_upload" => {
                seen.once(4, &key, "parallel_upload")?;
                page.parallel_upload =
                    opt_bool(&mut json).map_err(|e| e.within("parallel_upload"))?;
            }
            "code" => {
                error_code = true;
                json.skip_value()?;
            }
            _ => json.skip_value()?,
        }
    }
    json.finish()?;
    // PDS's error body where a page was expected: say what PDS said.
    if error_code
        && !seen.any()
        && let Ok(error) = ErrorResponse::decode_with(input, limits)
    {
        return Err(Error::service(error.to_service_error()).with_offset(start));
    }
    Ok(page)
}

fn decode_parts<'a>(json: &mut JsonReader<'a>, limits: &Limits) -> Result<Vec<UploadedPart<'a>>> {
    let mut parts = Vec::new();
    json.begin_array()?;
    while json.next_item()? {
        let index = parts.len();
        if let Err(error) = limits.check_items(index) {
            return Err(error.with_offset(json.offset()));
        }
        // Decoded in place: a part is large, and moving it costs more than building it.
        parts.push(UploadedPart::default());
        if let Some(part) = parts.last_mut() {
            decode_part(json, part).map_err(|e| e.within(&format!("[{index}]")))?;
        }
    }
    Ok(parts)
}

#[inline]
fn decode_part<'a>(json: &mut JsonReader<'a>, part: &mut UploadedPart<'a>) -> Result<()> {
    let mut seen = Seen::default();
    json.begin_object()?;
    while let Some(key) = json.next_key()? {
        match key.value().as_ref() {
            "part_number" => {
                seen.once(0, &key, "part_number")?;
                part.part_number = decode_part_number(json).map_err(|e| e.within("part_number"))?;
            }
            "part_size" => {
                seen.once(1, &key, "part_size")?;
                part.part_size = opt_u64(json).map_err(|e| e.within("part_size"))?;
            }
            "upload_url" => {
                seen.once(2, &key, "upload_url")?;
                part.upload_url = opt_str(json).map_err(|e| e.within("upload_url"))?;
            }
            "internal_upload_url" => {
                seen.once(3, &key, "internal_upload_url")?;
                part.internal_upload_url =
                    opt_str(json).map_err(|e| e.within("internal_upload_url"))?;
            }
            "etag" => {
                seen.once(4, &key, "etag")?;
                part.etag = nullable_value(json, |json| json.str().map(|etag| etag.to_etag()))
                    .map_err(|e| e.within("etag"))?;
            }
            "content_type" => {
                seen.once(5, &key, "content_type")?;
                part.content_type = opt_str(json).map_err(|e| e.within("content_type"))?;
            }
            "parallel_sha1_ctx" => {
                seen.once(6, &key, "parallel_sha1_ctx")?;
                let context = nullable_value(json, HashContext::decode)
                    .map_err(|e| e.within("parallel_sha1_ctx"))?;
                part.parallel_sha1_ctx = Some(context);
            }
            "upload_form_info" => {
                seen.once(7, &key, "upload_form_info")?;
                nullable_into(json, &mut part.upload_form_info, UploadFormInfo::decode_into)
                    .map_err(|e| e.within("upload_form_info"))?;
            }
            "internal_upload_form_info" => {
                seen.once(8, &key, "internal_upload_form_info")?;
                nullable_into(
                    json,
                    &mut part.internal_upload_form_info,
                    UploadFormInfo::decode_into,
                )
                .map_err(|e| e.within("internal_upload_form_info"))?;
            }
            "signature_info" => {
                seen.once(9, &key, "signature_info")?;
                nullable_into(json, &mut part.signature_info, SignatureInfo::decode_into)
                    .map_err(|e| e.within("signature_info"))?;
            }
            "parallel_sha256_ctx" => {
                seen.once(10, &key, "parallel_sha256_ctx")?;
                let context = nullable_value(json, HashContext::decode)
                    .map_err(|e| e.within("parallel_sha256_ctx"))?;
                part.parallel_sha256_ctx = Some(context);
            }
            _ => json.skip_value()?,
        }
    }
    Ok(())
}

#[inline]
fn decode_part_number(json: &mut JsonReader<'_>) -> Result<Option<u32>> {
    let at = json.offset();
    let Some(number) = opt_u64(json)? else {
        return Ok(None);
    };
    check_part_number(number).map(Some).map_err(|e| e.with_offset(at))
}

#[inline]
fn check_part_number(number: u64) -> Result<u32> {
    let number = codec_core::number::check_range(number, 1, MAX_PART_NUMBER.into())?;
    u32::try_from(number).map_err(|_| Error::invalid_value("out of range"))
}

impl Encode for ListUploadedPartsResponse<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        encode(self, out)
    }
}

fn encode(page: &ListUploadedPartsResponse<'_>, out: &mut Vec<u8>) -> Result<()> {
    let text = |value: &Option<Cow<'_, str>>| value.as_ref().map_or(0, |v| v.len() + 16);
    out.reserve(
        160 + text(&page.file_id)
            + text(&page.upload_id)
            + page.next_part_number_marker.as_ref().map_or(0, |m| m.as_text().len() + 32)
            + page.parts().iter().map(UploadedPart::encoded_len).sum::<usize>(),
    );
    let mut json = JsonWriter::new(out);
    json.begin_object();
    if let Some(file_id) = &page.file_id {
        json.raw_key("file_id");
        json.str(file_id);
    }
    if let Some(upload_id) = &page.upload_id {
        json.raw_key("upload_id");
        json.str(upload_id);
    }
    if let Some(parts) = &page.uploaded_parts {
        json.raw_key("uploaded_parts");
        match parts {
            Some(parts) => {
                json.begin_array();
                for (index, part) in parts.iter().enumerate() {
                    encode_part(part, &mut json)
                        .map_err(|e| e.within(&format!("[{index}]")).within("uploaded_parts"))?;
                }
                json.end_array();
            }
            None => json.null(),
        }
    }
    if let Some(marker) = &page.next_part_number_marker {
        json.raw_key("next_part_number_marker");
        marker.encode(&mut json);
    }
    if let Some(parallel) = page.parallel_upload {
        json.raw_key("parallel_upload");
        json.bool(parallel);
    }
    json.end_object();
    Ok(())
}

#[inline]
fn encode_part(part: &UploadedPart<'_>, json: &mut JsonWriter<'_>) -> Result<()> {
    json.begin_object();
    if let Some(number) = part.part_number {
        check_part_number(number.into()).map_err(|e| e.within("part_number"))?;
        json.raw_key("part_number");
        json.u64(number.into());
    }
    if let Some(size) = part.part_size {
        json.raw_key("part_size");
        json.u64(size);
    }
    if let Some(url) = &part.upload_url {
        json.raw_key("upload_url");
        json.str(url);
    }
    if let Some(url) = &part.internal_upload_url {
        json.raw_key("internal_upload_url");
        json.str(url);
    }
    if let Some(etag) = &part.etag {
        json.raw_key("etag");
        json.etag(etag);
    }
    if let Some(content_type) = &part.content_type {
        json.raw_key("content_type");
        json.str(content_type);
    }
    if let Some(context) = &part.parallel_sha1_ctx {
        json.raw_key("parallel_sha1_ctx");
        match context {
            Some(context) => context.encode(json),
            None => json.null(),
        }
    }
    for (name, info) in [
        ("upload_form_info", &part.upload_form_info),
        ("internal_upload_form_info", &part.internal_upload_form_info),
    ] {
        if let Some(info) = info {
            json.raw_key(name);
            match info {
                Some(info) => info.encode(json),
                None => json.null(),
            }
        }
    }
    if let Some(info) = &part.signature_info {
        json.raw_key("signature_info");
        match info {
            Some(info) => info.encode(json),
            None => json.null(),
        }
    }
    if let Some(context) = &part.parallel_sha256_ctx {
        json.raw_key("parallel_sha256_ctx");
        match context {
            Some(context) => context.encode(json),
            None => json.null(),
        }
    }
    json.end_object();
    Ok(())
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
