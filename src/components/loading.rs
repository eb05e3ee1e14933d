//! Waiting for the rest of the questionnaire (after an answer given before it arrived), with a
//! retry when loading failed.

use super::ScreenHeading;
use crate::state::{AppState, Screen};
use leptos::prelude::*;

/// The waiting screen.
#[component]
pub fn Loading() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section class="loading" data-testid="loading">
            <ScreenHeading>"Loading the rest of the questionnaire\u{2026}"</ScreenHeading>
            <p>"Your answers are saved."</p>
            <Show when=move || state.load_failed.get()>
                <p>"It could not be loaded. Check the connection and try again."</p>
                <div class="nav-buttons">
                    <button
                        type="button"
                        class="primary"
                        data-testid="retry-content"
                        on:click=move |_| crate::app::load_missing(state)
                    >
                        "Try again"
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        data-testid="home"
                        on:click=move |_| state.go(Screen::Intro)
                    >
                        "Back to the start"
                    </button>
                </div>
            </Show>
        </section>
    }
}
