//! The register: every AI system assessed in this browser in one table (name, role, tier or "in
//! progress", next deadline with overdue ones marked, open plan items, last change), sorted by
//! any column and filtered; exported as CSV and JSON; and a colleague's register file imported
//! after a preview, each system added as a new assessment.

use super::{Pending, ScreenHeading};
use crate::state::{AppState, Screen, today};
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
                .map(|r| vm::register::line(r, &today))
                .collect::<Vec<Line>>()
        })
    });
    let count = Memo::new(move |_| {
        let total = all.with(|a| a.as_ref().map_or(0, Vec::len));
        vm::register::count_line(shown.with(Vec::len), total)
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
            <ScreenHeading>"Register of AI systems"</ScreenHeading>
            <p>
                "Every AI system assessed in this browser, with its tier, next deadline and open plan items: the inventory ISO/IEC 42001 and the AI Act\u{2019}s registration duties start from."
            </p>
            <Show when=move || all.with(Option::is_none) fallback=move || view! {
                <Filters view_of tiers />
                <p aria-live="polite" data-testid="register-count">{move || count.get()}</p>
                <div class="table-wrap">
                    <table data-testid="register-table">
                        <caption class="visually-hidden">
                            "AI systems assessed in this browser. Sort buttons are in the column headings."
                        </caption>
                        <thead>
                            <tr>
                                <SortHeading view_of column=0 />
                                <th scope="col">"Role"</th>
                                <SortHeading view_of column=1 />
                                <SortHeading view_of column=2 />
                                <SortHeading view_of column=3 />
                                <SortHeading view_of column=4 />
                                <th scope="col">"Actions"</th>
                            </tr>
                        </thead>
                        <tbody>
                            <For each=move || lines.get() key=|l| l.clone() let(line)>
                                <RegisterRow line />
                            </For>
                        </tbody>
                    </table>
                </div>
                <h2>"Export"</h2>
                <div class="download-buttons">
                    <button
                        type="button"
                        class="secondary"
                        data-testid="register-csv"
                        on:click=export_csv
                    >
                        "Register as CSV (the systems shown)"
                    </button>
                    <button
                        type="button"
                        class="secondary"
                        data-testid="register-json"
                        on:click=export_json
                    >
                        "Register as JSON, to import elsewhere (the systems shown)"
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
                    "All assessments"
                </button>
            </div>
        </section>
    }
}

/// Offers a register export as a download, or says why it failed.
fn offer(state: AppState, ext: &str, mime: &str, text: &str) {
    let name = format!("ai-act-check_register_{}.{ext}", today());
    if let Err(e) = crate::download::offer(&name, mime, text) {
        state.notify(format!("The download could not be created: {e}."));
    }
}

/// Text, tier and "open items only" filters.
#[component]
fn Filters(view_of: RwSignal<View>, tiers: Memo<Vec<(String, String)>>) -> impl IntoView {
    view! {
        <div class="register-filters" role="search" aria-label="Filter the register">
            <div>
                <label for="register-text" class="input-label">
                    "Search"
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
                    "Tier"
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
                        "All tiers"
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
                <label for="register-open">"Only systems with open plan items"</label>
            </div>
        </div>
    }
}

/// A column heading with its sort button; `aria-sort` on the sorted column.
#[component]
fn SortHeading(view_of: RwSignal<View>, column: usize) -> impl IntoView {
    let (by, label, testid) = vm::register::COLUMNS[column];
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
    view! {
        <tr data-testid="register-row" data-tier=line.tier.clone()>
            <th scope="row" data-testid="register-name">{line.name.clone()}</th>
            <td>{line.roles.clone()}</td>
            <td>{line.tier_label.clone()}</td>
            <td data-testid="register-deadline">
                {line.overdue.then(|| view! { <strong class="overdue">"Overdue: "</strong> })}
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
                    "Result"
                    <span class="visually-hidden">" of " {name.clone()}</span>
                </button>
                " "
                <button
                    type="button"
                    class="link"
                    data-testid="register-open-plan"
                    on:click=move |_| key.with_value(|k| state.open_plan(k))
                >
                    "Plan"
                    <span class="visually-hidden">" of " {name}</span>
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
                    let (incoming, refused) = vm::register::preview(&preview, &|key| {
                        names
                            .iter()
                            .find(|e| e.id == key)
                            .map(|e| vm::display_name(&e.name).to_owned())
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
                Err(why) => problem.set(Some(format!(
                    "\u{201c}{name}\u{201d} could not be imported: {why}. Nothing was changed."
                ))),
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
            <h2 id="register-import-title">"Import a register file"</h2>
            <label for="register-file" class="input-label">
                "A register exported from AI Act Check (JSON). You see what it holds before anything is added; nothing already here is changed."
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
                                <h3>"What \u{201c}" {file} "\u{201d} holds"</h3>
                                {(!incoming.is_empty())
                                    .then(|| {
                                        view! {
                                            <fieldset>
                                                <legend>"Systems to add as new assessments"</legend>
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
                                            <h4>"Left out"</h4>
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
                                            1 => "Add 1 system".to_owned(),
                                            n => format!("Add {n} systems"),
                                        }}
                                    </button>
                                    <button
                                        type="button"
                                        class="secondary"
                                        data-testid="register-import-cancel"
                                        on:click=move |_| pending.set(None)
                                    >
                                        "Cancel"
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
                            "Looks like \u{201c}" {other}
                            "\u{201d}, already here: adding it makes a second copy beside it."
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
