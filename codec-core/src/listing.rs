//! One listing API across the vendors: the loop an SDK author writes once.
//!
//! Every list operation of every vendor crate implements [`ListRequest`] on its request
//! type: which response it gets, the request for the next page, and the page in the
//! vendor-neutral model, computed from the request and the response together (QingStor
//! can only tell its last page with the request's `limit` in hand, so a loop written
//! against this trait cannot get its end wrong). On it, [`list_all`] runs a whole
//! listing over a transport you supply, a closure from request to body bytes, and
//! [`for_each_page`] hands you each page as it comes.
//!
//! The loop stops with an error, never spins: a vendor's pager refuses a next marker
//! that does not move past the request's own, and these helpers also refuse a marker
//! that comes back to one an earlier page gave (both
//! [`ErrorKind::Paging`](crate::ErrorKind::Paging)). A page that is the vendor's error
//! body fails with [`ErrorKind::Service`](crate::ErrorKind::Service): the error says
//! what the vendor said ([`Error::service_error`]) and whether to retry
//! ([`Error::is_retryable`]).
//!
//! Each vendor crate's documentation lists a whole upload with [`list_all`] and its
//! `examples::*_pages` generator as the stand-in transport; the workspace README runs
//! one generic function over all four vendors.
//!
//! ```
//! use codec_core::listing::{ListRequest, list_all};
//! use codec_core::{Error, Part};
//!
//! /// Every part of an upload, whichever vendor `first` is for.
//! fn every_part<R: ListRequest<Item = Part<'static>>>(
//!     first: R,
//!     mut get: impl FnMut(&R) -> Result<Vec<u8>, Error>,
//! ) -> Result<Vec<Part<'static>>, Error> {
//!     list_all(first, |request: &R| get(request))
//! }
//! ```

use std::borrow::Cow;
use std::collections::HashSet;

use crate::model::{Part, PartsPage, Upload, UploadsPage};
use crate::{Codec, Decode, Error, Limits, Result};

/// A list operation's request: its response, its paging rule and its page in the
/// vendor-neutral model.
///
/// Implemented by every listing request of every vendor crate (`ListPartsRequest`,
/// `ListMultipartRequest`, `GetMultiUploadPartRequest`, `GetMultiUploadIdRequest`,
/// `ListUploadedPartsRequest`, …). The request keeps everything but its marker from
/// page to page.
pub trait ListRequest: Codec + Clone {
    /// What the listing collects: [`Part`] or [`Upload`], owned.
    type Item;

    /// The response body's type, borrowing from the body.
    type Response<'b>: Decode<'b>;

    /// The page in the vendor-neutral model: [`PartsPage`] or [`UploadsPage`].
    type Page<'m>: ListedPage<Item = Self::Item>
    where
        Self: 'm;

    /// The request for the page after `response`, or `None` when `response` ends the
    /// listing. Everything but the marker is kept. A marker that would fetch the same
    /// page again is an error of kind [`Paging`](crate::ErrorKind::Paging).
    fn next_request(&self, response: &Self::Response<'_>) -> Result<Option<Self>>;

    /// `response` in the vendor-neutral model, as the answer to this request: the
    /// end-of-listing rule applied with what the request says (QingStor's `limit`), and
    /// what the body leaves out taken from the request (QingStor's upload id and key).
    fn page<'m>(&'m self, response: &'m Self::Response<'_>) -> Result<Self::Page<'m>>;

    /// The request's marker as text, as a page's `next_marker` spells it; `None` for a
    /// request that starts at the beginning.
    fn marker(&self) -> Option<Cow<'_, str>>;

    /// This request, starting after `marker`: a `next_marker` of the vendor-neutral
    /// model (a listing resumed from a saved page, say). Fails when `marker` is not
    /// one the vendor can send (a part-number marker that is not a number in range).
    fn resume_from(self, marker: &str) -> Result<Self>;
}

/// A page of the vendor-neutral model that a listing collects items from.
pub trait ListedPage {
    /// An item of the page, owned.
    type Item;

    /// What the next request passes as its marker; `None` when the listing is done.
    fn next_marker(&self) -> Option<&str>;

    /// How many items the page holds.
    fn item_count(&self) -> usize;

    /// The page's items, detached from the body they borrow from.
    fn into_owned_items(self) -> Vec<Self::Item>;
}

impl ListedPage for PartsPage<'_> {
    type Item = Part<'static>;

    fn next_marker(&self) -> Option<&str> {
        self.next_marker.as_deref()
    }

    fn item_count(&self) -> usize {
        self.parts.len()
    }

    fn into_owned_items(self) -> Vec<Part<'static>> {
        self.parts.into_iter().map(Part::into_owned).collect()
    }
}

impl ListedPage for UploadsPage<'_> {
    type Item = Upload<'static>;

    fn next_marker(&self) -> Option<&str> {
        self.next_marker.as_deref()
    }

    fn item_count(&self) -> usize {
        self.uploads.len()
    }

    fn into_owned_items(self) -> Vec<Upload<'static>> {
        self.uploads.into_iter().map(Upload::into_owned).collect()
    }
}

/// The guard of a pager whose markers are part numbers: the next marker must move past
/// the request's own, or the same page would come back forever. `field` names the
/// response's marker field in the error (kind [`Paging`](crate::ErrorKind::Paging)).
///
/// ```
/// use codec_core::listing::advancing;
/// assert_eq!(advancing(Some(3), 5, "NextPartNumberMarker")?, 5);
/// assert_eq!(advancing(None, 0, "NextPartNumberMarker")?, 0);
/// let error = advancing(Some(5), 5, "NextPartNumberMarker").unwrap_err();
/// assert_eq!(error.kind(), codec_core::ErrorKind::Paging);
/// assert_eq!(error.path(), Some("NextPartNumberMarker"));
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn advancing(current: Option<u32>, next: u32, field: &str) -> Result<u32> {
    match current {
        Some(current) if next <= current => Err(Error::paging(format!(
            "the next marker {next} does not move past this request's marker {current}"
        ))
        .with_path(field)),
        _ => Ok(next),
    }
}

/// The guard of a pager whose markers are opaque text: the next marker must differ
/// from the request's own (kind [`Paging`](crate::ErrorKind::Paging), naming `field`).
pub fn differing<'t>(current: Option<&str>, next: &'t str, field: &str) -> Result<&'t str> {
    if current == Some(next) {
        return Err(Error::paging(format!(
            "the next marker {} is this request's marker: the listing would not advance",
            crate::number::excerpt(next)
        ))
        .with_path(field));
    }
    Ok(next)
}

/// The query names of a listing that pages by a pair of markers, an object key and an
/// upload id (List Multipart Uploads: COS `key-marker`/`upload-id-marker`, QingStor
/// `key_marker`/`upload_id_marker`), and the marker text of such a request: the query
/// fragment `key=…&upload_id=…`, which [`ListRequest::marker`] gives and
/// [`ListRequest::resume_from`] reads back, since several uploads of one key share a
/// key marker.
///
/// ```
/// use codec_core::listing::MarkerPair;
///
/// const PAIR: MarkerPair = MarkerPair { key: "key-marker", upload_id: "upload-id-marker" };
/// let fragment = PAIR.fragment(Some("a b/c"), Some("1585")).unwrap();
/// assert_eq!(fragment, "key-marker=a%20b%2Fc&upload-id-marker=1585");
/// assert_eq!(PAIR.fragment(Some(""), Some("1585")), None); // no key marker: the start
///
/// assert_eq!(PAIR.read(&fragment)?, ("a b/c".to_owned(), Some("1585".to_owned())));
/// assert_eq!(PAIR.read("photos/")?, ("photos/".to_owned(), None)); // a bare key marker
/// let error = PAIR.read("key-marker=a&prefix=b").unwrap_err();
/// assert_eq!(error.path(), Some("key-marker"));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MarkerPair {
    /// The key marker's query name.
    pub key: &'static str,
    /// The upload-id marker's query name.
    pub upload_id: &'static str,
}

impl MarkerPair {
    /// The pair as the query fragment `key=…&upload_id=…` (`key=…` alone without an
    /// upload-id marker), percent-encoded as a query string encodes them; `None` when
    /// there is no key marker, or an empty one (the listing's start: the services
    /// ignore an upload-id marker then).
    pub fn fragment(&self, key: Option<&str>, upload_id: Option<&str>) -> Option<String> {
        let key = key.filter(|key| !key.is_empty())?;
        let mut fragment = crate::query::QueryWriter::with_capacity(48 + key.len());
        fragment.pair(self.key, key);
        if let Some(upload_id) = upload_id.filter(|id| !id.is_empty()) {
            fragment.pair(self.upload_id, upload_id);
        }
        Some(fragment.finish())
    }

    /// The key marker and upload-id marker of `marker`: the fragment
    /// [`fragment`](Self::fragment) writes (the key marker's name first, optionally the
    /// upload-id marker, nothing else), or a bare key marker (any text that does not
    /// start with `key=`), which has no upload-id marker. Empty text, a fragment that
    /// does not read, or one with an empty key marker is an error of kind
    /// [`InvalidValue`](crate::ErrorKind::InvalidValue) naming the key marker (a key
    /// that itself starts with `key=` must be set as the request's key marker
    /// directly).
    pub fn read(&self, marker: &str) -> Result<(String, Option<String>)> {
        let invalid = |message: String| Error::invalid_value(message).with_path(self.key);
        if marker.is_empty() {
            return Err(invalid(
                "an empty marker is no page's next marker: it would start the listing over"
                    .to_owned(),
            ));
        }
        let is_fragment = marker.strip_prefix(self.key).is_some_and(|rest| rest.starts_with('='));
        if !is_fragment {
            return Ok((marker.to_owned(), None));
        }
        let mut pairs = crate::query::parse_query(marker);
        let key = match pairs.next() {
            Some(Ok(pair)) if pair.name == self.key => pair.text(),
            Some(Err(error)) => return Err(error.with_path(self.key)),
            _ => {
                return Err(invalid(format!(
                    "the marker fragment does not start with {}",
                    self.key
                )));
            }
        };
        if key.is_empty() {
            return Err(invalid(format!("the marker fragment's {} is empty", self.key)));
        }
        let upload_id = match pairs.next() {
            None => None,
            Some(Ok(pair)) if pair.name == self.upload_id => Some(pair.text().into_owned()),
            Some(Ok(pair)) => {
                return Err(invalid(format!(
                    "the marker fragment holds {}, not {}",
                    crate::number::excerpt(&pair.name),
                    self.upload_id
                )));
            }
            Some(Err(error)) => return Err(error.with_path(self.upload_id)),
        };
        if pairs.next().is_some() {
            return Err(invalid("the marker fragment holds more than the two markers".to_owned()));
        }
        Ok((key.into_owned(), upload_id))
    }
}

/// A part-number marker given as text (a `next_marker` of the vendor-neutral model),
/// for [`ListRequest::resume_from`]: digits only, at most `max`. The error names
/// `parameter`, the request's marker.
///
/// ```
/// use codec_core::listing::part_number_marker;
/// assert_eq!(part_number_marker("42", 10_000, "part-number-marker")?, 42);
/// let error = part_number_marker("x", 10_000, "part-number-marker").unwrap_err();
/// assert_eq!(error.path(), Some("part-number-marker"));
/// # Ok::<(), codec_core::Error>(())
/// ```
pub fn part_number_marker(marker: &str, max: u32, parameter: &str) -> Result<u32> {
    crate::number::parse_in_range(marker, 0, max.into())
        .map(|number| number as u32)
        .map_err(|e| e.with_path(parameter))
}

/// Runs a whole listing from `first` and collects every item, owned, in the order the
/// pages gave them; bodies are decoded within the default [`Limits`].
///
/// `fetch` is your transport: it sends a request (its wire form is `request.encode()`,
/// or `to_target()` for the vendors whose requests are a target) and returns the
/// response body, or your transport's error. Codec errors become `E` through
/// `From<Error>`; with `E = codec_core::Error`, return a codec error from `fetch` too.
///
/// Stops at the page the vendor says is the last; fails on the first body that does not
/// decode (a service error body among them, see [`Error::is_retryable`]) and on a
/// marker that would not advance ([`ErrorKind::Paging`](crate::ErrorKind::Paging)).
pub fn list_all<R, B, E>(first: R, fetch: impl FnMut(&R) -> Result<B, E>) -> Result<Vec<R::Item>, E>
where
    R: ListRequest,
    B: AsRef<[u8]>,
    E: From<Error>,
{
    list_all_with(first, &Limits::default(), fetch)
}

/// [`list_all`] within the caller's `limits` for each body.
pub fn list_all_with<R, B, E>(
    first: R,
    limits: &Limits,
    fetch: impl FnMut(&R) -> Result<B, E>,
) -> Result<Vec<R::Item>, E>
where
    R: ListRequest,
    B: AsRef<[u8]>,
    E: From<Error>,
{
    let mut items = Vec::new();
    for_each_page(first, limits, fetch, |page: R::Page<'_>| {
        items.extend(page.into_owned_items());
        Ok(())
    })?;
    Ok(items)
}

/// Runs a whole listing from `first`, handing each page to `each` as it is decoded
/// (borrowing from its body: nothing is copied unless `each` copies it); returns how
/// many pages there were. `fetch` is as for [`list_all`]; an error from `each` stops
/// the listing and is returned.
pub fn for_each_page<R, B, E>(
    first: R,
    limits: &Limits,
    mut fetch: impl FnMut(&R) -> Result<B, E>,
    mut each: impl FnMut(R::Page<'_>) -> Result<(), E>,
) -> Result<usize, E>
where
    R: ListRequest,
    B: AsRef<[u8]>,
    E: From<Error>,
{
    let mut request = first;
    // Markers already requested: an opaque marker that comes back would page forever.
    let mut requested: HashSet<String> = HashSet::new();
    let mut pages = 0usize;
    loop {
        if let Some(marker) = request.marker() {
            requested.insert(marker.into_owned());
        }
        let body = fetch(&request)?;
        let response = R::Response::decode_with(body.as_ref(), limits)?;
        pages += 1;
        let next = request.next_request(&response)?;
        each(request.page(&response)?)?;
        let Some(next) = next else {
            return Ok(pages);
        };
        if let Some(marker) = next.marker()
            && requested.contains(marker.as_ref())
        {
            return Err(Error::paging(format!(
                "page {pages} names the next marker {}, which an earlier page gave: the \
                 listing would go round in a circle",
                crate::number::excerpt(&marker)
            ))
            .with_context(R::VENDOR, R::OPERATION)
            .into());
        }
        request = next;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{ErrorKind, Vendor};

    /// A listing whose bodies are `numbers;next` (`1,2;2` or `3;`), for the loop alone.
    #[derive(Clone, Debug)]
    struct Request<'a> {
        upload: Cow<'a, str>,
        marker: Option<Cow<'a, str>>,
    }

    struct Response<'b> {
        numbers: Vec<u32>,
        next: &'b str,
    }

    impl Codec for Request<'_> {
        const VENDOR: Vendor = Vendor::Pds;
        const OPERATION: &'static str = "list-uploaded-parts";
    }

    impl Codec for Response<'_> {
        const VENDOR: Vendor = Vendor::Pds;
        const OPERATION: &'static str = "list-uploaded-parts";
    }

    impl<'b> Decode<'b> for Response<'b> {
        fn decode_inner(input: &'b [u8], _: &Limits) -> Result<Self> {
            let text = std::str::from_utf8(input).map_err(|e| Error::syntax(e.to_string()))?;
            let (numbers, next) = text.split_once(';').ok_or_else(|| Error::syntax("no ;"))?;
            let numbers = numbers
                .split(',')
                .filter(|n| !n.is_empty())
                .map(crate::number::parse_u64)
                .map(|n| n.map(|n| n as u32))
                .collect::<Result<_>>()?;
            Ok(Response { numbers, next })
        }
    }

    impl ListRequest for Request<'_> {
        type Item = Part<'static>;
        type Response<'b> = Response<'b>;
        type Page<'m>
            = PartsPage<'m>
        where
            Self: 'm;

        fn next_request(&self, response: &Response<'_>) -> Result<Option<Self>> {
            Ok((!response.next.is_empty()).then(|| Request {
                marker: Some(Cow::Owned(response.next.to_owned())),
                ..self.clone()
            }))
        }

        fn page<'m>(&'m self, response: &'m Response<'_>) -> Result<PartsPage<'m>> {
            Ok(PartsPage {
                vendor: Vendor::Pds,
                upload_id: Some(Cow::Borrowed(&self.upload)),
                key: None,
                parts: response
                    .numbers
                    .iter()
                    .map(|&number| Part { number, etag: None, size: None, last_modified: None })
                    .collect(),
                next_marker: (!response.next.is_empty()).then_some(Cow::Borrowed(response.next)),
                truncated: None,
            })
        }

        fn marker(&self) -> Option<Cow<'_, str>> {
            self.marker.as_deref().map(Cow::Borrowed)
        }

        fn resume_from(self, marker: &str) -> Result<Self> {
            Ok(Request { marker: Some(Cow::Owned(marker.to_owned())), ..self })
        }
    }

    fn serve<const N: usize>(
        bodies: [&'static str; N],
    ) -> impl FnMut(&Request<'_>) -> Result<&'static [u8]> {
        let mut bodies = bodies.into_iter();
        move |_| bodies.next().map(str::as_bytes).ok_or_else(|| Error::syntax("no more pages"))
    }

    #[test]
    fn collects_every_page_in_order() {
        let upload = String::from("u");
        let first = Request { upload: Cow::Borrowed(&upload), marker: None };
        let parts = list_all(first, serve(["1,2;b", "3,4;c", "5;"])).unwrap();
        assert_eq!(parts.iter().map(|part| part.number).collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
    }

    #[test]
    fn hands_each_page_over_and_counts_them() {
        let first = Request { upload: Cow::Borrowed("u"), marker: None };
        let mut seen = Vec::new();
        let pages = for_each_page(first, &Limits::default(), serve(["1;b", ";"]), |page| {
            seen.push((page.upload_id.as_deref() == Some("u"), page.parts.len()));
            Ok::<(), Error>(())
        })
        .unwrap();
        assert_eq!((pages, seen), (2, vec![(true, 1), (true, 0)]));
    }

    #[test]
    fn a_marker_that_comes_back_is_a_paging_error() {
        let first = Request { upload: Cow::Borrowed("u"), marker: None };
        let error = list_all(first, serve(["1;b", "2;c", "3;b"])).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Paging);
        assert_eq!(error.vendor(), Some(Vendor::Pds));
        assert!(error.to_string().contains("page 3"), "{error}");
    }

    #[test]
    fn a_body_that_does_not_decode_stops_the_listing() {
        let first = Request { upload: Cow::Borrowed("u"), marker: None }.resume_from("a").unwrap();
        let error = list_all(first, serve(["1;b", "oops"])).unwrap_err();
        assert_eq!(error.operation(), Some("list-uploaded-parts"));
    }
}
