//! `ListPartsRequest`: the query string of `GET /<ObjectKey>?uploadId=…`, and the
//! pager that derives the next request from a response.

use std::borrow::Cow;

use codec_core::{Error, Result, Vendor};

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
#[codec_core::wire(query, codec(Vendor::Cos, OPERATION_LIST_PARTS))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListPartsRequest<'a> {
    /// The object key, from the request path (percent-decoded); `None` when only the
    /// query string is known.
    #[wire(path, arbitrary = codec_core::generate::opt_non_empty_text)]
    pub key: Option<Cow<'a, str>>,
    /// The upload whose parts to list (`uploadId`, required).
    #[wire(rename = "uploadId")]
    pub upload_id: Cow<'a, str>,
    /// `encoding-type`: `url` asks COS to percent-encode the key in the response.
    #[wire(rename = "encoding-type")]
    pub encoding_type: Option<EncodingType<'a>>,
    /// `max-parts`: the page size, 1 to 1000 (COS's default is 1000).
    #[wire(rename = "max-parts", range(min = 1, max = MAX_MAX_PARTS))]
    pub max_parts: Option<u32>,
    /// `part-number-marker`: list the parts after this number.
    #[wire(rename = "part-number-marker", range(max = MAX_PART_NUMBER))]
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
}
