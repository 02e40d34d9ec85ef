//! Pieces the two request decoders share.

use codec_core::query::{QueryPair, RequestTarget, split_target};
use codec_core::{Error, ErrorKind, Limits, Result};

/// Reads a request target: its path (`/` or none), the operation's bare flag (required,
/// once), and every other pair, handed to `pair` (which skips those it does not know).
/// Returns where the target ends, where a missing parameter is placed.
pub(crate) fn read_target<'a>(
    input: &'a [u8],
    limits: &Limits,
    operation: &str,
    mut pair: impl FnMut(QueryPair<'a>) -> Result<()>,
) -> Result<usize> {
    let input = limits.checked_text(input, "the request target")?;
    let target = check_path(input)?;
    let mut seen_flag = None;
    for next in target.pairs() {
        let next = next?;
        if next.name == operation {
            next.set_once(&mut seen_flag, flag(&next)?)?;
        } else {
            pair(next)?;
        }
    }
    if seen_flag.is_none() {
        return Err(Error::missing_field(operation).with_offset(target.end()));
    }
    Ok(target.end())
}

/// Splits a request target and checks that its path, when there is one, is `/`: UFile
/// addresses the bucket by host name, and these operations act on the bucket.
fn check_path(input: &str) -> Result<RequestTarget<'_>> {
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
/// value (`muploadpart=`); an error is placed at the pair.
fn flag(pair: &QueryPair<'_>) -> Result<()> {
    match pair.value.as_deref() {
        None | Some("") => Ok(()),
        Some(value) => Err(pair.place(Error::invalid_value(format!(
            "`{}` is a bare flag and takes no value, found {}",
            pair.name,
            codec_core::number::excerpt(value)
        )))),
    }
}
