//! Golden tests for the ISO/IEC 42001 head start: which duties a certified management system, a
//! partial one, or none carries, across tiers, written from the content's mapping of each
//! obligation (its supporting clauses and controls and how well they fit).

use aiact_core::envelope::Envelope;
use aiact_core::iso::{self, Standing};
use aiact_core::report::{self, HeadStart};
use aiact_core::{Answer, Answers, Catalog, assess, bundled};
use std::collections::BTreeSet;

const TODAY: &str = "2026-12-02";

fn scenario_answers(name: &str) -> Answers {
    let text = std::fs::read_to_string(format!(
        "{}/tests/scenarios/{name}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap();
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    serde_json::from_value(v["answers"].clone()).unwrap()
}

/// The head start of a scenario's system, with the ISO answer and the items marked in place.
fn head_start(cat: &Catalog, scenario: &str, iso: &str, marked: &[&str]) -> HeadStart {
    let mut env = Envelope::new(&cat.version.content_date, "2026-12-02T09:00:00Z");
    env.answers = scenario_answers(scenario);
    env.answers
        .insert("org.iso42001".into(), Answer::One(iso.into()));
    env.iso_in_place = marked.iter().map(|s| (*s).to_owned()).collect();
    let a = assess(cat, &env.answers, TODAY);
    report::build(cat, &env, &a, TODAY).head_start
}

fn standings(h: &HeadStart) -> Vec<(&str, &str)> {
    h.lines
        .iter()
        .map(|l| (l.obligation.as_str(), l.standing.as_str()))
        .collect()
}

#[test]
fn minimal_tier_ai_literacy_only() {
    let cat = bundled::catalog().unwrap();
    // AI literacy maps to competence (7.2), awareness (7.3) and A.4.6 (human resources), and
    // the mapping says they cover it.
    let certified = head_start(&cat, "minimal-provider-spam-filter", "certified", &[]);
    assert_eq!(standings(&certified), [("provider.ai_literacy", "covered")]);
    assert!(certified.enough());
    assert!(certified.verdict(&cat.messages).starts_with("Yes"));

    let partial = head_start(&cat, "minimal-provider-spam-filter", "in_place", &["7.2"]);
    assert_eq!(standings(&partial), [("provider.ai_literacy", "partly")]);
    assert_eq!(partial.lines[0].have, ["7.2"]);
    assert_eq!(partial.lines[0].missing, ["7.3", "A.4.6"]);
    assert!(!partial.enough());

    let all_three = head_start(
        &cat,
        "minimal-provider-spam-filter",
        "in_place",
        &["7.2", "7.3", "A.4.6"],
    );
    assert!(
        all_three.enough(),
        "marking every supporting item is as good as certified"
    );

    let none = head_start(&cat, "minimal-provider-spam-filter", "no", &[]);
    assert!(!none.known, "nothing said about a management system");
    assert_eq!(standings(&none), [("provider.ai_literacy", "not_covered")]);
    assert!(
        none.verdict(&cat.messages)
            .starts_with("Not on its own: 0 of 1")
    );
}

#[test]
fn transparency_tier_chatbot_provider() {
    let cat = bundled::catalog().unwrap();
    let h = head_start(&cat, "chatbot-provider", "certified", &[]);
    // Telling people they talk to an AI is only partly an ISO/IEC 42001 matter: the duty is in
    // the remaining work even for a certified organisation; AI literacy is covered.
    assert_eq!(
        standings(&h),
        [
            ("provider.transparency_interaction", "partly"),
            ("provider.ai_literacy", "covered")
        ]
    );
    assert_eq!(h.covered, 1);
    assert!(!h.enough());
    assert!(
        !h.lines[0].gap.is_empty(),
        "partly covered says what to add"
    );
    assert!(h.verdict(&cat.messages).contains("1 of 2 obligations"));
}

#[test]
fn high_risk_annex_i_provider_act_only_duties_first() {
    let cat = bundled::catalog().unwrap();
    let h = head_start(&cat, "annex-i-medical-device", "certified", &[]);
    let act_only: BTreeSet<&str> = [
        "provider.ce_marking",
        "provider.conformity_assessment",
        "provider.eu_declaration",
        "provider.identification_and_accessibility",
    ]
    .into();
    let first: BTreeSet<&str> = h.lines[..act_only.len()]
        .iter()
        .map(|l| {
            assert_eq!(l.standing, "beyond_iso", "{}", l.obligation);
            l.obligation.as_str()
        })
        .collect();
    assert_eq!(first, act_only, "duties of the Act alone come first");
    // Then what certification covers only in part (e.g. risk management: the Act's specifics),
    // never "not covered" when certified; AI literacy is covered and comes last.
    for l in &h.lines[act_only.len()..h.lines.len() - 1] {
        assert_eq!(l.standing, "partly", "{}", l.obligation);
        assert!(l.missing.is_empty(), "certified: every item is in place");
    }
    assert_eq!(
        h.lines
            .last()
            .map(|l| (l.obligation.as_str(), l.standing.as_str())),
        Some(("provider.ai_literacy", "covered"))
    );
    assert_eq!(h.in_place.len(), cat.iso_items.len());

    // Only the risk management items in place: that duty is partly covered with nothing
    // missing; quality management (clause 4.4 among others) is partly covered with items
    // missing; data governance has none of its controls and is "not covered yet".
    let partial = head_start(
        &cat,
        "annex-i-medical-device",
        "in_place",
        &["6.1.2", "6.1.3", "8.2", "8.3", "A.6.2.4", "4.4"],
    );
    let line = |id: &str| partial.lines.iter().find(|l| l.obligation == id).unwrap();
    assert_eq!(line("provider.risk_management").standing, "partly");
    assert!(line("provider.risk_management").missing.is_empty());
    assert_eq!(line("provider.quality_management").standing, "partly");
    assert!(!line("provider.quality_management").missing.is_empty());
    assert_eq!(line("provider.data_governance").standing, "not_covered");
    assert_eq!(line("provider.ce_marking").standing, "beyond_iso");

    let none = head_start(&cat, "annex-i-medical-device", "no", &[]);
    assert!(
        none.lines
            .iter()
            .all(|l| l.standing != "covered" && l.standing != "partly")
    );
}

#[test]
fn gpai_model_provider() {
    let cat = bundled::catalog().unwrap();
    let h = head_start(&cat, "gpai-model-eu-provider", "certified", &[]);
    assert_eq!(
        standings(&h)
            .into_iter()
            .filter(|(_, s)| *s == "beyond_iso")
            .map(|(o, _)| o)
            .collect::<BTreeSet<_>>(),
        ["gpai.copyright_policy", "gpai.training_summary"].into()
    );
    assert!(
        standings(&h)
            .iter()
            .filter(|(o, _)| [
                "gpai.downstream_information",
                "gpai.technical_documentation"
            ]
            .contains(o))
            .all(|(_, s)| *s == "partly")
    );
}

#[test]
fn prohibited_practice_is_beyond_any_management_system() {
    let cat = bundled::catalog().unwrap();
    let h = head_start(&cat, "prohibited-social-scoring", "certified", &[]);
    assert!(
        h.lines
            .iter()
            .any(|l| l.obligation.ends_with(".prohibited_practice") && l.standing == "beyond_iso")
    );
    assert!(!h.enough());
}

#[test]
fn the_engine_orders_remaining_work_by_standing_then_date() {
    let cat = bundled::catalog().unwrap();
    let a = assess(
        &cat,
        &scenario_answers("own-use-cv-screening-provider-and-deployer"),
        TODAY,
    );
    let lines = iso::head_start(&cat, &a, &BTreeSet::new());
    for w in lines.windows(2) {
        assert!(
            (w[0].standing, &w[0].applies) <= (w[1].standing, &w[1].applies),
            "{:?} before {:?}",
            w[0],
            w[1]
        );
    }
    assert!(lines.iter().all(|l| l.standing != Standing::Covered));
}

#[test]
fn reports_answer_is_our_iso_enough() {
    let cat = bundled::catalog().unwrap();
    let mut env = Envelope::new(&cat.version.content_date, "2026-12-02T09:00:00Z");
    env.answers = scenario_answers("annex-i-medical-device");
    env.answers
        .insert("org.iso42001".into(), Answer::One("certified".into()));
    let a = assess(&cat, &env.answers, TODAY);
    let r = report::build(&cat, &env, &a, TODAY);
    let md = report::render_markdown(&r);
    assert!(md.contains("### Is your ISO/IEC 42001 enough for this system?"));
    let html = report::render_html(&r);
    assert!(html.contains("data-testid=\"head-start\""));
    // The first row of the remaining work is a duty of the Act alone.
    let first_row = html.split("<tr data-standing=").nth(1).unwrap();
    assert!(first_row.starts_with("\"beyond_iso\""));
}
