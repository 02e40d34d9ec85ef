//! The JSON the command prints.

use codec_core::{Error, ErrorKind};
use serde::Serialize;

/// How `decode` lays out its JSON.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Indented, one field a line.
    Pretty,
    /// One line.
    Compact,
}

/// Renders `value` as JSON text, with a trailing newline.
pub fn render<T: Serialize + ?Sized>(value: &T, style: Style) -> Result<String, Error> {
    let mut text = match style {
        Style::Pretty => serde_json::to_string_pretty(value),
        Style::Compact => serde_json::to_string(value),
    }
    .map_err(|e| Error::new(ErrorKind::Unencodable, e.to_string()))?;
    text.push('\n');
    Ok(text)
}
