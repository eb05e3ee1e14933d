//! `aiact check`: the exit code follows the outcome table of `aiact check --help`, with the
//! golden scenarios' own expectations (tier, complete, provisional) as the reference.

mod common;

use aiact_core::assess;
use aiact_core::model::DutyKind;
use common::*;
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::Path;

/// The parts of a scenario's expectations that decide the outcome.
#[derive(Deserialize)]
struct Expect {
    tier: String,
    #[serde(default)]
    complete: Option<bool>,
    #[serde(default)]
    provisional: Option<bool>,
}

fn expectation(file: &str) -> Expect {
    #[derive(Deserialize)]
    struct WithExpect {
        expect: Expect,
    }
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../core/tests/scenarios")
        .join(file);
    let w: WithExpect = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    w.expect
}

#[test]
fn every_scenario_exits_with_the_code_of_its_outcome() {
    let cat = catalog();
    let dir = temp_dir("check");
    let mut seen = BTreeSet::new();
    let mut high_risk_without_duties = 0;
    for (file, s) in scenarios() {
        let e = expectation(&file);
        let a = assess(&cat, &s.answers, s.today());
        let high_risk_duties = a
            .obligations
            .iter()
            .filter(|o| cat.obligation(&o.id).unwrap().kind == DutyKind::HighRisk)
            .count();
        // Where a scenario does not say whether it is provisional, the engine's answer counts.
        let provisional = e.provisional.unwrap_or_else(|| a.provisional());
        let expected = if e.tier == "prohibited" {
            6
        } else if e.tier.starts_with("high_risk") && high_risk_duties > 0 {
            5
        } else if e.complete == Some(false) {
            4
        } else if provisional {
            3
        } else {
            0
        };
        let path = write_env(&dir, &file, &answers_file(&cat, &s.name, &s.answers));
        let o = run(
            &["check", path.to_str().unwrap(), "--today", s.today()],
            None,
        );
        assert_eq!(code(&o), expected, "{file}: {}{}", stdout(&o), stderr(&o));
        let line = stdout(&o);
        let word = [
            "assessed",
            "",
            "",
            "provisional",
            "incomplete",
            "high-risk",
            "prohibited",
        ][expected as usize];
        assert!(
            line.starts_with(&format!("{word}: {}", a.tier.tier.label()))
                && line.ends_with('\n')
                && line.lines().count() == 1,
            "{file}: one summary line: {line:?}"
        );
        if expected == 5 {
            assert!(
                line.contains(&format!("{high_risk_duties} of them high-risk duties open")),
                "{file}: plan items counted: {line}"
            );
        }
        seen.insert(expected);
        if e.tier.starts_with("high_risk") && high_risk_duties == 0 {
            // E.g. a system exempt under the transition rules: high-risk, but no duty is open.
            high_risk_without_duties += 1;
        }
    }
    assert_eq!(
        seen,
        BTreeSet::from([0, 3, 4, 5, 6]),
        "the scenarios reach every outcome"
    );
    assert!(
        high_risk_without_duties > 0,
        "a high-risk scenario without open duties shows that only open plan items make exit code 5"
    );
}

#[test]
fn unanswered_questions_make_a_result_incomplete_until_prohibited_or_high_risk() {
    let cat = catalog();
    let dir = temp_dir("incomplete");
    let scenarios = scenarios();
    let find = |name: &str| {
        &scenarios
            .iter()
            .find(|(f, _)| f == name)
            .unwrap_or_else(|| panic!("scenario {name}"))
            .1
    };
    // The last answer of a firm minimal-risk scenario removed: incomplete.
    let mut s = find("chatbot-provider.json").answers.clone();
    let f = aiact_core::flow(&cat, &s);
    let last = f.visible.last().unwrap().id.clone();
    s.remove(&last);
    let path = write_env(&dir, "partial.json", &answers_file(&cat, "p", &s));
    let o = run(
        &["check", path.to_str().unwrap(), "--today", DEFAULT_TODAY],
        None,
    );
    assert_eq!(code(&o), 4, "{}", stdout(&o));
    assert!(stdout(&o).contains("1 question unanswered"));
    // A prohibited practice found so far is the verdict even while later questions are open.
    let mut shown = 0;
    for (file, sc) in scenarios
        .iter()
        .filter(|(f, _)| expectation(f).tier == "prohibited")
    {
        let mut p = sc.answers.clone();
        let last = aiact_core::flow(&cat, &p)
            .visible
            .last()
            .unwrap()
            .id
            .clone();
        p.remove(&last);
        let a = assess(&cat, &p, sc.today());
        if a.tier.tier != aiact_core::model::Tier::Prohibited || a.complete {
            continue;
        }
        let path = write_env(&dir, file, &answers_file(&cat, "p", &p));
        let o = run(
            &["check", path.to_str().unwrap(), "--today", sc.today()],
            None,
        );
        assert_eq!(code(&o), 6, "{file}: {}", stdout(&o));
        assert!(stdout(&o).contains("(so far)"), "{file}: {}", stdout(&o));
        shown += 1;
    }
    assert!(
        shown > 0,
        "some prohibited scenario stays prohibited with an answer missing"
    );
}

#[test]
fn the_exit_codes_are_documented_in_help() {
    let o = run(&["check", "--help"], None);
    assert_eq!(code(&o), 0);
    let help = stdout(&o);
    for line in [
        "0  assessed",
        "1  the input could not be read",
        "2  wrong usage",
        "3  provisional",
        "4  incomplete",
        "5  high-risk with plan items open",
        "6  prohibited",
        "not marked done or not applicable in the plan",
    ] {
        assert!(help.contains(line), "`check --help` documents {line:?}");
    }
}

#[test]
fn colours_appear_only_on_a_terminal() {
    let cat = catalog();
    let dir = temp_dir("colour");
    let (file, s) = scenarios().into_iter().next().unwrap();
    let path = write_env(&dir, &file, &answers_file(&cat, "c", &s.answers));
    // A pipe, without NO_COLOR: plain text.
    let o = aiact()
        .env_remove("NO_COLOR")
        .args(["check", path.to_str().unwrap(), "--today", s.today()])
        .output()
        .unwrap();
    code(&o);
    assert!(!o.stdout.contains(&0x1b), "no escape codes in a pipe");
    // Forced on (as a terminal would get them), the outcome word is coloured.
    let o = aiact()
        .env_remove("NO_COLOR")
        .env("CLICOLOR_FORCE", "1")
        .args(["check", path.to_str().unwrap(), "--today", s.today()])
        .output()
        .unwrap();
    code(&o);
    assert!(o.stdout.starts_with(b"\x1b["), "{:?}", stdout(&o));
}

#[test]
fn a_plan_with_every_high_risk_duty_done_clears_exit_code_5() {
    let cat = catalog();
    let dir = temp_dir("check-plan");
    let (file, s) = scenarios()
        .into_iter()
        .find(|(f, _)| f == "annex-i-medical-device.json")
        .unwrap();
    let mut env = answers_file(&cat, &s.name, &s.answers);
    let a = assess(&cat, &env.answers, s.today());
    let duties: Vec<String> = a
        .obligations
        .iter()
        .filter(|o| cat.obligation(&o.id).unwrap().kind == DutyKind::HighRisk)
        .map(|o| o.id.clone())
        .collect();
    let check = |env: &aiact_core::envelope::Envelope| {
        let path = write_env(&dir, &file, env);
        code(&run(
            &["check", path.to_str().unwrap(), "--today", s.today()],
            None,
        ))
    };
    assert_eq!(check(&env), 5);
    let (last, rest) = duties.split_last().unwrap();
    for id in rest {
        let e = aiact_core::plan::Entry {
            status: aiact_core::plan::Status::Done,
            ..Default::default()
        };
        aiact_core::plan::set(&mut env.plan, &cat, id, e, "2026-12-02T10:00:00Z").unwrap();
    }
    assert_eq!(check(&env), 5, "one duty is still open");
    let na = aiact_core::plan::Entry {
        status: aiact_core::plan::Status::NotApplicable,
        reason: "Covered by the notified body's certificate".into(),
        ..Default::default()
    };
    aiact_core::plan::set(&mut env.plan, &cat, last, na, "2026-12-02T10:00:00Z").unwrap();
    assert_ne!(
        check(&env),
        5,
        "every high-risk duty is done or not applicable"
    );
}
