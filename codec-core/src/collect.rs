//! The part collector: what a resumed upload needs from a listing ("these parts are
//! there; upload the rest, then complete").
//!
//! Feed a [`PartCollector`] the [`PartsPage`]s of one upload, in any order. It keeps each
//! part number once (the same number twice with the same ETag is one part; with two
//! ETags it is an error naming the number and both ETags), notices a page that repeats
//! one already fed or runs backwards ([`PageReport`]), lists the part numbers missing
//! from a range you expect ([`missing`](PartCollector::missing)) and gives the parts in
//! ascending order. Each vendor crate turns collected parts into its Complete request
//! under its own [`CompleteRules`].
//!
//! ```
//! use codec_core::collect::{CompleteRules, PartCollector};
//! use codec_core::{Part, PartsPage, Vendor};
//!
//! fn page(numbers: &[u32]) -> PartsPage<'static> {
//!     PartsPage {
//!         vendor: Vendor::Cos,
//!         upload_id: Some("1585".into()),
//!         key: Some("photo.jpg".into()),
//!         parts: numbers
//!             .iter()
//!             .map(|&number| Part {
//!                 number,
//!                 etag: Some(format!("etag-{number}").into()),
//!                 size: Some(1 << 20),
//!                 last_modified: None,
//!             })
//!             .collect(),
//!         next_marker: None,
//!         truncated: None,
//!     }
//! }
//!
//! let mut collector = PartCollector::new();
//! collector.add(&page(&[4, 5]))?;
//! collector.add(&page(&[1, 2]))?;                      // any order
//! assert!(collector.add(&page(&[1, 2]))?.repeated);    // noticed, not counted twice
//! assert_eq!(collector.missing(1..=5), [3]);           // upload part 3, then complete
//!
//! let cos = CompleteRules { first_number: 1, gaps_allowed: false, etag_required: true };
//! let error = collector.complete_parts(&cos).unwrap_err();
//! assert_eq!(error.to_string(), "invalid value, field parts: part 3 is missing (the parts must run from 1 without a gap)");
//!
//! collector.add(&page(&[3]))?;
//! let parts = collector.complete_parts(&cos)?;
//! assert_eq!(parts.iter().map(|part| part.number).collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
//! assert_eq!(collector.upload_id(), Some("1585"));
//! # Ok::<(), codec_core::Error>(())
//! ```

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt::Write;
use std::ops::RangeInclusive;

use crate::model::{CompletePart, Part, PartsPage, Vendor};
use crate::number::excerpt;
use crate::{Error, Result};

/// How many part numbers an error message names before it gives a count.
const NAMED: usize = 10;

/// Part numbers missing from a range: the first few, and how many in all
/// ([`PartCollector::missing_summary`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Missing {
    /// The first ten missing numbers, ascending (all of them when there are fewer).
    pub first: Vec<u32>,
    /// How many numbers are missing in all.
    pub count: u64,
}

impl Missing {
    /// Whether nothing is missing.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// `part 3 is`, `parts 3, 5 and 9 are`, `parts 1, 2, …, 10 and 990 more are`: the
    /// numbers as an error message names them, `noun` in front.
    pub fn describe(&self, noun: &str) -> String {
        counted_numbers(noun, &self.first, self.count)
    }
}

/// The parts of one upload, gathered from its listing pages.
#[derive(Clone, Debug, Default)]
pub struct PartCollector {
    vendor: Option<Vendor>,
    upload_id: Option<String>,
    key: Option<String>,
    parts: BTreeMap<u32, Part<'static>>,
    /// The last part number of the page fed last, to notice a page that runs backwards.
    last_page_end: Option<u32>,
    pages: usize,
}

/// What [`PartCollector::add`] noticed about a page.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PageReport {
    /// How many of the page's parts were new.
    pub new_parts: usize,
    /// The page holds parts and every one was already collected: a page fed twice (or a
    /// pager that served the same page again).
    pub repeated: bool,
    /// The page starts at or before the end of the page fed before it: pages fed out of
    /// order, or a listing that went backwards.
    pub backwards: bool,
}

/// What a vendor's Complete request demands of the collected parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CompleteRules {
    /// The first part number (0 for UFile, whose parts are positions; 1 for COS, PDS).
    pub first_number: u32,
    /// Whether part numbers may skip (QingStor, PDS) or must run without a gap from
    /// `first_number` (UFile pairs ETags with positions; COS answers `InvalidPart`).
    pub gaps_allowed: bool,
    /// Whether every part needs its ETag in the request.
    pub etag_required: bool,
}

impl PartCollector {
    /// An empty collector.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a page's parts.
    ///
    /// Fails, leaving the collector as it was, when a part number comes with an ETag
    /// other than the one already collected for it, or when the page names another
    /// vendor, upload id or key than the pages before it.
    pub fn add(&mut self, page: &PartsPage<'_>) -> Result<PageReport> {
        self.check_same("vendor", self.vendor.map(Vendor::as_str), Some(page.vendor.as_str()))?;
        self.check_same("upload_id", self.upload_id.as_deref(), page.upload_id.as_deref())?;
        self.check_same("key", self.key.as_deref(), page.key.as_deref())?;
        // Every part is checked before any is added, so that a failed page adds nothing.
        for (index, part) in page.parts.iter().enumerate() {
            if let Some(error) = self.conflict(part) {
                return Err(error.with_path(format!("parts[{index}].etag")));
            }
        }
        let mut report = PageReport::default();
        for part in &page.parts {
            // No conflict is left (checked above): a known part only gains what this page
            // adds (a listing that left out a field another page gave).
            if self.add_part(part.clone())? {
                report.new_parts += 1;
            }
        }
        report.repeated = !page.parts.is_empty() && report.new_parts == 0;
        let first = page.parts.iter().map(|part| part.number).min();
        report.backwards =
            matches!((first, self.last_page_end), (Some(first), Some(end)) if first <= end);
        if let Some(last) = page.parts.iter().map(|part| part.number).max() {
            self.last_page_end = Some(last);
        }
        self.vendor = Some(page.vendor);
        self.upload_id =
            self.upload_id.take().or_else(|| page.upload_id.as_deref().map(Into::into));
        self.key = self.key.take().or_else(|| page.key.as_deref().map(Into::into));
        self.pages += 1;
        Ok(report)
    }

    /// Adds one part the caller knows of without a page: one it has just uploaded, with
    /// the ETag the upload answered. Returns whether the part was new. The same number
    /// with another ETag is an error, as in [`add`](Self::add) (upload a part again and
    /// its ETag changes: collect the pages again rather than mix the two).
    ///
    /// ```
    /// use codec_core::Part;
    /// use codec_core::collect::PartCollector;
    ///
    /// let mut collector = PartCollector::new();
    /// let part = Part { number: 3, etag: Some("e3".into()), size: None, last_modified: None };
    /// assert!(collector.add_part(part.clone())?);
    /// assert!(!collector.add_part(part)?);
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn add_part(&mut self, part: Part<'_>) -> Result<bool> {
        if let Some(error) = self.conflict(&part) {
            return Err(error.with_path("etag"));
        }
        if let Some(known) = self.parts.get_mut(&part.number) {
            known.etag = known.etag.take().or_else(|| part.etag.map(owned));
            known.size = known.size.or(part.size);
            known.last_modified = known.last_modified.or(part.last_modified);
            return Ok(false);
        }
        self.parts.insert(part.number, part.into_owned());
        Ok(true)
    }

    /// The error for `part` when a part of its number was collected with another ETag.
    fn conflict(&self, part: &Part<'_>) -> Option<Error> {
        let known = self.parts.get(&part.number)?;
        match (known.etag.as_deref(), part.etag.as_deref()) {
            (Some(known), Some(new)) if known != new => Some(Error::invalid_value(format!(
                "part {} has two ETags: {} and {}",
                part.number,
                excerpt(known),
                excerpt(new)
            ))),
            _ => None,
        }
    }

    fn check_same(&self, field: &str, known: Option<&str>, page: Option<&str>) -> Result<()> {
        match (known, page) {
            (Some(known), Some(page)) if known != page => Err(Error::invalid_value(format!(
                "the page is for {field} {}, the pages before it for {}: pages of two \
                 uploads cannot be collected together",
                excerpt(page),
                excerpt(known)
            ))
            .with_path(field)),
            _ => Ok(()),
        }
    }

    /// The part numbers of `expected` that no page has given, ascending.
    ///
    /// The list is as long as the gaps are: for a range you do not bound yourself (a
    /// count from a command line, the highest number a page gave),
    /// [`missing_summary`](Self::missing_summary) names the first few and counts the
    /// rest without listing them.
    pub fn missing(&self, expected: RangeInclusive<u32>) -> Vec<u32> {
        expected.filter(|number| !self.parts.contains_key(number)).collect()
    }

    /// The part numbers of `expected` that no page has given: the first ten, ascending,
    /// and how many in all. It walks the gaps between the collected parts, so its cost
    /// follows the number of parts, not the width of the range (`0..=u32::MAX` is cheap).
    ///
    /// ```
    /// use codec_core::Part;
    /// use codec_core::collect::PartCollector;
    ///
    /// let mut collector = PartCollector::new();
    /// for number in [0, u32::MAX] {
    ///     collector.add_part(Part { number, etag: None, size: None, last_modified: None })?;
    /// }
    /// let missing = collector.missing_summary(0..=u32::MAX);
    /// assert_eq!((missing.first.len(), missing.count), (10, u64::from(u32::MAX) - 1));
    /// assert_eq!(missing.describe("part"), "parts 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 4294967284 more");
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn missing_summary(&self, expected: RangeInclusive<u32>) -> Missing {
        let (start, end) = (u64::from(*expected.start()), u64::from(*expected.end()));
        let mut missing = Missing::default();
        if start > end {
            return missing;
        }
        let mut gap = |from: u64, to: u64| {
            // `from..to` is missing.
            if from < to {
                missing.count += to - from;
                let room = (NAMED - missing.first.len()) as u64;
                for number in from..to.min(from + room) {
                    missing.first.push(number as u32);
                }
            }
        };
        let mut next = start;
        for &number in self.parts.range(expected).map(|(number, _)| number) {
            gap(next, u64::from(number));
            next = u64::from(number) + 1;
        }
        gap(next, end + 1);
        missing
    }

    /// The collected parts, ascending by part number.
    pub fn parts(&self) -> impl ExactSizeIterator<Item = &Part<'static>> + '_ {
        self.parts.values()
    }

    /// The collected parts, ascending by part number, detached from the collector.
    pub fn into_parts(self) -> Vec<Part<'static>> {
        self.parts.into_values().collect()
    }

    /// How many distinct parts were collected.
    pub fn len(&self) -> usize {
        self.parts.len()
    }

    /// Whether no part was collected.
    pub fn is_empty(&self) -> bool {
        self.parts.is_empty()
    }

    /// How many pages were added.
    pub fn pages(&self) -> usize {
        self.pages
    }

    /// The vendor of the pages, once one was added.
    pub fn vendor(&self) -> Option<Vendor> {
        self.vendor
    }

    /// The upload id the pages name, when one did.
    pub fn upload_id(&self) -> Option<&str> {
        self.upload_id.as_deref()
    }

    /// The object key (PDS: the file id) the pages name, when one did.
    pub fn key(&self) -> Option<&str> {
        self.key.as_deref()
    }

    /// The parts for a Complete request under `rules`, ascending: fails, naming the part
    /// numbers concerned (the first few and a count when there are many), when there is
    /// no part, a part number comes before `rules.first_number`, a part lacks the ETag
    /// the request needs, or numbers skip where the vendor refuses a gap.
    pub fn complete_parts(&self, rules: &CompleteRules) -> Result<Vec<CompletePart<'_>>> {
        if self.parts.is_empty() {
            return Err(Error::invalid_value(
                "no part was collected: there is nothing to complete",
            )
            .with_path("parts"));
        }
        let early: Vec<u32> =
            self.parts.keys().copied().take_while(|&number| number < rules.first_number).collect();
        if !early.is_empty() {
            return Err(Error::invalid_value(format!(
                "{} before the first part number, {}",
                numbers("part", &early),
                rules.first_number
            ))
            .with_path("parts"));
        }
        if rules.etag_required {
            let bare: Vec<u32> = self
                .parts
                .values()
                .filter(|part| part.etag.as_deref().is_none_or(str::is_empty))
                .map(|part| part.number)
                .collect();
            if !bare.is_empty() {
                return Err(Error::invalid_value(format!(
                    "{} no ETag, which the Complete request needs",
                    numbers_have("part", &bare)
                ))
                .with_path("parts"));
            }
        }
        if !rules.gaps_allowed {
            let last = self.parts.keys().next_back().copied().unwrap_or(rules.first_number);
            let gaps = self.missing_summary(rules.first_number..=last);
            if !gaps.is_empty() {
                return Err(Error::invalid_value(format!(
                    "{} {} missing (the parts must run from {} without a gap)",
                    gaps.describe("part"),
                    if gaps.count == 1 { "is" } else { "are" },
                    rules.first_number
                ))
                .with_path("parts"));
            }
        }
        Ok(self
            .parts
            .values()
            .map(|part| CompletePart {
                number: part.number,
                etag: part.etag.as_deref().map(Cow::Borrowed),
            })
            .collect())
    }
}

fn owned(text: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(text.into_owned())
}

/// `part 3`, `parts 3, 5 and 9`, `parts 1, 2, …, 10 and 990 more`.
pub fn numbers(noun: &str, list: &[u32]) -> String {
    counted_numbers(noun, &list[..list.len().min(NAMED)], list.len() as u64)
}

/// [`numbers`] of a list of `count` numbers of which `shown` are the first.
fn counted_numbers(noun: &str, shown: &[u32], count: u64) -> String {
    let mut text = String::new();
    let shown = &shown[..shown.len().min(NAMED)];
    match shown {
        [] => {}
        [one] if count == 1 => {
            let _ = write!(text, "{noun} {one}");
        }
        _ => {
            let _ = write!(text, "{noun}s ");
            let all_shown = count <= shown.len() as u64;
            for (i, number) in shown.iter().enumerate() {
                if i > 0 {
                    text.push_str(if i + 1 == shown.len() && all_shown { " and " } else { ", " });
                }
                let _ = write!(text, "{number}");
            }
            if !all_shown {
                let _ = write!(text, " and {} more", count - shown.len() as u64);
            }
        }
    }
    text
}

fn numbers_have(noun: &str, list: &[u32]) -> String {
    format!("{} {}", numbers(noun, list), if list.len() == 1 { "has" } else { "have" })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(number: u32, etag: Option<&'static str>) -> Part<'static> {
        Part { number, etag: etag.map(Cow::Borrowed), size: None, last_modified: None }
    }

    fn page(parts: Vec<Part<'static>>) -> PartsPage<'static> {
        PartsPage {
            vendor: Vendor::Qingstor,
            upload_id: None,
            key: None,
            parts,
            next_marker: None,
            truncated: None,
        }
    }

    #[test]
    fn two_etags_for_one_number_is_an_error_naming_both() {
        let mut collector = PartCollector::new();
        collector.add(&page(vec![part(1, Some("a")), part(2, Some("b"))])).unwrap();
        let error = collector.add(&page(vec![part(3, Some("c")), part(2, Some("x"))])).unwrap_err();
        assert_eq!(error.message(), r#"part 2 has two ETags: "b" and "x""#);
        assert_eq!(error.path(), Some("parts[1].etag"));
        assert_eq!(collector.len(), 2, "a failed page adds nothing");
    }

    #[test]
    fn the_same_part_twice_is_one_part_and_fills_in_what_one_page_left_out() {
        let mut collector = PartCollector::new();
        collector.add(&page(vec![part(0, None)])).unwrap();
        let report = collector.add(&page(vec![part(0, Some("e"))])).unwrap();
        assert_eq!(report, PageReport { new_parts: 0, repeated: true, backwards: true });
        assert_eq!(collector.parts().next().unwrap().etag.as_deref(), Some("e"));
    }

    #[test]
    fn pages_out_of_order_are_noticed_and_parts_come_out_ascending() {
        let mut collector = PartCollector::new();
        assert!(!collector.add(&page(vec![part(5, None), part(6, None)])).unwrap().backwards);
        let report = collector.add(&page(vec![part(1, None), part(2, None)])).unwrap();
        assert!(report.backwards && !report.repeated);
        assert_eq!(collector.parts().map(|p| p.number).collect::<Vec<_>>(), [1, 2, 5, 6]);
        assert_eq!(collector.missing(0..=7), [0, 3, 4, 7]);
        assert!(!collector.add(&page(vec![])).unwrap().repeated);
    }

    #[test]
    fn pages_of_another_upload_are_refused() {
        let mut collector = PartCollector::new();
        let mut first = page(vec![part(1, None)]);
        first.upload_id = Some("u1".into());
        collector.add(&first).unwrap();
        let mut other = page(vec![part(2, None)]);
        other.upload_id = Some("u2".into());
        assert_eq!(collector.add(&other).unwrap_err().path(), Some("upload_id"));
        let mut pds = page(vec![]);
        pds.vendor = Vendor::Pds;
        assert_eq!(collector.add(&pds).unwrap_err().path(), Some("vendor"));
    }

    #[test]
    fn complete_rules_name_the_parts_concerned() {
        let ufile = CompleteRules { first_number: 0, gaps_allowed: false, etag_required: true };
        let qingstor = CompleteRules { first_number: 0, gaps_allowed: true, etag_required: false };
        let cos = CompleteRules { first_number: 1, ..ufile };
        let empty = PartCollector::new();
        assert!(empty.complete_parts(&qingstor).unwrap_err().message().contains("nothing"));

        let mut collector = PartCollector::new();
        let parts = (0..30).filter(|n| n % 2 == 0).map(|n| part(n, Some("e"))).collect();
        collector.add(&page(parts)).unwrap();
        assert_eq!(
            collector.complete_parts(&ufile).unwrap_err().message(),
            "parts 1, 3, 5, 7, 9, 11, 13, 15, 17, 19 and 4 more are missing (the parts must \
             run from 0 without a gap)"
        );
        assert_eq!(
            collector.complete_parts(&cos).unwrap_err().message(),
            "part 0 before the first part number, 1"
        );
        assert_eq!(collector.complete_parts(&qingstor).unwrap().len(), 15);

        let mut bare = PartCollector::new();
        bare.add(&page(vec![part(0, None), part(1, Some("")), part(2, Some("e"))])).unwrap();
        assert_eq!(
            bare.complete_parts(&ufile).unwrap_err().message(),
            "parts 0 and 1 have no ETag, which the Complete request needs"
        );
        let parts = bare.complete_parts(&qingstor).unwrap();
        assert_eq!(parts[0], CompletePart { number: 0, etag: None });
    }

    #[test]
    fn number_lists_read_as_english() {
        assert_eq!(numbers("part", &[3]), "part 3");
        assert_eq!(numbers("part", &[3, 5]), "parts 3 and 5");
        assert_eq!(numbers("part", &[3, 5, 9]), "parts 3, 5 and 9");
    }
}
