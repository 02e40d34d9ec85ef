//! The `codec` command's contract (DESIGN.md): output, exit statuses, the one-line
//! `error:` message, decode → encode → decode, and the schema files.

use std::path::{Path, PathBuf};
use std::process::Command;

use codec_cli::registry::OPERATIONS;

struct Outcome {
    status: i32,
    stdout: String,
    stderr: String,
}

/// Runs the command in-process with `stdin`.
fn codec(args: &[&str], stdin: &[u8]) -> Outcome {
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let mut argv = vec!["codec"];
    argv.extend_from_slice(args);
    let status = codec_cli::run(argv, &mut &stdin[..], &mut stdout, &mut stderr);
    Outcome {
        status,
        stdout: String::from_utf8(stdout).unwrap(),
        stderr: String::from_utf8(stderr).unwrap(),
    }
}

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

fn fixtures(vendor: &str, folder: &str) -> Vec<PathBuf> {
    let dir = workspace().join(format!("codec-{vendor}/fixtures/{folder}"));
    let mut paths: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    paths.sort();
    paths
}

#[test]
fn the_readme_command_prints_the_normalized_documented_example() {
    let outcome = codec(&["decode", "cos", "list-parts", "--example", "--normalized"], b"");
    assert_eq!((outcome.status, outcome.stderr.as_str()), (0, ""));
    insta::assert_snapshot!(outcome.stdout);
}

#[test]
fn every_example_decodes_in_every_form_and_round_trips() {
    for operation in OPERATIONS {
        let (vendor, name) = (operation.vendor.as_str(), operation.name);
        let mut forms = Vec::new();
        match &operation.response {
            Some(response) => {
                forms.push(vec!["decode", vendor, name, "--example"]);
                forms.push(vec!["decode", vendor, name, "--example", "--normalized", "--compact"]);
                let example = codec(&["example", vendor, name], b"");
                assert_eq!(example.stdout, response.example);
            }
            None => {
                let outcome = codec(&["decode", vendor, name, "--example"], b"");
                assert_eq!(outcome.status, 2, "{vendor} {name}: {}", outcome.stderr);
                assert!(outcome.stderr.contains("has no response body"), "{}", outcome.stderr);
            }
        }
        if let Some(request) = &operation.request {
            forms.push(vec!["decode", vendor, name, "--example", "--request"]);
            if request.normalizes {
                forms.push(vec!["decode", vendor, name, "--example", "--request", "--normalized"]);
            }
        }
        for args in forms {
            let outcome = codec(&args, b"");
            assert_eq!(outcome.status, 0, "{args:?}: {}", outcome.stderr);
            assert!(outcome.stdout.ends_with('\n'));
            serde_json::from_str::<serde_json::Value>(&outcome.stdout).unwrap();
        }
    }
}

/// decode, then encode, then decode gives the same JSON, for every fixture.
fn assert_round_trip(vendor: &str, operation: &str, request: bool, input: &[u8]) {
    let flag: &[&str] = if request { &["--request"] } else { &[] };
    let decode = |input: &[u8]| {
        let outcome = codec(&[&["decode", vendor, operation, "-"], flag].concat(), input);
        assert_eq!(outcome.status, 0, "{}", outcome.stderr);
        outcome.stdout
    };
    let json = decode(input);
    let mut stdout = Vec::new();
    let mut stderr = Vec::new();
    let args = [&["codec", "encode", vendor, operation], flag].concat();
    let status = codec_cli::run(args, &mut json.as_bytes(), &mut stdout, &mut stderr);
    assert_eq!(status, 0, "{}", String::from_utf8_lossy(&stderr));
    assert_eq!(decode(&stdout), json, "encoded:\n{}", String::from_utf8_lossy(&stdout));
}

#[test]
fn decode_encode_decode_gives_the_same_json_for_every_fixture() {
    for operation in OPERATIONS {
        let (vendor, name) = (operation.vendor.as_str(), operation.name);
        if operation.response.is_some() {
            let responses = fixtures(vendor, &format!("ok/{name}"));
            assert!(!responses.is_empty(), "{vendor} {name}: no ok fixtures");
            for path in responses {
                assert_round_trip(vendor, name, false, &std::fs::read(path).unwrap());
            }
        }
        if operation.request.is_some() {
            let requests = fixtures(vendor, &format!("ok/{name}-request"));
            assert!(!requests.is_empty(), "{vendor} {name}: no ok request fixtures");
            let bodies = workspace().join(format!("codec-{vendor}/fixtures/ok/{name}-body"));
            if bodies.is_dir() {
                // TARGET+BODY: the fixtures keep the halves apart; each target goes with
                // the first body, each body with the first target.
                let bodies = fixtures(vendor, &format!("ok/{name}-body"));
                let read = |path: &PathBuf| std::fs::read(path).unwrap();
                let target = |path: &PathBuf| read(path).trim_ascii_end().to_vec();
                for path in &requests {
                    let input = [target(path), b"\n".to_vec(), read(&bodies[0])].concat();
                    assert_round_trip(vendor, name, true, &input);
                }
                for path in &bodies {
                    let input = [target(&requests[0]), b"\n".to_vec(), read(path)].concat();
                    assert_round_trip(vendor, name, true, &input);
                }
                continue;
            }
            for path in requests {
                assert_round_trip(vendor, name, true, &std::fs::read(path).unwrap());
            }
        }
    }
}

#[test]
fn a_file_argument_is_read() {
    let path = fixtures("cos", "ok/list-parts").remove(0);
    let outcome = codec(&["decode", "cos", "list-parts", path.to_str().unwrap()], b"");
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    let missing = codec(&["decode", "cos", "list-parts", "/no/such/file.xml"], b"");
    assert_eq!(missing.status, 1);
    assert!(
        missing.stderr.starts_with("error: cannot read /no/such/file.xml"),
        "{}",
        missing.stderr
    );
}

#[test]
fn bad_input_is_status_1_with_one_error_line_naming_vendor_offset_and_field() {
    let body = b"<ListPartsResult><Part><PartNumber>1</PartNumber></Part>\
                 <Part><PartNumber>2</PartNumber></Part><Part><PartNumber>3</PartNumber>\
                 <Size>big</Size></Part></ListPartsResult>";
    let outcome = codec(&["decode", "cos", "list-parts"], body);
    assert_eq!(outcome.status, 1);
    assert_eq!(outcome.stdout, "");
    assert_eq!(
        outcome.stderr,
        "error: cos list-parts: invalid value at byte 133, field Part[2].Size: \
         expected an unsigned integer, found \"big\"\n"
    );
    for (args, input) in [
        (&["decode", "cos", "list-parts"][..], &b""[..]),
        (&["decode", "cos", "list-parts", "--request"][..], &b"?max-parts=2"[..]),
        (&["decode", "cos", "error"][..], &b"<Error/>"[..]),
        (&["encode", "cos", "list-parts"][..], &br#"{"Part":[{"PartNumber":"1"}]}"#[..]),
        (&["encode", "cos", "list-parts"][..], &b"{"[..]),
    ] {
        let outcome = codec(args, input);
        assert_eq!(outcome.status, 1, "{args:?}");
        assert_eq!(outcome.stdout, "", "{args:?}");
        assert_eq!(outcome.stderr.lines().count(), 1, "{args:?}: {}", outcome.stderr);
        assert!(
            outcome.stderr.starts_with(&format!("error: cos {}: ", args[2])),
            "{}",
            outcome.stderr
        );
    }
}

#[test]
fn json_input_errors_carry_the_field_path() {
    let outcome = codec(
        &["encode", "cos", "list-parts"],
        br#"{"Part":[{"PartNumber":1},{"PartNumber":-4}]}"#,
    );
    assert_eq!(outcome.status, 1);
    assert!(outcome.stderr.contains("field Part[1].PartNumber"), "{}", outcome.stderr);
    // serde_json places a type error at the last byte of the value it read.
    assert!(outcome.stderr.contains("at byte 41"), "{}", outcome.stderr);
}

#[test]
fn usage_errors_are_status_2() {
    for args in [
        &["decode", "nope", "list-parts"][..],
        &["decode", "cos", "nope"],
        &["decode", "ufile", "list-parts", "--example"],
        &["decode", "pds", "error", "--request"],
        &["decode", "cos", "error", "--request"],
        &["decode", "cos", "list-parts", "--request", "--normalized"],
        &["decode", "cos", "list-parts", "--example", "file.xml"],
        &["decode", "cos"],
        &["frobnicate"],
        &[],
    ] {
        let outcome = codec(args, b"");
        assert_eq!(outcome.status, 2, "{args:?}");
        assert_eq!(outcome.stdout, "", "{args:?}");
        assert!(!outcome.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn the_binary_keeps_the_exit_statuses() {
    let binary = env!("CARGO_BIN_EXE_codec");
    let ok =
        Command::new(binary).args(["decode", "cos", "list-parts", "--example"]).output().unwrap();
    assert_eq!(ok.status.code(), Some(0));
    let bad =
        Command::new(binary).args(["decode", "cos", "list-parts", "/dev/null"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(1));
    assert!(bad.stdout.is_empty());
    let usage = Command::new(binary).args(["decode"]).output().unwrap();
    assert_eq!(usage.status.code(), Some(2));
}

#[test]
fn the_checked_in_schemas_are_current() {
    let root = workspace().join("schemas");
    let mut stale = Vec::new();
    for file in codec_cli::schema::all() {
        let path = root.join(&file.path);
        match std::fs::read_to_string(&path) {
            Ok(text) if text == file.text => {}
            Ok(_) => stale.push(format!("{} is stale", path.display())),
            Err(_) => stale.push(format!("{} is missing", path.display())),
        }
    }
    let generated: Vec<PathBuf> =
        codec_cli::schema::all().into_iter().map(|f| root.join(f.path)).collect();
    for dir in std::fs::read_dir(&root).unwrap() {
        let dir = dir.unwrap().path();
        let files = if dir.is_dir() {
            std::fs::read_dir(&dir).unwrap().map(|f| f.unwrap().path()).collect()
        } else {
            vec![dir]
        };
        for file in files {
            if !generated.contains(&file) {
                stale.push(format!("{} is not generated by `codec schema`", file.display()));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "{}\nregenerate with: cargo run -p codec-cli -- schema --out schemas",
        stale.join("\n")
    );
}

#[test]
fn schema_writes_the_same_files_it_checks() {
    let out = std::env::temp_dir().join(format!("codec-schema-test-{}", std::process::id()));
    let outcome = codec(&["schema", "--out", out.to_str().unwrap()], b"");
    assert_eq!(outcome.status, 0, "{}", outcome.stderr);
    for file in codec_cli::schema::all() {
        assert_eq!(std::fs::read_to_string(out.join(&file.path)).unwrap(), file.text);
    }
    std::fs::remove_dir_all(out).unwrap();
}
