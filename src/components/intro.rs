//! The intro: what the tool does and does not do, privacy, the legal baseline and content date,
//! and the saved assessments. A first-time visitor finds the first question right here (the
//! question view sits between the intro's two parts and stays when they go); a returning one
//! the way back into the assessment left open.

use super::{later_part, later_view};
use crate::state::AppState;
use crate::vm::english_date as human_date;
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
                <p class="lead">
                    "Does the EU AI Act apply to your AI system, and what must you do? Start with the first question:"
                </p>
            </Show>
        </section>
    }
}

/// The rest of the intro, below the first question.
#[component]
pub fn IntroAbout() -> impl IntoView {
    let state = expect_context::<AppState>();
    let catalog = state.catalog.get_untracked();
    let version = &catalog.version;
    let changes = version
        .changes
        .iter()
        .map(|c| view! { <li>{human_date(&c.date)} ": " {c.summary.as_str()}</li> })
        .collect_view();
    view! {
        <section class="intro about">
            <h2>"About this check"</h2>
            <p>
                "Answer plain-language questions about one AI system or general-purpose AI model. You get the risk tier, your role, the obligations with their articles, dates and penalty ceilings, how ISO/IEC 42001 covers them, and a report to download. Help is on every question, and \u{201c}Not sure\u{201d} is always a fair answer."
            </p>
            <ul class="facts">
                <li>
                    <strong>"Private:"</strong>
                    " your answers are saved only in this browser. Nothing is sent anywhere; there is no tracking."
                </li>
                <li>
                    <strong>"One system at a time:"</strong>
                    " assess each AI system separately; you can keep several assessments here."
                </li>
                <li>
                    <strong>"Not legal advice:"</strong>
                    " a structured self-assessment that shows its reasoning, for scoping and for conversations with your legal team."
                </li>
                <li>
                    <strong>"Current law:"</strong>
                    " "
                    {version.legal_baseline.as_str()}
                    ". Content of "
                    {human_date(&version.content_date)}
                    "."
                </li>
            </ul>
            <OpenFile />
            {later_part(|s| s.library)}
            {later_part(|s| s.method)}
            <details class="help">
                <summary>"Content updates"</summary>
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
                    "Opening your saved assessments\u{2026}"
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
                "Open an answers file or JSON report"
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
