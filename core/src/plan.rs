//! The plan of an assessment: for each obligation, its status, owner, due date and evidence.
//!
//! Plan entries are saved with the assessment, keyed by obligation id. An entry is never dropped
//! because its obligation no longer follows from the answers or was removed by a content update:
//! it is shown "set aside" and comes back when the obligation does.

use crate::assess::{Assessment, Timing};
use crate::catalog::Catalog;
use crate::i18n::{Localized, Messages};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where work on one obligation stands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Not started.
    #[default]
    Todo,
    /// Started.
    InProgress,
    /// Done, with evidence.
    Done,
    /// Does not apply to this system, for the reason given.
    NotApplicable,
}

impl Status {
    /// Every status, in the order a person goes through them.
    pub const ALL: [Status; 4] = [
        Status::Todo,
        Status::InProgress,
        Status::Done,
        Status::NotApplicable,
    ];

    /// Stable machine name, as saved.
    pub fn id(self) -> &'static str {
        match self {
            Status::Todo => "todo",
            Status::InProgress => "in_progress",
            Status::Done => "done",
            Status::NotApplicable => "not_applicable",
        }
    }

    /// The status read from its machine name.
    pub fn from_id(id: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|s| s.id() == id)
    }

    /// In words, in the language of `m`.
    pub fn label_in(self, m: &Messages) -> &str {
        m.text(match self {
            Status::Todo => "plan.status.todo",
            Status::InProgress => "plan.status.in_progress",
            Status::Done => "plan.status.done",
            Status::NotApplicable => "plan.status.not_applicable",
        })
    }

    /// In English words.
    pub fn label(self) -> &'static str {
        self.label_in(Messages::english())
    }

    /// Whether work remains.
    pub fn is_open(self) -> bool {
        matches!(self, Status::Todo | Status::InProgress)
    }
}

/// What the person recorded for one obligation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
pub struct Entry {
    /// Where work stands.
    #[serde(default)]
    pub status: Status,
    /// Why the obligation does not apply, for [`Status::NotApplicable`].
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub reason: String,
    /// Who is responsible: a name, team or role, as the person writes it.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    /// Due date (`YYYY-MM-DD`) set by the person; absent means the date the duty bites.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<String>,
    /// What proves the work, in the person's words.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub evidence: String,
    /// Where the evidence is: document names or links, as typed. Nothing is fetched.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub references: Vec<String>,
    /// The obligation's title when the entry was last changed, to name it if a content update
    /// removes the obligation.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// When the entry last changed (RFC 3339).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub updated: String,
}

impl Entry {
    /// Whether the entry holds anything the person wrote or chose.
    pub fn is_blank(&self) -> bool {
        self.status == Status::Todo
            && self.reason.is_empty()
            && self.owner.is_empty()
            && self.due.is_none()
            && self.evidence.is_empty()
            && self.references.is_empty()
    }
}

/// The plan: entries keyed by obligation id.
pub type Plan = BTreeMap<String, Entry>;

/// One obligation of the assessment with its plan entry (a blank one when none was saved).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// Obligation id.
    pub obligation: String,
    /// Obligation title.
    pub title: String,
    /// The date the duty bites for this system (`YYYY-MM-DD`), the default due date.
    pub bites: String,
    /// Whether it bites only from launch, for a system not launched yet.
    pub at_launch: bool,
    /// The due date: the person's, or the date the duty bites.
    pub due: String,
    /// What the person recorded.
    pub entry: Entry,
}

/// An entry of an obligation that does not follow from the current answers or content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    /// Obligation id.
    pub obligation: String,
    /// Its title now, or as saved when the content no longer has it.
    pub title: String,
    /// Whether the content still has the obligation (the answers no longer lead to it).
    pub known: bool,
    /// What the person recorded.
    pub entry: Entry,
}

/// The plan against an assessment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct View {
    /// The assessment's obligations in its order, each with its entry.
    pub items: Vec<Item>,
    /// Saved entries of obligations that no longer apply, kept and shown.
    pub set_aside: Vec<SetAside>,
}

impl View {
    /// Items where work remains (to do or in progress).
    pub fn open(&self) -> usize {
        self.items
            .iter()
            .filter(|i| i.entry.status.is_open())
            .count()
    }

    /// The item of an obligation.
    pub fn item(&self, obligation: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.obligation == obligation)
    }

    /// The earliest due date among open items, with the items due then.
    pub fn next_due(&self) -> Option<(&str, Vec<&Item>)> {
        let d = self
            .items
            .iter()
            .filter(|i| i.entry.status.is_open())
            .map(|i| i.due.as_str())
            .min()?;
        Some((
            d,
            self.items
                .iter()
                .filter(|i| i.entry.status.is_open() && i.due == d)
                .collect(),
        ))
    }
}

/// Matches the saved plan against an assessment: every obligation with its entry, and the
/// entries of obligations that do not follow from it, set aside.
pub fn view(cat: &Catalog, a: &Assessment, plan: &Plan) -> View {
    let items: Vec<Item> = a
        .obligations
        .iter()
        .map(|oc| {
            let entry = plan.get(&oc.id).cloned().unwrap_or_default();
            let bites = oc.timing.date().to_owned();
            Item {
                obligation: oc.id.clone(),
                title: cat
                    .obligation(&oc.id)
                    .map_or_else(|| oc.id.clone(), |o| o.title.clone()),
                at_launch: matches!(oc.timing, Timing::AtLaunch(_)),
                due: entry.due.clone().unwrap_or_else(|| bites.clone()),
                bites,
                entry,
            }
        })
        .collect();
    let set_aside = plan
        .iter()
        .filter(|(id, e)| !e.is_blank() && !items.iter().any(|i| &i.obligation == *id))
        .map(|(id, e)| {
            let known = cat.obligation(id);
            SetAside {
                obligation: id.clone(),
                title: known.map_or_else(
                    || {
                        if e.title.is_empty() {
                            id.clone()
                        } else {
                            e.title.clone()
                        }
                    },
                    |o| o.title.clone(),
                ),
                known: known.is_some(),
                entry: e.clone(),
            }
        })
        .collect();
    View { items, set_aside }
}

/// Why a plan entry was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EntryError {
    /// The due date is not a date written `YYYY-MM-DD`.
    BadDate,
    /// "Not applicable" needs a reason.
    ReasonMissing,
    /// A field is over its cap.
    OverLimit(crate::envelope::limits::LimitError),
}

impl Localized for EntryError {
    fn localized(&self, m: &Messages) -> String {
        match self {
            EntryError::BadDate => m.text("error.plan.bad_date").to_owned(),
            EntryError::ReasonMissing => m.text("error.plan.reason_missing").to_owned(),
            EntryError::OverLimit(e) => e.localized(m),
        }
    }
}

impl std::fmt::Display for EntryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Messages::english()))
    }
}

impl std::error::Error for EntryError {}

/// Sets the entry of `obligation`, stamped with its current title and `now`, after checking it:
/// a real due date, a reason for "not applicable", and every field within its cap. A blank entry
/// removes the saved one.
pub fn set(
    plan: &mut Plan,
    cat: &Catalog,
    obligation: &str,
    mut entry: Entry,
    now: &str,
) -> Result<(), EntryError> {
    entry.references.retain(|r| !r.trim().is_empty());
    if let Some(d) = &entry.due
        && !crate::flow::is_iso_date(d)
    {
        return Err(EntryError::BadDate);
    }
    if entry.status == Status::NotApplicable && entry.reason.trim().is_empty() {
        return Err(EntryError::ReasonMissing);
    }
    crate::envelope::limits::plan_entry(obligation, &entry).map_err(EntryError::OverLimit)?;
    if entry.is_blank() {
        plan.remove(obligation);
        return Ok(());
    }
    if let Some(o) = cat.obligation(obligation) {
        entry.title.clone_from(&o.title);
    }
    entry.updated = now.to_owned();
    plan.insert(obligation.to_owned(), entry);
    Ok(())
}
