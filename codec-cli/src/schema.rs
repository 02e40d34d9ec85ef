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
    inline_plain_definitions(&mut value);
    rename_definitions_named_like_members(&mut value);
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

/// The keywords that may stand beside a `$ref` and still let it be written in place:
/// they say what the use is, not what it accepts.
const ANNOTATIONS: &[&str] = &["description", "title", "default", "examples", "deprecated"];

/// Writes the definitions that are plain values (a string with a pattern, a bounded
/// integer, a string or a number, an array of numbers: no members, no enumeration, no
/// reference) in place of each `$ref` to them, and drops them from `$defs`. A named
/// definition becomes a type of its own in the generators: in Pydantic a `RootModel`
/// whose value is behind `.root` (`part.ETag.root`), and, where a member has the
/// definition's name (COS's `ETag`, `StorageClass`, `EncodingType`), a member renamed
/// `ETag_1`. In place, the member is a `str`, an `int`, a `str | int`. Beside a `$ref`,
/// its annotations ([`ANNOTATIONS`]) win over the definition's; a `$ref` with other
/// keywords beside it stays.
fn inline_plain_definitions(root: &mut serde_json::Value) {
    let Some(serde_json::Value::Object(defs)) = root.get("$defs") else { return };
    let plain: serde_json::Map<String, serde_json::Value> =
        defs.iter().filter(|(_, def)| is_plain(def)).map(|(n, d)| (n.clone(), d.clone())).collect();
    if plain.is_empty() {
        return;
    }
    let mut still_used = std::collections::BTreeSet::new();
    write_in_place(root, &plain, &mut still_used);
    if let Some(serde_json::Value::Object(defs)) = root.get_mut("$defs") {
        defs.retain(|name, _| !plain.contains_key(name) || still_used.contains(name));
        if defs.is_empty() {
            root.as_object_mut().map(|map| map.remove("$defs"));
        }
    }
}

/// Whether a definition is a plain value: not an object, and nothing in it that names
/// members, an enumeration or another definition.
fn is_plain(def: &serde_json::Value) -> bool {
    fn contains_any(value: &serde_json::Value, keys: &[&str]) -> bool {
        match value {
            serde_json::Value::Object(map) => {
                keys.iter().any(|key| map.contains_key(*key))
                    || map.values().any(|child| contains_any(child, keys))
            }
            serde_json::Value::Array(items) => items.iter().any(|item| contains_any(item, keys)),
            _ => false,
        }
    }
    let object = |t: &serde_json::Value| t.as_str() == Some("object");
    def.is_object()
        && !def
            .get("type")
            .is_some_and(|t| object(t) || t.as_array().is_some_and(|ts| ts.iter().any(object)))
        && !contains_any(
            def,
            &["$ref", "properties", "additionalProperties", "enum", "const", "oneOf"],
        )
}

/// Replaces each `$ref` to one of `plain` by the definition, its annotations kept; notes
/// in `still_used` a definition whose `$ref` had to stay.
fn write_in_place(
    value: &mut serde_json::Value,
    plain: &serde_json::Map<String, serde_json::Value>,
    still_used: &mut std::collections::BTreeSet<String>,
) {
    match value {
        serde_json::Value::Object(map) => {
            let target = map
                .get("$ref")
                .and_then(|r| r.as_str())
                .and_then(|r| r.strip_prefix("#/$defs/"))
                .filter(|name| plain.contains_key(*name))
                .map(str::to_owned);
            if let Some(name) = target {
                if map.keys().all(|key| key == "$ref" || ANNOTATIONS.contains(&key.as_str())) {
                    let mut def = plain[&name].as_object().cloned().unwrap_or_default();
                    map.remove("$ref");
                    def.extend(std::mem::take(map));
                    *map = def;
                } else {
                    still_used.insert(name);
                }
                return;
            }
            map.values_mut().for_each(|child| write_in_place(child, plain, still_used));
        }
        serde_json::Value::Array(items) => {
            items.iter_mut().for_each(|item| write_in_place(item, plain, still_used))
        }
        _ => {}
    }
}

/// Renames a definition that has the name of a member of the same file (COS's `Owner`,
/// the type of the members `Owner` and `Initiator`) to that name and `Type`
/// (`OwnerType`): Pydantic cannot have a member and its type share a name, and
/// datamodel-codegen would rename the member (`Owner_1`, aliased to `Owner`).
fn rename_definitions_named_like_members(root: &mut serde_json::Value) {
    fn members(value: &serde_json::Value, names: &mut std::collections::BTreeSet<String>) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::Object(properties)) = map.get("properties") {
                    names.extend(properties.keys().cloned());
                }
                map.values().for_each(|child| members(child, names));
            }
            serde_json::Value::Array(items) => items.iter().for_each(|item| members(item, names)),
            _ => {}
        }
    }
    fn rename(value: &mut serde_json::Value, from: &str, to: &str) {
        match value {
            serde_json::Value::Object(map) => {
                if let Some(serde_json::Value::String(target)) = map.get_mut("$ref")
                    && target.strip_prefix("#/$defs/") == Some(from)
                {
                    *target = format!("#/$defs/{to}");
                }
                map.values_mut().for_each(|child| rename(child, from, to));
            }
            serde_json::Value::Array(items) => {
                items.iter_mut().for_each(|item| rename(item, from, to))
            }
            _ => {}
        }
    }
    let mut names = std::collections::BTreeSet::new();
    members(root, &mut names);
    let Some(serde_json::Value::Object(defs)) = root.get("$defs") else { return };
    let clashes: Vec<String> = defs.keys().filter(|name| names.contains(*name)).cloned().collect();
    for name in clashes {
        let mut new = format!("{name}Type");
        while root["$defs"].get(&new).is_some() || names.contains(&new) {
            new.push('_');
        }
        if let Some(serde_json::Value::Object(defs)) = root.get_mut("$defs")
            && let Some(def) = defs.remove(&name)
        {
            defs.insert(new.clone(), def);
        }
        rename(root, &name, &new);
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
        // A shortcut intra-doc link, [`Type::item`]: its code span alone.
        if let Some(shortcut) = shortcut_link(&rest[open..]) {
            out.push_str(&rest[..open]);
            out.push_str(&shortcut[1..shortcut.len() - 1]);
            rest = &rest[open + shortcut.len()..];
            continue;
        }
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

/// The shortcut link that `text` starts with, brackets included: `` [`code`] `` not
/// followed by `(` or `[` (which would make it an inline or reference link).
fn shortcut_link(text: &str) -> Option<&str> {
    let inner = text.strip_prefix("[`")?;
    let end = inner.find('`')?;
    let after = text[2 + end + 1..].strip_prefix(']')?;
    let link = &text[..2 + end + 2];
    let plain = !inner[..end].contains(['[', ']']);
    (plain && !after.starts_with(['(', '['])).then_some(link)
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
        assert_eq!(
            plain_description("[`Error::is_retryable`] answers [`ErrorResponse::is_retryable`]."),
            "`Error::is_retryable` answers `ErrorResponse::is_retryable`."
        );
        assert_eq!(plain_description("[`a`][b], [`c`](d), [`e"), "[`a`][b], `c`, [`e");
        assert_eq!(plain_description("[`é`é [`é`]"), "[`é`é `é`");
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
    fn plain_definitions_are_written_in_place() {
        let mut schema = serde_json::json!({
            "$defs": {
                "ETag": {"type": "string", "description": "An ETag."},
                "Words": {"type": "array", "items": {"type": "integer"}, "maxItems": 8},
                "Vendor": {"oneOf": [{"const": "cos"}, {"const": "pds"}]},
                "Part": {
                    "type": "object",
                    "properties": {"ETag": {"anyOf": [{"$ref": "#/$defs/ETag"}, {"type": "null"}]}},
                },
            },
            "properties": {
                "etag": {"$ref": "#/$defs/ETag", "description": "The upload's."},
                "odd": {"$ref": "#/$defs/Words", "minItems": 1},
                "vendor": {"$ref": "#/$defs/Vendor"},
                "part": {"$ref": "#/$defs/Part"},
            },
        });
        inline_plain_definitions(&mut schema);
        assert_eq!(
            schema["properties"]["etag"],
            serde_json::json!({"type": "string", "description": "The upload's."})
        );
        assert_eq!(
            schema["$defs"]["Part"]["properties"]["ETag"]["anyOf"][0],
            serde_json::json!({"type": "string", "description": "An ETag."})
        );
        // A $ref with a keyword of its own beside it stays, and so does its definition;
        // an enumeration and an object stay named.
        assert_eq!(schema["properties"]["odd"]["$ref"], "#/$defs/Words");
        let names: Vec<_> = schema["$defs"].as_object().unwrap().keys().cloned().collect();
        assert_eq!(names, ["Part", "Vendor", "Words"]);
    }

    #[test]
    fn a_definition_named_like_a_member_is_renamed() {
        let mut schema = serde_json::json!({
            "$defs": {"Owner": {"type": "object", "properties": {"ID": {"type": "string"}}}},
            "properties": {
                "Owner": {"anyOf": [{"$ref": "#/$defs/Owner"}, {"type": "null"}]},
                "Initiator": {"$ref": "#/$defs/Owner"},
            },
        });
        rename_definitions_named_like_members(&mut schema);
        assert_eq!(schema["$defs"].as_object().unwrap().keys().collect::<Vec<_>>(), ["OwnerType"]);
        assert_eq!(schema["properties"]["Owner"]["anyOf"][0]["$ref"], "#/$defs/OwnerType");
        assert_eq!(schema["properties"]["Initiator"]["$ref"], "#/$defs/OwnerType");
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
