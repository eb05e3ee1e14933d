//! The result: the summary first, then small components, each fed by one part of the engine's
//! report (classification and roles, obligations, ISO/IEC 42001 coverage, open points, the
//! procurement answer sheet), then the downloads. Each part is a memo of its own, so a change
//! re-renders only the parts that differ. Every conclusion has one folded "why" with the answers
//! that decided it.

use super::ScreenHeading;
use super::downloads::Downloads;
use super::procurement::ProcurementSheet;
use super::summary::Summary;
use crate::state::{AppState, Screen};
use crate::text as t;
use crate::vm::result::{self as vm, ISO_ID, OBLIGATIONS_ID, ObligationRow, obligation_anchor};
use aiact_core::report::{
    AnswerLine, Cite, ObligationPart, OpenPoint, Report, RolePart, SoaLine, TierPart,
};
use leptos::prelude::*;

/// The result screen.
#[component]
pub fn ResultScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    fn part<T: Clone + PartialEq + Send + Sync + 'static>(
        state: AppState,
        f: fn(&Report) -> T,
    ) -> Memo<Option<T>> {
        Memo::new(move |_| state.report.with(|r| r.as_ref().map(f)))
    }
    let complete = part(state, |r| r.complete);
    let name = part(state, |r| r.system_name.clone());
    let classification = part(state, |r| (r.tier.clone(), r.in_scope, r.roles.clone()));
    let summary = part(state, vm::summary);
    let has_obligations = part(state, |r| !r.obligations.is_empty());
    let penalties = part(state, |r| {
        r.penalty_ceilings()
            .into_iter()
            .map(str::to_owned)
            .collect::<Vec<_>>()
    });
    let rows = part(state, vm::obligation_rows);
    let procurement = Memo::new(move |_| {
        state
            .report
            .with(|r| r.as_ref().map(vm::procurement).unwrap_or_default())
    });
    let iso = part(state, |r| {
        (
            r.obligations.is_empty(),
            r.iso_gap_intro().to_owned(),
            r.iso_gaps.clone(),
            r.soa.clone(),
        )
    });
    let open_points = part(state, |r| r.open_points.clone());
    let review = part(state, vm::review_points);
    let disclaimer = part(state, |r| r.disclaimer.clone());
    let plan = part(state, |r| {
        let any = !r.obligations.is_empty() || !r.plan.set_aside.is_empty();
        any.then(|| {
            (
                r.plan.clone(),
                r.head_start
                    .known
                    .then(|| r.head_start.verdict(&r.messages)),
            )
        })
    });
    // The classification shows with the click's next frame; the long lists follow one frame
    // later, so that opening the result never holds the page for the whole report.
    let all = RwSignal::new(false);
    request_animation_frame(move || {
        set_timeout(
            move || {
                let _ = all.try_set(true);
            },
            std::time::Duration::ZERO,
        )
    });
    view! {
        <section class="result" data-testid="result">
            <ScreenHeading>
                {move || {
                    state
                        .text(
                            if complete.get() == Some(false) {
                                t::RESULT_TITLE_SO_FAR
                            } else {
                                t::RESULT_TITLE
                            },
                        )
                }}
            </ScreenHeading>
            {move || {
                name.get()
                    .filter(|n| !n.is_empty())
                    .map(|n| view! { <p class="system-name">{n}</p> })
            }}
            <Show when=move || complete.get() == Some(false)>
                <p class="notice" data-testid="incomplete">
                    {state.text(t::RESULT_INCOMPLETE)}
                    " "
                    <button
                        type="button"
                        class="link"
                        data-testid="answer-open"
                        on:click=move |_| state.resume()
                    >
                        {state.text(t::RESULT_ANSWER_THEM)}
                    </button>
                </p>
            </Show>
            <div class="report">
                <Summary summary />
                {move || {
                    review
                        .get()
                        .filter(|p| !p.is_empty())
                        .map(|points| view! { <ReviewFirst points /> })
                }}
                {move || {
                    classification
                        .get()
                        .map(|(tier, in_scope, roles)| {
                            view! { <Classification tier in_scope roles /> }
                        })
                }}
                <Show when=move || all.get() && has_obligations.get() == Some(true)>
                    <Obligations penalties rows />
                </Show>
                {move || {
                    iso.get()
                        .filter(|(none, ..)| all.get() && !none)
                        .map(|(_, intro, gaps, soa)| view! { <IsoCoverage intro gaps soa /> })
                }}
                {move || {
                    open_points
                        .get()
                        .filter(|p| all.get() && !p.is_empty())
                        .map(|points| view! { <OpenPoints points /> })
                }}
                {move || {
                    plan.get()
                        .flatten()
                        .filter(|_| all.get())
                        .map(|(summary, head_start)| {
                            view! { <super::plan::PlanOnResult summary head_start /> }
                        })
                }}
                <Show when=move || all.get()>
                    <ProcurementSheet pairs=procurement />
                </Show>
            </div>
            <p class="disclaimer">{move || disclaimer.get()}</p>
            <super::plan::PlanLinks />
            <Downloads />
            <div class="nav-buttons">
                <button
                    type="button"
                    class="secondary"
                    data-testid="review"
                    on:click=move |_| state.go(Screen::Review)
                >
                    {state.text(t::RESULT_REVIEW)}
                </button>
                <button
                    type="button"
                    class="secondary"
                    data-testid="home"
                    on:click=move |_| state.go(Screen::Intro)
                >
                    {state.text(t::ALL_ASSESSMENTS)}
                </button>
            </div>
        </section>
    }
}

/// Citations inline, comma-separated, linked to EUR-Lex.
#[component]
fn InlineCites(cites: Vec<Cite>) -> impl IntoView {
    let n = cites.len();
    cites
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let sep = (i + 1 < n).then_some(", ");
            match c.url {
                Some(url) => view! {
                    <a href=url target="_blank" rel="noopener noreferrer">
                        {c.label}
                    </a>
                    {sep}
                }
                .into_any(),
                None => view! {
                    {c.label}
                    {sep}
                }
                .into_any(),
            }
        })
        .collect_view()
}

fn provisional(yes: bool) -> Option<impl IntoView> {
    let state = expect_context::<AppState>();
    yes.then(|| view! { " " <span class="prov">{state.text(t::RESULT_PROVISIONAL)}</span> })
}

/// The answers that decided a conclusion, folded away; nothing when no answer beyond those
/// shown for an earlier conclusion decided it.
#[component]
fn Why(lines: Vec<AnswerLine>) -> impl IntoView {
    (!lines.is_empty()).then(|| {
        let state = expect_context::<AppState>();
        let count = match lines.len() {
            1 => state.say(t::RESULT_WHY_ONE, &[]),
            n => state.say(t::RESULT_WHY, &[("n", &n.to_string())]),
        };
        view! {
            <details class="why" data-testid="why">
                <summary>{count}</summary>
                <ul>
                    {lines
                        .into_iter()
                        .map(|l| {
                            view! {
                                <li>
                                    {l.question} " " <strong>{l.answer}</strong>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
        }
    })
}

/// Stricter outcomes a "not sure" answer could lead to (such as a possible ban), before the
/// result that applies otherwise.
#[component]
fn ReviewFirst(points: Vec<vm::ReviewPoint>) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section class="review-first" data-testid="review-first">
            <h2>{state.text(t::RESULT_REVIEW_FIRST)}</h2>
            <ul>
                {points
                    .into_iter()
                    .map(|p| {
                        view! {
                            <li data-tier=p.tier>
                                <strong>{p.headline} "."</strong>
                                " "
                                {p.sentence}
                                " ("
                                <InlineCites cites=p.refs />
                                ")"
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// The tier with its reasoning, and the roles held.
#[component]
fn Classification(tier: TierPart, in_scope: bool, roles: Vec<RolePart>) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section>
            <h2>{state.text(t::RESULT_CLASSIFICATION)}</h2>
            <p>
                <span
                    class=format!("badge tier-{}", tier.id)
                    data-testid="tier"
                    data-tier=tier.id.clone()
                >
                    {tier.label}
                </span>
                {provisional(tier.provisional)}
                " "
                <span data-testid="scope">
                    {if in_scope {
                        {state.text(t::RESULT_APPLIES)}
                    } else {
                        {state.text(t::RESULT_NOT_APPLIES)}
                    }}
                </span>
            </p>
            <h3 data-testid="conclusion">{tier.title}</h3>
            <p>{tier.explanation}</p>
            <p>{state.text(t::RESULT_ARTICLES_LABEL)} " " <InlineCites cites=tier.refs /></p>
            <Why lines=tier.because />
            {(!roles.is_empty())
                .then(|| {
                    view! {
                        <h3>{state.text(t::RESULT_ROLES)}</h3>
                        <ul data-testid="roles" class="roles">
                            {roles
                                .into_iter()
                                .map(|role| {
                                    view! {
                                        <li data-role-id=role.id>
                                            <strong>{role.name}</strong>
                                            {provisional(role.provisional)}
                                            ": "
                                            {role.explanation}
                                            " ("
                                            <InlineCites cites=role.refs />
                                            ")"
                                            <Why lines=role.because />
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

/// The obligations, grouped by role, with the penalty ceilings once; a changed obligation
/// replaces only its own card.
#[component]
fn Obligations(
    penalties: Memo<Option<Vec<String>>>,
    rows: Memo<Option<Vec<ObligationRow>>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section id=OBLIGATIONS_ID data-testid="obligations">
            <h2>{state.text(t::RESULT_OBLIGATIONS)}</h2>
            <p class="meta">{state.text(t::RESULT_PENALTIES)}</p>
            <ul class="meta">
                {move || {
                    penalties
                        .get()
                        .unwrap_or_default()
                        .into_iter()
                        .map(|p| view! { <li>{p}</li> })
                        .collect_view()
                }}
            </ul>
            <For each=move || rows.get().unwrap_or_default() key=|row| row.clone() let(row)>
                {row.heading.map(|h| view! { <h3>{h}</h3> })}
                <Obligation o=row.obligation penalty=row.penalty />
            </For>
        </section>
    }
}

/// One obligation: what to do, when, the articles, its penalty ceiling where it is not the
/// common one, and how far ISO/IEC 42001 covers it (what lies beyond is in the gap list).
#[component]
fn Obligation(o: ObligationPart, penalty: Option<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let m = &expect_context::<AppState>().cat().messages;
    let when = o.when_line(m);
    let iso = o.iso_short();
    let plan = o.plan.recorded.then(|| o.plan.line(m, &str::to_owned));
    view! {
        <div
            class="ob"
            id=obligation_anchor(&o.id)
            data-testid="obligation"
            data-obligation-id=o.id
        >
            <h4>{o.title} {provisional(o.provisional)}</h4>
            <p>{o.summary}</p>
            <dl>
                <dt>{state.text(t::RESULT_WHEN)}</dt>
                <dd>{when}</dd>
                {(!o.date_note.is_empty())
                    .then(|| {
                        view! {
                            <dt>{state.text(t::RESULT_NOTE)}</dt>
                            <dd>{o.date_note}</dd>
                        }
                    })}
                <dt>{state.text(t::RESULT_ARTICLES)}</dt>
                <dd>
                    <InlineCites cites=o.refs />
                </dd>
                {penalty
                    .map(|p| {
                        view! {
                            <dt>{state.text(t::RESULT_PENALTY)}</dt>
                            <dd>{p}</dd>
                        }
                    })}
                <dt>"ISO/IEC 42001"</dt>
                <dd>{iso}</dd>
                {plan
                    .map(|line| {
                        view! {
                            <dt>{state.text(t::RESULT_PLAN)}</dt>
                            <dd data-testid="obligation-plan">{line}</dd>
                        }
                    })}
            </dl>
            <Why lines=o.because />
        </div>
    }
}

/// What ISO/IEC 42001 leaves to do, and the draft Statement of Applicability.
#[component]
fn IsoCoverage(intro: String, gaps: Vec<ObligationPart>, soa: Vec<SoaLine>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let total = soa.len();
    let relevant: Vec<SoaLine> = soa.into_iter().filter(|s| s.relevant).collect();
    let count = relevant.len();
    view! {
        <section id=ISO_ID data-testid="iso">
            <h2>{state.text(t::RESULT_ISO_TITLE)}</h2>
            {if gaps.is_empty() {
                view! { <p>{state.text(t::RESULT_ISO_ALL)}</p> }.into_any()
            } else {
                view! {
                    <p>{intro}</p>
                    <table class="stack" data-testid="iso-gaps">
                        <thead>
                            <tr>
                                <th>{state.text(t::RESULT_OBLIGATION)}</th>
                                <th>{state.text(t::RESULT_FIT)}</th>
                                <th>{state.text(t::RESULT_APPLIES_COL)}</th>
                                <th>{state.text(t::RESULT_BEYOND_ISO)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {gaps
                                .into_iter()
                                .map(|g| {
                                    view! {
                                        <tr>
                                            <td data-label=state.text(t::RESULT_OBLIGATION)>{g.title}</td>
                                            <td data-label=state.text(t::RESULT_FIT)>{g.iso.fit_label}</td>
                                            <td data-label=state.text(t::RESULT_APPLIES_COL)>{g.timing}</td>
                                            <td data-label=state.text(t::RESULT_BEYOND_ISO)>{g.iso.gap}</td>
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                }
                    .into_any()
            }}
            <h3>{state.text(t::RESULT_SOA_TITLE)}</h3>
            <p>
                {state
                    .say(
                        if count == 1 { t::RESULT_SOA_ONE } else { t::RESULT_SOA },
                        &[("count", &count.to_string()), ("total", &total.to_string())],
                    )}
            </p>
            {(!relevant.is_empty())
                .then(|| {
                    view! {
                        <ul class="controls" data-testid="soa">
                            {relevant
                                .into_iter()
                                .map(|s| view! { <li>{s.control} " " {s.title}</li> })
                                .collect_view()}
                        </ul>
                    }
                })}
        </section>
    }
}

/// The "not sure" answers and what each alternative would change.
#[component]
fn OpenPoints(points: Vec<OpenPoint>) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section data-testid="unsure">
            <h2>{state.text(t::RESULT_OPEN_POINTS)}</h2>
            <p>
                {state.text(t::RESULT_OPEN_POINTS_INTRO)}
            </p>
            <ul>
                {points
                    .into_iter()
                    .map(|p| {
                        view! {
                            <li>
                                {p.question}
                                <ul>
                                    {p
                                        .alternatives
                                        .into_iter()
                                        .map(|a| view! { <li>{a}</li> })
                                        .collect_view()}
                                </ul>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}
