//! The plan and the ISO/IEC 42001 head start in the report: what the person recorded for each
//! obligation, the entries set aside, and how far the management system they have carries each
//! duty.

use super::IsoStatus;
use crate::assess::Assessment;
use crate::catalog::Catalog;
use crate::i18n::Messages;
use crate::iso::{self, Standing};
use crate::plan::{self, Entry, Status};
use serde::Serialize;
use std::collections::BTreeSet;

/// What the person recorded for one obligation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
pub struct PlanPart {
    /// `todo`, `in_progress`, `done` or `not_applicable`.
    pub status: String,
    /// The status in words.
    pub status_label: String,
    /// Why it does not apply, for `not_applicable`.
    pub reason: String,
    /// Who is responsible.
    pub owner: String,
    /// Due date (`YYYY-MM-DD`): the person's, or the date the duty bites.
    pub due: String,
    /// Whether the due date is the default (the date the duty bites).
    pub due_is_default: bool,
    /// Whether the duty bites only from launch (a system not launched yet).
    pub at_launch: bool,
    /// What proves the work.
    pub evidence: String,
    /// Where the evidence is: document names or links, as typed.
    pub references: Vec<String>,
    /// Whether the person recorded anything.
    pub recorded: bool,
}

impl PlanPart {
    fn of(m: &Messages, entry: &Entry, due: &str, at_launch: bool) -> Self {
        PlanPart {
            status: entry.status.id().to_owned(),
            status_label: entry.status.label_in(m).to_owned(),
            reason: entry.reason.clone(),
            owner: entry.owner.clone(),
            due: due.to_owned(),
            due_is_default: entry.due.is_none(),
            at_launch,
            evidence: entry.evidence.clone(),
            references: entry.references.clone(),
            recorded: !entry.is_blank(),
        }
    }

    /// Whether work remains.
    pub fn is_open(&self) -> bool {
        Status::from_id(&self.status).is_none_or(Status::is_open)
    }

    /// The due date in words: `2 Dec 2027`, `at launch, not before 2 Dec 2027` for a default
    /// date of a system not launched yet, or empty without a date; in the language of `m`.
    pub fn due_label(&self, m: &Messages) -> String {
        if self.due.is_empty() {
            String::new()
        } else if self.at_launch && self.due_is_default {
            m.fmt("plan.due.at_launch", &[("date", &m.date(&self.due))])
        } else {
            m.date(&self.due)
        }
    }

    /// The entry in one line for reports: status, owner, due date, evidence and references, in
    /// the language of `m`, with the person's text passed through `esc` for the output format.
    pub fn line(&self, m: &Messages, esc: &dyn Fn(&str) -> String) -> String {
        let mut parts = vec![self.status_label.clone()];
        if !self.reason.is_empty() {
            parts.push(m.fmt("plan.line.why", &[("value", &esc(&self.reason))]));
        }
        if !self.owner.is_empty() {
            parts.push(m.fmt("plan.line.owner", &[("value", &esc(&self.owner))]));
        }
        if self.is_open() && !self.due.is_empty() {
            parts.push(m.fmt("plan.line.due", &[("value", &self.due_label(m))]));
        }
        if !self.evidence.is_empty() {
            parts.push(m.fmt("plan.line.evidence", &[("value", &esc(&self.evidence))]));
        }
        if !self.references.is_empty() {
            let refs: Vec<String> = self.references.iter().map(|r| esc(r)).collect();
            parts.push(m.fmt(
                "plan.line.see",
                &[("value", &refs.join(m.text("common.separator")))],
            ));
        }
        parts.join(" \u{b7} ")
    }
}

/// A plan entry of an obligation that no longer follows from the answers or the content.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct AsidePart {
    /// Obligation id.
    pub obligation: String,
    /// Its title.
    pub title: String,
    /// Whether the content still has the obligation.
    pub known: bool,
    /// What the person recorded.
    pub plan: PlanPart,
}

/// The plan at a glance.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PlanSummary {
    /// Whether the person recorded anything for this system's obligations.
    pub started: bool,
    /// Obligations where work remains.
    pub open: usize,
    /// Obligations done.
    pub done: usize,
    /// Obligations marked not applicable.
    pub not_applicable: usize,
    /// Entries set aside: their obligations no longer follow from the answers or the content.
    pub set_aside: Vec<AsidePart>,
}

impl PlanSummary {
    /// The counts in a sentence: `3 open, 2 done, 1 not applicable`, in the language of `m`.
    pub fn counts(&self, m: &Messages) -> String {
        let mut parts = vec![m.fmt("plan.count.open", &[("count", &self.open)])];
        if self.done > 0 {
            parts.push(m.fmt("plan.count.done", &[("count", &self.done)]));
        }
        if self.not_applicable > 0 {
            parts.push(m.fmt(
                "plan.count.not_applicable",
                &[("count", &self.not_applicable)],
            ));
        }
        parts.join(", ")
    }
}

/// The plan entries of the assessment's obligations, by obligation id, and the plan at a glance.
pub(super) fn plan_parts(
    cat: &Catalog,
    a: &Assessment,
    saved: &plan::Plan,
) -> (Vec<(String, PlanPart)>, PlanSummary) {
    let m = &cat.messages;
    let view = plan::view(cat, a, saved);
    let parts: Vec<(String, PlanPart)> = view
        .items
        .iter()
        .map(|i| {
            (
                i.obligation.clone(),
                PlanPart::of(m, &i.entry, &i.due, i.at_launch),
            )
        })
        .collect();
    let count = |s: Status| view.items.iter().filter(|i| i.entry.status == s).count();
    let summary = PlanSummary {
        started: parts.iter().any(|(_, p)| p.recorded),
        open: view.open(),
        done: count(Status::Done),
        not_applicable: count(Status::NotApplicable),
        set_aside: view
            .set_aside
            .iter()
            .map(|x| AsidePart {
                obligation: x.obligation.clone(),
                title: x.title.clone(),
                known: x.known,
                plan: PlanPart::of(m, &x.entry, x.entry.due.as_deref().unwrap_or(""), false),
            })
            .collect(),
    };
    (parts, summary)
}

/// One obligation against the ISO/IEC 42001 clauses and controls the organisation has.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct HeadStartLine {
    /// Obligation id.
    pub obligation: String,
    /// Its title.
    pub title: String,
    /// `beyond_iso`, `partly`, `not_covered` or `covered`.
    pub standing: String,
    /// The standing in words.
    pub standing_label: String,
    /// Supporting items in place.
    pub have: Vec<String>,
    /// Supporting items still to put in place.
    pub missing: Vec<String>,
    /// What the Act asks beyond ISO/IEC 42001.
    pub gap: String,
    /// When it applies, in words.
    pub timing: String,
}

impl HeadStartLine {
    /// What remains to do for this duty, in a line, in the language of `m`.
    pub fn remaining(&self, m: &Messages) -> String {
        let mut parts: Vec<String> = vec![];
        if !self.missing.is_empty() {
            parts.push(m.fmt(
                "head_start.put_in_place",
                &[("items", &self.missing.join(", "))],
            ));
        }
        if !self.gap.is_empty() {
            parts.push(self.gap.clone());
        }
        parts.join(m.text("common.separator"))
    }
}

/// "Is our ISO/IEC 42001 enough for the AI Act for this system?", answered from what the person
/// said they have.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
pub struct HeadStart {
    /// Whether the person said what they have (certified, or items marked in place).
    pub known: bool,
    /// Clause and control ids counted as in place.
    pub in_place: Vec<String>,
    /// Obligations fully covered by what they have.
    pub covered: usize,
    /// Every obligation, remaining work first: duties of the Act alone, then partly covered,
    /// then those ISO/IEC 42001 would cover; covered duties last.
    pub lines: Vec<HeadStartLine>,
}

impl HeadStart {
    /// Whether what the organisation has covers every obligation of this system.
    pub fn enough(&self) -> bool {
        self.lines
            .iter()
            .all(|l| l.standing == Standing::Covered.id())
    }

    /// The duties with work remaining, in the order to tackle them.
    pub fn remaining(&self) -> impl Iterator<Item = &HeadStartLine> {
        self.lines
            .iter()
            .filter(|l| l.standing != Standing::Covered.id())
    }

    /// The duties fully covered by what the organisation has.
    pub fn covered_lines(&self) -> impl Iterator<Item = &HeadStartLine> {
        self.lines
            .iter()
            .filter(|l| l.standing == Standing::Covered.id())
    }

    /// The answer in a sentence, in the language of `m`.
    pub fn verdict(&self, m: &Messages) -> String {
        let left = self.remaining().count();
        if self.lines.is_empty() {
            m.text("head_start.verdict.nothing").to_owned()
        } else if left == 0 {
            m.text("head_start.verdict.enough").to_owned()
        } else {
            m.fmt(
                "head_start.verdict.not_enough",
                &[
                    ("covered", &self.covered),
                    ("total", &self.lines.len()),
                    ("left", &left),
                ],
            )
        }
    }
}

/// The head start for the assessment: every item for a certified management system whose
/// scope includes this system, the marked items otherwise.
pub(super) fn head_start(
    cat: &Catalog,
    a: &Assessment,
    status: IsoStatus,
    marked: &BTreeSet<String>,
    timing: &dyn Fn(&str) -> String,
) -> HeadStart {
    let have = iso::in_place(cat, status == IsoStatus::Certified, marked);
    let lines: Vec<HeadStartLine> = iso::head_start(cat, a, &have)
        .into_iter()
        .map(|h| HeadStartLine {
            title: cat
                .obligation(&h.obligation)
                .map_or_else(|| h.obligation.clone(), |o| o.title.clone()),
            timing: timing(&h.obligation),
            standing: h.standing.id().to_owned(),
            standing_label: h.standing.label_in(&cat.messages).to_owned(),
            have: h.have,
            missing: h.missing,
            gap: h.gap,
            obligation: h.obligation,
        })
        .collect();
    HeadStart {
        known: status == IsoStatus::Certified || !have.is_empty(),
        in_place: have.into_iter().collect(),
        covered: lines
            .iter()
            .filter(|l| l.standing == Standing::Covered.id())
            .count(),
        lines,
    }
}
