//! `CompleteMultipartUpload`: the JSON body of a Complete Multipart Upload request, and
//! `ObjectPart`, one part of it.

use std::borrow::Cow;

use codec_core::collect::PartCollector;
use codec_core::json::JsonReader;
use codec_core::wire::json::{JsonValue, encode_body, skip_member};
use codec_core::wire::{Ctx, Seen};
use codec_core::{
    CompletePart, CompleteRequest, Decode, ETag, Encode, Error, ErrorKind, Limits, Result, Vendor,
};

use super::{COMPLETE_RULES, CompleteMultipartUploadRequest};
use crate::{MAX_PART_NUMBER, OPERATION_COMPLETE_MULTIPART_UPLOAD};

/// The one member of the body.
const OBJECT_PARTS: &str = "object_parts";

/// The body of a Complete Multipart Upload request: which parts make the object,
/// `{"object_parts": [{"part_number": …, "etag": …}, …]}`, part numbers ascending.
///
/// ```json
/// {
///     "object_parts": [
///         {"part_number": 0, "etag": "c837682353601f7fc0a2ccb6bc8f4654"},
///         {"part_number": 2, "etag": "28e2c0c6574a1ef20ac41d16a012a7c1"}
///     ]
/// }
/// ```
///
/// QingStor's rules (its document "Complete Multipart Upload"): `object_parts` is
/// required, its parts sorted by ascending `part_number`; a part number is 0 to 10,000;
/// numbers need not be consecutive (uploaded parts may be left out of the object);
/// `etag` is optional ("可选，对该分段内容的校验码"). QingStor's Go SDK refuses a request
/// without parts, so an empty `object_parts` is refused here too.
///
/// **Decoding** reads the members in any order (the document writes `part_number`
/// first, QingStor's Go SDK `etag` first and the body's keys sorted), skips unknown
/// members and keeps each ETag's wire text: bare as the document writes it, or in
/// quotes (`"\"…\""`), which [`ETag::is_quoted`] says; either way the value borrows
/// from the input.
///
/// **Encoding** writes compact JSON, `part_number` then `etag` (absent stays absent),
/// the parts in the order given.
///
/// **Refused**, decoding and encoding alike, naming the part
/// (`object_parts[2].part_number`), as QingStor would refuse the request: no
/// `object_parts` or an empty one ([`MissingField`](ErrorKind::MissingField),
/// `object_parts`); a part number out of 0 to 10,000
/// ([`InvalidValue`](ErrorKind::InvalidValue)); a part number given twice
/// ([`DuplicateField`](ErrorKind::DuplicateField), naming both parts); part numbers
/// that do not ascend ([`InvalidValue`](ErrorKind::InvalidValue)). A decoding error
/// about a part is placed at the part's `{`.
///
/// The upload id and the object name are in the request's target,
/// [`CompleteMultipartUploadRequest`]; [`normalize_with`](Self::normalize_with) takes it
/// to make the vendor-neutral [`CompleteRequest`].
///
/// ```
/// use codec_core::{Decode, Encode, ErrorKind};
/// use codec_qingstor::CompleteMultipartUpload;
///
/// // QingStor's Go SDK: `etag` first, compact.
/// let body = br#"{"object_parts":[{"etag":"c8376823","part_number":0},{"part_number":2}]}"#;
/// let decoded = CompleteMultipartUpload::decode(body)?;
/// let etag = decoded.object_parts[0].etag.as_ref().unwrap();
/// assert_eq!((etag.value(), etag.is_quoted(), etag.is_borrowed()), ("c8376823", false, true));
/// assert_eq!(decoded.object_parts[1].etag, None);
/// assert_eq!(
///     decoded.encode()?,
///     br#"{"object_parts":[{"part_number":0,"etag":"c8376823"},{"part_number":2}]}"#
/// );
///
/// let backwards = br#"{"object_parts":[{"part_number":2},{"part_number":0}]}"#;
/// let error = CompleteMultipartUpload::decode(backwards).unwrap_err();
/// assert_eq!(error.kind(), ErrorKind::InvalidValue);
/// assert_eq!(error.path(), Some("object_parts[1].part_number"));
/// assert_eq!(error.offset(), Some(35));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(
    json,
    codec(Vendor::Qingstor, OPERATION_COMPLETE_MULTIPART_UPLOAD),
    no_arbitrary
)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "schema", schemars(transform = parts_not_empty))]
pub struct CompleteMultipartUpload<'a> {
    /// `object_parts`: the parts, in the order sent: part numbers ascending, at least
    /// one part.
    pub object_parts: Vec<ObjectPart<'a>>,
}

/// The schema says what the decoder refuses: an empty `object_parts`.
#[cfg(feature = "schema")]
fn parts_not_empty(schema: &mut schemars::Schema) {
    if let Some(parts) = schema
        .get_mut("properties")
        .and_then(|properties| properties.get_mut(OBJECT_PARTS))
        .and_then(|parts| parts.as_object_mut())
    {
        parts.insert("minItems".into(), 1.into());
    }
}

/// One part of a Complete request, an item of `object_parts`: its number and,
/// optionally, its ETag.
#[codec_core::wire(json)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ObjectPart<'a> {
    /// `part_number`: 0 to 10,000.
    #[wire(range(max = MAX_PART_NUMBER))]
    pub part_number: u32,
    /// `etag`: the part's ETag, as sent (bare in QingStor's document; quotes, when a
    /// client sends them, are kept); optional.
    pub etag: Option<ETag<'a>>,
}

impl<'a> ObjectPart<'a> {
    /// Part `part_number` with the ETag whose wire text is `etag`: bare
    /// (`c8376823…`, as QingStor's document and its List Multipart write it) or quoted
    /// (`"c8376823…"`, an HTTP `ETag` header as is), kept as given.
    ///
    /// ```
    /// use codec_qingstor::ObjectPart;
    /// let part = ObjectPart::new(2, "c8376823");
    /// assert_eq!(part.etag.as_ref().map(|etag| etag.to_string()).as_deref(), Some("c8376823"));
    /// let quoted = ObjectPart::new(2, "\"c8376823\"");
    /// assert_eq!(quoted.etag.as_ref().map(|etag| etag.value()), Some("c8376823"));
    /// ```
    pub fn new(part_number: u32, etag: impl Into<Cow<'a, str>>) -> Self {
        ObjectPart { part_number, etag: Some(ETag::from_wire(etag)) }
    }

    /// Part `part_number` without an ETag (QingStor's Complete does not need one).
    pub fn without_etag(part_number: u32) -> Self {
        ObjectPart { part_number, etag: None }
    }
}

impl<'a> CompleteMultipartUpload<'a> {
    /// A body of `parts`, in the order given (checked when encoded).
    pub fn new(parts: Vec<ObjectPart<'a>>) -> Self {
        CompleteMultipartUpload { object_parts: parts }
    }

    /// The body for `parts` of the vendor-neutral model (ETags without quotes, as a
    /// [`PartCollector`] or a normalized [`CompleteRequest`] holds them), in the order
    /// given, each ETag bare as QingStor's document writes it, a part without one
    /// without `etag`.
    ///
    /// Fails, naming the part (`object_parts[2].part_number`), when the parts are not
    /// what QingStor accepts (see the type's documentation): none, a number out of
    /// range, a number twice, numbers out of order.
    ///
    /// ```
    /// use codec_core::{CompletePart, Encode};
    /// use codec_qingstor::CompleteMultipartUpload;
    ///
    /// let body = CompleteMultipartUpload::from_parts([
    ///     CompletePart { number: 0, etag: Some("c8376823".into()) },
    ///     CompletePart { number: 2, etag: None },
    /// ])?;
    /// assert_eq!(body.encode()?, br#"{"object_parts":[{"part_number":0,"etag":"c8376823"},{"part_number":2}]}"#);
    /// let error = CompleteMultipartUpload::from_parts([]).unwrap_err();
    /// assert_eq!(error.path(), Some("object_parts"));
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn from_parts(parts: impl IntoIterator<Item = CompletePart<'a>>) -> Result<Self> {
        let body = CompleteMultipartUpload {
            object_parts: parts
                .into_iter()
                .map(|part| ObjectPart {
                    part_number: part.number,
                    etag: part.etag.map(|etag| ETag::new(etag, false)),
                })
                .collect(),
        };
        check_parts(&body.object_parts).map_err(in_context)?;
        Ok(body)
    }

    /// The body completing the parts `collector` gathered from an upload's List
    /// Multipart pages, under QingStor's rules
    /// ([`COMPLETE_RULES`](super::COMPLETE_RULES)): part numbers from 0, gaps allowed,
    /// ETags optional (a part listed without one is sent without one). The body
    /// borrows the ETags from `collector`. Fails when no part was collected.
    ///
    /// The pages of QingStor's List Multipart name neither the upload id nor the
    /// object name: the target, [`CompleteMultipartUploadRequest`], takes them from
    /// the listing's request ([`ListRequest::page`](codec_core::listing::ListRequest::page)
    /// fills them in, so [`collector.upload_id()`](PartCollector::upload_id) and
    /// [`collector.key()`](PartCollector::key) have them when the pages were
    /// collected from it) or from the caller (`codec complete qingstor --upload-id …
    /// --key …`).
    ///
    /// ```
    /// use codec_core::collect::PartCollector;
    /// use codec_core::listing::ListRequest;
    /// use codec_core::{Decode, Encode};
    /// use codec_qingstor::{CompleteMultipartUpload, CompleteMultipartUploadRequest};
    /// use codec_qingstor::{ListMultipartRequest, ListMultipartResponse};
    ///
    /// let request = ListMultipartRequest::new("4d26b37a").with_key("large-object").with_page_size(2);
    /// let mut collector = PartCollector::new();
    /// let mut pages = codec_qingstor::examples::list_multipart_pages(5, 2);
    /// pages[1] = pages[1].replace("\"part_number\": 4", "\"part_number\": 7"); // a gap
    /// let mut next = Some(request);
    /// for body in &pages {
    ///     let request = next.take().unwrap();
    ///     let response = ListMultipartResponse::decode(body.as_bytes())?;
    ///     collector.add(&request.page(&response)?)?;
    ///     next = request.next_request(&response)?;
    /// }
    /// let body = CompleteMultipartUpload::from_collected(&collector)?;
    /// let numbers: Vec<u32> = body.object_parts.iter().map(|part| part.part_number).collect();
    /// assert_eq!(numbers, [1, 2, 3, 5, 7]);
    /// let target = CompleteMultipartUploadRequest::new(collector.upload_id().unwrap())
    ///     .with_key(collector.key().unwrap());
    /// assert_eq!(target.to_target()?, "/large-object?upload_id=4d26b37a");
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn from_collected(collector: &'a PartCollector) -> Result<Self> {
        let parts = collector.complete_parts(&COMPLETE_RULES).map_err(in_context)?;
        Self::from_parts(parts)
    }

    /// The parts, in the order sent: the [`object_parts`](Self::object_parts) field as
    /// a slice.
    pub fn parts(&self) -> &[ObjectPart<'a>] {
        &self.object_parts
    }

    /// The request in the vendor-neutral model: the upload id and object name from
    /// `target` (the request's target, where QingStor has them), the parts from this
    /// body, their ETags without quotes (`null` where a part has none). Borrows from
    /// both.
    ///
    /// Fails when the parts are not what QingStor accepts (see the type's
    /// documentation), naming the part: the model promises ascending part numbers.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_qingstor::{CompleteMultipartUpload, CompleteMultipartUploadRequest};
    ///
    /// let target = CompleteMultipartUploadRequest::decode(
    ///     codec_qingstor::examples::COMPLETE_MULTIPART_UPLOAD_TARGET.as_bytes(),
    /// )?;
    /// let body = CompleteMultipartUpload::decode(
    ///     codec_qingstor::examples::COMPLETE_MULTIPART_UPLOAD_BODY.as_bytes(),
    /// )?;
    /// let request = body.normalize_with(&target)?;
    /// assert_eq!(request.upload_id.as_deref(), Some("4d26b37a469230619604ecdc0e314782"));
    /// assert_eq!(request.key.as_deref(), Some("large-object"));
    /// assert_eq!(request.parts[1].number, 2);
    /// assert_eq!(request.parts[1].etag.as_deref(), Some("28e2c0c6574a1ef20ac41d16a012a7c1"));
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn normalize_with<'m>(
        &'m self,
        target: &'m CompleteMultipartUploadRequest<'_>,
    ) -> Result<CompleteRequest<'m>> {
        check_parts(&self.object_parts).map_err(in_context)?;
        Ok(CompleteRequest {
            vendor: Vendor::Qingstor,
            upload_id: Some(Cow::Borrowed(&target.upload_id)),
            key: target.key.as_deref().map(Cow::Borrowed),
            parts: self
                .object_parts
                .iter()
                .map(|part| CompletePart {
                    number: part.part_number,
                    etag: part.etag.as_ref().map(|etag| Cow::Borrowed(etag.value())),
                })
                .collect(),
        })
    }
}

fn in_context(error: Error) -> Error {
    error.with_context(Vendor::Qingstor, OPERATION_COMPLETE_MULTIPART_UPLOAD)
}

/// `object_parts[2].part_number`.
fn part_field(error: Error, index: usize, field: &str) -> Error {
    error.with_path(field).within(&format!("{OBJECT_PARTS}[{index}]"))
}

#[cold]
fn no_parts() -> Error {
    Error::new(
        ErrorKind::MissingField,
        "no part: a Complete request names at least one part in `object_parts`",
    )
    .with_path(OBJECT_PARTS)
}

/// Checks every part: a number in range, ascending, once; at least one part.
fn check_parts(parts: &[ObjectPart<'_>]) -> Result<()> {
    if parts.is_empty() {
        return Err(no_parts());
    }
    for (index, part) in parts.iter().enumerate() {
        if part.part_number > MAX_PART_NUMBER {
            return Err(out_of_range(part.part_number, index));
        }
        check_order(parts, index)?;
    }
    Ok(())
}

#[cold]
fn out_of_range(number: u32, index: usize) -> Error {
    let error = codec_core::number::check_range(u64::from(number), 0, u64::from(MAX_PART_NUMBER))
        .err()
        .unwrap_or_else(|| Error::invalid_value("out of range"));
    part_field(error, index, "part_number")
}

/// Checks part `index` against the one before it: its number must be greater.
#[inline(always)]
fn check_order(parts: &[ObjectPart<'_>], index: usize) -> Result<()> {
    match (index.checked_sub(1).and_then(|before| parts.get(before)), parts.get(index)) {
        (Some(before), Some(part)) if part.part_number <= before.part_number => {
            Err(out_of_order(parts, index))
        }
        _ => Ok(()),
    }
}

/// Part `index` does not come after the one before it: a number given twice (naming
/// the part that gave it first), or numbers out of order.
#[cold]
#[inline(never)]
fn out_of_order(parts: &[ObjectPart<'_>], index: usize) -> Error {
    let number = parts[index].part_number;
    let error = match parts[..index].iter().position(|part| part.part_number == number) {
        Some(first) => Error::new(
            ErrorKind::DuplicateField,
            format!(
                "part number {number} is given twice, by {OBJECT_PARTS}[{first}] and \
                 {OBJECT_PARTS}[{index}]"
            ),
        ),
        None => Error::invalid_value(format!(
            "part {number} comes after part {}: QingStor wants the part numbers ascending",
            parts[index - 1].part_number
        )),
    };
    part_field(error, index, "part_number")
}

/// Reads the array of `object_parts` into `parts`, each part checked against the one
/// before it as it is read; errors carry their path from `object_parts` on.
fn read_parts<'a>(
    parts: &mut Vec<ObjectPart<'a>>,
    json: &mut JsonReader<'a>,
    ctx: Ctx<'_>,
) -> Result<()> {
    json.begin_array()?;
    while json.next_item()? {
        let index = parts.len();
        let at = json.offset();
        if let Err(error) = ctx.limits.check_items(index) {
            // The part that goes over the limit is named: `object_parts[1000]`.
            return Err(error.with_offset(at).with_path(format!("{OBJECT_PARTS}[{index}]")));
        }
        parts.push(ObjectPart::default());
        if let Some(part) = parts.last_mut() {
            part.read_json_into(json, ctx)
                .map_err(|e| e.within(&format!("{OBJECT_PARTS}[{index}]")))?;
        }
        check_order(parts, index).map_err(|e| e.with_offset(at))?;
    }
    Ok(())
}

impl<'a> Decode<'a> for CompleteMultipartUpload<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        let mut json = JsonReader::new(input, limits)?;
        codec_core::sniff::expect_json(input)?;
        let start = json.offset();
        let ctx = Ctx::new(limits);
        let mut body = CompleteMultipartUpload::default();
        let mut seen = Seen::default();
        let mut parts_at = start;
        json.begin_object()?;
        while let Some(key) = json.next_key()? {
            if !key.eq_str(OBJECT_PARTS) {
                skip_member(&key, &mut json)?;
                continue;
            }
            seen.once(0, OBJECT_PARTS).map_err(|e| e.with_offset(key.offset()))?;
            parts_at = json.offset();
            read_parts(&mut body.object_parts, &mut json, ctx)
                .map_err(|e| e.with_path(OBJECT_PARTS).with_offset(key.offset()))?;
        }
        // A syntax error anywhere comes before what the body lacks.
        json.finish()?;
        if !seen.has(0) {
            return Err(Error::missing_field(OBJECT_PARTS).with_offset(start));
        }
        if body.object_parts.is_empty() {
            return Err(no_parts().with_offset(parts_at));
        }
        Ok(body)
    }
}

impl Encode for CompleteMultipartUpload<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        check_parts(&self.object_parts)?;
        encode_body(self, out)
    }
}

/// Bodies QingStor accepts, so that every generated value encodes: one part or more,
/// part numbers ascending from 0 to 10,000, gaps and all, each with or without an ETag.
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for CompleteMultipartUpload<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let mut parts = Vec::new();
        let mut next = u.int_in_range(0..=3u32)?;
        while next <= MAX_PART_NUMBER {
            parts.push(ObjectPart { part_number: next, etag: u.arbitrary()? });
            if !<bool as arbitrary::Arbitrary>::arbitrary(u)? {
                break;
            }
            next += u.int_in_range(1..=1_000u32)?;
        }
        Ok(CompleteMultipartUpload { object_parts: parts })
    }
}
