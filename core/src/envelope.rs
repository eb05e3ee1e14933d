//! The versioned envelope an assessment is saved in (browser storage, answers files).

pub mod limits;

use crate::answers::Answers;
use crate::i18n::{Localized, Messages};
use crate::plan::Plan;
use crate::upgrade::ResultSummary;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Current envelope schema version. Version 2 added the plan and the ISO/IEC 42001 items in
/// place; version 1 data reads as version 2 with an empty plan.
pub const SCHEMA_VERSION: u32 = 2;

/// One saved assessment.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct Envelope {
    /// Envelope schema version.
    pub schema: u32,
    /// Content date of the catalog the answers were given against.
    pub content_date: String,
    /// When the assessment was started (RFC 3339).
    pub created: String,
    /// When it last changed (RFC 3339).
    pub updated: String,
    /// Name the person gave the assessed system.
    #[serde(default)]
    pub name: String,
    /// A short description of the system, in the person's words.
    #[serde(default)]
    pub description: String,
    /// The answers, keyed by question id.
    pub answers: Answers,
    /// Fingerprints of the questions the person could see, to tell later what content changed.
    #[serde(default)]
    pub seen: BTreeMap<String, String>,
    /// The result when last saved, to tell later how a content update changed it.
    #[serde(default)]
    pub result: Option<ResultSummary>,
    /// Answers to questions that a content update removed: kept aside, never dropped.
    #[serde(default)]
    pub retired: Answers,
    /// The plan: status, owner, due date and evidence per obligation id.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub plan: Plan,
    /// ISO/IEC 42001 clause and control ids the organisation has in place (when it is not
    /// certified with a scope that includes this system).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub iso_in_place: BTreeSet<String>,
}

/// Why saved data could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON, or not an envelope.
    Unreadable(String),
    /// Written by a newer version of the app.
    NewerSchema(u32),
    /// Over one of the caps in [`limits`].
    OverLimit(limits::LimitError),
}

impl Localized for DecodeError {
    fn localized(&self, m: &Messages) -> String {
        match self {
            DecodeError::Unreadable(why) => m.fmt("error.saved.unreadable", &[("why", why)]),
            DecodeError::NewerSchema(v) => m.fmt("error.saved.newer", &[("format", v)]),
            DecodeError::OverLimit(e) => {
                m.fmt("error.saved.over_limit", &[("why", &e.localized(m))])
            }
        }
    }
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Messages::english()))
    }
}

impl Envelope {
    /// A new, empty assessment.
    pub fn new(content_date: &str, now: &str) -> Self {
        Envelope {
            schema: SCHEMA_VERSION,
            content_date: content_date.to_owned(),
            created: now.to_owned(),
            updated: now.to_owned(),
            name: String::new(),
            description: String::new(),
            answers: Answers::new(),
            seen: BTreeMap::new(),
            result: None,
            retired: Answers::new(),
            plan: Plan::new(),
            iso_in_place: BTreeSet::new(),
        }
    }

    /// Records what the person saw and the result, before saving.
    pub fn stamp(
        &mut self,
        catalog: &crate::catalog::Catalog,
        assessment: &crate::assess::Assessment,
    ) {
        self.seen = crate::upgrade::visible_fingerprints(catalog, &self.answers);
        self.result = Some(ResultSummary::of(assessment));
    }

    /// Serialises to JSON.
    pub fn encode(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// Parses saved JSON (browser storage), within the caps for saved data
    /// ([`limits::MAX_SAVED_BYTES`], [`limits::MAX_SAVED_ANSWERS`] and the per-item caps).
    pub fn decode(text: &str) -> Result<Self, DecodeError> {
        Envelope::decode_within(text, limits::MAX_SAVED_BYTES, limits::MAX_SAVED_ANSWERS)
    }

    /// Parses JSON of at most `max_bytes` holding at most `max_answers` answers and set-aside
    /// answers together, within the per-item caps.
    pub fn decode_within(
        text: &str,
        max_bytes: usize,
        max_answers: usize,
    ) -> Result<Self, DecodeError> {
        limits::bytes(text, max_bytes).map_err(DecodeError::OverLimit)?;
        let env: Envelope =
            serde_json::from_str(text).map_err(|e| DecodeError::Unreadable(e.to_string()))?;
        Envelope::check(env, max_answers)
    }

    /// Accepts an envelope of a schema this version understands and within the caps, allowing
    /// at most `max_answers` answers and set-aside answers together, and brings an older one to
    /// the current schema (version 1 had no plan: it reads with an empty one).
    pub fn check(mut env: Envelope, max_answers: usize) -> Result<Self, DecodeError> {
        if env.schema > SCHEMA_VERSION {
            return Err(DecodeError::NewerSchema(env.schema));
        }
        limits::envelope(&env, max_answers).map_err(DecodeError::OverLimit)?;
        env.schema = SCHEMA_VERSION;
        Ok(env)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answers::Answer;

    #[test]
    fn round_trip_keeps_answers() {
        let mut e = Envelope::new("2026-11-27", "2026-11-27T10:00:00Z");
        e.answers.insert("q.a".into(), Answer::One("yes".into()));
        e.answers
            .insert("q.b".into(), Answer::Many(vec!["x".into(), "y".into()]));
        assert_eq!(Envelope::decode(&e.encode()), Ok(e));
    }

    #[test]
    fn garbage_and_newer_schema_are_typed_errors() {
        assert!(matches!(
            Envelope::decode("{not json"),
            Err(DecodeError::Unreadable(_))
        ));
        assert!(matches!(
            Envelope::decode("[1,2]"),
            Err(DecodeError::Unreadable(_))
        ));
        let newer = r#"{"schema":99,"content_date":"x","created":"x","updated":"x","answers":{}}"#;
        assert_eq!(Envelope::decode(newer), Err(DecodeError::NewerSchema(99)));
    }

    #[test]
    fn saved_data_over_a_cap_is_refused_not_cut() {
        let mut e = Envelope::new("2026-11-27", "2026-11-27T10:00:00Z");
        for i in 0..limits::MAX_SAVED_ANSWERS {
            e.retired
                .insert(format!("gone.{i}"), Answer::One("yes".into()));
        }
        assert_eq!(
            Envelope::decode(&e.encode()).map(|d| d.retired.len()),
            Ok(limits::MAX_SAVED_ANSWERS)
        );
        e.answers
            .insert("one.more".into(), Answer::One("no".into()));
        assert!(matches!(
            Envelope::decode(&e.encode()),
            Err(DecodeError::OverLimit(limits::LimitError {
                item: limits::Item::Answers,
                ..
            }))
        ));
        let huge = format!("{{\"pad\":\"{}\"}}", "x".repeat(limits::MAX_SAVED_BYTES));
        assert!(matches!(
            Envelope::decode(&huge),
            Err(DecodeError::OverLimit(limits::LimitError {
                item: limits::Item::Bytes,
                ..
            }))
        ));
    }
}
