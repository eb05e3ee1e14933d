//! JSON: the report for machines, with the saved assessment inside so that the file can be
//! imported again. Import also accepts a bare answers file (the saved envelope).

use super::Report;
use crate::envelope::limits::{LimitError, MAX_ANSWERS};
use crate::envelope::{DecodeError, Envelope};
use crate::i18n::{Localized, Messages};
use serde::{Deserialize, Serialize};

pub use crate::envelope::limits::MAX_IMPORT_BYTES;

/// Marker of report files.
pub const FORMAT: &str = "aiact-check/report";

/// A report file: what the JSON download contains.
#[derive(Debug, Clone, Serialize)]
pub struct ReportFile<'a> {
    /// Always [`FORMAT`].
    pub format: &'static str,
    /// The assessment (answers and metadata), importable again.
    pub assessment: &'a Envelope,
    /// The report.
    pub report: &'a Report,
}

/// Renders the report and the assessment as compact JSON (any editor can indent it).
pub fn render_json(r: &Report, env: &Envelope) -> String {
    serde_json::to_string(&ReportFile {
        format: FORMAT,
        assessment: env,
        report: r,
    })
    .unwrap_or_default()
}

/// Why a file could not be imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportError {
    /// Larger than [`MAX_IMPORT_BYTES`].
    TooLarge(usize),
    /// Not JSON at all.
    NotJson(String),
    /// JSON, but neither a report nor an answers file of this tool.
    NotAnAssessment(String),
    /// Made by a newer version of this tool.
    Newer(u32),
    /// An assessment, but over one of the caps in [`crate::envelope::limits`].
    OverLimit(LimitError),
}

impl Localized for ImportError {
    fn localized(&self, m: &Messages) -> String {
        match self {
            ImportError::TooLarge(n) => m.fmt(
                "error.import.too_large",
                &[("size", &(n / 1024)), ("max", &(MAX_IMPORT_BYTES / 1024))],
            ),
            ImportError::NotJson(why) => m.fmt("error.import.not_json", &[("why", why)]),
            ImportError::NotAnAssessment(why) => {
                m.fmt("error.import.not_an_assessment", &[("why", why)])
            }
            ImportError::Newer(v) => m.fmt("error.import.newer", &[("format", v)]),
            ImportError::OverLimit(e) => {
                m.fmt("error.import.over_limit", &[("why", &e.localized(m))])
            }
        }
    }
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Messages::english()))
    }
}

/// The parts of a report file import looks at (the report itself is skipped).
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    assessment: Option<serde::de::IgnoredAny>,
}

fn decode_error(e: DecodeError) -> ImportError {
    match e {
        DecodeError::Unreadable(why) => ImportError::NotAnAssessment(why),
        DecodeError::NewerSchema(v) => ImportError::Newer(v),
        DecodeError::OverLimit(e) => ImportError::OverLimit(e),
    }
}

/// Reads an answers file or a JSON report back into an assessment: at most
/// [`MAX_IMPORT_BYTES`], and an assessment within the caps for imports (at most [`MAX_ANSWERS`]
/// answers and set-aside answers together, and the per-item caps).
pub fn import(text: &str) -> Result<Envelope, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge(text.len()));
    }
    let probe: Probe = serde_json::from_str(text).map_err(|e| {
        if e.is_data() {
            ImportError::NotAnAssessment(e.to_string())
        } else {
            ImportError::NotJson(e.to_string())
        }
    })?;
    if probe.format.as_deref() == Some(FORMAT) {
        if probe.assessment.is_none() {
            return Err(ImportError::NotAnAssessment(
                "the report holds no assessment".into(),
            ));
        }
        #[derive(Deserialize)]
        struct WithAssessment {
            assessment: Envelope,
        }
        let w: WithAssessment =
            serde_json::from_str(text).map_err(|e| ImportError::NotAnAssessment(e.to_string()))?;
        return Envelope::check(w.assessment, MAX_ANSWERS).map_err(decode_error);
    }
    Envelope::decode_within(text, MAX_IMPORT_BYTES, MAX_ANSWERS).map_err(decode_error)
}
