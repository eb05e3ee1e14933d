//! The likely result while answering, announced politely to screen readers when it changes.

use crate::state::AppState;
use leptos::prelude::*;

/// A one-line "result so far".
#[component]
pub fn SoFar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let tier = Memo::new(move |_| {
        state
            .assessment
            .with(|a| (a.answered > 0).then_some((a.tier.tier, a.tier.provisional)))
    });
    view! {
        <aside class="so-far" aria-live="polite" data-testid="so-far">
            {move || {
                tier.get().map(|(t, provisional)| {
                    format!(
                        "Likely result so far: {}{}. It can still change with the questions ahead.",
                        t.label(),
                        if provisional { " (provisional)" } else { "" }
                    )
                })
            }}
        </aside>
    }
}
