//! A button that puts a text made from the report on the clipboard, and says how that went.

use crate::state::AppState;
use crate::vm::result::{CopyOutcome, copy_message};
use aiact_core::report::Report;
use leptos::prelude::*;

/// Copies `text(report)` on click; the line beside it says "Copied." or why it could not.
#[component]
pub fn CopyButton(
    /// The button's label.
    label: &'static str,
    /// Test id of the button; its status line gets `<testid>-status`.
    testid: &'static str,
    /// The text to copy, made from the report when clicked.
    text: fn(&Report) -> String,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let outcome = RwSignal::new(None::<CopyOutcome>);
    // A new result makes an earlier "Copied." untrue.
    Effect::new(move |_| {
        state.report.track();
        outcome.set(None);
    });
    let click = move |_| {
        let Some(t) = state.report.with_untracked(|r| r.as_ref().map(text)) else {
            return;
        };
        leptos::task::spawn_local(async move {
            let o = crate::clipboard::copy(&t).await;
            let _ = outcome.try_set(Some(o));
        });
    };
    view! {
        <div class="copy">
            <button type="button" class="secondary" data-testid=testid on:click=click>
                {label}
            </button>
            <span
                role="status"
                class="copy-status"
                data-testid=format!("{testid}-status")
                data-outcome=move || {
                    outcome
                        .get()
                        .map(|o| if o == CopyOutcome::Copied { "copied" } else { "failed" })
                }
                class:failed=move || outcome.get().is_some_and(|o| o != CopyOutcome::Copied)
            >
                {move || outcome.get().map(|o| state.text(copy_message(o)))}
            </span>
        </div>
    }
}
