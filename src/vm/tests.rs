//! The view models on a small made-up questionnaire (so that they hold for any content) and on
//! the bundled content where the real wording matters.

use super::library::{Entry, status};
use super::share_link::{link, looks_like_share};
use super::upgrade::{LIST_LIMIT, summarise};
use super::*;
use aiact_core::upgrade::{ResultSummary, UpgradeReport};
use std::sync::OnceLock;

const CONTENT: &str = r#"{
  "version": { "content_date": "2026-11-27", "legal_baseline": "Test baseline" },
  "sections": [
    { "id": "s1", "title": "First", "questions": [
      { "id": "q.yn", "text": "Yes or no?", "help": "h", "kind": "yes_no", "unsure": true },
      { "id": "q.single", "text": "Which?", "help": "h", "kind": "single", "unsure": true,
        "options": [ { "id": "a", "label": "A" }, { "id": "b", "label": "B", "hint": "bee" } ],
        "show_if": { "is": { "question": "q.yn", "value": "yes" } } },
      { "id": "q.multi", "text": "Tick", "help": "h", "kind": "multi", "unsure": true,
        "options": [ { "id": "x", "label": "X" }, { "id": "y", "label": "Y" },
                     { "id": "none", "label": "None of these", "exclusive": true } ] }
    ] },
    { "id": "s2", "title": "Second", "questions": [
      { "id": "q.date", "text": "When?", "help": "h", "kind": "date",
        "show_if": { "is": { "question": "q.yn", "value": "no" } } },
      { "id": "q.text", "text": "Say", "help": "h", "kind": "text", "unsure": true,
        "show_if": { "is": { "question": "q.yn", "value": "no" } } }
    ] }
  ]
}"#;

fn catalog() -> &'static Catalog {
    static CAT: OnceLock<Catalog> = OnceLock::new();
    CAT.get_or_init(|| Catalog::from_files([("test.json", CONTENT)]).expect("test content loads"))
}

fn q(id: &str) -> &'static Question {
    catalog().question(id).expect("question exists")
}

fn one(v: &str) -> Answer {
    Answer::One(v.into())
}

fn answers(list: &[(&str, Answer)]) -> Answers {
    list.iter()
        .map(|(q, a)| ((*q).to_owned(), a.clone()))
        .collect()
}

fn values(list: &[Choice]) -> Vec<&str> {
    list.iter().map(|c| c.value).collect()
}

#[test]
fn the_first_screens_dates_read_as_the_engine_writes_them() {
    for iso in [
        "2026-12-02",
        "2025-02-01",
        "2027-08-31",
        "2030-01-15",
        "soon",
        "2026-13-40",
    ] {
        assert_eq!(
            english_date(iso),
            aiact_core::labels::human_date(iso),
            "{iso}"
        );
    }
}

#[test]
fn dates_read_as_the_engine_writes_them_in_every_language() {
    for lang in ["en", "de", "fr"] {
        let cat = aiact_core::bundled::catalog_in(lang).expect("content");
        for iso in [
            "2026-12-02",
            "2025-02-01",
            "2027-08-31",
            "2030-01-15",
            "soon",
        ] {
            assert_eq!(
                date_in(&cat, iso),
                cat.messages.short_date(iso),
                "{lang} {iso}"
            );
        }
    }
    // Before the content's texts are in, English.
    let start = aiact_core::bundled::start_catalog().expect("start content");
    assert_eq!(date_in(&start, "2026-12-02"), "2 Dec 2026");
}

#[test]
fn the_pages_own_words_read_in_the_language_of_the_content() {
    let en: &'static aiact_core::Catalog =
        Box::leak(Box::new(aiact_core::bundled::catalog().expect("content")));
    // The English of the messages is the English the first screen is built with.
    assert_eq!(ShellWords::of(en), ShellWords::ENGLISH);
    let fr: &'static aiact_core::Catalog = Box::leak(Box::new(
        aiact_core::bundled::catalog_in("fr").expect("French content"),
    ));
    let words = ShellWords::of(fr);
    assert_eq!((words.back, words.language), ("Retour", "Langue"));
    assert_ne!(words.tagline, ShellWords::ENGLISH.tagline);
}

#[test]
fn a_start_file_gives_the_same_words_as_the_whole_translation() {
    for lang in ["de", "fr"] {
        let start = aiact_core::bundled::start_in(lang).expect("start file");
        let start: &'static aiact_core::Catalog = Box::leak(Box::new(
            aiact_core::bundled::decode(&start).expect("start file decodes"),
        ));
        let full: &'static aiact_core::Catalog = Box::leak(Box::new(
            aiact_core::bundled::catalog_in(lang).expect("translated content"),
        ));
        assert_eq!(ShellWords::of(start), ShellWords::of(full), "{lang}");
        assert_eq!(AnswerWords::of(start), AnswerWords::of(full), "{lang}");
        assert_ne!(AnswerWords::of(start), AnswerWords::ENGLISH, "{lang}");
    }
    // The English start carries no words: the English ones stand in.
    let en: &'static aiact_core::Catalog = Box::leak(Box::new(
        aiact_core::bundled::start_catalog().expect("start"),
    ));
    assert_eq!(ShellWords::of(en), ShellWords::ENGLISH);
    assert_eq!(AnswerWords::of(en), AnswerWords::ENGLISH);
}

#[test]
fn yes_no_and_not_sure_read_in_the_language_of_the_content() {
    let de: &'static aiact_core::Catalog = Box::leak(Box::new(
        aiact_core::bundled::catalog_in("de").expect("German content"),
    ));
    let words = AnswerWords::of(de);
    assert_eq!(
        (words.yes, words.no, words.unsure),
        ("Ja", "Nein", "Nicht sicher")
    );
    let q = de.question("ai_system.infers").expect("first question");
    let Controls::Buttons(list) = controls(q, words) else {
        panic!("buttons")
    };
    let labels: Vec<&str> = list.iter().map(|c| c.label).collect();
    assert_eq!(labels, ["Ja", "Nein", "Nicht sicher"]);
    let en: &'static aiact_core::Catalog =
        Box::leak(Box::new(aiact_core::bundled::catalog().expect("content")));
    assert_eq!(AnswerWords::of(en), AnswerWords::ENGLISH);
}

#[test]
fn every_kind_of_question_gets_its_controls_with_not_sure_where_offered() {
    let Controls::Buttons(yn) = controls(q("q.yn"), AnswerWords::ENGLISH) else {
        panic!("buttons")
    };
    assert_eq!(values(&yn), ["yes", "no", "unsure"]);
    assert_eq!(yn[2].label, "Not sure");
    let Controls::Buttons(single) = controls(q("q.single"), AnswerWords::ENGLISH) else {
        panic!("buttons")
    };
    assert_eq!(values(&single), ["a", "b", "unsure"]);
    assert_eq!(single[1].hint, "bee");
    let Controls::Checks { options, exclusive } = controls(q("q.multi"), AnswerWords::ENGLISH)
    else {
        panic!("checks")
    };
    assert_eq!(values(&options), ["x", "y"]);
    // "Not sure" on a checklist stands alone, like "None of these".
    assert_eq!(values(&exclusive), ["none", "unsure"]);
    assert_eq!(choice_answer(q("q.multi"), "unsure"), one("unsure"));
    assert_eq!(
        controls(q("q.date"), AnswerWords::ENGLISH),
        Controls::Field { date: true }
    );
    assert_eq!(
        controls(q("q.text"), AnswerWords::ENGLISH),
        Controls::Field { date: false }
    );
    assert_eq!(unsure_answer(q("q.date")), None, "no unsure flag");
    assert_eq!(unsure_answer(q("q.text")), Some(one("unsure")));
}

#[test]
fn a_click_on_an_exclusive_option_answers_with_a_list_of_one() {
    assert_eq!(
        choice_answer(q("q.multi"), "none"),
        Answer::Many(vec!["none".into()])
    );
    assert_eq!(choice_answer(q("q.yn"), "no"), one("no"));
    assert_eq!(
        refusal(catalog(), q("q.date"), AnswerWords::ENGLISH),
        "Enter a date."
    );
    assert_eq!(
        refusal(catalog(), q("q.multi"), AnswerWords::ENGLISH),
        "Tick at least one item, or choose \u{201c}None of these\u{201d} or \u{201c}Not sure\u{201d}."
    );
    let full = aiact_core::bundled::catalog().expect("bundled content");
    let role = full.question("scope.role").expect("the role question");
    assert!(
        refusal(catalog(), role, AnswerWords::ENGLISH)
            .contains("\u{201c}I use it only privately, not for work\u{201d}"),
        "names this question's own exclusive option: {}",
        refusal(catalog(), role, AnswerWords::ENGLISH)
    );
}

#[test]
fn progress_follows_the_branching() {
    let (rows, later) = progress(catalog(), &Answers::new());
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].state, "open");
    assert_eq!(rows[0].status, "0 of 2 answered", "q.single is hidden");
    assert_eq!(later, 1);
    let a = answers(&[
        ("q.yn", one("no")),
        ("q.multi", Answer::Many(vec!["none".into()])),
    ]);
    let (rows, later) = progress(catalog(), &a);
    assert_eq!(rows[0].status, "done");
    assert_eq!(rows[1].state, "open");
    assert_eq!(later, 0);
}

#[test]
fn the_review_lists_answers_that_count_by_section_in_words() {
    let a = answers(&[
        ("q.yn", one("no")),
        // Hidden by the "no": kept in storage, but not listed.
        ("q.single", one("b")),
        ("q.multi", Answer::Many(vec!["x".into(), "y".into()])),
        ("q.date", one("2026-01-31")),
    ]);
    let sections = review(catalog(), &a);
    let titles: Vec<&str> = sections.iter().map(|s| s.title.as_str()).collect();
    assert_eq!(titles, ["First", "Second"]);
    let first: Vec<(&str, &str)> = sections[0]
        .items
        .iter()
        .map(|i| (i.id.as_str(), i.answer.as_str()))
        .collect();
    assert_eq!(first, [("q.yn", "No"), ("q.multi", "X; Y")]);
}

#[test]
fn saved_assessments_say_whether_they_are_finished() {
    let entry = |a: Answers, result: Option<Tier>| Entry {
        id: "1".into(),
        name: String::new(),
        updated: "2026-11-27T10:00:00Z".into(),
        answers: a,
        result: result.map(|tier| ResultSummary {
            tier,
            roles: vec![],
            obligations: vec![],
        }),
    };
    let cat = catalog();
    assert_eq!(
        status(cat, true, &entry(Answers::new(), None), Tier::label),
        "not started"
    );
    let started = entry(answers(&[("q.yn", one("yes"))]), Some(Tier::Minimal));
    assert_eq!(
        status(cat, true, &started, Tier::label),
        "in progress (1 of 3)"
    );
    assert_eq!(status(cat, false, &started, Tier::label), "in progress");
    let done = entry(
        answers(&[
            ("q.yn", one("no")),
            ("q.multi", Answer::Many(vec!["none".into()])),
            ("q.date", one("2026-01-31")),
            ("q.text", one("hello")),
        ]),
        Some(Tier::Transparency),
    );
    assert_eq!(status(cat, true, &done, Tier::label), "Transparency duties");
    assert_eq!(
        library::changed(cat, "2026-11-27T10:00:00Z"),
        "27 Nov 2026, 10:00 UTC"
    );
}

#[test]
fn names_and_changes_in_words() {
    assert_eq!(display_name(catalog(), "  "), "Unnamed system");
    assert_eq!(
        continue_label(catalog(), "Invoice router"),
        "Continue \u{201c}Invoice router\u{201d}"
    );
    assert_eq!(
        continue_label(catalog(), ""),
        "Continue the unnamed assessment"
    );
    assert_eq!(
        change_note(
            catalog(),
            Tier::Transparency,
            Tier::HighRiskAnnexIii,
            Tier::label
        ),
        "Result changed: Transparency duties \u{2192} High-risk (Annex III use)."
    );
    assert_eq!(
        change_note(catalog(), Tier::Minimal, Tier::Minimal, Tier::label),
        "Result unchanged: Minimal risk."
    );
    assert_eq!(
        baseline_line(catalog()),
        "Legal baseline: Test baseline. Content of 27 Nov 2026."
    );
}

#[test]
fn the_live_region_and_the_line_so_far_follow_the_assessment() {
    let full = aiact_core::bundled::catalog().expect("bundled content");
    let none = aiact_core::assess(&full, &Answers::new(), "2026-11-27");
    assert_eq!(announcement(catalog(), &none, Tier::label), "");
    assert_eq!(so_far(catalog(), &none, Tier::label), "");
    let a = aiact_core::assess(
        &full,
        &answers(&[("ai_system.infers", one("no"))]),
        "2026-11-27",
    );
    assert_eq!(
        announcement(catalog(), &a, Tier::label),
        "Result: Not an AI system"
    );
    assert!(
        so_far(catalog(), &a, Tier::label).starts_with("Likely result so far: Not an AI system.")
    );
}

#[test]
fn long_lists_in_the_update_notice_are_summarised() {
    let report = UpgradeReport {
        from_content_date: "2025-06-01".into(),
        to_content_date: "2026-11-27".into(),
        removed: (0..100_000)
            .map(|i| (format!("gone.{i}"), one("yes")))
            .collect(),
        changed: vec!["q.yn".into()],
        ..UpgradeReport::default()
    };
    let n = summarise(&report, catalog(), Tier::label);
    assert!(n.intro.contains("1 Jun 2025") && n.intro.contains("27 Nov 2026"));
    assert_eq!(n.lists.len(), 2);
    assert_eq!(n.lists[0].items, ["Yes or no?"], "named by its text");
    assert_eq!(n.lists[1].items.len(), LIST_LIMIT);
    assert_eq!(n.lists[1].more, 100_000 - LIST_LIMIT);
    assert_eq!(n.result, None);
}

#[test]
fn damaged_and_encoded_share_links_are_recognised_to_be_reported() {
    assert!(looks_like_share("#share%3Dabc"));
    assert!(looks_like_share("#SHARE%3dabc"));
    assert!(looks_like_share("#share%ZZ"), "reported, not ignored");
    assert!(!looks_like_share("#main"));
    assert!(!looks_like_share(""));
}

#[test]
fn a_share_link_too_long_to_open_is_refused_with_the_alternative() {
    let ok = link("http://x/tools/?a=1#old", Ok("share=abc".into())).expect("short link");
    assert_eq!(ok, "http://x/tools/?a=1#share=abc");
    let mut env = aiact_core::envelope::Envelope::new("2026-11-27", "2026-11-27T10:00:00Z");
    let full = aiact_core::bundled::catalog().expect("bundled content");
    env.answers.insert("ai_system.infers".into(), one("yes"));
    env.name = "n".repeat(aiact_core::envelope::limits::MAX_NAME_CHARS + 1);
    let err = link("http://x/", aiact_core::share::encode(&full, &env)).expect_err("refused");
    assert!(err.to_string().contains("download the answers file"));
}
