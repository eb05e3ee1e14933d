//! Confirms the import of a share link: shows what it contains before anything is saved.

use crate::state::AppState;
use leptos::prelude::*;

/// The confirmation panel, shown while a share link waits.
#[component]
pub fn ShareImport() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.pending_import.get().map(|p| {
            let cat = state.catalog;
            let name = if p.envelope.name.is_empty() { "Unnamed system".to_owned() } else { p.envelope.name.clone() };
            let known = p.envelope.answers.keys().filter(|q| cat.question(q).is_some()).count();
            let preview = aiact_core::assess(cat, &p.envelope.answers, &crate::state::today());
            let env = p.envelope.clone();
            view! {
                <section class="panel" data-testid="share-import" aria-labelledby="share-title">
                    <h2 id="share-title">"Open a shared assessment?"</h2>
                    <p>{format!(
                        "From {}: \u{201c}{name}\u{201d}, {known} answers (content of {}), result so far: {}.",
                        p.source,
                        aiact_core::labels::human_date(&p.envelope.content_date),
                        preview.tier.tier.label()
                    )}</p>
                    <p>"It will be added as a new assessment in this browser; your own assessments are not changed."</p>
                    <div class="nav-buttons">
                        <button type="button" class="primary" data-testid="share-accept"
                            on:click=move |_| {
                                state.pending_import.set(None);
                                state.import(env.clone());
                            }>
                            "Add it as a new assessment"
                        </button>
                        <button type="button" class="secondary" data-testid="share-reject"
                            on:click=move |_| state.pending_import.set(None)>
                            "Ignore it"
                        </button>
                    </div>
                </section>
            }
        })
    }
}
