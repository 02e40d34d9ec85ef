//! `codec schema`: one JSON Schema (2020-12) file per type, generated from the types
//! themselves so the files cannot drift from the code unnoticed.

use std::path::PathBuf;

use codec_core::{PartsPage, ServiceError, UploadsPage};
use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};

use crate::registry::OPERATIONS;

/// Where the files' `$id`s point: the `schemas/` folder of the repository.
pub const ID_BASE: &str = "https://github.com/multipart-codecs/multipart-codecs/blob/main/schemas/";

/// One schema file: its path below the schema folder and its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SchemaFile {
    /// The path below the schema folder, such as `cos/list-parts.response.json`.
    pub path: PathBuf,
    /// Pretty-printed JSON, keys in a stable (sorted) order, with a trailing newline.
    pub text: String,
}

/// Every schema file, in a stable order.
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
        files.push(file(response_path, &response_title, (operation.response.schema)(&settings)));
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
    files
}

fn core<T: JsonSchema>(settings: &SchemaSettings, name: &str, title: &str) -> SchemaFile {
    let schema = settings.clone().into_generator().into_root_schema_for::<T>();
    file(format!("core/{name}.json"), &format!("vendor-neutral {title}"), schema)
}

fn file(path: String, title: &str, mut schema: Schema) -> SchemaFile {
    schema.insert("$id".into(), format!("{ID_BASE}{path}").into());
    schema.insert("title".into(), title.into());
    let mut value = schema.to_value();
    strip_code_examples(&mut value);
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    SchemaFile { path: PathBuf::from(path), text }
}

/// Descriptions come from the Rust doc comments; their code examples are for Rust
/// readers, so each description stops before its first code fence.
fn strip_code_examples(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                match child {
                    serde_json::Value::String(text) if key == "description" => {
                        if let Some(fence) = text.find("```") {
                            text.truncate(fence);
                            let kept = text.trim_end().len();
                            text.truncate(kept);
                        }
                    }
                    _ => strip_code_examples(child),
                }
            }
        }
        serde_json::Value::Array(items) => items.iter_mut().for_each(strip_code_examples),
        _ => {}
    }
}
