//! Content upgrades: saved answers survive a newer catalog; removed, changed, invalid and added
//! questions are reported, and so is the change in the result.

use aiact_core::envelope::Envelope;
use aiact_core::model::Tier;
use aiact_core::upgrade::{ResultSummary, upgrade};
use aiact_core::{Answer, Catalog, assess};

const V1: &str = r#"{
 "version": {"content_date": "2026-01-01", "legal_baseline": "test"},
 "sections": [{"id": "s", "title": "S", "questions": [
   {"id": "q.a", "text": "A?", "help": "h", "kind": "yes_no"},
   {"id": "q.b", "text": "B?", "help": "h", "kind": "single", "options": [{"id": "x", "label": "X"}, {"id": "y", "label": "Y"}]},
   {"id": "q.c", "text": "C?", "help": "h", "kind": "yes_no"}]}],
 "tier_rules": [
   {"id": "r.t", "tier": "transparency", "title": "t", "explanation": "e", "refs": [{"article": "50"}], "when": {"is": {"question": "q.c", "value": "yes"}}},
   {"id": "r.min", "tier": "minimal", "title": "t", "explanation": "e", "refs": [{"article": "3"}]}]}"#;

const V2: &str = r#"{
 "version": {"content_date": "2026-06-01", "legal_baseline": "test"},
 "sections": [{"id": "s", "title": "S", "questions": [
   {"id": "q.a", "text": "A?", "help": "new help does not count as a change", "kind": "yes_no"},
   {"id": "q.b", "text": "B, reworded?", "help": "h", "kind": "single", "options": [{"id": "x", "label": "X"}, {"id": "z", "label": "Z"}]},
   {"id": "q.d", "text": "D?", "help": "h", "kind": "yes_no"}]}],
 "tier_rules": [
   {"id": "r.h", "tier": "high_risk_annex_iii", "title": "t", "explanation": "e", "refs": [{"article": "6"}], "when": {"is": {"question": "q.a", "value": "yes"}}},
   {"id": "r.min", "tier": "minimal", "title": "t", "explanation": "e", "refs": [{"article": "3"}]}]}"#;

fn cat(text: &str) -> Catalog {
    Catalog::from_files([("c.json", text)]).unwrap()
}

#[test]
fn answers_survive_and_every_change_is_reported() {
    let (v1, v2) = (cat(V1), cat(V2));
    let mut env = Envelope::new("2026-01-01", "2026-01-01T00:00:00Z");
    for (q, a) in [("q.a", "yes"), ("q.b", "y"), ("q.c", "yes")] {
        env.answers.insert(q.into(), Answer::One(a.into()));
    }
    let before = assess(&v1, &env.answers, "2026-01-01");
    assert_eq!(before.tier.tier, Tier::Transparency);
    env.stamp(&v1, &before);

    let report = upgrade(&v2, &mut env, "2026-06-01");
    assert_eq!(report.from_content_date, "2026-01-01");
    assert_eq!(report.to_content_date, "2026-06-01");
    assert_eq!(
        report.removed,
        vec![("q.c".to_string(), Answer::One("yes".into()))]
    );
    assert_eq!(
        report.changed,
        vec!["q.b".to_string()],
        "wording and options of q.b changed; help of q.a does not count"
    );
    assert_eq!(
        report.invalid,
        vec!["q.b".to_string()],
        "option y no longer exists"
    );
    assert_eq!(report.added, vec!["q.d".to_string()]);
    assert_eq!(
        report.before.as_ref().map(|r| r.tier),
        Some(Tier::Transparency)
    );
    assert_eq!(
        report.after.as_ref().map(|r| r.tier),
        Some(Tier::HighRiskAnnexIii)
    );
    assert!(!report.is_empty());

    // Nothing is lost: the removed answer is retired, the others are kept as they were.
    assert_eq!(env.retired.get("q.c"), Some(&Answer::One("yes".into())));
    assert_eq!(env.answers.get("q.a"), Some(&Answer::One("yes".into())));
    assert_eq!(env.answers.get("q.b"), Some(&Answer::One("y".into())));
    assert_eq!(env.content_date, "2026-06-01");

    // Upgrading again to the same content reports only the answer still to be given again.
    let again = upgrade(&v2, &mut env, "2026-06-01");
    assert!(
        again.removed.is_empty() && again.changed.is_empty() && again.added.is_empty(),
        "{again:?}"
    );
    assert_eq!(again.before, again.after);
    assert_eq!(again.invalid, vec!["q.b".to_string()]);
}

#[test]
fn result_summary_round_trips_through_the_envelope() {
    let v1 = cat(V1);
    let mut env = Envelope::new("2026-01-01", "2026-01-01T00:00:00Z");
    env.answers.insert("q.c".into(), Answer::One("yes".into()));
    env.stamp(&v1, &assess(&v1, &env.answers, "2026-01-01"));
    let back = Envelope::decode(&env.encode()).unwrap();
    assert_eq!(
        back.result,
        Some(ResultSummary {
            tier: Tier::Transparency,
            roles: vec![],
            obligations: vec![]
        })
    );
    assert_eq!(back.seen.len(), 3);
}

#[test]
fn old_envelopes_without_new_fields_still_load() {
    let old = r#"{"schema":1,"content_date":"2025-01-01","created":"x","updated":"x","answers":{"q.a":"no"}}"#;
    let env = Envelope::decode(old).unwrap();
    assert!(env.seen.is_empty() && env.result.is_none() && env.retired.is_empty());
}

#[test]
fn answers_kept_aside_come_back_when_their_question_returns() {
    let (v1, v2) = (cat(V1), cat(V2));
    let mut env = Envelope::new("2026-01-01", "2026-01-01T00:00:00Z");
    env.answers.insert("q.c".into(), Answer::One("yes".into()));
    upgrade(&v2, &mut env, "2026-06-01");
    assert!(!env.answers.contains_key("q.c") && env.retired.contains_key("q.c"));
    // A later content brings q.c back (here: the first catalog, treated as newer).
    let mut v3 = v1.clone();
    v3.version.content_date = "2026-09-01".into();
    upgrade(&v3, &mut env, "2026-09-01");
    assert_eq!(env.answers.get("q.c"), Some(&Answer::One("yes".into())));
    assert!(env.retired.is_empty());
}

#[test]
fn an_answer_set_aside_for_the_same_question_is_never_overwritten() {
    let v2 = cat(V2);
    let mut env = Envelope::new("2026-01-01", "2026-01-01T00:00:00Z");
    // q.c was removed once ("yes" set aside), came back and was answered "no", and is removed
    // again by v2 (or an older build in another tab answered it meanwhile).
    env.retired.insert("q.c".into(), Answer::One("yes".into()));
    env.answers.insert("q.c".into(), Answer::One("no".into()));
    let report = upgrade(&v2, &mut env, "2026-06-01");
    assert_eq!(
        report.removed,
        vec![("q.c".to_string(), Answer::One("no".into()))]
    );
    assert_eq!(env.retired.get("q.c"), Some(&Answer::One("no".into())));
    assert_eq!(env.retired.get("q.c#2"), Some(&Answer::One("yes".into())));
    assert_eq!(env.retired.len(), 2);

    // A third answer takes the next free key; the same answer again adds nothing.
    env.answers
        .insert("q.c".into(), Answer::One("unsure".into()));
    upgrade(&v2, &mut env, "2026-06-01");
    env.answers
        .insert("q.c".into(), Answer::One("unsure".into()));
    upgrade(&v2, &mut env, "2026-06-01");
    let kept: Vec<(&str, &Answer)> = env.retired.iter().map(|(k, a)| (k.as_str(), a)).collect();
    assert_eq!(
        kept,
        vec![
            ("q.c", &Answer::One("unsure".into())),
            ("q.c#2", &Answer::One("yes".into())),
            ("q.c#3", &Answer::One("no".into())),
        ]
    );
}

#[test]
fn long_lists_come_with_a_count_and_a_short_sample() {
    let v2 = cat(V2);
    let mut env = Envelope::new("2026-01-01", "2026-01-01T00:00:00Z");
    for i in 0..1000 {
        env.answers
            .insert(format!("gone.{i:04}"), Answer::One("yes".into()));
    }
    let report = upgrade(&v2, &mut env, "2026-06-01");
    let removed = report.removed_sample();
    assert_eq!(removed.total, 1000);
    assert_eq!(removed.shown.len(), aiact_core::upgrade::SAMPLE_LEN);
    assert_eq!(removed.shown[0].0, "gone.0000");
    assert_eq!(removed.more(), 1000 - aiact_core::upgrade::SAMPLE_LEN);
    assert_eq!(report.added_sample().total, 0);
    assert_eq!(env.retired.len(), 1000, "every answer is kept aside");
}
