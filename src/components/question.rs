//! The question shown: a fieldset with its legend, help on demand, and the answer controls for
//! any kind of question the content defines (buttons, a checklist with exclusive options, a text
//! or date field), with "Not sure" wherever the question offers it.
//!
//! The view stays in place from one question to the next: the heading and section are text
//! updates, and the answer buttons of two questions answered alike (yes / no / not sure) are
//! the same nodes with new state. Only what differs is rebuilt.

use super::{Cites, ScreenHeading};
use crate::state::{AppState, Screen};
use crate::text as t;
use crate::vm::{self, Choice, ControlKind};
use aiact_core::Answer;
use aiact_core::model::Question;
use leptos::prelude::*;

/// The question shown (on the intro, the first one).
#[component]
pub fn QuestionView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let q = Memo::new(move |_| state.question());
    let answer = Memo::new(move |_| {
        let q = q.get()?;
        state.answers.with(|a| a.get(&q.id).cloned())
    });
    let has_answers = Memo::new(move |_| state.answers.with(|a| !a.is_empty()));
    let first = Memo::new(move |_| {
        q.get().is_some_and(|q| {
            state
                .catalog
                .with_untracked(|c| c.questions().next().is_some_and(|f| f.id == q.id))
        })
    });
    let on_intro = Memo::new(move |_| state.screen.with(|s| *s == Screen::Intro));
    let words = Memo::new(move |_| state.answer_words());
    let kind = Memo::new(move |_| q.get().map(|q| vm::controls(q, words.get()).kind()));
    let section = move || {
        q.get().and_then(|q| {
            state
                .catalog
                .with_untracked(|c| c.section_of(&q.id).map(|s| s.title.clone()))
        })
    };
    let controls = move || match kind.get() {
        Some(ControlKind::Buttons) => view! {
            <div class="choices" role="group" aria-label=move || state.text(t::QUESTION_ANSWERS)>
                <For
                    each=move || {
                        q.get().map(|q| vm::controls(q, words.get()).buttons()).unwrap_or_default()
                    }
                    key=|choice| *choice
                    let(choice)
                >
                    <ChoiceButton question=q choice answer />
                </For>
            </div>
        }
        .into_any(),
        Some(ControlKind::Checks) => (move || {
            q.get()
                .map(|question| view! { <Checklist question q answer /> })
        })
        .into_any(),
        Some(ControlKind::Field) => (move || {
            q.get()
                .map(|question| view! { <AnswerField question q answer /> })
        })
        .into_any(),
        None => ().into_any(),
    };
    view! {
        <section
            class="question"
            data-testid="question"
            data-question-id=move || q.get().map(|q| q.id.as_str())
        >
            <Show when=move || first.get()>
                <NameField />
            </Show>
            <fieldset aria-describedby="question-help">
                <legend>
                    <span class="section-name">{section}</span>
                    <ScreenHeading testid="question-text">
                        {move || q.get().map(|q| q.text.as_str())}
                    </ScreenHeading>
                </legend>
                // A new question's help starts closed: rebuilt per question.
                {move || q.get().map(|q| view! { <Help question=q /> })}
                {controls}
            </fieldset>
            <div class="nav-buttons">
                <Show when=move || !on_intro.get()>
                    <button
                        type="button"
                        class="secondary"
                        data-testid="back"
                        on:click=move |_| {
                            if let Some(q) = q.get_untracked() {
                                state.back_from(&q.id);
                            }
                        }
                    >
                        {move || state.shell_words().back}
                    </button>
                </Show>
                <Show when=move || has_answers.get()>
                    <button
                        type="button"
                        class="link"
                        data-testid="to-review"
                        on:click=move |_| state.go(Screen::Review)
                    >
                        {move || state.shell_words().review_all}
                    </button>
                </Show>
            </div>
        </section>
    }
}

/// Help on every question: one plain sentence shown with it, and the legal test in plain
/// words with its sources, opened on demand.
#[component]
fn Help(question: &'static Question) -> impl IntoView {
    let state = expect_context::<AppState>();
    let cites = aiact_core::report::cites(state.catalog.get_untracked(), &question.refs);
    view! {
        <p class="help-line" id="question-help" data-testid="help-line">
            {question.help.as_str()}
        </p>
        <details class="help" data-testid="help">
            <summary>{move || state.shell_words().what_does_this_mean}</summary>
            {(!question.details.is_empty())
                .then(|| view! { <p>{question.details.as_str()}</p> })}
            <Cites cites />
        </details>
    }
}

/// The system's name, asked (optionally) with the first question so that lists and reports
/// can name it.
#[component]
fn NameField() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="details name-first">
            <label for="system-name" class="input-label">
                {move || state.shell_words().system_name}
            </label>
            <input
                id="system-name"
                type="text"
                maxlength="200"
                autocomplete="off"
                data-testid="system-name"
                prop:value=move || state.current.with(|e| e.name.clone())
                on:input=move |ev| state.set_name(event_target_value(&ev))
            />
        </div>
    }
}

/// Why "Continue" was refused, right under the controls it is about (`#answer-error`, which
/// they name in `aria-describedby` while it shows).
#[component]
fn AnswerError() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.answer_error.get().map(|e| {
            view! {
                <p class="field-error" id=ERROR_ID role="alert" data-testid="answer-error">
                    {e}
                </p>
            }
        })
    }
}

/// Id of the message of a refused answer.
const ERROR_ID: &str = "answer-error";

/// `aria-invalid` and `aria-describedby` of the controls while a refusal shows.
fn invalid(
    state: AppState,
) -> (
    impl Fn() -> &'static str + Copy,
    impl Fn() -> Option<&'static str> + Copy,
) {
    let refused = move || state.answer_error.with(Option::is_some);
    (
        move || if refused() { "true" } else { "false" },
        move || refused().then_some(ERROR_ID),
    )
}

/// Clears a refusal once the person changes their answer.
fn clear_error(state: AppState) {
    if state.answer_error.with_untracked(Option::is_some) {
        state.answer_error.set(None);
    }
}

/// One answer as a button: a click answers and moves on.
#[component]
fn ChoiceButton(
    question: Memo<Option<&'static Question>>,
    choice: Choice,
    answer: Memo<Option<Answer>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let value = choice.value;
    let pressed = move || {
        answer
            .with(|a| a.as_ref().is_some_and(|a| a.has(value)))
            .to_string()
    };
    view! {
        <button
            type="button"
            class="choice"
            data-testid=format!("answer-{value}")
            data-answer=value
            aria-pressed=pressed
            on:click=move |_| {
                if let Some(q) = question.get_untracked() {
                    state.answer(&q.id, vm::choice_answer(q, value));
                }
            }
        >
            <span class="label">{choice.label}</span>
            {(!choice.hint.is_empty()).then(|| view! { <span class="hint">{choice.hint}</span> })}
        </button>
    }
}

/// Checkboxes and "Continue"; each exclusive option ("None of these") is a button that answers.
#[component]
fn Checklist(
    question: &'static Question,
    q: Memo<Option<&'static Question>>,
    answer: Memo<Option<Answer>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let (options, exclusive) = match vm::controls(question, state.answer_words()) {
        vm::Controls::Checks { options, exclusive } => (options, exclusive),
        _ => (vec![], vec![]),
    };
    let ticked = RwSignal::new(match answer.get_untracked() {
        Some(Answer::Many(v)) => v,
        _ => vec![],
    });
    let order: Vec<&'static str> = options.iter().map(|c| c.value).collect();
    let submit = move |_| {
        let list: Vec<String> = ticked.with_untracked(|t| {
            order
                .iter()
                .filter(|v| t.iter().any(|x| x == *v))
                .map(|v| (*v).to_owned())
                .collect()
        });
        let answer = Answer::Many(list);
        if aiact_core::flow::accepts(question, &answer) {
            state.answer(&question.id, answer);
        } else {
            state.answer_error.set(Some(vm::refusal(
                state.catalog.get_untracked(),
                question,
                state.answer_words(),
            )));
        }
    };
    let (aria_invalid, described_by) = invalid(state);
    view! {
        <div
            class="checks"
            role="group"
            aria-label=move || state.text(t::QUESTION_ITEMS_TO_TICK)
            aria-invalid=aria_invalid
            aria-describedby=described_by
            data-testid="checks"
        >
            {options
                .into_iter()
                .map(|c| {
                    let input_id = format!("{}--{}", question.id, c.value);
                    let value = c.value;
                    view! {
                        <div class="check">
                            <input
                                type="checkbox"
                                id=input_id.clone()
                                name=question.id.as_str()
                                value=value
                                data-testid=format!("option-{value}")
                                prop:checked=move || ticked.with(|t| t.iter().any(|x| x == value))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    clear_error(state);
                                    ticked
                                        .update(|t| {
                                            t.retain(|x| x != value);
                                            if on {
                                                t.push(value.to_owned());
                                            }
                                        });
                                }
                            />
                            <label for=input_id>
                                <span class="label">{c.label}</span>
                                {(!c.hint.is_empty())
                                    .then(|| view! { <span class="hint">{c.hint}</span> })}
                            </label>
                        </div>
                    }
                })
                .collect_view()}
        </div>
        <AnswerError />
        <div class="choices">
            <button type="button" class="primary" data-testid="continue" on:click=submit>
                {move || state.shell_words().continue_ticked}
            </button>
            {exclusive
                .into_iter()
                .map(|choice| view! { <ChoiceButton question=q choice answer /> })
                .collect_view()}
        </div>
    }
}

/// A text or date field and "Continue".
#[component]
fn AnswerField(
    question: &'static Question,
    q: Memo<Option<&'static Question>>,
    answer: Memo<Option<Answer>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let date = question.kind == aiact_core::model::QuestionKind::Date;
    let value = RwSignal::new(
        answer
            .get_untracked()
            .and_then(|a| a.as_one().map(str::to_owned))
            .unwrap_or_default(),
    );
    let unsure = vm::unsure_answer(question);
    let input_id = format!("{}--input", question.id);
    let submit = move |_| {
        let answer = Answer::One(value.get_untracked().trim().to_owned());
        if aiact_core::flow::accepts(question, &answer) {
            state.answer(&question.id, answer);
        } else {
            state.answer_error.set(Some(vm::refusal(
                state.catalog.get_untracked(),
                question,
                state.answer_words(),
            )));
        }
    };
    let (aria_invalid, described_by) = invalid(state);
    view! {
        <label for=input_id.clone() class="input-label">
            {move || state.shell_words().your_answer}
        </label>
        <input
            id=input_id
            type=if date { "date" } else { "text" }
            data-testid="input"
            maxlength=aiact_core::flow::MAX_TEXT_CHARS
            aria-invalid=aria_invalid
            aria-describedby=described_by
            prop:value=move || value.get()
            on:input=move |ev| {
                clear_error(state);
                value.set(event_target_value(&ev))
            }
        />
        <AnswerError />
        <div class="choices">
            <button type="button" class="primary" data-testid="continue" on:click=submit>
                {move || state.shell_words().continue_}
            </button>
            {unsure
                .map(|_| {
                    let choice = Choice {
                        value: aiact_core::answers::UNSURE,
                        label: state.answer_words().unsure,
                        hint: "",
                    };
                    view! { <ChoiceButton question=q choice answer /> }
                })}
        </div>
    }
}
