//! The plan editor as it shows: one row per obligation of the assessment (grouped by role, as in
//! the report), the due date offered by default, the field a refused entry belongs to, the
//! references typed one per line, the plan at a glance and the entries set aside.

use aiact_core::Catalog;
use aiact_core::assess::{Assessment, Timing};
use aiact_core::envelope::limits::{Item, MAX_NOTE_CHARS};
use aiact_core::labels::human_date;
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
            let day = human_date(&item.bites);
            let when = match &oc.timing {
                Timing::AppliesSince(_) => format!("applies since {day}"),
                Timing::AppliesFrom(_) => format!("applies from {day}"),
                Timing::AtLaunch(d) if d.as_str() > today => {
                    format!("applies from launch, not before {day}")
                }
                Timing::AtLaunch(_) => "applies from launch".to_owned(),
            };
            let default_note = if item.at_launch {
                format!(
                    "Default: at launch, not before {day}. Put in your launch date if you know it."
                )
            } else {
                format!("Default: {day}, the date the duty applies to this system.")
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

/// The statuses to choose from: `(machine name, label)`.
pub fn statuses() -> impl Iterator<Item = (&'static str, &'static str)> {
    Status::ALL.into_iter().map(|s| (s.id(), s.label()))
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
pub fn message(error: &EntryError) -> String {
    let text = error.to_string();
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
pub fn summary(view: &plan::View) -> String {
    let n = view.items.len();
    let count = |s: Status| view.items.iter().filter(|i| i.entry.status == s).count();
    let mut parts = vec![format!("{} open", view.open())];
    for (s, word) in [
        (Status::Done, "done"),
        (Status::NotApplicable, "not applicable"),
    ] {
        let k = count(s);
        if k > 0 {
            parts.push(format!("{k} {word}"));
        }
    }
    let mut out = format!(
        "{n} obligation{}: {}.",
        if n == 1 { "" } else { "s" },
        parts.join(", ")
    );
    if let Some((date, items)) = view.next_due() {
        let what = match items.as_slice() {
            [one] => one.title.clone(),
            many => format!("{} duties", many.len()),
        };
        out.push_str(&format!(" Next due: {} ({what}).", human_date(date)));
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
    pub why: &'static str,
    /// What was recorded: `(label, value)`, the empty fields left out.
    pub recorded: Vec<(&'static str, String)>,
}

/// The entries set aside, with what was recorded.
pub fn set_aside(view: &plan::View) -> Vec<Aside> {
    view.set_aside
        .iter()
        .map(|x| {
            let e = &x.entry;
            let fields = [
                ("Status", e.status.label().to_owned()),
                ("Why it does not apply", e.reason.clone()),
                ("Owner", e.owner.clone()),
                ("Due", e.due.as_deref().map(human_date).unwrap_or_default()),
                ("Evidence", e.evidence.clone()),
                ("References", e.references.join("; ")),
                ("Last changed", crate::vm::library::changed(&e.updated)),
            ];
            Aside {
                obligation: x.obligation.clone(),
                title: x.title.clone(),
                why: if x.known {
                    "The current answers no longer lead to this obligation."
                } else {
                    "A content update removed this obligation."
                },
                recorded: fields.into_iter().filter(|(_, v)| !v.is_empty()).collect(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests;
