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
