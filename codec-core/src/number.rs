//! Strict parsing of the numbers and booleans that travel as text (XML text nodes,
//! query values, numeric strings in JSON).
//!
//! Only ASCII digits are accepted: no sign, no whitespace, no `_`, so that a value
//! re-encodes to the text it came from (leading zeros aside).

use std::fmt;

use crate::{Error, Result};

/// At most this many characters of an offending value are quoted in an error message.
const EXCERPT_CHARS: usize = 40;

/// Quotes `text` for an error message, cut short when long (a hostile body may hold
/// megabytes in one value).
pub fn excerpt(text: &str) -> impl fmt::Display + '_ {
    Excerpt { text, quoted: true }
}

/// `text` cut short when long, without quotes: for element and entity names.
pub fn clip(text: &str) -> impl fmt::Display + '_ {
    Excerpt { text, quoted: false }
}

struct Excerpt<'t> {
    text: &'t str,
    quoted: bool,
}

impl fmt::Display for Excerpt<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (head, cut) = match self.text.char_indices().nth(EXCERPT_CHARS) {
            Some((cut, _)) => (&self.text[..cut], true),
            None => (self.text, false),
        };
        if self.quoted {
            write!(f, "{head:?}")?;
        } else {
            f.write_str(head)?;
        }
        if cut {
            f.write_str("…")?;
        }
        Ok(())
    }
}

/// Parses an unsigned decimal integer of at most 64 bits.
///
/// ```
/// assert_eq!(codec_core::number::parse_u64("5242880").unwrap(), 5_242_880);
/// assert!(codec_core::number::parse_u64("-1").is_err());
/// assert!(codec_core::number::parse_u64("18446744073709551616").is_err());
/// ```
#[inline]
pub fn parse_u64(text: &str) -> Result<u64> {
    // One pass: accumulate while checking every byte is a digit; overflow is reported
    // only for a text that is all digits.
    let mut value: u64 = 0;
    let mut overflow = false;
    for byte in text.bytes() {
        let digit = byte.wrapping_sub(b'0');
        if digit > 9 {
            return Err(not_an_integer(text));
        }
        match value.checked_mul(10).and_then(|v| v.checked_add(u64::from(digit))) {
            Some(next) => value = next,
            None => overflow = true,
        }
    }
    if text.is_empty() {
        return Err(not_an_integer(text));
    }
    if overflow {
        return Err(Error::invalid_value(format!("{} does not fit in 64 bits", excerpt(text))));
    }
    Ok(value)
}

#[cold]
fn not_an_integer(text: &str) -> Error {
    Error::invalid_value(format!("expected an unsigned integer, found {}", excerpt(text)))
}

/// Parses an unsigned decimal integer and checks it lies in `min..=max`.
///
/// ```
/// use codec_core::number::parse_in_range;
/// assert_eq!(parse_in_range("10000", 1, 10_000).unwrap(), 10_000);
/// assert!(parse_in_range("0", 1, 10_000).is_err());
/// ```
#[inline]
pub fn parse_in_range(text: &str, min: u64, max: u64) -> Result<u64> {
    let value = parse_u64(text)?;
    check_range(value, min, max)
}

/// Checks `value` lies in `min..=max`.
#[inline]
pub fn check_range(value: u64, min: u64, max: u64) -> Result<u64> {
    if value < min || value > max {
        return Err(Error::invalid_value(format!(
            "{value} is out of range: expected {min} to {max}"
        )));
    }
    Ok(value)
}

/// Parses `true` or `false`, exactly.
#[inline]
pub fn parse_bool(text: &str) -> Result<bool> {
    match text {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(Error::invalid_value(format!("expected true or false, found {}", excerpt(text)))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_what_is_not_plain_digits() {
        for text in ["", "+1", "-1", " 1", "1 ", "1_000", "0x10", "1.0", "١"] {
            assert!(parse_u64(text).is_err(), "{text:?} was accepted");
        }
    }

    #[test]
    fn overflow_is_an_error_that_says_so() {
        let error = parse_u64("18446744073709551616").unwrap_err();
        assert_eq!(error.message(), "\"18446744073709551616\" does not fit in 64 bits");
        assert_eq!(parse_u64("18446744073709551615").unwrap(), u64::MAX);
    }

    #[test]
    fn excerpt_cuts_long_values() {
        let long = "x".repeat(1000);
        assert_eq!(excerpt(&long).to_string(), format!("{:?}…", "x".repeat(40)));
    }

    #[test]
    fn booleans_are_exact() {
        assert!(parse_bool("true").unwrap());
        assert!(!parse_bool("false").unwrap());
        assert!(parse_bool("True").is_err());
        assert!(parse_bool("1").is_err());
    }
}
