//! Writing to standard output. A reader that goes away early (`aiact ... | head`) is not an error.

use crate::error::CliError;
use std::io::{self, Write};

fn done(r: io::Result<()>) -> Result<(), CliError> {
    match r {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(CliError::Write {
            what: "standard output".into(),
            source: e,
        }),
        _ => Ok(()),
    }
}

/// Prints text with colours, which are dropped where colours are off.
pub fn print(text: &str) -> Result<(), CliError> {
    let mut out = anstream::stdout().lock();
    done(out.write_all(text.as_bytes()).and_then(|()| out.flush()))
}

/// Prints text exactly as it is (reports).
pub fn print_exact(text: &str) -> Result<(), CliError> {
    let mut out = io::stdout().lock();
    done(out.write_all(text.as_bytes()).and_then(|()| out.flush()))
}
