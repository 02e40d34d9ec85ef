//! Pieces the two request decoders share.

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
/// value (`muploadpart=`); an error is placed at the pair.
pub(crate) fn flag(pair: &QueryPair<'_>) -> Result<()> {
    match pair.value.as_deref() {
        None | Some("") => Ok(()),
        Some(value) => Err(pair.place(Error::invalid_value(format!(
            "`{}` is a bare flag and takes no value, found {}",
            pair.name,
            codec_core::number::excerpt(value)
        )))),
    }
}
