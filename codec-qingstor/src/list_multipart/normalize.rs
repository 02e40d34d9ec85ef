//! The vendor-neutral model of a List Multipart page: [`Normalize`] (the body alone)
//! and the page [`ListRequest::page`](codec_core::listing::ListRequest::page) computes
//! with the request in hand.

use std::borrow::Cow;

use codec_core::{Error, Normalize, PartsPage, Result, Timestamp, Vendor};

use crate::ListMultipartResponse;

impl Normalize for ListMultipartResponse<'_> {
    type Model<'m>
        = PartsPage<'m>
    where
        Self: 'm;

    /// The page in the vendor-neutral model, from the body alone: ETags without
    /// quotes, `created` in RFC 3339 UTC; `truncated` is `null` (QingStor never says);
    /// `next_marker` is `null` when the page has no parts or ends at part 10,000, and
    /// the last part number otherwise (the body alone cannot tell a full page from the
    /// last one: see [`next_marker`](ListMultipartResponse::next_marker)). `upload_id`
    /// and `key` are `null`: the body names neither.
    ///
    /// A listing loop wants the page as the answer to its request, which applies the
    /// request's `limit` and fills in the upload id and key:
    /// [`ListRequest::page`](codec_core::listing::ListRequest::page).
    fn normalize_inner(&self) -> Result<PartsPage<'_>> {
        normalize(self, None)
    }
}

#[cold]
fn created_error(error: codec_core::timestamp::TimestampError, index: usize) -> Error {
    Error::from(error).with_path(format!("object_parts[{index}].created"))
}

/// The page with the paging rule applied with `limit`; `upload_id` and `key` left
/// `null` for the caller to fill in.
pub(crate) fn normalize<'m>(
    response: &'m ListMultipartResponse<'_>,
    limit: Option<u32>,
) -> Result<PartsPage<'m>> {
    let source = response.parts();
    let mut parts = Vec::with_capacity(source.len());
    // Parts uploaded in the same second share their `created` text (two of the three
    // in the documented example, all three in the Python SDK's test): such a run is
    // parsed once.
    let mut previous: Option<(&str, Option<Timestamp>)> = None;
    for (index, part) in source.iter().enumerate() {
        let last_modified = match (part.created.as_deref(), previous) {
            (None, _) => None,
            (Some(text), Some((seen, time))) if text == seen => time,
            // `parse_timestamp` directly rather than `created_time`: fewer wrappers
            // around the date's packed layout (about a third of the cost of a parse).
            (Some(text), _) => match codec_core::timestamp::parse_timestamp(text) {
                Ok(time) => {
                    let time = Some(Timestamp(time));
                    previous = Some((text, time));
                    time
                }
                Err(error) => return Err(created_error(error, index)),
            },
        };
        parts.push(codec_core::Part {
            number: part.part_number,
            etag: part.etag.as_ref().map(|etag| Cow::Borrowed(etag.value())),
            size: part.size,
            last_modified,
        });
    }
    Ok(PartsPage {
        vendor: Vendor::Qingstor,
        upload_id: None,
        key: None,
        parts,
        next_marker: response.next_marker(limit).map(|marker| Cow::Owned(marker.to_string())),
        // QingStor's body has no truncation flag: the model's `truncated` is the
        // vendor's word, and QingStor gives none.
        truncated: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::UploadedPart;

    fn page(numbers: &[u32]) -> ListMultipartResponse<'static> {
        ListMultipartResponse::from_parts(
            numbers
                .iter()
                .map(|&part_number| UploadedPart { part_number, ..UploadedPart::default() })
                .collect(),
        )
    }

    #[test]
    fn the_paging_rule() {
        assert_eq!(page(&[]).next_marker(None), None);
        assert_eq!(page(&[]).next_marker(Some(5)), None);
        assert_eq!(ListMultipartResponse::default().next_marker(None), None);
        assert_eq!(page(&[0]).next_marker(None), Some(0));
        assert_eq!(page(&[0, 1]).next_marker(Some(2)), Some(1));
        assert_eq!(page(&[0, 1]).next_marker(Some(3)), None);
        assert_eq!(page(&[1, 2, 3]).next_marker(Some(0)), Some(3));
        assert_eq!(page(&[9_999, 10_000]).next_marker(None), None);
        assert_eq!(page(&[9_998, 9_999]).next_marker(Some(2)), Some(9_999));
    }

    #[test]
    fn runs_of_equal_dates_normalize_like_any_other() {
        let dates = [Some("2015-08-16T14:52:12Z"), Some("2015-08-16T14:52:12Z"), None];
        let more = [Some("2015-08-16T14:52:12Z"), Some("2015-08-16T22:52:16+08:00")];
        let parts = dates
            .into_iter()
            .chain(more)
            .chain([Some("2015-08-16T14:52:12Z"), Some("not a date")])
            .enumerate()
            .map(|(number, created)| UploadedPart {
                part_number: number as u32,
                created: created.map(Cow::Borrowed),
                ..UploadedPart::default()
            })
            .collect::<Vec<_>>();
        let response = ListMultipartResponse::from_parts(parts[..6].to_vec());
        let page = response.normalize().unwrap();
        for (normalized, part) in page.parts.iter().zip(response.parts()) {
            assert_eq!(normalized.last_modified, part.created_time().unwrap());
        }
        let error = ListMultipartResponse::from_parts(parts).normalize().unwrap_err();
        assert_eq!(error.path(), Some("object_parts[6].created"));
    }

    #[test]
    fn truncated_is_never_said_and_next_marker_follows_the_rule() {
        let full = page(&[1, 2]);
        let normalized = full.normalize().unwrap();
        assert_eq!((normalized.next_marker.as_deref(), normalized.truncated), (Some("2"), None));
        let normalized = normalize(&full, Some(3)).unwrap();
        assert_eq!((normalized.next_marker, normalized.truncated), (None, None));
        for empty in [page(&[]), ListMultipartResponse::default(), page(&[10_000])] {
            let normalized = empty.normalize().unwrap();
            assert_eq!((normalized.next_marker, normalized.truncated), (None, None));
        }
    }
}
