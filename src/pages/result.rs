//! The result: the engine's report, shown as the same HTML fragment the downloadable report
//! uses (rendered and escaped in `aiact-core`), plus the downloads and navigation.

use crate::components::downloads::Downloads;
use crate::components::focus::heading_focus;
use crate::state::{AppState, Screen};
use leptos::prelude::*;

/// The result screen.
#[component]
pub fn ResultPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let heading = heading_focus();
    let fragment = Memo::new(move |_| state.report.with(aiact_core::report::render_html_fragment));
    view! {
        <section class="result" data-testid="result">
            <h1 tabindex="-1" node_ref=heading>
                {move || if state.report.with(|r| r.complete) { "Result" } else { "Result so far" }}
            </h1>
            {move || {
                let name = state.report.with(|r| r.system_name.clone());
                (!name.is_empty()).then(|| view! { <p class="system-name">{name}</p> })
            }}
            {move || (!state.report.with(|r| r.complete)).then(|| view! {
                <p class="notice" data-testid="incomplete">
                    "Some questions are still unanswered, so this result may change. "
                    <button type="button" class="link" on:click=move |_| state.resume()>"Answer them"</button>
                </p>
            })}
            <div class="report" aria-live="polite" inner_html=move || fragment.get()></div>
            <p class="disclaimer">{aiact_core::report::DISCLAIMER}</p>
            <Downloads />
            <div class="nav-buttons">
                <button type="button" class="secondary" data-testid="review" on:click=move |_| state.go(Screen::Review)>
                    "Review or change answers"
                </button>
                <button type="button" class="secondary" data-testid="home" on:click=move |_| state.go(Screen::Intro)>
                    "All assessments"
                </button>
            </div>
        </section>
    }
}
