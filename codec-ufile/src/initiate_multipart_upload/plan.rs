//! `PartPlan`: the parts an object is uploaded in under UFile's `BlkSize` rule.

use std::iter::FusedIterator;
use std::ops::Range;

use codec_core::{Error, Part, PartsPage, Result};

/// The parts an object of a given length is uploaded in, under UFile's rule: every part
/// but the last is exactly `BlkSize` bytes (the `part_size` here), the last holds what
/// is left (1 to `BlkSize` bytes), and parts are numbered from 0. UFile's UploadPart
/// document says a part of any other size makes Finish fail its verification; its Go
/// SDK counts ceil(length / `BlkSize`) parts.
///
/// Everything is 64 bits: objects and parts over 4 GiB, part numbers past `u32`.
/// An empty object plans no part at all: UFile's Finish names at least one ETag, so an
/// empty object is uploaded with a plain PUT instead.
///
/// ```
/// use codec_ufile::PartPlan;
///
/// // UFile's documented example: 40 MiB in parts of 4 MiB, ten ETags in the Finish body.
/// let plan = PartPlan::new(41_943_040, 4_194_304)?;
/// assert_eq!(plan.count(), 10);
/// assert_eq!(plan.size_of(9), Some(4_194_304));
/// assert_eq!(plan.size_of(10), None);
///
/// // Six bytes in parts of four: part 0 is bytes 0..4, part 1 bytes 4..6.
/// let plan = PartPlan::new(6, 4)?;
/// let parts: Vec<_> = plan.parts().map(|part| (part.number, part.range())).collect();
/// assert_eq!(parts, [(0, 0..4), (1, 4..6)]);
///
/// // A listed part of the wrong size says which, and what was expected.
/// let error = plan.check(0, 3).unwrap_err();
/// assert_eq!(
///     error.to_string(),
///     "invalid value, field Size: part 0 is 3 bytes, and every part but the last must be \
///      exactly BlkSize, 4 bytes (UFile's Finish fails otherwise)"
/// );
/// assert!(PartPlan::new(6, 0).is_err());
/// # Ok::<(), codec_core::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartPlan {
    object_len: u64,
    part_size: u64,
    count: u64,
}

/// One part of a [`PartPlan`]: its number (from 0), where it starts in the object and
/// how long it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PlannedPart {
    /// The part number, UFile's `partNumber`: 0 for the first part.
    pub number: u64,
    /// Where the part starts in the object, in bytes.
    pub offset: u64,
    /// The part's length in bytes: the plan's part size, but for the last part.
    pub size: u64,
}

impl PlannedPart {
    /// The bytes of the object the part holds: `offset..offset + size`.
    pub fn range(&self) -> Range<u64> {
        self.offset..self.offset + self.size
    }
}

impl PartPlan {
    /// The plan for an object of `object_len` bytes in parts of `part_size` bytes (an
    /// upload's `BlkSize`).
    ///
    /// A `part_size` of 0 is an error of kind
    /// [`InvalidValue`](codec_core::ErrorKind::InvalidValue) naming `BlkSize`: no part
    /// size cuts an object into parts of 0 bytes.
    pub fn new(object_len: u64, part_size: u64) -> Result<Self> {
        if part_size == 0 {
            return Err(Error::invalid_value(
                "a part size (BlkSize) of 0 bytes cannot cut an object into parts",
            )
            .with_path("BlkSize"));
        }
        Ok(PartPlan { object_len, part_size, count: object_len.div_ceil(part_size) })
    }

    /// The object's length in bytes.
    pub fn object_len(&self) -> u64 {
        self.object_len
    }

    /// The size of every part but the last, `BlkSize`.
    pub fn part_size(&self) -> u64 {
        self.part_size
    }

    /// How many parts: ceil(object length / part size); 0 for an empty object.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// The number of the last part, or `None` for an empty object.
    pub fn last_number(&self) -> Option<u64> {
        self.count.checked_sub(1)
    }

    /// Part `number`, or `None` past the last part.
    pub fn part(&self, number: u64) -> Option<PlannedPart> {
        if number >= self.count {
            return None;
        }
        // `number < count`, so `number * part_size < object_len`: no overflow.
        let offset = number * self.part_size;
        let size = self.part_size.min(self.object_len - offset);
        Some(PlannedPart { number, offset, size })
    }

    /// The size part `number` must have, or `None` past the last part.
    pub fn size_of(&self, number: u64) -> Option<u64> {
        self.part(number).map(|part| part.size)
    }

    /// Where part `number` starts in the object, or `None` past the last part.
    pub fn offset_of(&self, number: u64) -> Option<u64> {
        self.part(number).map(|part| part.offset)
    }

    /// Every part, in order.
    pub fn parts(&self) -> PlannedParts {
        PlannedParts { plan: *self, next: 0, end: self.count }
    }

    /// Checks a part of `size` bytes numbered `number` (as a listing reports it, or as
    /// about to be uploaded) against the plan. Fails, with an error of kind
    /// [`InvalidValue`](codec_core::ErrorKind::InvalidValue) that names the part and
    /// says what was expected, when the number is past the last part or the size is
    /// not the planned one (the path is `PartNum` or `Size`, as UFile's listing names
    /// them).
    ///
    /// ```
    /// use codec_ufile::PartPlan;
    ///
    /// let plan = PartPlan::new(10, 4)?;
    /// assert!(plan.check(2, 2).is_ok());
    /// let error = plan.check(2, 4).unwrap_err();
    /// assert_eq!(error.message(), "part 2, the last, is 4 bytes, and the plan says 2 (what is left of 10 bytes after 2 parts of 4)");
    /// let error = plan.check(3, 4).unwrap_err();
    /// assert_eq!(error.message(), "part 3 is past the last part: 10 bytes in parts of 4 bytes are parts 0 to 2");
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn check(&self, number: u64, size: u64) -> Result<()> {
        match self.fault(number, Some(size)) {
            None => Ok(()),
            Some(Fault::Number(error)) => Err(error.with_path("PartNum")),
            Some(Fault::Size(error)) => Err(error.with_path("Size")),
        }
    }

    /// [`check`](Self::check) for a part of a normalized listing page (the path is
    /// `number` or `size`, as the model names them). A part the page gives no size for
    /// (UFile's 2019 listing shape has none) is checked by number only.
    pub fn check_part(&self, part: &Part<'_>) -> Result<()> {
        match self.fault(u64::from(part.number), part.size) {
            None => Ok(()),
            Some(Fault::Number(error)) => Err(error.with_path("number")),
            Some(Fault::Size(error)) => Err(error.with_path("size")),
        }
    }

    /// [`check_part`](Self::check_part) for every part of a normalized listing page; the
    /// first part that fails is named in the path (`parts[3].size`).
    ///
    /// ```
    /// use codec_core::{Decode, Normalize};
    /// use codec_ufile::{GetMultiUploadPartResponse, PartPlan};
    ///
    /// let body = codec_ufile::examples::get_multi_upload_part_pages(3, 3).remove(0);
    /// let page = GetMultiUploadPartResponse::decode(body.as_bytes())?;
    /// let page = page.normalize()?;
    /// // The generated parts are 32 MiB each.
    /// assert!(PartPlan::new(3 << 25, 1 << 25)?.check_page(&page).is_ok());
    /// let error = PartPlan::new(3 << 25, 1 << 24)?.check_page(&page).unwrap_err();
    /// assert_eq!(error.path(), Some("parts[0].size"));
    /// # Ok::<(), codec_core::Error>(())
    /// ```
    pub fn check_page(&self, page: &PartsPage<'_>) -> Result<()> {
        for (index, part) in page.parts.iter().enumerate() {
            match self.fault(u64::from(part.number), part.size) {
                None => {}
                Some(Fault::Number(error)) => {
                    return Err(error.with_path(format!("parts[{index}].number")));
                }
                Some(Fault::Size(error)) => {
                    return Err(error.with_path(format!("parts[{index}].size")));
                }
            }
        }
        Ok(())
    }

    /// What is wrong with part `number` of `size` bytes (the size unchecked when
    /// unknown), if anything.
    fn fault(&self, number: u64, size: Option<u64>) -> Option<Fault> {
        let Some(part) = self.part(number) else {
            return Some(Fault::Number(self.past_the_end(number)));
        };
        match size {
            Some(size) if size != part.size => {
                Some(Fault::Size(self.wrong_size(number, size, part.size)))
            }
            _ => None,
        }
    }

    #[cold]
    fn past_the_end(&self, number: u64) -> Error {
        let parts = match self.last_number() {
            None => "plan no part".to_owned(),
            Some(0) => "are part 0 alone".to_owned(),
            Some(last) => format!("are parts 0 to {last}"),
        };
        Error::invalid_value(format!(
            "part {number} is past the last part: {} bytes in parts of {} bytes {parts}",
            self.object_len, self.part_size
        ))
    }

    #[cold]
    fn wrong_size(&self, number: u64, size: u64, expected: u64) -> Error {
        Error::invalid_value(if Some(number) == self.last_number() {
            format!(
                "part {number}, the last, is {size} bytes, and the plan says {expected} (what \
                 is left of {} bytes after {number} parts of {})",
                self.object_len, self.part_size
            )
        } else {
            format!(
                "part {number} is {size} bytes, and every part but the last must be exactly \
                 BlkSize, {expected} bytes (UFile's Finish fails otherwise)"
            )
        })
    }
}

/// What a checked part gets wrong: its number or its size.
enum Fault {
    Number(Error),
    Size(Error),
}

/// The parts of a [`PartPlan`], in order: [`PartPlan::parts`].
#[derive(Clone, Debug)]
pub struct PlannedParts {
    plan: PartPlan,
    next: u64,
    end: u64,
}

impl Iterator for PlannedParts {
    type Item = PlannedPart;

    fn next(&mut self) -> Option<PlannedPart> {
        if self.next >= self.end {
            return None;
        }
        let part = self.plan.part(self.next);
        self.next += 1;
        part
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let left = self.end - self.next;
        match usize::try_from(left) {
            Ok(left) => (left, Some(left)),
            Err(_) => (usize::MAX, None),
        }
    }

    fn nth(&mut self, n: usize) -> Option<PlannedPart> {
        self.next = self.next.saturating_add(n as u64).min(self.end);
        self.next()
    }
}

impl DoubleEndedIterator for PlannedParts {
    fn next_back(&mut self) -> Option<PlannedPart> {
        if self.next >= self.end {
            return None;
        }
        self.end -= 1;
        self.plan.part(self.end)
    }
}

impl FusedIterator for PlannedParts {}
