//! The register: every AI system assessed in this browser in one table (name, role, tier or "in
//! progress", next deadline with overdue ones marked, open plan items, last change), sorted by
//! any column and filtered; exported as CSV and JSON; and a colleague's register file imported
//! after a preview, each system added as a new assessment.

use super::{Pending, ScreenHeading};
use crate::state::{AppState, Screen, today};
use crate::text as t;
use crate::vm::{self, register::Incoming, register::Line, register::View};
use aiact_core::register::{self, MAX_REGISTER_BYTES, Preview, Row};
use leptos::prelude::*;

/// The register screen.
#[component]
pub fn Register() -> impl IntoView {
    let state = expect_context::<AppState>();
    let view_of = RwSignal::new(View::default());
    // Every saved assessment, read again whenever one is saved, added or deleted.
    let all = Memo::new(move |_| {
        state.library.track();
        let cat = state.catalog.get();
        if !state.ready.get() || state.later.get().is_none() {
            return None;
        }
        let today = today();
        Some(
            state
                .saved_all()
                .iter()
                .map(|(key, env)| Row::of(cat, key, env, &today))
                .collect::<Vec<Row>>(),
        )
    });
    let shown = Memo::new(move |_| {
        all.with(|rows| {
            rows.as_ref()
                .map(|rows| view_of.with(|v| v.apply(rows)))
                .unwrap_or_default()
        })
    });
    let lines = Memo::new(move |_| {
        let today = today();
        shown.with(|rows| {
            rows.iter()
                .map(|r| vm::register::line(state.catalog.get(), r, &today))
                .collect::<Vec<Line>>()
        })
    });
    let count = Memo::new(move |_| {
        let total = all.with(|a| a.as_ref().map_or(0, Vec::len));
        vm::register::count_line(state.catalog.get(), shown.with(Vec::len), total)
    });
    let tiers =
        Memo::new(move |_| all.with(|a| a.as_deref().map(vm::register::tiers).unwrap_or_default()));
    let export_csv = move |_| {
        let text = shown.with(|rows| register::render_csv(&state.cat().messages, rows));
        offer(state, "csv", "text/csv", &text);
    };
    let export_json = move |_| {
        let keys: Vec<String> = shown.with(|rows| rows.iter().map(|r| r.key.clone()).collect());
        let saved: Vec<_> = state
            .saved_all()
            .into_iter()
            .filter(|(k, _)| keys.contains(k))
            .collect();
        let text = register::render_json(state.catalog.get_untracked(), &saved, &today());
        offer(state, "json", "application/json", &text);
    };
    view! {
        <section class="register" data-testid="register">
            <ScreenHeading>{state.text(t::REGISTER_TITLE)}</ScreenHeading>
            <p>
                {state.text(t::REGISTER_INTRO)}
            </p>
            <Show when=move || all.with(Option::is_none) fallback=move || view! {
                <Filters view_of tiers />
                <p aria-live="polite" data-testid="register-count">{move || count.get()}</p>
                <div class="table-wrap">
                    <table data-testid="register-table">
                        <caption class="visually-hidden">
                            {state.text(t::REGISTER_CAPTION)}
                        </caption>
                        <thead>
                            <tr>
                                <SortHeading view_of column=0 />
                                <th scope="col">{state.text(t::REGISTER_ROLE)}</th>
                                <SortHeading view_of column=1 />
                                <SortHeading view_of column=2 />
                                <SortHeading view_of column=3 />
                                <SortHeading view_of column=4 />
                                <th scope="col">{state.text(t::REGISTER_ACTIONS)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || lines.get() key=|l| l.clone() let(line)>
                                <RegisterRow line />
                            </For>
                        </tbody>
                    </table>
                </div>
                <h2>{state.text(t::REGISTER_EXPORT)}</h2>
                <div class="download-buttons">
                    <button
                        type="button"
                        class="secondary"
                        data-testid="register-csv"
                        on:click=export_csv
                    >
                        {state.text(t::REGISTER_CSV)}
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        data-testid="register-json"
                        on:click=export_json
                    >
                        {state.text(t::REGISTER_JSON)}
                    </button>
                </div>
            }>
                <Pending />
            </Show>
            <Import />
            <div class="nav-buttons">
                <button
                    type="button"
                    class="secondary"
                    data-testid="register-to-list"
                    on:click=move |_| state.go(Screen::Intro)
                >
                    {state.text(t::ALL_ASSESSMENTS)}
                </button>
            </div>
        </section>
    }
}

/// Offers a register export as a download, or says why it failed.
fn offer(state: AppState, ext: &str, mime: &str, text: &str) {
    let name = format!("ai-act-check_register_{}.{ext}", today());
    if let Err(e) = crate::download::offer(&name, mime, text) {
        state.notify(state.say(t::DOWNLOAD_FAILED, &[("why", &e.to_string())]));
    }
}

/// Text, tier and "open items only" filters.
#[component]
fn Filters(view_of: RwSignal<View>, tiers: Memo<Vec<(String, String)>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="register-filters" role="search" aria-label=state.text(t::REGISTER_FILTER)>
            <div>
                <label for="register-text" class="input-label">
                    {state.text(t::REGISTER_SEARCH)}
                </label>
                <input
                    id="register-text"
                    type="search"
                    autocomplete="off"
                    data-testid="register-text"
                    prop:value=move || view_of.with(|v| v.filter.text.clone())
                    on:input=move |ev| {
                        let text = event_target_value(&ev);
                        view_of.update(|v| v.filter.text = text);
                    }
                />
            </div>
            <div>
                <label for="register-tier" class="input-label">
                    {state.text(t::REGISTER_TIER)}
                </label>
                <select
                    id="register-tier"
                    data-testid="register-tier"
                    on:change=move |ev| {
                        let tier = event_target_value(&ev);
                        view_of.update(|v| {
                            v.filter.tiers = if tier.is_empty() { vec![] } else { vec![tier] };
                        });
                    }
                >
                    <option value="" prop:selected=move || view_of.with(|v| v.filter.tiers.is_empty())>
                        {state.text(t::REGISTER_ALL_TIERS)}
                    </option>
                    <For each=move || tiers.get() key=|t| t.clone() let((id, label))>
                        {
                            let value = id.clone();
                            view! {
                                <option
                                    value=id
                                    prop:selected=move || view_of.with(|v| v.filter.tiers.contains(&value))
                                >
                                    {label}
                                </option>
                            }
                        }
                    </For>
                </select>
            </div>
            <div class="check">
                <input
                    id="register-open"
                    type="checkbox"
                    data-testid="register-open"
                    prop:checked=move || view_of.with(|v| v.filter.open_only)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        view_of.update(|v| v.filter.open_only = on);
                    }
                />
                <label for="register-open">{state.text(t::REGISTER_OPEN_ONLY)}</label>
            </div>
        </div>
    }
}

/// A column heading with its sort button; `aria-sort` on the sorted column.
#[component]
fn SortHeading(view_of: RwSignal<View>, column: usize) -> impl IntoView {
    let (by, label, testid) = vm::register::COLUMNS[column];
    let label = expect_context::<AppState>().text(label);
    view! {
        <th scope="col" aria-sort=move || view_of.with(|v| v.aria_sort(by))>
            <button
                type="button"
                class="sort"
                data-testid=testid
                on:click=move |_| view_of.update(|v| v.click(by))
            >
                {label}
            </button>
        </th>
    }
}

/// One system of the register.
#[component]
fn RegisterRow(line: Line) -> impl IntoView {
    let state = expect_context::<AppState>();
    let key = StoredValue::new(line.key.clone());
    let name = line.name.clone();
    let of = move |name: &str| state.say(t::REGISTER_OF, &[("name", name)]);
    view! {
        <tr data-testid="register-row" data-tier=line.tier.clone()>
            <th scope="row" data-testid="register-name">{line.name.clone()}</th>
            <td>{line.roles.clone()}</td>
            <td>{line.tier_label.clone()}</td>
            <td data-testid="register-deadline">
                {line.overdue.then(|| view! { <strong class="overdue">{state.text(t::REGISTER_OVERDUE)}</strong> })}
                {line.deadline.clone()}
            </td>
            <td data-testid="register-open-items">{line.open}</td>
            <td>{line.changed.clone()}</td>
            <td>
                <button
                    type="button"
                    class="link"
                    data-testid="register-open-result"
                    on:click=move |_| key.with_value(|k| state.open_saved(k))
                >
                    {state.text(t::REGISTER_RESULT)}
                    <span class="visually-hidden">{of(&name)}</span>
                </button>
                " "
                <button
                    type="button"
                    class="link"
                    data-testid="register-open-plan"
                    on:click=move |_| key.with_value(|k| state.open_plan(k))
                >
                    {state.text(t::REGISTER_PLAN)}
                    <span class="visually-hidden">{of(&name)}</span>
                </button>
            </td>
        </tr>
    }
}

/// A register file read and waiting for the person to confirm: what it would add (each with a
/// tick), and what it leaves out.
#[derive(Clone)]
struct Waiting {
    file: String,
    preview: Preview,
    incoming: Vec<Incoming>,
    refused: Vec<String>,
    ticked: Vec<bool>,
}

/// Importing a colleague's register file: read, previewed, and added only after confirming.
#[component]
fn Import() -> impl IntoView {
    let state = expect_context::<AppState>();
    let pending = RwSignal::new(None::<Waiting>);
    let problem = RwSignal::new(None::<String>);
    let on_file = move |ev: web_sys::Event| {
        let input = event_target::<web_sys::HtmlInputElement>(&ev);
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        pending.set(None);
        problem.set(None);
        let name = file.name();
        leptos::task::spawn_local(async move {
            match read(state, file).await {
                Ok(preview) => {
                    let names = state.library.get_untracked();
                    let (incoming, refused) =
                        vm::register::preview(state.cat(), &preview, &|key| {
                            names.iter().find(|e| e.id == key).map(|e| {
                                vm::display_name(state.catalog.get_untracked(), &e.name).to_owned()
                            })
                        });
                    let ticked = incoming.iter().map(|i| i.looks_like.is_none()).collect();
                    pending.set(Some(Waiting {
                        file: name,
                        preview,
                        incoming,
                        refused,
                        ticked,
                    }));
                }
                Err(why) => problem.set(Some(
                    state.say(t::REGISTER_IMPORT_FAILED, &[("name", &name), ("why", &why)]),
                )),
            }
        });
    };
    let confirm = move |_| {
        let Some(p) = pending.get_untracked() else {
            return;
        };
        let systems: Vec<_> = p
            .preview
            .systems
            .into_iter()
            .zip(p.ticked)
            .filter(|(_, t)| *t)
            .map(|(s, _)| s.assessment)
            .collect();
        pending.set(None);
        if !systems.is_empty() {
            state.add_systems(systems);
        }
    };
    view! {
        <section class="register-import" aria-labelledby="register-import-title">
            <h2 id="register-import-title">{state.text(t::REGISTER_IMPORT_TITLE)}</h2>
            <label for="register-file" class="input-label">
                {state.text(t::REGISTER_IMPORT_LABEL)}
            </label>
            <input
                id="register-file"
                type="file"
                accept=".json,application/json"
                data-testid="register-file"
                on:change=on_file
            />
            {move || {
                problem
                    .get()
                    .map(|p| {
                        view! {
                            <p class="error" role="alert" data-testid="register-import-error">
                                {p}
                            </p>
                        }
                    })
            }}
            {move || {
                pending
                    .with(|p| p.as_ref().map(|p| (p.file.clone(), p.incoming.clone(), p.refused.clone())))
                    .map(|(file, incoming, refused)| {
                        let adding = move || {
                            pending.with(|p| p.as_ref().map_or(0, |p| p.ticked.iter().filter(|t| **t).count()))
                        };
                        view! {
                            <div class="panel" data-testid="register-preview">
                                <h3>{state.say(t::REGISTER_HOLDS, &[("file", &file)])}</h3>
                                {(!incoming.is_empty())
                                    .then(|| {
                                        view! {
                                            <fieldset>
                                                <legend>{state.text(t::REGISTER_TO_ADD)}</legend>
                                                {incoming
                                                    .into_iter()
                                                    .enumerate()
                                                    .map(|(i, s)| view! { <IncomingItem i s pending /> })
                                                    .collect_view()}
                                            </fieldset>
                                        }
                                    })}
                                {(!refused.is_empty())
                                    .then(|| {
                                        view! {
                                            <h4>{state.text(t::REGISTER_LEFT_OUT)}</h4>
                                            <ul>
                                                {refused
                                                    .into_iter()
                                                    .map(|r| view! { <li data-testid="register-refused">{r}</li> })
                                                    .collect_view()}
                                            </ul>
                                        }
                                    })}
                                <div class="nav-buttons">
                                    <button
                                        type="button"
                                        class="primary"
                                        data-testid="register-import-confirm"
                                        disabled=move || adding() == 0
                                        on:click=confirm
                                    >
                                        {move || match adding() {
                                            1 => state.say(t::REGISTER_ADD_ONE, &[]),
                                            n => state.say(t::REGISTER_ADD, &[("n", &n.to_string())]),
                                        }}
                                    </button>
                                    <button
                                        type="button"
                                        class="secondary"
                                        data-testid="register-import-cancel"
                                        on:click=move |_| pending.set(None)
                                    >
                                        {state.text(t::CANCEL)}
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
        </section>
    }
}

/// One system of an import, ticked to be added.
#[component]
fn IncomingItem(i: usize, s: Incoming, pending: RwSignal<Option<Waiting>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = format!("register-add-{i}");
    view! {
        <div class="check" data-testid="register-incoming">
            <input
                type="checkbox"
                id=id.clone()
                prop:checked=move || pending.with(|p| p.as_ref().is_some_and(|p| p.ticked.get(i) == Some(&true)))
                on:change=move |ev| {
                    let on = event_target_checked(&ev);
                    pending.update(|p| {
                        if let Some(t) = p.as_mut().and_then(|p| p.ticked.get_mut(i)) {
                            *t = on;
                        }
                    });
                }
            />
            <label for=id>
                <strong>{s.name}</strong>
                " \u{2014} "
                {s.tier}
                {s.looks_like.map(|other| {
                    view! {
                        <span class="hint" data-testid="register-same">
                            {state.say(t::REGISTER_LOOKS_LIKE, &[("name", &other)])}
                        </span>
                    }
                })}
            </label>
        </div>
    }
}

/// Reads a register file and previews it against the saved assessments.
async fn read(state: AppState, file: web_sys::File) -> Result<Preview, String> {
    let size = file.size() as usize;
    if size > MAX_REGISTER_BYTES {
        return Err(register::ImportError::TooLarge(size).to_string());
    }
    let text = crate::download::read_text(file, MAX_REGISTER_BYTES as u64)
        .await
        .map_err(|e| e.to_string())?;
    register::preview(state.cat(), &text, &state.saved_all(), &today()).map_err(|e| e.to_string())
}
