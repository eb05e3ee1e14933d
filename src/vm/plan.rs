//! The plan editor as it shows: one row per obligation of the assessment (grouped by role, as in
//! the report), the due date offered by default, the field a refused entry belongs to, the
//! references typed one per line, the plan at a glance and the entries set aside.

use crate::text::{self as t, fill};
use crate::vm::date_in;
use aiact_core::Catalog;
use aiact_core::assess::{Assessment, Timing};
use aiact_core::envelope::limits::{Item, MAX_NOTE_CHARS};
use aiact_core::i18n::Localized;
use aiact_core::plan::{self, Entry, EntryError, Status};

/// One obligation in the plan editor: what does not change while the person edits its entry.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Row {
    /// Obligation id.
    pub obligation: String,
    /// Its title.
    pub title: String,
    /// The role it falls on, by name.
    pub role: String,
    /// The date the duty bites for this system (`YYYY-MM-DD`): the default due date.
    pub bites: String,
    /// Whether it bites from launch, for a system not launched yet.
    pub at_launch: bool,
    /// When it applies, in words: `applies from 2 Dec 2027`.
    pub when: String,
    /// What the default due date is, in words.
    pub default_note: String,
}

/// The assessment's obligations as rows, grouped by role in the content's role order (the
/// report's order), each group in the assessment's order.
pub fn rows(cat: &Catalog, a: &Assessment, today: &str) -> Vec<Row> {
    let view = plan::view(cat, a, &plan::Plan::new());
    let role_of = |id: &str| cat.obligation(id).map(|o| o.role.as_str()).unwrap_or("");
    let position = |role: &str| {
        cat.roles
            .iter()
            .position(|r| r.id == role)
            .unwrap_or(usize::MAX)
    };
    let mut out: Vec<(usize, Row)> = view
        .items
        .into_iter()
        .zip(&a.obligations)
        .map(|(item, oc)| {
            let role = role_of(&item.obligation);
            let day = date_in(cat, &item.bites);
            let say = |text: t::Text| fill(text.of(cat), &[("date", &day)]);
            let when = match &oc.timing {
                Timing::AppliesSince(_) => say(t::PLAN_APPLIES_SINCE),
                Timing::AppliesFrom(_) => say(t::PLAN_APPLIES_FROM),
                Timing::AtLaunch(d) if d.as_str() > today => say(t::PLAN_APPLIES_AT_LAUNCH_FROM),
                Timing::AtLaunch(_) => say(t::PLAN_APPLIES_AT_LAUNCH),
            };
            let default_note = if item.at_launch {
                say(t::PLAN_DEFAULT_AT_LAUNCH)
            } else {
                say(t::PLAN_DEFAULT)
            };
            (
                position(role),
                Row {
                    role: cat
                        .role(role)
                        .map_or_else(|| role.to_owned(), |r| r.name.clone()),
                    obligation: item.obligation,
                    title: item.title,
                    bites: item.bites,
                    at_launch: item.at_launch,
                    when,
                    default_note,
                },
            )
        })
        .collect();
    out.sort_by_key(|(p, _)| *p);
    out.into_iter().map(|(_, r)| r).collect()
}

/// The statuses to choose from: `(machine name, label)`, in the language of `cat`.
pub fn statuses(cat: &Catalog) -> impl Iterator<Item = (&'static str, &str)> {
    Status::ALL
        .into_iter()
        .map(|s| (s.id(), s.label_in(&cat.messages)))
}

/// A field of a plan entry in the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    /// The status.
    Status,
    /// Why it does not apply.
    Reason,
    /// Who is responsible.
    Owner,
    /// The due date.
    Due,
    /// The evidence note.
    Evidence,
    /// The references.
    References,
}

/// The field a refused entry is refused for, so that the message shows next to it.
pub fn field_of(error: &EntryError, entry: &Entry) -> Field {
    match error {
        EntryError::BadDate => Field::Due,
        EntryError::ReasonMissing => Field::Reason,
        EntryError::OverLimit(e) => match e.item {
            Item::OwnerChars => Field::Owner,
            Item::NoteChars if entry.evidence.chars().count() > MAX_NOTE_CHARS => Field::Evidence,
            Item::NoteChars => Field::Reason,
            Item::References | Item::ReferenceChars => Field::References,
            Item::StampChars => Field::Due,
            _ => Field::Status,
        },
    }
}

/// A refusal as a sentence: `Say why the obligation does not apply to this system.`
pub fn message(cat: &Catalog, error: &EntryError) -> String {
    let text = error.localized(&cat.messages);
    let mut c = text.chars();
    match c.next() {
        Some(first) => format!("{}{}.", first.to_uppercase(), c.as_str()),
        None => String::new(),
    }
}

/// The references as typed, one per line (blank lines are kept while typing; saving drops
/// them).
pub fn references_from_text(text: &str) -> Vec<String> {
    if text.is_empty() {
        return vec![];
    }
    text.split('\n')
        .map(|l| l.trim_end_matches('\r').to_owned())
        .collect()
}

/// The references as the field shows them, one per line.
pub fn references_text(references: &[String]) -> String {
    references.join("\n")
}

/// The due date a date field's value sets: `None` while the field is empty or incomplete
/// (nothing changes), the default (`Some(None)`) when it is the date the duty bites, or the
/// date the person chose.
pub fn due_from_input(value: &str, bites: &str) -> Option<Option<String>> {
    if value.is_empty() {
        None
    } else if value == bites {
        Some(None)
    } else {
        Some(Some(value.to_owned()))
    }
}

/// The plan at a glance: `12 obligations: 9 open, 2 done, 1 not applicable. Next due: 2 Dec
/// 2027 (Register the system).`
pub fn summary(cat: &Catalog, view: &plan::View) -> String {
    let n = view.items.len();
    let count = |s: Status| view.items.iter().filter(|i| i.entry.status == s).count();
    let number = |text: t::Text, k: usize| fill(text.of(cat), &[("n", &k.to_string())]);
    let mut parts = vec![number(t::PLAN_COUNT_OPEN, view.open())];
    for (s, text) in [
        (Status::Done, t::PLAN_COUNT_DONE),
        (Status::NotApplicable, t::PLAN_COUNT_NOT_APPLICABLE),
    ] {
        let k = count(s);
        if k > 0 {
            parts.push(number(text, k));
        }
    }
    let total = if n == 1 {
        t::PLAN_TOTAL_ONE
    } else {
        t::PLAN_TOTAL
    };
    let mut out = fill(
        total.of(cat),
        &[("n", &n.to_string()), ("counts", &parts.join(", "))],
    );
    if let Some((date, items)) = view.next_due() {
        let what = match items.as_slice() {
            [one] => one.title.clone(),
            many => number(t::PLAN_DUTIES, many.len()),
        };
        out.push(' ');
        out.push_str(&fill(
            t::PLAN_NEXT_DUE.of(cat),
            &[("date", &date_in(cat, date)), ("what", &what)],
        ));
    }
    out
}

/// A saved entry of an obligation that no longer follows from the answers or the content.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Aside {
    /// Obligation id.
    pub obligation: String,
    /// Its title.
    pub title: String,
    /// Why it is set aside, in words.
    pub why: String,
    /// What was recorded: `(label, value)`, the empty fields left out.
    pub recorded: Vec<(String, String)>,
}

/// The entries set aside, with what was recorded.
pub fn set_aside(cat: &Catalog, view: &plan::View) -> Vec<Aside> {
    view.set_aside
        .iter()
        .map(|x| {
            let e = &x.entry;
            let fields = [
                (t::PLAN_STATUS, e.status.label_in(&cat.messages).to_owned()),
                (t::PLAN_REASON, e.reason.clone()),
                (t::PLAN_OWNER, e.owner.clone()),
                (
                    t::PLAN_DUE,
                    e.due
                        .as_deref()
                        .map(|d| date_in(cat, d))
                        .unwrap_or_default(),
                ),
                (t::PLAN_EVIDENCE, e.evidence.clone()),
                (t::PLAN_REFERENCES, e.references.join("; ")),
                (
                    t::PLAN_CHANGED,
                    crate::vm::library::changed(cat, &e.updated),
                ),
            ];
            Aside {
                obligation: x.obligation.clone(),
                title: x.title.clone(),
                why: if x.known {
                    t::PLAN_ASIDE_ANSWERS
                } else {
                    t::PLAN_ASIDE_CONTENT
                }
                .of(cat)
                .to_owned(),
                recorded: fields
                    .into_iter()
                    .filter(|(_, v)| !v.is_empty())
                    .map(|(label, v)| (label.of(cat).to_owned(), v))
                    .collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
