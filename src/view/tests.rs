//! The page markup, rendered natively from a state snapshot: user text is escaped everywhere,
//! questions are labelled fieldsets, and every action is reachable by a button.

use super::*;
use crate::state::Notice;
use aiact_core::Answer;
use aiact_core::report;
use std::sync::OnceLock;

const HOSTILE: &str = "<script>alert(1)</script>\"onmouseover=\"x";

fn catalog() -> &'static Catalog {
    static CAT: OnceLock<Catalog> = OnceLock::new();
    CAT.get_or_init(|| aiact_core::bundled::catalog().unwrap())
}

fn page_html(
    screen: Screen,
    env: &Envelope,
    library: &[(String, Envelope)],
    notices: &[Notice],
) -> String {
    let cat = catalog();
    let a = aiact_core::assess(cat, &env.answers, "2026-11-27");
    let r = report::build(cat, env, &a, "2026-11-27");
    render(&Page {
        catalog: cat,
        screen: &screen,
        current: env,
        library,
        notices,
        pending: None,
        upgrade: None,
        assessment: &a,
        report: &r,
        share_url: Some("http://x/#share=abc\"<"),
        renaming: library.first().map(|(id, _)| id.as_str()),
        answer_error: None,
        ready: true,
        load_failed: false,
    })
}

fn hostile_env() -> Envelope {
    let mut env = Envelope::new("2026-11-27", "2026-11-27T00:00:00Z");
    env.name = HOSTILE.into();
    env.description = HOSTILE.into();
    env.answers
        .insert("ai_system.infers".into(), Answer::One("no".into()));
    env
}

#[test]
fn user_text_is_escaped_on_every_screen() {
    let env = hostile_env();
    let library = vec![("id\"<x".to_owned(), env.clone())];
    let notices = vec![Notice {
        text: HOSTILE.into(),
        offer_export: true,
        undo: None,
        retry: true,
    }];
    for screen in [
        Screen::Intro,
        Screen::Review,
        Screen::Result,
        Screen::Question("ai_system.infers".into()),
    ] {
        let html = page_html(screen.clone(), &env, &library, &notices);
        assert!(
            !html.contains("<script"),
            "{screen:?}: no live script element"
        );
        assert!(
            !html.contains("\"onmouseover"),
            "{screen:?}: no attribute injection"
        );
        assert!(
            html.contains("&lt;script&gt;"),
            "{screen:?}: the text is shown, escaped"
        );
    }
}

#[test]
fn a_question_is_a_labelled_fieldset_with_answer_buttons() {
    let env = Envelope::new("2026-11-27", "now");
    let html = page_html(Screen::Question("ai_system.infers".into()), &env, &[], &[]);
    assert!(html.contains("<fieldset><legend>"));
    assert!(html.contains("<h1 tabindex=\"-1\" data-testid=\"question-text\">"));
    for v in ["yes", "no", "unsure"] {
        assert!(html.contains(&format!("data-testid=\"answer-{v}\" data-action=\"answer\" data-q=\"ai_system.infers\" data-v=\"{v}\" aria-pressed=\"false\"")), "{v}");
    }
    assert!(html.contains("<summary>What does this mean?</summary>"));
    assert!(html.contains("href=\"https://eur-lex.europa.eu/eli/reg/2024/1689/oj/eng#art_3\""));
}

#[test]
fn the_chosen_answer_is_marked_pressed_and_checklists_have_labels() {
    let mut env = Envelope::new("2026-11-27", "now");
    env.answers
        .insert("ai_system.infers".into(), Answer::One("yes".into()));
    let html = page_html(Screen::Question("ai_system.infers".into()), &env, &[], &[]);
    assert!(html.contains("data-v=\"yes\" aria-pressed=\"true\""));
    let html = page_html(Screen::Question("scope.role".into()), &env, &[], &[]);
    let checkboxes = html.matches("type=\"checkbox\"").count();
    let labels = html.matches("<label for=\"scope.role--").count();
    assert!(
        checkboxes > 1 && checkboxes == labels,
        "every checkbox has a label ({checkboxes} / {labels})"
    );
}

#[test]
fn first_visit_shows_the_first_question_on_the_intro() {
    let env = Envelope::new("2026-11-27", "now");
    let html = page_html(Screen::Intro, &env, &[], &[]);
    assert!(html.contains("data-testid=\"intro\""));
    assert!(html.contains("data-question-id=\"ai_system.infers\""));
    assert!(!html.contains("data-testid=\"continue-assessment\""));
    let returning = page_html(Screen::Intro, &hostile_env(), &[], &[]);
    assert!(returning.contains("data-testid=\"continue-assessment\""));
}
