//! Timestamp parsing and formatting shared by the vendors.
//!
//! The vendors send points in time in three textual forms:
//!
//! - RFC 3339 / ISO 8601 date-times, such as `2020-03-25T10:07:14.000Z` or
//!   `2020-03-25T10:07:14+08:00` ([`parse_iso8601`]);
//! - the C `asctime` form, such as `Tue Jan 17 16:43:37 2017`, always in UTC
//!   ([`parse_asctime`]);
//! - UNIX seconds, such as `1585130834` ([`from_unix_seconds`]).
//!
//! [`parse_timestamp`] accepts all three. Every point in time is written back as
//! RFC 3339 in UTC by [`write_rfc3339_utc`] and [`to_rfc3339_utc`], the form of the
//! vendor-neutral model.
//!
//! The parsers never panic, whatever the input, and accept no surrounding whitespace.

use std::fmt;

use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time, UtcOffset};

/// What the error messages of [`parse_timestamp`] say it accepts.
const EXPECTED_ANY: &str = "an RFC 3339 date-time (2020-03-25T10:07:14Z), an asctime date \
                            (Tue Jan 17 16:43:37 2017) or UNIX seconds (1585130834)";
/// What the error messages of [`parse_iso8601`] say it accepts.
const EXPECTED_ISO: &str = "an RFC 3339 date-time (2020-03-25T10:07:14Z)";
/// What the error messages of [`parse_asctime`] say it accepts.
const EXPECTED_ASCTIME: &str = "an asctime date (Tue Jan 17 16:43:37 2017)";

/// How many characters of the rejected text an error message quotes.
const QUOTED_CHARS: usize = 64;

/// Why a text is not a timestamp this crate understands.
///
/// Its message quotes the text (its first 64 characters when it is longer), says
/// what is wrong with it and which forms are accepted, for example:
///
/// ```text
/// invalid timestamp "2020-13-01T00:00:00Z": month out of range; expected an RFC 3339 date-time (2020-03-25T10:07:14Z), …
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimestampError {
    message: String,
}

impl TimestampError {
    fn new(text: &str, reason: &str, expected: &str) -> Self {
        let quoted = match text.char_indices().nth(QUOTED_CHARS) {
            Some((end, _)) => format!("{:?}…", &text[..end]),
            None => format!("{text:?}"),
        };
        TimestampError {
            message: format!("invalid timestamp {quoted}: {reason}; expected {expected}"),
        }
    }
}

impl fmt::Display for TimestampError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for TimestampError {}

/// A timestamp that cannot be read is a value of the wrong shape: an
/// [`InvalidValue`](crate::ErrorKind::InvalidValue) error with the same message.
impl From<TimestampError> for crate::Error {
    #[cold]
    fn from(error: TimestampError) -> Self {
        crate::Error::invalid_value(error.message)
    }
}

/// Parses any timestamp form the vendors send.
///
/// - a text of ASCII digits only, with an optional leading `-`, is UNIX seconds
///   (see [`from_unix_seconds`]);
/// - a text that starts with a letter is an asctime date (see [`parse_asctime`]);
/// - anything else is an RFC 3339 / ISO 8601 date-time (see [`parse_iso8601`]).
///
/// The offset is kept as the text gives it (UTC for the asctime form, UNIX seconds
/// and date-times without a zone); convert with
/// [`OffsetDateTime::to_offset`] as needed: every value this function returns can be
/// converted to UTC without overflow.
///
/// # Errors
///
/// A [`TimestampError`] that quotes the text and lists the accepted forms, when the
/// text is none of them (surrounding whitespace included) or names a date or time
/// that does not exist.
///
/// # Examples
///
/// ```
/// use codec_core::timestamp::{parse_timestamp, to_rfc3339_utc};
///
/// for text in [
///     "2020-03-25T10:07:14.000Z",
///     "2020-03-25T18:07:14+08:00",
///     "Wed Mar 25 10:07:14 2020",
///     "1585130834",
/// ] {
///     let t = parse_timestamp(text)?;
///     assert_eq!(to_rfc3339_utc(t), "2020-03-25T10:07:14Z");
/// }
/// assert!(parse_timestamp(" 2020-03-25T10:07:14Z").is_err());
/// # Ok::<(), codec_core::timestamp::TimestampError>(())
/// ```
pub fn parse_timestamp(text: &str) -> Result<OffsetDateTime, TimestampError> {
    let bytes = text.as_bytes();
    let digits = bytes.strip_prefix(b"-").unwrap_or(bytes);
    // The everyday shape first: `YYYY-` cannot start UNIX seconds or an asctime date.
    let parsed = if bytes.get(4) == Some(&b'-') {
        iso8601(bytes)
    } else if !digits.is_empty() && digits.iter().all(u8::is_ascii_digit) {
        match text.parse::<i64>() {
            Ok(seconds) => unix(seconds),
            Err(_) => Err("UNIX seconds out of range"),
        }
    } else if bytes.first().is_some_and(u8::is_ascii_alphabetic) {
        asctime(bytes)
    } else {
        iso8601(bytes)
    };
    parsed.map_err(|reason| TimestampError::new(text, reason, EXPECTED_ANY))
}

/// Parses an RFC 3339 / ISO 8601 date-time.
///
/// The accepted form is `YYYY-MM-DD`, a separator, `HH:MM:SS`, an optional fraction
/// of a second and an optional zone:
///
/// - the separator is `T`, `t` or a space;
/// - the fraction is a `.` followed by 1 to 9 digits;
/// - the zone is `Z`, `z`, or an offset `+HH:MM`, `-HH:MM`, `+HHMM` or `-HHMM`
///   (hours 00 to 23); without a zone the date-time is taken as UTC.
///
/// Years are 4 digits (0000 to 9999). Leap seconds (`:60`) are rejected.
///
/// # Errors
///
/// A [`TimestampError`] when the text is not of that form (surrounding whitespace
/// included), when a field is out of range (`2020-13-01`, `2020-02-30`, `24:00:00`),
/// or when the instant cannot be represented in UTC.
///
/// # Examples
///
/// ```
/// use codec_core::timestamp::parse_iso8601;
/// use time::macros::datetime;
///
/// assert_eq!(
///     parse_iso8601("2020-03-25T10:07:14.123456789+0800")?,
///     datetime!(2020-03-25 02:07:14.123456789 UTC),
/// );
/// assert_eq!(parse_iso8601("2020-03-25 10:07:14")?, datetime!(2020-03-25 10:07:14 UTC));
/// assert!(parse_iso8601("2020-02-30T00:00:00Z").is_err());
/// # Ok::<(), codec_core::timestamp::TimestampError>(())
/// ```
pub fn parse_iso8601(text: &str) -> Result<OffsetDateTime, TimestampError> {
    iso8601(text.as_bytes()).map_err(|reason| TimestampError::new(text, reason, EXPECTED_ISO))
}

/// Parses a date in the C `asctime` form, `Www Mmm DD HH:MM:SS YYYY`, as UTC.
///
/// The weekday and month are English three-letter abbreviations, in any letter case.
/// The weekday must be one of the seven but need not match the date (vendors get it
/// wrong). The day is two digits (`17`, `07`), or one digit after a padding space
/// (`Jan  7`) or after the single separating space (`Jan 7`).
///
/// # Errors
///
/// A [`TimestampError`] when the text is not of that form (surrounding whitespace
/// included) or names a date or time that does not exist.
///
/// # Examples
///
/// ```
/// use codec_core::timestamp::parse_asctime;
/// use time::macros::datetime;
///
/// assert_eq!(parse_asctime("Tue Jan 17 16:43:37 2017")?, datetime!(2017-01-17 16:43:37 UTC));
/// assert_eq!(parse_asctime("Sat Jan  7 16:43:37 2017")?, datetime!(2017-01-07 16:43:37 UTC));
/// assert!(parse_asctime("Foo Jan 17 16:43:37 2017").is_err());
/// # Ok::<(), codec_core::timestamp::TimestampError>(())
/// ```
pub fn parse_asctime(text: &str) -> Result<OffsetDateTime, TimestampError> {
    asctime(text.as_bytes()).map_err(|reason| TimestampError::new(text, reason, EXPECTED_ASCTIME))
}

/// The instant `seconds` after 1970-01-01T00:00:00Z (before it when negative), in UTC.
///
/// # Errors
///
/// A [`TimestampError`] when the instant is outside the years the `time` crate
/// represents (-9999 to 9999 in its default configuration).
///
/// # Examples
///
/// ```
/// use codec_core::timestamp::from_unix_seconds;
/// use time::macros::datetime;
///
/// assert_eq!(from_unix_seconds(1585130834)?, datetime!(2020-03-25 10:07:14 UTC));
/// assert!(from_unix_seconds(i64::MAX).is_err());
/// # Ok::<(), codec_core::timestamp::TimestampError>(())
/// ```
pub fn from_unix_seconds(seconds: i64) -> Result<OffsetDateTime, TimestampError> {
    unix(seconds).map_err(|reason| {
        TimestampError::new(
            &seconds.to_string(),
            reason,
            "UNIX seconds within the years -9999 to 9999",
        )
    })
}

/// Writes `t` as RFC 3339 in UTC: `YYYY-MM-DDTHH:MM:SSZ`.
///
/// When the nanoseconds are not zero, a `.` and the fraction follow the seconds, with
/// trailing zeros trimmed (`.5`, `.123`, `.000000001`).
///
/// RFC 3339 has no room for years outside 0000 to 9999; such years (which the
/// parsers of this module never return, but which a caller may build, or reach by
/// converting to UTC) are written with at least 4 digits and a leading `-` when
/// negative (`-0001`, `10000`), as ISO 8601's expanded representation would without
/// its sign for positive years. The function never panics and does not allocate: it
/// makes one call to [`fmt::Write::write_str`].
///
/// # Errors
///
/// Only those of `out`.
///
/// # Examples
///
/// ```
/// use codec_core::timestamp::write_rfc3339_utc;
/// use time::macros::datetime;
///
/// let mut out = String::new();
/// write_rfc3339_utc(&mut out, datetime!(2020-03-25 18:07:14.5 +08:00))?;
/// assert_eq!(out, "2020-03-25T10:07:14.5Z");
/// # Ok::<(), std::fmt::Error>(())
/// ```
pub fn write_rfc3339_utc<W: fmt::Write + ?Sized>(out: &mut W, t: OffsetDateTime) -> fmt::Result {
    let civil = Civil::utc(t);
    // The longest text: a sign and 20 digits of year, "-MM-DDTHH:MM:SS" (15),
    // ".nnnnnnnnn" (10) and "Z": 47 bytes.
    let mut buf = [0u8; 48];
    let mut len = 0;
    if civil.year < 0 {
        buf[len] = b'-';
        len += 1;
    }
    let year = civil.year.unsigned_abs();
    push_digits(&mut buf, &mut len, year, count_digits(year).max(4));
    for (separator, value) in [
        (b'-', civil.month),
        (b'-', civil.day),
        (b'T', civil.hour),
        (b':', civil.minute),
        (b':', civil.second),
    ] {
        buf[len] = separator;
        len += 1;
        push_digits(&mut buf, &mut len, u64::from(value), 2);
    }
    if civil.nanosecond != 0 {
        let mut fraction = civil.nanosecond;
        let mut width = 9;
        while fraction.is_multiple_of(10) {
            fraction /= 10;
            width -= 1;
        }
        buf[len] = b'.';
        len += 1;
        push_digits(&mut buf, &mut len, u64::from(fraction), width);
    }
    buf[len] = b'Z';
    len += 1;
    out.write_str(std::str::from_utf8(&buf[..len]).map_err(|_| fmt::Error)?)
}

/// `t` as RFC 3339 in UTC, as [`write_rfc3339_utc`] writes it.
///
/// # Examples
///
/// ```
/// use codec_core::timestamp::to_rfc3339_utc;
/// use time::macros::datetime;
///
/// assert_eq!(to_rfc3339_utc(datetime!(2017-01-17 16:43:37 UTC)), "2017-01-17T16:43:37Z");
/// assert_eq!(to_rfc3339_utc(datetime!(2020-03-25 10:07:14.000000001 UTC)), "2020-03-25T10:07:14.000000001Z");
/// ```
pub fn to_rfc3339_utc(t: OffsetDateTime) -> String {
    let mut out = String::with_capacity(32);
    // Writing to a String cannot fail.
    let _ = write_rfc3339_utc(&mut out, t);
    out
}

// ---------------------------------------------------------------------------------
// Parsers. They work on bytes at fixed positions, through `get`, so that no input
// can make them index out of bounds; they return a short reason on failure.

type Parsed = Result<OffsetDateTime, &'static str>;

/// The value of the ASCII digit at `i`, if there is one.
fn digit(b: &[u8], i: usize) -> Option<u32> {
    match b.get(i) {
        Some(&c) if c.is_ascii_digit() => Some(u32::from(c - b'0')),
        _ => None,
    }
}

/// The value of the `n` ASCII digits starting at `i` (`n` at most 9), if they are.
#[inline]
fn number(b: &[u8], i: usize, n: usize) -> Option<u32> {
    let digits = b.get(i..i + n)?;
    let mut value = 0u32;
    for &c in digits {
        let d = c.wrapping_sub(b'0');
        if d > 9 {
            return None;
        }
        value = value * 10 + u32::from(d);
    }
    Some(value)
}

/// Whether the byte at `i` is `c`.
fn is(b: &[u8], i: usize, c: u8) -> bool {
    b.get(i) == Some(&c)
}

/// Builds the date, checking every range, and the instant in UTC.
fn build(year: u32, month: u32, day: u32, time: Time, offset: UtcOffset) -> Parsed {
    let month = u8::try_from(month)
        .ok()
        .and_then(|month| Month::try_from(month).ok())
        .ok_or("month out of range")?;
    let year = i32::try_from(year).map_err(|_| "year out of range")?;
    let day = u8::try_from(day).map_err(|_| "day out of range")?;
    let date = Date::from_calendar_date(year, month, day).map_err(|error| {
        if error.name() == "year" { "year out of range" } else { "day out of range for the month" }
    })?;
    let t = PrimitiveDateTime::new(date, time).assume_offset(offset);
    if offset.is_utc() {
        return Ok(t);
    }
    // Callers convert to UTC; make sure that they can.
    match t.checked_to_offset(UtcOffset::UTC) {
        Some(_) => Ok(t),
        None => Err("the instant is out of the supported range once converted to UTC"),
    }
}

/// The time of day, checking the ranges.
fn time_of_day(hour: u32, minute: u32, second: u32, nanosecond: u32) -> Result<Time, &'static str> {
    let (Ok(hour), Ok(minute), Ok(second)) =
        (u8::try_from(hour), u8::try_from(minute), u8::try_from(second))
    else {
        return Err("time of day out of range");
    };
    Time::from_hms_nano(hour, minute, second, nanosecond).map_err(|_| "time of day out of range")
}

fn iso8601(b: &[u8]) -> Parsed {
    const SHAPE: &str = "not of the form YYYY-MM-DDTHH:MM:SS";
    if b.is_empty() {
        return Err("empty text");
    }
    let year = number(b, 0, 4).ok_or(SHAPE)?;
    let month = is(b, 4, b'-').then(|| number(b, 5, 2)).flatten().ok_or(SHAPE)?;
    let day = is(b, 7, b'-').then(|| number(b, 8, 2)).flatten().ok_or(SHAPE)?;
    if !matches!(b.get(10), Some(b'T' | b't' | b' ')) {
        return Err(SHAPE);
    }
    let hour = number(b, 11, 2).ok_or(SHAPE)?;
    let minute = is(b, 13, b':').then(|| number(b, 14, 2)).flatten().ok_or(SHAPE)?;
    let second = is(b, 16, b':').then(|| number(b, 17, 2)).flatten().ok_or(SHAPE)?;

    let mut i = 19;
    let mut nanosecond = 0;
    if is(b, i, b'.') {
        i += 1;
        let start = i;
        while let Some(d) = digit(b, i) {
            if i - start == 9 {
                return Err("more than 9 digits of fractional seconds");
            }
            nanosecond = nanosecond * 10 + d;
            i += 1;
        }
        let count = i - start;
        if count == 0 {
            return Err("no digit after the decimal point");
        }
        // 10^(9 - count), count being 1 to 9.
        const SCALE: [u32; 10] =
            [1_000_000_000, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1];
        nanosecond *= SCALE[count];
    }

    let offset = match b.get(i) {
        None => UtcOffset::UTC,
        Some(b'Z' | b'z') if i + 1 == b.len() => UtcOffset::UTC,
        Some(&sign @ (b'+' | b'-')) => {
            let hours = number(b, i + 1, 2);
            let (minutes, end) = if is(b, i + 3, b':') {
                (number(b, i + 4, 2), i + 6)
            } else {
                (number(b, i + 3, 2), i + 5)
            };
            let (Some(hours), Some(minutes), true) = (hours, minutes, end == b.len()) else {
                return Err("the zone offset is not of the form +HH:MM or +HHMM");
            };
            if hours > 23 || minutes > 59 {
                return Err("zone offset out of range");
            }
            // Both fit in an i8: checked just above.
            let (hours, minutes) = (hours as i8, minutes as i8);
            let (hours, minutes) = if sign == b'-' { (-hours, -minutes) } else { (hours, minutes) };
            UtcOffset::from_hms(hours, minutes, 0).map_err(|_| "zone offset out of range")?
        }
        Some(_) => {
            return Err("unexpected text after the seconds (expected a fraction, Z or an offset)");
        }
    };
    let time = time_of_day(hour, minute, second, nanosecond)?;
    build(year, month, day, time, offset)
}

/// The index (0 = January) of the English month abbreviation `name`, any case.
fn month_index(name: &[u8]) -> Option<u32> {
    const MONTHS: [&[u8; 3]; 12] = [
        b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov",
        b"dec",
    ];
    MONTHS.iter().position(|month| month.eq_ignore_ascii_case(name)).map(|i| i as u32)
}

/// Whether `name` is an English weekday abbreviation, any case.
fn is_weekday(name: &[u8]) -> bool {
    const WEEKDAYS: [&[u8; 3]; 7] = [b"mon", b"tue", b"wed", b"thu", b"fri", b"sat", b"sun"];
    WEEKDAYS.iter().any(|day| day.eq_ignore_ascii_case(name))
}

fn asctime(b: &[u8]) -> Parsed {
    const SHAPE: &str = "not of the form Www Mmm DD HH:MM:SS YYYY";
    if b.is_empty() {
        return Err("empty text");
    }
    if !(b.get(..3).is_some_and(is_weekday) && is(b, 3, b' ')) {
        return Err("not an English weekday abbreviation (Mon to Sun) followed by a space");
    }
    let month = match (b.get(4..7).and_then(month_index), is(b, 7, b' ')) {
        (Some(month), true) => month + 1,
        _ => return Err("not an English month abbreviation (Jan to Dec) after the weekday"),
    };
    // The day: "17", "07", " 7" (padded) or "7".
    let (day, i) = match (b.get(8), digit(b, 9)) {
        (Some(b' '), Some(d)) => (d, 10),
        (Some(_), Some(d)) => (digit(b, 8).ok_or(SHAPE)? * 10 + d, 10),
        (Some(_), None) => (digit(b, 8).ok_or(SHAPE)?, 9),
        (None, _) => return Err(SHAPE),
    };
    if !is(b, i, b' ') {
        return Err(SHAPE);
    }
    let hour = number(b, i + 1, 2).ok_or(SHAPE)?;
    let minute = is(b, i + 3, b':').then(|| number(b, i + 4, 2)).flatten().ok_or(SHAPE)?;
    let second = is(b, i + 6, b':').then(|| number(b, i + 7, 2)).flatten().ok_or(SHAPE)?;
    let year = is(b, i + 9, b' ').then(|| number(b, i + 10, 4)).flatten().ok_or(SHAPE)?;
    if b.len() != i + 14 {
        return Err("unexpected text after the year");
    }
    let time = time_of_day(hour, minute, second, 0)?;
    build(year, month, day, time, UtcOffset::UTC)
}

fn unix(seconds: i64) -> Parsed {
    OffsetDateTime::from_unix_timestamp(seconds).map_err(|_| "UNIX seconds out of range")
}

// ---------------------------------------------------------------------------------
// Formatting.

/// The fields of a point in time in UTC, with room for years the `time` crate cannot
/// represent (reached when a value near its limits is converted to UTC).
#[derive(Debug, PartialEq, Eq)]
struct Civil {
    year: i64,
    month: u8,
    day: u8,
    hour: u8,
    minute: u8,
    second: u8,
    nanosecond: u32,
}

impl Civil {
    fn utc(t: OffsetDateTime) -> Self {
        if let Some(u) = t.checked_to_offset(UtcOffset::UTC) {
            return Civil {
                year: i64::from(u.year()),
                month: u8::from(u.month()),
                day: u.day(),
                hour: u.hour(),
                minute: u.minute(),
                second: u.second(),
                nanosecond: u.nanosecond(),
            };
        }
        // Outside the range of `time`: compute the civil date by hand.
        let seconds = t.unix_timestamp();
        let (year, month, day) = civil_from_days(seconds.div_euclid(86_400));
        let second_of_day = seconds.rem_euclid(86_400);
        Civil {
            year,
            month,
            day,
            hour: (second_of_day / 3600) as u8,
            minute: (second_of_day / 60 % 60) as u8,
            second: (second_of_day % 60) as u8,
            nanosecond: t.nanosecond(),
        }
    }
}

/// The proleptic Gregorian date `days` days after 1970-01-01 (H. Hinnant's
/// `civil_from_days`). Exact for any `days` whose year fits the arithmetic, which
/// every `OffsetDateTime` does by a wide margin.
fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097); // [0, 146096]
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365; // [0, 399]
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100); // [0, 365]
    let mp = (5 * day_of_year + 2) / 153; // [0, 11], from March
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

fn count_digits(mut value: u64) -> usize {
    let mut count = 1;
    while value >= 10 {
        value /= 10;
        count += 1;
    }
    count
}

/// Writes `value` zero-padded to `width` digits (`width` at least its digit count).
fn push_digits(buf: &mut [u8], len: &mut usize, mut value: u64, width: usize) {
    for slot in buf[*len..*len + width].iter_mut().rev() {
        *slot = b'0' + (value % 10) as u8;
        value /= 10;
    }
    *len += width;
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use time::format_description::well_known::Rfc3339;
    use time::macros::datetime;

    #[test]
    fn accepts_every_vendor_form() {
        let cases = [
            // The two examples of the COS documentation.
            ("Tue Jan 17 16:43:37 2017", "2017-01-17T16:43:37Z"),
            ("2020-03-25T10:07:14.000Z", "2020-03-25T10:07:14Z"),
            // RFC 3339 / ISO 8601.
            ("2020-03-25T10:07:14Z", "2020-03-25T10:07:14Z"),
            ("2020-03-25T18:07:14+08:00", "2020-03-25T10:07:14Z"),
            ("2020-03-25T10:07:14+08:00", "2020-03-25T02:07:14Z"),
            ("2020-03-25T02:07:14+08:00", "2020-03-24T18:07:14Z"),
            ("2020-03-25T10:07:14.123456789+0800", "2020-03-25T02:07:14.123456789Z"),
            ("2020-03-25T10:07:14-05:30", "2020-03-25T15:37:14Z"),
            ("2020-03-25T10:07:14-0530", "2020-03-25T15:37:14Z"),
            ("2020-03-25T10:07:14-00:00", "2020-03-25T10:07:14Z"),
            ("2020-03-25T10:07:14+23:59", "2020-03-24T10:08:14Z"),
            ("2020-03-25t10:07:14z", "2020-03-25T10:07:14Z"),
            ("2020-03-25 10:07:14Z", "2020-03-25T10:07:14Z"),
            ("2020-03-25T10:07:14", "2020-03-25T10:07:14Z"),
            ("2020-03-25 10:07:14.25", "2020-03-25T10:07:14.25Z"),
            ("2020-03-25T10:07:14.5Z", "2020-03-25T10:07:14.5Z"),
            ("2020-03-25T10:07:14.123Z", "2020-03-25T10:07:14.123Z"),
            ("2020-03-25T10:07:14.000000001Z", "2020-03-25T10:07:14.000000001Z"),
            ("2020-03-25T10:07:14.100000000Z", "2020-03-25T10:07:14.1Z"),
            ("2020-02-29T00:00:00Z", "2020-02-29T00:00:00Z"),
            ("2000-02-29T23:59:59Z", "2000-02-29T23:59:59Z"),
            ("0000-01-01T00:00:00Z", "0000-01-01T00:00:00Z"),
            ("0000-01-01T00:00:00+01:00", "-0001-12-31T23:00:00Z"),
            ("9999-12-31T23:59:59.999999999Z", "9999-12-31T23:59:59.999999999Z"),
            // asctime.
            ("Tue Jan  7 16:43:37 2017", "2017-01-07T16:43:37Z"),
            ("Tue Jan 07 16:43:37 2017", "2017-01-07T16:43:37Z"),
            ("Tue Jan 7 16:43:37 2017", "2017-01-07T16:43:37Z"),
            ("Mon Jan 17 16:43:37 2017", "2017-01-17T16:43:37Z"), // wrong weekday
            ("tue JAN 17 16:43:37 2017", "2017-01-17T16:43:37Z"),
            ("Sun Dec 31 23:59:59 9999", "9999-12-31T23:59:59Z"),
            ("Thu Feb 29 00:00:00 2024", "2024-02-29T00:00:00Z"),
            ("Wed Mar 25 10:07:14 2020", "2020-03-25T10:07:14Z"),
            ("Fri May  1 00:00:00 1970", "1970-05-01T00:00:00Z"),
            ("Sat Sep 30 12:00:00 2023", "2023-09-30T12:00:00Z"),
            // UNIX seconds.
            ("1585130834", "2020-03-25T10:07:14Z"),
            ("0", "1970-01-01T00:00:00Z"),
            ("-1", "1969-12-31T23:59:59Z"),
            ("-0", "1970-01-01T00:00:00Z"),
            ("0001585130834", "2020-03-25T10:07:14Z"),
            ("253402300799", "9999-12-31T23:59:59Z"),
        ];
        for (text, expected) in cases {
            match parse_timestamp(text) {
                Ok(t) => assert_eq!(to_rfc3339_utc(t), expected, "parsing {text:?}"),
                Err(error) => panic!("{text:?} rejected: {error}"),
            }
        }
    }

    #[test]
    fn keeps_the_offset_as_parsed() {
        let t = parse_timestamp("2020-03-25T18:07:14+08:00").unwrap();
        assert_eq!(t.offset(), UtcOffset::from_hms(8, 0, 0).unwrap());
        assert_eq!(t, datetime!(2020-03-25 10:07:14 UTC));
        let t = parse_timestamp("2020-03-25T10:07:14-0530").unwrap();
        assert_eq!(t.offset(), UtcOffset::from_hms(-5, -30, 0).unwrap());
    }

    #[test]
    fn rejects_what_is_not_a_timestamp() {
        let long_digits = "9".repeat(10_000);
        let long_fraction = format!("2020-03-25T10:07:14.{}Z", "1".repeat(10_000));
        let rejects = [
            "",
            "2020-13-01T00:00:00Z",
            "2020-00-01T00:00:00Z",
            "2020-02-30T00:00:00Z",
            "2021-02-29T00:00:00Z",
            "2020-04-31T00:00:00Z",
            "2020-03-00T00:00:00Z",
            "Foo Jan 17 16:43:37 2017",
            " 2020-03-25T10:07:14Z",
            "2020-03-25T10:07:14Z ",
            "2020-03-25T10:07:14Z\n",
            "\t1585130834",
            "1585130834 ",
            "2020-03-25T10:07:14.Z",
            "2020-03-25T10:07:14.",
            "99999999999999999999",
            "-99999999999999999999",
            "9223372036854775807",
            "-9223372036854775808",
            "2020-03-25T10:07:14.1234567891Z",
            "2020-03-25T10:07:14.1234567891",
            "2020-03-25T24:00:00Z",
            "2020-03-25T10:60:00Z",
            "2020-03-25T10:07:60Z",
            "2020-03-25T10:07:14+24:00",
            "2020-03-25T10:07:14+08:60",
            "2020-03-25T10:07:14+08",
            "2020-03-25T10:07:14+08:0",
            "2020-03-25T10:07:14+08:000",
            "2020-03-25T10:07:14+0800Z",
            "2020-03-25T10:07:14ZZ",
            "2020-03-25T10:07:14 Z",
            "2020-03-25T10:07:14UTC",
            "2020-03-25T10:07",
            "2020-03-25",
            "2020-3-25T10:07:14Z",
            "20200325T100714Z",
            "2020/03/25T10:07:14Z",
            "2020-03-25_10:07:14Z",
            "+2020-03-25T10:07:14Z",
            "-2020-03-25T10:07:14Z",
            "２０２０-03-25T10:07:14Z",
            "2020-03-25T10:07:14.１Z",
            "2020-03-25T10:07:14+0８:00",
            "2020-03-25T10:07:14é",
            "Tue Jan 17 16:43:37 17",
            "Tue Jan 17 16:43:37 20170",
            "Tue Jan 17 16:43:37 2017 ",
            "Tue Jan 17 16:43:37 2017\r\n",
            "Tue  Jan 17 16:43:37 2017",
            "Tue Jan 32 16:43:37 2017",
            "Tue Jan 00 16:43:37 2017",
            "Tue Jan  0 16:43:37 2017",
            "Tue Feb 29 00:00:00 2017",
            "Tue Foo 17 16:43:37 2017",
            "Tuesday Jan 17 16:43:37 2017",
            "Tue January 17 16:43:37 2017",
            "Tue Jan 17 24:00:00 2017",
            "Tue Jan 17 16:43 2017",
            "Tue Jan 17 16:43:37",
            "Tue Jan 17",
            "Tue",
            "T",
            "Tue Jan 1x 16:43:37 2017",
            "Tue Jan   7 16:43:37 2017",
            "Tue, 17 Jan 2017 16:43:37 GMT",
            "Tué Jan 17 16:43:37 2017",
            "-",
            "--1",
            "+1",
            "1.5",
            "1e9",
            "\u{0}",
            long_digits.as_str(),
            long_fraction.as_str(),
        ];
        for text in rejects {
            assert!(parse_timestamp(text).is_err(), "{text:?} accepted");
        }
    }

    #[test]
    fn rejects_instants_that_overflow_in_utc() {
        // Year 10000 in UTC: representable only with `time`'s `large-dates` feature.
        let result = parse_timestamp("9999-12-31T23:59:59-01:00");
        if Date::MAX.year() == 9999 {
            assert!(result.is_err());
        }
        assert!(result.is_err() || result.unwrap().checked_to_offset(UtcOffset::UTC).is_some());
    }

    #[test]
    fn the_single_form_parsers_accept_only_their_form() {
        assert!(parse_iso8601("2020-03-25T10:07:14Z").is_ok());
        assert!(parse_iso8601("Tue Jan 17 16:43:37 2017").is_err());
        assert!(parse_iso8601("1585130834").is_err());
        assert!(parse_asctime("Tue Jan 17 16:43:37 2017").is_ok());
        assert!(parse_asctime("2020-03-25T10:07:14Z").is_err());
        assert!(parse_asctime("1585130834").is_err());
    }

    #[test]
    fn unix_seconds_out_of_range_are_errors() {
        assert_eq!(from_unix_seconds(0).unwrap(), OffsetDateTime::UNIX_EPOCH);
        assert_eq!(from_unix_seconds(1585130834).unwrap(), datetime!(2020-03-25 10:07:14 UTC));
        for seconds in [i64::MIN, i64::MAX, 253_402_300_800 * 1000, -377_705_116_800 * 1000] {
            let error = from_unix_seconds(seconds).unwrap_err();
            assert!(error.to_string().contains(&seconds.to_string()), "{error}");
        }
    }

    #[test]
    fn error_messages_quote_the_text_and_list_the_forms() {
        let error = parse_timestamp("2020-13-01T00:00:00Z").unwrap_err();
        assert_eq!(
            error.to_string(),
            "invalid timestamp \"2020-13-01T00:00:00Z\": month out of range; expected an RFC \
             3339 date-time (2020-03-25T10:07:14Z), an asctime date (Tue Jan 17 16:43:37 2017) \
             or UNIX seconds (1585130834)"
        );
        let error = parse_timestamp("2020-02-30T00:00:00Z").unwrap_err();
        assert!(error.to_string().contains("day out of range for the month"), "{error}");
        let error = parse_timestamp("2020-03-25T10:07:14.1234567891Z").unwrap_err();
        assert!(error.to_string().contains("more than 9 digits"), "{error}");
        let error = parse_asctime("Foo Jan 17 16:43:37 2017").unwrap_err();
        assert!(error.to_string().contains("weekday"), "{error}");
        assert!(error.to_string().ends_with("expected an asctime date (Tue Jan 17 16:43:37 2017)"));
        let error = parse_iso8601("x").unwrap_err();
        assert!(
            error.to_string().ends_with("expected an RFC 3339 date-time (2020-03-25T10:07:14Z)")
        );
        // Control characters are escaped and long texts are cut.
        let error = parse_timestamp("a\nb").unwrap_err();
        assert!(error.to_string().starts_with("invalid timestamp \"a\\nb\":"), "{error}");
        let error = parse_timestamp(&"é".repeat(1000)).unwrap_err();
        assert!(error.to_string().len() < 400, "{error}");
        assert!(error.to_string().contains("é\"…:"), "{error}");
    }

    #[test]
    fn formats_fractions_trimmed_and_offsets_in_utc() {
        let cases = [
            (datetime!(2020-03-25 10:07:14 UTC), "2020-03-25T10:07:14Z"),
            (datetime!(2020-03-25 10:07:14.5 UTC), "2020-03-25T10:07:14.5Z"),
            (datetime!(2020-03-25 10:07:14.123 UTC), "2020-03-25T10:07:14.123Z"),
            (datetime!(2020-03-25 10:07:14.000000001 UTC), "2020-03-25T10:07:14.000000001Z"),
            (datetime!(2020-03-25 10:07:14.999999999 UTC), "2020-03-25T10:07:14.999999999Z"),
            (datetime!(2020-03-25 10:07:14.010 UTC), "2020-03-25T10:07:14.01Z"),
            (datetime!(2020-03-25 18:07:14 +08:00), "2020-03-25T10:07:14Z"),
            (datetime!(2020-01-01 00:30:00 +01:00), "2019-12-31T23:30:00Z"),
            (datetime!(0001-02-03 04:05:06 UTC), "0001-02-03T04:05:06Z"),
            (datetime!(0000-01-01 00:00:00 UTC), "0000-01-01T00:00:00Z"),
            (datetime!(-0001-12-31 23:59:59 UTC), "-0001-12-31T23:59:59Z"),
            (datetime!(-9999-01-01 00:00:00 UTC), "-9999-01-01T00:00:00Z"),
            (datetime!(9999-12-31 23:59:59.999999999 UTC), "9999-12-31T23:59:59.999999999Z"),
            // Converting to UTC leaves the range of `time` (without `large-dates`).
            (datetime!(9999-12-31 23:59:59 -01:00), "10000-01-01T00:59:59Z"),
            (datetime!(-9999-01-01 00:00:00.5 +01:00), "-10000-12-31T23:00:00.5Z"),
            (datetime!(-9999-01-01 00:00:00 +25:59:59), "-10000-12-30T22:00:01Z"),
        ];
        for (t, expected) in cases {
            assert_eq!(to_rfc3339_utc(t), expected);
            let mut out = String::from("at ");
            write_rfc3339_utc(&mut out, t).unwrap();
            assert_eq!(out, format!("at {expected}"));
        }
    }

    #[test]
    fn writes_to_unsized_writers_in_one_piece() {
        struct Pieces(Vec<String>);
        impl fmt::Write for Pieces {
            fn write_str(&mut self, s: &str) -> fmt::Result {
                self.0.push(s.to_owned());
                Ok(())
            }
        }
        let mut pieces = Pieces(Vec::new());
        let out: &mut dyn fmt::Write = &mut pieces;
        write_rfc3339_utc(out, datetime!(2020-03-25 10:07:14.5 UTC)).unwrap();
        assert_eq!(pieces.0, ["2020-03-25T10:07:14.5Z"]);
    }

    #[test]
    fn civil_from_days_agrees_with_time() {
        let min = Date::MIN.to_julian_day();
        let max = Date::MAX.to_julian_day();
        let epoch = Date::from_calendar_date(1970, Month::January, 1).unwrap().to_julian_day();
        let step = 997; // a prime, to land on every month and day of the month
        for julian in (min..=max).step_by(step).chain([min, max]) {
            let date = Date::from_julian_day(julian).unwrap();
            let days = i64::from(julian - epoch);
            assert_eq!(
                civil_from_days(days),
                (i64::from(date.year()), u8::from(date.month()), date.day()),
                "{date}"
            );
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(-1), (1969, 12, 31));
    }

    /// Any instant whose UTC year is 0 to 9999, at any offset.
    fn instant() -> impl Strategy<Value = OffsetDateTime> {
        (
            -62_167_219_200i64..=253_402_300_799,
            0u32..1_000_000_000,
            -86_399i32..=86_399, // RFC 3339 offsets: hours 00 to 23
            any::<bool>(),
        )
            .prop_map(|(seconds, nanosecond, offset, whole_minutes)| {
                let utc = OffsetDateTime::from_unix_timestamp(seconds)
                    .unwrap()
                    .replace_nanosecond(nanosecond)
                    .unwrap();
                let offset = if whole_minutes { offset / 60 * 60 } else { offset };
                let offset = UtcOffset::from_whole_seconds(offset).unwrap();
                utc.checked_to_offset(offset).unwrap_or(utc)
            })
    }

    proptest! {
        #[test]
        fn format_then_parse_gives_the_same_instant(t in instant()) {
            let text = to_rfc3339_utc(t);
            let back = parse_timestamp(&text).unwrap();
            prop_assert_eq!(back.unix_timestamp_nanos(), t.unix_timestamp_nanos());
            prop_assert_eq!(back.offset(), UtcOffset::UTC);
            prop_assert_eq!(parse_iso8601(&text).unwrap(), t);
        }

        #[test]
        fn agrees_with_the_rfc3339_parser_of_time(t in instant()) {
            // `time` writes the offset as given (whole minutes only) and the fraction untrimmed.
            if t.offset().seconds_past_minute() == 0 {
                let text = t.format(&Rfc3339).unwrap();
                prop_assert_eq!(parse_timestamp(&text).unwrap(), t, "{}", text);
                prop_assert_eq!(parse_timestamp(&text).unwrap().offset(), t.offset());
            }
            let ours = to_rfc3339_utc(t);
            prop_assert_eq!(OffsetDateTime::parse(&ours, &Rfc3339).unwrap(), t);
        }

        #[test]
        fn asctime_matches_the_date(t in instant()) {
            let u = t.to_offset(UtcOffset::UTC);
            let weekday = &u.weekday().to_string()[..3];
            let month = &u.month().to_string()[..3];
            let text = format!(
                "{weekday} {month} {:2} {:02}:{:02}:{:02} {:04}",
                u.day(), u.hour(), u.minute(), u.second(), u.year()
            );
            prop_assert_eq!(parse_timestamp(&text).unwrap(), u.replace_nanosecond(0).unwrap());
        }

        #[test]
        fn never_panics_on_any_text(text in any::<String>()) {
            let _ = parse_timestamp(&text);
            let _ = parse_iso8601(&text);
            let _ = parse_asctime(&text);
        }

        #[test]
        fn never_panics_on_near_misses(
            text in "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt _][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]{0,11})?([Zz]|[+-][0-9]{2}:?[0-9]{0,3})?",
            asctime in "[A-Za-z]{3} [A-Za-z]{3} [ 0-9]{1,3} [0-9]{2}:[0-9]{2}:[0-9]{2} [0-9]{2,5}",
        ) {
            for text in [&text, &asctime] {
                if let Ok(t) = parse_timestamp(text) {
                    // Whatever is accepted round-trips through the UTC form.
                    let back = parse_timestamp(&to_rfc3339_utc(t)).unwrap();
                    prop_assert_eq!(back, t);
                }
            }
        }
    }
}
