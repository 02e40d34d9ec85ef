//! Small pieces every vendor decoder uses on its fields.

use std::borrow::Cow;

use crate::{Error, Result};

/// Stores `value` in `slot`, failing with [`DuplicateField`](crate::ErrorKind::DuplicateField)
/// (path `name`) when the field was already seen: singleton fields may appear once.
///
/// ```
/// let mut slot = None;
/// codec_core::field::set_once(&mut slot, 1, "Key")?;
/// let error = codec_core::field::set_once(&mut slot, 2, "Key").unwrap_err();
/// assert_eq!(error.path(), Some("Key"));
/// # Ok::<(), codec_core::Error>(())
/// ```
#[inline(always)]
pub fn set_once<T>(slot: &mut Option<T>, value: T, name: &str) -> Result<()> {
    if slot.is_some() {
        return Err(duplicate(name));
    }
    *slot = Some(value);
    Ok(())
}

// Out of line, so that `set_once` stays a compare and a store in the per-item loops.
#[cold]
#[inline(never)]
fn duplicate(name: &str) -> Error {
    Error::duplicate_field(name)
}

/// Detaches borrowed text from its input: the building block of `into_owned()`.
pub fn owned(text: Cow<'_, str>) -> Cow<'static, str> {
    Cow::Owned(text.into_owned())
}

/// [`owned`] for an optional field.
pub fn owned_opt(text: Option<Cow<'_, str>>) -> Option<Cow<'static, str>> {
    text.map(owned)
}
