//! The plan editor's view model on the bundled content and the golden scenarios.

use super::*;
use aiact_core::envelope::limits;
use aiact_core::{Answers, assess, bundled};
use std::sync::OnceLock;

const TODAY: &str = "2026-12-02";

fn catalog() -> &'static Catalog {
    static CAT: OnceLock<Catalog> = OnceLock::new();
    CAT.get_or_init(|| bundled::catalog().expect("bundled content"))
}

fn scenario(name: &str) -> Answers {
    let text = std::fs::read_to_string(format!(
        "{}/core/tests/scenarios/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("scenario file");
    let v: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    serde_json::from_value(v["answers"].clone()).expect("answers")
}

fn refusal(entry: Entry) -> (EntryError, Entry) {
    let mut p = plan::Plan::new();
    let e = plan::set(
        &mut p,
        catalog(),
        "provider.risk_management",
        entry.clone(),
        "now",
    )
    .expect_err("refused");
    (e, entry)
}

#[test]
fn one_row_per_obligation_grouped_by_role_with_the_default_due_date() {
    let cat = catalog();
    let a = assess(
        cat,
        &scenario("own-use-cv-screening-provider-and-deployer"),
        TODAY,
    );
    let rows = rows(cat, &a, TODAY);
    assert_eq!(rows.len(), a.obligations.len());
    let mut ids: Vec<&str> = rows.iter().map(|r| r.obligation.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), rows.len(), "each obligation once");
    // Grouped by role, in the content's role order: a role never comes back after another.
    let roles: Vec<&str> = rows.iter().map(|r| r.role.as_str()).collect();
    let mut seen: Vec<&str> = vec![];
    for r in &roles {
        if seen.last() != Some(r) {
            assert!(!seen.contains(r), "{r} split in two groups: {roles:?}");
            seen.push(r);
        }
    }
    assert!(seen.len() >= 2, "provider and deployer duties: {seen:?}");
    for r in &rows {
        let oc = a.obligations.iter().find(|o| o.id == r.obligation).unwrap();
        assert_eq!(r.bites, oc.timing.date());
        assert!(
            r.default_note
                .contains(&crate::vm::date_in(catalog(), &r.bites)),
            "{}",
            r.default_note
        );
    }
}

#[test]
fn a_system_not_launched_yet_is_due_at_launch() {
    let cat = catalog();
    let a = assess(cat, &scenario("pre-launch-hiring-model-lab"), TODAY);
    let rows = rows(cat, &a, TODAY);
    let risk = rows
        .iter()
        .find(|r| r.obligation == "provider.risk_management")
        .unwrap();
    assert!(risk.at_launch);
    assert_eq!(risk.bites, "2027-12-02");
    assert_eq!(risk.when, "applies from launch, not before 2 Dec 2027");
    assert!(
        risk.default_note
            .starts_with("Default: at launch, not before 2 Dec 2027")
    );
}

#[test]
fn a_refusal_belongs_to_the_field_it_is_about() {
    let cases = [
        (
            Entry {
                due: Some("31/12/2027".into()),
                ..Entry::default()
            },
            Field::Due,
        ),
        (
            Entry {
                status: Status::NotApplicable,
                ..Entry::default()
            },
            Field::Reason,
        ),
        (
            Entry {
                owner: "x".repeat(limits::MAX_OWNER_CHARS + 1),
                ..Entry::default()
            },
            Field::Owner,
        ),
        (
            Entry {
                evidence: "x".repeat(MAX_NOTE_CHARS + 1),
                ..Entry::default()
            },
            Field::Evidence,
        ),
        (
            Entry {
                status: Status::NotApplicable,
                reason: "x".repeat(MAX_NOTE_CHARS + 1),
                ..Entry::default()
            },
            Field::Reason,
        ),
        (
            Entry {
                references: vec!["doc".into(); limits::MAX_REFERENCES + 1],
                ..Entry::default()
            },
            Field::References,
        ),
        (
            Entry {
                references: vec!["d".repeat(limits::MAX_REFERENCE_CHARS + 1)],
                ..Entry::default()
            },
            Field::References,
        ),
    ];
    for (entry, field) in cases {
        let (e, entry) = refusal(entry);
        assert_eq!(field_of(&e, &entry), field, "{e}");
        let m = message(catalog(), &e);
        assert!(m.starts_with(char::is_uppercase) && m.ends_with('.'), "{m}");
    }
    let (e, _) = refusal(Entry {
        status: Status::NotApplicable,
        ..Entry::default()
    });
    assert_eq!(
        message(catalog(), &e),
        "Say why the obligation does not apply to this system."
    );
}

#[test]
fn references_are_typed_one_per_line_and_shown_back_as_typed() {
    assert!(references_from_text("").is_empty());
    // A new line being started is kept while typing, so the field shows what was typed.
    let typing = references_from_text("Risk register v3\n");
    assert_eq!(typing, ["Risk register v3", ""]);
    assert_eq!(references_text(&typing), "Risk register v3\n");
    assert_eq!(
        references_from_text("a\r\nhttps://example.org/doc"),
        ["a", "https://example.org/doc"]
    );
    // Saving drops the blank line.
    let mut p = plan::Plan::new();
    let entry = Entry {
        references: typing,
        ..Entry::default()
    };
    plan::set(&mut p, catalog(), "provider.logging", entry, "now").unwrap();
    assert_eq!(p["provider.logging"].references, ["Risk register v3"]);
}

#[test]
fn a_date_field_sets_the_default_or_the_persons_date() {
    assert_eq!(
        due_from_input("", "2027-12-02"),
        None,
        "incomplete: no change"
    );
    assert_eq!(due_from_input("2027-12-02", "2027-12-02"), Some(None));
    assert_eq!(
        due_from_input("2027-03-01", "2027-12-02"),
        Some(Some("2027-03-01".into()))
    );
}

#[test]
fn the_plan_at_a_glance_counts_and_names_what_is_due_next() {
    let cat = catalog();
    let a = assess(cat, &scenario("chatbot-provider"), TODAY);
    let mut p = plan::Plan::new();
    let v = plan::view(cat, &a, &p);
    let n = v.items.len();
    assert!(n >= 2);
    let first = summary(catalog(), &v);
    assert!(
        first.starts_with(&format!("{n} obligations: {n} open.")),
        "{first}"
    );
    assert!(first.contains("Next due: "), "{first}");

    // All but one done, that one due on a date of the person's choice.
    let last = v.items.last().unwrap().obligation.clone();
    for item in &v.items {
        let entry = if item.obligation == last {
            Entry {
                due: Some("2027-01-15".into()),
                ..Entry::default()
            }
        } else {
            Entry {
                status: Status::Done,
                ..Entry::default()
            }
        };
        plan::set(&mut p, cat, &item.obligation, entry, "now").unwrap();
    }
    let v = plan::view(cat, &a, &p);
    let title = &v.item(&last).unwrap().title;
    assert_eq!(
        summary(catalog(), &v),
        format!(
            "{n} obligations: 1 open, {} done. Next due: 15 Jan 2027 ({title}).",
            n - 1
        )
    );
    // Nothing open: no next date.
    plan::set(
        &mut p,
        cat,
        &last,
        Entry {
            status: Status::NotApplicable,
            reason: "Not placed on the market".into(),
            ..Entry::default()
        },
        "now",
    )
    .unwrap();
    assert_eq!(
        summary(catalog(), &plan::view(cat, &a, &p)),
        format!("{n} obligations: 0 open, {} done, 1 not applicable.", n - 1)
    );
}

#[test]
fn entries_set_aside_show_what_was_recorded_and_why() {
    let mut cat = catalog().clone();
    let high = assess(&cat, &scenario("employment-recruitment-deployer"), TODAY);
    let mut p = plan::Plan::new();
    let kept = high.obligations[0].id.clone();
    plan::set(
        &mut p,
        &cat,
        &kept,
        Entry {
            status: Status::InProgress,
            owner: "HR operations".into(),
            references: vec!["DPIA-7".into(), "https://intra.example/ai".into()],
            ..Entry::default()
        },
        "2026-12-02T10:00:00Z",
    )
    .unwrap();
    // The same plan against a minimal system: the entry is set aside, with what was recorded.
    let minimal = assess(&cat, &scenario("minimal-provider-spam-filter"), TODAY);
    let aside = set_aside(catalog(), &plan::view(&cat, &minimal, &p));
    assert_eq!(aside.len(), 1);
    assert_eq!(aside[0].obligation, kept);
    assert_eq!(
        aside[0].why,
        "The current answers no longer lead to this obligation."
    );
    assert_eq!(
        aside[0].recorded,
        [
            ("Status".to_owned(), "In progress".to_owned()),
            ("Owner".to_owned(), "HR operations".to_owned()),
            (
                "References".to_owned(),
                "DPIA-7; https://intra.example/ai".to_owned()
            ),
            (
                "Last changed".to_owned(),
                "2 Dec 2026, 10:00 UTC".to_owned()
            ),
        ]
    );
    // Removed from the content: named by its saved title.
    let title = cat.obligation(&kept).unwrap().title.clone();
    cat.obligations.retain(|o| o.id != kept);
    let aside = set_aside(catalog(), &plan::view(&cat, &minimal, &p));
    assert_eq!(aside[0].title, title);
    assert_eq!(aside[0].why, "A content update removed this obligation.");
}
