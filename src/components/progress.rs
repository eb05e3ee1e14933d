//! Progress by section, following the current branching.

use crate::state::AppState;
use aiact_core::flow::SectionState;
use leptos::prelude::*;

/// Sections done, open and not needed.
#[component]
pub fn Progress() -> impl IntoView {
    let state = expect_context::<AppState>();
    let sections = Memo::new(move |_| {
        state
            .current
            .with(|e| aiact_core::flow(state.catalog, &e.answers).progress(state.catalog))
    });
    view! {
        <nav class="progress" aria-label="Progress" data-testid="progress">
            <ol>
                {move || {
                    sections
                        .get()
                        .into_iter()
                        .map(|s| {
                            let (class, status) = match s.state {
                                SectionState::Done => ("done", "done"),
                                SectionState::Open => ("open", "to do"),
                                SectionState::NotNeeded => ("skipped", "not needed"),
                            };
                            view! {
                                <li class=class>
                                    {s.title}
                                    <span class="status">
                                        {format!(" ({status}: {} of {})", s.answered, s.visible)}
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </nav>
    }
}
