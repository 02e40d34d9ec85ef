//! `GetMultiUploadIdRequest`: the query string of
//! `GET /?muploadid&prefix=…&marker=…&limit=…`, and the pager that derives the next
//! request from a response.

use std::borrow::Cow;

use codec_core::query::{QueryPair, QueryWriter};
use codec_core::wire::query::{QueryRecord, decode_target, query_string, target_string};
use codec_core::wire::{Ctx, Seen};
use codec_core::{Error, Limits, Result, Vendor};

use crate::{GetMultiUploadIdResponse, OPERATION_GET_MULTI_UPLOAD_ID};

/// The bare flag that names the operation in the query string.
pub const FLAG: &str = "muploadid";

/// The `limit` UFile applies when the request has none: 20.
pub const DEFAULT_LIMIT: u32 = 20;

/// A GetMultiUploadId request: `GET /?muploadid&prefix=…&marker=…&limit=…`.
///
/// The three parameters have the documented defaults (empty `prefix`, empty `marker`,
/// `limit` 20): decoding fills in what the query leaves out, and encoding writes all
/// three, so `muploadid` alone decodes to the same value as
/// `muploadid&prefix=&marker=&limit=20`. The `muploadid` flag is required, the path
/// must be `/` when given, and unknown parameters are skipped.
///
/// ```
/// use codec_core::{Decode, Encode};
/// use codec_ufile::GetMultiUploadIdRequest;
///
/// let request = GetMultiUploadIdRequest::decode(b"/?muploadid&prefix=lar&marker=a&limit=20")?;
/// assert_eq!((request.prefix.as_ref(), request.marker.as_ref(), request.limit), ("lar", "a", 20));
/// assert_eq!(GetMultiUploadIdRequest::decode(b"?muploadid")?, GetMultiUploadIdRequest::default());
/// assert_eq!(GetMultiUploadIdRequest::default().encode()?, b"muploadid&prefix=&marker=&limit=20");
/// # Ok::<(), codec_core::Error>(())
/// ```
#[codec_core::wire(query, flag = "muploadid")]
#[derive(Clone, Debug, PartialEq, Eq)]
#[serde(default)]
pub struct GetMultiUploadIdRequest<'a> {
    /// `prefix`: list only the uploads of keys that start with it; empty for all.
    pub prefix: Cow<'a, str>,
    /// `marker`: list the uploads after it (a response's `NextMarker`); empty to start
    /// at the beginning.
    pub marker: Cow<'a, str>,
    /// `limit`: how many upload ids to return at most (20 by default).
    pub limit: u32,
}

impl Default for GetMultiUploadIdRequest<'_> {
    fn default() -> Self {
        GetMultiUploadIdRequest {
            prefix: Cow::Borrowed(""),
            marker: Cow::Borrowed(""),
            limit: DEFAULT_LIMIT,
        }
    }
}

impl<'a> GetMultiUploadIdRequest<'a> {
    /// A request for the first page of the uploads in progress, with the defaults.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets `prefix`.
    #[must_use]
    pub fn with_prefix(mut self, prefix: impl Into<Cow<'a, str>>) -> Self {
        self.prefix = prefix.into();
        self
    }

    /// Sets `marker`.
    #[must_use]
    pub fn with_marker(mut self, marker: impl Into<Cow<'a, str>>) -> Self {
        self.marker = marker.into();
        self
    }

    /// Sets `limit`.
    #[must_use]
    pub fn with_limit(mut self, limit: u32) -> Self {
        self.limit = limit;
        self
    }

    /// The request for the page after `response`, or `None` when `response` is the
    /// last page (see [`GetMultiUploadIdResponse::next_marker`]).
    ///
    /// Everything but `marker` is kept. A `NextMarker` equal to this request's own
    /// marker is an error rather than a request that would fetch the same page forever.
    ///
    /// ```
    /// use codec_core::Decode;
    /// use codec_ufile::{GetMultiUploadIdRequest, GetMultiUploadIdResponse};
    ///
    /// let request = GetMultiUploadIdRequest::new().with_prefix("lar");
    /// let body = br#"{"DataSet":[{"UploadId":"3be8bd2b","FileName":"large_1"}],"NextMarker":"large_1","RetCode":0}"#;
    /// let next = request.next_request(&GetMultiUploadIdResponse::decode(body)?)?.unwrap();
    /// assert_eq!((next.prefix.as_ref(), next.marker.as_ref()), ("lar", "large_1"));
    /// let last = br#"{"DataSet":[],"NextMarker":"","RetCode":0}"#;
    /// assert_eq!(next.next_request(&GetMultiUploadIdResponse::decode(last)?)?, None);
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn next_request(&self, response: &GetMultiUploadIdResponse<'_>) -> Result<Option<Self>> {
        let Some(marker) = response.next_marker() else {
            return Ok(None);
        };
        if marker == self.marker {
            return Err(Error::invalid_value(format!(
                "the next marker {} is this request's marker: the listing would not advance",
                codec_core::number::excerpt(marker)
            ))
            .with_path("NextMarker")
            .with_context(Vendor::Ufile, OPERATION_GET_MULTI_UPLOAD_ID));
        }
        Ok(Some(GetMultiUploadIdRequest {
            marker: Cow::Owned(marker.to_owned()),
            prefix: self.prefix.clone(),
            limit: self.limit,
        }))
    }

    /// The query string alone, without path or `?`: `muploadid&prefix=…&marker=…&limit=…`.
    pub fn to_query_string(&self) -> Result<String> {
        query_string(self).map_err(|e| e.with_context(Vendor::Ufile, OPERATION_GET_MULTI_UPLOAD_ID))
    }

    /// The request target (what [`Encode`](codec_core::Encode) writes): the query
    /// string, since the request has no path.
    pub fn to_target(&self) -> Result<String> {
        target_string(self)
            .map_err(|e| e.with_context(Vendor::Ufile, OPERATION_GET_MULTI_UPLOAD_ID))
    }
}

impl codec_core::Codec for GetMultiUploadIdRequest<'_> {
    const VENDOR: Vendor = Vendor::Ufile;
    const OPERATION: &'static str = OPERATION_GET_MULTI_UPLOAD_ID;
}

codec!(GetMultiUploadIdRequest, decode, codec_core::wire::query::encode_target);

fn decode<'a>(input: &'a [u8], limits: &Limits) -> Result<GetMultiUploadIdRequest<'a>> {
    decode_target(input, limits).map(|Defaults(request)| request)
}

// TODO(wire): a way to say that a parameter may be left out and then keeps the type's
// own `Default` (UFile documents `prefix` "", `marker` "" and `limit` 20), say a
// container option `#[wire(query, defaults)]`: no parameter in `check_required`, and
// serde's container `default`. Then `Defaults` and the hand `#[serde(default)]`
// go, and `codec(Vendor::Ufile, OPERATION_GET_MULTI_UPLOAD_ID)` writes the
// Codec, Decode and Encode impls, `to_query_string` and `to_target` above.
/// The request read with no parameter required: one left out keeps its default.
#[derive(Default)]
struct Defaults<'a>(GetMultiUploadIdRequest<'a>);

impl<'a> QueryRecord<'a> for Defaults<'a> {
    const FLAG: Option<&'static str> = <GetMultiUploadIdRequest<'a> as QueryRecord<'a>>::FLAG;
    const PATH: Option<&'static str> = <GetMultiUploadIdRequest<'a> as QueryRecord<'a>>::PATH;

    fn read_pair(&mut self, pair: &QueryPair<'a>, ctx: Ctx<'_>, seen: &mut Seen) -> Result<bool> {
        self.0.read_pair(pair, ctx, seen)
    }

    fn check_required(_: &Seen) -> Result<()> {
        Ok(())
    }

    fn set_path(&mut self, key: Cow<'a, str>) {
        self.0.set_path(key);
    }

    fn path(&self) -> Option<&str> {
        self.0.path()
    }

    fn write_pairs(&self, query: &mut QueryWriter) -> Result<()> {
        self.0.write_pairs(query)
    }

    fn encoded_len(&self) -> usize {
        self.0.encoded_len()
    }
}
