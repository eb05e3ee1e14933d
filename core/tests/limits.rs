//! Caps on outside input: crafted answers files, reports and share links are refused whole with
//! a clear message, and every share link the app makes opens again.

use aiact_core::envelope::limits::{self, Item, LimitError};
use aiact_core::envelope::{DecodeError, Envelope};
use aiact_core::report::{self, ImportError};
use aiact_core::share::{self, EncodeError, MAX_LEN};
use aiact_core::{Answer, Catalog, assess, bundled};

fn over(item: Item) -> impl Fn(&ImportError) -> bool {
    move |e| matches!(e, ImportError::OverLimit(LimitError { item: i, .. }) if *i == item)
}

#[test]
fn a_file_of_100000_unknown_answers_under_old_content_is_refused() {
    // What a probe used to freeze the page: 1.3 MB, under the 2 MB file limit.
    let mut env = Envelope::new("2020-01-01", "2026-11-27T10:00:00Z");
    for i in 0..100_000 {
        env.answers
            .insert(format!("q{i:06}"), Answer::One("yes".into()));
    }
    let text = env.encode();
    assert!(text.len() < report::MAX_IMPORT_BYTES);
    let e = report::import(&text).unwrap_err();
    assert!(over(Item::Answers)(&e), "{e:?}");
    assert_eq!(
        e.to_string(),
        "the file holds more than an answers file of AI Act Check can (it holds 100000 answers, more than the 1000 accepted)"
    );
}

#[test]
fn imports_are_held_to_every_cap() {
    let base = Envelope::new("2026-11-27", "2026-11-27T10:00:00Z");
    let refused = |edit: &dyn Fn(&mut Envelope), item: Item| {
        let mut env = base.clone();
        edit(&mut env);
        let e = report::import(&env.encode()).unwrap_err();
        assert!(over(item)(&e), "{item:?}: {e:?}");
    };
    refused(&|e| e.name = "n".repeat(201), Item::NameChars);
    refused(
        &|e| e.description = "d".repeat(2001),
        Item::DescriptionChars,
    );
    refused(
        &|e| {
            for i in 0..=limits::MAX_ANSWERS {
                e.retired
                    .insert(format!("gone.{i}"), Answer::One("yes".into()));
            }
        },
        Item::Answers,
    );
    refused(
        &|e| {
            e.answers.insert(
                "q".into(),
                Answer::Many(vec!["x".into(); limits::MAX_VALUES + 1]),
            );
        },
        Item::Values,
    );
    refused(
        &|e| {
            e.answers.insert(
                "q".into(),
                Answer::One("t".repeat(limits::MAX_VALUE_CHARS + 1)),
            );
        },
        Item::ValueChars,
    );
    refused(
        &|e| {
            e.answers.insert(
                "q".repeat(limits::MAX_ID_CHARS + 1),
                Answer::One("yes".into()),
            );
        },
        Item::IdChars,
    );
    refused(&|e| e.content_date = "9999-99-99".into(), Item::ContentDate);
    refused(&|e| e.created = "c".repeat(65), Item::StampChars);

    // The same caps hold for the assessment inside a JSON report.
    let cat = bundled::catalog().unwrap();
    let mut env = base.clone();
    env.name = "n".repeat(201);
    let r = report::build(
        &cat,
        &env,
        &assess(&cat, &env.answers, "2026-11-27"),
        "2026-11-27",
    );
    let e = report::import(&report::render_json(&r, &env)).unwrap_err();
    assert!(over(Item::NameChars)(&e), "{e:?}");
    env.name = "n".repeat(200);
    assert_eq!(report::import(&report::render_json(&r, &env)), Ok(env));
}

#[test]
fn an_import_at_the_cap_can_still_be_answered_in_full_and_saved() {
    let cat = bundled::catalog().unwrap();
    assert!(
        cat.questions().count() <= limits::MAX_ANSWERS,
        "raise MAX_ANSWERS: saved data must hold an import at the cap plus every question"
    );
    let mut env = Envelope::new("2026-11-27", "2026-11-27T10:00:00Z");
    for i in 0..limits::MAX_ANSWERS {
        env.answers
            .insert(format!("unknown.{i}"), Answer::One("yes".into()));
    }
    let mut env = report::import(&env.encode()).unwrap();
    for q in cat.questions() {
        env.answers.insert(q.id.clone(), Answer::One("yes".into()));
    }
    assert_eq!(
        Envelope::decode(&env.encode()).map(|e| e.answers.len()),
        Ok(env.answers.len())
    );
    // A saved assessment over the saved caps is refused as a whole, never cut down.
    for i in 0..limits::MAX_SAVED_ANSWERS {
        env.retired
            .insert(format!("gone.{i}"), Answer::One("no".into()));
    }
    assert!(matches!(
        Envelope::decode(&env.encode()),
        Err(DecodeError::OverLimit(LimitError {
            item: Item::Answers,
            ..
        }))
    ));
}

/// A catalog with long text questions, as future content might have.
fn text_catalog(questions: usize) -> Catalog {
    let qs: Vec<String> = (0..questions)
        .map(|i| format!(r#"{{"id": "t.{i}", "text": "T{i}?", "help": "h", "kind": "text"}}"#))
        .collect();
    let text = format!(
        r#"{{"version": {{"content_date": "2026-01-01", "legal_baseline": "test"}},
         "sections": [{{"id": "t", "title": "T", "questions": [{}]}}],
         "tier_rules": [{{"id": "r", "tier": "minimal", "title": "t", "explanation": "e", "refs": [{{"article": "3"}}]}}]}}"#,
        qs.join(",")
    );
    Catalog::from_files([("c.json", text.as_str())]).unwrap()
}

#[test]
fn a_link_too_long_to_open_is_an_error_not_a_broken_link() {
    let cat = text_catalog(8);
    let mut env = Envelope::new("2026-01-01", "2026-01-01T00:00:00Z");
    // Eight text answers of 2,000 four-byte characters: about 85,000 characters of link.
    for i in 0..8 {
        env.answers
            .insert(format!("t.{i}"), Answer::One("😀".repeat(2000)));
    }
    match share::encode(&cat, &env) {
        Err(e @ EncodeError::TooLong(n)) => {
            assert!(n > MAX_LEN);
            assert!(e.to_string().contains("download the answers file instead"));
        }
        other => panic!("{other:?}"),
    }
    // Fewer answers fit, and the link opens.
    env.answers.retain(|id, _| id < &"t.3".to_string());
    let link = share::encode(&cat, &env).unwrap();
    assert_eq!(share::decode(&link).unwrap().unwrap().a, env.answers);
}

#[test]
fn a_link_leaves_out_what_does_not_count_and_refuses_an_overlong_name() {
    let cat = bundled::catalog().unwrap();
    let mut env = Envelope::new("2020-01-01", "2026-11-27T10:00:00Z");
    // What made links of 200,000 characters and more: answers to unknown questions, set-aside
    // answers and a long imported name.
    for i in 0..50_000 {
        env.answers
            .insert(format!("old.question.{i}"), Answer::One("yes".into()));
        env.retired
            .insert(format!("gone.{i}"), Answer::One("no".into()));
    }
    let link = share::encode(&cat, &env).unwrap();
    assert!(link.len() < 200, "{}", link.len());
    let shared = share::decode(&link).unwrap().unwrap();
    assert!(shared.a.is_empty());
    assert_eq!(shared.c, cat.version.content_date);

    env.name = "n".repeat(limits::MAX_NAME_CHARS + 1);
    assert!(matches!(
        share::encode(&cat, &env),
        Err(EncodeError::OverLimit(LimitError {
            item: Item::NameChars,
            ..
        }))
    ));
}
