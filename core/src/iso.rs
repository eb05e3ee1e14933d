//! ISO/IEC 42001 view of an assessment: how the management system covers each obligation, the
//! gap list, and a draft Statement of Applicability for the Annex A controls.

use crate::assess::Assessment;
use crate::catalog::Catalog;
use crate::model::IsoFit;

/// How ISO/IEC 42001 covers one obligation of this assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coverage {
    /// Obligation id.
    pub obligation: String,
    /// The fit (no mapping counts as no counterpart).
    pub fit: IsoFit,
    /// Supporting clause and control ids.
    pub items: Vec<String>,
    /// What the Act asks beyond ISO/IEC 42001.
    pub gap: String,
    /// Amended application date for this system (`YYYY-MM-DD`).
    pub applies: String,
}

/// Coverage of every obligation in the assessment, in the assessment's order.
pub fn coverage(cat: &Catalog, a: &Assessment) -> Vec<Coverage> {
    a.obligations
        .iter()
        .filter_map(|oc| {
            cat.obligation(&oc.id)?;
            let (fit, items, gap) = match cat.iso_mapping(&oc.id) {
                Some(m) => (m.fit, m.items.clone(), m.gap.clone()),
                None => (IsoFit::None, vec![], String::new()),
            };
            Some(Coverage {
                obligation: oc.id.clone(),
                fit,
                items,
                gap,
                applies: oc.dates.amended.clone(),
            })
        })
        .collect()
}

/// Obligations that ISO/IEC 42001 covers only partly or not at all, earliest application first.
/// This is also what the Act still asks of an organisation certified to ISO/IEC 42001.
pub fn gaps(cat: &Catalog, a: &Assessment) -> Vec<Coverage> {
    let mut g: Vec<Coverage> = coverage(cat, a)
        .into_iter()
        .filter(|c| c.fit != IsoFit::Covers)
        .collect();
    g.sort_by(|x, y| x.applies.cmp(&y.applies).then(x.fit.cmp(&y.fit).reverse()));
    g
}

/// One line of the draft Statement of Applicability.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Applicability {
    /// Annex A control id.
    pub control: String,
    /// Its short title.
    pub title: String,
    /// Whether this system's obligations call for it.
    pub relevant: bool,
    /// Obligation ids it supports.
    pub obligations: Vec<String>,
}

/// A draft Statement of Applicability: every Annex A control, relevant when an obligation of this
/// assessment maps to it.
pub fn statement_of_applicability(cat: &Catalog, a: &Assessment) -> Vec<Applicability> {
    let cov = coverage(cat, a);
    cat.iso_items
        .iter()
        .filter(|i| i.id.starts_with("A."))
        .map(|i| {
            let obligations: Vec<String> = cov
                .iter()
                .filter(|c| c.items.contains(&i.id))
                .map(|c| c.obligation.clone())
                .collect();
            Applicability {
                control: i.id.clone(),
                title: i.title.clone(),
                relevant: !obligations.is_empty(),
                obligations,
            }
        })
        .collect()
}

/// How far an ISO/IEC 42001 management system already carries one obligation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Standing {
    /// Nothing in ISO/IEC 42001 corresponds: a duty of the AI Act alone.
    BeyondIso,
    /// Some of it is in place; the rest, and what the Act asks beyond the standard, remains.
    Partly,
    /// ISO/IEC 42001 would help, but none of its supporting items are in place.
    NotCovered,
    /// Everything it takes is in place.
    Covered,
}

impl Standing {
    /// Stable machine name.
    pub fn id(self) -> &'static str {
        match self {
            Standing::BeyondIso => "beyond_iso",
            Standing::Partly => "partly",
            Standing::NotCovered => "not_covered",
            Standing::Covered => "covered",
        }
    }

    /// In words, from the person's side (what they have for this duty), in the language of `m`.
    pub fn label_in(self, m: &crate::i18n::Messages) -> &str {
        m.text(match self {
            Standing::BeyondIso => "iso.standing.beyond_iso",
            Standing::Partly => "iso.standing.partly",
            Standing::NotCovered => "iso.standing.not_covered",
            Standing::Covered => "iso.standing.covered",
        })
    }

    /// In English words, from the person's side: what they have for this duty.
    pub fn label(self) -> &'static str {
        self.label_in(crate::i18n::Messages::english())
    }
}

/// One obligation against the clauses and controls in place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeadStart {
    /// Obligation id.
    pub obligation: String,
    /// How far what is in place carries it.
    pub standing: Standing,
    /// Supporting items in place.
    pub have: Vec<String>,
    /// Supporting items not in place.
    pub missing: Vec<String>,
    /// What the Act asks beyond ISO/IEC 42001, in one line.
    pub gap: String,
    /// The date the duty applies from for this system (`YYYY-MM-DD`).
    pub applies: String,
}

/// The clauses and controls in place: every item for a certified management system whose scope
/// includes this system, the marked ones otherwise.
pub fn in_place(
    cat: &Catalog,
    certified: bool,
    marked: &std::collections::BTreeSet<String>,
) -> std::collections::BTreeSet<String> {
    cat.iso_items
        .iter()
        .filter(|i| certified || marked.contains(&i.id))
        .map(|i| i.id.clone())
        .collect()
}

/// Every obligation of the assessment against the items in place, the remaining work first:
/// duties of the Act alone, then those partly covered, then those ISO/IEC 42001 would cover,
/// each group earliest first; covered duties last.
pub fn head_start(
    cat: &Catalog,
    a: &Assessment,
    have: &std::collections::BTreeSet<String>,
) -> Vec<HeadStart> {
    let mut out: Vec<HeadStart> = coverage(cat, a)
        .into_iter()
        .map(|c| {
            let (with, without): (Vec<String>, Vec<String>) =
                c.items.iter().cloned().partition(|i| have.contains(i));
            let standing = match c.fit {
                IsoFit::None => Standing::BeyondIso,
                _ if c.items.is_empty() => Standing::BeyondIso,
                _ if with.is_empty() => Standing::NotCovered,
                IsoFit::Covers if without.is_empty() => Standing::Covered,
                _ => Standing::Partly,
            };
            HeadStart {
                obligation: c.obligation,
                standing,
                have: with,
                missing: without,
                gap: c.gap,
                applies: c.applies,
            }
        })
        .collect();
    out.sort_by(|x, y| {
        x.standing
            .cmp(&y.standing)
            .then_with(|| x.applies.cmp(&y.applies))
    });
    out
}
