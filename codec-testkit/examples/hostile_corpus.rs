//! Writes the hostile table's cases for a fixture into a directory, one file per case,
//! so that `fuzz/seed.sh` can seed a fuzz target's corpus with them. Takes one or more
//! triples of format, fixture and directory:
//!
//! ```sh
//! cargo run -p codec-testkit --example hostile_corpus -- json codec-pds/fixtures/ok/error/ours-not-found-upload-id.json fuzz/corpus/pds_error
//! ```
//!
//! The truncations are left out (a fuzzer makes those in its first seconds, and there is
//! one per byte of the fixture), and so are cases longer than the fuzzers' `-max_len`
//! (the 50 MB string, the deep nesting), which libFuzzer would cut anyway.

use std::path::Path;
use std::process::ExitCode;

use codec_testkit::hostile::{Format, Table};

/// The `-max_len` that `.ci/run` and `fuzz/README.md` give libFuzzer.
const FUZZ_MAX_LEN: usize = 65_536;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || !args.len().is_multiple_of(3) {
        eprintln!("usage: hostile_corpus (<json|xml|query> <fixture> <out-dir>)…");
        return ExitCode::from(2);
    }
    let mut jobs = args.as_slice();
    while let [format, fixture, out, rest @ ..] = jobs {
        jobs = rest;
        match write_corpus(format, Path::new(fixture), Path::new(out)) {
            Ok(written) => println!("{written} hostile cases from {fixture} in {out}"),
            Err(message) => {
                eprintln!("error: {message}");
                return ExitCode::FAILURE;
            }
        }
    }
    ExitCode::SUCCESS
}

fn write_corpus(format: &str, fixture: &Path, out: &Path) -> Result<usize, String> {
    let format = match format {
        "json" => Format::Json,
        "xml" => Format::Xml,
        "query" => Format::Query,
        other => return Err(format!("unknown format {other:?}: expected json, xml or query")),
    };
    let body =
        std::fs::read(fixture).map_err(|e| format!("cannot read {}: {e}", fixture.display()))?;
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let mut written = 0;
    for (index, case) in Table::new(format, &body).cases().iter().enumerate() {
        if case.name.starts_with("truncated at byte") || case.input.len() > FUZZ_MAX_LEN {
            continue;
        }
        let path = out.join(file_name(index, &case.name));
        std::fs::write(&path, &case.input)
            .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        written += 1;
    }
    Ok(written)
}

/// Case 12, `wrong type: Parts[0].Size = "1"`, becomes
/// `hostile-0012-wrong-type-Parts-0-Size-1`: the index keeps names apart that folding
/// every other character to `-` would merge (`= "1"` and `= 1`).
fn file_name(index: usize, case: &str) -> String {
    let mut name = format!("hostile-{index:04}-");
    let mut dash = false;
    for c in case.chars() {
        if c.is_ascii_alphanumeric() {
            name.push(c);
            dash = false;
        } else if !dash {
            name.push('-');
            dash = true;
        }
    }
    name.trim_end_matches('-').to_owned()
}
