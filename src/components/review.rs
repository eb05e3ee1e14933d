//! The review: the system's name and description for the report, every answer that counts with
//! a link to change it, and after a change, how the result changed.

use super::ScreenHeading;
use crate::state::{AppState, Screen};
use crate::text as t;
use crate::vm::{self, ReviewItem};
use leptos::prelude::*;

/// The review screen.
#[component]
pub fn Review() -> impl IntoView {
    let state = expect_context::<AppState>();
    let sections = Memo::new(move |_| {
        let catalog = state.catalog.get();
        state.answers.with(|a| vm::review(catalog, a))
    });
    view! {
        <section class="review" data-testid="review">
            <ScreenHeading>{state.text(t::REVIEW_TITLE)}</ScreenHeading>
            {move || {
                state
                    .change_note
                    .get()
                    .map(|note| {
                        view! {
                            <p class="panel change-note" data-testid="result-change">
                                {note}
                                " "
                                <button
                                    type="button"
                                    class="link"
                                    data-testid="change-to-result"
                                    on:click=move |_| state.go(Screen::Result)
                                >
                                    {state.text(t::REVIEW_SEE_RESULT)}
                                </button>
                            </p>
                        }
                    })
            }}
            <div class="details">
                <label for="system-name" class="input-label">
                    {state.text(t::REVIEW_NAME)}
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
                <label for="system-description" class="input-label">
                    {state.text(t::REVIEW_DESCRIPTION)}
                </label>
                <textarea
                    id="system-description"
                    rows="3"
                    maxlength="2000"
                    data-testid="system-description"
                    prop:value=move || state.current.with(|e| e.description.clone())
                    on:input=move |ev| state.set_description(event_target_value(&ev))
                ></textarea>
            </div>
            <For each=move || sections.get() key=|s| s.clone() let(section)>
                <h2>{section.title}</h2>
                {section.items.into_iter().map(|item| view! { <Item item /> }).collect_view()}
            </For>
            <div class="nav-buttons">
                <button
                    type="button"
                    class="primary"
                    data-testid="to-result"
                    on:click=move |_| state.go(Screen::Result)
                >
                    {state.text(t::REVIEW_SEE_RESULT)}
                </button>
            </div>
        </section>
    }
}

#[component]
fn Item(item: ReviewItem) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = item.id.clone();
    view! {
        <div class="review-item" data-testid="review-item" data-question-id=item.id>
            <p class="review-q">{item.question.clone()}</p>
            <p class="review-a">
                <strong>{item.answer}</strong>
            </p>
            <button
                type="button"
                class="link"
                data-testid="edit"
                on:click=move |_| state.edit(&id)
            >
                {state.text(t::REVIEW_CHANGE)}
                <span class="visually-hidden">
                    {state.say(t::REVIEW_CHANGE_WHAT, &[("question", &item.question)])}
                </span>
            </button>
        </div>
    }
}
