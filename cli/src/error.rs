//! What can go wrong, in words a person can act on.

use aiact_core::LoadError;
use std::fmt;
use std::io;
use std::path::PathBuf;

/// Exit code of every error except usage errors.
pub const EXIT_ERROR: u8 = 1;
/// Exit code of usage errors (as clap uses it).
pub const EXIT_USAGE: u8 = 2;

/// An error that ends the command.
#[derive(Debug)]
pub enum CliError {
    /// The command line asks for something impossible.
    Usage(String),
    /// A file or standard input could not be read.
    Read {
        /// What was read.
        what: String,
        /// Why it failed.
        source: io::Error,
    },
    /// A file could not be written.
    Write {
        /// What was written.
        what: PathBuf,
        /// Why it failed.
        source: io::Error,
    },
    /// An answers file, report or share link that cannot be used.
    Input {
        /// Where it came from.
        what: String,
        /// JSON path of the problem, if known.
        path: Option<String>,
        /// What is wrong.
        message: String,
    },
    /// Content files that cannot be loaded.
    Content {
        /// The folder.
        dir: PathBuf,
        /// Every problem found.
        problems: Vec<LoadError>,
    },
}

impl CliError {
    /// The process exit code for this error.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Usage(_) => EXIT_USAGE,
            _ => EXIT_ERROR,
        }
    }
}

impl fmt::Display for CliError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CliError::Usage(m) => f.write_str(m),
            CliError::Read { what, source } => write!(f, "cannot read {what}: {source}"),
            CliError::Write { what, source } => {
                write!(f, "cannot write {}: {source}", what.display())
            }
            CliError::Input {
                what,
                path: Some(path),
                message,
            } => write!(f, "{what}: at {path}: {message}"),
            CliError::Input {
                what,
                path: None,
                message,
            } => write!(f, "{what}: {message}"),
            CliError::Content { dir, problems } => {
                write!(f, "the content in {} could not be loaded", dir.display())?;
                for p in problems {
                    write!(f, "\n  {}", located(dir, p))?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for CliError {}

/// A load error with the file's path, and the JSON path where there is one.
pub fn located(dir: &std::path::Path, e: &LoadError) -> String {
    let file = dir.join(&e.file);
    if e.path.is_empty() || e.path == "." {
        format!("{}: {}", file.display(), e.message)
    } else {
        format!("{}: at {}: {}", file.display(), e.path, e.message)
    }
}
