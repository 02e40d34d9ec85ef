//! `FinishMultipartUploadBody`: the plain-text body of a FinishMultipartUpload request,
//! the parts' ETags joined by commas in part order.

use std::borrow::Cow;
use std::fmt::Write as _;

use codec_core::collect::PartCollector;
use codec_core::wire::IntoOwned;
use codec_core::{
    Codec, CompletePart, CompleteRequest, Decode, ETag, Encode, Error, ErrorKind, Limits, Result,
    Vendor,
};
use serde::{Deserialize, Serialize};

use super::{COMPLETE_RULES, FinishMultipartUploadRequest};
use crate::OPERATION_FINISH_MULTIPART_UPLOAD;

/// The body of a FinishMultipartUpload request: the ETag of every part, joined by
/// commas, in part order. UFile pairs each ETag with its position, so the first ETag is
/// part 0's, the second part 1's, and so on; there are no part numbers and no gap can
/// be written.
///
/// ```text
/// 9EV6kXgrhTfhy65nHAe84vby2po=,bt5wxJ2fYzAIsklPwAeB7Z9LHQI=,Tt_XCL1oic2KI9xD4Gyxa9g_ht0=
/// ```
///
/// **Decoding** borrows every ETag from the input (one allocation, the list, whatever
/// the number of parts). An ETag is visible ASCII other than the comma (`!` to `~`):
/// UFile's are 28 characters of URL-safe base64, and an HTTP ETag is visible ASCII. An
/// ETag may keep the double quotes of the part upload's `ETag` header (UFile's Python
/// SDK sends the header's value as it came; the Go SDK and UFile's document send bare
/// ETags): [`ETag::is_quoted`] says so and [`ETag::value`] is without them.
///
/// One final line feed (or carriage return and line feed) is read past and is not part
/// of the last ETag: a body saved in a text file, or typed after the target of a
/// TARGET+BODY request, ends with one (as the copy of UFile's documented body in our
/// sources was said to, though its bytes, 289 as the ten ETags and nine commas make,
/// end without one; the document itself claims `Content-Length 287`). Encoding never
/// writes it, as neither SDK does.
///
/// **Refused**, each an error with the byte offset and the ETag's position as the path
/// (`[3]`), of kind [`Syntax`](ErrorKind::Syntax) unless said otherwise:
///
/// - an empty body ([`MissingField`](ErrorKind::MissingField): a Finish names at least
///   part 0);
/// - a comma that ends the body (it would name an empty last part), starts it, or
///   follows another comma: an empty ETag; so is a pair of quotes around nothing;
/// - whitespace around a comma, before the first ETag or after the last (but the one
///   final line feed), or inside an ETag; any other control character, and any
///   non-ASCII byte (a byte order mark, invalid UTF-8);
/// - more ETags than the [`Limits`]' item limit ([`LimitExceeded`](ErrorKind::LimitExceeded)),
///   or a body over its size limit.
///
/// **Encoding** writes exactly the ETags, in order, joined by bare commas, each as its
/// wire text (quotes when it has them); it refuses, as
/// [`Unencodable`](ErrorKind::Unencodable) at the ETag's position, an ETag whose value
/// is empty (quoted or not) or holds a comma, whitespace or anything but visible ASCII, and (as
/// [`MissingField`](ErrorKind::MissingField)) a body of no ETag.
///
/// The upload id and object key are in the request's target,
/// [`FinishMultipartUploadRequest`]; [`normalize_with`](Self::normalize_with) takes it to
/// make the vendor-neutral [`CompleteRequest`] (part numbers 0 to n - 1, from the
/// positions).
///
/// Its typed JSON form is the list of the ETags' wire texts:
/// `["9EV6kXgrhTfhy65nHAe84vby2po=", "bt5wxJ2fYzAIsklPwAeB7Z9LHQI="]`.
///
/// ```
/// use codec_core::{Decode, Encode, ErrorKind};
/// use codec_ufile::FinishMultipartUploadBody;
///
/// let body = FinishMultipartUploadBody::decode(b"9EV6kXgrhTfhy65nHAe84vby2po=,bt5wxJ2fYzAIsklPwAeB7Z9LHQI=\n")?;
/// assert_eq!(body.etags.len(), 2);
/// assert_eq!(body.etags[1].value(), "bt5wxJ2fYzAIsklPwAeB7Z9LHQI=");
/// assert!(body.etags[1].is_borrowed());
/// assert_eq!(body.encode()?, b"9EV6kXgrhTfhy65nHAe84vby2po=,bt5wxJ2fYzAIsklPwAeB7Z9LHQI=");
///
/// let error = FinishMultipartUploadBody::decode(b"9EV6kXgrhTfhy65nHAe84vby2po=, bt5wxJ2fYzAIsklPwAeB7Z9LHQI=").unwrap_err();
/// assert_eq!((error.kind(), error.offset(), error.path()), (ErrorKind::Syntax, Some(29), Some("[1]")));
/// assert_eq!(
///     error.to_string(),
///     "ufile finish-multipart-upload: syntax error at byte 29, field [1]: a space after the \
///      comma at byte 28: the ETags are joined by bare commas, without whitespace"
/// );
/// let error = FinishMultipartUploadBody::decode(b"9EV6kXgrhTfhy65nHAe84vby2po=,").unwrap_err();
/// assert_eq!((error.offset(), error.path()), (Some(28), Some("[1]")));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct FinishMultipartUploadBody<'a> {
    /// The ETags, part 0's first: the position is the part number.
    #[serde(borrow)]
    pub etags: Vec<ETag<'a>>,
}

impl<'a> FinishMultipartUploadBody<'a> {
    /// A body of `etags`, each given as its wire text (quotes read as
    /// [`ETag::from_wire`] reads them), part 0's first. Checked when encoded.
    ///
    /// ```
    /// use codec_core::Encode;
    /// use codec_ufile::FinishMultipartUploadBody;
    ///
    /// let body = FinishMultipartUploadBody::new(["9EV6kXgrhTfhy65nHAe84vby2po=", "\"bt5w=\""]);
    /// assert!(body.etags[1].is_quoted());
    /// assert_eq!(body.encode()?, b"9EV6kXgrhTfhy65nHAe84vby2po=,\"bt5w=\"");
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn new<T: Into<Cow<'a, str>>>(etags: impl IntoIterator<Item = T>) -> Self {
        FinishMultipartUploadBody { etags: etags.into_iter().map(ETag::from_wire).collect() }
    }

    /// The ETags, part 0's first: the [`etags`](Self::etags) field as a slice.
    pub fn etags(&self) -> &[ETag<'a>] {
        &self.etags
    }

    /// The body for `parts` of the vendor-neutral model, in the order given: their
    /// numbers must run 0, 1, 2, … without a gap (the position is the part number), and
    /// each needs its ETag (without quotes in the model, and written as it is, bare, as
    /// UFile's Go SDK and document write them).
    ///
    /// Fails, naming the part numbers concerned, when a number is missing (a gap would
    /// pair the ETags after it with the wrong parts and complete another object), when
    /// the numbers do not ascend, when a part has no ETag, and when an ETag cannot be
    /// written ([`check`](Self::check)).
    ///
    /// ```
    /// use codec_core::CompletePart;
    /// use codec_ufile::FinishMultipartUploadBody;
    ///
    /// let part = |number: u32| CompletePart { number, etag: Some(format!("e{number}").into()) };
    /// let body = FinishMultipartUploadBody::from_parts([part(0), part(1)])?;
    /// assert_eq!(body.etags[1].value(), "e1");
    /// let error = FinishMultipartUploadBody::from_parts([part(0), part(3), part(4), part(6)]).unwrap_err();
    /// assert_eq!(
    ///     error.message(),
    ///     "parts 1, 2 and 5 are missing: UFile pairs each ETag with its position, so the \
    ///      parts must run from 0 without a gap"
    /// );
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn from_parts(parts: impl IntoIterator<Item = CompletePart<'a>>) -> Result<Self> {
        let parts = parts.into_iter();
        let mut etags = Vec::with_capacity(parts.size_hint().0);
        let mut gaps = Gaps::default();
        let mut next = 0u64;
        let mut previous = None;
        for part in parts {
            let number = u64::from(part.number);
            if previous.is_some_and(|previous| number <= previous) {
                return Err(in_context(not_ascending(part.number, previous.unwrap_or(0))));
            }
            gaps.add(next, number);
            let Some(etag) = part.etag else {
                return Err(in_context(no_etag(part.number)));
            };
            etags.push(ETag::new(etag, false));
            previous = Some(number);
            next = number + 1;
        }
        if let Some(error) = gaps.error() {
            return Err(in_context(error));
        }
        let body = FinishMultipartUploadBody { etags };
        body.check().map_err(in_context)?;
        Ok(body)
    }

    /// The body finishing the parts `collector` gathered from an upload's listing pages,
    /// under UFile's rules ([`COMPLETE_RULES`](super::COMPLETE_RULES)): part numbers from
    /// 0 without a gap, each with its ETag. A gap is an error naming the missing part
    /// numbers: UFile pairs ETags with positions, so a body that skipped one would
    /// silently complete the wrong object. The upload id and key for the target are
    /// [`collector.upload_id()`](PartCollector::upload_id) and
    /// [`collector.key()`](PartCollector::key).
    ///
    /// ```
    /// use codec_core::collect::PartCollector;
    /// use codec_core::{Decode, Normalize};
    /// use codec_ufile::{FinishMultipartUploadBody, FinishMultipartUploadRequest, GetMultiUploadPartResponse};
    ///
    /// let mut collector = PartCollector::new();
    /// for body in codec_ufile::examples::get_multi_upload_part_pages(5, 2) {
    ///     let page = GetMultiUploadPartResponse::decode(body.as_bytes())?;
    ///     collector.add(&page.normalize()?)?;
    /// }
    /// let body = FinishMultipartUploadBody::from_collected(&collector)?;
    /// assert_eq!(body.etags.len(), 5);
    /// let target = FinishMultipartUploadRequest::new(collector.upload_id().unwrap())
    ///     .with_key(collector.key().unwrap());
    /// assert_eq!(target.to_target()?, "/large_file_version_4?uploadId=e5af977e-329c-4a25-b907-d8bc39ff95e3");
    ///
    /// let mut gap = PartCollector::new();
    /// let page = GetMultiUploadPartResponse::decode(codec_ufile::examples::GET_MULTI_UPLOAD_PART_RESPONSE.as_bytes())?;
    /// let mut model = page.normalize()?;
    /// model.parts.remove(1);
    /// gap.add(&model)?;
    /// let error = FinishMultipartUploadBody::from_collected(&gap).unwrap_err();
    /// assert!(error.to_string().contains("part 1 is missing"), "{error}");
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn from_collected(collector: &'a PartCollector) -> Result<Self> {
        let parts = collector.complete_parts(&COMPLETE_RULES).map_err(in_context)?;
        Self::from_parts(parts)
    }

    /// Checks that the body can be written: at least one ETag, none empty, none holding
    /// a comma, whitespace or anything but visible ASCII. What [`Encode`] and
    /// [`normalize_with`](Self::normalize_with) check first.
    pub fn check(&self) -> Result<()> {
        if self.etags.is_empty() {
            return Err(no_etag_at_all());
        }
        for (index, etag) in self.etags.iter().enumerate() {
            let value = etag.value().as_bytes();
            // No early exit: the compiler checks a whole 28-byte ETag in vector steps.
            let valid = value.iter().fold(true, |valid, &byte| valid & is_etag_byte(byte));
            if value.is_empty() || !valid {
                return Err(unencodable(etag, index));
            }
        }
        Ok(())
    }

    /// The request in the vendor-neutral model: the upload id and object key from
    /// `target` (the key the upload was initiated for, from the target's path, not its
    /// `newKey`), the parts from this body, numbered 0 to n - 1 from their positions,
    /// their ETags without quotes. Borrows from both. Fails as
    /// [`check`](Self::check) does.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_ufile::{FinishMultipartUploadBody, FinishMultipartUploadRequest};
    ///
    /// let target = FinishMultipartUploadRequest::decode(b"/demokey?uploadId=0f18&newKey=anotherkey")?;
    /// let body = FinishMultipartUploadBody::decode(b"a=,\"b=\"")?;
    /// let request = body.normalize_with(&target)?;
    /// assert_eq!(request.key.as_deref(), Some("demokey"));
    /// assert_eq!((request.parts[1].number, request.parts[1].etag.as_deref()), (1, Some("b=")));
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn normalize_with<'m>(
        &'m self,
        target: &'m FinishMultipartUploadRequest<'_>,
    ) -> Result<CompleteRequest<'m>> {
        self.check().map_err(in_context)?;
        let mut parts = Vec::with_capacity(self.etags.len());
        for (index, etag) in self.etags.iter().enumerate() {
            let number = u32::try_from(index).map_err(|_| in_context(too_many_parts(index)))?;
            parts.push(CompletePart { number, etag: Some(Cow::Borrowed(etag.value())) });
        }
        Ok(CompleteRequest {
            vendor: Vendor::Ufile,
            upload_id: Some(Cow::Borrowed(&target.upload_id)),
            key: target.key.as_deref().map(Cow::Borrowed),
            parts,
        })
    }

    /// Detaches the body from the input it borrows from.
    pub fn into_owned(self) -> FinishMultipartUploadBody<'static> {
        FinishMultipartUploadBody { etags: self.etags.into_iter().map(ETag::into_owned).collect() }
    }
}

impl IntoOwned for FinishMultipartUploadBody<'_> {
    type Owned = FinishMultipartUploadBody<'static>;

    fn into_owned(self) -> FinishMultipartUploadBody<'static> {
        FinishMultipartUploadBody::into_owned(self)
    }
}

impl Codec for FinishMultipartUploadBody<'_> {
    const VENDOR: Vendor = Vendor::Ufile;
    const OPERATION: &'static str = OPERATION_FINISH_MULTIPART_UPLOAD;
}

/// A byte an ETag may hold: visible ASCII (`!` to `~`) but the comma.
#[inline(always)]
fn is_etag_byte(byte: u8) -> bool {
    byte.wrapping_sub(b'!') <= b'~' - b'!' && byte != b','
}

impl<'a> Decode<'a> for FinishMultipartUploadBody<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        limits.check_input(input.len())?;
        let body = strip_line_end(input);
        if body.is_empty() {
            return Err(Error::new(
                ErrorKind::MissingField,
                "the body is empty: a Finish body names the ETag of every part, part 0 at least",
            )
            .with_offset(0));
        }
        // First pass: every byte visible ASCII (commas included), and the commas
        // counted, so that the list is allocated once, at its size.
        let (outside, commas) = scan(body);
        if outside {
            return Err(not_an_etag_byte(body));
        }
        if commas >= limits.max_items() {
            return Err(too_many_etags(body, limits.max_items()));
        }
        // Visible ASCII is UTF-8.
        let text = std::str::from_utf8(body)
            .map_err(|e| Error::syntax("the body is not UTF-8").with_offset(e.valid_up_to()))?;
        // Second pass: the ETags between the commas.
        let mut etags = Vec::with_capacity(commas + 1);
        if split(text, &mut etags) {
            return Err(first_empty_etag(body));
        }
        Ok(FinishMultipartUploadBody { etags })
    }
}

impl Encode for FinishMultipartUploadBody<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        if self.etags.is_empty() {
            return Err(no_etag_at_all());
        }
        let len = self.etags.len() - 1
            + self
                .etags
                .iter()
                .map(|etag| etag.value().len() + if etag.is_quoted() { 2 } else { 0 })
                .sum::<usize>();
        out.reserve(len);
        let start = out.len();
        let mut empty = false;
        for (index, etag) in self.etags.iter().enumerate() {
            if index > 0 {
                out.push(b',');
            }
            let value = etag.value().as_bytes();
            empty |= value.is_empty();
            if etag.is_quoted() {
                out.push(b'"');
                out.extend_from_slice(value);
                out.push(b'"');
            } else {
                out.extend_from_slice(value);
            }
        }
        // What was written is checked at once: visible ASCII, and no comma but the
        // separators (so none inside an ETag). The encoder's caller drops it on error.
        let (outside, commas) = scan(&out[start..]);
        if empty || outside || commas != self.etags.len() - 1 {
            return self.check();
        }
        Ok(())
    }
}

/// Whether any byte of `bytes` is outside visible ASCII (`!` to `~`), and how many
/// commas it holds: one pass, in blocks the compiler turns into vector instructions
/// (a counter per lane, summed before it can overflow). Sixteen lanes, one SSE2
/// register: measured twice as quick as 32 or 64 on the bench machine.
#[inline]
fn scan(bytes: &[u8]) -> (bool, usize) {
    const LANES: usize = 16;
    let outside_visible = |byte: u8| byte.wrapping_sub(b'!') > b'~' - b'!';
    let mut commas = 0usize;
    let mut outside = 0u8;
    let mut blocks = bytes.chunks_exact(LANES);
    loop {
        let mut counts = [0u8; LANES];
        let mut flags = [0u8; LANES];
        let mut taken = 0;
        for block in blocks.by_ref() {
            for lane in 0..LANES {
                counts[lane] += u8::from(block[lane] == b',');
                flags[lane] |= u8::from(outside_visible(block[lane]));
            }
            taken += 1;
            if taken == u8::MAX {
                break;
            }
        }
        commas += counts.iter().map(|&count| usize::from(count)).sum::<usize>();
        outside |= flags.iter().fold(0, |all, &flag| all | flag);
        if taken < u8::MAX {
            break;
        }
    }
    for &byte in blocks.remainder() {
        commas += usize::from(byte == b',');
        outside |= u8::from(outside_visible(byte));
    }
    (outside != 0, commas)
}

/// Pushes the ETags between the commas of `text` onto `etags`; returns whether one was
/// empty (no byte, or a pair of quotes around nothing). The commas are found eight
/// bytes at a time: a comma is a zero byte of the word XOR `,,,,,,,,`, and the exact
/// zero-byte mask (no borrow between bytes) gives their positions.
#[inline]
fn split<'a>(text: &'a str, etags: &mut Vec<ETag<'a>>) -> bool {
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const COMMAS: u64 = 0x2C2C_2C2C_2C2C_2C2C;
    let bytes = text.as_bytes();
    let mut empty = false;
    let mut start = 0;
    let mut push = |end: usize, start: &mut usize| {
        // Commas are ASCII: both ends are character boundaries.
        let etag = ETag::from_wire(&text[*start..end]);
        empty |= etag.value().is_empty();
        etags.push(etag);
        *start = end + 1;
    };
    let mut words = bytes.chunks_exact(8);
    let mut base = 0;
    for word in words.by_ref() {
        let mut bytes = [0; 8];
        bytes.copy_from_slice(word);
        let zeroes = u64::from_le_bytes(bytes) ^ COMMAS;
        let mut commas = !(((zeroes & LOW) + LOW) | zeroes | LOW);
        while commas != 0 {
            push(base + (commas.trailing_zeros() / 8) as usize, &mut start);
            commas &= commas - 1;
        }
        base += 8;
    }
    for (at, &byte) in words.remainder().iter().enumerate() {
        if byte == b',' {
            push(base + at, &mut start);
        }
    }
    push(bytes.len(), &mut start);
    empty
}

/// The body without its one final line feed (`\n` or `\r\n`), if it has one.
fn strip_line_end(input: &[u8]) -> &[u8] {
    let body = input.strip_suffix(b"\n").unwrap_or(input);
    if body.len() < input.len() { body.strip_suffix(b"\r").unwrap_or(body) } else { body }
}

fn in_context(error: Error) -> Error {
    error.with_context(Vendor::Ufile, OPERATION_FINISH_MULTIPART_UPLOAD)
}

/// The path of the ETag at `index`: `[3]`.
fn at_etag(index: usize) -> String {
    format!("[{index}]")
}

fn is_whitespace(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\r' | b'\n')
}

/// What `byte` is, in words: `a space`, `control character U+0001`, ….
fn describe(byte: u8) -> String {
    match byte {
        b' ' => "a space".to_owned(),
        b'\t' => "a tab".to_owned(),
        b'\n' => "a line feed".to_owned(),
        b'\r' => "a carriage return".to_owned(),
        0x7F => "the control character U+007F".to_owned(),
        0..0x20 => format!("the control character U+{byte:04X}"),
        _ => format!("the non-ASCII byte 0x{byte:02X}"),
    }
}

/// The error for the first byte of `body` that no ETag may hold (the body has one).
#[cold]
#[inline(never)]
fn not_an_etag_byte(body: &[u8]) -> Error {
    let at = body.iter().position(|&b| !is_etag_byte(b) && b != b',').unwrap_or(0);
    let byte = body[at];
    let index = body[..at].iter().filter(|&&b| b == b',').count();
    let what = describe(byte);
    let message = if body[at..].starts_with(b"\xEF\xBB\xBF") && at == 0 {
        "a byte order mark (U+FEFF) before the first ETag: the body is the ETags joined by \
         commas, nothing else"
            .to_owned()
    } else if is_whitespace(byte) {
        let run = body[at..].iter().take_while(|&&b| is_whitespace(b)).count();
        if at > 0 && body[at - 1] == b',' {
            format!(
                "{what} after the comma at byte {}: the ETags are joined by bare commas, \
                 without whitespace",
                at - 1
            )
        } else if body.get(at + run) == Some(&b',') {
            format!(
                "{what} before the comma at byte {}: the ETags are joined by bare commas, \
                 without whitespace",
                at + run
            )
        } else if at == 0 {
            format!(
                "{what} before the first ETag: the body is the ETags joined by commas, nothing \
                 else"
            )
        } else if at + run == body.len() {
            format!(
                "{what} after the last ETag: one final line feed (or CR LF) is read past, \
                 nothing more"
            )
        } else {
            format!("{what} inside ETag {index}: an ETag holds no whitespace")
        }
    } else {
        format!("{what} in ETag {index}: an ETag is visible ASCII (UFile's are URL-safe base64)")
    };
    Error::syntax(message).with_offset(at).with_path(at_etag(index))
}

/// The error for more ETags than `max_items`: at the first ETag past the limit.
#[cold]
#[inline(never)]
fn too_many_etags(body: &[u8], max_items: usize) -> Error {
    let at = match max_items.checked_sub(1) {
        None => 0,
        Some(commas) => {
            body.iter().enumerate().filter(|(_, b)| **b == b',').nth(commas).map_or(0, |(at, _)| at)
                + 1
        }
    };
    Error::limit(format!("more than {max_items} ETags: more items in one list than the limit"))
        .with_offset(at)
        .with_path(at_etag(max_items))
}

/// The error for the first empty ETag of `body` (visible ASCII, and it has one).
#[cold]
#[inline(never)]
fn first_empty_etag(body: &[u8]) -> Error {
    let mut at = 0;
    for (index, text) in body.split(|&byte| byte == b',').enumerate() {
        let etag = ETag::from_wire(std::str::from_utf8(text).unwrap_or_default());
        if etag.value().is_empty() {
            return empty_etag(body, index, at, text.len());
        }
        at += text.len() + 1;
    }
    Error::syntax("an empty ETag")
}

#[cold]
fn no_etag_at_all() -> Error {
    Error::new(
        ErrorKind::MissingField,
        "no ETag: a Finish body names the ETag of every part, part 0 at least",
    )
}

/// The error for the empty ETag at `index`, `len` bytes (none, or a pair of quotes)
/// from byte `at` of `body`.
#[cold]
#[inline(never)]
fn empty_etag(body: &[u8], index: usize, at: usize, len: usize) -> Error {
    let (message, offset) = if len > 0 {
        (format!("ETag {index}, part {index}'s, is empty: a pair of quotes around nothing"), at)
    } else if index == 0 {
        ("the body starts with a comma: ETag 0, part 0's, is empty".to_owned(), 0)
    } else if at == body.len() {
        (
            format!(
                "a comma ends the body: UFile pairs each ETag with its position, so a trailing \
                 comma names an empty ETag for part {index}"
            ),
            at - 1,
        )
    } else {
        (format!("two commas in a row: ETag {index}, part {index}'s, is empty"), at)
    };
    Error::syntax(message).with_offset(offset).with_path(at_etag(index))
}

#[cold]
fn unencodable(etag: &ETag<'_>, index: usize) -> Error {
    let value = etag.value().as_bytes();
    let message = match value.iter().position(|&b| !is_etag_byte(b)) {
        None => format!("ETag {index} is empty: UFile pairs each ETag with its position"),
        Some(at) if value[at] == b',' => {
            format!("ETag {index} holds a comma, which would split it in two")
        }
        Some(at) => format!(
            "ETag {index} holds {}: an ETag is visible ASCII, without whitespace",
            describe(value[at])
        ),
    };
    Error::new(ErrorKind::Unencodable, message).with_path(at_etag(index))
}

#[cold]
fn too_many_parts(index: usize) -> Error {
    Error::invalid_value(format!("ETag {index} has no part number: part numbers are 32 bits"))
        .with_path(at_etag(index))
}

#[cold]
fn not_ascending(number: u32, previous: u64) -> Error {
    Error::invalid_value(if u64::from(number) == previous {
        format!("part {number} is given twice: the parts must ascend from 0 without a gap")
    } else {
        format!(
            "part {number} comes after part {previous}: the parts must ascend from 0 without a \
             gap"
        )
    })
    .with_path("parts")
}

#[cold]
fn no_etag(number: u32) -> Error {
    Error::new(
        ErrorKind::MissingField,
        format!("part {number} has no ETag, which the Finish body needs"),
    )
    .with_path("parts")
}

/// The part numbers missing from a run of parts: the first few, and how many in all.
#[derive(Default)]
struct Gaps {
    named: Vec<u64>,
    total: u64,
}

impl Gaps {
    /// How many numbers an error names before it gives a count.
    const NAMED: usize = 10;

    /// Notes the numbers from `expected` up to (not including) `number`.
    fn add(&mut self, expected: u64, number: u64) {
        if number <= expected {
            return;
        }
        self.total += number - expected;
        let room = (Self::NAMED - self.named.len().min(Self::NAMED)) as u64;
        self.named.extend(expected..number.min(expected.saturating_add(room)));
    }

    /// The error naming the missing numbers, if any.
    fn error(&self) -> Option<Error> {
        let mut list = String::new();
        match (self.named.as_slice(), self.total) {
            ([], _) => return None,
            ([one], 1) => {
                let _ = write!(list, "part {one} is");
            }
            (named, total) => {
                list.push_str("parts ");
                for (i, number) in named.iter().enumerate() {
                    if i > 0 {
                        let last = i + 1 == named.len() && total as usize == named.len();
                        list.push_str(if last { " and " } else { ", " });
                    }
                    let _ = write!(list, "{number}");
                }
                if total > named.len() as u64 {
                    let _ = write!(list, " and {} more", total - named.len() as u64);
                }
                list.push_str(" are");
            }
        }
        Some(
            Error::invalid_value(format!(
                "{list} missing: UFile pairs each ETag with its position, so the parts must run \
                 from 0 without a gap"
            ))
            .with_path("parts"),
        )
    }
}

/// Bodies UFile accepts, so that every generated value encodes: one ETag or more, each
/// visible ASCII but the comma, borrowed from the fuzzer's bytes.
#[cfg(feature = "arbitrary")]
impl<'a> arbitrary::Arbitrary<'a> for FinishMultipartUploadBody<'a> {
    fn arbitrary(u: &mut arbitrary::Unstructured<'a>) -> arbitrary::Result<Self> {
        let mut etags = Vec::new();
        loop {
            let text: &'a str = u.arbitrary()?;
            let end = text.bytes().position(|b| !is_etag_byte(b)).unwrap_or(text.len());
            // Visible ASCII: `end` is a character boundary.
            let etag = ETag::from_wire(&text[..end]);
            etags.push(if etag.value().is_empty() {
                ETag::new("e", etag.is_quoted())
            } else {
                etag
            });
            if etags.len() >= 10_000 || !u.arbitrary::<bool>()? {
                break;
            }
        }
        Ok(FinishMultipartUploadBody { etags })
    }
}

/// A list of ETags' wire texts, at least one, each visible ASCII but the comma.
#[cfg(feature = "schema")]
impl schemars::JsonSchema for FinishMultipartUploadBody<'_> {
    fn schema_name() -> Cow<'static, str> {
        "FinishMultipartUploadBody".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "The ETags of the parts, part 0's first (the position is the part \
                            number), each as sent on the wire: the request body is them joined \
                            by commas",
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "string",
                "minLength": 1,
                "pattern": "^[!-+\\--~]+$",
                "description": "An ETag: visible ASCII but the comma, surrounding double quotes \
                                included when sent"
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Text of `len` bytes from `seed`: visible ASCII, a comma every so often, and
    /// (when `bad` is given) one byte outside visible ASCII at that position.
    fn text(len: usize, seed: u64, bad: Option<usize>) -> Vec<u8> {
        let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let mut bytes: Vec<u8> = (0..len)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                if state.is_multiple_of(5) { b',' } else { b'!' + (state % 94) as u8 }
            })
            .collect();
        if let Some(at) = bad.filter(|&at| at < len) {
            bytes[at] = [0x00, b' ', 0x7F, 0x80, 0xFF][at % 5];
        }
        bytes
    }

    /// The vector scan and the word-at-a-time split agree with the obvious loops, at
    /// every length around their block sizes (8, 16 and 255 blocks of 16).
    #[test]
    fn scan_and_split_agree_with_the_obvious_loops() {
        let lengths = (0..80).chain([255 * 16 - 1, 255 * 16, 255 * 16 + 1, 10_000, 70_001]);
        for (seed, len) in lengths.enumerate() {
            let clean = text(len, seed as u64, None);
            let commas = clean.iter().filter(|&&b| b == b',').count();
            assert_eq!(scan(&clean), (false, commas), "{len}");
            let text_str = std::str::from_utf8(&clean).unwrap();
            let mut etags = Vec::new();
            let empty = split(text_str, &mut etags);
            let naive: Vec<ETag<'_>> = text_str.split(',').map(ETag::from_wire).collect();
            assert_eq!(etags, naive, "{len}");
            assert_eq!(empty, naive.iter().any(|etag| etag.value().is_empty()), "{len}");
            for at in [0, len / 2, len.saturating_sub(1)] {
                let dirty = text(len, seed as u64, Some(at));
                if len > 0 {
                    assert!(scan(&dirty).0, "{len} {at}");
                }
            }
        }
    }
}
