//! Small pieces the codecs of this crate share: reading numbers in a range and placing
//! duplicate-key errors.

use codec_core::json::{JsonReader, JsonStr};
use codec_core::{Error, Result};

/// Reads an unsigned integer in `min..=max` as a `u32`, with the value's offset on a
/// range error (the reader places its own errors).
#[inline]
pub(crate) fn read_u32(json: &mut JsonReader<'_>, min: u32, max: u32) -> Result<u32> {
    let at = json.offset();
    let value = json.u64()?;
    if value < u64::from(min) || value > u64::from(max) {
        return Err(out_of_range(value, min, max, at));
    }
    // In range, so it fits.
    Ok(value as u32)
}

#[cold]
fn out_of_range(value: u64, min: u32, max: u32, at: usize) -> Error {
    codec_core::number::check_range(value, min.into(), max.into())
        .err()
        .unwrap_or_else(|| Error::invalid_value("out of range"))
        .with_offset(at)
}

/// Stores `value` in `slot`, or fails with a duplicate-field error at `key` when the
/// key was already seen.
#[inline]
pub(crate) fn set_once<T>(
    slot: &mut Option<T>,
    value: T,
    key: &JsonStr<'_>,
    name: &str,
) -> Result<()> {
    if slot.is_some() {
        return Err(duplicate(key, name));
    }
    *slot = Some(value);
    Ok(())
}

#[cold]
pub(crate) fn duplicate(key: &JsonStr<'_>, name: &str) -> Error {
    Error::duplicate_field(name).with_offset(key.offset())
}

/// Names the unknown member `name` in the path of an error found while skipping its
/// value (its name cut short when long: a hostile key may be megabytes).
#[cold]
pub(crate) fn unknown_member(error: Error, name: &str) -> Error {
    error.with_path(codec_core::number::clip(name).to_string())
}
