//! The exported schemas describe what `codec decode` prints: every fixture's typed JSON
//! validates against its operation's schema, its normalized JSON against the core
//! schema; and for the JSON vendors, whose wire body is the typed JSON, the hostile
//! fixtures that are valid JSON but wrong in type fail the schema too.

use std::path::{Path, PathBuf};

use codec_cli::registry::{OPERATIONS, Operation};
use codec_cli::schema::SchemaFile;
use serde_json::Value;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// The fixture files of one folder (`ok/list-parts`, `err/error`, …) of a vendor crate;
/// none when the folder does not exist.
fn fixtures(vendor: &str, folder: &str) -> Vec<PathBuf> {
    let dir = workspace().join(format!("codec-{vendor}/fixtures/{folder}"));
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut paths: Vec<_> = entries.map(|e| e.unwrap().path()).collect();
    paths.retain(|path| path.is_file());
    paths.sort();
    paths
}

/// The fixture folder of an operation's responses (`list-parts`) or requests
/// (`list-parts-request`).
fn folder(operation: &Operation, request: bool) -> String {
    if request { format!("{}-request", operation.name) } else { operation.name.to_owned() }
}

fn schema_path(operation: &Operation, request: bool) -> String {
    let vendor = operation.vendor.as_str();
    match (operation.name, request) {
        ("error", _) => format!("{vendor}/error.json"),
        (name, false) => format!("{vendor}/{name}.response.json"),
        (name, true) => format!("{vendor}/{name}.request.json"),
    }
}

fn validator(files: &[SchemaFile], path: &str) -> jsonschema::Validator {
    let file = files
        .iter()
        .find(|file| file.path == Path::new(path))
        .unwrap_or_else(|| panic!("no schema file {path}"));
    let schema: Value = serde_json::from_str(&file.text).unwrap();
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("{path} is not a valid schema: {e}"))
}

/// Runs `codec` in-process; returns its standard output, or `None` when it failed.
fn codec(args: &[&str], stdin: &[u8]) -> Option<String> {
    let mut stdout = Vec::new();
    let mut argv = vec!["codec"];
    argv.extend_from_slice(args);
    let status = codec_cli::run(argv, &mut &stdin[..], &mut stdout, &mut Vec::new());
    (status == 0).then(|| String::from_utf8(stdout).unwrap())
}

fn problems(validator: &jsonschema::Validator, instance: &Value) -> Vec<String> {
    validator.iter_errors(instance).map(|e| format!("{} at {}", e, e.instance_path())).collect()
}

/// The ok fixtures of `folder` as the command reads them: a TARGET+BODY request's
/// fixtures keep the halves apart (`…-request` targets, `…-body` bodies), and each target
/// goes with the first body, each body with the first target.
fn inputs(vendor: &str, folder: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let read = |path: &PathBuf| std::fs::read(path).unwrap();
    let paths = fixtures(vendor, &format!("ok/{folder}"));
    let Some(stem) = folder.strip_suffix("-request") else {
        return paths.iter().map(|path| (path.clone(), read(path))).collect();
    };
    let bodies = fixtures(vendor, &format!("ok/{stem}-body"));
    if bodies.is_empty() {
        return paths.iter().map(|path| (path.clone(), read(path))).collect();
    }
    let join = |target: &PathBuf, body: &PathBuf| {
        [read(target).trim_ascii_end(), b"\n", &read(body)].concat()
    };
    let mut inputs: Vec<_> =
        paths.iter().map(|path| (path.clone(), join(path, &bodies[0]))).collect();
    inputs.extend(bodies.iter().map(|body| (body.clone(), join(&paths[0], body))));
    inputs
}

#[test]
fn every_fixture_prints_json_its_schema_accepts() {
    let files = codec_cli::schema::all();
    let core = [
        ("parts-page", validator(&files, "core/parts-page.json")),
        ("uploads-page", validator(&files, "core/uploads-page.json")),
        ("service-error", validator(&files, "core/service-error.json")),
        ("initiated-upload", validator(&files, "core/initiated-upload.json")),
        ("complete-request", validator(&files, "core/complete-request.json")),
        ("completed-upload", validator(&files, "core/completed-upload.json")),
    ];
    let mut failures = Vec::new();
    let mut checked = 0;
    for operation in OPERATIONS {
        let vendor = operation.vendor.as_str();
        for request in [false, true] {
            if (request && operation.request.is_none())
                || (!request && operation.response.is_none())
            {
                continue;
            }
            let typed = validator(&files, &schema_path(operation, request));
            let inputs = inputs(vendor, &folder(operation, request));
            assert!(!inputs.is_empty(), "{vendor} {}: no ok fixtures", folder(operation, request));
            for (path, input) in inputs {
                let flag: &[&str] = if request { &["--request"] } else { &[] };
                let args = [&["decode", vendor, operation.name, "-"][..], flag].concat();
                let json = codec(&args, &input).unwrap_or_else(|| panic!("{path:?} decodes"));
                let instance: Value = serde_json::from_str(&json).unwrap();
                for problem in problems(&typed, &instance) {
                    failures.push(format!("{}: typed: {problem}", path.display()));
                }
                checked += 1;
                if request && !operation.request.as_ref().is_some_and(|codec| codec.normalizes) {
                    continue;
                }
                let args =
                    [&["decode", vendor, operation.name, "--normalized", "-"][..], flag].concat();
                let Some(json) = codec(&args, &input) else {
                    // A fixture may hold what the model cannot interpret (a date, say);
                    // the fixture suites of the vendor crates pin that error.
                    continue;
                };
                let instance: Value = serde_json::from_str(&json).unwrap();
                let name = match &instance {
                    Value::Object(map) if map.contains_key("next_marker") => {
                        if map.contains_key("parts") { "parts-page" } else { "uploads-page" }
                    }
                    Value::Object(map) if map.contains_key("upload_urls") => "initiated-upload",
                    Value::Object(map) if map.contains_key("location") => "completed-upload",
                    Value::Object(map) if map.contains_key("parts") => "complete-request",
                    _ => "service-error",
                };
                let (_, core) = core.iter().find(|(core, _)| *core == name).unwrap();
                for problem in problems(core, &instance) {
                    failures.push(format!("{}: normalized: {problem}", path.display()));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(checked > 10, "only {checked} fixtures checked");
}

/// What a schema for a JSON value cannot see, by the fixture names that show it (the
/// vendor crates' fixture READMEs use these words): each of these hostile fixtures is
/// refused by its decoder, and may pass its schema. `schemas/README.md` says the same
/// to its readers.
const SCHEMA_CANNOT_SAY: &[(&str, &str)] = &[
    ("-twice", "a duplicate key: a JSON parser keeps one of the two before the schema sees it"),
    ("-float", "`1.0` where an integer belongs: JSON Schema counts it as an integer"),
    ("-exponent", "`1e3` where an integer belongs: JSON Schema counts it as an integer"),
    ("-overflow", "a number past 64 bits: validators round it to a double before the bounds"),
    ("-past-u64", "a number past 64 bits: validators round it to a double before the bounds"),
    (
        "not-a-response-",
        "a body with none of the members that make a response (`{}`): every member is optional, as in PDS's own models",
    ),
    ("service-", "an error body in place of a response whose fields are all optional"),
    ("error-body", "an error body in place of a response whose fields are all optional"),
    ("-message-only", "an error body in place of a response whose fields are all optional"),
    ("-matched-echo", "an error body that echoes response members: every member is optional"),
];

/// Why the schema cannot refuse the fixture `name`, if it is one of those.
fn cannot_say(name: &str) -> Option<&'static str> {
    SCHEMA_CANNOT_SAY.iter().find(|(word, _)| name.contains(word)).map(|(_, why)| *why)
}

#[test]
fn json_fixtures_wrong_in_type_fail_the_schema_too() {
    let files = codec_cli::schema::all();
    let mut accepted = Vec::new();
    let mut checked = 0;
    for operation in OPERATIONS {
        let vendor = operation.vendor.as_str();
        // For COS the wire form is XML; its JSON error form is not the typed JSON.
        if vendor == "cos" {
            continue;
        }
        for request in [false, true] {
            if (request && operation.request.is_none())
                || (!request && operation.response.is_none())
            {
                continue;
            }
            let typed = validator(&files, &schema_path(operation, request));
            for path in fixtures(vendor, &format!("err/{}", folder(operation, request))) {
                let Ok(instance) = serde_json::from_slice::<Value>(&std::fs::read(&path).unwrap())
                else {
                    continue; // not JSON at all: no schema's business
                };
                let name = path.file_name().unwrap().to_str().unwrap();
                let id = format!("{vendor}/{}/{name}", folder(operation, request));
                if typed.is_valid(&instance) && cannot_say(name).is_none() {
                    accepted.push(id);
                }
                checked += 1;
            }
        }
    }
    assert!(
        accepted.is_empty(),
        "the schema accepts these hostile fixtures (tighten the schema, or list what it \
         cannot say in SCHEMA_CANNOT_SAY):\n{}",
        accepted.join("\n")
    );
    assert!(checked > 30, "only {checked} hostile JSON fixtures checked");
}
