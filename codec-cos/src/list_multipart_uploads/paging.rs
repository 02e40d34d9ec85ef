//! The List Multipart Uploads pager: [`ListRequest`] on [`ListMultipartUploadsRequest`].
//!
//! COS chains pages with `IsTruncated` and a pair of markers: while a page says
//! `<IsTruncated>true</IsTruncated>`, the next request passes its `NextKeyMarker` as
//! `key-marker` and its `NextUploadIdMarker` as `upload-id-marker` (both
//! percent-decoded when the page is url-encoded; see
//! [`ListMultipartUploadsResult::next_markers`] for what stands in when COS leaves one
//! out). A truncated page with nowhere to go, and a pair equal to the request's own
//! (the same page forever), are errors of kind [`Paging`](codec_core::ErrorKind::Paging).

use std::borrow::Cow;

use codec_core::listing::{ListRequest, MarkerPair};
use codec_core::{Error, Result, Upload, UploadsPage, Vendor};

use super::decoded_if;
use super::response::{NextMarkers, normalize};
use crate::OPERATION_LIST_MULTIPART_UPLOADS as OPERATION;
use crate::{ListMultipartUploadsRequest, ListMultipartUploadsResult};

/// The marker pair's query names.
const MARKERS: MarkerPair = MarkerPair { key: "key-marker", upload_id: "upload-id-marker" };

impl ListMultipartUploadsRequest<'_> {
    /// Whether `response`, the answer to this request, is url-encoded: its
    /// `Encoding-Type` says so, or, when the body leaves the element out, this request
    /// asked for `url`.
    fn reads_url(&self, response: &ListMultipartUploadsResult<'_>) -> bool {
        match response.encoding_type {
            Some(_) => response.is_url_encoded(),
            None => self.is_url_encoded(),
        }
    }
}

/// The pager of List Multipart Uploads, and the page in the vendor-neutral model.
///
/// Its marker text ([`marker`](ListRequest::marker), what
/// [`resume_from`](ListRequest::resume_from) reads) names the *pair*, since many
/// uploads of one key share a key marker: the query fragment
/// `key-marker=<key>&upload-id-marker=<id>`, both percent-encoded as the request's
/// query string encodes them (`key-marker=<key>` alone when there is no upload-id
/// marker). `resume_from` also takes a bare key marker, such as a normalized page's
/// `next_marker`: pair it with the page's `next_upload_id_marker`
/// ([`with_upload_id_marker`](ListMultipartUploadsRequest::with_upload_id_marker)), or
/// the remaining uploads of that key are skipped.
///
/// ```
/// use codec_core::Decode;
/// use codec_core::listing::ListRequest;
/// use codec_cos::{EncodingType, ListMultipartUploadsRequest, ListMultipartUploadsResult};
///
/// let request = ListMultipartUploadsRequest::new()
///     .with_encoding_type(EncodingType::URL)
///     .with_page_size(2);
/// let body = b"<ListMultipartUploadsResult><Encoding-Type>url</Encoding-Type>\
///              <NextKeyMarker>a%20b</NextKeyMarker><NextUploadIdMarker>1484</NextUploadIdMarker>\
///              <IsTruncated>true</IsTruncated></ListMultipartUploadsResult>";
/// let response = ListMultipartUploadsResult::decode(body)?;
/// let next = request.next_request(&response)?.expect("the page is truncated");
/// assert_eq!((next.key_marker.as_deref(), next.upload_id_marker.as_deref()), (Some("a b"), Some("1484")));
/// assert_eq!(
///     next.to_query_string()?,
///     "uploads&encoding-type=url&max-uploads=2&key-marker=a%20b&upload-id-marker=1484"
/// );
/// assert_eq!(next.marker().as_deref(), Some("key-marker=a%20b&upload-id-marker=1484"));
///
/// let page = request.page(&response)?;
/// assert_eq!(page.next_marker.as_deref(), Some("a b"));
/// assert_eq!(page.next_upload_id_marker.as_deref(), Some("1484"));
///
/// // A listing resumed from the marker text asks for what `next` asks.
/// let resumed = request.clone().resume_from("key-marker=a%20b&upload-id-marker=1484")?;
/// assert_eq!(resumed, next);
/// // From a saved page: its two markers.
/// let resumed = request.resume_from("a b")?.with_upload_id_marker("1484");
/// assert_eq!(resumed, next);
/// # Ok::<(), codec_core::Error>(())
/// ```
impl<'a> ListRequest for ListMultipartUploadsRequest<'a> {
    type Item = Upload<'static>;
    type Response<'b> = ListMultipartUploadsResult<'b>;
    type Page<'m>
        = UploadsPage<'m>
    where
        Self: 'm;

    /// The request for the page after `response`, or `None` when `response` is the
    /// last page (`IsTruncated` false or absent). Everything but the two markers is
    /// kept; the markers are percent-decoded when the page is url-encoded (its
    /// `Encoding-Type` is `url`, or, when it has none, this request asked for `url`).
    fn next_request(&self, response: &ListMultipartUploadsResult<'_>) -> Result<Option<Self>> {
        if response.is_truncated != Some(true) {
            return Ok(None);
        }
        let Some(NextMarkers { key: (key, key_field), upload_id }) = response.next_marker_fields()
        else {
            return Err(Error::paging(
                "the page says IsTruncated but names no NextKeyMarker and holds no upload: \
                 there is no marker to go on from",
            )
            .with_path("IsTruncated")
            .with_context(Vendor::Cos, OPERATION));
        };
        let url = self.reads_url(response);
        let context = |e: Error| e.with_context(Vendor::Cos, OPERATION);
        let key = decoded_if(url, key, &key_field).map_err(context)?;
        let upload_id = upload_id
            .map(|(upload_id, field)| decoded_if(url, upload_id, &field))
            .transpose()
            .map_err(context)?;
        if self.key_marker.as_deref() == Some(key.as_ref())
            && self.upload_id_marker.as_deref() == upload_id.as_deref()
        {
            return Err(context(
                Error::paging(format!(
                    "the next markers (key {}, upload id {}) are this request's: the listing \
                     would not advance",
                    codec_core::number::excerpt(&key),
                    upload_id.as_deref().map_or_else(
                        || "none".to_owned(),
                        |id| codec_core::number::excerpt(id).to_string()
                    )
                ))
                .with_path(key_field.into_owned()),
            ));
        }
        Ok(Some(ListMultipartUploadsRequest {
            key_marker: Some(Cow::Owned(key.into_owned())),
            upload_id_marker: upload_id.map(|id| Cow::Owned(id.into_owned())),
            ..self.clone()
        }))
    }

    /// `response` normalized ([`Normalize`](codec_core::Normalize)), its text
    /// percent-decoded when it is url-encoded (its `Encoding-Type` is `url`, or, when
    /// it has none, this request asked for `url`).
    fn page<'m>(&'m self, response: &'m ListMultipartUploadsResult<'_>) -> Result<UploadsPage<'m>> {
        normalize(response, self.reads_url(response))
            .map_err(|e| e.with_context(Vendor::Cos, OPERATION))
    }

    /// The marker pair as the query fragment `key-marker=…&upload-id-marker=…`
    /// (`key-marker=…` alone without an upload-id marker), percent-encoded; `None` when
    /// the request starts at the beginning (no key marker, or an empty one: COS ignores
    /// the upload-id marker then).
    fn marker(&self) -> Option<Cow<'_, str>> {
        MARKERS
            .fragment(self.key_marker.as_deref(), self.upload_id_marker.as_deref())
            .map(Cow::Owned)
    }

    /// This request, starting after `marker`: the fragment [`marker`](Self::marker)
    /// writes (`key-marker=…`, optionally `&upload-id-marker=…`, nothing else), or a
    /// bare key marker (any text that does not start with `key-marker=`), which clears
    /// the upload-id marker. Empty text, a fragment that does not read, or one with an
    /// empty key marker is an error of kind
    /// [`InvalidValue`](codec_core::ErrorKind::InvalidValue) naming `key-marker` (a
    /// key that itself starts with `key-marker=` must go through
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
    error.with_context(Vendor::Cos, OPERATION)
}

#[cfg(test)]
mod tests {
    use codec_core::{Decode, ErrorKind};

    use super::*;
    use crate::{EncodingType, PendingUpload};

    fn truncated(
        next: Option<(&str, &str)>,
        uploads: &[(&str, &str)],
    ) -> ListMultipartUploadsResult<'static> {
        ListMultipartUploadsResult {
            next_key_marker: next.map(|(key, _)| key.to_owned().into()),
            next_upload_id_marker: next.map(|(_, id)| id.to_owned().into()),
            is_truncated: Some(true),
            uploads: uploads
                .iter()
                .map(|&(key, id)| PendingUpload {
                    key: Some(key.to_owned().into()),
                    upload_id: id.to_owned().into(),
                    ..PendingUpload::default()
                })
                .collect(),
            ..ListMultipartUploadsResult::default()
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
        let next = request
            .next_request(&truncated(Some(("a", "3")), &[("a", "2"), ("a", "3")]))
            .unwrap()
            .unwrap();
        assert_eq!(next, request.clone().with_upload_id_marker("3"));
        assert_eq!(
            next.to_query_string().unwrap(),
            "uploads&prefix=p&delimiter=%2F&max-uploads=2&key-marker=a&upload-id-marker=3"
        );
        let last = ListMultipartUploadsResult {
            is_truncated: Some(false),
            ..truncated(Some(("b", "1")), &[])
        };
        assert_eq!(next.next_request(&last).unwrap(), None);
        let absent = ListMultipartUploadsResult { is_truncated: None, ..last };
        assert_eq!(next.next_request(&absent).unwrap(), None);
    }

    #[test]
    fn without_next_markers_the_last_upload_goes_on() {
        let request = ListMultipartUploadsRequest::new();
        let next =
            request.next_request(&truncated(None, &[("a", "1"), ("b", "2")])).unwrap().unwrap();
        assert_eq!(
            (next.key_marker.as_deref(), next.upload_id_marker.as_deref()),
            (Some("b"), Some("2"))
        );
    }

    #[test]
    fn a_pair_that_does_not_move_is_a_paging_error() {
        let request =
            ListMultipartUploadsRequest::new().with_marker("a").with_upload_id_marker("1");
        for (page, path) in [
            (truncated(Some(("a", "1")), &[]), "NextKeyMarker"),
            (truncated(None, &[("a", "1")]), "Upload[0].Key"),
        ] {
            let error = request.next_request(&page).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::Paging, "{error}");
            assert_eq!(error.path(), Some(path));
            assert!(error.to_string().starts_with("cos list-multipart-uploads: "), "{error}");
        }
        // The same key with another upload id moves.
        assert!(request.next_request(&truncated(Some(("a", "2")), &[])).unwrap().is_some());
        // A key marker alone, and then the same key with an id, moves too.
        let request = ListMultipartUploadsRequest::new().with_marker("a");
        assert!(request.next_request(&truncated(Some(("a", "1")), &[])).unwrap().is_some());
    }

    #[test]
    fn a_truncated_page_with_nowhere_to_go_is_a_paging_error() {
        let error =
            ListMultipartUploadsRequest::new().next_request(&truncated(None, &[])).unwrap_err();
        assert_eq!((error.kind(), error.path()), (ErrorKind::Paging, Some("IsTruncated")));
        assert!(error.to_string().starts_with("cos list-multipart-uploads: "), "{error}");
    }

    #[test]
    fn markers_are_decoded_by_what_the_page_or_else_the_request_says() {
        let body = b"<ListMultipartUploadsResult><NextKeyMarker>a%2Bb</NextKeyMarker>\
                     <NextUploadIdMarker>1</NextUploadIdMarker><IsTruncated>true</IsTruncated>\
                     </ListMultipartUploadsResult>";
        let response = ListMultipartUploadsResult::decode(body).unwrap();
        let plain = ListMultipartUploadsRequest::new();
        let url = ListMultipartUploadsRequest::new().with_encoding_type(EncodingType::URL);
        assert_eq!(
            plain.next_request(&response).unwrap().unwrap().key_marker.as_deref(),
            Some("a%2Bb")
        );
        assert_eq!(
            url.next_request(&response).unwrap().unwrap().key_marker.as_deref(),
            Some("a+b")
        );
        assert_eq!(url.page(&response).unwrap().next_marker.as_deref(), Some("a+b"));
        // The body's own word wins: an empty Encoding-Type is no encoding.
        let body =
            b"<ListMultipartUploadsResult><Encoding-Type/><NextKeyMarker>a%2Bb</NextKeyMarker>\
                     <IsTruncated>true</IsTruncated></ListMultipartUploadsResult>";
        let response = ListMultipartUploadsResult::decode(body).unwrap();
        assert_eq!(
            url.next_request(&response).unwrap().unwrap().key_marker.as_deref(),
            Some("a%2Bb")
        );
        // A marker that does not decode names its field.
        let body = b"<ListMultipartUploadsResult><Encoding-Type>url</Encoding-Type>\
                     <NextKeyMarker>a%G1</NextKeyMarker><IsTruncated>true</IsTruncated>\
                     </ListMultipartUploadsResult>";
        let response = ListMultipartUploadsResult::decode(body).unwrap();
        let error = plain.next_request(&response).unwrap_err();
        assert_eq!(error.path(), Some("NextKeyMarker"));
        assert!(error.to_string().starts_with("cos list-multipart-uploads: "), "{error}");
        let error = plain.page(&response).unwrap_err();
        assert_eq!(error.path(), Some("NextKeyMarker"));
    }

    #[test]
    fn marker_and_resume_from_speak_one_fragment() {
        let request = ListMultipartUploadsRequest::new().with_page_size(5);
        assert_eq!(request.marker(), None);
        assert_eq!(request.clone().with_marker("").with_upload_id_marker("1").marker(), None);
        for (key, id, text) in [
            ("a b+c&d=e", Some("1/2"), "key-marker=a%20b%2Bc%26d%3De&upload-id-marker=1%2F2"),
            ("键", None, "key-marker=%E9%94%AE"),
            ("key-marker=x", Some("u"), "key-marker=key-marker%3Dx&upload-id-marker=u"),
        ] {
            let mut with = request.clone().with_marker(key);
            if let Some(id) = id {
                with = with.with_upload_id_marker(id);
            }
            assert_eq!(with.marker().as_deref(), Some(text));
            assert_eq!(request.clone().resume_from(text).unwrap(), with, "{text}");
        }
        // A bare key marker, which clears the upload-id marker.
        let resumed = request.clone().with_upload_id_marker("9").resume_from("photos/a b").unwrap();
        assert_eq!(
            (resumed.key_marker.as_deref(), resumed.upload_id_marker.as_deref()),
            (Some("photos/a b"), None)
        );
        assert_eq!(resumed.marker().as_deref(), Some("key-marker=photos%2Fa%20b"));
        for bad in [
            "",
            "key-marker=",
            "key-marker=%G1",
            "key-marker=a&upload-id-marker=%FF",
            "key-marker=a&prefix=b",
            "key-marker=a&upload-id-marker=1&x",
        ] {
            let error = request.clone().resume_from(bad).unwrap_err();
            assert!(
                matches!(error.kind(), ErrorKind::InvalidValue | ErrorKind::Syntax),
                "{bad:?}: {error}"
            );
            assert!(error.path().is_some_and(|path| path.ends_with("marker")), "{bad:?}: {error}");
            assert!(error.to_string().starts_with("cos list-multipart-uploads: "), "{error}");
        }
    }
}
