//! The result: tier, scope, roles, obligations, and the reasons for each, from the engine's memo.

use crate::components::focus::heading_focus;
use crate::components::legal_refs::LegalRefs;
use crate::state::AppState;
use aiact_core::assess::{Timing, Trace};
use leptos::prelude::*;

/// The result screen.
#[component]
pub fn ResultPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let cat = state.catalog;
    let heading = heading_focus();
    let a = state.assessment;
    view! {
        <section class="result" data-testid="result" aria-live="polite">
            <h1 tabindex="-1" node_ref=heading>
                {move || if a.with(|a| a.complete) { "Result" } else { "Result so far" }}
            </h1>
            {move || {
                let a = a.get();
                let rule = cat.tier_rule(&a.tier.trace.rule);
                view! {
                    <p class=format!("tier-badge tier-{}", a.tier.tier.id()) data-testid="tier" data-tier=a.tier.tier.id()>
                        {a.tier.tier.label()}
                        {a.tier.provisional.then_some(" (provisional: rests on a \u{201c}not sure\u{201d} answer)")}
                    </p>
                    <p data-testid="scope">
                        {if a.in_scope() { "The EU AI Act applies to this system." } else { "The EU AI Act does not apply to this system." }}
                    </p>
                    {rule.map(|r| view! {
                        <h2 data-testid="conclusion">{r.title.clone()}</h2>
                        <p>{r.explanation.clone()}</p>
                        <LegalRefs refs=r.refs.clone() />
                    })}
                    <TraceView trace=a.tier.trace.clone() />
                    {(!a.roles.is_empty()).then(|| view! {
                        <h2>"Your roles"</h2>
                        <ul data-testid="roles">
                            {a.roles.iter().filter_map(|r| cat.role(&r.id)).map(|r| view! {
                                <li><strong>{r.name.clone()}</strong>": " {r.explanation.clone()}</li>
                            }).collect_view()}
                        </ul>
                    })}
                    {(!a.obligations.is_empty()).then(|| view! {
                        <h2>"What you must do"</h2>
                        <ul data-testid="obligations">
                            {a.obligations.iter().filter_map(|o| Some((o, cat.obligation(&o.id)?))).map(|(oc, o)| {
                                let when = match &oc.timing {
                                    Timing::AppliesSince(d) => format!("applies since {d}"),
                                    Timing::AppliesFrom(d) => format!("applies from {d}"),
                                };
                                view! {
                                    <li>
                                        <strong>{o.title.clone()}</strong>" (" {when} "): " {o.summary.clone()}
                                        <LegalRefs refs=o.refs.clone() />
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    })}
                    {(!a.unsure.is_empty()).then(|| view! {
                        <h2>"Open points: your \u{201c}not sure\u{201d} answers"</h2>
                        <ul data-testid="unsure">
                            {a.unsure.iter().filter_map(|u| Some((u, cat.question(&u.question)?))).map(|(u, q)| view! {
                                <li>
                                    {q.text.clone()}
                                    <ul>
                                        {u.alternatives.iter().map(|alt| {
                                            let label = q.answer_label(&aiact_core::Answer::One(alt.value.clone()));
                                            let effect = match (alt.tier, alt.changes_nothing()) {
                                                (Some(t), _) => format!("the result would be: {}", t.label()),
                                                (None, true) if alt.opens_questions => "more questions would follow".to_owned(),
                                                (None, true) => "the result would stay the same".to_owned(),
                                                (None, false) => "the roles or obligations would change".to_owned(),
                                            };
                                            view! { <li>{format!("If \u{201c}{label}\u{201d}: {effect}.")}</li> }
                                        }).collect_view()}
                                    </ul>
                                </li>
                            }).collect_view()}
                        </ul>
                    })}
                }
            }}
            <div class="nav-buttons">
                <button type="button" class="secondary" data-testid="back" on:click=move |_| state.back_from_result()>
                    "Back to the questions"
                </button>
                <button type="button" class="secondary" data-testid="restart" on:click=move |_| state.restart()>
                    "Start a new assessment"
                </button>
            </div>
        </section>
    }
}

/// The answers a conclusion rested on, in the words the person saw.
#[component]
fn TraceView(trace: Trace) -> impl IntoView {
    let state = expect_context::<AppState>();
    (!trace.answers.is_empty()).then(|| {
        view! {
            <h2>"Based on your answers"</h2>
            <ul class="trace" data-testid="trace">
                {trace
                    .answers
                    .iter()
                    .filter_map(|(id, ans)| state.catalog.question(id).map(|q| (q, ans)))
                    .map(|(q, ans)| view! {
                        <li>{q.text.clone()} " " <strong>{q.answer_label(ans)}</strong></li>
                    })
                    .collect_view()}
            </ul>
        }
    })
}
