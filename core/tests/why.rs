//! Each conclusion's "why" lists the answers that decided it, on the bundled content: the tier
//! by its own answers (not those that decide whether the Act applies), a role by the answers
//! its own condition reads, and nothing twice.

use aiact_core::envelope::Envelope;
use aiact_core::report::{self, Report};
use aiact_core::{Answers, assess, bundled};

const TODAY: &str = "2026-12-02";

fn report(scenario: &str) -> Report {
    let text = std::fs::read_to_string(format!(
        "{}/tests/scenarios/{scenario}.json",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("scenario file");
    let v: serde_json::Value = serde_json::from_str(&text).expect("scenario JSON");
    let answers: Answers = serde_json::from_value(v["answers"].clone()).expect("answers");
    let cat = bundled::catalog().expect("bundled content");
    let mut env = Envelope::new(&cat.version.content_date, "2026-12-02T09:00:00Z");
    env.answers = answers;
    let a = assess(&cat, &env.answers, TODAY);
    report::build(&cat, &env, &a, TODAY)
}

fn ids(lines: &[report::AnswerLine]) -> Vec<&str> {
    lines.iter().map(|l| l.id.as_str()).collect()
}

#[test]
fn a_high_risk_tier_is_explained_by_its_area_and_the_profiling_answer() {
    let r = report("derogation-profiling-override");
    assert_eq!(
        ids(&r.tier.because),
        [
            "art5.practices",
            "high_risk.areas",
            "annex3.employment",
            "art6_3.profiling"
        ]
    );
}

#[test]
fn a_role_is_explained_by_the_role_answer_not_by_the_tier_answers() {
    for scenario in ["derogation-profiling-override", "chatbot-provider"] {
        let r = report(scenario);
        let role = &r.roles[0];
        assert_eq!(ids(&role.because), ["scope.role"], "{scenario}");
    }
    let r = report("chatbot-provider");
    assert_eq!(
        ids(&r.tier.because),
        ["art50.situations", "art50.interaction_exception"]
    );
}

#[test]
fn no_answer_explains_the_tier_and_a_duty_both() {
    for scenario in [
        "derogation-profiling-override",
        "authorised-representative-high-risk",
        "chatbot-provider",
        "minimal-deployer-demand-forecast",
    ] {
        let r = report(scenario);
        let tier = ids(&r.tier.because);
        for o in &r.obligations {
            for id in ids(&o.because) {
                assert!(!tier.contains(&id), "{scenario}: {id} under {}", o.id);
            }
        }
    }
}
