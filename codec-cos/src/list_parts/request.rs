//! `ListPartsRequest`: the query string of `GET /<ObjectKey>?uploadId=…`, and the
//! pager that derives the next request from a response.

use std::borrow::Cow;

use codec_core::field::{owned, owned_opt};
use codec_core::query::{QueryWriter, decode_path, encode_path, split_target};
use codec_core::{Decode, Encode, Error, Limits, Result, Vendor};
use serde::{Deserialize, Serialize};

use crate::{EncodingType, ListPartsResult, MAX_MAX_PARTS, MAX_PART_NUMBER, OPERATION_LIST_PARTS};

/// A List Parts request: `GET /<ObjectKey>?uploadId=…&max-parts=…&part-number-marker=…`.
///
/// Decodes from a request target with or without its path (`/exampleobject?uploadId=…`,
/// `/?uploadId=…`, `?uploadId=…` or the bare query); parameters it does not know
/// (signature parameters, for example) are skipped. Encodes to the query string, behind
/// the percent-encoded path when [`key`](Self::key) is set.
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_cos::ListPartsRequest;
///
/// let request = ListPartsRequest::decode(b"/photos/a%20b.jpg?uploadId=1585&max-parts=100")?;
/// assert_eq!(request.key.as_deref(), Some("photos/a b.jpg"));
/// assert_eq!(request.max_parts, Some(100));
/// assert_eq!(request.encode()?, b"/photos/a%20b.jpg?uploadId=1585&max-parts=100");
/// # Ok::<(), codec_core::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
pub struct ListPartsRequest<'a> {
    /// The object key, from the request path (percent-decoded); `None` when only the
    /// query string is known.
    #[serde(rename = "key", borrow, default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = codec_core::generate::opt_non_empty_text))]
    pub key: Option<Cow<'a, str>>,
    /// The upload whose parts to list (`uploadId`, required).
    #[serde(rename = "uploadId", borrow)]
    pub upload_id: Cow<'a, str>,
    /// `encoding-type`: `url` asks COS to percent-encode the key in the response.
    #[serde(rename = "encoding-type", borrow, default, skip_serializing_if = "Option::is_none")]
    pub encoding_type: Option<EncodingType<'a>>,
    /// `max-parts`: the page size, 1 to 1000 (COS's default is 1000).
    #[serde(rename = "max-parts", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 1000)))]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = codec_core::generate::opt_u32_in::<1, MAX_MAX_PARTS>))]
    pub max_parts: Option<u32>,
    /// `part-number-marker`: list the parts after this number.
    #[serde(rename = "part-number-marker", default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "schema", schemars(range(max = 10000)))]
    #[cfg_attr(feature = "arbitrary", arbitrary(with = codec_core::generate::opt_u32_in::<0, MAX_PART_NUMBER>))]
    pub part_number_marker: Option<u32>,
}

impl<'a> ListPartsRequest<'a> {
    /// A request for the first page of `upload_id`'s parts.
    pub fn new(upload_id: impl Into<Cow<'a, str>>) -> Self {
        ListPartsRequest { upload_id: upload_id.into(), ..ListPartsRequest::default() }
    }

    /// The request for the page after `response`, or `None` when `response` is the
    /// last page (see [`ListPartsResult::next_marker`]).
    ///
    /// Everything but `part-number-marker` is kept. A marker that does not move past
    /// this request's own is an error rather than a request that would fetch the same
    /// page forever.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_cos::{ListPartsRequest, ListPartsResult};
    ///
    /// let request = ListPartsRequest::new("1585").with_max_parts(1);
    /// let body = b"<ListPartsResult><NextPartNumberMarker>1</NextPartNumberMarker>\
    ///              <IsTruncated>true</IsTruncated></ListPartsResult>";
    /// let next = request.next_request(&ListPartsResult::decode(body)?)?.unwrap();
    /// assert_eq!(next.part_number_marker, Some(1));
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn next_request(&self, response: &ListPartsResult<'_>) -> Result<Option<Self>> {
        let Some(marker) = response.next_marker() else {
            return Ok(None);
        };
        if self.part_number_marker.is_some_and(|current| marker <= current) {
            return Err(Error::invalid_value(format!(
                "the next marker {marker} does not move past part-number-marker {}",
                self.part_number_marker.unwrap_or_default()
            ))
            .with_path("NextPartNumberMarker")
            .with_context(Vendor::Cos, OPERATION_LIST_PARTS));
        }
        Ok(Some(ListPartsRequest { part_number_marker: Some(marker), ..self.clone() }))
    }

    /// Sets `max-parts`.
    #[must_use]
    pub fn with_max_parts(mut self, max_parts: u32) -> Self {
        self.max_parts = Some(max_parts);
        self
    }

    /// Sets the object key, which goes in the request path.
    #[must_use]
    pub fn with_key(mut self, key: impl Into<Cow<'a, str>>) -> Self {
        self.key = Some(key.into());
        self
    }

    /// The query string alone, without path or `?`.
    pub fn to_query_string(&self) -> Result<String> {
        self.validate()?;
        let mut query = QueryWriter::with_capacity(self.upload_id.len() + 64);
        query.pair("uploadId", &self.upload_id);
        if let Some(encoding) = &self.encoding_type {
            query.pair("encoding-type", encoding.as_str());
        }
        if let Some(max_parts) = self.max_parts {
            query.pair_u64("max-parts", max_parts.into());
        }
        if let Some(marker) = self.part_number_marker {
            query.pair_u64("part-number-marker", marker.into());
        }
        Ok(query.finish())
    }

    fn validate(&self) -> Result<()> {
        let check = |value: Option<u32>, min: u32, max: u32, name: &str| match value {
            Some(value) => codec_core::number::check_range(value.into(), min.into(), max.into())
                .map(drop)
                .map_err(|e| e.with_path(name)),
            None => Ok(()),
        };
        check(self.max_parts, 1, MAX_MAX_PARTS, "max-parts")
            .and_then(|()| check(self.part_number_marker, 0, MAX_PART_NUMBER, "part-number-marker"))
            .map_err(|e| e.with_context(Vendor::Cos, OPERATION_LIST_PARTS))
    }

    /// Detaches the request from the input it borrows from.
    pub fn into_owned(self) -> ListPartsRequest<'static> {
        ListPartsRequest {
            key: owned_opt(self.key),
            upload_id: owned(self.upload_id),
            encoding_type: self.encoding_type.map(EncodingType::into_owned),
            max_parts: self.max_parts,
            part_number_marker: self.part_number_marker,
        }
    }
}

impl codec_core::Codec for ListPartsRequest<'_> {
    const VENDOR: Vendor = Vendor::Cos;
    const OPERATION: &'static str = OPERATION_LIST_PARTS;
}

impl<'a> Decode<'a> for ListPartsRequest<'a> {
    fn decode_inner(input: &'a [u8], limits: &Limits) -> Result<Self> {
        decode(input, limits)
    }
}

fn decode<'a>(input: &'a [u8], limits: &Limits) -> Result<ListPartsRequest<'a>> {
    let input = limits.checked_text(input, "the request target")?;
    let target = split_target(input);
    let key = match target.path {
        Some(path) if path != "/" => {
            let key = path.strip_prefix('/').unwrap_or(path);
            Some(decode_path(key).map_err(|e| e.with_offset(1).with_path("key"))?)
        }
        _ => None,
    };
    let mut upload_id = None;
    let mut encoding_type = None;
    let mut max_parts = None;
    let mut part_number_marker = None;
    for pair in target.pairs() {
        let pair = pair?;
        match pair.name.as_ref() {
            "uploadId" => pair.set_once(&mut upload_id, pair.text())?,
            "encoding-type" => pair.set_once(&mut encoding_type, EncodingType(pair.text()))?,
            "max-parts" => pair.set_once(&mut max_parts, pair.u32_in(1, MAX_MAX_PARTS)?)?,
            "part-number-marker" => {
                pair.set_once(&mut part_number_marker, pair.u32_in(0, MAX_PART_NUMBER)?)?;
            }
            _ => {}
        }
    }
    let upload_id = upload_id.ok_or_else(|| Error::missing_field("uploadId"))?;
    Ok(ListPartsRequest { key, upload_id, encoding_type, max_parts, part_number_marker })
}

impl Encode for ListPartsRequest<'_> {
    fn encode_inner(&self, out: &mut Vec<u8>) -> Result<()> {
        let query = self.to_query_string()?;
        if let Some(key) = &self.key {
            let mut path = String::with_capacity(key.len() + 1);
            path.push('/');
            encode_path(key, &mut path);
            out.extend_from_slice(path.as_bytes());
            out.push(b'?');
        }
        out.extend_from_slice(query.as_bytes());
        Ok(())
    }
}
