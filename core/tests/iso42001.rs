//! ISO/IEC 42001:2023 catalog (`questions/90-iso42001.json`): guards that the bundled catalog
//! carries exactly the real clause and Annex A control ids — the 38 controls of Annex A and the
//! clauses 4 to 10 with their sub-clauses — and none of the invented ids that circulate in
//! published crosswalks (e.g. `A.6.10.2`). Also guards the copyright rule for the texts: every
//! summary is a short, single-line paraphrase of our own, distinct from the title.

use aiact_core::bundled;
use std::collections::BTreeSet;

/// The 38 Annex A controls, typed from the reference list (objective headings such as `A.6.1`
/// are not controls and must not appear).
const ANNEX_A_CONTROLS: [&str; 38] = [
    "A.2.2", "A.2.3", "A.2.4", //
    "A.3.2", "A.3.3", //
    "A.4.2", "A.4.3", "A.4.4", "A.4.5", "A.4.6", //
    "A.5.2", "A.5.3", "A.5.4", "A.5.5", //
    "A.6.1.2", "A.6.1.3", //
    "A.6.2.2", "A.6.2.3", "A.6.2.4", "A.6.2.5", "A.6.2.6", "A.6.2.7", "A.6.2.8", //
    "A.7.2", "A.7.3", "A.7.4", "A.7.5", "A.7.6", //
    "A.8.2", "A.8.3", "A.8.4", "A.8.5", //
    "A.9.2", "A.9.3", "A.9.4", //
    "A.10.2", "A.10.3", "A.10.4",
];

/// Clauses 4 to 10 and their sub-clauses.
const CLAUSES: &[&str] = &[
    "4", "4.1", "4.2", "4.3", "4.4", //
    "5", "5.1", "5.2", "5.3", //
    "6", "6.1", "6.1.1", "6.1.2", "6.1.3", "6.1.4", "6.2", "6.3", //
    "7", "7.1", "7.2", "7.3", "7.4", "7.5", //
    "8", "8.1", "8.2", "8.3", "8.4", //
    "9", "9.1", "9.2", "9.3", //
    "10", "10.1", "10.2",
];

/// Ids cited by bad crosswalks that do not exist in ISO/IEC 42001:2023, plus Annex A objective
/// headings, which are not controls.
const NOT_ITEMS: &[&str] = &[
    "A.6.10.2", "A.5.3.1", "A.6.6", "A.2", "A.3", "A.4", "A.5", "A.6", "A.6.1", "A.6.2", "A.7",
    "A.8", "A.9", "A.10",
];

fn ids() -> Vec<String> {
    let cat = bundled::catalog().expect("bundled catalog loads");
    cat.iso_items.iter().map(|i| i.id.clone()).collect()
}

#[test]
fn annex_a_has_exactly_the_38_real_controls() {
    let ids = ids();
    let annex: BTreeSet<&str> = ids
        .iter()
        .map(String::as_str)
        .filter(|id| id.starts_with("A."))
        .collect();
    assert_eq!(
        ids.iter().filter(|id| id.starts_with("A.")).count(),
        38,
        "expected 38 Annex A controls"
    );
    let expected: BTreeSet<&str> = ANNEX_A_CONTROLS.into_iter().collect();
    assert_eq!(expected.len(), 38, "the hard-coded list has duplicates");
    assert_eq!(
        annex, expected,
        "Annex A control ids differ from the standard"
    );
}

#[test]
fn all_clauses_4_to_10_are_present() {
    let ids = ids();
    let missing: Vec<&str> = CLAUSES
        .iter()
        .copied()
        .filter(|c| !ids.iter().any(|id| id == c))
        .collect();
    assert!(missing.is_empty(), "missing clauses: {missing:?}");
    let unknown: Vec<&String> = ids
        .iter()
        .filter(|id| !id.starts_with("A.") && !CLAUSES.contains(&id.as_str()))
        .collect();
    assert!(unknown.is_empty(), "unexpected clause ids: {unknown:?}");
}

#[test]
fn ids_are_unique() {
    let ids = ids();
    let mut seen = BTreeSet::new();
    let dups: Vec<&String> = ids.iter().filter(|id| !seen.insert(*id)).collect();
    assert!(dups.is_empty(), "duplicate ISO item ids: {dups:?}");
}

#[test]
fn summaries_are_short_single_line_paraphrases() {
    let cat = bundled::catalog().expect("bundled catalog loads");
    for item in &cat.iso_items {
        let s = item.summary.trim();
        assert!(!s.is_empty(), "{}: empty summary", item.id);
        assert!(!item.title.trim().is_empty(), "{}: empty title", item.id);
        assert!(
            !s.contains('\n') && !s.contains('\r'),
            "{}: summary must be a single line",
            item.id
        );
        assert!(
            item.summary.chars().count() <= 120,
            "{}: summary longer than 120 characters",
            item.id
        );
        assert!(
            !s.eq_ignore_ascii_case(item.title.trim()),
            "{}: summary repeats the title",
            item.id
        );
    }
}

#[test]
fn invented_crosswalk_ids_are_absent() {
    let ids = ids();
    for bad in NOT_ITEMS {
        assert!(
            !ids.iter().any(|id| id == bad),
            "`{bad}` is not a clause or control of ISO/IEC 42001:2023"
        );
    }
}
