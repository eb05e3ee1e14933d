//! A dismissible notice, e.g. about storage that is unavailable or unreadable.

use crate::state::AppState;
use leptos::prelude::*;

/// Shows the state's notice, if any.
#[component]
pub fn Notice() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.notice.get().map(|text| {
            view! {
                <div class="notice" role="status" data-testid="notice">
                    <p>{text}</p>
                    <button type="button" on:click=move |_| state.notice.set(None)>
                        "Dismiss"
                    </button>
                </div>
            }
        })
    }
}
