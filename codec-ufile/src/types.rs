//! Value types UFile uses in more than one place, and the small JSON helpers every
//! decoder of this crate shares.

use std::borrow::Cow;

use codec_core::json::{JsonReader, JsonStr};
use codec_core::{Error, Result, Timestamp};
use serde::{Deserialize, Deserializer, Serialize};

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

/// Deserializes a field that may be absent, `null` or a value into
/// `Option<Option<T>>`: absent is `None` (through `#[serde(default)]`), `null` is
/// `Some(None)`. Used where the wire tells the two apart and the codec keeps both.
pub(crate) fn present<'de, D, T>(deserializer: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(deserializer).map(Some)
}

/// Reads a string value as text, borrowed unless it holds an escape.
#[inline]
pub(crate) fn text<'a>(json: &mut JsonReader<'a>) -> Result<Cow<'a, str>> {
    json.str().map(|s| s.value())
}

/// Reads an unsigned integer that must fit in 32 bits.
#[inline]
pub(crate) fn u32_value(json: &mut JsonReader<'_>) -> Result<u32> {
    let offset = json.offset();
    let value = json.u64()?;
    u32::try_from(value).map_err(|_| {
        Error::invalid_value(format!("{value} is out of range: expected 0 to {}", u32::MAX))
            .with_offset(offset)
    })
}

/// Reads a signed integer.
///
/// A plain run of 1 to 18 digits (every UNIX time, size and status UFile sends) is
/// read here, from `input` (the reader's input), in one pass that needs no overflow
/// check; the reader then passes over the token with [`JsonReader::skip_value`], which
/// checks its syntax (a leading zero, say). Anything else, a sign or an error
/// included, goes through [`JsonReader::i64`], so the messages are the reader's.
#[inline]
pub(crate) fn int(json: &mut JsonReader<'_>, input: &[u8]) -> Result<i64> {
    let at = json.offset();
    let rest = input.get(at..).unwrap_or_default();
    let mut value: i64 = 0;
    let mut digits = 0;
    while let Some(&byte) = rest.get(digits)
        && byte.is_ascii_digit()
        && digits < 18
    {
        // At most 18 digits: below 10^18, no overflow.
        value = value * 10 + i64::from(byte - b'0');
        digits += 1;
    }
    let plain = digits > 0 && !matches!(rest.get(digits), Some(b'.' | b'e' | b'E' | b'0'..=b'9'));
    if plain {
        json.skip_value()?;
        return Ok(value);
    }
    json.i64()
}

/// Places an error at the member whose key is `key`: its path is the key (unless the
/// error already has one, from deeper down) and its offset the key's (unless the error
/// already knows where it happened).
///
/// A long name (an unknown member's, from a hostile body) is cut short in the path.
#[cold]
pub(crate) fn at_key(error: Error, key: &JsonStr<'_>, name: &str) -> Error {
    error.with_path(codec_core::number::clip(name).to_string()).with_offset(key.offset())
}

/// Places an error inside item `index` of the list `list`: `Size` becomes
/// `Parts[2].Size`.
#[cold]
pub(crate) fn in_item(error: Error, list: &str, index: usize) -> Error {
    error.within(&format!("{list}[{index}]"))
}

/// UNIX seconds as a [`Timestamp`], or an error that says why not.
pub(crate) fn unix_time(seconds: i64) -> Result<Timestamp> {
    codec_core::timestamp::from_unix_seconds(seconds)
        .map(Timestamp)
        .map_err(|e| Error::invalid_value(e.to_string()))
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

    /// The same point in time as [`unix_time`] gives.
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
        let timestamp = unix_time(seconds)?;
        self.day = day;
        self.date = Some(timestamp.0.date());
        Ok(timestamp)
    }
}

/// Stores `value` in `slot`, or fails with a duplicate-field error naming `name`: the
/// inlined form of [`codec_core::field::set_once`] for the per-item hot paths.
#[inline(always)]
pub(crate) fn put<T>(slot: &mut Option<T>, value: T, name: &str) -> Result<()> {
    if slot.is_some() {
        return Err(duplicate(name));
    }
    *slot = Some(value);
    Ok(())
}

#[cold]
#[inline(never)]
fn duplicate(name: &str) -> Error {
    Error::duplicate_field(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `int` and the reader's `i64` agree on every token: value, or error and offset.
    #[test]
    fn int_agrees_with_the_reader() {
        let limits = codec_core::Limits::default();
        let tokens = [
            "0",
            "7",
            "01",
            "00",
            "10",
            "1484116878",
            "123456789012345678",
            "999999999999999999",
            "1234567890123456789",
            "9223372036854775807",
            "9223372036854775808",
            "99999999999999999999",
            "-0",
            "-1",
            "-30010",
            "-9223372036854775808",
            "-9223372036854775809",
            "1.0",
            "1e3",
            "1E3",
            "0.5",
            "12a",
            "1-",
            "\"1\"",
            "true",
            "null",
            "[]",
            "{}",
            "",
            "-",
            "--1",
            "+1",
        ];
        for token in tokens {
            for body in [format!("[{token}]"), format!("[ {token} , 1]"), format!("[{token}\n]")] {
                let read = |via_int: bool| {
                    let mut json = JsonReader::new(body.as_bytes(), &limits).unwrap();
                    json.begin_array().unwrap();
                    if !json.next_item().unwrap() {
                        return Ok(i64::MIN); // `[]`: no token to read.
                    }
                    let value = if via_int { int(&mut json, body.as_bytes()) } else { json.i64() };
                    value.map_err(|e| (e.kind(), e.offset(), e.message().to_owned())).and_then(
                        |value| {
                            // The reader stands after the token either way.
                            json.next_item()
                                .map(|_| value)
                                .map_err(|e| (e.kind(), e.offset(), e.message().to_owned()))
                        },
                    )
                };
                assert_eq!(read(true), read(false), "{body}");
            }
        }
    }

    #[test]
    fn the_clock_agrees_with_unix_time() {
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
            let expected = unix_time(seconds).map_err(|e| e.to_string());
            assert_eq!(clock.at(seconds).map_err(|e| e.to_string()), expected, "{seconds}");
        }
    }
}
