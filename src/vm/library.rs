//! The saved assessments as the list on the intro shows them.

use aiact_core::envelope::Envelope;
use aiact_core::upgrade::ResultSummary;
use aiact_core::{Answers, Catalog};

/// A saved assessment as listed: what the list shows and what opening it needs to find it.
/// Answers set aside by content updates are not kept here (they stay in storage).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Its id in storage.
    pub id: String,
    /// The name the person gave the system.
    pub name: String,
    /// When it last changed (RFC 3339).
    pub updated: String,
    /// The answers.
    pub answers: Answers,
    /// The result when last saved with the whole content.
    pub result: Option<ResultSummary>,
}

impl Entry {
    /// The list entry of a saved assessment.
    pub fn of(id: &str, env: &Envelope) -> Self {
        Entry {
            id: id.to_owned(),
            name: env.name.clone(),
            updated: env.updated.clone(),
            answers: env.answers.clone(),
            result: env.result.clone(),
        }
    }
}

/// Where an assessment stands, in words: "not started", "in progress (4 of 10)", or, once every
/// question that applies is answered, its result. With only the first part of the content
/// loaded (`ready` false), progress cannot be counted yet.
pub fn status(catalog: &Catalog, ready: bool, entry: &Entry) -> String {
    if entry.answers.is_empty() {
        return "not started".to_owned();
    }
    if !ready {
        return "in progress".to_owned();
    }
    let f = aiact_core::flow(catalog, &entry.answers);
    if f.is_complete() {
        return entry
            .result
            .as_ref()
            .map_or("finished", |r| r.tier.label())
            .to_owned();
    }
    let answered = f.visible.iter().filter(|q| f.is_answered(&q.id)).count();
    format!("in progress ({answered} of {})", f.visible.len())
}

/// When it last changed, as shown: `2026-11-27 10:00:00`.
pub fn changed(updated: &str) -> String {
    updated.replace('T', " ").trim_end_matches('Z').to_owned()
}
