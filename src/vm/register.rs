//! The register as its table shows it: the columns and how each sorts, the rows in words (next
//! deadline, overdue), the tiers to filter by, and what an import would add.

use super::{date_in, display_name, quoted};
use crate::text::{self as t, Text, fill};
use aiact_core::Catalog;
use aiact_core::register::{Filter, Preview, Row, SortBy, sort};

/// The sortable columns: `(sort, heading, test id)`.
pub const COLUMNS: [(SortBy, Text, &str); 5] = [
    (SortBy::Name, t::REGISTER_SYSTEM, "sort-name"),
    (SortBy::Tier, t::REGISTER_TIER, "sort-tier"),
    (SortBy::Deadline, t::REGISTER_DEADLINE, "sort-deadline"),
    (SortBy::Open, t::REGISTER_OPEN, "sort-open"),
    (SortBy::Updated, t::REGISTER_UPDATED, "sort-updated"),
];

/// How the register is sorted and filtered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    /// The column sorted by.
    pub by: SortBy,
    /// Whether the column's usual order is turned round.
    pub reverse: bool,
    /// Which rows show.
    pub filter: Filter,
}

impl Default for View {
    fn default() -> Self {
        View {
            by: SortBy::Updated,
            reverse: false,
            filter: Filter::default(),
        }
    }
}

impl View {
    /// After a click on a column's sort button: that column in its usual order, or the other
    /// way round if it was sorted by already.
    pub fn click(&mut self, by: SortBy) {
        if self.by == by {
            self.reverse = !self.reverse;
        } else {
            self.by = by;
            self.reverse = false;
        }
    }

    /// The value of `aria-sort` for a column: only the sorted column has one.
    pub fn aria_sort(&self, column: SortBy) -> Option<&'static str> {
        if column != self.by {
            return None;
        }
        // Names and deadlines go up (A to Z, earliest first); the others go down (strictest
        // tier, most open items and newest change first).
        let up = matches!(column, SortBy::Name | SortBy::Deadline) != self.reverse;
        Some(if up { "ascending" } else { "descending" })
    }

    /// The rows that pass the filter, in order.
    pub fn apply(&self, rows: &[Row]) -> Vec<Row> {
        let mut out: Vec<Row> = rows
            .iter()
            .filter(|r| self.filter.keeps(r))
            .cloned()
            .collect();
        sort(&mut out, self.by, self.reverse);
        out
    }
}

/// One row of the table, in words.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Line {
    /// Where the assessment is kept.
    pub key: String,
    /// The system's name (or "Unnamed system").
    pub name: String,
    /// Roles, joined.
    pub roles: String,
    /// Tier id, or `in_progress`.
    pub tier: String,
    /// The tier in words, marked provisional where it is.
    pub tier_label: String,
    /// The next deadline in words with the duty due then, or empty.
    pub deadline: String,
    /// Whether the next deadline has passed.
    pub overdue: bool,
    /// Open plan items.
    pub open: usize,
    /// When it last changed.
    pub changed: String,
}

/// A row of the register in words, on `today`, in the language of `cat`.
pub fn line(cat: &Catalog, row: &Row, today: &str) -> Line {
    Line {
        key: row.key.clone(),
        name: display_name(cat, &row.name).to_owned(),
        roles: row.roles.join(", "),
        tier: row.tier.map_or("in_progress", |t| t.id()).to_owned(),
        tier_label: if row.provisional {
            fill(t::PROVISIONAL.of(cat), &[("tier", &row.tier_label)])
        } else {
            row.tier_label.clone()
        },
        deadline: row
            .next_deadline
            .as_deref()
            .map(|d| {
                fill(
                    t::REGISTER_DEADLINE_LINE.of(cat),
                    &[
                        ("date", &date_in(cat, d)),
                        ("what", &row.next_deadline_what),
                    ],
                )
            })
            .unwrap_or_default(),
        overdue: row.overdue(today),
        open: row.open_items,
        changed: super::library::changed(cat, &row.updated),
    }
}

/// The tiers present among the rows, to filter by: `(id, label)`, strictest first, "In
/// progress" last.
pub fn tiers(rows: &[Row]) -> Vec<(String, String)> {
    let mut present: Vec<&Row> = vec![];
    for r in rows {
        if !present.iter().any(|p| p.tier == r.tier) {
            present.push(r);
        }
    }
    present.sort_by_key(|r| std::cmp::Reverse(r.tier.map_or(-1, |t| i16::from(t.severity()))));
    present
        .into_iter()
        .map(|r| {
            (
                r.tier.map_or("in_progress", |t| t.id()).to_owned(),
                r.tier_label.clone(),
            )
        })
        .collect()
}

/// "Showing 2 of 3 systems."
pub fn count_line(cat: &Catalog, shown: usize, all: usize) -> String {
    let text = match (shown == all, all == 1) {
        (true, true) => t::REGISTER_COUNT_ONE,
        (true, false) => t::REGISTER_COUNT,
        (false, true) => t::REGISTER_SHOWING_OF_ONE,
        (false, false) => t::REGISTER_SHOWING,
    };
    fill(
        text.of(cat),
        &[("shown", &shown.to_string()), ("all", &all.to_string())],
    )
}

/// One system an import would add, as the preview lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Incoming {
    /// Its name.
    pub name: String,
    /// Its tier in words.
    pub tier: String,
    /// The saved assessment it looks like, by name: adding it makes a second copy.
    pub looks_like: Option<String>,
}

/// What an import would add and leave out, in words; `names` gives a saved assessment's name
/// by its key. Systems that look like one already here start unticked.
pub fn preview(
    cat: &Catalog,
    p: &Preview,
    names: &dyn Fn(&str) -> Option<String>,
) -> (Vec<Incoming>, Vec<String>) {
    let incoming = p
        .systems
        .iter()
        .map(|s| Incoming {
            name: display_name(cat, &s.row.name).to_owned(),
            tier: s.row.tier_label.clone(),
            looks_like: s
                .same_as
                .as_deref()
                .map(|k| names(k).unwrap_or_else(|| t::UNNAMED.of(cat).to_owned())),
        })
        .collect();
    let refused = p
        .refused
        .iter()
        .map(|r| {
            let position = r.position.to_string();
            if r.name.trim().is_empty() {
                fill(
                    t::REGISTER_REFUSED.of(cat),
                    &[("n", &position), ("why", &r.why)],
                )
            } else {
                fill(
                    t::REGISTER_REFUSED_NAMED.of(cat),
                    &[
                        ("n", &position),
                        ("name", &quoted(cat, &r.name)),
                        ("why", &r.why),
                    ],
                )
            }
        })
        .collect();
    (incoming, refused)
}

#[cfg(test)]
mod tests;
