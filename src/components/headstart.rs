//! {state.text(t::HEADSTART_TITLE)}: the person says whether the
//! organisation is certified (the questionnaire's own question) or which clauses and Annex A
//! controls are in place, and gets the answer on one screen: the verdict, the work that
//! remains (the AI Act's own duties first) and the duties already covered.

use super::{Pending, ScreenHeading};
use crate::state::{AppState, Screen};
use crate::text as t;
use crate::vm::{self, headstart::Group, headstart::Line};
use aiact_core::Answer;
use aiact_core::model::ISO_STATUS_QUESTION;
use leptos::prelude::*;

/// The head-start screen.
#[component]
pub fn HeadStartScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let answer = Memo::new(move |_| {
        state.answers.with(|a| {
            a.get(ISO_STATUS_QUESTION)
                .and_then(Answer::as_one)
                .map(str::to_owned)
        })
    });
    let certified = Memo::new(move |_| answer.with(|a| a.as_deref() == Some("certified")));
    let head_start = Memo::new(move |_| {
        state.report.with(|r| {
            r.as_ref().map(|r| {
                let h = &r.head_start;
                (
                    h.verdict(&r.messages),
                    h.remaining()
                        .map(|l| vm::headstart::line(l, &r.messages))
                        .collect::<Vec<_>>(),
                    h.covered_lines()
                        .map(|l| vm::headstart::line(l, &r.messages))
                        .collect::<Vec<_>>(),
                )
            })
        })
    });
    let verdict = Memo::new(move |_| head_start.with(|h| h.as_ref().map(|h| h.0.clone())));
    let remaining = Memo::new(move |_| {
        head_start
            .with(|h| h.as_ref().map(|h| h.1.clone()))
            .unwrap_or_default()
    });
    let covered = Memo::new(move |_| {
        head_start
            .with(|h| h.as_ref().map(|h| h.2.clone()))
            .unwrap_or_default()
    });
    let any =
        Memo::new(move |_| remaining.with(|r| !r.is_empty()) || covered.with(|c| !c.is_empty()));
    view! {
        <section class="head-start" data-testid="head-start">
            <ScreenHeading>{state.text(t::HEADSTART_TITLE)}</ScreenHeading>
            <p class="system-name">
                {move || state.current.with(|e| vm::display_name(state.catalog.get(), &e.name).to_owned())}
            </p>
            <IsoStatus answer />
            <section aria-labelledby="head-start-answer">
                <h2 id="head-start-answer">{state.text(t::HEADSTART_ANSWER)}</h2>
                {move || match verdict.get() {
                    Some(v) => view! { <p class="lead" data-testid="head-start-verdict">{v}</p> }.into_any(),
                    None => view! { <Pending /> }.into_any(),
                }}
                <Show when=move || remaining.with(|r| !r.is_empty())>
                    <h3>{state.text(t::HEADSTART_REMAINING)}</h3>
                    <LineTable lines=remaining testid="head-start-remaining" what=state.text(t::HEADSTART_WHAT_REMAINS) />
                </Show>
                <Show when=move || covered.with(|c| !c.is_empty())>
                    <h3>{state.text(t::HEADSTART_COVERED)}</h3>
                    <LineTable lines=covered testid="head-start-covered" what=state.text(t::HEADSTART_CARRIED_BY) />
                </Show>
            </section>
            <Show when=move || any.get() && !certified.get()>
                <Checklist />
            </Show>
            <div class="nav-buttons">
                <button
                    type="button"
                    class="secondary"
                    data-testid="head-start-to-plan"
                    on:click=move |_| state.go(Screen::Plan)
                >
                    {state.text(t::HEADSTART_PLAN)}
                </button>
                <button
                    type="button"
                    class="secondary"
                    data-testid="head-start-to-result"
                    on:click=move |_| state.go(Screen::Result)
                >
                    {state.text(t::PLAN_BACK)}
                </button>
            </div>
        </section>
    }
}

/// The questionnaire's question about the management system, as radio buttons.
#[component]
fn IsoStatus(answer: Memo<Option<String>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let question = state.catalog.get_untracked().question(ISO_STATUS_QUESTION);
    question.map(|q| {
        view! {
            <fieldset class="checks iso-status" data-testid="iso-status">
                <legend class="input-label">{q.text.as_str()}</legend>
                {q
                    .options
                    .iter()
                    .map(|o| {
                        let value = o.id.as_str();
                        let id = format!("iso-status-{value}");
                        view! {
                            <div class="check">
                                <input
                                    type="radio"
                                    name="iso-status"
                                    id=id.clone()
                                    value=value
                                    data-testid=format!("iso-status-{value}")
                                    prop:checked=move || answer.with(|a| a.as_deref() == Some(value))
                                    on:change=move |_| state.set_iso_status(value)
                                />
                                <label for=id>{o.label.as_str()}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </fieldset>
        }
    })
}

/// The clauses and Annex A controls to mark as in place, in groups.
#[component]
fn Checklist() -> impl IntoView {
    let state = expect_context::<AppState>();
    let groups = vm::headstart::groups(state.catalog.get_untracked());
    let marked = Memo::new(move |_| state.current.with(|e| e.iso_in_place.clone()));
    view! {
        <section class="iso-checklist" aria-labelledby="iso-checklist-title" data-testid="iso-checklist">
            <h2 id="iso-checklist-title">{state.text(t::HEADSTART_IN_PLACE)}</h2>
            <p>
                {state.text(t::HEADSTART_TICK)}
            </p>
            {groups.into_iter().map(|g| view! { <ChecklistGroup group=g marked /> }).collect_view()}
        </section>
    }
}

#[component]
fn ChecklistGroup(group: Group, marked: Memo<std::collections::BTreeSet<String>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <fieldset class="iso-group">
            <legend>{group.title}</legend>
            {group
                .items
                .into_iter()
                .map(|(id, title)| {
                    let input_id = format!("iso-{id}");
                    let item = StoredValue::new(id.clone());
                    view! {
                        <div class="check">
                            <input
                                type="checkbox"
                                id=input_id.clone()
                                data-testid="iso-item"
                                data-iso-id=id
                                prop:checked=move || item.with_value(|i| marked.with(|m| m.contains(i)))
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    item.with_value(|i| state.set_iso_item(i, on));
                                }
                            />
                            <label for=input_id>
                                <span class="iso-id">{item.get_value()}</span>
                                " "
                                {title}
                            </label>
                        </div>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// Duties of the answer as a table: duty, standing, when it applies, and what remains (or what
/// carries it).
#[component]
fn LineTable(lines: Memo<Vec<Line>>, testid: &'static str, what: &'static str) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="table-wrap">
            <table data-testid=testid>
                <thead>
                    <tr>
                        <th scope="col">{state.text(t::HEADSTART_DUTY)}</th>
                        <th scope="col">{state.text(t::HEADSTART_WITH_WHAT)}</th>
                        <th scope="col">{state.text(t::RESULT_APPLIES_COL)}</th>
                        <th scope="col">{what}</th>
                    </tr>
                </thead>
                <tbody>
                    <For each=move || lines.get() key=|l| l.clone() let(l)>
                        <tr data-standing=l.standing.clone() data-obligation-id=l.obligation.clone()>
                            <td>{l.title.clone()}</td>
                            <td>{l.standing_label.clone()}</td>
                            <td>{l.timing.clone()}</td>
                            <td>
                                {if l.standing == "covered" { l.have.clone() } else { l.remaining.clone() }}
                            </td>
                        </tr>
                    </For>
                </tbody>
            </table>
        </div>
    }
}
