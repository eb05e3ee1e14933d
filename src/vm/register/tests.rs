//! The register's view model: sorting state and `aria-sort`, rows in words, the tier filter's
//! choices, and an import preview, on the bundled content and golden scenarios.

use super::*;
use aiact_core::envelope::Envelope;
use aiact_core::plan::{self, Entry, Status};
use aiact_core::{Answers, Catalog, bundled};
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

/// Three systems: a high-risk one with an overdue item, a transparency one all done, and one in
/// progress.
fn saved() -> Vec<(String, Envelope)> {
    let cat = catalog();
    let mut out = vec![];
    for (key, name, answers, updated) in [
        (
            "k-hr",
            "CV ranking",
            scenario("employment-recruitment-deployer"),
            "2026-11-30T09:00:00Z",
        ),
        (
            "k-bot",
            "Support bot",
            scenario("chatbot-provider"),
            "2026-12-01T09:00:00Z",
        ),
        ("k-new", "", Answers::new(), "2026-11-01T09:00:00Z"),
    ] {
        let mut env = Envelope::new(&cat.version.content_date, "2026-11-01T09:00:00Z");
        env.name = name.into();
        env.answers = answers;
        env.updated = updated.into();
        let a = aiact_core::assess(cat, &env.answers, TODAY);
        for (i, o) in a.obligations.iter().enumerate() {
            let entry = match key {
                "k-bot" => Entry {
                    status: Status::Done,
                    ..Entry::default()
                },
                _ if i == 0 => Entry {
                    due: Some("2026-11-15".into()),
                    ..Entry::default()
                },
                _ => continue,
            };
            plan::set(&mut env.plan, cat, &o.id, entry, "now").unwrap();
        }
        out.push((key.to_owned(), env));
    }
    out
}

fn rows() -> Vec<Row> {
    saved()
        .iter()
        .map(|(k, e)| Row::of(catalog(), k, e, TODAY))
        .collect()
}

fn keys(rows: &[Row]) -> Vec<&str> {
    rows.iter().map(|r| r.key.as_str()).collect()
}

#[test]
fn a_click_sorts_by_a_column_and_a_second_click_turns_it_round() {
    let mut v = View::default();
    let sorts = |v: &View| COLUMNS.map(|(by, _, _)| v.aria_sort(by));
    assert_eq!(
        sorts(&v),
        [None, None, None, None, Some("descending")],
        "newest change first"
    );
    assert_eq!(keys(&v.apply(&rows())), ["k-bot", "k-hr", "k-new"]);

    v.click(SortBy::Name);
    assert_eq!(sorts(&v), [Some("ascending"), None, None, None, None]);
    // The unnamed system sorts by its empty name, first.
    assert_eq!(keys(&v.apply(&rows())), ["k-new", "k-hr", "k-bot"]);
    v.click(SortBy::Name);
    assert_eq!(v.aria_sort(SortBy::Name), Some("descending"));
    assert_eq!(keys(&v.apply(&rows())), ["k-bot", "k-hr", "k-new"]);

    v.click(SortBy::Deadline);
    assert_eq!(v.aria_sort(SortBy::Deadline), Some("ascending"));
    assert_eq!(v.aria_sort(SortBy::Name), None);
    assert_eq!(
        keys(&v.apply(&rows()))[0],
        "k-hr",
        "the overdue one first; no deadline last"
    );
    v.click(SortBy::Tier);
    assert_eq!(v.aria_sort(SortBy::Tier), Some("descending"));
    assert_eq!(keys(&v.apply(&rows())), ["k-hr", "k-bot", "k-new"]);
    v.click(SortBy::Open);
    assert_eq!(v.aria_sort(SortBy::Open), Some("descending"));
    v.click(SortBy::Open);
    assert_eq!(v.aria_sort(SortBy::Open), Some("ascending"));
}

#[test]
fn filters_keep_matching_rows() {
    let mut v = View::default();
    v.filter.text = "cv".into();
    assert_eq!(keys(&v.apply(&rows())), ["k-hr"]);
    v.filter.text.clear();
    v.filter.tiers = vec!["in_progress".into()];
    assert_eq!(keys(&v.apply(&rows())), ["k-new"]);
    v.filter.tiers.clear();
    v.filter.open_only = true;
    assert_eq!(
        keys(&v.apply(&rows())),
        ["k-hr"],
        "all done and not started have none open"
    );
}

#[test]
fn rows_in_words_mark_overdue_deadlines() {
    let rows = rows();
    let hr = line(catalog(), &rows[0], TODAY);
    assert!(hr.overdue);
    assert!(hr.deadline.starts_with("15 Nov 2026 ("), "{}", hr.deadline);
    assert_eq!(hr.tier, "high_risk_annex_iii");
    assert!(hr.open > 0);
    assert_eq!(hr.changed, "30 Nov 2026, 09:00 UTC");
    assert!(
        !line(catalog(), &rows[0], "2026-11-15").overdue,
        "due today is not overdue"
    );
    let bot = line(catalog(), &rows[1], TODAY);
    assert_eq!(
        (bot.open, bot.deadline.as_str(), bot.overdue),
        (0, "", false)
    );
    let new = line(catalog(), &rows[2], TODAY);
    assert_eq!(
        (
            new.name.as_str(),
            new.tier.as_str(),
            new.tier_label.as_str()
        ),
        ("Unnamed system", "in_progress", "In progress")
    );
}

#[test]
fn the_tier_filter_offers_the_tiers_present_strictest_first() {
    let mut rows = rows();
    rows.extend(rows.clone());
    let tiers = tiers(&rows);
    assert_eq!(
        tiers.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(),
        ["high_risk_annex_iii", "transparency", "in_progress"]
    );
    assert_eq!(tiers[2].1, "In progress");
    assert_eq!(count_line(catalog(), 3, 3), "3 systems.");
    assert_eq!(count_line(catalog(), 1, 3), "Showing 1 of 3 systems.");
    assert_eq!(count_line(catalog(), 1, 1), "1 system.");
}

#[test]
fn an_import_preview_names_look_alikes_and_says_why_systems_are_left_out() {
    let cat = catalog();
    let mine = saved();
    let json = aiact_core::register::render_json(cat, &mine[..2], TODAY);
    // Append a damaged system to the file.
    let mut file: serde_json::Value = serde_json::from_str(&json).unwrap();
    file["systems"]
        .as_array_mut()
        .unwrap()
        .push(serde_json::json!({"assessment": {"name": "Broken", "answers": 7}}));
    let p = aiact_core::register::preview(cat, &file.to_string(), &mine, TODAY).unwrap();
    let names = |key: &str| {
        mine.iter()
            .find(|(k, _)| k == key)
            .map(|(_, e)| e.name.clone())
    };
    let (incoming, refused) = preview(catalog(), &p, &names);
    assert_eq!(
        incoming,
        [
            Incoming {
                name: "CV ranking".into(),
                tier: "High-risk (Annex III use)".into(),
                looks_like: Some("CV ranking".into()),
            },
            Incoming {
                name: "Support bot".into(),
                tier: "Transparency duties".into(),
                looks_like: Some("Support bot".into()),
            },
        ]
    );
    assert_eq!(
        refused,
        ["System 3 \u{201c}Broken\u{201d}: it is not a readable assessment."]
    );
}
