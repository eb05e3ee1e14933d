//! An assessment opened as the web page opens it: carried over to the current content when it
//! was made with older content, assessed, and stamped with what was seen and the result.

use aiact_core::envelope::Envelope;
use aiact_core::report::{self, Report};
use aiact_core::upgrade::{UpgradeReport, upgrade};
use aiact_core::{Assessment, Catalog, assess};

/// An opened assessment and its result.
#[derive(Debug, Clone)]
pub struct Opened {
    /// The saved assessment, carried over and stamped.
    pub env: Envelope,
    /// The result.
    pub assessment: Assessment,
    /// What carrying it over to newer content changed, if it was carried over.
    pub carried: Option<UpgradeReport>,
}

impl Opened {
    /// Opens `env` against `cat` on `today`.
    pub fn new(cat: &Catalog, mut env: Envelope, today: &str) -> Opened {
        // Only forward: a newer assessment is never carried back to older content.
        let carried =
            (env.content_date < cat.version.content_date).then(|| upgrade(cat, &mut env, today));
        let assessment = assess(cat, &env.answers, today);
        env.stamp(cat, &assessment);
        Opened {
            env,
            assessment,
            carried,
        }
    }

    /// The report model, as the result page and the downloads show it.
    pub fn report(&self, cat: &Catalog, today: &str) -> Report {
        report::build(cat, &self.env, &self.assessment, today)
    }

    /// Notes for standard error: content carried over, content newer than this tool's.
    pub fn notes(&self, cat: &Catalog) -> Vec<String> {
        let mut notes = vec![];
        if let Some(c) = self.carried.as_ref().filter(|c| !c.is_empty()) {
            let mut parts = vec![];
            let mut count = |n: usize, one: &str, many: &str| {
                if n > 0 {
                    parts.push(format!("{n} {}", if n == 1 { one } else { many }));
                }
            };
            count(
                c.removed.len(),
                "answer kept aside (its question was removed)",
                "answers kept aside (their questions were removed)",
            );
            count(
                c.changed.len(),
                "answered question reworded",
                "answered questions reworded",
            );
            count(
                c.invalid.len(),
                "answer that no longer fits its question",
                "answers that no longer fit their question",
            );
            count(c.added.len(), "question new to you", "questions new to you");
            if c.before.is_some() && c.before != c.after {
                parts.push("the result changed".into());
            }
            notes.push(format!(
                "the answers were given against the content of {} and were carried over to {}{}",
                c.from_content_date,
                c.to_content_date,
                if parts.is_empty() {
                    String::new()
                } else {
                    format!(": {}", parts.join("; "))
                }
            ));
        }
        if self.env.content_date > cat.version.content_date {
            notes.push(format!(
                "the answers were given against newer content ({}) than this content ({}); update aiact",
                self.env.content_date, cat.version.content_date
            ));
        }
        notes
    }

    /// A note for standard error when questions are unanswered.
    pub fn unanswered_note(&self) -> Option<String> {
        let a = &self.assessment;
        let open = a.visible.saturating_sub(a.answered);
        (open > 0).then(|| {
            format!(
                "{open} question{} still unanswered: the report shows the result so far (see `aiact questions`)",
                if open == 1 { " is" } else { "s are" }
            )
        })
    }
}
