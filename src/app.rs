//! The root component: loads the bundled content, provides the state, lays out the page.

use crate::components::notice::Notices;
use crate::components::progress::Progress;
use crate::components::share_import::ShareImport;
use crate::components::so_far::SoFar;
use crate::components::upgrade_notice::UpgradeNotice;
use crate::pages::intro::IntroPage;
use crate::pages::question::QuestionPage;
use crate::pages::result::ResultPage;
use crate::pages::review::ReviewPage;
use crate::state::{AppState, PendingImport, Screen};
use aiact_core::Catalog;
use leptos::prelude::*;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;

static CATALOG: OnceLock<Result<Catalog, aiact_core::LoadError>> = OnceLock::new();

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let loaded = CATALOG.get_or_init(aiact_core::bundled::catalog);
    view! {
        <a class="skip-link" href="#main">"Skip to the questionnaire"</a>
        <header class="site-header">
            <p class="brand">"AI Act Check"</p>
            <p class="tagline">
                "EU AI Act self-assessment. Your answers stay in this browser: nothing is sent anywhere."
            </p>
        </header>
        <main id="main" tabindex="-1">
            {match loaded {
                Ok(catalog) => view! { <Assessment catalog /> }.into_any(),
                Err(e) => view! {
                    <div class="error" role="alert" data-testid="content-error">
                        <h1>"The questionnaire could not be loaded"</h1>
                        <p>{e.to_string()}</p>
                        <p>"Your saved answers are untouched. Reload the page to try again."</p>
                    </div>
                }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            {loaded.as_ref().ok().map(|c| view! {
                <p data-testid="baseline">
                    "Legal baseline: " {c.version.legal_baseline.clone()}
                    ". Content of " {aiact_core::labels::human_date(&c.version.content_date)} "."
                </p>
            })}
            <p>"A self-assessment aid, not legal advice. No cookies, no tracking, no requests to other sites."</p>
        </footer>
    }
}

/// Reads a share link from the address, if there is one, and clears it from the address bar.
fn take_share_link(state: AppState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(hash) = window.location().hash() else {
        return;
    };
    match aiact_core::share::decode(&hash) {
        Ok(None) => return,
        Ok(Some(shared)) => {
            let mut env = aiact_core::envelope::Envelope::new(&shared.c, &crate::state::today());
            env.name = shared.n;
            env.answers = shared.a;
            state.pending_import.set(Some(PendingImport {
                source: "a share link".into(),
                envelope: env,
            }));
        }
        Err(e) => state.notify(format!(
            "The share link could not be opened: {e}. Nothing was changed."
        )),
    }
    if let Ok(history) = window.history() {
        let path = window.location().pathname().unwrap_or_default();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

#[component]
fn Assessment(catalog: &'static Catalog) -> impl IntoView {
    let state = AppState::new(catalog);
    provide_context(state);
    take_share_link(state);
    // A share link pasted into the address bar of an open tab changes only the fragment.
    if let Some(window) = web_sys::window() {
        let on_hash =
            wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || take_share_link(state));
        let _ =
            window.add_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
        on_hash.forget();
    }
    view! {
        <Notices />
        <UpgradeNotice />
        <ShareImport />
        {move || (state.screen.get() != Screen::Intro).then(|| view! { <Progress /> })}
        {move || match state.screen.get() {
            Screen::Intro => view! { <IntroPage /> }.into_any(),
            Screen::Question(id) => match catalog.question(&id) {
                Some(q) => view! { <QuestionPage q /> <SoFar /> }.into_any(),
                None => view! { <ResultPage /> }.into_any(),
            },
            Screen::Review => view! { <ReviewPage /> }.into_any(),
            Screen::Result => view! { <ResultPage /> }.into_any(),
        }}
    }
}
