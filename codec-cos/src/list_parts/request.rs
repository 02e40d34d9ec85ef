//! `ListPartsRequest`: the query string of `GET /<ObjectKey>?uploadId=…`, and its
//! builder. The pager is [`ListRequest`](codec_core::listing::ListRequest), in
//! `paging.rs`.

use std::borrow::Cow;

use codec_core::Vendor;

use crate::{EncodingType, MAX_MAX_PARTS, MAX_PART_NUMBER, OPERATION_LIST_PARTS};

/// A List Parts request: `GET /<ObjectKey>?uploadId=…&max-parts=…&part-number-marker=…`.
///
/// Decodes from a request target with or without its path (`/exampleobject?uploadId=…`,
/// `/?uploadId=…`, `?uploadId=…` or the bare query); parameters it does not know
/// (signature parameters, for example) are skipped. Encodes to the query string, behind
/// the percent-encoded path when [`key`](Self::key) is set. `max-parts` must be 1 to
/// 1000 and `part-number-marker` at most 10,000, decoding and encoding alike.
///
/// The builder speaks the vocabulary every vendor crate shares:
/// [`with_page_size`](Self::with_page_size) (`max-parts`),
/// [`with_marker`](Self::with_marker) (`part-number-marker`) and
/// [`with_key`](Self::with_key) (the object key, in the path). The pager is
/// [`ListRequest`](codec_core::listing::ListRequest).
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_cos::ListPartsRequest;
///
/// let request = ListPartsRequest::decode(b"/photos/a%20b.jpg?uploadId=1585&max-parts=100")?;
/// assert_eq!(request.key.as_deref(), Some("photos/a b.jpg"));
/// assert_eq!(request.max_parts, Some(100));
/// assert_eq!(request.encode()?, b"/photos/a%20b.jpg?uploadId=1585&max-parts=100");
///
/// let built = ListPartsRequest::new("1585").with_key("photos/a b.jpg").with_page_size(100);
/// assert_eq!(built, request);
/// assert!(ListPartsRequest::new("1585").with_page_size(1001).to_query_string().is_err());
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
    /// `encoding-type`: `url` asks COS to percent-encode the key in the response, and
    /// is worth sending: without it COS writes a key's control characters (U+0001 to
    /// U+001F) raw, which XML 1.0 forbids. [`ListPartsResult`](crate::ListPartsResult)
    /// reads them all the same (see
    /// [the crate's documentation](crate#control-characters-in-keys)); a strict XML
    /// parser does not.
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

    /// Sets the page size, `max-parts` on the wire: 1 to 1000
    /// ([`MAX_MAX_PARTS`](crate::MAX_MAX_PARTS)); a value out of range is refused when
    /// the request is encoded.
    #[must_use]
    pub fn with_page_size(mut self, page_size: u32) -> Self {
        self.max_parts = Some(page_size);
        self
    }

    /// Starts the listing after part number `marker`, `part-number-marker` on the wire
    /// (0 to 10,000): a `NextPartNumberMarker` a previous page gave. To resume from a
    /// normalized page's text marker, use
    /// [`ListRequest::resume_from`](codec_core::listing::ListRequest::resume_from).
    #[must_use]
    pub fn with_marker(mut self, marker: u32) -> Self {
        self.part_number_marker = Some(marker);
        self
    }

    /// Sets the object key, which goes in the request path.
    #[must_use]
    pub fn with_key(mut self, key: impl Into<Cow<'a, str>>) -> Self {
        self.key = Some(key.into());
        self
    }
}
