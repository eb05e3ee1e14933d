//! One question: a fieldset with its legend, help on demand, and the answer controls.

use super::{Page, button, cites, esc};
use aiact_core::Answer;
use aiact_core::answers::{NO, UNSURE, YES};
use aiact_core::model::{Question, QuestionKind};
use std::fmt::Write as _;

/// Renders a question; `with_back` adds the Back button (not on the intro, which comes first).
pub fn render(out: &mut String, p: &Page<'_>, q: &Question, with_back: bool) {
    let id = esc(&q.id);
    let section = p
        .catalog
        .section_of(&q.id)
        .map(|s| s.title.as_str())
        .unwrap_or_default();
    let _ = write!(
        out,
        "<section class=\"question\" data-testid=\"question\" data-question-id=\"{id}\"><fieldset><legend><span class=\"section-name\">{}</span><h1 tabindex=\"-1\" data-testid=\"question-text\">{}</h1></legend><details class=\"help\" data-testid=\"help\"><summary>What does this mean?</summary><p>{}</p>",
        esc(section),
        esc(&q.text),
        esc(&q.help),
    );
    if !q.details.is_empty() {
        let _ = write!(out, "<p>{}</p>", esc(&q.details));
    }
    cites(out, &aiact_core::report::cites(p.catalog, &q.refs));
    out.push_str("</details>");
    let current = p.current.answers.get(&q.id);
    if let Some(e) = p.answer_error {
        let _ = write!(
            out,
            "<p class=\"field-error\" role=\"alert\" data-testid=\"answer-error\">{}</p>",
            esc(e)
        );
    }
    match q.kind {
        QuestionKind::YesNo | QuestionKind::Single => choices(out, q, current),
        QuestionKind::Multi => checks(out, q, current),
        QuestionKind::Text | QuestionKind::Date => input(out, q, current),
    }
    out.push_str("</fieldset><div class=\"nav-buttons\">");
    if with_back {
        button(
            out,
            "secondary",
            "back",
            "back",
            &format!(" data-q=\"{id}\""),
            "Back",
        );
    }
    if !p.current.answers.is_empty() {
        button(out, "link", "to-review", "review", "", "Review all answers");
    }
    out.push_str("</div></section>");
}

fn choice(
    out: &mut String,
    q: &Question,
    value: &str,
    label: &str,
    hint: &str,
    pressed: bool,
    action: &str,
) {
    let _ = write!(
        out,
        "<button type=\"button\" class=\"choice\" data-testid=\"answer-{v}\" data-action=\"{action}\" data-q=\"{q}\" data-v=\"{v}\" aria-pressed=\"{pressed}\"><span class=\"label\">{l}</span>",
        v = esc(value),
        q = esc(&q.id),
        l = esc(label),
    );
    if !hint.is_empty() {
        let _ = write!(out, "<span class=\"hint\">{}</span>", esc(hint));
    }
    out.push_str("</button>");
}

/// One button per answer: a click answers and moves on.
fn choices(out: &mut String, q: &Question, current: Option<&Answer>) {
    out.push_str("<div class=\"choices\" role=\"group\" aria-label=\"Answers\">");
    let has = |v: &str| current.is_some_and(|a| a.has(v));
    if q.kind == QuestionKind::YesNo {
        choice(out, q, YES, "Yes", "", has(YES), "answer");
        choice(out, q, NO, "No", "", has(NO), "answer");
    } else {
        for o in &q.options {
            choice(out, q, &o.id, &o.label, &o.hint, has(&o.id), "answer");
        }
    }
    if q.unsure {
        choice(out, q, UNSURE, "Not sure", "", has(UNSURE), "answer");
    }
    out.push_str("</div>");
}

/// Checkboxes plus "Continue"; an exclusive option ("None of these") is a button that answers.
fn checks(out: &mut String, q: &Question, current: Option<&Answer>) {
    out.push_str("<div class=\"checks\">");
    for o in q.options.iter().filter(|o| !o.exclusive) {
        let input_id = esc(&format!("{}--{}", q.id, o.id));
        let checked = current.is_some_and(|a| a.has(&o.id));
        let _ = write!(
            out,
            "<div class=\"check\"><input type=\"checkbox\" id=\"{input_id}\" name=\"{}\" value=\"{}\" data-testid=\"option-{}\"{}><label for=\"{input_id}\"><span class=\"label\">{}</span>",
            esc(&q.id),
            esc(&o.id),
            esc(&o.id),
            if checked { " checked" } else { "" },
            esc(&o.label),
        );
        if !o.hint.is_empty() {
            let _ = write!(out, "<span class=\"hint\">{}</span>", esc(&o.hint));
        }
        out.push_str("</label></div>");
    }
    out.push_str("</div><div class=\"choices\">");
    button(
        out,
        "primary",
        "continue",
        "answer-ticked",
        &format!(" data-q=\"{}\"", esc(&q.id)),
        "Continue with the ticked items",
    );
    for o in q.options.iter().filter(|o| o.exclusive) {
        let pressed = current.is_some_and(|a| a.has(&o.id));
        choice(
            out,
            q,
            &o.id,
            &o.label,
            &o.hint,
            pressed,
            "answer-exclusive",
        );
    }
    if q.unsure {
        let pressed = current.is_some_and(Answer::is_unsure);
        choice(out, q, UNSURE, "Not sure", "", pressed, "answer");
    }
    out.push_str("</div>");
}

/// A text or date field plus "Continue".
fn input(out: &mut String, q: &Question, current: Option<&Answer>) {
    let input_id = esc(&format!("{}--input", q.id));
    let kind = if q.kind == QuestionKind::Date {
        "date"
    } else {
        "text"
    };
    let value = current.and_then(Answer::as_one).unwrap_or_default();
    let _ = write!(
        out,
        "<label for=\"{input_id}\" class=\"input-label\">Your answer</label><input id=\"{input_id}\" type=\"{kind}\" data-testid=\"input\" maxlength=\"{}\" value=\"{}\"><div class=\"choices\">",
        aiact_core::flow::MAX_TEXT_CHARS,
        esc(value),
    );
    button(
        out,
        "primary",
        "continue",
        "answer-input",
        &format!(" data-q=\"{}\"", esc(&q.id)),
        "Continue",
    );
    out.push_str("</div>");
}
