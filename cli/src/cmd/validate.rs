//! `aiact validate`: every problem in a folder of content files, each with file and id.

use crate::content;
use crate::error::{CliError, EXIT_ERROR, located};
use crate::out;
use crate::style::{BAD, DIM, GOOD, paint};
use std::path::Path;

/// Runs `aiact validate`; exits non-zero on any problem.
pub fn run(dir: &Path) -> Result<u8, CliError> {
    let cat = match content::load_dir(dir) {
        Ok(cat) => cat,
        Err(CliError::Content { dir, problems }) => {
            let mut text = String::new();
            for p in &problems {
                text.push_str(&format!("{}\n", located(&dir, p)));
            }
            out::print(&text)?;
            anstream::eprintln!(
                "{}: {} file{} could not be read; fix {} first, then validate again",
                paint(BAD.bold(), "invalid"),
                problems.len(),
                if problems.len() == 1 { "" } else { "s" },
                if problems.len() == 1 { "it" } else { "them" },
            );
            return Ok(EXIT_ERROR);
        }
        Err(e) => return Err(e),
    };
    let diagnostics = aiact_core::validate(&cat);
    let mut text = String::new();
    for d in &diagnostics {
        text.push_str(&format!(
            "{}: {}: {} {}\n",
            dir.join(&d.file).display(),
            d.id,
            d.message,
            paint(DIM, format!("[{:?}]", d.check))
        ));
    }
    out::print(&text)?;
    let files = cat.origins.files.len();
    if diagnostics.is_empty() {
        anstream::eprintln!(
            "{}: {files} content files in {}, no problems",
            paint(GOOD.bold(), "valid"),
            dir.display()
        );
        Ok(0)
    } else {
        anstream::eprintln!(
            "{}: {} problem{} in {}",
            paint(BAD.bold(), "invalid"),
            diagnostics.len(),
            if diagnostics.len() == 1 { "" } else { "s" },
            dir.display()
        );
        Ok(EXIT_ERROR)
    }
}
