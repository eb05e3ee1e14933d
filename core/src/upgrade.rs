//! Content upgrades: carrying saved answers over to a newer catalog and saying what changed.
//!
//! A saved assessment records a fingerprint of every question the person could see and a summary
//! of its result. Against a newer catalog, answers whose question still exists are kept; answers to
//! removed questions are retired (kept aside, never silently dropped); the person is told which
//! questions were removed, changed or added, and how the result changed. Lists can be long for
//! crafted input (up to the caps of [`crate::envelope::limits`]): a notice shows a [`Sample`].

use crate::answers::{Answer, Answers};
use crate::assess::Assessment;
use crate::catalog::Catalog;
use crate::envelope::Envelope;
use crate::flow::{accepts, flow};
use crate::model::{Question, QuestionKind, Tier};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The parts of a result compared across content versions.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
pub struct ResultSummary {
    /// The tier.
    pub tier: Tier,
    /// Role ids.
    pub roles: Vec<String>,
    /// Obligation ids.
    pub obligations: Vec<String>,
}

impl ResultSummary {
    /// The summary of an assessment.
    pub fn of(a: &Assessment) -> Self {
        ResultSummary {
            tier: a.tier.tier,
            roles: a.roles.iter().map(|r| r.id.clone()).collect(),
            obligations: a.obligations.iter().map(|o| o.id.clone()).collect(),
        }
    }
}

/// A short, stable fingerprint of what a question asks (text, kind, options).
pub fn fingerprint(q: &Question) -> String {
    // FNV-1a, 64 bit: tiny, deterministic across builds and platforms.
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut eat = |s: &str| {
        for b in s.bytes().chain([0xff]) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    };
    eat(&q.text);
    // The kind's Rust name followed by the "not sure" flag, as `format!("{:?}{}")` would give.
    let kind = match q.kind {
        QuestionKind::YesNo => "YesNo",
        QuestionKind::Single => "Single",
        QuestionKind::Multi => "Multi",
        QuestionKind::Text => "Text",
        QuestionKind::Date => "Date",
    };
    eat(&format!("{kind}{}", q.unsure));
    for o in &q.options {
        eat(&o.id);
        eat(&o.label);
        eat(if o.exclusive { "x" } else { "" });
    }
    format!("{h:016x}")
}

/// Fingerprints of the questions visible for these answers, to store with them.
pub fn visible_fingerprints(catalog: &Catalog, answers: &Answers) -> BTreeMap<String, String> {
    flow(catalog, answers)
        .visible
        .iter()
        .map(|q| (q.id.clone(), catalog.fingerprint(q)))
        .collect()
}

/// What a content upgrade changed for one saved assessment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpgradeReport {
    /// Content date the answers were given against.
    pub from_content_date: String,
    /// Content date now.
    pub to_content_date: String,
    /// Answers to questions that no longer exist (retired, not lost).
    pub removed: Vec<(String, Answer)>,
    /// Answered questions whose wording or options changed since.
    pub changed: Vec<String>,
    /// Answers that no longer fit their question (e.g. an option was removed); asked again.
    pub invalid: Vec<String>,
    /// Questions now shown that the person has not seen.
    pub added: Vec<String>,
    /// Obligations with a plan entry that the update no longer finds for these answers: the
    /// entries are kept and shown set aside.
    pub plan_set_aside: Vec<String>,
    /// The result before, if it was saved.
    pub before: Option<ResultSummary>,
    /// The result now.
    pub after: Option<ResultSummary>,
}

/// How many items of a list a notice shows; the rest are counted.
pub const SAMPLE_LEN: usize = 10;

/// The first few items of a possibly long list, and how many there are in all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sample<'a, T> {
    /// At most [`SAMPLE_LEN`] items, from the start of the list.
    pub shown: &'a [T],
    /// How many items the list has.
    pub total: usize,
}

impl<'a, T> Sample<'a, T> {
    /// The sample of `list`.
    pub fn of(list: &'a [T]) -> Self {
        Sample {
            shown: &list[..list.len().min(SAMPLE_LEN)],
            total: list.len(),
        }
    }

    /// How many items are not shown.
    pub fn more(&self) -> usize {
        self.total - self.shown.len()
    }
}

impl UpgradeReport {
    /// Answers to removed questions, for a notice.
    pub fn removed_sample(&self) -> Sample<'_, (String, Answer)> {
        Sample::of(&self.removed)
    }

    /// Answered questions asked differently now, for a notice.
    pub fn changed_sample(&self) -> Sample<'_, String> {
        Sample::of(&self.changed)
    }

    /// Answers to be given again, for a notice.
    pub fn invalid_sample(&self) -> Sample<'_, String> {
        Sample::of(&self.invalid)
    }

    /// New questions, for a notice.
    pub fn added_sample(&self) -> Sample<'_, String> {
        Sample::of(&self.added)
    }

    /// Whether the person needs to be told anything.
    pub fn is_empty(&self) -> bool {
        self.removed.is_empty()
            && self.changed.is_empty()
            && self.invalid.is_empty()
            && self.added.is_empty()
            && self.plan_set_aside.is_empty()
            && (self.before.is_none() || self.before == self.after)
    }
}

/// Carries a saved assessment over to `catalog`: retires answers to removed questions and
/// reports what changed. The envelope is updated to the new content version. Nothing is
/// dropped: see [`set_aside`] for an answer whose question already has one set aside.
///
/// Time is linear in the number of answers (at most [`crate::envelope::limits::MAX_SAVED_ANSWERS`])
/// plus one assessment; `scripts/fuzz.sh` prints it for the largest accepted input.
pub fn upgrade(catalog: &Catalog, env: &mut Envelope, today: &str) -> UpgradeReport {
    let mut report = UpgradeReport {
        from_content_date: env.content_date.clone(),
        to_content_date: catalog.version.content_date.clone(),
        before: env.result.clone(),
        ..UpgradeReport::default()
    };
    let ids: Vec<String> = env.answers.keys().cloned().collect();
    for id in ids {
        match catalog.question(&id) {
            None => {
                if let Some(a) = env.answers.remove(&id) {
                    set_aside(&mut env.retired, &id, a.clone());
                    report.removed.push((id, a));
                }
            }
            Some(q) => {
                if env
                    .seen
                    .get(&id)
                    .is_some_and(|f| *f != catalog.fingerprint(q))
                {
                    report.changed.push(id.clone());
                }
                if env.answers.get(&id).is_some_and(|a| !accepts(q, a)) {
                    report.invalid.push(id);
                }
            }
        }
    }
    // Answers kept aside by an earlier update come back when their question exists again.
    let back: Vec<String> = env
        .retired
        .keys()
        .filter(|id| catalog.question(id).is_some() && !env.answers.contains_key(*id))
        .cloned()
        .collect();
    for id in back {
        if let Some(a) = env.retired.remove(&id) {
            env.answers.insert(id, a);
        }
    }
    let f = flow(catalog, &env.answers);
    if !env.seen.is_empty() {
        report.added = f
            .visible
            .iter()
            .filter(|q| !env.seen.contains_key(&q.id))
            .map(|q| q.id.clone())
            .collect();
    }
    let a = crate::assess::assess(catalog, &env.answers, today);
    report.after = Some(ResultSummary::of(&a));
    report.plan_set_aside = env
        .plan
        .iter()
        .filter(|(id, e)| !e.is_blank() && !a.obligations.iter().any(|o| &o.id == *id))
        .filter(|(id, _)| {
            report
                .before
                .as_ref()
                .is_none_or(|b| b.obligations.contains(id))
        })
        .map(|(id, _)| id.clone())
        .collect();
    env.content_date = catalog.version.content_date.clone();
    env.seen = visible_fingerprints(catalog, &env.answers);
    env.result = report.after.clone();
    report
}

/// Sets `answer` aside under `id`. If a different answer is set aside under `id` already (the
/// question was removed, came back with a new answer kept alongside, and was removed again, or
/// an imported file holds both), the earlier one is kept too, under the first free key of
/// `id#2`, `id#3`, …: nothing is overwritten. The latest answer keeps `id`, so it is the one that
/// comes back if the question returns.
pub fn set_aside(retired: &mut Answers, id: &str, answer: Answer) {
    let Some(earlier) = retired.insert(id.to_owned(), answer) else {
        return;
    };
    if retired.get(id) == Some(&earlier) {
        return;
    }
    let free = (2usize..)
        .map(|n| format!("{id}#{n}"))
        .find(|key| !retired.contains_key(key));
    if let Some(key) = free {
        retired.insert(key, earlier);
    }
}
