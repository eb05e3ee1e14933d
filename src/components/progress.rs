//! Progress by section, following the current branching: sections done, the open ones, those
//! skipped because they do not apply, and how many may still follow.

use crate::state::AppState;
use aiact_core::flow::SectionState;
use leptos::prelude::*;

/// The progress list.
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
                    let all = sections.get();
                    let later = all.iter().filter(|s| s.state == SectionState::Later).count();
                    let shown = all.into_iter().filter(|s| s.state != SectionState::Later).map(|s| {
                        let (class, status) = match s.state {
                            SectionState::Done => ("done", "done".to_owned()),
                            SectionState::Open => ("open", format!("{} of {} answered", s.answered, s.visible)),
                            _ => ("skipped", "does not apply".to_owned()),
                        };
                        view! {
                            <li class=class>
                                {s.title}
                                <span class="status">{format!(" ({status})")}</span>
                            </li>
                        }
                    }).collect_view();
                    view! {
                        {shown}
                        {(later > 0).then(|| view! {
                            <li class="later">{format!("up to {later} more sections, depending on your answers")}</li>
                        })}
                    }
                }}
            </ol>
        </nav>
    }
}
