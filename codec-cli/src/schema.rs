//! `codec schema`: one JSON Schema (2020-12) file per type, generated from the types
//! themselves so the files cannot drift from the code unnoticed.

use std::path::PathBuf;

use codec_core::{
    CompleteRequest, CompletedUpload, InitiatedUpload, PartsPage, ServiceError, UploadsPage,
};
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};

use crate::registry::OPERATIONS;

/// The prefix of the files' `$id`s, followed by the path below the schema folder
/// (`urn:multipart-codecs:schema:cos/list-parts.response.json`): a name, not a
/// location, so no validator tries to fetch it.
pub const ID_BASE: &str = "urn:multipart-codecs:schema:";

/// One schema file: its path below the schema folder and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemaFile {
    /// The path below the schema folder, such as `cos/list-parts.response.json`.
    pub path: PathBuf,
    /// Pretty-printed JSON, keys in a stable (sorted) order, with a trailing newline.
    pub text: String,
}

/// Every file of the schema folder, in a stable order: one schema per type, and the
/// folder's README.
pub fn all() -> Vec<SchemaFile> {
    let settings = SchemaSettings::draft2020_12();
    let mut files = Vec::new();
    for operation in OPERATIONS {
        let vendor = operation.vendor.as_str();
        let (response_path, response_title) = if operation.name == "error" {
            (format!("{vendor}/error.json"), format!("{vendor} error body"))
        } else {
            (
                format!("{vendor}/{}.response.json", operation.name),
                format!("{vendor} {} response", operation.name),
            )
        };
        if let Some(response) = &operation.response {
            files.push(file(response_path, &response_title, (response.schema)(&settings)));
        }
        if let Some(request) = &operation.request {
            files.push(file(
                format!("{vendor}/{}.request.json", operation.name),
                &format!("{vendor} {} request", operation.name),
                (request.schema)(&settings),
            ));
        }
    }
    files.push(core::<PartsPage<'_>>(&settings, "parts-page", "PartsPage"));
    files.push(core::<UploadsPage<'_>>(&settings, "uploads-page", "UploadsPage"));
    files.push(core::<ServiceError<'_>>(&settings, "service-error", "ServiceError"));
    files.push(core::<InitiatedUpload<'_>>(&settings, "initiated-upload", "InitiatedUpload"));
    files.push(core::<CompleteRequest<'_>>(&settings, "complete-request", "CompleteRequest"));
    files.push(core::<CompletedUpload<'_>>(&settings, "completed-upload", "CompletedUpload"));
    // The guide for readers outside Rust travels with the schemas, so that `--out DIR`
    // reproduces the whole folder.
    files.push(SchemaFile { path: PathBuf::from("README.md"), text: README.to_owned() });
    files
}

/// `schemas/README.md`: what the files describe and how to validate with them.
const README: &str = include_str!("schemas-readme.md");

fn core<T: JsonSchema>(settings: &SchemaSettings, name: &str, title: &str) -> SchemaFile {
    let schema = settings.clone().into_generator().into_root_schema_for::<T>();
    file(format!("core/{name}.json"), &format!("vendor-neutral {title}"), schema)
}

fn file(path: String, title: &str, mut schema: Schema) -> SchemaFile {
    schema.insert("$id".into(), format!("{ID_BASE}{path}").into());
    schema.insert("title".into(), title.into());
    let mut value = schema.to_value();
    tidy(&mut value);
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    SchemaFile { path: PathBuf::from(path), text }
}

/// Makes the generated schema read well outside Rust: descriptions come from the Rust
/// doc comments, so each stops before its first code example and keeps only the text of
/// its intra-doc links; schemars' integer formats (`uint32`, `int64`, …), which
/// validators such as Ajv reject in strict mode, become the bounds they stand for.
fn tidy(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            if let Some(serde_json::Value::String(format)) = map.get("format")
                && let Some((min, max)) = integer_bounds(format)
            {
                map.remove("format");
                let minimum =
                    map.get("minimum").and_then(|m| m.as_i64()).map_or(min, |m| m.max(min));
                map.insert("minimum".into(), minimum.into());
                if !map.contains_key("maximum") {
                    map.insert("maximum".into(), max.into());
                }
            }
            for (key, child) in map.iter_mut() {
                match child {
                    serde_json::Value::String(text) if key == "description" => {
                        *text = plain_description(text);
                    }
                    _ => tidy(child),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(tidy),
        _ => {}
    }
}

/// The range of one of schemars' integer formats.
fn integer_bounds(format: &str) -> Option<(i64, serde_json::Number)> {
    let (min, max): (i64, serde_json::Number) = match format {
        "uint8" => (0, u8::MAX.into()),
        "uint16" => (0, u16::MAX.into()),
        "uint32" => (0, u32::MAX.into()),
        "uint64" => (0, u64::MAX.into()),
        "int8" => (i8::MIN.into(), i8::MAX.into()),
        "int16" => (i16::MIN.into(), i16::MAX.into()),
        "int32" => (i32::MIN.into(), i32::MAX.into()),
        "int64" => (i64::MIN, i64::MAX.into()),
        _ => return None,
    };
    Some((min, max))
}

/// A doc comment as plain text: up to its first code fence, `[text](target)` links
/// reduced to their text.
fn plain_description(doc: &str) -> String {
    let doc = doc.find("```").map_or(doc, |fence| &doc[..fence]).trim_end();
    let mut out = String::with_capacity(doc.len());
    let mut rest = doc;
    while let Some(open) = rest.find('[') {
        let link = rest[open..].find("](").and_then(|mid| {
            let close = rest[open + mid..].find(')')?;
            Some((open + mid, open + mid + close))
        });
        match link {
            Some((mid, close)) if !rest[open + 1..mid].contains(['[', ']']) => {
                out.push_str(&rest[..open]);
                out.push_str(&rest[open + 1..mid]);
                rest = &rest[close + 1..];
            }
            _ => {
                out.push_str(&rest[..=open]);
                rest = &rest[open + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn descriptions_lose_code_and_link_targets() {
        assert_eq!(
            plain_description("See [`parts`](Self::parts) and [a][b].\n```\ncode\n```"),
            "See `parts` and [a][b]."
        );
        assert_eq!(plain_description("x [y](z"), "x [y](z");
    }

    #[test]
    fn integer_formats_become_bounds() {
        let mut schema = serde_json::json!({"type": "integer", "format": "uint32", "minimum": 1});
        tidy(&mut schema);
        assert_eq!(
            schema,
            serde_json::json!({"type": "integer", "minimum": 1, "maximum": 4294967295u32})
        );
        let mut schema = serde_json::json!({"type": "integer", "format": "int64"});
        tidy(&mut schema);
        assert_eq!(schema["minimum"], i64::MIN);
    }
}
