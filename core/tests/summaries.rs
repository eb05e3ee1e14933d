//! Snapshots of the summary and the procurement answer sheet for the real content, over results of
//! several tiers and roles, so that a change to either reads as a diff a person can review.

use aiact_core::envelope::Envelope;
use aiact_core::report::{self, render_procurement, render_summary_text};
use aiact_core::{Answers, assess, bundled};
use std::path::Path;

const TODAY: &str = "2026-12-02";

/// Scenario files, each a different tier or role.
const CASES: &[&str] = &[
    "minimal-deployer-demand-forecast.json",
    "chatbot-provider.json",
    "own-use-cv-screening-provider-and-deployer.json",
    "essential-public-benefits-agency.json",
    "prohibited-manipulation-unsure.json",
    "gpai-systemic-non-eu.json",
    "real-world-testing-hiring-pilot.json",
];

fn answers(file: &str) -> (String, Answers) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/scenarios")
        .join(file);
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    (
        v["name"].as_str().unwrap().to_owned(),
        serde_json::from_value(v["answers"].clone()).unwrap(),
    )
}

#[test]
fn summaries_and_procurement_sheets() {
    let cat = bundled::catalog().unwrap();
    for file in CASES {
        let (name, answers) = answers(file);
        let mut env = Envelope::new(&cat.version.content_date, "2026-12-02T09:00:00Z");
        env.name = name.chars().take(60).collect();
        env.answers = answers;
        let a = assess(&cat, &env.answers, TODAY);
        let r = report::build(&cat, &env, &a, TODAY);
        let label = file.trim_end_matches(".json");
        insta::assert_snapshot!(format!("{label}.summary.txt"), render_summary_text(&r));
        insta::assert_snapshot!(format!("{label}.procurement.txt"), render_procurement(&r));
        // The sheet speaks for the company, never in the tool's own question texts.
        let sheet = render_procurement(&r);
        for q in cat.questions() {
            assert!(
                !sheet.contains(&q.text),
                "{label}: the sheet quotes `{}`",
                q.id
            );
        }
    }
}
