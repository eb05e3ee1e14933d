//! The first content section (is it an AI system, Art 3(1)) assessed end to end on the engine.

use aiact_core::model::Tier;
use aiact_core::{Answer, Answers, Catalog, assess, bundled};

const TODAY: &str = "2026-11-27";

fn catalog() -> Catalog {
    bundled::catalog().expect("bundled content loads")
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(q, a)| (q.to_string(), Answer::One(a.to_string())))
        .collect()
}

#[test]
fn bundled_catalog_equals_the_files_in_questions() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../questions");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n.ends_with(".json") && n != "schema.json")
        .collect();
    on_disk.sort();
    let from_disk: Vec<(String, String)> = on_disk
        .iter()
        .map(|n| {
            (
                n.clone(),
                std::fs::read_to_string(format!("{dir}/{n}")).unwrap(),
            )
        })
        .collect();
    let disk_catalog = Catalog::from_files(from_disk.iter().map(|(n, t)| (n.as_str(), t.as_str())));
    assert_eq!(
        disk_catalog,
        Ok(catalog()),
        "the bundle holds every file, as written"
    );
}

#[test]
fn no_inference_means_not_an_ai_system() {
    let cat = catalog();
    let a = assess(&cat, &answers(&[("ai_system.infers", "no")]), TODAY);
    assert!(a.complete);
    assert_eq!(a.tier.tier, Tier::NotAiSystem);
    assert!(!a.in_scope());
    assert_eq!(a.tier.trace.rule, "tier.not_ai_system");
    assert_eq!(
        a.tier.trace.answers,
        vec![("ai_system.infers".into(), Answer::One("no".into()))]
    );
    assert!(a.tier.trace.facts.contains(&"not_ai_system".to_string()));
    assert!(a.tier.trace.refs.iter().any(|r| r.label() == "Art 3(1)"));
}

#[test]
fn inference_means_in_scope_and_hidden_helpers_do_not_count() {
    let cat = catalog();
    // A helper answer left over from an earlier "not sure" must not count once hidden.
    let a = assess(
        &cat,
        &answers(&[
            ("ai_system.infers", "yes"),
            ("ai_system.technique", "human_rules"),
        ]),
        TODAY,
    );
    assert!(!a.complete, "the scope questions follow");
    assert_eq!(
        aiact_core::flow(&cat, &answers(&[("ai_system.infers", "yes")]))
            .first_unanswered()
            .map(|q| q.id.as_str()),
        Some("scope.role")
    );
    assert!(a.in_scope());
    assert_eq!(a.tier.tier, Tier::Minimal);
    assert_eq!(a.answered, 1);
}

#[test]
fn unsure_opens_helper_questions_and_rules_as_the_guidelines_do() {
    let cat = catalog();
    let unsure = answers(&[("ai_system.infers", "unsure")]);
    let f = aiact_core::flow(&cat, &unsure);
    assert_eq!(
        f.first_unanswered().map(|q| q.id.as_str()),
        Some("ai_system.technique")
    );

    for (technique, tier) in [
        ("human_rules", Tier::NotAiSystem),
        ("basic_processing", Tier::NotAiSystem),
        ("simple_estimate", Tier::NotAiSystem),
    ] {
        let a = assess(
            &cat,
            &answers(&[
                ("ai_system.infers", "unsure"),
                ("ai_system.technique", technique),
            ]),
            TODAY,
        );
        assert!(
            a.complete,
            "{technique}: no autonomy question for non-inference techniques"
        );
        assert_eq!(a.tier.tier, tier, "{technique}");
    }
    let ml = answers(&[
        ("ai_system.infers", "unsure"),
        ("ai_system.technique", "machine_learning"),
        ("ai_system.autonomy", "yes"),
        ("ai_system.influence", "yes"),
    ]);
    let a = assess(&cat, &ml, TODAY);
    assert_eq!(a.tier.tier, Tier::Minimal);
    let mut manual = ml.clone();
    manual.insert("ai_system.autonomy".into(), Answer::One("no".into()));
    assert_eq!(assess(&cat, &manual, TODAY).tier.tier, Tier::NotAiSystem);
}

#[test]
fn not_sure_is_provisional_and_says_what_each_alternative_changes() {
    let cat = catalog();
    let a = assess(
        &cat,
        &answers(&[
            ("ai_system.infers", "unsure"),
            ("ai_system.technique", "machine_learning"),
            ("ai_system.autonomy", "unsure"),
            ("ai_system.influence", "yes"),
        ]),
        TODAY,
    );
    assert_eq!(
        a.tier.tier,
        Tier::Minimal,
        "unsure is treated as in scope, never as out"
    );
    assert!(a.tier.provisional);
    assert!(a.provisional());
    // "Not sure" on the first question only opens the follow-up questions that settle it; the
    // open point is the follow-up answered "not sure".
    let questions: Vec<&str> = a.unsure.iter().map(|u| u.question.as_str()).collect();
    assert_eq!(questions, ["ai_system.autonomy"]);
    let autonomy = &a.unsure[0];
    let no = autonomy
        .alternatives
        .iter()
        .find(|x| x.value == "no")
        .unwrap();
    assert_eq!(no.tier, Some(Tier::NotAiSystem));
    let yes = autonomy
        .alternatives
        .iter()
        .find(|x| x.value == "yes")
        .unwrap();
    assert!(yes.changes_nothing());
}

#[test]
fn the_start_catalog_holds_the_version_and_the_first_section_only() {
    let full = catalog();
    let start = bundled::start_catalog().expect("start content loads");
    assert_eq!(start.version, full.version);
    assert_eq!(start.sections, full.sections[..1]);
    assert!(start.tier_rules.is_empty() && start.facts.is_empty() && start.obligations.is_empty());
    assert!(
        start.questions().next().unwrap().show_if.is_none(),
        "the first question needs nothing else"
    );
    assert!(
        bundled::START.len() * 10 < bundled::CONTENT.len(),
        "the start is a small part of the content"
    );
    assert_eq!(bundled::decode(bundled::CONTENT), Ok(full));
    assert!(
        bundled::decode(&bundled::CONTENT[..100]).is_err(),
        "truncated content is a typed error"
    );
}
