//! Pieces the two request decoders share.

use std::borrow::Cow;

use codec_core::query::{QueryPair, RequestTarget, split_target};
use codec_core::{Error, ErrorKind, Result};

/// Splits a request target and checks that its path, when there is one, is `/`: UFile
/// addresses the bucket by host name, and these operations act on the bucket.
pub(crate) fn check_path(input: &str) -> Result<RequestTarget<'_>> {
    let target = split_target(input);
    match target.path {
        None | Some("/") => Ok(target),
        Some(path) => Err(Error::new(
            ErrorKind::InvalidValue,
            format!("expected the path `/`, found {}", codec_core::number::excerpt(path)),
        )
        .with_offset(0)
        .with_path("path")),
    }
}

/// Checks an operation flag (`muploadpart`, `muploadid`): bare, or with an empty
/// value (`muploadpart=`).
pub(crate) fn flag(pair: &QueryPair<'_>) -> Result<()> {
    match pair.value.as_deref() {
        None | Some("") => Ok(()),
        Some(value) => Err(Error::invalid_value(format!(
            "`{}` is a bare flag and takes no value, found {}",
            pair.name,
            codec_core::number::excerpt(value)
        ))),
    }
}

/// A pair's value as text; a bare name is the empty string.
pub(crate) fn text<'a>(pair: &QueryPair<'a>) -> Cow<'a, str> {
    pair.value.clone().unwrap_or(Cow::Borrowed(""))
}

/// A pair's value as an unsigned integer of 32 bits.
pub(crate) fn u32_param(pair: &QueryPair<'_>) -> Result<u32> {
    let text = pair.value.as_deref().unwrap_or("");
    let value = codec_core::number::parse_in_range(text, 0, u32::MAX.into())?;
    u32::try_from(value).map_err(|_| Error::invalid_value("out of range"))
}
