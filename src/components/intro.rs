//! The intro: what the tool does and does not do, privacy, the legal baseline and content date,
//! and the saved assessments. A first-time visitor finds the first question right here (the
//! question view sits between the intro's two parts and stays when they go); a returning one
//! the way back into the assessment left open.

use super::{later_part, later_view};
use crate::state::AppState;
use crate::text as t;
use crate::vm::date_in;
use leptos::prelude::*;

/// The top of the intro: what the tool asks, and for a first-time visitor the lead-in to the first
/// question below it; for a returning one the way back in.
#[component]
pub fn IntroTop() -> impl IntoView {
    let state = expect_context::<AppState>();
    let fresh = Memo::new(move |_| !state.restoring.get() && state.answers.with(|a| a.is_empty()));
    view! {
        <section class="intro" data-testid="intro">
            <Show when=move || fresh.get() fallback=move || view! { <WayBack /> }>
                <p class="lead">{move || state.text(t::INTRO_LEAD)}</p>
            </Show>
        </section>
    }
}

/// The rest of the intro, below the first question.
#[component]
pub fn IntroAbout() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = move |key| move || state.text(key);
    let fact = move |label, text: t::Text| {
        view! {
            <li>
                <strong>{move || state.text(label)}</strong>
                " "
                {move || state.text(text)}
            </li>
        }
    };
    let current_law = move || {
        let catalog = state.catalog.get();
        let version = &catalog.version;
        crate::text::fill(
            t::INTRO_CURRENT_LAW.of(catalog),
            &[
                ("baseline", &version.legal_baseline),
                ("date", &date_in(catalog, &version.content_date)),
            ],
        )
    };
    let changes = move || {
        let catalog = state.catalog.get();
        catalog
            .version
            .changes
            .iter()
            .map(|c| view! { <li>{date_in(catalog, &c.date)} ": " {c.summary.as_str()}</li> })
            .collect_view()
    };
    view! {
        <section class="intro about">
            <h2>{text(t::INTRO_ABOUT)}</h2>
            <p>{text(t::INTRO_WHAT)}</p>
            <ul class="facts">
                {fact(t::INTRO_PRIVATE_LABEL, t::INTRO_PRIVATE)}
                {fact(t::INTRO_ONE_SYSTEM_LABEL, t::INTRO_ONE_SYSTEM)}
                {fact(t::INTRO_NOT_ADVICE_LABEL, t::INTRO_NOT_ADVICE)}
                <li>
                    <strong>{text(t::INTRO_CURRENT_LAW_LABEL)}</strong>
                    " "
                    {current_law}
                </li>
            </ul>
            <OpenFile />
            {later_part(|s| s.library)}
            {later_part(|s| s.method)}
            <details class="help">
                <summary>{text(t::INTRO_UPDATES)}</summary>
                <ul>{changes}</ul>
            </details>
        </section>
    }
}

/// For a returning visitor: a note while their assessments are read back, then the way back in.
#[component]
fn WayBack() -> impl IntoView {
    let state = expect_context::<AppState>();
    let way_back = later_view(|s| s.way_back);
    move || {
        if state.restoring.get() {
            view! {
                <p class="lead" data-testid="restoring">
                    {move || state.text(t::INTRO_RESTORING)}
                </p>
            }
            .into_any()
        } else {
            way_back()
        }
    }
}

/// Opening an answers file or JSON report from disk.
#[component]
fn OpenFile() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="open-file">
            <label for="open-file" class="input-label">
                {move || state.text(t::INTRO_OPEN_FILE)}
            </label>
            <input
                id="open-file"
                type="file"
                accept=".json,application/json"
                data-testid="open-file"
                on:change=move |ev| {
                    let input = event_target::<web_sys::HtmlInputElement>(&ev);
                    if let Some(file) = input.files().and_then(|f| f.get(0)) {
                        input.set_value("");
                        state.open_file(file);
                    }
                }
            />
        </div>
    }
}
