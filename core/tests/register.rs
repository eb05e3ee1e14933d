//! The register of assessed systems: rows, sorting, filtering, CSV and JSON export, and import of
//! a colleague's register (previewed, added as new, never over an existing assessment).

use aiact_core::envelope::Envelope;
use aiact_core::plan::{self, Entry, Status};
use aiact_core::register::{self, Filter, ImportError, SortBy};
use aiact_core::{Catalog, bundled};

const TODAY: &str = "2026-12-02";

fn saved(cat: &Catalog) -> Vec<(String, Envelope)> {
    ["B01", "B03", "B15"]
        .iter()
        .map(|n| {
            let text = std::fs::read_to_string(format!(
                "{}/tests/fixtures/saved-v1/{n}.json",
                env!("CARGO_MANIFEST_DIR")
            ))
            .unwrap();
            let mut env = Envelope::decode(&text).unwrap();
            // Saved before the content asked about ISO/IEC 42001: answered now.
            env.answers
                .insert("org.iso42001".into(), aiact_core::Answer::One("no".into()));
            if *n == "B15" {
                env.answers.insert(
                    "scope.built_on_model".into(),
                    aiact_core::Answer::One("own".into()),
                );
                env.name = "=Conveyor vision".into();
            }
            if *n == "B03" {
                let a = aiact_core::assess(cat, &env.answers, TODAY);
                for o in &a.obligations {
                    plan::set(
                        &mut env.plan,
                        cat,
                        &o.id,
                        Entry {
                            status: Status::Done,
                            ..Entry::default()
                        },
                        "x",
                    )
                    .unwrap();
                }
            }
            (format!("key-{n}"), env)
        })
        .collect()
}

#[test]
fn rows_sort_and_filter() {
    let cat = bundled::catalog().unwrap();
    let saved = saved(&cat);
    let mut rows: Vec<register::Row> = saved
        .iter()
        .map(|(k, e)| register::Row::of(&cat, k, e, TODAY))
        .collect();
    let b01 = &rows[0];
    assert_eq!(b01.tier_label, "High-risk (Annex III use)");
    assert!(b01.open_items > 0);
    let first_due = b01.next_deadline.clone().unwrap();
    assert!(!b01.next_deadline_what.is_empty());
    assert!(first_due.len() == 10);
    let b03 = &rows[1];
    assert_eq!(b03.open_items, 0, "every duty marked done");
    assert_eq!(b03.next_deadline, None);

    register::sort(&mut rows, SortBy::Name, false);
    assert_eq!(rows[0].name, "=Conveyor vision");
    register::sort(&mut rows, SortBy::Open, false);
    assert!(rows[0].open_items >= rows[1].open_items && rows[1].open_items >= rows[2].open_items);
    register::sort(&mut rows, SortBy::Deadline, false);
    assert_eq!(rows[2].key, "key-B03", "no deadline sorts last");
    register::sort(&mut rows, SortBy::Deadline, true);
    assert_eq!(rows[0].key, "key-B03");
    register::sort(&mut rows, SortBy::Tier, false);
    assert_eq!(rows[2].tier_label, "Transparency duties", "strictest first");

    let f = Filter {
        text: "annex".into(),
        ..Filter::default()
    };
    assert_eq!(rows.iter().filter(|r| f.keeps(r)).count(), 2);
    let f = Filter {
        tiers: vec!["transparency".into()],
        ..Filter::default()
    };
    assert_eq!(rows.iter().filter(|r| f.keeps(r)).count(), 1);
    let f = Filter {
        open_only: true,
        ..Filter::default()
    };
    assert_eq!(rows.iter().filter(|r| f.keeps(r)).count(), 2);

    let csv = register::render_csv(&cat.messages, &rows);
    assert!(csv.starts_with("\u{feff}\"System\","));
    assert!(
        csv.contains("\"'=Conveyor vision\""),
        "a formula-like name is defused"
    );
    assert_eq!(csv.matches("\r\n").count(), 4);
}

#[test]
fn an_unfinished_assessment_is_in_progress() {
    let cat = bundled::catalog().unwrap();
    let mut env = Envelope::new(&cat.version.content_date, "2026-12-02T09:00:00Z");
    env.name = "Draft".into();
    let row = register::Row::of(&cat, "k", &env, TODAY);
    assert_eq!((row.tier, row.tier_label.as_str()), (None, "In progress"));
    let f = Filter {
        tiers: vec!["in_progress".into()],
        ..Filter::default()
    };
    assert!(f.keeps(&row));
}

#[test]
fn export_then_import_elsewhere_adds_every_system_as_new() {
    let cat = bundled::catalog().unwrap();
    let mine = saved(&cat);
    let json = register::render_json(&cat, &mine, TODAY);
    // On another profile with nothing saved: three new systems, plans included.
    let p = register::preview(&cat, &json, &[], TODAY).unwrap();
    assert_eq!(p.systems.len(), 3);
    assert!(p.refused.is_empty());
    assert!(p.systems.iter().all(|s| s.same_as.is_none()));
    assert_eq!(p.systems[1].assessment.plan, mine[1].1.plan);
    assert_eq!(p.systems[0].row.tier_label, "High-risk (Annex III use)");
    // Back in the first profile, each is recognised as one already there.
    let p = register::preview(&cat, &json, &mine, TODAY).unwrap();
    let same: Vec<Option<&str>> = p.systems.iter().map(|s| s.same_as.as_deref()).collect();
    assert_eq!(same, [Some("key-B01"), Some("key-B03"), Some("key-B15")]);
}

#[test]
fn bad_register_files_are_refused_or_partly_taken_with_reasons() {
    let cat = bundled::catalog().unwrap();
    assert!(matches!(
        register::preview(&cat, "{nope", &[], TODAY),
        Err(ImportError::NotARegister(_))
    ));
    assert!(matches!(
        register::preview(
            &cat,
            r#"{"format":"aiact-check/report","systems":[]}"#,
            &[],
            TODAY
        ),
        Err(ImportError::NotARegister(_))
    ));
    let big = " ".repeat(register::MAX_REGISTER_BYTES + 1);
    assert!(matches!(
        register::preview(&cat, &big, &[], TODAY),
        Err(ImportError::TooLarge(_))
    ));
    let many = format!(
        r#"{{"format":"aiact-check/register","systems":[{}]}}"#,
        vec!["{}"; register::MAX_SYSTEMS + 1].join(",")
    );
    assert_eq!(
        register::preview(&cat, &many, &[], TODAY).unwrap_err(),
        ImportError::TooMany(register::MAX_SYSTEMS + 1)
    );
    // One good system, one damaged, one from a newer version: the good one is offered, the
    // others are listed with the reason.
    let good = Envelope::new(&cat.version.content_date, "2026-12-02T09:00:00Z");
    let mixed = format!(
        r#"{{"format":"aiact-check/register","exported":"x","content_date":"x","systems":[{{"assessment":{}}},{{"assessment":{{"name":"Broken","answers":7}}}},{{"assessment":{{"schema":99,"name":"Future","content_date":"2030-01-01","created":"x","updated":"x","answers":{{}}}}}}]}}"#,
        good.encode()
    );
    let p = register::preview(&cat, &mixed, &[], TODAY).unwrap();
    assert_eq!(p.systems.len(), 1);
    assert_eq!(p.refused.len(), 2);
    assert_eq!(
        (p.refused[0].position, p.refused[0].name.as_str()),
        (2, "Broken")
    );
    assert_eq!(p.refused[1].name, "Future");
    assert!(p.refused[1].why.contains("newer version"));
}
