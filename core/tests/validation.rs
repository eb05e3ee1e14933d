//! Validation: the real content has no problems, and each check catches its negative fixture
//! with exactly the expected diagnostic.

use aiact_core::validate::Check;
use aiact_core::{Catalog, validate};
use std::path::Path;

fn load(name: &str) -> Result<Catalog, aiact_core::LoadError> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/invalid")
        .join(name);
    let text = std::fs::read_to_string(&path).unwrap();
    Catalog::from_files([(name, text.as_str())])
}

#[test]
fn real_content_has_no_diagnostics() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../questions");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".json") && n != "schema.json")
        .collect();
    names.sort();
    let texts: Vec<(String, String)> = names
        .iter()
        .map(|n| (n.clone(), std::fs::read_to_string(dir.join(n)).unwrap()))
        .collect();
    let cat = Catalog::from_files(texts.iter().map(|(n, t)| (n.as_str(), t.as_str())))
        .expect("content loads");
    let diags = validate(&cat);
    assert!(
        diags.is_empty(),
        "content problems:\n{}",
        diags
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Each fixture differs from a valid mini catalog by one mistake.
const CASES: &[(&str, Check, &str)] = &[
    (
        "duplicate_id",
        Check::DuplicateId,
        "q.a: duplicate question id",
    ),
    (
        "bad_options",
        Check::BadOptions,
        "q.a: this kind of question takes no options",
    ),
    (
        "unknown_question",
        Check::UnknownQuestion,
        "q.b: refers to unknown question `q.zzz`",
    ),
    (
        "unknown_option",
        Check::UnknownOption,
        "q.b: `maybe` is not an answer of question `q.a`",
    ),
    (
        "unknown_fact",
        Check::UnknownFact,
        "r.high: refers to unknown fact `nope`",
    ),
    (
        "unknown_role",
        Check::UnknownRole,
        "o.x: refers to unknown role `nobody`",
    ),
    (
        "unknown_iso_item",
        Check::UnknownIsoItem,
        "o.x: `A.6.10.2` is not a clause or Annex A control of ISO/IEC 42001:2023",
    ),
    (
        "unknown_obligation",
        Check::UnknownObligation,
        "o.gone: ISO/IEC 42001 mapping for unknown obligation `o.gone`",
    ),
    (
        "missing_iso_mapping",
        Check::MissingIsoMapping,
        "o.x: obligation without an ISO/IEC 42001 mapping",
    ),
    (
        "forward_reference",
        Check::ForwardReference,
        "q.a: show_if depends on `q.b`, a question asked later",
    ),
    (
        "fact_cycle",
        Check::FactCycle,
        "f1: fact depends on itself: f1 -> f2 -> f1",
    ),
    (
        "unreachable",
        Check::Unreachable,
        "q.b: no answers make this question visible",
    ),
    (
        "never_matched",
        Check::NeverMatched,
        "r.high: no answers make this tier rule the first to match",
    ),
    (
        "missing_catch_all",
        Check::MissingCatchAll,
        "r.min: the last tier rule must be a catch-all without `when`",
    ),
    (
        "catch_all_not_last",
        Check::CatchAllNotLast,
        "r.all: a catch-all (no `when`) must be the last tier rule",
    ),
    (
        "missing_reference",
        Check::MissingReference,
        "o.x: obligation without a legal reference",
    ),
    (
        "bad_date",
        Check::BadDate,
        "s.o.x: `2026-02-30` is not a date YYYY-MM-DD",
    ),
    (
        "unknown_schedule",
        Check::UnknownSchedule,
        "o.x: refers to unknown date schedule `nope`",
    ),
    (
        "long_help",
        Check::LongHelp,
        "q.a: help has more than one sentence; move the rest to `details`",
    ),
    (
        "bad_message",
        Check::BadMessage,
        "report.title: a placeholder is not closed: Self-assessment: {name",
    ),
    (
        "too_complex",
        Check::TooComplex,
        "r.hard: could not decide within the search budget whether any answers reach this; simplify the condition",
    ),
];

#[test]
fn every_check_reports_its_fixture() {
    let mut failures = vec![];
    for (name, check, expected) in CASES {
        let file = format!("{name}.json");
        let cat = load(&file).unwrap_or_else(|e| panic!("{file} loads: {e}"));
        let diags = validate(&cat);
        let hits: Vec<String> = diags
            .iter()
            .filter(|d| d.check == *check)
            .map(|d| d.to_string())
            .collect();
        let want = format!("{file}: {expected}");
        if hits != [want.clone()] {
            failures.push(format!(
                "{file}: expected exactly [{want}]\n  got {hits:?}\n  all: {:?}",
                diags.iter().map(|d| d.to_string()).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_check_has_a_fixture() {
    for c in Check::ALL {
        assert!(
            CASES.iter().any(|(_, check, _)| *check == c),
            "no fixture for {c:?}"
        );
    }
    assert_eq!(CASES.len(), Check::ALL.len(), "one fixture per check");
}

#[test]
fn the_fixtures_differ_from_a_valid_catalog() {
    // Undo each fixture's one mistake and the catalog validates: the base itself is clean.
    let text = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/invalid/unknown_fact.json"),
    )
    .unwrap();
    let fixed = text.replace("\"fact\": \"nope\"", "\"answered\": \"q.b\"");
    let cat = Catalog::from_files([("base.json", fixed.as_str())]).unwrap();
    assert_eq!(validate(&cat), vec![]);
}

#[test]
fn load_errors_name_the_file_and_json_path() {
    let err = load("load_unknown_field.json").unwrap_err();
    assert_eq!(err.file, "load_unknown_field.json");
    assert_eq!(err.path, "sections[0].questions[0].txt");
    assert!(
        err.message.starts_with("unknown field `txt`"),
        "{}",
        err.message
    );
    let err = Catalog::from_files([("broken.json", "{\"sections\": [}")]).unwrap_err();
    assert_eq!(err.file, "broken.json");
}

#[test]
fn exactly_one_file_carries_the_version() {
    let v = r#"{"version":{"content_date":"2026-01-01","legal_baseline":"x"}}"#;
    let err = Catalog::from_files([("a.json", v), ("b.json", v)]).unwrap_err();
    assert_eq!(
        (err.file.as_str(), err.path.as_str()),
        ("b.json", "version")
    );
    let err = Catalog::from_files([("a.json", "{}")]).unwrap_err();
    assert_eq!(err.message, "no file carries the catalog version");
}

#[test]
fn a_message_is_given_in_one_file_only() {
    let v =
        r#"{"version":{"content_date":"2026-01-01","legal_baseline":"x"},"messages":{"a.b":"A"}}"#;
    let m = r#"{"messages":{"a.b":"B"}}"#;
    let err = Catalog::from_files([("a.json", v), ("b.json", m)]).unwrap_err();
    assert_eq!(
        (err.file.as_str(), err.path.as_str()),
        ("b.json", "messages.a.b")
    );
}
