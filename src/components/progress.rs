//! Progress by section while answering, and the likely result so far. Rows are keyed by what
//! they show, so an answer re-renders only the sections whose state changed.

use crate::state::AppState;
use crate::text as t;
use crate::vm;
use leptos::prelude::*;

/// Progress by section: done, open, does not apply, and how many may still follow.
#[component]
pub fn Progress() -> impl IntoView {
    let state = expect_context::<AppState>();
    let progress = Memo::new(move |_| {
        let catalog = state.catalog.get();
        if state.ready.get() {
            state.answers.with(|a| vm::progress(catalog, a))
        } else {
            Default::default()
        }
    });
    view! {
        <nav class="progress" aria-label=state.text(t::PROGRESS_LABEL) data-testid="progress">
            <ol>
                <For each=move || progress.get().0 key=|row| row.clone() let(row)>
                    <li class=row.state>
                        {row.title}
                        <span class="status">" (" {row.status} ")"</span>
                    </li>
                </For>
                {move || {
                    let later = progress.with(|p| p.1);
                    (later > 0)
                        .then(|| {
                            view! {
                                <li class="later">
                                    {match later {
                                        1 => state.say(t::PROGRESS_LATER_ONE, &[]),
                                        n => state.say(t::PROGRESS_LATER, &[("n", &n.to_string())]),
                                    }}
                                </li>
                            }
                        })
                }}
            </ol>
        </nav>
    }
}

/// The likely result while answering (screen readers hear changes from the page's announcer).
#[component]
pub fn SoFar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let text = Memo::new(move |_| {
        state.settled.with(|a| {
            a.as_ref()
                .map(|a| vm::so_far(state.catalog.get(), a, |t| state.tier_label(t)))
                .unwrap_or_default()
        })
    });
    view! { <aside class="so-far" data-testid="so-far">{move || text.get()}</aside> }
}
