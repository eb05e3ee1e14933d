//! The saved assessments as the list on the intro shows them.

use crate::text::{self as t, fill};
use aiact_core::envelope::Envelope;
use aiact_core::model::Tier;
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
/// `label` names a tier in the language of the content.
pub fn status(
    catalog: &Catalog,
    ready: bool,
    entry: &Entry,
    label: impl Fn(Tier) -> &'static str,
) -> String {
    if entry.answers.is_empty() {
        return t::LIBRARY_NOT_STARTED.of(catalog).to_owned();
    }
    if !ready {
        return t::LIBRARY_IN_PROGRESS.of(catalog).to_owned();
    }
    let f = aiact_core::flow(catalog, &entry.answers);
    if f.is_complete() {
        return match &entry.result {
            Some(r) => label(r.tier).to_owned(),
            None => t::LIBRARY_FINISHED.of(catalog).to_owned(),
        };
    }
    let answered = f.visible.iter().filter(|q| f.is_answered(&q.id)).count();
    fill(
        t::LIBRARY_IN_PROGRESS_COUNT.of(catalog),
        &[
            ("answered", &answered.to_string()),
            ("all", &f.visible.len().to_string()),
        ],
    )
}

/// When it last changed, as shown: `27 Nov 2026, 10:00 UTC` (other text as it is).
pub fn changed(catalog: &Catalog, updated: &str) -> String {
    match (updated.get(..10), updated.get(11..16)) {
        (Some(date), Some(time)) if aiact_core::flow::is_iso_date(date) => fill(
            t::CHANGED_AT.of(catalog),
            &[("date", &super::date_in(catalog, date)), ("time", time)],
        ),
        _ => updated.to_owned(),
    }
}
