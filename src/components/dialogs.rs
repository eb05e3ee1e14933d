//! Panels that ask or tell something about the open assessment: what a content update changed
//! (long lists summarised), and the confirmation before importing a shared assessment or file.

use crate::state::AppState;
use crate::vm;
use aiact_core::labels::human_date;
use leptos::prelude::*;

/// What a content update changed in the open assessment, until dismissed.
#[component]
pub fn UpgradeNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let notice = Memo::new(move |_| {
        let catalog = state.catalog.get();
        state
            .upgrade_report
            .with(|r| r.as_ref().map(|r| vm::upgrade::summarise(r, catalog)))
    });
    move || {
        notice.get().map(|n| {
            view! {
                <section
                    class="panel"
                    data-testid="upgrade-notice"
                    aria-labelledby="upgrade-title"
                >
                    <h2 id="upgrade-title">"The questionnaire was updated"</h2>
                    <p>{n.intro}</p>
                    {n.result.map(|r| view! {
                        <p>
                            <strong>{r}</strong>
                        </p>
                    })}
                    {n
                        .lists
                        .into_iter()
                        .map(|list| {
                            view! {
                                <p>{list.title}</p>
                                <ul>
                                    {list.items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}
                                    {(list.more > 0)
                                        .then(|| {
                                            view! {
                                                <li data-testid="upgrade-more">
                                                    "and " {list.more} " more"
                                                </li>
                                            }
                                        })}
                                </ul>
                            }
                        })
                        .collect_view()}
                    <button
                        type="button"
                        class="secondary"
                        data-testid="upgrade-dismiss"
                        on:click=move |_| state.upgrade_report.set(None)
                    >
                        "Dismiss"
                    </button>
                </section>
            }
        })
    }
}

/// The confirmation of a share link or file import, showing what it holds.
#[component]
pub fn ImportPanel() -> impl IntoView {
    let state = expect_context::<AppState>();
    let summary = Memo::new(move |_| {
        let later = state.later.get()?;
        let ready = state.ready.get();
        let catalog = state.catalog.get();
        state.pending_import.with(|p| {
            let p = p.as_ref()?;
            let env = &p.envelope;
            // With only the first screen's content at hand, the answers cannot be judged yet.
            let summary = if ready {
                let known = env
                    .answers
                    .keys()
                    .filter(|q| catalog.question(q).is_some())
                    .count();
                let preview = (later.assess)(catalog, &env.answers, &crate::state::today());
                format!(
                    "{known} answers, result so far: {}",
                    preview.tier.tier.label()
                )
            } else {
                format!("{} answers", env.answers.len())
            };
            Some(format!(
                "From {}: \u{201c}{}\u{201d}, content of {}: {summary}.",
                p.source,
                vm::display_name(&env.name),
                human_date(&env.content_date),
            ))
        })
    });
    move || {
        summary.get().map(|text| {
            view! {
                <section class="panel" data-testid="share-import" aria-labelledby="share-title">
                    <h2 id="share-title">"Open a shared assessment?"</h2>
                    <p>{text}</p>
                    <p>
                        "It will be added as a new assessment in this browser; your own assessments are not changed."
                    </p>
                    <div class="nav-buttons">
                        <button
                            type="button"
                            class="primary"
                            data-testid="share-accept"
                            on:click=move |_| {
                                if let Some(p) = state.pending_import.get_untracked() {
                                    state.pending_import.set(None);
                                    state.import(p.envelope);
                                }
                            }
                        >
                            "Add it as a new assessment"
                        </button>
                        <button
                            type="button"
                            class="secondary"
                            data-testid="share-reject"
                            on:click=move |_| state.pending_import.set(None)
                        >
                            "Ignore it"
                        </button>
                    </div>
                </section>
            }
        })
    }
}
