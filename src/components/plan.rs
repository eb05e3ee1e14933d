//! The plan editor: one card per obligation of the open assessment with its status (and the
//! reason when it does not apply), owner, due date (the date the duty bites by default),
//! evidence and references; every change checked by the engine and saved at once, a refusal
//! shown next to its field. Entries of obligations that no longer apply are listed aside with
//! what was recorded. The calendar file and the tracker CSV download from here.

use super::{Pending, ScreenHeading};
use crate::later::Format;
use crate::state::{AppState, Screen};
use crate::text as t;
use crate::vm::{self, plan::Aside, plan::Field, plan::Row};
use aiact_core::plan::{Entry, Status};
use aiact_core::report::PlanSummary;
use leptos::prelude::*;

/// The buttons on the result that lead to the plan and to the ISO/IEC 42001 head start.
#[component]
pub fn PlanLinks() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="nav-buttons">
            <button
                type="button"
                class="primary"
                data-testid="open-plan"
                on:click=move |_| state.go(Screen::Plan)
            >
                {state.text(t::PLAN_OPEN)}
            </button>
            <button
                type="button"
                class="secondary"
                data-testid="open-head-start"
                on:click=move |_| state.go(Screen::HeadStart)
            >
                {state.text(t::PLAN_HEAD_START)}
            </button>
        </div>
    }
}

/// The plan on the result: where work stands, what the ISO/IEC 42001 management system covers,
/// and the entries set aside, with what was recorded for each.
#[component]
pub fn PlanOnResult(summary: PlanSummary, head_start: Option<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let m = &state.cat().messages;
    let counts = if summary.started {
        state.say(t::PLAN_WHERE, &[("counts", &summary.counts(m))])
    } else {
        state.say(t::PLAN_NONE_YET, &[])
    };
    let aside: Vec<(String, String)> = summary
        .set_aside
        .iter()
        .map(|x| (x.title.clone(), x.plan.line(m, &str::to_owned)))
        .collect();
    view! {
        <section class="page" data-testid="result-plan" aria-labelledby="result-plan-title">
            <h2 id="result-plan-title">{state.text(t::RESULT_PLAN)}</h2>
            <p data-testid="result-plan-counts">{counts}</p>
            {head_start
                .map(|v| {
                    view! {
                        <p data-testid="result-head-start">
                            {state.say(t::PLAN_WITH_ISO, &[("verdict", &v)])}
                        </p>
                    }
                })}
            {(!aside.is_empty())
                .then(|| {
                    view! {
                        <p>
                            {state.text(t::PLAN_ASIDE_RESULT)}
                        </p>
                        <ul>
                            {aside
                                .into_iter()
                                .map(|(title, line)| {
                                    view! {
                                        <li data-testid="result-aside-item">
                                            <strong>{title}</strong>
                                            ": "
                                            {line}
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                })}
        </section>
    }
}

/// The plan editor screen.
#[component]
pub fn PlanScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = crate::state::today();
    // The rows depend on the answers only: editing an entry never rebuilds them.
    let rows = Memo::new(move |_| {
        let cat = state.catalog.get();
        state
            .assessment
            .with(|a| a.as_ref().map(|a| vm::plan::rows(cat, a, &today)))
    });
    let glance = Memo::new(move |_| {
        let cat = state.catalog.get();
        state.assessment.with(|a| {
            let a = a.as_ref()?;
            state.current.with(|e| {
                let v = aiact_core::plan::view(cat, a, &e.plan);
                Some((vm::plan::summary(cat, &v), vm::plan::set_aside(cat, &v)))
            })
        })
    });
    let summary = Memo::new(move |_| {
        glance
            .with(|g| g.as_ref().map(|g| g.0.clone()))
            .unwrap_or_default()
    });
    let aside = Memo::new(move |_| {
        glance
            .with(|g| g.as_ref().map(|g| g.1.clone()))
            .unwrap_or_default()
    });
    let incomplete = Memo::new(move |_| {
        state
            .assessment
            .with(|a| a.as_ref().is_some_and(|a| !a.complete))
    });
    let any = Memo::new(move |_| rows.with(|r| r.as_ref().is_some_and(|r| !r.is_empty())));
    view! {
        <section class="plan" data-testid="plan">
            <ScreenHeading>{state.text(t::PLAN_TITLE)}</ScreenHeading>
            <p class="system-name">
                {move || state.current.with(|e| vm::display_name(state.catalog.get(), &e.name).to_owned())}
            </p>
            <p>
                {state.text(t::PLAN_INTRO)}
            </p>
            <Show when=move || incomplete.get()>
                <p class="notice" data-testid="plan-incomplete">
                    {state.text(t::PLAN_INCOMPLETE)}
                </p>
            </Show>
            <Show when=move || rows.with(Option::is_none)>
                <Pending />
            </Show>
            <Show when=move || rows.with(|r| r.as_ref().is_some_and(Vec::is_empty))>
                <p data-testid="plan-empty">
                    {state.text(t::PLAN_NOTHING)}
                </p>
            </Show>
            <Show when=move || any.get()>
                <p data-testid="plan-summary">{move || summary.get()}</p>
                <div class="download-buttons">
                    <button
                        type="button"
                        class="secondary"
                        data-testid="download-ics"
                        on:click=move |_| state.download(Format::Calendar)
                    >
                        {state.text(t::DOWNLOAD_ICS)}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        data-testid="download-tracker"
                        on:click=move |_| state.download(Format::Tracker)
                    >
                        {state.text(t::DOWNLOAD_TRACKER)}
                    </button>
                </div>
                <ol class="plan-items" aria-label=state.text(t::RESULT_OBLIGATIONS)>
                    <For
                        each=move || rows.get().unwrap_or_default()
                        key=|row| row.clone()
                        let(row)
                    >
                        <PlanItem row />
                    </For>
                </ol>
            </Show>
            <Show when=move || aside.with(|a| !a.is_empty())>
                <section data-testid="plan-aside" aria-labelledby="plan-aside-title">
                    <h2 id="plan-aside-title">{state.text(t::PLAN_ASIDE_TITLE)}</h2>
                    <p>
                        {state.text(t::PLAN_ASIDE_INTRO)}
                    </p>
                    <ul class="plan-aside">
                        <For each=move || aside.get() key=|a| a.clone() let(item)>
                            <AsideItem item />
                        </For>
                    </ul>
                </section>
            </Show>
            <div class="nav-buttons">
                <button
                    type="button"
                    class="secondary"
                    data-testid="to-head-start"
                    on:click=move |_| state.go(Screen::HeadStart)
                >
                    {state.text(t::PLAN_HEAD_START)}
                </button>
                <button
                    type="button"
                    class="secondary"
                    data-testid="plan-to-result"
                    on:click=move |_| state.go(Screen::Result)
                >
                    {state.text(t::PLAN_BACK)}
                </button>
                <button
                    type="button"
                    class="secondary"
                    data-testid="plan-to-register"
                    on:click=move |_| state.go(Screen::Register)
                >
                    {state.text(t::PLAN_REGISTER)}
                </button>
            </div>
        </section>
    }
}

/// What the editor shows of a refusal: the message next to the field it concerns.
type Problem = Option<(Field, String)>;

/// The message for `field`, if the last change was refused for it.
fn field_error(error: RwSignal<Problem>, field: Field, id: String) -> impl IntoView {
    move || {
        error.with(|e| {
            e.as_ref().filter(|(f, _)| *f == field).map(|(_, m)| {
                view! {
                    <p class="field-error" id=id.clone() data-testid="plan-error">
                        {m.clone()}
                    </p>
                }
            })
        })
    }
}

/// One obligation's card. The fields show the draft: what the person typed, saved whenever the
/// engine accepts it. A change made elsewhere (another tab) replaces the draft.
#[component]
fn PlanItem(row: Row) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(row.obligation.clone());
    let bites = StoredValue::new(row.bites.clone());
    let saved = Memo::new(move |_| {
        id.with_value(|id| {
            state
                .current
                .with(|e| e.plan.get(id).cloned().unwrap_or_default())
        })
    });
    let draft = RwSignal::new(saved.get_untracked());
    let written = StoredValue::new(saved.get_untracked());
    let error = RwSignal::new(None::<(Field, String)>);
    Effect::new(move |_| {
        let now = saved.get();
        if now != written.get_value() {
            written.set_value(now.clone());
            draft.set(now);
            error.set(None);
        }
    });
    let commit = move |change: &dyn Fn(&mut Entry)| {
        draft.update(|d| change(d));
        let entry = draft.get_untracked();
        match id.with_value(|id| state.set_plan_entry(id, entry.clone())) {
            Ok(()) => {
                written.set_value(saved.get_untracked());
                error.set(None);
            }
            Err(e) => error.set(Some((
                vm::plan::field_of(&e, &entry),
                vm::plan::message(state.cat(), &e),
            ))),
        }
    };
    let fid = move |f: &str| id.with_value(|id| format!("plan-{id}-{f}"));
    let invalid = move |f: Field| {
        move || {
            error
                .with(|e| e.as_ref().is_some_and(|(x, _)| *x == f))
                .then_some("true")
        }
    };
    let described = move |f: Field, hint: Option<String>| {
        let err = fid("error");
        move || {
            let mut ids: Vec<String> = hint.iter().cloned().collect();
            if error.with(|e| e.as_ref().is_some_and(|(x, _)| *x == f)) {
                ids.push(err.clone());
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let default_note = row.default_note.clone();
    view! {
        <li class="plan-item" data-testid="plan-item" data-obligation-id=row.obligation.clone()>
            <h2>{row.title.clone()}</h2>
            <p class="meta">
                {state.say(t::PLAN_AS, &[("role", &row.role), ("when", &row.when)])}
            </p>
            <div class="plan-fields">
                <div>
                    <label for=fid("status") class="input-label">
                        {state.text(t::PLAN_STATUS)}
                    </label>
                    <select
                        id=fid("status")
                        data-testid="plan-status"
                        aria-invalid=invalid(Field::Status)
                        aria-describedby=described(Field::Status, None)
                        on:change=move |ev| {
                            if let Some(s) = Status::from_id(&event_target_value(&ev)) {
                                commit(&|d| d.status = s);
                            }
                        }
                    >
                        {vm::plan::statuses(state.cat())
                            .map(|(value, label)| {
                                view! {
                                    <option
                                        value=value
                                        prop:selected=move || draft.with(|d| d.status.id() == value)
                                    >
                                        {label}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                    {field_error(error, Field::Status, fid("error"))}
                </div>
                <Show when=move || draft.with(|d| d.status == Status::NotApplicable)>
                    <div>
                        <label for=fid("reason") class="input-label">
                            {state.text(t::PLAN_REASON_REQUIRED)}
                        </label>
                        <textarea
                            id=fid("reason")
                            rows="2"
                            maxlength="2000"
                            data-testid="plan-reason"
                            aria-invalid=invalid(Field::Reason)
                            aria-describedby=described(Field::Reason, None)
                            prop:value=move || draft.with(|d| d.reason.clone())
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                commit(&|d| d.reason.clone_from(&v));
                            }
                        ></textarea>
                        {field_error(error, Field::Reason, fid("error"))}
                    </div>
                </Show>
                <div>
                    <label for=fid("owner") class="input-label">
                        {state.text(t::PLAN_OWNER)}
                    </label>
                    <input
                        id=fid("owner")
                        type="text"
                        maxlength="200"
                        autocomplete="off"
                        data-testid="plan-owner"
                        aria-invalid=invalid(Field::Owner)
                        aria-describedby=described(Field::Owner, None)
                        prop:value=move || draft.with(|d| d.owner.clone())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            commit(&|d| d.owner.clone_from(&v));
                        }
                    />
                    {field_error(error, Field::Owner, fid("error"))}
                </div>
                <div>
                    <label for=fid("due") class="input-label">
                        {state.text(t::PLAN_DUE_DATE)}
                    </label>
                    <input
                        id=fid("due")
                        type="date"
                        data-testid="plan-due"
                        aria-invalid=invalid(Field::Due)
                        aria-describedby=described(Field::Due, Some(fid("due-note")))
                        prop:value=move || {
                            draft.with(|d| d.due.clone()).unwrap_or_else(|| bites.get_value())
                        }
                        on:change=move |ev| {
                            let v = event_target_value(&ev);
                            if let Some(due) = bites.with_value(|b| vm::plan::due_from_input(&v, b)) {
                                commit(&|d| d.due.clone_from(&due));
                            }
                        }
                    />
                    <p class="hint" id=fid("due-note") data-testid="plan-due-note">
                        {move || {
                            if draft.with(|d| d.due.is_none()) {
                                default_note.clone()
                            } else {
                                state.say(t::PLAN_SET_BY_YOU, &[])
                            }
                        }}
                    </p>
                    <Show when=move || draft.with(|d| d.due.is_some())>
                        <button
                            type="button"
                            class="link"
                            data-testid="plan-due-default"
                            on:click=move |_| commit(&|d| d.due = None)
                        >
                            {state.text(t::PLAN_USE_DEFAULT)}
                        </button>
                    </Show>
                    {field_error(error, Field::Due, fid("error"))}
                </div>
                <div>
                    <label for=fid("evidence") class="input-label">
                        {state.text(t::PLAN_EVIDENCE_LABEL)}
                    </label>
                    <textarea
                        id=fid("evidence")
                        rows="2"
                        maxlength="2000"
                        data-testid="plan-evidence"
                        aria-invalid=invalid(Field::Evidence)
                        aria-describedby=described(Field::Evidence, None)
                        prop:value=move || draft.with(|d| d.evidence.clone())
                        on:input=move |ev| {
                            let v = event_target_value(&ev);
                            commit(&|d| d.evidence.clone_from(&v));
                        }
                    ></textarea>
                    {field_error(error, Field::Evidence, fid("error"))}
                </div>
                <div>
                    <label for=fid("refs") class="input-label">
                        {state.text(t::PLAN_REFERENCES_LABEL)}
                    </label>
                    <textarea
                        id=fid("refs")
                        rows="2"
                        data-testid="plan-references"
                        aria-invalid=invalid(Field::References)
                        aria-describedby=described(Field::References, Some(fid("refs-note")))
                        prop:value=move || {
                            draft.with(|d| vm::plan::references_text(&d.references))
                        }
                        on:input=move |ev| {
                            let refs = vm::plan::references_from_text(&event_target_value(&ev));
                            commit(&|d| d.references.clone_from(&refs));
                        }
                    ></textarea>
                    <p class="hint" id=fid("refs-note")>
                        {state.text(t::PLAN_REFERENCES_NOTE)}
                    </p>
                    {field_error(error, Field::References, fid("error"))}
                </div>
            </div>
        </li>
    }
}

/// An entry set aside, with what was recorded.
#[component]
fn AsideItem(item: Aside) -> impl IntoView {
    view! {
        <li data-testid="plan-aside-item" data-obligation-id=item.obligation>
            <strong>{item.title}</strong>
            <p class="meta">{item.why}</p>
            <dl>
                {item
                    .recorded
                    .into_iter()
                    .map(|(label, value)| {
                        view! {
                            <dt>{label}</dt>
                            <dd>{value}</dd>
                        }
                    })
                    .collect_view()}
            </dl>
        </li>
    }
}
