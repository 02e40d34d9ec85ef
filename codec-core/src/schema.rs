//! Schema helpers for the vendor crates' `schemars` derives (feature `schema`).
//!
//! schemars lets every `Option` field be `null`; a vendor decoder that refuses `null`
//! where a value belongs marks the field with
//! `#[cfg_attr(feature = "schema", schemars(transform = codec_core::schema::not_null))]`
//! so that its schema refuses it too. Absent stays allowed: the field is still not
//! required.

use schemars::Schema;
use serde_json::Value;

/// Removes `null` from what a schema accepts: from a `type` list, or the `{"type":
/// "null"}` branch of an `anyOf`.
///
/// ```
/// let mut schema = schemars::json_schema!({"type": ["integer", "null"], "minimum": 0});
/// codec_core::schema::not_null(&mut schema);
/// assert_eq!(schema, schemars::json_schema!({"type": "integer", "minimum": 0}));
///
/// let mut schema = schemars::json_schema!({"anyOf": [{"$ref": "#/$defs/ETag"}, {"type": "null"}]});
/// codec_core::schema::not_null(&mut schema);
/// assert_eq!(schema, schemars::json_schema!({"$ref": "#/$defs/ETag"}));
/// ```
pub fn not_null(schema: &mut Schema) {
    let Some(object) = schema.as_object_mut() else { return };
    if let Some(Value::Array(types)) = object.get_mut("type") {
        types.retain(|t| t != "null");
        if let [single] = types.as_slice() {
            let single = single.clone();
            object.insert("type".into(), single);
        }
    }
    if let Some(Value::Array(branches)) = object.get_mut("anyOf") {
        branches.retain(|branch| branch.get("type").is_none_or(|t| t != "null"));
        if let [Value::Object(single)] = branches.as_slice() {
            let single = single.clone();
            object.remove("anyOf");
            object.extend(single);
        }
    }
}

/// Adds `name` to the properties a schema requires: for a field that must be present
/// but may be `null` (schemars leaves every `Option` out of `required`), from a
/// container transform (`schemars(transform = parts_required)`, a function that calls
/// this).
///
/// ```
/// let mut schema = schemars::json_schema!({"properties": {"Parts": {}}, "required": ["a"]});
/// codec_core::schema::require(&mut schema, "Parts");
/// assert_eq!(schema.get("required"), Some(&serde_json::json!(["a", "Parts"])));
/// ```
pub fn require(schema: &mut Schema, name: &str) {
    let Some(object) = schema.as_object_mut() else { return };
    let required = object.entry("required").or_insert_with(|| Value::Array(Vec::new()));
    if let Value::Array(names) = required
        && !names.iter().any(|n| n == name)
    {
        names.push(name.into());
    }
}
