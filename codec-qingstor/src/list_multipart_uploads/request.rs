//! `ListMultipartUploadsRequest`: the query string of `GET /?uploads&…`, and its
//! builder. The pager is [`ListRequest`](codec_core::listing::ListRequest), in
//! `paging.rs`.

use std::borrow::Cow;

use codec_core::Vendor;

use crate::{MAX_LIMIT, OPERATION_LIST_MULTIPART_UPLOADS};

/// A List Multipart Uploads request:
/// `GET /?uploads&prefix=…&delimiter=…&limit=…&key_marker=…&upload_id_marker=…`.
///
/// Decodes from a request target with or without its path (`/?uploads&…`, `?uploads&…`
/// or the bare query); the path, when given, must be `/` (the request names a bucket,
/// not an object), the `uploads` flag is required and bare (or with an empty value,
/// `uploads=`), and parameters it does not know (signature parameters, for example)
/// are skipped. Encodes to the query string, flag first: `uploads&prefix=…`;
/// [`to_target`](Self::to_target) puts `/?` in front. `limit` must be 1 to 1000
/// (QingStor's default is 200), decoding and encoding alike. An empty parameter
/// (`key_marker=`, as a first request may send it) is kept as `Some("")`.
///
/// The builder speaks the vocabulary every vendor crate shares:
/// [`with_page_size`](Self::with_page_size) (`limit`) and
/// [`with_marker`](Self::with_marker) (`key_marker`), with
/// [`with_upload_id_marker`](Self::with_upload_id_marker) for the second half of the
/// marker pair. The request names no object, so it has no `with_key`: narrow it with
/// [`with_prefix`](Self::with_prefix) and group with
/// [`with_delimiter`](Self::with_delimiter). The pager is
/// [`ListRequest`](codec_core::listing::ListRequest).
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_qingstor::ListMultipartUploadsRequest;
///
/// // QingStor's documented example.
/// let request = ListMultipartUploadsRequest::decode(b"/?uploads&prefix=Movies/&delimiter=/&limit=6")?;
/// assert_eq!((request.prefix.as_deref(), request.delimiter.as_deref()), (Some("Movies/"), Some("/")));
/// assert_eq!(request.limit, Some(6));
/// assert_eq!(request.encode()?, b"uploads&prefix=Movies%2F&delimiter=%2F&limit=6");
///
/// let built = ListMultipartUploadsRequest::new().with_prefix("Movies/").with_delimiter("/").with_page_size(6);
/// assert_eq!(built, request);
/// assert_eq!(built.to_target()?, "/?uploads&prefix=Movies%2F&delimiter=%2F&limit=6");
/// assert!(ListMultipartUploadsRequest::new().with_page_size(1001).to_query_string().is_err());
/// assert!(ListMultipartUploadsRequest::decode(b"prefix=a").is_err()); // no `uploads` flag
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(
    query,
    flag = "uploads",
    codec(Vendor::Qingstor, OPERATION_LIST_MULTIPART_UPLOADS)
)]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListMultipartUploadsRequest<'a> {
    /// `prefix`: list only the uploads of object names that start with it.
    pub prefix: Option<Cow<'a, str>>,
    /// `delimiter`: object names that hold it after the prefix are grouped into common
    /// prefixes (`common_prefixes` in the response) instead of listed.
    pub delimiter: Option<Cow<'a, str>>,
    /// `limit`: the page size, 1 to 1000 (QingStor's default is 200).
    #[wire(range(min = 1, max = MAX_LIMIT))]
    pub limit: Option<u32>,
    /// `key_marker`: list the uploads after this object name (with `upload_id_marker`:
    /// the uploads of this name after that upload id, then the later names); a page's
    /// `next_key_marker`.
    pub key_marker: Option<Cow<'a, str>>,
    /// `upload_id_marker`: with `key_marker`, where the uploads of that object name
    /// resume; a page's `next_upload_id_marker`.
    pub upload_id_marker: Option<Cow<'a, str>>,
}

impl<'a> ListMultipartUploadsRequest<'a> {
    /// A request for the first page of the bucket's uploads in progress, with
    /// QingStor's defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the page size, `limit` on the wire: 1 to 1000
    /// ([`MAX_LIMIT`](crate::MAX_LIMIT)); a value out of range is refused when the
    /// request is encoded.
    #[must_use]
    pub fn with_page_size(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Starts the listing after the object name `key_marker`, `key_marker` on the
    /// wire: a `next_key_marker` a previous page gave (the normalized page's
    /// `next_marker`). Pair it with
    /// [`with_upload_id_marker`](Self::with_upload_id_marker), or the remaining
    /// uploads of that name may be skipped. To resume from the pager's marker text,
    /// use [`ListRequest::resume_from`](codec_core::listing::ListRequest::resume_from).
    #[must_use]
    pub fn with_marker(mut self, key_marker: impl Into<Cow<'a, str>>) -> Self {
        self.key_marker = Some(key_marker.into());
        self
    }

    /// Sets `upload_id_marker`, the second half of the marker pair: a
    /// `next_upload_id_marker` a previous page gave (the normalized page's
    /// `next_upload_id_marker`).
    #[must_use]
    pub fn with_upload_id_marker(mut self, upload_id_marker: impl Into<Cow<'a, str>>) -> Self {
        self.upload_id_marker = Some(upload_id_marker.into());
        self
    }

    /// Sets `prefix`: list only the uploads of object names that start with it.
    #[must_use]
    pub fn with_prefix(mut self, prefix: impl Into<Cow<'a, str>>) -> Self {
        self.prefix = Some(prefix.into());
        self
    }

    /// Sets `delimiter`: object names that hold it after the prefix are grouped into
    /// common prefixes.
    #[must_use]
    pub fn with_delimiter(mut self, delimiter: impl Into<Cow<'a, str>>) -> Self {
        self.delimiter = Some(delimiter.into());
        self
    }
}
