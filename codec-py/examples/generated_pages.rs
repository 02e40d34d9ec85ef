//! Writes the generated 1,000-item pages the Rust benches decode (each vendor crate's
//! `examples` generators), one file per operation, for `benches/python/bench_decode.py`:
//!
//! ```sh
//! cargo run --manifest-path codec-py/Cargo.toml --release --example generated_pages -- DIR [COUNT]
//! ```
//!
//! The files are named `<vendor>.<operation>.<json|xml>`; COUNT is 1,000 by default.

use std::path::Path;
use std::process::ExitCode;

/// A generated page: vendor, operation, file extension, and the generator.
type Page = (&'static str, &'static str, &'static str, fn(usize) -> String);

/// Every generated listing page.
const PAGES: &[Page] = &[
    ("ufile", "get-multi-upload-part", "json", codec_ufile::examples::get_multi_upload_part_page),
    ("ufile", "get-multi-upload-id", "json", codec_ufile::examples::get_multi_upload_id_page),
    ("qingstor", "list-multipart", "json", codec_qingstor::examples::list_multipart_page),
    (
        "qingstor",
        "list-multipart-uploads",
        "json",
        codec_qingstor::examples::list_multipart_uploads_page,
    ),
    ("pds", "list-uploaded-parts", "json", codec_pds::examples::list_uploaded_parts_page),
    ("cos", "list-parts", "xml", codec_cos::examples::list_parts_page),
    ("cos", "list-multipart-uploads", "xml", codec_cos::examples::list_multipart_uploads_page),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, count) = match args.as_slice() {
        [dir] => (dir, 1_000),
        [dir, count] => match count.parse() {
            Ok(count) => (dir, count),
            Err(_) => return usage(),
        },
        _ => return usage(),
    };
    let dir = Path::new(dir);
    if let Err(error) = std::fs::create_dir_all(dir) {
        eprintln!("error: cannot create {}: {error}", dir.display());
        return ExitCode::FAILURE;
    }
    for (vendor, operation, extension, generate) in PAGES {
        let path = dir.join(format!("{vendor}.{operation}.{extension}"));
        if let Err(error) = std::fs::write(&path, generate(count)) {
            eprintln!("error: cannot write {}: {error}", path.display());
            return ExitCode::FAILURE;
        }
        println!("{}", path.display());
    }
    ExitCode::SUCCESS
}

fn usage() -> ExitCode {
    eprintln!("usage: generated_pages DIR [COUNT]");
    ExitCode::from(2)
}
