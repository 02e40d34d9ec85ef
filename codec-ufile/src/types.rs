//! Value types UFile uses in more than one place, and the UNIX-seconds clock both
//! normalizers share.

use codec_core::json::{JsonReader, JsonWriter};
use codec_core::wire::json::JsonValue;
use codec_core::wire::{Ctx, IntoOwned, LenHint};
use codec_core::{Result, Timestamp};
use serde::{Deserialize, Serialize};

/// The `Status` of a multipart upload in a GetMultiUploadPart response: `0` while the
/// upload is not complete, `1` once it is. A value UFile adds later is kept as sent.
///
/// Its JSON form is the bare number, as on the wire.
///
/// ```
/// use codec_ufile::UploadStatus;
///
/// assert_eq!(UploadStatus::from(1).is_complete(), Some(true));
/// assert_eq!(UploadStatus::NOT_COMPLETE.is_complete(), Some(false));
/// assert_eq!(UploadStatus(7).is_complete(), None);
/// assert_eq!(UploadStatus(7).get(), 7);
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "arbitrary", derive(arbitrary::Arbitrary))]
#[serde(transparent)]
pub struct UploadStatus(pub i64);

impl UploadStatus {
    /// `0`: the upload is not complete (parts may still be added).
    pub const NOT_COMPLETE: UploadStatus = UploadStatus(0);
    /// `1`: the upload is complete.
    pub const COMPLETE: UploadStatus = UploadStatus(1);

    /// The number as sent.
    pub fn get(self) -> i64 {
        self.0
    }

    /// `Some(true)` for [`COMPLETE`](Self::COMPLETE), `Some(false)` for
    /// [`NOT_COMPLETE`](Self::NOT_COMPLETE), `None` for a value UFile does not document.
    pub fn is_complete(self) -> Option<bool> {
        match self.0 {
            0 => Some(false),
            1 => Some(true),
            _ => None,
        }
    }
}

impl From<i64> for UploadStatus {
    fn from(value: i64) -> Self {
        UploadStatus(value)
    }
}

/// On the wire, the bare signed number.
impl<'a> JsonValue<'a> for UploadStatus {
    #[inline]
    fn read_json(json: &mut JsonReader<'a>, ctx: Ctx<'_>) -> Result<Self> {
        i64::read_json(json, ctx).map(UploadStatus)
    }

    #[inline]
    fn write_json(&self, json: &mut JsonWriter<'_>, ctx: Ctx<'_>) -> Result<()> {
        self.0.write_json(json, ctx)
    }
}

impl IntoOwned for UploadStatus {
    type Owned = UploadStatus;
    fn into_owned(self) -> UploadStatus {
        self
    }
}

impl LenHint for UploadStatus {
    fn len_hint(&self) -> usize {
        self.0.len_hint()
    }
}

codec_core::wire_string! {
    /// A storage class, as UFile spells it in the `StorageClass` of an upload (newer
    /// API versions). Unknown values are kept.
    ///
    /// ```
    /// use codec_ufile::StorageClass;
    /// assert!(StorageClass::from("standard").is(&StorageClass::STANDARD));
    /// assert_eq!(StorageClass::from("GLACIER").as_str(), "GLACIER");
    /// ```
    pub struct StorageClass;
    /// Standard storage.
    STANDARD = "STANDARD";
    /// Infrequent access.
    IA = "IA";
    /// Archive.
    ARCHIVE = "ARCHIVE";
}

/// A success response's `RetCode`: absent or 0 (any other code decodes as a service
/// error, not as the response).
#[cfg(feature = "arbitrary")]
pub(crate) fn ok_ret_code(u: &mut arbitrary::Unstructured<'_>) -> arbitrary::Result<Option<i64>> {
    Ok(if u.arbitrary::<bool>()? { Some(0) } else { None })
}

/// Converts UNIX seconds to timestamps for a whole page, remembering the date of the
/// last day it saw: the parts or uploads of one page mostly share a day, and the
/// calendar arithmetic is what costs (it is most of what normalizing a page does).
#[derive(Default)]
pub(crate) struct UnixClock {
    /// The day (since 1970-01-01) of `date`.
    day: i64,
    date: Option<time::Date>,
}

impl UnixClock {
    const SECONDS_PER_DAY: i64 = 86_400;

    /// UNIX seconds as a [`Timestamp`], or an error that says why not (as
    /// [`from_unix_seconds`](codec_core::timestamp::from_unix_seconds) gives).
    #[inline]
    pub(crate) fn at(&mut self, seconds: i64) -> Result<Timestamp> {
        let day = seconds.div_euclid(Self::SECONDS_PER_DAY);
        let in_day = seconds.rem_euclid(Self::SECONDS_PER_DAY);
        if let Some(date) = self.date
            && day == self.day
        {
            // `in_day` is below 86,400: the hour is below 24, the others below 60.
            let (hour, minute, second) = (in_day / 3600, in_day / 60 % 60, in_day % 60);
            if let Ok(time) = time::Time::from_hms(hour as u8, minute as u8, second as u8) {
                return Ok(Timestamp(time::PrimitiveDateTime::new(date, time).assume_utc()));
            }
        }
        let timestamp = Timestamp(codec_core::timestamp::from_unix_seconds(seconds)?);
        self.day = day;
        self.date = Some(timestamp.0.date());
        Ok(timestamp)
    }

    /// [`at`](Self::at) for a field that may be absent; an error is placed at `path()`.
    #[inline]
    pub(crate) fn at_field(
        &mut self,
        seconds: Option<i64>,
        path: impl FnOnce() -> String,
    ) -> Result<Option<Timestamp>> {
        seconds.map(|seconds| self.at(seconds).map_err(|e| e.with_path(path()))).transpose()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The clock and the uncached conversion agree: the value, or the error.
    #[test]
    fn the_clock_agrees_with_from_unix_seconds() {
        let mut clock = UnixClock::default();
        let seconds = [
            0,
            1,
            -1,
            86_399,
            86_400,
            1_484_116_878,
            1_484_116_879,
            1_484_179_199,
            1_484_179_200,
            -86_401,
            253_402_300_799,
            i64::MAX,
            i64::MIN,
            0,
        ];
        for seconds in seconds.into_iter().chain((0..2_000).map(|i| 1_699_432_473 + i * 97)) {
            let expected = codec_core::timestamp::from_unix_seconds(seconds)
                .map(Timestamp)
                .map_err(|e| codec_core::Error::from(e).to_string());
            assert_eq!(clock.at(seconds).map_err(|e| e.to_string()), expected, "{seconds}");
        }
    }
}
