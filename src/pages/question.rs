//! One question: a fieldset with its legend, help on demand, and the answer controls.

use crate::components::focus::heading_focus;
use crate::components::legal_refs::LegalRefs;
use crate::state::AppState;
use aiact_core::Answer;
use aiact_core::answers::{NO, UNSURE, YES};
use aiact_core::model::{Question, QuestionKind};
use leptos::prelude::*;

/// The question screen.
#[component]
pub fn QuestionPage(q: &'static Question) -> impl IntoView {
    let state = expect_context::<AppState>();
    let heading = heading_focus();
    let current = move || state.current.with(|e| e.answers.get(&q.id).cloned());
    let section = state
        .catalog
        .section_of(&q.id)
        .map(|s| s.title.clone())
        .unwrap_or_default();
    view! {
        <section class="question" data-testid="question" data-question-id=q.id.clone()>
            <fieldset>
                <legend>
                    <span class="section-name">{section}</span>
                    <h1 tabindex="-1" node_ref=heading data-testid="question-text">{q.text.clone()}</h1>
                </legend>
                <details class="help" data-testid="help">
                    <summary>"What does this mean?"</summary>
                    <p>{q.help.clone()}</p>
                    <LegalRefs refs=q.refs.clone() />
                </details>
                <Controls q current=Signal::derive(current) />
            </fieldset>
            <div class="nav-buttons">
                <button type="button" class="secondary" data-testid="back"
                    on:click=move |_| state.back_from(&q.id)>
                    "Back"
                </button>
                {move || state.has_answers().then(|| view! {
                    <button type="button" class="link" data-testid="to-review"
                        on:click=move |_| state.go(crate::state::Screen::Review)>
                        "Review all answers"
                    </button>
                })}
            </div>
        </section>
    }
}

/// The answer controls for the question's kind.
#[component]
fn Controls(q: &'static Question, current: Signal<Option<Answer>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let choose = move |value: &str| state.answer(&q.id, Answer::One(value.to_owned()));
    let pressed =
        move |value: &'static str| move || current.get().is_some_and(|a| a.has(value)).to_string();
    match q.kind {
        QuestionKind::YesNo | QuestionKind::Single => {
            let mut choices: Vec<(&'static str, &'static str, &'static str)> = match q.kind {
                QuestionKind::YesNo => vec![(YES, "Yes", ""), (NO, "No", "")],
                _ => q
                    .options
                    .iter()
                    .map(|o| (o.id.as_str(), o.label.as_str(), o.hint.as_str()))
                    .collect(),
            };
            if q.unsure {
                choices.push((UNSURE, "Not sure", ""));
            }
            view! {
                <div class="choices" role="group" aria-label="Answers">
                    {choices
                        .into_iter()
                        .map(|(value, label, hint)| {
                            view! {
                                <button type="button" class="choice"
                                    data-testid=format!("answer-{value}")
                                    aria-pressed=pressed(value)
                                    on:click=move |_| choose(value)>
                                    <span class="label">{label}</span>
                                    {(!hint.is_empty()).then(|| view! { <span class="hint">{hint}</span> })}
                                </button>
                            }
                        })
                        .collect_view()}
                </div>
            }
            .into_any()
        }
        QuestionKind::Multi => view! { <MultiControls q current /> }.into_any(),
        QuestionKind::Text | QuestionKind::Date => view! { <FreeControls q current /> }.into_any(),
    }
}

/// Checkboxes plus "Continue"; an exclusive option ("none of these") answers at once.
#[component]
fn MultiControls(q: &'static Question, current: Signal<Option<Answer>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let initial: Vec<String> = match current.get_untracked() {
        Some(Answer::Many(v)) => v
            .into_iter()
            .filter(|id| q.options.iter().any(|o| o.id == *id && !o.exclusive))
            .collect(),
        _ => vec![],
    };
    let ticked = RwSignal::new(initial);
    let regular = q.options.iter().filter(|o| !o.exclusive);
    let exclusive = q.options.iter().filter(|o| o.exclusive);
    view! {
        <div class="checks">
            {regular
                .map(|o| {
                    let id = o.id.as_str();
                    let input_id = format!("{}--{}", q.id, id);
                    view! {
                        <div class="check">
                            <input type="checkbox" id=input_id.clone() data-testid=format!("option-{id}")
                                prop:checked=move || ticked.with(|t| t.iter().any(|x| x == id))
                                on:change=move |_| ticked.update(|t| {
                                    if let Some(i) = t.iter().position(|x| x == id) {
                                        t.remove(i);
                                    } else {
                                        t.push(id.to_owned());
                                    }
                                }) />
                            <label for=input_id>
                                <span class="label">{o.label.clone()}</span>
                                {(!o.hint.is_empty()).then(|| view! { <span class="hint">{o.hint.clone()}</span> })}
                            </label>
                        </div>
                    }
                })
                .collect_view()}
        </div>
        <div class="choices">
            <button type="button" class="primary" data-testid="continue"
                disabled=move || ticked.with(Vec::is_empty)
                on:click=move |_| {
                    let mut t = ticked.get_untracked();
                    t.sort_by_key(|id| q.options.iter().position(|o| o.id == *id));
                    state.answer(&q.id, Answer::Many(t));
                }>
                "Continue with the ticked items"
            </button>
            {exclusive
                .map(|o| {
                    let id = o.id.as_str();
                    view! {
                        <button type="button" class="choice" data-testid=format!("answer-{id}")
                            aria-pressed=move || current.get().is_some_and(|a| a.has(id)).to_string()
                            on:click=move |_| state.answer(&q.id, Answer::Many(vec![id.to_owned()]))>
                            <span class="label">{o.label.clone()}</span>
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// A text or date input plus "Continue".
#[component]
fn FreeControls(q: &'static Question, current: Signal<Option<Answer>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let value = RwSignal::new(
        current
            .get_untracked()
            .and_then(|a| a.as_one().map(str::to_owned))
            .unwrap_or_default(),
    );
    let input_id = format!("{}--input", q.id);
    let kind = if q.kind == QuestionKind::Date {
        "date"
    } else {
        "text"
    };
    let valid = move || value.with(|v| aiact_core::flow::accepts(q, &Answer::One(v.clone())));
    view! {
        <label for=input_id.clone() class="input-label">"Your answer"</label>
        <input id=input_id type=kind data-testid="input"
            maxlength=aiact_core::flow::MAX_TEXT_CHARS.to_string()
            prop:value=move || value.get()
            on:input=move |ev| value.set(event_target_value(&ev)) />
        <div class="choices">
            <button type="button" class="primary" data-testid="continue"
                disabled=move || !valid()
                on:click=move |_| state.answer(&q.id, Answer::One(value.get_untracked()))>
                "Continue"
            </button>
        </div>
    }
}
