//! Panels that ask or tell something about the open assessment: what a content update changed
//! (long lists summarised), and the confirmation before importing a shared assessment or file.

use crate::state::AppState;
use crate::text as t;
use crate::vm;
use leptos::prelude::*;

/// What a content update changed in the open assessment, until dismissed.
#[component]
pub fn UpgradeNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let notice = Memo::new(move |_| {
        let catalog = state.catalog.get();
        state.upgrade_report.with(|r| {
            r.as_ref()
                .map(|r| vm::upgrade::summarise(r, catalog, |t| state.tier_label(t)))
        })
    });
    move || {
        notice.get().map(|n| {
            view! {
                <section
                    class="panel"
                    data-testid="upgrade-notice"
                    aria-labelledby="upgrade-title"
                >
                    <h2 id="upgrade-title">{state.text(t::UPGRADE_TITLE)}</h2>
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
                                                    {state.say(t::UPGRADE_MORE, &[("n", &list.more.to_string())])}
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
                        {state.text(t::DISMISS)}
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
                let tier = state.tier_label(preview.tier.tier);
                match known {
                    1 => state.say(t::IMPORT_ANSWERS_SO_FAR_ONE, &[("tier", tier)]),
                    n => state.say(
                        t::IMPORT_ANSWERS_SO_FAR,
                        &[("n", &n.to_string()), ("tier", tier)],
                    ),
                }
            } else {
                match env.answers.len() {
                    1 => state.say(t::IMPORT_ANSWERS_ONE, &[]),
                    n => state.say(t::IMPORT_ANSWERS, &[("n", &n.to_string())]),
                }
            };
            Some(state.say(
                t::IMPORT_SUMMARY,
                &[
                    ("source", &p.source),
                    ("name", vm::display_name(catalog, &env.name)),
                    ("date", &vm::date_in(catalog, &env.content_date)),
                    ("summary", &summary),
                ],
            ))
        })
    });
    move || {
        summary.get().map(|text| {
            view! {
                <section class="panel" data-testid="share-import" aria-labelledby="share-title">
                    <h2 id="share-title">{state.text(t::IMPORT_TITLE)}</h2>
                    <p>{text}</p>
                    <p>
                        {state.text(t::IMPORT_ADDED_AS_NEW)}
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
                            {state.text(t::IMPORT_ACCEPT)}
                        </button>
                        <button
                            type="button"
                            class="secondary"
                            data-testid="share-reject"
                            on:click=move |_| state.pending_import.set(None)
                        >
                            {state.text(t::IMPORT_IGNORE)}
                        </button>
                    </div>
                </section>
            }
        })
    }
}
