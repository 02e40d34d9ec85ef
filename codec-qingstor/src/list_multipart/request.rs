//! `ListMultipartRequest`: the request target of `GET /<object-name>?upload_id=…`, and
//! its builders.

use std::borrow::Cow;

use codec_core::Vendor;

use crate::{MAX_LIMIT, MAX_PART_NUMBER, OPERATION_LIST_MULTIPART};

/// A List Multipart request:
/// `GET /<object-name>?upload_id=…&part_number_marker=…&limit=…`.
///
/// Decodes from a request target with or without its path (`/large-object?upload_id=…`,
/// `/?upload_id=…`, `?upload_id=…` or the bare query); parameters it does not know
/// (signature parameters, for example) are skipped. Encodes to the request target: the
/// percent-encoded object name as the path when [`object_name`](Self::object_name) is
/// set, then the query string.
///
/// `part_number_marker` is 0 to 10,000 and `limit` 1 to 1000, on decode and on encode
/// (`to_target()` and `to_query_string()` fail on a value out of range). The builders
/// are the ones every vendor crate has: [`with_key`](Self::with_key),
/// [`with_page_size`](Self::with_page_size) and [`with_marker`](Self::with_marker).
/// The pager and the page in the vendor-neutral model are
/// [`ListRequest`](codec_core::listing::ListRequest)'s.
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_qingstor::ListMultipartRequest;
///
/// let request = ListMultipartRequest::decode(b"/photos/a%20b.jpg?upload_id=4d26&limit=100")?;
/// assert_eq!(request.object_name.as_deref(), Some("photos/a b.jpg"));
/// assert_eq!(request.limit, Some(100));
/// assert_eq!(request.encode()?, b"/photos/a%20b.jpg?upload_id=4d26&limit=100");
///
/// let request = ListMultipartRequest::new("4d26").with_key("photos/a b.jpg").with_page_size(100);
/// assert_eq!(request.to_target()?, "/photos/a%20b.jpg?upload_id=4d26&limit=100");
/// assert!(ListMultipartRequest::new("4d26").with_page_size(0).to_target().is_err());
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(query, codec(Vendor::Qingstor, OPERATION_LIST_MULTIPART))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListMultipartRequest<'a> {
    /// The object name (the key), from the request path (percent-decoded, without the
    /// leading `/`); `None` when only the query string is known. Set it with
    /// [`with_key`](Self::with_key).
    #[wire(path, arbitrary = codec_core::generate::opt_non_empty_text)]
    pub object_name: Option<Cow<'a, str>>,
    /// The upload whose parts to list (`upload_id`, required).
    pub upload_id: Cow<'a, str>,
    /// `part_number_marker`: list the parts whose number comes after this one. Absent,
    /// the listing starts at the first part (part numbers start at 0, so absent is not
    /// the same as 0).
    #[wire(range(max = MAX_PART_NUMBER))]
    pub part_number_marker: Option<u32>,
    /// `limit`: the most parts to return, 1 to 1000. The pager can tell the last page
    /// only when it is set (see [`list_multipart`](crate::list_multipart)).
    #[wire(range(min = 1, max = MAX_LIMIT))]
    pub limit: Option<u32>,
}

impl<'a> ListMultipartRequest<'a> {
    /// A request for the first page of `upload_id`'s parts.
    pub fn new(upload_id: impl Into<Cow<'a, str>>) -> Self {
        ListMultipartRequest { upload_id: upload_id.into(), ..ListMultipartRequest::default() }
    }

    /// Sets the object's key, which goes in the request path
    /// ([`object_name`](Self::object_name)).
    #[must_use]
    pub fn with_key(mut self, key: impl Into<Cow<'a, str>>) -> Self {
        self.object_name = Some(key.into());
        self
    }

    /// Sets the page size, `limit`: 1 to 1000 (checked when the request is encoded).
    /// Set it: with it the pager knows a short page is the last one.
    #[must_use]
    pub fn with_page_size(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets the marker, `part_number_marker`: the listing starts after this part
    /// number (0 to 10,000).
    #[must_use]
    pub fn with_marker(mut self, part_number: u32) -> Self {
        self.part_number_marker = Some(part_number);
        self
    }
}
