//! `ListMultipartUploadsRequest`: the query string of `GET /?uploads&…`, and its
//! builder. The pager is [`ListRequest`](codec_core::listing::ListRequest), in
//! `paging.rs`.

use std::borrow::Cow;

use codec_core::Vendor;

use super::MAX_MAX_UPLOADS;
use crate::{EncodingType, OPERATION_LIST_MULTIPART_UPLOADS};

/// A List Multipart Uploads request: `GET /?uploads&prefix=…&delimiter=…&encoding-type=…&max-uploads=…&key-marker=…&upload-id-marker=…`.
///
/// Decodes from a request target with or without its path (`/?uploads&…`, `?uploads&…`
/// or the bare query); the path, when given, must be `/` (the request names a bucket,
/// not an object), the `uploads` flag is required and bare, and parameters it does not
/// know (signature parameters, for example) are skipped. Encodes to the query string,
/// flag first: `uploads&prefix=…`; [`to_target`](Self::to_target) puts `/?` in front
/// (the path is `/`: the request names a bucket, not an object). `max-uploads` must be 1 to 1000, decoding and encoding alike. An empty
/// parameter (`prefix=`, as COS's Python SDK sends every one) is kept as `Some("")`.
///
/// Ask for `encoding-type=url` ([`with_encoding_type`](Self::with_encoding_type)): COS
/// writes object keys into its XML as they are, and a key holding a control character
/// (U+0001 to U+001F) makes the whole response ill-formed XML, which
/// [`ListMultipartUploadsResult`](crate::ListMultipartUploadsResult) reads all the same
/// but a strict XML parser (or
/// [`decode_with_control_chars`](crate::ListMultipartUploadsResult::decode_with_control_chars)
/// with `Refuse`) does not; with `url`, COS percent-encodes keys, markers and prefixes,
/// and the normalized page and the pager decode them (see
/// [the module documentation](crate::list_multipart_uploads) for how).
///
/// The builder speaks the vocabulary every vendor crate shares:
/// [`with_page_size`](Self::with_page_size) (`max-uploads`) and
/// [`with_marker`](Self::with_marker) (`key-marker`), with
/// [`with_upload_id_marker`](Self::with_upload_id_marker) for the second half of the
/// marker pair. The request names no object, so it has no `with_key`: narrow it with
/// [`with_prefix`](Self::with_prefix). The pager is
/// [`ListRequest`](codec_core::listing::ListRequest).
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_cos::{EncodingType, ListMultipartUploadsRequest};
///
/// let request = ListMultipartUploadsRequest::decode(
///     b"/?uploads&prefix=photos%2F&encoding-type=url&max-uploads=100",
/// )?;
/// assert_eq!(request.prefix.as_deref(), Some("photos/"));
/// assert_eq!(request.max_uploads, Some(100));
/// assert_eq!(request.encode()?, b"uploads&prefix=photos%2F&encoding-type=url&max-uploads=100");
///
/// let built = ListMultipartUploadsRequest::new()
///     .with_prefix("photos/")
///     .with_encoding_type(EncodingType::URL)
///     .with_page_size(100);
/// assert_eq!(built, request);
/// assert!(ListMultipartUploadsRequest::new().with_page_size(1001).to_query_string().is_err());
/// assert!(ListMultipartUploadsRequest::decode(b"prefix=a").is_err()); // no `uploads` flag
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(query, flag = "uploads", codec(Vendor::Cos, OPERATION_LIST_MULTIPART_UPLOADS))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListMultipartUploadsRequest<'a> {
    /// `prefix`: list only the uploads of keys that start with it.
    #[wire(rename = "prefix")]
    pub prefix: Option<Cow<'a, str>>,
    /// `delimiter`: keys that hold it after the prefix are grouped into common
    /// prefixes (`CommonPrefixes` in the response) instead of listed.
    #[wire(rename = "delimiter")]
    pub delimiter: Option<Cow<'a, str>>,
    /// `encoding-type`: `url` asks COS to percent-encode keys, markers and prefixes in
    /// the response (recommended: see the type's documentation).
    #[wire(rename = "encoding-type")]
    pub encoding_type: Option<EncodingType<'a>>,
    /// `max-uploads`: the page size, 1 to 1000 (COS's default is 1000).
    #[wire(rename = "max-uploads", range(min = 1, max = MAX_MAX_UPLOADS))]
    pub max_uploads: Option<u32>,
    /// `key-marker`: list the uploads after this key (with `upload-id-marker`: after
    /// this key and upload id). The key itself, not percent-encoded, whatever the
    /// `encoding-type`.
    #[wire(rename = "key-marker")]
    pub key_marker: Option<Cow<'a, str>>,
    /// `upload-id-marker`: with `key-marker`, list the uploads of that key whose id
    /// comes after this one, then the later keys; COS ignores it without `key-marker`.
    #[wire(rename = "upload-id-marker")]
    pub upload_id_marker: Option<Cow<'a, str>>,
}

impl<'a> ListMultipartUploadsRequest<'a> {
    /// A request for the first page of the bucket's uploads in progress, with COS's
    /// defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the page size, `max-uploads` on the wire: 1 to 1000
    /// ([`MAX_MAX_UPLOADS`](crate::list_multipart_uploads::MAX_MAX_UPLOADS)); a value
    /// out of range is refused when the request is encoded.
    #[must_use]
    pub fn with_page_size(mut self, page_size: u32) -> Self {
        self.max_uploads = Some(page_size);
        self
    }

    /// Starts the listing after the key `key_marker`, `key-marker` on the wire: a
    /// `NextKeyMarker` a previous page gave, percent-decoded if that page was
    /// url-encoded (the normalized page's `next_marker` is). Pair it with
    /// [`with_upload_id_marker`](Self::with_upload_id_marker), or the remaining
    /// uploads of that key are skipped. To resume from the pager's marker text, use
    /// [`ListRequest::resume_from`](codec_core::listing::ListRequest::resume_from).
    #[must_use]
    pub fn with_marker(mut self, key_marker: impl Into<Cow<'a, str>>) -> Self {
        self.key_marker = Some(key_marker.into());
        self
    }

    /// Sets `upload-id-marker`, the second half of the marker pair: a
    /// `NextUploadIdMarker` a previous page gave (the normalized page's
    /// `next_upload_id_marker`).
    #[must_use]
    pub fn with_upload_id_marker(mut self, upload_id_marker: impl Into<Cow<'a, str>>) -> Self {
        self.upload_id_marker = Some(upload_id_marker.into());
        self
    }

    /// Sets `prefix`: list only the uploads of keys that start with it.
    #[must_use]
    pub fn with_prefix(mut self, prefix: impl Into<Cow<'a, str>>) -> Self {
        self.prefix = Some(prefix.into());
        self
    }

    /// Sets `delimiter`: keys that hold it after the prefix are grouped into common
    /// prefixes.
    #[must_use]
    pub fn with_delimiter(mut self, delimiter: impl Into<Cow<'a, str>>) -> Self {
        self.delimiter = Some(delimiter.into());
        self
    }

    /// Sets `encoding-type`; [`EncodingType::URL`] is the value COS knows, and the one
    /// to send (see the type's documentation).
    #[must_use]
    pub fn with_encoding_type(mut self, encoding_type: EncodingType<'a>) -> Self {
        self.encoding_type = Some(encoding_type);
        self
    }

    /// Whether the request asks COS to percent-encode keys (`encoding-type=url`).
    pub fn is_url_encoded(&self) -> bool {
        self.encoding_type.as_ref().is_some_and(|encoding| encoding.is(&EncodingType::URL))
    }
}
