//! Waiting for the rest of the questionnaire (after an answer given before it arrived), with a
//! retry when loading failed.

use super::ScreenHeading;
use crate::state::{AppState, Screen};
use crate::text as t;
use leptos::prelude::*;

/// The waiting screen.
#[component]
pub fn Loading() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section class="loading" data-testid="loading">
            <ScreenHeading>{move || state.text(t::LOADING_TITLE)}</ScreenHeading>
            <p>{move || state.text(t::LOADING_SAVED)}</p>
            <Show when=move || state.load_failed.get()>
                <p>{move || state.text(t::LOADING_FAILED)}</p>
                <div class="nav-buttons">
                    <button
                        type="button"
                        class="primary"
                        data-testid="retry-content"
                        on:click=move |_| crate::app::load_missing(state)
                    >
                        {move || state.text(t::TRY_AGAIN)}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        data-testid="home"
                        on:click=move |_| state.go(Screen::Intro)
                    >
                        {move || state.text(t::LOADING_BACK)}
                    </button>
                </div>
            </Show>
        </section>
    }
}
