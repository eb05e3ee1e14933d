//! Reading an assessment: an answers file, a JSON report, a share link or standard input.
//! What is accepted is exactly what the web page accepts (`report::import`, `share::decode`);
//! this module only finds the input and explains a refusal, with the JSON path where there is one.

use crate::clock::Clock;
use crate::error::CliError;
use aiact_core::envelope::Envelope;
use aiact_core::report::{self, ImportError, MAX_IMPORT_BYTES};
use aiact_core::share;
use std::io::Read;
use std::path::Path;

/// Reads the assessment named by `arg`: a share link (`...#share=...` or `share=...`), `-` for
/// standard input, or a file.
pub fn read(arg: &str, clock: &Clock) -> Result<Envelope, CliError> {
    if let Some(fragment) = share_fragment(arg) {
        return from_share_link(fragment, clock);
    }
    let (what, text) = if arg == "-" {
        ("standard input".to_owned(), read_stdin()?)
    } else {
        let path = Path::new(arg);
        (path.display().to_string(), read_file(path)?)
    };
    from_text(&what, &text)
}

/// Parses an answers file or JSON report read from `what`.
pub fn from_text(what: &str, text: &str) -> Result<Envelope, CliError> {
    report::import(text).map_err(|e| import_error(what, text, e))
}

/// Whether `text` is an answers file rather than a report (which `aiact ask` must not overwrite).
pub fn is_answers_file(text: &str) -> bool {
    Envelope::decode(text).is_ok()
}

/// The fragment of a share link, if `arg` is one.
fn share_fragment(arg: &str) -> Option<&str> {
    let arg = arg.trim();
    match arg.split_once('#') {
        Some((_, fragment)) if fragment.starts_with(share::PREFIX) => Some(fragment),
        _ => arg.starts_with(share::PREFIX).then_some(arg),
    }
}

fn from_share_link(fragment: &str, clock: &Clock) -> Result<Envelope, CliError> {
    let input_error = |message: String| CliError::Input {
        what: "the share link".into(),
        path: None,
        message,
    };
    match share::decode(fragment) {
        Ok(Some(shared)) => {
            // As the page imports a link: a new assessment with the link's name and answers.
            let mut env = Envelope::new(&shared.c, &clock.now);
            env.name = shared.n;
            env.answers = shared.a;
            Ok(env)
        }
        Ok(None) => Err(input_error("it is not a share link of AI Act Check".into())),
        Err(e) => Err(input_error(e.to_string())),
    }
}

/// Reads a file, refusing one too large to be an answers file before reading it all.
pub fn read_file(path: &Path) -> Result<String, CliError> {
    let what = path.display().to_string();
    let read_error = |source| CliError::Read {
        what: what.clone(),
        source,
    };
    let len = std::fs::metadata(path).map_err(read_error)?.len();
    if len > MAX_IMPORT_BYTES as u64 {
        return Err(CliError::Input {
            what: what.clone(),
            path: None,
            message: ImportError::TooLarge(usize::try_from(len).unwrap_or(usize::MAX)).to_string(),
        });
    }
    let bytes = std::fs::read(path).map_err(read_error)?;
    utf8(&what, bytes)
}

fn read_stdin() -> Result<String, CliError> {
    let what = "standard input";
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_IMPORT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| CliError::Read {
            what: what.into(),
            source,
        })?;
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(CliError::Input {
            what: what.into(),
            path: None,
            message: format!(
                "the input is larger than {} KB, so it is not an answers file",
                MAX_IMPORT_BYTES / 1024
            ),
        });
    }
    utf8(what, bytes)
}

fn utf8(what: &str, bytes: Vec<u8>) -> Result<String, CliError> {
    String::from_utf8(bytes).map_err(|e| CliError::Input {
        what: what.to_owned(),
        path: None,
        message: format!(
            "the file is not text (invalid UTF-8 at byte {})",
            e.utf8_error().valid_up_to()
        ),
    })
}

fn import_error(what: &str, text: &str, e: ImportError) -> CliError {
    let (path, message) = match e {
        ImportError::Newer(v) => (
            None,
            format!(
                "the file comes from a newer version of AI Act Check (format {v}); update aiact to read it"
            ),
        ),
        e @ ImportError::NotAnAssessment(_) => (json_path(text), e.to_string()),
        e => (None, e.to_string()),
    };
    CliError::Input {
        what: what.to_owned(),
        path,
        message,
    }
}

/// The JSON path of the first part of `text` that does not fit an answers file (inside
/// `assessment` for a report), or `None` when the problem is the whole document.
fn json_path(text: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    let (prefix, envelope) = match (value.get("format"), value.get("assessment")) {
        (Some(_), Some(inner)) if !inner.is_object() => return Some("assessment".into()),
        (Some(_), Some(inner)) => ("assessment.", inner.clone()),
        // Another shape altogether: the message says what was expected; a path would not help.
        _ if !value.is_object() => return None,
        _ => ("", value),
    };
    let err = serde_path_to_error::deserialize::<_, Envelope>(envelope).err()?;
    let path = err.path().to_string();
    match (prefix, path.as_str()) {
        ("", ".") => None,
        (p, ".") => Some(p.trim_end_matches('.').to_owned()),
        (p, path) => Some(format!("{p}{path}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn share_links_are_told_from_paths() {
        assert_eq!(
            share_fragment("https://example.org/tool/#share=abc"),
            Some("share=abc")
        );
        assert_eq!(share_fragment("share=abc"), Some("share=abc"));
        assert_eq!(share_fragment("answers.json"), None);
        assert_eq!(share_fragment("notes#2.json"), None);
    }

    #[test]
    fn json_paths_point_into_answers_and_reports() {
        let env =
            r#"{"schema":1,"content_date":"x","created":"x","updated":"x","answers":{"q.a":5}}"#;
        assert_eq!(json_path(env).as_deref(), Some("answers.q.a"));
        let report = r#"{"format":"aiact-check/report","assessment":{"schema":1}}"#;
        assert_eq!(json_path(report).as_deref(), Some("assessment"));
        assert_eq!(json_path("[1,2]"), None);
        let nested = r#"{"format":"aiact-check/report","assessment":{"schema":1,"content_date":"x","created":"x","updated":"x","answers":{"q":["a",2]}}}"#;
        assert_eq!(
            json_path(nested).as_deref(),
            Some("assessment.answers.q[1]")
        );
    }
}
