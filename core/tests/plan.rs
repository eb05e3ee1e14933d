//! The plan: saved with the assessment (envelope version 2, read from version 1 data as it was
//! saved), checked on entry, kept aside (never dropped) when an answer or a content update takes
//! its obligation away, and carried into every report, the calendar file and the tracker CSV.

use aiact_core::envelope::{Envelope, SCHEMA_VERSION, limits};
use aiact_core::plan::{self, Entry, EntryError, Status};
use aiact_core::{Answer, Catalog, assess, bundled, report, upgrade};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::sync::OnceLock;

mod common;

const TODAY: &str = "2026-12-02";
const NOW: &str = "2026-12-02T10:00:00Z";

fn catalog() -> &'static Catalog {
    static CAT: OnceLock<Catalog> = OnceLock::new();
    CAT.get_or_init(|| bundled::catalog().unwrap())
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/saved-v1/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn entry(status: Status, owner: &str) -> Entry {
    Entry {
        status,
        owner: owner.into(),
        ..Entry::default()
    }
}

#[test]
fn version_1_saved_data_reads_as_version_2_with_an_empty_plan() {
    let cat = catalog();
    for name in ["B01", "B03", "B05", "B15"] {
        let text = fixture(name);
        let raw: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(raw["schema"], 1, "{name} is version 1 data as saved");
        let env = Envelope::decode(&text).unwrap();
        assert_eq!(env.schema, SCHEMA_VERSION);
        assert!(env.plan.is_empty() && env.iso_in_place.is_empty());
        // Every answer, name and stamp is kept as it was.
        let answers: aiact_core::Answers = serde_json::from_value(raw["answers"].clone()).unwrap();
        assert_eq!(env.answers, answers, "{name}");
        assert_eq!(env.name, raw["name"].as_str().unwrap());
        assert_eq!(env.created, raw["created"].as_str().unwrap());
        // The upgraded data saves and reads back the same, and gives a report with the plan.
        let again = Envelope::decode(&env.encode()).unwrap();
        assert_eq!(again, env);
        let a = assess(cat, &env.answers, TODAY);
        let r = report::build(cat, &env, &a, TODAY);
        assert!(!r.plan.started);
        assert_eq!(
            r.plan.open,
            r.obligations.len(),
            "{name}: every duty is still to do"
        );
    }
}

#[test]
fn a_plan_is_saved_as_version_2_which_older_versions_leave_alone() {
    // A version 1 app checks the schema first: version 2 data is left alone as newer.
    let mut env = Envelope::decode(&fixture("B05")).unwrap();
    plan::set(
        &mut env.plan,
        catalog(),
        "provider.human_oversight",
        entry(Status::InProgress, "Ops"),
        NOW,
    )
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&env.encode()).unwrap();
    assert_eq!(v["schema"], 2);
    assert_eq!(
        v["plan"]["provider.human_oversight"]["status"],
        "in_progress"
    );
}

#[test]
fn entries_are_checked_before_they_are_kept() {
    let cat = catalog();
    let mut p = plan::Plan::new();
    let id = "provider.risk_management";
    let bad_date = Entry {
        due: Some("31/12/2027".into()),
        ..Entry::default()
    };
    assert_eq!(
        plan::set(&mut p, cat, id, bad_date, NOW),
        Err(EntryError::BadDate)
    );
    let no_reason = Entry {
        status: Status::NotApplicable,
        reason: "  ".into(),
        ..Entry::default()
    };
    assert_eq!(
        plan::set(&mut p, cat, id, no_reason, NOW),
        Err(EntryError::ReasonMissing)
    );
    let long = Entry {
        owner: "x".repeat(limits::MAX_OWNER_CHARS + 1),
        ..Entry::default()
    };
    assert!(matches!(
        plan::set(&mut p, cat, id, long, NOW),
        Err(EntryError::OverLimit(limits::LimitError {
            item: limits::Item::OwnerChars,
            ..
        }))
    ));
    let many = Entry {
        references: vec!["doc".into(); limits::MAX_REFERENCES + 1],
        ..Entry::default()
    };
    assert!(matches!(
        plan::set(&mut p, cat, id, many, NOW),
        Err(EntryError::OverLimit(limits::LimitError {
            item: limits::Item::References,
            ..
        }))
    ));
    assert!(p.is_empty(), "refused entries change nothing");

    let good = Entry {
        status: Status::Done,
        evidence: "Risk register v3".into(),
        references: vec!["RM-001".into(), " ".into()],
        due: Some("2027-06-30".into()),
        ..Entry::default()
    };
    plan::set(&mut p, cat, id, good, NOW).unwrap();
    let kept = &p[id];
    assert_eq!(kept.references, ["RM-001"], "blank references are dropped");
    assert_eq!(
        kept.title,
        cat.obligation(id).unwrap().title,
        "titled for later"
    );
    assert_eq!(kept.updated, NOW);
    // Setting a blank entry removes it.
    plan::set(&mut p, cat, id, Entry::default(), NOW).unwrap();
    assert!(p.is_empty());
}

#[test]
fn due_dates_default_to_the_date_the_duty_bites() {
    let cat = catalog();
    let env = Envelope::decode(&fixture("B05")).unwrap();
    let a = assess(cat, &env.answers, TODAY);
    let mut p = plan::Plan::new();
    let first = a.obligations[0].id.clone();
    plan::set(
        &mut p,
        cat,
        &first,
        Entry {
            due: Some("2027-03-01".into()),
            ..Entry::default()
        },
        NOW,
    )
    .unwrap();
    let v = plan::view(cat, &a, &p);
    for (item, oc) in v.items.iter().zip(&a.obligations) {
        assert_eq!(item.bites, oc.timing.date());
        if item.obligation == first {
            assert_eq!(item.due, "2027-03-01");
        } else {
            assert_eq!(item.due, item.bites);
        }
    }
}

#[test]
fn an_entry_is_set_aside_when_its_obligation_goes_and_back_when_it_returns() {
    let cat = catalog();
    let mut env = Envelope::decode(&fixture("B05")).unwrap();
    let a = assess(cat, &env.answers, TODAY);
    let ob = a
        .obligations
        .iter()
        .find(|o| o.id == "provider.risk_management")
        .map(|o| o.id.clone())
        .expect("a high-risk provider duty");
    plan::set(
        &mut env.plan,
        cat,
        &ob,
        entry(Status::InProgress, "Risk team"),
        NOW,
    )
    .unwrap();

    // An answer change makes the system minimal: the entry is set aside, not dropped.
    let before = env.answers.clone();
    env.answers
        .insert("high_risk.areas".into(), Answer::Many(vec!["none".into()]));
    let a = assess(cat, &env.answers, TODAY);
    let v = plan::view(cat, &a, &env.plan);
    assert!(v.item(&ob).is_none());
    assert_eq!(v.set_aside.len(), 1);
    assert_eq!(v.set_aside[0].obligation, ob);
    assert!(v.set_aside[0].known);
    assert_eq!(v.set_aside[0].entry.owner, "Risk team");
    let r = report::build(cat, &env, &a, TODAY);
    assert!(report::render_markdown(&r).contains("Set aside"));
    assert!(report::render_html(&r).contains("Risk team"));

    // Back to the original answer: the entry is active again, as it was.
    env.answers = before;
    let a = assess(cat, &env.answers, TODAY);
    let v = plan::view(cat, &a, &env.plan);
    assert_eq!(v.item(&ob).unwrap().entry.status, Status::InProgress);
    assert!(v.set_aside.is_empty());
}

#[test]
fn a_content_update_that_removes_an_obligation_keeps_its_entry_under_its_saved_title() {
    let mut cat = catalog().clone();
    let mut env = Envelope::decode(&fixture("B05")).unwrap();
    let a = assess(&cat, &env.answers, TODAY);
    env.stamp(&cat, &a);
    let ob = "provider.human_oversight";
    assert!(a.obligations.iter().any(|o| o.id == ob));
    plan::set(&mut env.plan, &cat, ob, entry(Status::Done, "Ops"), NOW).unwrap();
    let title = env.plan[ob].title.clone();

    cat.obligations.retain(|o| o.id != ob);
    cat.iso_mappings.retain(|m| m.obligation != ob);
    cat.version.content_date = "2027-01-15".into();
    let up = upgrade::upgrade(&cat, &mut env, "2027-01-15");
    assert_eq!(up.plan_set_aside, [ob]);
    assert!(!up.is_empty());
    let a = assess(&cat, &env.answers, "2027-01-15");
    let v = plan::view(&cat, &a, &env.plan);
    let aside = v.set_aside.iter().find(|x| x.obligation == ob).unwrap();
    assert!(!aside.known);
    assert_eq!(aside.title, title);
    assert_eq!(aside.entry.status, Status::Done);
}

#[test]
fn every_report_format_carries_the_plan() {
    let cat = catalog();
    let mut env = Envelope::decode(&fixture("B05")).unwrap();
    let a = assess(cat, &env.answers, TODAY);
    let ob = a
        .obligations
        .iter()
        .find(|o| o.id != "deployer.ai_literacy")
        .unwrap()
        .id
        .clone();
    plan::set(
        &mut env.plan,
        cat,
        &ob,
        Entry {
            status: Status::Done,
            owner: "<b>Ana</b> *Ops*".into(),
            evidence: "=HYPERLINK(\"x\")".into(),
            references: vec!["Policy [v2](http://x)".into()],
            ..Entry::default()
        },
        NOW,
    )
    .unwrap();
    let r = report::build(cat, &env, &a, TODAY);
    assert!(r.plan.started);
    assert_eq!(r.plan.done, 1);
    let part = r.obligations.iter().find(|o| o.id == ob).unwrap();
    assert_eq!(part.plan.status, "done");

    let md = report::render_markdown(&r);
    assert!(md.contains("Plan: Done"), "{md}");
    assert!(
        md.contains("\\<b\\>Ana\\</b\\> \\*Ops\\*"),
        "owner escaped for Markdown"
    );
    assert!(md.contains("- **Plan:** "));
    assert!(md.contains("- [x] "), "the checklist ticks what is done");
    let html = report::render_html(&r);
    assert!(html.contains("&lt;b&gt;Ana&lt;/b&gt;"));
    assert!(!html.contains("<b>Ana"));
    let csv = report::render_csv(&r);
    assert!(
        csv.contains("\"'=HYPERLINK(\"\"x\"\")\""),
        "formula defused"
    );
    let json = report::render_json(&r, &env);
    let back = report::import(&json).unwrap();
    assert_eq!(back.plan, env.plan, "the JSON report imports with its plan");
    let text = report::render_summary_text(&r);
    assert!(text.contains("Plan: "));
    let sheet = report::render_procurement(&r);
    assert!(sheet.contains("; in place)"), "{sheet}");
}

/// A small iCalendar reader: unfolds lines and returns each event's properties.
fn parse_ics(text: &str) -> Vec<BTreeMap<String, String>> {
    assert!(text.ends_with("\r\n"));
    let unfolded = text.replace("\r\n ", "");
    let mut events = vec![];
    let mut current: Option<BTreeMap<String, String>> = None;
    let mut in_alarm = false;
    for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
        assert!(
            line.len() <= 75 || text.contains(&line[..70]),
            "folded lines"
        );
        match line {
            "BEGIN:VEVENT" => current = Some(BTreeMap::new()),
            "END:VEVENT" => events.push(current.take().unwrap()),
            "BEGIN:VALARM" => in_alarm = true,
            "END:VALARM" => in_alarm = false,
            _ => {
                if let (Some(ev), false) = (current.as_mut(), in_alarm) {
                    let (k, v) = line.split_once(':').unwrap();
                    ev.insert(k.to_owned(), v.to_owned());
                }
            }
        }
    }
    for raw in text.split("\r\n") {
        assert!(
            raw.len() <= 75,
            "every physical line is at most 75 octets: {raw}"
        );
    }
    events
}

#[test]
fn the_calendar_has_one_event_per_open_duty_on_its_due_date() {
    let cat = catalog();
    let mut env = Envelope::decode(&fixture("B01")).unwrap();
    env.name = "Ranking, v2; \"beta\"".into();
    let a = assess(cat, &env.answers, TODAY);
    let ids: Vec<String> = a.obligations.iter().map(|o| o.id.clone()).collect();
    plan::set(&mut env.plan, cat, &ids[0], entry(Status::Done, ""), NOW).unwrap();
    plan::set(
        &mut env.plan,
        cat,
        &ids[1],
        Entry {
            due: Some("2027-02-28".into()),
            ..Entry::default()
        },
        NOW,
    )
    .unwrap();
    let r = report::build(cat, &env, &a, TODAY);
    let ics = report::render_ics(&r, &env);
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(!ics.contains("URL"), "no link anywhere");
    let events = parse_ics(&ics);
    assert_eq!(events.len(), ids.len() - 1, "done duties have no event");
    for ev in &events {
        let uid = &ev["UID"];
        let ob = uid.split('.').take(2).collect::<Vec<_>>().join(".");
        let item = r.obligations.iter().find(|o| o.id == ob).unwrap();
        assert_eq!(
            ev["DTSTART;VALUE=DATE"],
            item.plan.due.replace('-', ""),
            "{ob}"
        );
        assert!(
            ev["SUMMARY"].contains("Ranking\\, v2\\; \"beta\""),
            "{}",
            ev["SUMMARY"]
        );
    }
    let set = events
        .iter()
        .find(|e| e["UID"].starts_with(&format!("{}.", ids[1])))
        .unwrap();
    assert_eq!(set["DTSTART;VALUE=DATE"], "20270228");
    assert_eq!(set["DTEND;VALUE=DATE"], "20270301");
    // The same assessment gives the same event ids on every download.
    assert_eq!(report::render_ics(&r, &env), ics);
}

#[test]
fn the_tracker_csv_has_the_columns_trackers_import() {
    let cat = catalog();
    let mut env = Envelope::decode(&fixture("B15")).unwrap();
    let a = assess(cat, &env.answers, TODAY);
    let first = a.obligations[0].id.clone();
    plan::set(
        &mut env.plan,
        cat,
        &first,
        entry(Status::InProgress, "@lead"),
        NOW,
    )
    .unwrap();
    let r = report::build(cat, &env, &a, TODAY);
    let csv = report::render_tracker_csv(&r);
    let mut lines = csv.trim_start_matches('\u{feff}').split("\r\n");
    assert_eq!(
        lines.next(),
        Some("\"Title\",\"Description\",\"Due date\",\"Assignee\",\"Labels\",\"Status\"")
    );
    let rows = csv.matches("\"ai-act,").count();
    assert_eq!(rows, r.obligations.len());
    assert!(
        csv.contains("\"'@lead\""),
        "a formula-like assignee is defused"
    );
    assert!(csv.contains("\"In progress\""));
}

proptest! {
    #![proptest_config(common::config(64))]

    /// Whatever answers change, no recorded entry is ever lost: each is either on an obligation
    /// that applies or shown set aside, exactly as recorded; and changing the answers back
    /// restores the same view.
    #[test]
    fn plan_entries_survive_answer_changes(
        which in prop::collection::vec(any::<prop::sample::Index>(), 1..8),
        owners in prop::collection::vec("[a-zA-Z <>*=]{1,20}", 1..8),
        picks in prop::collection::vec(any::<u32>(), 1..40),
    ) {
        let cat = catalog();
        let mut env = Envelope::decode(&fixture("B01")).unwrap();
        let ids: Vec<&str> = cat.obligations.iter().map(|o| o.id.as_str()).collect();
        for (w, owner) in which.iter().zip(owners.iter()) {
            plan::set(&mut env.plan, cat, ids[w.index(ids.len())], entry(Status::InProgress, owner), NOW).unwrap();
        }
        let original = env.answers.clone();
        let before = plan::view(cat, &assess(cat, &original, TODAY), &env.plan);
        // Random edits to visible questions' answers.
        let qs: Vec<_> = cat.questions().collect();
        for p in &picks {
            let q = qs[*p as usize % qs.len()];
            let v = match q.kind {
                aiact_core::model::QuestionKind::YesNo => Answer::One(["yes", "no", "unsure"][(*p as usize / 7) % 3].into()),
                aiact_core::model::QuestionKind::Single if !q.options.is_empty() => Answer::One(q.options[(*p as usize / 7) % q.options.len()].id.clone()),
                aiact_core::model::QuestionKind::Multi if !q.options.is_empty() => Answer::Many(vec![q.options[(*p as usize / 7) % q.options.len()].id.clone()]),
                _ => continue,
            };
            env.answers.insert(q.id.clone(), v);
        }
        let a = assess(cat, &env.answers, TODAY);
        let v = plan::view(cat, &a, &env.plan);
        for (id, e) in &env.plan {
            let active = v.item(id).map(|i| &i.entry);
            let aside = v.set_aside.iter().find(|x| &x.obligation == id).map(|x| &x.entry);
            prop_assert!(active.xor(aside).is_some(), "{id} shown exactly once");
            prop_assert_eq!(active.or(aside), Some(e));
        }
        env.answers = original;
        prop_assert_eq!(plan::view(cat, &assess(cat, &env.answers, TODAY), &env.plan), before);
    }

    /// A content update that removes any obligations never loses an entry: each is shown,
    /// active or set aside, and every entry saves and reads back.
    #[test]
    fn plan_entries_survive_content_upgrades(
        which in prop::collection::vec(any::<prop::sample::Index>(), 1..8),
        removed in prop::collection::vec(any::<prop::sample::Index>(), 0..20),
    ) {
        let mut cat = catalog().clone();
        let mut env = Envelope::decode(&fixture("B05")).unwrap();
        env.stamp(&cat, &assess(&cat, &env.answers, TODAY));
        let ids: Vec<String> = cat.obligations.iter().map(|o| o.id.clone()).collect();
        for w in &which {
            plan::set(&mut env.plan, &cat, &ids[w.index(ids.len())], entry(Status::Done, "x"), NOW).unwrap();
        }
        let saved = env.plan.clone();
        let gone: Vec<String> = removed.iter().map(|r| ids[r.index(ids.len())].clone()).collect();
        cat.obligations.retain(|o| !gone.contains(&o.id));
        cat.iso_mappings.retain(|m| !gone.contains(&m.obligation));
        cat.version.content_date = "2027-06-01".into();
        upgrade::upgrade(&cat, &mut env, "2027-06-01");
        prop_assert_eq!(&env.plan, &saved);
        let v = plan::view(&cat, &assess(&cat, &env.answers, "2027-06-01"), &env.plan);
        for id in saved.keys() {
            prop_assert!(v.item(id).is_some() || v.set_aside.iter().any(|x| &x.obligation == id));
        }
        prop_assert_eq!(Envelope::decode(&env.encode()).unwrap(), env);
    }
}
