//! The review: every answered, visible question with its answer and a link to change it, and
//! the system's name and description for the report.

use crate::components::focus::heading_focus;
use crate::state::{AppState, Screen};
use leptos::prelude::*;

/// The review screen.
#[component]
pub fn ReviewPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let heading = heading_focus();
    let name = RwSignal::new(state.current.with_untracked(|e| e.name.clone()));
    let description = RwSignal::new(state.current.with_untracked(|e| e.description.clone()));
    let save_details = move || state.describe(name.get_untracked(), description.get_untracked());
    view! {
        <section class="review" data-testid="review">
            <h1 tabindex="-1" node_ref=heading>"Review your answers"</h1>
            <form class="details" on:submit=move |ev| { ev.prevent_default(); save_details(); }>
                <label for="system-name" class="input-label">"Name of the AI system (for the report)"</label>
                <input id="system-name" type="text" maxlength="200" data-testid="system-name"
                    prop:value=move || name.get()
                    on:input=move |ev| name.set(event_target_value(&ev))
                    on:change=move |_| save_details() />
                <label for="system-description" class="input-label">"Short description (optional)"</label>
                <textarea id="system-description" rows="3" maxlength="2000" data-testid="system-description"
                    prop:value=move || description.get()
                    on:input=move |ev| description.set(event_target_value(&ev))
                    on:change=move |_| save_details()></textarea>
            </form>
            {move || {
                let r = state.report.get();
                let mut section = String::new();
                r.answers.into_iter().map(|a| {
                    let heading = (a.section != section).then(|| {
                        section = a.section.clone();
                        view! { <h2>{a.section.clone()}</h2> }
                    });
                    let id = a.id.clone();
                    view! {
                        {heading}
                        <div class="review-item" data-testid="review-item" data-question-id=a.id.clone()>
                            <p class="review-q">{a.question.clone()}</p>
                            <p class="review-a"><strong>{a.answer.clone()}</strong></p>
                            <button type="button" class="link" data-testid="edit" on:click=move |_| state.edit(&id)>
                                "Change" <span class="visually-hidden">{format!(" the answer to: {}", a.question)}</span>
                            </button>
                        </div>
                    }
                }).collect_view()
            }}
            <div class="nav-buttons">
                <button type="button" class="primary" data-testid="to-result" on:click=move |_| state.go(Screen::Result)>
                    "See the result"
                </button>
            </div>
        </section>
    }
}
