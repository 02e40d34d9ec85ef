//! The `codec` command: decodes and encodes the multipart-upload bodies and requests of
//! every vendor, writes a Complete request from list-parts pages, prints the documented
//! examples and writes their JSON Schemas.
//!
//! ```text
//! codec decode <vendor> <operation> [--request] [--normalized] [--compact] [--example | FILE | -]
//! codec encode <vendor> <operation> [--request] [FILE | -]
//! codec complete <vendor> [--upload-id ID] [--key KEY] [--drive-id ID] [--expect N] [--normalized] [--compact] PAGE... | -
//! codec schema [--out DIR]
//! codec example <vendor> <operation> [--request]
//! ```
//!
//! Bad input exits with status 1, nothing on standard output and one line on standard
//! error that starts with `error:`; usage errors exit with status 2.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use clap::{CommandFactory, Parser, Subcommand};
use codec_core::{Error, Limits, Vendor};

pub mod complete;
pub mod output;
pub mod registry;
pub mod schema;
pub mod target_body;

use output::Style;
use registry::{Codec, Form, Operation};

/// The command line.
#[derive(Debug, Parser)]
#[command(
    name = "codec",
    version,
    about = "Decode and encode the multipart-upload bodies of UFile, QingStor, PDS and COS"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Decode a body (or with --request, a request) and print it as JSON.
    Decode {
        /// ufile, qingstor, pds or cos.
        vendor: String,
        /// The operation, such as list-parts, or error for the vendor's error body.
        operation: String,
        /// Decode the request (query string or PDS JSON body) instead of the response.
        #[arg(long)]
        request: bool,
        /// Print the vendor-neutral model instead of the vendor's typed model.
        #[arg(long)]
        normalized: bool,
        /// Print JSON on one line.
        #[arg(long)]
        compact: bool,
        /// Decode the documented example embedded in the command.
        #[arg(long, conflicts_with = "input")]
        example: bool,
        /// The input file, or - for standard input (the default).
        input: Option<PathBuf>,
    },
    /// Read the typed JSON model and write the wire body (or query string).
    Encode {
        /// ufile, qingstor, pds or cos.
        vendor: String,
        /// The operation, such as list-parts, or error for the vendor's error body.
        operation: String,
        /// Encode a request instead of a response.
        #[arg(long)]
        request: bool,
        /// The JSON file, or - for standard input (the default).
        input: Option<PathBuf>,
    },
    /// Collect the parts of list-parts response bodies and write the vendor's Complete
    /// request (TARGET+BODY where it has both).
    Complete {
        /// ufile, qingstor, pds or cos.
        vendor: String,
        /// The upload id, when the pages do not name it.
        #[arg(long = "upload-id")]
        upload_id: Option<String>,
        /// The object key (PDS: the file id), when the pages do not name it.
        #[arg(long)]
        key: Option<String>,
        /// PDS: the drive the file is on, which complete_file needs and list-uploaded-parts
        /// pages do not name.
        #[arg(long = "drive-id")]
        drive_id: Option<String>,
        /// Require every part number of the vendor's first N (0..N-1 for UFile and
        /// QingStor, 1..N for COS and PDS).
        #[arg(long)]
        expect: Option<u32>,
        /// Print the vendor-neutral CompleteRequest JSON instead of the wire form.
        #[arg(long)]
        normalized: bool,
        /// Print JSON on one line (with --normalized).
        #[arg(long)]
        compact: bool,
        /// The list-parts response bodies, or - for one on standard input.
        #[arg(required = true)]
        pages: Vec<PathBuf>,
    },
    /// Write one JSON Schema file per type.
    Schema {
        /// The folder to write to.
        #[arg(long, default_value = "schemas")]
        out: PathBuf,
    },
    /// Print the documented example body (or request).
    Example {
        /// ufile, qingstor, pds or cos.
        vendor: String,
        /// The operation, such as list-parts, or error for the vendor's error body.
        operation: String,
        /// Print the request instead of the response.
        #[arg(long)]
        request: bool,
    },
}

/// A failure and the exit status it gets.
enum Failure {
    /// Bad input: status 1.
    Input(Error),
    /// A file that cannot be read or written: status 1.
    Io(String),
    /// A usage error: status 2.
    Usage(String),
}

/// Runs the command with `args` (the program name first), writing to `stdout` and
/// `stderr`, and returns the exit status.
pub fn run<I, T>(
    args: I,
    stdin: &mut dyn Read,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(error) => {
            let status = error.exit_code();
            let rendered = error.render().to_string();
            let target: &mut dyn Write = if error.use_stderr() { stderr } else { stdout };
            let _ = target.write_all(rendered.as_bytes());
            return status;
        }
    };
    let mut output = Vec::new();
    match execute(cli.command, stdin, &mut output) {
        Ok(()) => match stdout.write_all(&output).and_then(|()| stdout.flush()) {
            Ok(()) => 0,
            // A closed pipe (`codec … | head`) is not the command's failure.
            Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => 0,
            Err(error) => {
                let _ = writeln!(stderr, "error: cannot write the output: {error}");
                1
            }
        },
        Err(Failure::Input(error)) => {
            let _ = writeln!(stderr, "error: {error}");
            1
        }
        Err(Failure::Io(message)) => {
            let _ = writeln!(stderr, "error: {message}");
            1
        }
        Err(Failure::Usage(message)) => {
            let mut command = Cli::command();
            let rendered = command.error(clap::error::ErrorKind::InvalidValue, message).render();
            let _ = write!(stderr, "{rendered}");
            2
        }
    }
}

fn execute(command: Command, stdin: &mut dyn Read, out: &mut Vec<u8>) -> Result<(), Failure> {
    match command {
        Command::Decode { vendor, operation, request, normalized, compact, example, input } => {
            let operation = lookup(&vendor, &operation)?;
            let codec = codec_of(operation, request)?;
            if normalized && !codec.normalizes {
                return Err(Failure::Usage(format!(
                    "{} {} requests have no normalized form; drop --normalized",
                    operation.vendor, operation.name
                )));
            }
            let bytes = if example {
                codec.example.as_bytes().to_vec()
            } else {
                read_input(input.as_deref(), stdin)?
            };
            let form = if normalized { Form::Normalized } else { Form::Typed };
            let style = if compact { Style::Compact } else { Style::Pretty };
            // Captured bodies can be large: lift the size and item caps, keep the depth cap.
            let text = codec
                .decode_to_json(&bytes, &Limits::unbounded(), form, style)
                .map_err(|e| Failure::Input(e.with_context(operation.vendor, operation.name)))?;
            out.extend_from_slice(text.as_bytes());
        }
        Command::Encode { vendor, operation, request, input } => {
            let operation = lookup(&vendor, &operation)?;
            let codec = codec_of(operation, request)?;
            let bytes = read_input(input.as_deref(), stdin)?;
            let wire = (codec.encode)(&bytes)
                .map_err(|e| Failure::Input(e.with_context(operation.vendor, operation.name)))?;
            out.extend_from_slice(&wire);
        }
        Command::Complete {
            vendor,
            upload_id,
            key,
            drive_id,
            expect,
            normalized,
            compact,
            pages,
        } => {
            let vendor = parse_vendor(&vendor)?;
            let Some(completer) = complete::find(vendor) else {
                return Err(Failure::Usage(format!(
                    "complete is not available for {vendor} yet: its Complete request has no codec"
                )));
            };
            let mut bodies = Vec::with_capacity(pages.len());
            for page in &pages {
                let name = if page == Path::new("-") {
                    "standard input".to_owned()
                } else {
                    page.display().to_string()
                };
                bodies.push((name, read_input(Some(page), stdin)?));
            }
            let names = complete::Names {
                upload_id: upload_id.as_deref(),
                key: key.as_deref(),
                drive_id: drive_id.as_deref(),
            };
            let built =
                complete::complete(completer, &bodies, &names, expect).map_err(Failure::Input)?;
            if normalized {
                let style = if compact { Style::Compact } else { Style::Pretty };
                let text = output::render(&built.normalized, style).map_err(Failure::Input)?;
                out.extend_from_slice(text.as_bytes());
            } else {
                out.extend_from_slice(&built.wire);
            }
        }
        Command::Schema { out: folder } => {
            for file in schema::all() {
                let path = folder.join(&file.path);
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent).map_err(|e| {
                        Failure::Io(format!("cannot create {}: {e}", parent.display()))
                    })?;
                }
                std::fs::write(&path, &file.text)
                    .map_err(|e| Failure::Io(format!("cannot write {}: {e}", path.display())))?;
                out.extend_from_slice(format!("{}\n", path.display()).as_bytes());
            }
        }
        Command::Example { vendor, operation, request } => {
            let operation = lookup(&vendor, &operation)?;
            out.extend_from_slice(codec_of(operation, request)?.example.as_bytes());
        }
    }
    Ok(())
}

fn parse_vendor(vendor: &str) -> Result<Vendor, Failure> {
    Vendor::ALL.into_iter().find(|v| v.as_str() == vendor).ok_or_else(|| {
        let vendors: Vec<_> = Vendor::ALL.iter().map(|v| v.as_str()).collect();
        Failure::Usage(format!("unknown vendor '{vendor}': expected one of {}", vendors.join(", ")))
    })
}

fn lookup(vendor: &str, operation: &str) -> Result<&'static Operation, Failure> {
    let known = parse_vendor(vendor)?;
    registry::find(known, operation).ok_or_else(|| {
        let names = registry::names(known);
        if names.is_empty() {
            Failure::Usage(format!("no operations of {known} are available yet"))
        } else {
            Failure::Usage(format!(
                "unknown operation '{operation}' for {known}: expected one of {}",
                names.join(", ")
            ))
        }
    })
}

fn codec_of(operation: &'static Operation, request: bool) -> Result<&'static Codec, Failure> {
    if !request {
        return operation.response.as_ref().ok_or_else(|| {
            Failure::Usage(format!(
                "{} {} has no response body to decode or encode (the service answers with \
                 an empty body); pass --request for the request",
                operation.vendor, operation.name
            ))
        });
    }
    operation.request.as_ref().ok_or_else(|| {
        Failure::Usage(format!(
            "{} {} has no request; drop --request",
            operation.vendor, operation.name
        ))
    })
}

fn read_input(path: Option<&Path>, stdin: &mut dyn Read) -> Result<Vec<u8>, Failure> {
    let mut bytes = Vec::new();
    match path {
        None => stdin.read_to_end(&mut bytes).map(drop),
        Some(path) if path == Path::new("-") => stdin.read_to_end(&mut bytes).map(drop),
        Some(path) => std::fs::read(path).map(|read| bytes = read),
    }
    .map_err(|e| {
        let name = path.map_or_else(|| "standard input".to_owned(), |p| p.display().to_string());
        Failure::Io(format!("cannot read {name}: {e}"))
    })?;
    Ok(bytes)
}
