//! `ListMultipartRequest`: the request target of `GET /<object-name>?upload_id=…`, and
//! the pager that derives the next request from a response.

use std::borrow::Cow;

use codec_core::{Error, Result, Vendor};

use crate::{ListMultipartResponse, MAX_LIMIT, MAX_PART_NUMBER, OPERATION_LIST_MULTIPART};

/// A List Multipart request:
/// `GET /<object-name>?upload_id=…&part_number_marker=…&limit=…`.
///
/// Decodes from a request target with or without its path (`/large-object?upload_id=…`,
/// `/?upload_id=…`, `?upload_id=…` or the bare query); parameters it does not know
/// (signature parameters, for example) are skipped. Encodes to the request target: the
/// percent-encoded object name as the path when [`object_name`](Self::object_name) is
/// set, then the query string.
///
/// `part_number_marker` is 0 to 10,000 and `limit` at most 1000 (the document gives no
/// lower bound; a `limit` of 0 is kept as sent), on decode and on encode.
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_qingstor::ListMultipartRequest;
///
/// let request = ListMultipartRequest::decode(b"/photos/a%20b.jpg?upload_id=4d26&limit=100")?;
/// assert_eq!(request.object_name.as_deref(), Some("photos/a b.jpg"));
/// assert_eq!(request.limit, Some(100));
/// assert_eq!(request.encode()?, b"/photos/a%20b.jpg?upload_id=4d26&limit=100");
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(query, codec(Vendor::Qingstor, OPERATION_LIST_MULTIPART))]
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ListMultipartRequest<'a> {
    /// The object name, from the request path (percent-decoded, without the leading
    /// `/`); `None` when only the query string is known.
    #[wire(path, arbitrary = codec_core::generate::opt_non_empty_text)]
    pub object_name: Option<Cow<'a, str>>,
    /// The upload whose parts to list (`upload_id`, required).
    pub upload_id: Cow<'a, str>,
    /// `part_number_marker`: list the parts whose number comes after this one. Absent,
    /// the listing starts at the first part (part numbers start at 0, so absent is not
    /// the same as 0).
    #[wire(range(max = MAX_PART_NUMBER))]
    pub part_number_marker: Option<u32>,
    /// `limit`: the most parts to return, at most 1000.
    #[wire(range(max = MAX_LIMIT))]
    pub limit: Option<u32>,
}

impl<'a> ListMultipartRequest<'a> {
    /// A request for the first page of `upload_id`'s parts.
    pub fn new(upload_id: impl Into<Cow<'a, str>>) -> Self {
        ListMultipartRequest { upload_id: upload_id.into(), ..ListMultipartRequest::default() }
    }

    /// Sets the object name, which goes in the request path.
    #[must_use]
    pub fn with_object_name(mut self, object_name: impl Into<Cow<'a, str>>) -> Self {
        self.object_name = Some(object_name.into());
        self
    }

    /// Sets `limit`, the page size.
    #[must_use]
    pub fn with_limit(mut self, limit: u32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sets `part_number_marker`.
    #[must_use]
    pub fn with_part_number_marker(mut self, marker: u32) -> Self {
        self.part_number_marker = Some(marker);
        self
    }

    /// The request for the page after `response`, or `None` when `response` completes
    /// the listing, by the rule of [`ListMultipartResponse::next_marker`] applied with
    /// this request's `limit`.
    ///
    /// Everything but `part_number_marker` is kept; the new marker is the last part
    /// number of `response`. A marker that does not move past this request's own is an
    /// error rather than a request that would fetch the same page forever.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_qingstor::{ListMultipartRequest, ListMultipartResponse};
    ///
    /// let request = ListMultipartRequest::new("4d26").with_limit(2);
    /// let full = br#"{"count":2,"object_parts":[{"part_number":0},{"part_number":3}]}"#;
    /// let next = request.next_request(&ListMultipartResponse::decode(full)?)?.unwrap();
    /// assert_eq!(next.part_number_marker, Some(3));
    ///
    /// let short = br#"{"count":1,"object_parts":[{"part_number":7}]}"#;
    /// assert!(next.next_request(&ListMultipartResponse::decode(short)?)?.is_none());
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn next_request(&self, response: &ListMultipartResponse<'_>) -> Result<Option<Self>> {
        let Some(marker) = response.next_marker(self.limit) else {
            return Ok(None);
        };
        if let Some(current) = self.part_number_marker
            && marker <= current
        {
            return Err(Error::invalid_value(format!(
                "the last part number {marker} does not move past part_number_marker {current}"
            ))
            .with_path("object_parts")
            .with_context(Vendor::Qingstor, OPERATION_LIST_MULTIPART));
        }
        Ok(Some(ListMultipartRequest { part_number_marker: Some(marker), ..self.clone() }))
    }
}
