//! Notices about storage, imports and deletions, each dismissible; some offer an action.

use crate::components::downloads::download_answers;
use crate::state::AppState;
use leptos::prelude::*;

/// Shows the state's notices.
#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    let dismiss = move |i: usize| {
        state.notices.update(|n| {
            if i < n.len() {
                n.remove(i);
            }
        })
    };
    view! {
        <div class="notices" role="status" aria-live="polite" data-testid="notices">
            {move || {
                state
                    .notices
                    .get()
                    .into_iter()
                    .enumerate()
                    .map(|(i, n)| {
                        let undo = n.undo.clone();
                        view! {
                            <div class="notice" data-testid="notice">
                                <p>{n.text}</p>
                                {n.offer_export.then(|| view! {
                                    <button type="button" class="secondary" data-testid="notice-export"
                                        on:click=move |_| download_answers(state)>
                                        "Download the answers file"
                                    </button>
                                })}
                                {undo.map(|entry| view! {
                                    <button type="button" class="secondary" data-testid="undo"
                                        on:click=move |_| {
                                            state.undo_delete(entry.clone());
                                            dismiss(i);
                                        }>
                                        "Undo"
                                    </button>
                                })}
                                <button type="button" class="link" on:click=move |_| dismiss(i)>
                                    "Dismiss"
                                </button>
                            </div>
                        }
                    })
                    .collect_view()
            }}
        </div>
    }
}
