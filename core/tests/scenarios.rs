//! Golden scenarios: answers -> expected scope, roles, tier, route, obligations and dates, written
//! from the articles. Each file in `tests/scenarios/` carries its legal reasoning. A failure names
//! the file and the field. Also checks that every tier rule and obligation is reached.

use aiact_core::assess::Timing;
use aiact_core::{Answers, Assessment, Catalog, assess, bundled};
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The date scenarios are assessed on unless they set their own.
const DEFAULT_TODAY: &str = "2026-12-02";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    /// What is being assessed, in a line.
    #[allow(dead_code)]
    name: String,
    /// The legal reasoning behind the expected result, citing articles.
    reasoning: String,
    /// Assessment date, `YYYY-MM-DD`.
    #[serde(default)]
    today: Option<String>,
    answers: Answers,
    expect: Expect,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    /// `in` or `out` of the AI Act's scope.
    #[serde(default)]
    scope: Option<String>,
    /// Whether every visible question is answered (defaults to true).
    #[serde(default)]
    complete: Option<bool>,
    /// Tier id, e.g. `high_risk_annex_iii`.
    tier: String,
    /// Id of the tier rule that fires (the route).
    #[serde(default)]
    rule: Option<String>,
    /// Exactly these roles.
    #[serde(default)]
    roles: Option<Vec<String>>,
    /// Exactly these obligations.
    #[serde(default)]
    obligations: Option<Vec<String>>,
    /// At least these obligations.
    #[serde(default)]
    obligations_include: Vec<String>,
    /// None of these obligations.
    #[serde(default)]
    obligations_exclude: Vec<String>,
    /// Amended application date per obligation id, as applied to this system.
    #[serde(default)]
    dates: BTreeMap<String, String>,
    /// Whether the result is provisional (rests on "not sure").
    #[serde(default)]
    provisional: Option<bool>,
    /// Obligations whose duties start at launch (the system is not launched yet).
    #[serde(default)]
    at_launch: Vec<String>,
    /// At least these notes.
    #[serde(default)]
    notes_include: Vec<String>,
    /// None of these notes.
    #[serde(default)]
    notes_exclude: Vec<String>,
    /// Exactly these stricter tiers that resolving a "not sure" answer could lead to.
    #[serde(default)]
    possible: Option<Vec<String>>,
    /// What resolving a "not sure" answer would do: question id -> alternative value -> the tier
    /// id it leads to, or `same` when the tier stays.
    #[serde(default)]
    alternatives: BTreeMap<String, BTreeMap<String, String>>,
    /// The first unanswered visible question, when the scenario is incomplete on purpose.
    #[serde(default)]
    next_question: Option<String>,
}

fn scenario_files() -> Vec<(String, Scenario)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".json"))
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|n| {
            let text = std::fs::read_to_string(dir.join(&n)).unwrap();
            let s: Scenario = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{n}: {e}"));
            (n, s)
        })
        .collect()
}

fn check(file: &str, s: &Scenario, a: &Assessment, cat: &Catalog) -> Vec<String> {
    let mut errs = vec![];
    let mut field = |name: &str, want: String, got: String| {
        if want != got {
            errs.push(format!("{file}: expect.{name}: expected {want}, got {got}"));
        }
    };
    let e = &s.expect;
    if s.reasoning.trim().len() < 40 {
        field(
            "reasoning",
            "the legal reasoning (40+ characters)".into(),
            s.reasoning.clone(),
        );
    }
    for q in s.answers.keys() {
        if cat.question(q).is_none() {
            field(
                "answers",
                "known question ids".into(),
                format!("unknown question `{q}`"),
            );
        }
    }
    field(
        "complete",
        e.complete.unwrap_or(true).to_string(),
        a.complete.to_string(),
    );
    field("tier", e.tier.clone(), a.tier.tier.id().to_owned());
    if let Some(scope) = &e.scope {
        field(
            "scope",
            scope.clone(),
            if a.in_scope() { "in" } else { "out" }.to_owned(),
        );
    }
    if let Some(rule) = &e.rule {
        field("rule", rule.clone(), a.tier.trace.rule.clone());
    }
    let roles: BTreeSet<String> = a.roles.iter().map(|r| r.id.clone()).collect();
    if let Some(want) = &e.roles {
        let want: BTreeSet<String> = want.iter().cloned().collect();
        field("roles", format!("{want:?}"), format!("{roles:?}"));
    }
    let obligations: BTreeSet<String> = a.obligations.iter().map(|o| o.id.clone()).collect();
    if let Some(want) = &e.obligations {
        let want: BTreeSet<String> = want.iter().cloned().collect();
        if want != obligations {
            let missing: Vec<_> = want.difference(&obligations).collect();
            let extra: Vec<_> = obligations.difference(&want).collect();
            field(
                "obligations",
                format!("exactly {want:?}"),
                format!("missing {missing:?}, extra {extra:?}"),
            );
        }
    }
    for o in &e.obligations_include {
        if !obligations.contains(o) {
            field("obligations_include", o.clone(), "absent".into());
        }
    }
    for o in &e.obligations_exclude {
        if obligations.contains(o) {
            field(
                "obligations_exclude",
                format!("{o} absent"),
                "present".into(),
            );
        }
    }
    for (id, date) in &e.dates {
        let got = a
            .obligations
            .iter()
            .find(|o| o.id == *id)
            .map(|o| o.timing.date().to_owned());
        field(
            &format!("dates.{id}"),
            date.clone(),
            got.unwrap_or_else(|| "obligation absent".into()),
        );
    }
    for id in &e.at_launch {
        let got = a.obligations.iter().find(|o| o.id == *id).map(|o| {
            if matches!(o.timing, Timing::AtLaunch(_)) {
                "at launch"
            } else {
                "not at launch"
            }
        });
        field(
            &format!("at_launch.{id}"),
            "at launch".into(),
            got.unwrap_or("obligation absent").into(),
        );
    }
    let notes: BTreeSet<String> = a.notes.iter().map(|n| n.id.clone()).collect();
    for n in &e.notes_include {
        if !notes.contains(n) {
            field(
                "notes_include",
                n.clone(),
                format!("absent (notes: {notes:?})"),
            );
        }
    }
    for n in &e.notes_exclude {
        if notes.contains(n) {
            field("notes_exclude", format!("{n} absent"), "present".into());
        }
    }
    if let Some(want) = &e.possible {
        let want: BTreeSet<String> = want.iter().cloned().collect();
        let got: BTreeSet<String> = a.possible.iter().map(|p| p.tier.id().to_owned()).collect();
        field("possible", format!("{want:?}"), format!("{got:?}"));
    }
    for (q, alts) in &e.alternatives {
        let Some(u) = a.unsure.iter().find(|u| u.question == *q) else {
            field(
                &format!("alternatives.{q}"),
                "a \"not sure\" answer".into(),
                "none".into(),
            );
            continue;
        };
        for (value, want) in alts {
            let got = u
                .alternatives
                .iter()
                .find(|alt| alt.value == *value)
                .map(|alt| alt.tier.map_or("same", |t| t.id()).to_owned())
                .unwrap_or_else(|| "no such alternative".into());
            field(&format!("alternatives.{q}.{value}"), want.clone(), got);
        }
    }
    if let Some(q) = &e.next_question {
        let f = aiact_core::flow(cat, &s.answers);
        field(
            "next_question",
            q.clone(),
            f.first_unanswered()
                .map(|q| q.id.clone())
                .unwrap_or_default(),
        );
    }
    if let Some(p) = e.provisional {
        field("provisional", p.to_string(), a.provisional().to_string());
    }
    errs
}

#[test]
fn golden_scenarios() {
    let cat = bundled::catalog().unwrap();
    let mut errs = vec![];
    let files = scenario_files();
    for (file, s) in &files {
        let today = s.today.as_deref().unwrap_or(DEFAULT_TODAY);
        let a = assess(&cat, &s.answers, today);
        errs.extend(check(file, s, &a, &cat));
    }
    assert!(
        errs.is_empty(),
        "{} scenario problems:\n{}",
        errs.len(),
        errs.join("\n")
    );
}

#[test]
fn scenarios_reach_every_tier_rule_and_obligation() {
    let cat = bundled::catalog().unwrap();
    let mut rules = BTreeSet::new();
    let mut obligations = BTreeSet::new();
    let mut roles = BTreeSet::new();
    let mut notes = BTreeSet::new();
    let mut answered = vec![];
    for (_, s) in scenario_files() {
        let a = assess(
            &cat,
            &s.answers,
            s.today.as_deref().unwrap_or(DEFAULT_TODAY),
        );
        rules.insert(a.tier.trace.rule.clone());
        obligations.extend(a.obligations.iter().map(|o| o.id.clone()));
        roles.extend(a.roles.iter().map(|r| r.id.clone()));
        notes.extend(a.notes.iter().map(|n| n.id.clone()));
        answered.push(a.answered);
    }
    let missed_rules: Vec<&str> = cat
        .tier_rules
        .iter()
        .map(|r| r.id.as_str())
        .filter(|r| !rules.contains(*r))
        .collect();
    let missed_obligations: Vec<&str> = cat
        .obligations
        .iter()
        .map(|o| o.id.as_str())
        .filter(|o| !obligations.contains(*o))
        .collect();
    let missed_roles: Vec<&str> = cat
        .roles
        .iter()
        .map(|r| r.id.as_str())
        .filter(|r| !roles.contains(*r))
        .collect();
    let missed_notes: Vec<&str> = cat
        .notes
        .iter()
        .map(|n| n.id.as_str())
        .filter(|n| !notes.contains(*n))
        .collect();
    answered.sort_unstable();
    println!(
        "scenarios: {}; questions answered to reach a result: median {}, max {}",
        answered.len(),
        answered.get(answered.len() / 2).copied().unwrap_or(0),
        answered.last().copied().unwrap_or(0)
    );
    assert!(
        missed_rules.is_empty(),
        "tier rules no scenario reaches: {missed_rules:?}"
    );
    assert!(
        missed_obligations.is_empty(),
        "obligations no scenario reaches: {missed_obligations:?}"
    );
    assert!(
        missed_roles.is_empty(),
        "roles no scenario reaches: {missed_roles:?}"
    );
    assert!(
        missed_notes.is_empty(),
        "notes no scenario reaches: {missed_notes:?}"
    );
}

/// Every "not sure" a person can give, other than those that only open follow-up questions, is
/// answered in some golden scenario that states what each alternative answer would do to the
/// tier, so that the result lists the right alternatives for each.
#[test]
fn every_not_sure_has_a_scenario_with_its_alternatives() {
    let cat = bundled::catalog().unwrap();
    let covered: BTreeSet<String> = scenario_files()
        .into_iter()
        .flat_map(|(_, s)| {
            s.expect
                .alternatives
                .keys()
                .filter(|q| s.answers.get(*q).is_some_and(|a| a.is_unsure()))
                .cloned()
                .collect::<Vec<_>>()
        })
        .collect();
    let missing: Vec<&str> = cat
        .questions()
        .filter(|q| q.unsure && !q.unsure_follow_up && !covered.contains(&q.id))
        .map(|q| q.id.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "questions whose \"not sure\" no scenario covers with its alternatives: {missing:?}"
    );
}
