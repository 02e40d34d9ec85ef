//! The List Multipart Uploads pager: [`ListRequest`] on [`ListMultipartUploadsRequest`].
//!
//! QingStor chains pages with a pair of markers: the next request passes a page's
//! `next_key_marker` as `key_marker` and its `next_upload_id_marker` as
//! `upload_id_marker`, until `has_more` is `false` or `next_key_marker` is empty
//! ([`ListMultipartUploadsResponse::next_markers`]). A page that says `has_more` with
//! nowhere to go, and a pair equal to the request's own (the same page forever), are
//! errors of kind [`Paging`](codec_core::ErrorKind::Paging).

use std::borrow::Cow;

use codec_core::listing::{ListRequest, MarkerPair, differing};
use codec_core::{Error, Result, Upload, UploadsPage, Vendor};

use super::response::normalize;
use crate::OPERATION_LIST_MULTIPART_UPLOADS as OPERATION;
use crate::{ListMultipartUploadsRequest, ListMultipartUploadsResponse};

/// The marker pair's query names.
const MARKERS: MarkerPair = MarkerPair { key: "key_marker", upload_id: "upload_id_marker" };

/// The pager of List Multipart Uploads, and the page in the vendor-neutral model.
///
/// Its marker text ([`marker`](ListRequest::marker), what
/// [`resume_from`](ListRequest::resume_from) reads) names the *pair*, since several
/// uploads of one object name share a key marker: the query fragment
/// `key_marker=<name>&upload_id_marker=<id>`, both percent-encoded as the request's
/// query string encodes them (`key_marker=<name>` alone when there is no upload-id
/// marker). `resume_from` also takes a bare key marker, such as a normalized page's
/// `next_marker`; add the page's `next_upload_id_marker` with
/// [`with_upload_id_marker`](ListMultipartUploadsRequest::with_upload_id_marker).
///
/// ```
/// use codec_core::Decode;
/// use codec_core::listing::ListRequest;
/// use codec_qingstor::{ListMultipartUploadsRequest, ListMultipartUploadsResponse};
///
/// let request = ListMultipartUploadsRequest::new().with_prefix("Movies/").with_page_size(2);
/// let response = ListMultipartUploadsResponse::decode(
///     br#"{"uploads":[{"key":"Movies/a b.mp4","upload_id":"07ae9cab"},
///                     {"key":"Movies/a b.mp4","upload_id":"9f58a11f"}],
///          "next_key_marker":"Movies/a b.mp4","next_upload_id_marker":"9f58a11f","has_more":true}"#,
/// )?;
/// let next = request.next_request(&response)?.expect("has_more");
/// assert_eq!(
///     next.to_target()?,
///     "/?uploads&prefix=Movies%2F&limit=2&key_marker=Movies%2Fa%20b.mp4&upload_id_marker=9f58a11f"
/// );
/// assert_eq!(next.marker().as_deref(), Some("key_marker=Movies%2Fa%20b.mp4&upload_id_marker=9f58a11f"));
///
/// let page = request.page(&response)?;
/// assert_eq!(page.next_marker.as_deref(), Some("Movies/a b.mp4"));
/// assert_eq!(page.next_upload_id_marker.as_deref(), Some("9f58a11f"));
///
/// // A listing resumed from the marker text asks for what `next` asks.
/// let resumed = request.clone().resume_from("key_marker=Movies%2Fa%20b.mp4&upload_id_marker=9f58a11f")?;
/// assert_eq!(resumed, next);
/// // From a saved page: its two markers.
/// let resumed = request.resume_from("Movies/a b.mp4")?.with_upload_id_marker("9f58a11f");
/// assert_eq!(resumed, next);
/// # Ok::<(), codec_core::Error>(())
/// ```
impl<'a> ListRequest for ListMultipartUploadsRequest<'a> {
    type Item = Upload<'static>;
    type Response<'b> = ListMultipartUploadsResponse<'b>;
    type Page<'m>
        = UploadsPage<'m>
    where
        Self: 'm;

    /// The request for the page after `response`, or `None` when `response` is the
    /// last page (`has_more` false, or `next_key_marker` empty or absent). Everything
    /// but the two markers is kept: `key_marker` becomes `next_key_marker`,
    /// `upload_id_marker` becomes `next_upload_id_marker` (or goes, when that is empty).
    ///
    /// Errors of kind [`Paging`](codec_core::ErrorKind::Paging), path
    /// `next_key_marker`: a page that says `has_more: true` and names no
    /// `next_key_marker` (ending there could leave uploads out), and a pair equal to
    /// this request's own.
    fn next_request(&self, response: &ListMultipartUploadsResponse<'_>) -> Result<Option<Self>> {
        let Some((key, upload_id)) = response.next_markers() else {
            if response.has_more == Some(true) {
                return Err(context(
                    Error::paging(
                        "the page says has_more but names no next_key_marker: there is no \
                         marker to go on from",
                    )
                    .with_path("next_key_marker"),
                ));
            }
            return Ok(None);
        };
        let own_upload_id = self.upload_id_marker.as_deref().filter(|id| !id.is_empty());
        if own_upload_id == upload_id {
            differing(self.key_marker.as_deref(), key, "next_key_marker").map_err(context)?;
        }
        Ok(Some(ListMultipartUploadsRequest {
            key_marker: Some(Cow::Owned(key.to_owned())),
            upload_id_marker: upload_id.map(|id| Cow::Owned(id.to_owned())),
            ..self.clone()
        }))
    }

    /// `response` normalized ([`Normalize`](codec_core::Normalize)): QingStor's page
    /// needs nothing from the request.
    fn page<'m>(
        &'m self,
        response: &'m ListMultipartUploadsResponse<'_>,
    ) -> Result<UploadsPage<'m>> {
        normalize(response).map_err(context)
    }

    /// The marker pair as the query fragment `key_marker=…&upload_id_marker=…`
    /// (`key_marker=…` alone without an upload-id marker), percent-encoded; `None`
    /// when the request starts at the beginning (no key marker, or an empty one).
    fn marker(&self) -> Option<Cow<'_, str>> {
        MARKERS
            .fragment(self.key_marker.as_deref(), self.upload_id_marker.as_deref())
            .map(Cow::Owned)
    }

    /// This request, starting after `marker`: the fragment [`marker`](Self::marker)
    /// writes (`key_marker=…`, optionally `&upload_id_marker=…`, nothing else), or a
    /// bare key marker (any text that does not start with `key_marker=`), which clears
    /// the upload-id marker. Empty text, a fragment that does not read, or one with an
    /// empty key marker is an error of kind
    /// [`InvalidValue`](codec_core::ErrorKind::InvalidValue) naming `key_marker` (an
    /// object name that itself starts with `key_marker=` must go through
    /// [`with_marker`](ListMultipartUploadsRequest::with_marker)).
    fn resume_from(self, marker: &str) -> Result<Self> {
        let (key, upload_id) = MARKERS.read(marker).map_err(context)?;
        Ok(ListMultipartUploadsRequest {
            key_marker: Some(Cow::Owned(key)),
            upload_id_marker: upload_id.map(Cow::Owned),
            ..self
        })
    }
}

fn context(error: Error) -> Error {
    error.with_context(Vendor::Qingstor, OPERATION)
}

#[cfg(test)]
mod tests {
    use codec_core::ErrorKind;

    use super::*;
    use crate::PendingUpload;

    fn page(
        next: Option<(&str, &str)>,
        has_more: Option<bool>,
    ) -> ListMultipartUploadsResponse<'static> {
        ListMultipartUploadsResponse {
            next_key_marker: next.map(|(key, _)| key.to_owned().into()),
            next_upload_id_marker: next.map(|(_, id)| id.to_owned().into()),
            has_more,
            uploads: Some(Some(vec![PendingUpload {
                key: Some("a".into()),
                upload_id: "1".into(),
                ..PendingUpload::default()
            }])),
            ..ListMultipartUploadsResponse::default()
        }
    }

    #[test]
    fn the_pager_follows_the_marker_pair_and_keeps_the_rest() {
        let request = ListMultipartUploadsRequest::new()
            .with_prefix("p")
            .with_delimiter("/")
            .with_page_size(2)
            .with_marker("a")
            .with_upload_id_marker("1");
        let next = request.next_request(&page(Some(("a", "3")), Some(true))).unwrap().unwrap();
        assert_eq!(next, request.clone().with_upload_id_marker("3"));
        assert_eq!(
            next.to_query_string().unwrap(),
            "uploads&prefix=p&delimiter=%2F&limit=2&key_marker=a&upload_id_marker=3"
        );
        // Without `has_more`, the next key marker decides; an empty upload id is none.
        let next = next.next_request(&page(Some(("b", "")), None)).unwrap().unwrap();
        assert_eq!(
            (next.key_marker.as_deref(), next.upload_id_marker.as_deref()),
            (Some("b"), None)
        );
        // The end: `has_more` false, or no next key marker.
        assert_eq!(next.next_request(&page(Some(("c", "9")), Some(false))).unwrap(), None);
        assert_eq!(next.next_request(&page(Some(("", "9")), None)).unwrap(), None);
        assert_eq!(next.next_request(&page(None, None)).unwrap(), None);
        assert_eq!(next.next_request(&page(None, Some(false))).unwrap(), None);
    }

    #[test]
    fn a_pair_that_does_not_move_or_has_more_without_a_marker_is_a_paging_error() {
        let request =
            ListMultipartUploadsRequest::new().with_marker("a").with_upload_id_marker("1");
        for response in [
            page(Some(("a", "1")), Some(true)),
            page(None, Some(true)),
            page(Some(("", "")), Some(true)),
        ] {
            let error = request.next_request(&response).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::Paging, "{error}");
            assert_eq!(error.path(), Some("next_key_marker"));
            assert!(error.to_string().starts_with("qingstor list-multipart-uploads: "), "{error}");
        }
        // The same name with another upload id moves, and so does a name alone after
        // a pair.
        assert!(request.next_request(&page(Some(("a", "2")), Some(true))).unwrap().is_some());
        assert!(request.next_request(&page(Some(("a", "")), Some(true))).unwrap().is_some());
        let bare = ListMultipartUploadsRequest::new().with_marker("a");
        assert!(bare.next_request(&page(Some(("a", "")), None)).is_err());
        assert!(bare.with_upload_id_marker("").next_request(&page(Some(("a", "")), None)).is_err());
    }

    #[test]
    fn marker_and_resume_from_speak_one_fragment() {
        let request = ListMultipartUploadsRequest::new().with_page_size(5);
        assert_eq!(request.marker(), None);
        assert_eq!(request.clone().with_marker("").with_upload_id_marker("1").marker(), None);
        for (key, id, text) in [
            ("a b+c&d=e", Some("1/2"), "key_marker=a%20b%2Bc%26d%3De&upload_id_marker=1%2F2"),
            ("键", None, "key_marker=%E9%94%AE"),
            ("key_marker=x", Some("u"), "key_marker=key_marker%3Dx&upload_id_marker=u"),
        ] {
            let mut with = request.clone().with_marker(key);
            if let Some(id) = id {
                with = with.with_upload_id_marker(id);
            }
            assert_eq!(with.marker().as_deref(), Some(text));
            assert_eq!(request.clone().resume_from(text).unwrap(), with, "{text}");
        }
        let resumed = request.clone().with_upload_id_marker("9").resume_from("Movies/a b").unwrap();
        assert_eq!(
            (resumed.key_marker.as_deref(), resumed.upload_id_marker.as_deref()),
            (Some("Movies/a b"), None)
        );
        for bad in [
            "",
            "key_marker=",
            "key_marker=%G1",
            "key_marker=a&upload_id_marker=%FF",
            "key_marker=a&prefix=b",
            "key_marker=a&upload_id_marker=1&x",
        ] {
            let error = request.clone().resume_from(bad).unwrap_err();
            assert!(
                matches!(error.kind(), ErrorKind::InvalidValue | ErrorKind::Syntax),
                "{bad:?}: {error}"
            );
            assert!(error.path().is_some_and(|path| path.ends_with("marker")), "{bad:?}: {error}");
            assert!(error.to_string().starts_with("qingstor list-multipart-uploads: "), "{error}");
        }
    }
}
