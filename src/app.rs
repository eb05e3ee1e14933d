//! The root component: loads the bundled content, provides the state, lays out the page.

use crate::components::notice::Notice;
use crate::components::progress::Progress;
use crate::pages::question::QuestionPage;
use crate::pages::result::ResultPage;
use crate::state::{AppState, Screen};
use aiact_core::Catalog;
use leptos::prelude::*;
use std::sync::OnceLock;

static CATALOG: OnceLock<Result<Catalog, aiact_core::LoadError>> = OnceLock::new();

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let loaded = CATALOG.get_or_init(aiact_core::bundled::catalog);
    view! {
        <header class="site-header">
            <p class="brand">"AI Act Check"</p>
            <p class="tagline">
                "EU AI Act self-assessment. Your answers stay in this browser: nothing is sent anywhere."
            </p>
        </header>
        <main id="main">
            {match loaded {
                Ok(catalog) => view! { <Assessment catalog /> }.into_any(),
                Err(e) => view! {
                    <div class="error" role="alert" data-testid="content-error">
                        <h1>"The questionnaire could not be loaded"</h1>
                        <p>{e.to_string()}</p>
                    </div>
                }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            {loaded.as_ref().ok().map(|c| view! {
                <p data-testid="baseline">
                    "Legal baseline: " {c.version.legal_baseline.clone()}
                    ". Content of " {c.version.content_date.clone()} "."
                </p>
            })}
            <p>"A self-assessment aid, not legal advice."</p>
        </footer>
    }
}

#[component]
fn Assessment(catalog: &'static Catalog) -> impl IntoView {
    let state = AppState::new(catalog);
    provide_context(state);
    view! {
        <Notice />
        <Progress />
        {move || match state.screen.get() {
            Screen::Question(id) => match catalog.question(&id) {
                Some(q) => view! { <QuestionPage q /> }.into_any(),
                None => view! { <ResultPage /> }.into_any(),
            },
            Screen::Result => view! { <ResultPage /> }.into_any(),
        }}
    }
}
