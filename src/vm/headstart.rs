//! The ISO/IEC 42001 checklist as the head-start screen shows it: the clauses and Annex A
//! controls of the content, in groups, and each line of the answer in words.

use crate::text::{self as t, fill};
use aiact_core::Catalog;
use aiact_core::i18n::Messages;
use aiact_core::iso::Standing;
use aiact_core::report::HeadStartLine;

/// A group of the checklist: one clause (4 to 10) with its sub-clauses, or one group of Annex A
/// controls.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Group {
    /// The group's heading.
    pub title: String,
    /// `(id, short title)` of each item that can be marked.
    pub items: Vec<(String, String)>,
}

/// The items of the content in groups: a clause's top item (`4`) names its group and is not
/// marked itself; Annex A controls are grouped by their first number (`A.6.2.4` in `A.6`).
pub fn groups(cat: &Catalog) -> Vec<Group> {
    let mut out: Vec<(String, Group)> = vec![];
    for item in &cat.iso_items {
        let key = match item.id.strip_prefix("A.") {
            Some(rest) => format!("A.{}", rest.split('.').next().unwrap_or(rest)),
            None => item.id.split('.').next().unwrap_or(&item.id).to_owned(),
        };
        let heading = !item.id.starts_with("A.") && !item.id.contains('.');
        let at = match out.iter().position(|(k, _)| *k == key) {
            Some(i) => i,
            None => {
                let title = match key.strip_prefix("A.") {
                    Some(n) => fill(t::HEADSTART_ANNEX_GROUP.of(cat), &[("n", n)]),
                    None => fill(t::HEADSTART_CLAUSE.of(cat), &[("n", &key)]),
                };
                out.push((
                    key.clone(),
                    Group {
                        title,
                        items: vec![],
                    },
                ));
                out.len() - 1
            }
        };
        let group = &mut out[at].1;
        if heading {
            group.title = fill(
                t::HEADSTART_CLAUSE_TITLED.of(cat),
                &[("n", &item.id), ("title", &item.title)],
            );
        } else {
            group.items.push((item.id.clone(), item.title.clone()));
        }
    }
    out.into_iter()
        .map(|(_, g)| g)
        .filter(|g| !g.items.is_empty())
        .collect()
}

/// One duty in the answer, as a line of the table.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Line {
    /// Obligation id.
    pub obligation: String,
    /// Its title.
    pub title: String,
    /// `beyond_iso`, `partly`, `not_covered` or `covered`.
    pub standing: String,
    /// The standing in words; "AI Act only" for duties ISO/IEC 42001 has no counterpart for.
    pub standing_label: String,
    /// When it applies.
    pub timing: String,
    /// What remains to do (empty when covered).
    pub remaining: String,
    /// The items in place that carry it.
    pub have: String,
}

/// A line of the engine's answer in words.
pub fn line(l: &HeadStartLine, m: &Messages) -> Line {
    Line {
        obligation: l.obligation.clone(),
        title: l.title.clone(),
        standing_label: if l.standing == Standing::BeyondIso.id() {
            t::HEADSTART_BEYOND.from(m).to_owned()
        } else {
            capitalise(&l.standing_label)
        },
        standing: l.standing.clone(),
        timing: l.timing.clone(),
        remaining: capitalise(&l.remaining(m)),
        have: l.have.join(", "),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests;
