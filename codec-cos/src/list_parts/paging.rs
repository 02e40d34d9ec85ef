//! The List Parts pager: [`ListRequest`] on [`ListPartsRequest`].
//!
//! COS chains pages with `IsTruncated` and `NextPartNumberMarker`: while a page says
//! `<IsTruncated>true</IsTruncated>`, the next request passes its
//! `NextPartNumberMarker` as `part-number-marker` (or, should COS leave the marker out,
//! the number of the page's last part, as COS's SDKs do). A page that is truncated
//! but names neither cannot be followed, and a marker that does not move past the
//! request's own would fetch the same page forever: both are errors of kind
//! [`Paging`](codec_core::ErrorKind::Paging).

use std::borrow::Cow;

use codec_core::listing::{ListRequest, advancing, part_number_marker};
use codec_core::{Error, Normalize, Part, PartsPage, Result, Vendor};

use crate::{ListPartsRequest, ListPartsResult, MAX_PART_NUMBER, OPERATION_LIST_PARTS};

/// The pager of List Parts, and the page in the vendor-neutral model.
///
/// ```
/// use codec_core::Decode;
/// use codec_core::listing::ListRequest;
/// use codec_cos::{ListPartsRequest, ListPartsResult};
///
/// let request = ListPartsRequest::new("1585").with_page_size(1);
/// let body = b"<ListPartsResult><Part><PartNumber>1</PartNumber></Part>\
///              <NextPartNumberMarker>1</NextPartNumberMarker>\
///              <IsTruncated>true</IsTruncated></ListPartsResult>";
/// let response = ListPartsResult::decode(body)?;
/// let next = request.next_request(&response)?.expect("the page is truncated");
/// assert_eq!(next.part_number_marker, Some(1));
/// assert_eq!(next.marker().as_deref(), Some("1"));
///
/// let page = request.page(&response)?;
/// assert_eq!(page.upload_id.as_deref(), Some("1585")); // from the request
/// assert_eq!(page.next_marker.as_deref(), Some("1"));
///
/// // A listing resumed from a saved page's `next_marker` asks for what `next` asks.
/// let resumed = ListPartsRequest::new("1585").with_page_size(1).resume_from("1")?;
/// assert_eq!(resumed, next);
/// # Ok::<(), codec_core::Error>(())
/// ```
impl<'a> ListRequest for ListPartsRequest<'a> {
    type Item = Part<'static>;
    type Response<'b> = ListPartsResult<'b>;
    type Page<'m>
        = PartsPage<'m>
    where
        Self: 'm;

    /// The request for the page after `response`, or `None` when `response` is the
    /// last page (`IsTruncated` false or absent). Everything but
    /// `part-number-marker` is kept.
    fn next_request(&self, response: &ListPartsResult<'_>) -> Result<Option<Self>> {
        if response.is_truncated != Some(true) {
            return Ok(None);
        }
        let (marker, field) = match (response.next_part_number_marker, response.parts.last()) {
            (Some(marker), _) => (marker, Cow::Borrowed("NextPartNumberMarker")),
            (None, Some(last)) => (
                last.part_number,
                Cow::Owned(format!("Part[{}].PartNumber", response.parts.len() - 1)),
            ),
            (None, None) => {
                return Err(Error::paging(
                    "the page says IsTruncated but names no NextPartNumberMarker and holds \
                     no part: there is no marker to go on from",
                )
                .with_path("IsTruncated")
                .with_context(Vendor::Cos, OPERATION_LIST_PARTS));
            }
        };
        let marker = advancing(self.part_number_marker, marker, &field)
            .map_err(|e| e.with_context(Vendor::Cos, OPERATION_LIST_PARTS))?;
        Ok(Some(ListPartsRequest { part_number_marker: Some(marker), ..self.clone() }))
    }

    /// `response` normalized ([`Normalize`]), with the upload id and key this request
    /// names where the body leaves them out.
    fn page<'m>(&'m self, response: &'m ListPartsResult<'_>) -> Result<PartsPage<'m>> {
        Ok(response.normalize()?.named_by(Some(&self.upload_id), self.key.as_deref()))
    }

    /// `part-number-marker` in decimal, as the model's `next_marker` spells it.
    fn marker(&self) -> Option<Cow<'_, str>> {
        self.part_number_marker.map(|marker| Cow::Owned(marker.to_string()))
    }

    /// This request with `part-number-marker` set to `marker`, which must be a part
    /// number COS can send: decimal digits, 0 to 10,000.
    fn resume_from(self, marker: &str) -> Result<Self> {
        let marker = part_number_marker(marker, MAX_PART_NUMBER, "part-number-marker")
            .map_err(|e| e.with_context(Vendor::Cos, OPERATION_LIST_PARTS))?;
        Ok(self.with_marker(marker))
    }
}

#[cfg(test)]
mod tests {
    use codec_core::{Decode, ErrorKind};

    use super::*;
    use crate::UploadedPart;

    fn truncated(next: Option<u32>, parts: &[u32]) -> ListPartsResult<'static> {
        ListPartsResult {
            parts: parts
                .iter()
                .map(|&part_number| UploadedPart { part_number, ..UploadedPart::default() })
                .collect(),
            next_part_number_marker: next,
            is_truncated: Some(true),
            ..ListPartsResult::default()
        }
    }

    #[test]
    fn the_pager_follows_next_part_number_marker_and_keeps_the_rest() {
        let request = ListPartsRequest::new("u").with_key("k").with_page_size(2).with_marker(2);
        let next = request.next_request(&truncated(Some(4), &[3, 4])).unwrap().unwrap();
        assert_eq!(next, ListPartsRequest { part_number_marker: Some(4), ..request.clone() });
        assert_eq!(next.to_target().unwrap(), "/k?uploadId=u&max-parts=2&part-number-marker=4");
        let last = ListPartsResult { is_truncated: Some(false), ..truncated(Some(6), &[5, 6]) };
        assert_eq!(next.next_request(&last).unwrap(), None);
        let absent = ListPartsResult { is_truncated: None, ..last };
        assert_eq!(next.next_request(&absent).unwrap(), None);
    }

    #[test]
    fn without_a_next_marker_the_last_part_number_goes_on() {
        let request = ListPartsRequest::new("u");
        let next = request.next_request(&truncated(None, &[1, 2, 3])).unwrap().unwrap();
        assert_eq!(next.part_number_marker, Some(3));
    }

    #[test]
    fn a_marker_that_does_not_move_is_a_paging_error() {
        let request = ListPartsRequest::new("u").with_marker(5);
        for (page, path) in [
            (truncated(Some(5), &[5]), "NextPartNumberMarker"),
            (truncated(Some(3), &[]), "NextPartNumberMarker"),
            (truncated(None, &[4, 5]), "Part[1].PartNumber"),
        ] {
            let error = request.next_request(&page).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::Paging, "{error}");
            assert_eq!(error.path(), Some(path));
            assert_eq!(
                (error.vendor(), error.operation()),
                (Some(Vendor::Cos), Some("list-parts"))
            );
        }
    }

    #[test]
    fn a_truncated_page_with_nowhere_to_go_is_a_paging_error() {
        let error = ListPartsRequest::new("u").next_request(&truncated(None, &[])).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Paging);
        assert_eq!(error.path(), Some("IsTruncated"));
        assert!(error.to_string().starts_with("cos list-parts: "), "{error}");
    }

    #[test]
    fn the_page_takes_what_the_body_leaves_out_from_the_request() {
        let request = ListPartsRequest::new("u").with_key("a b");
        let body = b"<ListPartsResult><Part><PartNumber>7</PartNumber><ETag>\"e\"</ETag></Part>\
                     <NextPartNumberMarker>7</NextPartNumberMarker><IsTruncated>true</IsTruncated>\
                     </ListPartsResult>";
        let response = ListPartsResult::decode(body).unwrap();
        let page = request.page(&response).unwrap();
        assert_eq!(page.upload_id.as_deref(), Some("u"));
        assert_eq!(page.key.as_deref(), Some("a b"));
        assert_eq!(page.parts[0].etag.as_deref(), Some("e"));
        assert_eq!((page.next_marker.as_deref(), page.truncated), (Some("7"), Some(true)));

        // What the body says wins over the request.
        let body = b"<ListPartsResult><Key>x</Key><UploadId>v</UploadId></ListPartsResult>";
        let response = ListPartsResult::decode(body).unwrap();
        let page = request.page(&response).unwrap();
        assert_eq!((page.upload_id.as_deref(), page.key.as_deref()), (Some("v"), Some("x")));
        assert_eq!(page.next_marker, None);
    }

    #[test]
    fn a_page_whose_date_does_not_read_names_the_field() {
        let body = b"<ListPartsResult><Part><PartNumber>1</PartNumber>\
                     <LastModified>yesterday</LastModified></Part></ListPartsResult>";
        let response = ListPartsResult::decode(body).unwrap();
        let error = ListPartsRequest::new("u").page(&response).unwrap_err();
        assert_eq!(error.path(), Some("Part[0].LastModified"));
        assert_eq!(error.vendor(), Some(Vendor::Cos));
    }

    #[test]
    fn marker_and_resume_from_speak_the_models_text() {
        let request = ListPartsRequest::new("u");
        assert_eq!(request.marker(), None);
        let resumed = request.clone().resume_from("42").unwrap();
        assert_eq!(resumed.part_number_marker, Some(42));
        assert_eq!(resumed.marker().as_deref(), Some("42"));
        assert_eq!(request.clone().resume_from("0").unwrap().marker().as_deref(), Some("0"));
        assert_eq!(request.clone().resume_from("10000").unwrap().part_number_marker, Some(10_000));
        for bad in ["", "x", "-1", "+1", " 1", "1.0", "10001", "99999999999", "０"] {
            let error = request.clone().resume_from(bad).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::InvalidValue, "{bad:?}: {error}");
            assert_eq!(error.path(), Some("part-number-marker"), "{bad:?}");
            assert!(error.to_string().starts_with("cos list-parts: "), "{error}");
        }
    }
}
