//! `CompleteFileRequest`: the JSON body of `POST /v2/file/complete`.

use std::borrow::Cow;

use codec_core::collect::PartCollector;
use codec_core::number::excerpt;
use codec_core::{
    CompletePart, CompleteRequest, Decode, ETag, Encode, Error, ErrorKind, Limits, Normalize,
    Result, Vendor,
};

use super::COMPLETE_RULES;
use crate::types::{NumberOrText, decode_json, drive_or_share, part_count, start};
use crate::{OPERATION_COMPLETE_FILE, UploadedPart};

/// A `complete_file` request: the JSON body of `POST /v2/file/complete`.
///
/// Every member is optional, as in PDS's own models, but one of `drive_id` and
/// `share_id` is required: a body with neither is refused, on decoding and on encoding
/// (kind [`MissingField`](codec_core::ErrorKind::MissingField), path `drive_id`): a
/// request built from collected parts ([`from_collected`](Self::from_collected)) needs
/// [`with_drive_id`](Self::with_drive_id) or [`with_share_id`](Self::with_share_id)
/// before it encodes.
///
/// `part_info_list` is optional: absent as the 2022 API sends it, or the parts, each
/// `{part_number, etag}` (at most 10,000, numbered 1 to 10,000), the ETag with its
/// quotes as sent (`"\"0CC1…\""`, borrowed all the same). `crc64_hash`, the whole
/// file's CRC-64, arrives as a string (`"3574582125365864471"`) or as a bare number
/// that may exceed `i64::MAX`: it is kept as it came ([`NumberOrText`]) and
/// [`crc64`](Self::crc64) reads it as a `u64`. Unknown members (Aliyun Drive's
/// `ignoreError`) are skipped.
///
/// Decoding and encoding keep the parts as sent; the vendor-neutral model
/// ([`Normalize`]) demands what it promises, ascending part numbers, each part with one
/// (see [`normalize`](Normalize::normalize_inner)).
///
/// ```
/// use codec_core::{Decode, Encode, Normalize};
/// use codec_pds::CompleteFileRequest;
///
/// let body = br#"{"drive_id":"1","file_id":"5f5f","upload_id":"2D0A",
///                 "part_info_list":[{"part_number":1,"etag":"\"0CC1\""},{"part_number":3,"etag":"\"9A2B\""}],
///                 "crc64_hash":18446744073709551615}"#;
/// let request = CompleteFileRequest::decode(body)?;
/// assert_eq!(request.crc64()?, Some(u64::MAX));
/// let model = request.normalize()?;
/// assert_eq!(model.key.as_deref(), Some("5f5f"));
/// assert_eq!((model.parts[1].number, model.parts[1].etag.as_deref()), (3, Some("9A2B")));
///
/// // The 2022 API: no parts.
/// let bare = CompleteFileRequest::new("5f5f", "2D0A").with_drive_id("1");
/// assert_eq!(bare.encode()?, br#"{"drive_id":"1","file_id":"5f5f","upload_id":"2D0A"}"#);
/// assert!(bare.normalize()?.parts.is_empty());
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(json, null_as_absent, no_arbitrary, codec(Vendor::Pds, OPERATION_COMPLETE_FILE))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(
    feature = "schema",
    schemars(extend("anyOf" = [{ "required": ["drive_id"] }, { "required": ["share_id"] }]))
)]
pub struct CompleteFileRequest<'a> {
    /// The drive holding the file; required unless `share_id` is given.
    pub drive_id: Option<Cow<'a, str>>,
    /// The share the file is uploaded through; required unless `drive_id` is given.
    pub share_id: Option<Cow<'a, str>>,
    /// The file's id.
    pub file_id: Option<Cow<'a, str>>,
    /// The upload task's id.
    pub upload_id: Option<Cow<'a, str>>,
    /// The parts that make the file, `{part_number, etag}` each; absent in the 2022
    /// API; `Some(None)` for `null`.
    pub part_info_list: Option<Option<Vec<UploadedPart<'a>>>>,
    /// The whole file's CRC-64, a string or a bare number, for PDS to check.
    pub crc64_hash: Option<NumberOrText<'a>>,
}

/// Generates requests that round-trip: `drive_id`, `share_id` or both.
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for CompleteFileRequest<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let (drive_id, share_id) = crate::types::arbitrary_drive_or_share(u)?;
        Ok(CompleteFileRequest {
            drive_id,
            share_id,
            file_id: u.arbitrary()?,
            upload_id: u.arbitrary()?,
            part_info_list: u.arbitrary()?,
            crc64_hash: u.arbitrary()?,
        })
    }
}

impl<'a> CompleteFileRequest<'a> {
    /// A request completing the upload `upload_id` of the file `file_id`, without a
    /// part list (as the 2022 API sends it). It names no drive or share yet: set one
    /// with [`with_drive_id`](Self::with_drive_id) or
    /// [`with_share_id`](Self::with_share_id) before encoding it.
    pub fn new(file_id: impl Into<Cow<'a, str>>, upload_id: impl Into<Cow<'a, str>>) -> Self {
        CompleteFileRequest {
            file_id: Some(file_id.into()),
            upload_id: Some(upload_id.into()),
            ..CompleteFileRequest::default()
        }
    }

    /// The request completing the upload `upload_id` of the file `file_id` with the
    /// parts `collector` gathered from its `list_uploaded_parts` pages, under PDS's
    /// rules ([`COMPLETE_RULES`]: numbers from 1, gaps allowed, ETags not required):
    /// `part_info_list` holds `{part_number, etag}` for each part in ascending order,
    /// each ETag quoted as PDS lists it (`"\"0CC1…\""`), a part without an ETag with
    /// its number alone.
    ///
    /// Fails when nothing was collected, when a part number is out of 1 to 10,000, and
    /// when the pages named another file or upload than `file_id` and `upload_id`.
    /// The request names no drive or share: add
    /// [`with_drive_id`](Self::with_drive_id) or [`with_share_id`](Self::with_share_id)
    /// (list pages do not carry them), or encoding fails.
    ///
    /// ```
    /// use codec_core::collect::PartCollector;
    /// use codec_core::{Encode, Part, PartsPage, Vendor};
    /// use codec_pds::CompleteFileRequest;
    ///
    /// let mut collector = PartCollector::new();
    /// collector.add(&PartsPage {
    ///     vendor: Vendor::Pds,
    ///     upload_id: Some("2D0A".into()),
    ///     key: Some("5f5f".into()),
    ///     parts: vec![
    ///         Part { number: 3, etag: Some("9A2B".into()), size: None, last_modified: None },
    ///         Part { number: 1, etag: Some("0CC1".into()), size: None, last_modified: None },
    ///     ],
    ///     next_marker: None,
    ///     truncated: None,
    /// })?;
    /// let request = CompleteFileRequest::from_collected(&collector, "5f5f", "2D0A")?;
    /// assert_eq!(request.encode().unwrap_err().path(), Some("drive_id"));
    /// assert_eq!(
    ///     request.with_drive_id("1").encode()?,
    ///     br#"{"drive_id":"1","file_id":"5f5f","upload_id":"2D0A","part_info_list":[{"part_number":1,"etag":"\"0CC1\""},{"part_number":3,"etag":"\"9A2B\""}]}"#
    /// );
    ///
    /// let other = CompleteFileRequest::from_collected(&collector, "6a6a", "2D0A").unwrap_err();
    /// assert_eq!(other.path(), Some("file_id"));
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn from_collected(
        collector: &'a PartCollector,
        file_id: impl Into<Cow<'a, str>>,
        upload_id: impl Into<Cow<'a, str>>,
    ) -> Result<Self> {
        let file_id = file_id.into();
        let upload_id = upload_id.into();
        same("file_id", collector.key(), &file_id).map_err(in_context)?;
        same("upload_id", collector.upload_id(), &upload_id).map_err(in_context)?;
        let parts = collector.complete_parts(&COMPLETE_RULES).map_err(in_context)?;
        let mut list = Vec::with_capacity(parts.len());
        for (index, part) in parts.into_iter().enumerate() {
            if part.number > crate::MAX_PART_NUMBER {
                return Err(in_context(out_of_range(part.number, index)));
            }
            list.push(UploadedPart {
                part_number: Some(part.number),
                etag: part.etag.map(|etag| ETag::new(etag, true)),
                ..UploadedPart::default()
            });
        }
        Ok(CompleteFileRequest {
            file_id: Some(file_id),
            upload_id: Some(upload_id),
            part_info_list: Some(Some(list)),
            ..CompleteFileRequest::default()
        })
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

    /// Sets `crc64_hash`, the whole file's CRC-64, for PDS to check: a `u64` is written
    /// as a bare number, text (`crc.to_string()`, as PDS's document writes it) as a
    /// string.
    #[must_use]
    pub fn with_crc64_hash(mut self, crc64: impl Into<NumberOrText<'a>>) -> Self {
        self.crc64_hash = Some(crc64.into());
        self
    }

    /// The parts in `part_info_list`: none when it is absent or `null`.
    pub fn parts(&self) -> &[UploadedPart<'a>] {
        match &self.part_info_list {
            Some(Some(parts)) => parts,
            _ => &[],
        }
    }

    /// `crc64_hash` as a number, `None` when absent; an error naming `crc64_hash` when
    /// it is a string that is not an unsigned decimal integer of 64 bits.
    pub fn crc64(&self) -> Result<Option<u64>> {
        crc64(self.crc64_hash.as_ref()).map_err(in_context)
    }

    /// Checks the rules PDS states: `drive_id` or `share_id`, at most 10,000 parts.
    pub fn validate(&self) -> Result<()> {
        validate(self).map_err(in_context)
    }
}

/// `crc64_hash` read as a number.
pub(crate) fn crc64(hash: Option<&NumberOrText<'_>>) -> Result<Option<u64>> {
    hash.map(|hash| hash.to_u64().map_err(|e| e.with_path("crc64_hash"))).transpose()
}

fn in_context(error: Error) -> Error {
    error.with_context(Vendor::Pds, OPERATION_COMPLETE_FILE)
}

/// Checks that what the caller names (`given`) is what the collected pages named.
fn same(field: &str, collected: Option<&str>, given: &str) -> Result<()> {
    match collected {
        Some(collected) if collected != given => Err(Error::invalid_value(format!(
            "the parts were collected for {field} {}, not {}",
            excerpt(collected),
            excerpt(given)
        ))
        .with_path(field)),
        _ => Ok(()),
    }
}

fn validate(request: &CompleteFileRequest<'_>) -> Result<()> {
    drive_or_share(request.drive_id.as_deref(), request.share_id.as_deref())?;
    part_count(request.part_info_list.as_ref())
}

/// The path of part `index`'s part number.
fn part_number(error: Error, index: usize) -> Error {
    error.with_path("part_number").within(&format!("[{index}]")).within("part_info_list")
}

#[cold]
fn out_of_range(number: u32, index: usize) -> Error {
    let error = codec_core::number::check_range(number.into(), 1, crate::MAX_PART_NUMBER.into())
        .err()
        .unwrap_or_else(|| Error::invalid_value("out of range"));
    part_number(error, index)
}

#[cold]
fn no_number(index: usize) -> Error {
    part_number(
        Error::new(
            ErrorKind::MissingField,
            format!(
                "part_info_list[{index}] has no part_number: a part of a Complete request \
                 must say which part it is"
            ),
        ),
        index,
    )
}

/// Part `index`, numbered `number`, does not come after the part before it.
#[cold]
fn out_of_order(parts: &[CompletePart<'_>], number: u32, index: usize) -> Error {
    let error = match parts.iter().position(|part| part.number == number) {
        Some(first) => Error::new(
            ErrorKind::DuplicateField,
            format!(
                "part number {number} is given twice, by part_info_list[{first}] and \
                 part_info_list[{index}]"
            ),
        ),
        None => Error::invalid_value(format!(
            "part {number} comes after part {}: part numbers must ascend",
            parts.last().map_or(0, |part| part.number)
        )),
    };
    part_number(error, index)
}

impl<'a> Decode<'a> for CompleteFileRequest<'a> {
    /// Decodes the body; one with neither `drive_id` nor `share_id`, or more than
    /// 10,000 parts, is refused.
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        let request: Self = decode_json(input, limits)?;
        validate(&request).map_err(|e| e.with_offset(start(input)))?;
        Ok(request)
    }
}

impl Encode for CompleteFileRequest<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        validate(self)?;
        codec_core::wire::json::encode_body(self, out)
    }
}

impl Normalize for CompleteFileRequest<'_> {
    type Model<'m>
        = CompleteRequest<'m>
    where
        Self: 'm;

    /// The request in the vendor-neutral model: the key is the `file_id`; the parts
    /// come from `part_info_list` (`[]` when it is absent or `null`, as the 2022 API
    /// sends it), their ETags without quotes (`null` for a part listed without one).
    ///
    /// The model promises ascending part numbers, so a part without a `part_number`
    /// (kind [`MissingField`](codec_core::ErrorKind::MissingField)), a number given
    /// twice ([`DuplicateField`](codec_core::ErrorKind::DuplicateField)) and numbers
    /// out of order ([`InvalidValue`](codec_core::ErrorKind::InvalidValue)) are errors
    /// naming the part (`part_info_list[2].part_number`): parts are neither skipped
    /// nor reordered.
    fn normalize_inner(&self) -> Result<CompleteRequest<'_>> {
        let mut parts: Vec<CompletePart<'_>> = Vec::with_capacity(self.parts().len());
        for (index, part) in self.parts().iter().enumerate() {
            let Some(number) = part.part_number else {
                return Err(no_number(index));
            };
            if parts.last().is_some_and(|last| number <= last.number) {
                return Err(out_of_order(&parts, number, index));
            }
            parts.push(CompletePart {
                number,
                etag: part.etag.as_ref().map(|etag| Cow::Borrowed(etag.value())),
            });
        }
        Ok(CompleteRequest {
            vendor: Vendor::Pds,
            upload_id: self.upload_id.as_deref().map(Cow::Borrowed),
            key: self.file_id.as_deref().map(Cow::Borrowed),
            parts,
        })
    }
}
