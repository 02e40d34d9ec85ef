//! The `codec` binary; all of it lives in the library, so tests can drive it.

use std::process::ExitCode;

fn main() -> ExitCode {
    let status = codec_cli::run(
        std::env::args_os(),
        &mut std::io::stdin().lock(),
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    ExitCode::from(u8::try_from(status).unwrap_or(1))
}
