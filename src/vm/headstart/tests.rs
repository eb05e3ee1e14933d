//! The ISO/IEC 42001 checklist and the answer's lines, on the bundled content.

use super::*;
use aiact_core::envelope::Envelope;
use aiact_core::{Answer, Answers, bundled, report};

#[test]
fn every_clause_and_control_is_in_one_group_under_its_clause_or_annex_a_number() {
    let cat = bundled::catalog().unwrap();
    let groups = groups(&cat);
    let listed: Vec<&str> = groups
        .iter()
        .flat_map(|g| g.items.iter().map(|(id, _)| id.as_str()))
        .collect();
    let markable: Vec<&str> = cat
        .iso_items
        .iter()
        .map(|i| i.id.as_str())
        .filter(|id| id.starts_with("A.") || id.contains('.'))
        .collect();
    assert_eq!(
        listed, markable,
        "each sub-clause and control once, in order"
    );
    assert_eq!(groups[0].title, "Clause 4: Context of the organization");
    assert_eq!(groups[0].items[0].0, "4.1");
    let annex: Vec<&str> = groups
        .iter()
        .filter(|g| g.title.starts_with("Annex A"))
        .map(|g| g.title.as_str())
        .collect();
    assert_eq!(annex.first(), Some(&"Annex A controls A.2"));
    assert_eq!(annex.last(), Some(&"Annex A controls A.10"));
    for g in &groups {
        assert!(!g.items.is_empty(), "{}", g.title);
        if let Some(n) = g.title.strip_prefix("Annex A controls ") {
            assert!(
                g.items
                    .iter()
                    .all(|(id, _)| id.starts_with(&format!("{n}.")))
            );
        }
    }
}

#[test]
fn lines_say_what_remains_and_what_carries_a_covered_duty() {
    let cat = bundled::catalog().unwrap();
    let text = std::fs::read_to_string(format!(
        "{}/core/tests/scenarios/annex-i-medical-device.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let answers: Answers = serde_json::from_value(v["answers"].clone()).unwrap();
    let mut env = Envelope::new(&cat.version.content_date, "2026-12-02T09:00:00Z");
    env.answers = answers;
    env.answers
        .insert("org.iso42001".into(), Answer::One("in_place".into()));
    env.iso_in_place = ["7.2", "7.3", "A.4.6", "6.1.2"]
        .map(str::to_owned)
        .into_iter()
        .collect();
    let a = aiact_core::assess(&cat, &env.answers, "2026-12-02");
    let h = report::build(&cat, &env, &a, "2026-12-02").head_start;
    let lines: Vec<Line> = h.lines.iter().map(|l| line(l, &cat.messages)).collect();
    let first = &lines[0];
    assert_eq!(first.standing, "beyond_iso");
    assert_eq!(first.standing_label, "AI Act only: beyond ISO/IEC 42001");
    assert!(!first.remaining.is_empty());
    let literacy = lines
        .iter()
        .find(|l| l.obligation == "provider.ai_literacy")
        .unwrap();
    assert_eq!(literacy.standing, "covered");
    assert_eq!(literacy.standing_label, "Covered by what you have");
    assert_eq!(literacy.have, "7.2, 7.3, A.4.6");
    let risk = lines
        .iter()
        .find(|l| l.obligation == "provider.risk_management")
        .unwrap();
    assert_eq!(risk.standing, "partly");
    assert!(
        risk.remaining.starts_with("Put in place "),
        "{}",
        risk.remaining
    );
}
