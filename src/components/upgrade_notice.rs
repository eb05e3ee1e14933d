//! Tells the person what a content update changed in their open assessment: removed, changed
//! and new questions, and how the result changed.

use crate::state::AppState;
use aiact_core::labels::human_date;
use leptos::prelude::*;

/// The update notice, shown until dismissed.
#[component]
pub fn UpgradeNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.upgrade_report.get().map(|r| {
            let cat = state.catalog;
            let text = |id: &String| cat.question(id).map_or_else(|| id.clone(), |q| q.text.clone());
            let removed: Vec<String> = r.removed.iter().map(|(id, _)| id.clone()).collect();
            let changed: Vec<String> = r.changed.iter().chain(&r.invalid).map(text).collect();
            let added: Vec<String> = r.added.iter().map(text).collect();
            let result = match (&r.before, &r.after) {
                (Some(b), Some(a)) if b.tier != a.tier => {
                    Some(format!("The result changed from {} to {}.", b.tier.label(), a.tier.label()))
                }
                (Some(b), Some(a)) if b != a => Some("The tier is the same; the roles or obligations changed.".to_owned()),
                _ => None,
            };
            let list = |title: &'static str, items: Vec<String>| {
                (!items.is_empty()).then(|| view! {
                    <p>{title}</p>
                    <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                })
            };
            view! {
                <section class="panel" data-testid="upgrade-notice" aria-labelledby="upgrade-title">
                    <h2 id="upgrade-title">"The questionnaire was updated"</h2>
                    <p>{format!(
                        "Your answers were given with the content of {}; they now use the content of {}. Every answer was kept.",
                        human_date(&r.from_content_date),
                        human_date(&r.to_content_date)
                    )}</p>
                    {result.map(|t| view! { <p><strong>{t}</strong></p> })}
                    {list("Questions asked differently now (please check your answers):", changed)}
                    {list("New questions for you:", added)}
                    {list("Questions that were removed (your answers are kept aside):", removed)}
                    <button type="button" class="secondary" on:click=move |_| state.upgrade_report.set(None)>"Dismiss"</button>
                </section>
            }
        })
    }
}
