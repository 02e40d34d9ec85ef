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
        let response_path = if operation.name == "error" {
            format!("{vendor}/error.json")
        } else {
            format!("{vendor}/{}.response.json", operation.name)
        };
        if let Some(response) = &operation.response {
            files.push(file(response_path, (response.schema)(&settings)));
        }
        if let Some(request) = &operation.request {
            files.push(file(
                format!("{vendor}/{}.request.json", operation.name),
                (request.schema)(&settings),
            ));
        }
    }
    files.push(core::<PartsPage<'_>>(&settings, "parts-page"));
    files.push(core::<UploadsPage<'_>>(&settings, "uploads-page"));
    files.push(core::<ServiceError<'_>>(&settings, "service-error"));
    files.push(core::<InitiatedUpload<'_>>(&settings, "initiated-upload"));
    files.push(core::<CompleteRequest<'_>>(&settings, "complete-request"));
    files.push(core::<CompletedUpload<'_>>(&settings, "completed-upload"));
    // The guide for readers outside Rust travels with the schemas, so that `--out DIR`
    // reproduces the whole folder.
    files.push(SchemaFile { path: PathBuf::from("README.md"), text: README.to_owned() });
    files
}

/// `schemas/README.md`: what the files describe and how to validate with them.
const README: &str = include_str!("schemas-readme.md");

fn core<T: JsonSchema>(settings: &SchemaSettings, name: &str) -> SchemaFile {
    let schema = settings.clone().into_generator().into_root_schema_for::<T>();
    file(format!("core/{name}.json"), schema)
}

/// One schema file. Its `title` is a type name made from its path ([`type_name`]):
/// code generators (datamodel-code-generator, json-schema-to-typescript) name the root
/// type after the title, so `core/parts-page.json` gives a `PartsPage` in Python and in
/// TypeScript.
fn file(path: String, mut schema: Schema) -> SchemaFile {
    schema.insert("title".into(), type_name(&path).into());
    schema.insert("$id".into(), format!("{ID_BASE}{path}").into());
    let mut value = schema.to_value();
    tidy(&mut value);
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    SchemaFile { path: PathBuf::from(path), text }
}

/// The type name of the schema file at `path` (below the schema folder): its words,
/// each capitalized, the vendor's first and `core/` left out:
/// `cos/list-parts.response.json` is `CosListPartsResponse`, `pds/error.json` is
/// `PdsError`, `core/parts-page.json` is `PartsPage`.
fn type_name(path: &str) -> String {
    let path = path.strip_suffix(".json").unwrap_or(path);
    let path = path.strip_prefix("core/").unwrap_or(path);
    path.split(['/', '-', '.', '_'])
        .flat_map(|word| {
            let mut chars = word.chars();
            chars.next().map(|first| first.to_ascii_uppercase()).into_iter().chain(chars)
        })
        .collect()
}

/// Makes the generated schema read well outside Rust: descriptions come from the Rust
/// doc comments, so each stops before its first code example and keeps only the text of
/// its intra-doc links; schemars' integer formats (`uint32`, `int64`, …), which
/// validators such as Ajv reject in strict mode, become the bounds they stand for; and
/// "at least one of these members" ([`at_least_one_member`]) is said in a form that
/// code generators leave alone.
fn tidy(value: &mut serde_json::Value) {
    match value {
        serde_json::Value::Object(map) => {
            at_least_one_member(map);
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

/// An object schema that requires at least one of its members says so as
/// `"anyOf": [{"required": ["a"]}, {"required": ["b"]}, …]`. Validators read that well,
/// code generators do not: datamodel-codegen makes one Pydantic class per branch and a
/// union of them, json-schema-to-typescript intersects the type with an index signature
/// `[k: string]: unknown` (any member of any type). The same rule as
/// `"not": {"properties": {"a": false, "b": false, …}}` (refused: an object with none of
/// them) validates exactly the same objects, and both generators skip `not`: one class,
/// one interface, each member optional. Other `anyOf`s are left as they are.
fn at_least_one_member(map: &mut serde_json::Map<String, serde_json::Value>) {
    let (Some(serde_json::Value::Array(branches)), Some(serde_json::Value::Object(properties))) =
        (map.get("anyOf"), map.get("properties"))
    else {
        return;
    };
    if map.contains_key("not") {
        return;
    }
    let names: Option<Vec<&str>> = branches
        .iter()
        .map(|branch| match branch.as_object()?.iter().collect::<Vec<_>>()[..] {
            [(key, serde_json::Value::Array(required))] if key == "required" => match &required[..]
            {
                [serde_json::Value::String(name)] if properties.contains_key(name) => {
                    Some(name.as_str())
                }
                _ => None,
            },
            _ => None,
        })
        .collect();
    let Some(names) = names.filter(|names| !names.is_empty()) else { return };
    let absent: serde_json::Map<_, _> =
        names.iter().map(|name| ((*name).to_owned(), serde_json::Value::Bool(false))).collect();
    let not = serde_json::json!({
        "description": "Refused: an object with none of these members (at least one must be present).",
        "properties": absent,
    });
    map.remove("anyOf");
    map.insert("not".into(), not);
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
    fn titles_are_type_names() {
        assert_eq!(type_name("cos/list-parts.response.json"), "CosListPartsResponse");
        assert_eq!(type_name("qingstor/error.json"), "QingstorError");
        assert_eq!(type_name("core/parts-page.json"), "PartsPage");
    }

    #[test]
    fn at_least_one_member_becomes_not_none_of_them() {
        let mut schema = serde_json::json!({
            "type": "object",
            "properties": {"a": {"type": "string"}, "b": {"type": "integer"}},
            "anyOf": [{"required": ["a"]}, {"required": ["b"]}],
        });
        tidy(&mut schema);
        assert_eq!(schema.get("anyOf"), None);
        assert_eq!(schema["not"]["properties"], serde_json::json!({"a": false, "b": false}));
        let validator = jsonschema::draft202012::new(&schema).unwrap();
        assert!(validator.is_valid(&serde_json::json!({"a": "x"})));
        assert!(validator.is_valid(&serde_json::json!({"b": 1, "c": null})));
        assert!(!validator.is_valid(&serde_json::json!({})));
        assert!(!validator.is_valid(&serde_json::json!({"c": 1})));
        assert!(!validator.is_valid(&serde_json::json!({"a": 1})));

        // Not "at least one member": a branch that requires two, or a member the object
        // does not declare.
        for branches in [
            serde_json::json!([{"required": ["a", "b"]}, {"required": ["b"]}]),
            serde_json::json!([{"required": ["a"]}, {"required": ["z"]}]),
            serde_json::json!([{"required": ["a"], "type": "object"}]),
        ] {
            let mut schema = serde_json::json!({
                "properties": {"a": {"type": "string"}, "b": {"type": "integer"}},
                "anyOf": branches.clone(),
            });
            tidy(&mut schema);
            assert_eq!(schema["anyOf"], branches);
        }
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
