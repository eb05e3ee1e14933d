//! The result at a glance, shown first: the result in plain words, high-risk yes / no / to be
//! confirmed, the roles, how many obligations and the next date one bites, the open points, a
//! checklist of the obligations by date, {state.text(t::SUMMARY_COPY)} and links to the parts below.

use super::copy::CopyButton;
use crate::text as t;
use crate::vm::result::{CheckRow, SummaryView, obligation_anchor, summary_text};
use leptos::prelude::*;

/// A label and its value as a list item.
fn line(item: Option<(String, String)>) -> Option<impl IntoView> {
    item.map(|(label, value)| {
        view! {
            <li>
                <strong>{label}</strong>
                " "
                {value}
            </li>
        }
    })
}

/// The summary; its parts update on their own when the result changes.
#[component]
pub fn Summary(summary: Memo<Option<SummaryView>>) -> impl IntoView {
    let state = expect_context::<crate::state::AppState>();
    let get = move |f: fn(&SummaryView) -> Option<(String, String)>| {
        move || summary.with(|s| s.as_ref().and_then(f))
    };
    let high_risk = move || summary.with(|s| s.as_ref().map(|s| s.high_risk.clone()));
    let high_risk_label = move || summary.with(|s| s.as_ref().map(|s| s.high_risk_label.clone()));
    let checklist = Memo::new(move |_| {
        summary.with(|s| s.as_ref().map(|s| s.checklist.clone()).unwrap_or_default())
    });
    let heading = move || summary.with(|s| s.as_ref().map(|s| s.checklist_heading.clone()));
    let jumps = move || summary.with(|s| s.as_ref().map(|s| s.jumps.clone()).unwrap_or_default());
    let result = get(|s| Some(s.result.clone()));
    let roles = get(|s| s.roles.clone());
    let obligations = get(|s| Some(s.obligations.clone()));
    let open_points = get(|s| s.open_points.clone());
    view! {
        <section id="summary" class="summary" data-testid="summary" aria-labelledby="summary-title">
            <h2 id="summary-title">{state.text(t::SUMMARY_TITLE)}</h2>
            <ul class="facts">
                {move || line(result())}
                <li data-testid="high-risk" data-high-risk=high_risk>
                    <strong>{high_risk_label}</strong>
                </li>
                {move || line(roles())}
                {move || line(obligations())}
                {move || line(open_points())}
            </ul>
            <Show when=move || checklist.with(|c| !c.is_empty())>
                <h3>{heading}</h3>
                <ul class="checklist" data-testid="checklist">
                    <For each=move || checklist.get() key=|c| c.clone() let(c)>
                        <CheckItem c />
                    </For>
                </ul>
            </Show>
            <CopyButton label=state.text(t::SUMMARY_COPY) testid="copy-summary" text=summary_text />
            <nav aria-label=state.text(t::SUMMARY_ON_THIS_PAGE)>
                <ul class="jump" data-testid="jump-links">
                    <For each=jumps key=|j| j.clone() let(j)>
                        <li>
                            <a href=format!("#{}", j.target)>{j.label}</a>
                        </li>
                    </For>
                </ul>
            </nav>
        </section>
    }
}

/// One obligation in the checklist, linked to its card.
#[component]
fn CheckItem(c: CheckRow) -> impl IntoView {
    view! {
        <li data-obligation-id=c.id.clone()>
            <span aria-hidden="true">{if c.ticked { "\u{2611} " } else { "\u{2610} " }}</span>
            <a href=format!("#{}", obligation_anchor(&c.id))>{c.title}</a>
            " "
            <span class="meta">{c.details}</span>
        </li>
    }
}
