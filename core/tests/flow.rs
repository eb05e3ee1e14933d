//! The questionnaire flow over a small catalog: visibility, navigation, and progress that
//! follows the branching.

use aiact_core::flow::SectionState;
use aiact_core::{Answer, Answers, Catalog, flow};

const CATALOG: &str = r#"{
 "version": {"content_date": "2026-01-01", "legal_baseline": "test"},
 "sections": [
  {"id": "a", "title": "A", "questions": [
    {"id": "a.1", "text": "1?", "help": "h", "kind": "yes_no"},
    {"id": "a.2", "text": "2?", "help": "h", "kind": "yes_no", "show_if": {"is": {"question": "a.1", "value": "yes"}}}]},
  {"id": "b", "title": "B", "questions": [
    {"id": "b.1", "text": "3?", "help": "h", "kind": "yes_no", "show_if": {"is": {"question": "a.1", "value": "yes"}}}]},
  {"id": "c", "title": "C", "questions": [
    {"id": "c.1", "text": "4?", "help": "h", "kind": "yes_no"}]}],
 "tier_rules": [{"id": "r", "tier": "minimal", "title": "t", "explanation": "e", "refs": [{"article": "3"}]}]}"#;

fn cat() -> Catalog {
    Catalog::from_files([("c.json", CATALOG)]).unwrap()
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(q, a)| (q.to_string(), Answer::One(a.to_string())))
        .collect()
}

fn states(cat: &Catalog, a: &Answers) -> Vec<SectionState> {
    flow(cat, a).progress(cat).iter().map(|s| s.state).collect()
}

#[test]
fn progress_tells_skipped_sections_from_those_not_reached_yet() {
    use SectionState::*;
    let cat = cat();
    // Nothing answered: B depends on A's answer, so it is not decided yet.
    assert_eq!(states(&cat, &Answers::new()), [Open, Later, Open]);
    // "No" hides B for good: the questionnaire has moved past it.
    assert_eq!(
        states(&cat, &answers(&[("a.1", "no")])),
        [Done, NotNeeded, Open]
    );
    // "Yes" opens a.2 and B.
    assert_eq!(
        states(&cat, &answers(&[("a.1", "yes")])),
        [Open, Open, Open]
    );
    assert_eq!(
        states(
            &cat,
            &answers(&[("a.1", "yes"), ("a.2", "no"), ("b.1", "no"), ("c.1", "no")])
        ),
        [Done, Done, Done]
    );
}

#[test]
fn navigation_follows_visible_questions_and_keeps_hidden_answers() {
    let cat = cat();
    let a = answers(&[("a.1", "no"), ("a.2", "yes"), ("b.1", "yes")]);
    let f = flow(&cat, &a);
    let ids: Vec<&str> = f.visible.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["a.1", "c.1"]);
    assert_eq!(
        f.effective.len(),
        1,
        "answers to hidden a.2 and b.1 do not count"
    );
    assert_eq!(
        f.next_after(&cat, "a.1").map(|q| q.id.as_str()),
        Some("c.1")
    );
    assert_eq!(
        f.previous_before(&cat, "c.1").map(|q| q.id.as_str()),
        Some("a.1")
    );
    // From a question that is hidden now, navigation still finds its neighbours.
    assert_eq!(
        f.next_after(&cat, "a.2").map(|q| q.id.as_str()),
        Some("c.1")
    );
    assert_eq!(
        f.next_unanswered_after(&cat, "a.1").map(|q| q.id.as_str()),
        Some("c.1")
    );
    assert!(!f.is_complete());
    // Showing the branch again brings the kept answers back.
    let mut again = a.clone();
    again.insert("a.1".into(), Answer::One("yes".into()));
    assert_eq!(flow(&cat, &again).effective.len(), 3);
}

#[test]
fn invalid_answers_do_not_count() {
    let cat = cat();
    let f = flow(&cat, &answers(&[("a.1", "maybe"), ("c.1", "unsure")]));
    assert!(
        f.effective.is_empty(),
        "a value the question does not offer is ignored"
    );
    let mut multi = Answers::new();
    multi.insert("a.1".into(), Answer::Many(vec!["yes".into()]));
    assert!(
        flow(&cat, &multi).effective.is_empty(),
        "a list is no answer to a yes/no question"
    );
}

#[test]
fn a_hostile_checklist_answer_is_refused_at_once() {
    let cat = aiact_core::bundled::catalog().unwrap();
    let q = cat
        .questions()
        .find(|q| q.kind == aiact_core::model::QuestionKind::Multi)
        .unwrap();
    let huge = Answer::Many((0..300_000).map(|i| format!("v{i}")).collect());
    // Refused by its length before any comparison (a quadratic check would hang here).
    assert!(!aiact_core::flow::accepts(q, &huge));
    let twice = Answer::Many(vec![q.options[0].id.clone(), q.options[0].id.clone()]);
    assert!(
        !aiact_core::flow::accepts(q, &twice),
        "the same option twice is no answer"
    );
}

#[test]
fn a_not_sure_alternative_rests_only_on_answers_that_count() {
    const UNSURE_CATALOG: &str = r#"{
     "version": {"content_date": "2026-01-01", "legal_baseline": "test"},
     "sections": [{"id": "a", "title": "A", "questions": [
        {"id": "a.1", "text": "1?", "help": "h", "kind": "yes_no", "unsure": true},
        {"id": "a.2", "text": "2?", "help": "h", "kind": "yes_no", "show_if": {"is": {"question": "a.1", "value": "yes"}}}]}],
     "tier_rules": [
        {"id": "r.p", "tier": "prohibited", "title": "t", "explanation": "e", "refs": [{"article": "5"}], "when": {"is": {"question": "a.2", "value": "yes"}}},
        {"id": "r", "tier": "minimal", "title": "t", "explanation": "e", "refs": [{"article": "3"}]}]}"#;
    let cat = Catalog::from_files([("c.json", UNSURE_CATALOG)]).unwrap();
    // a.2 was answered "yes" earlier; a.1 is now "not sure", which hides a.2.
    let kept = answers(&[("a.1", "unsure"), ("a.2", "yes")]);
    let a = aiact_core::assess(&cat, &kept, "2026-11-27");
    assert_eq!(a.tier.tier, aiact_core::model::Tier::Minimal);
    let yes = a.unsure[0]
        .alternatives
        .iter()
        .find(|x| x.value == "yes")
        .unwrap();
    assert_eq!(
        yes.tier, None,
        "the kept answer to the hidden a.2 does not count"
    );
    assert!(
        yes.opens_questions,
        "\"yes\" shows a.2 again, to be confirmed"
    );
    assert!(
        !a.tier.provisional,
        "no answer that counts could change the tier on its own"
    );
    assert_eq!(
        a,
        aiact_core::assess(&cat, &answers(&[("a.1", "unsure")]), "2026-11-27"),
        "the same as without the kept answer"
    );
}
