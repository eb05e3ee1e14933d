//! The intro: what the tool does and does not do, privacy, the legal baseline and content date,
//! and the saved assessments (continue, rename, duplicate, delete, open an answers file).

use crate::components::focus::heading_focus;
use crate::download;
use crate::pages::question::QuestionPage;
use crate::state::{AppState, PendingImport};
use aiact_core::labels::human_date;
use aiact_core::report::{MAX_IMPORT_BYTES, import};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The intro screen. A first-time visitor finds the first question right here, so that the
/// assessment starts with the first answer; a returning one continues or starts anew.
#[component]
pub fn IntroPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let v = &state.catalog.version;
    let changes = v.changes.clone();
    let first = state.catalog.questions().next();
    let returning = state.has_answers();
    view! {
        <section class="intro" data-testid="intro">
            {if returning {
                let heading = heading_focus();
                view! {
                    <h1 tabindex="-1" node_ref=heading>"Does the EU AI Act apply to your AI system, and what must you do?"</h1>
                    <div class="nav-buttons">
                        <button type="button" class="primary" data-testid="continue-assessment" on:click=move |_| state.resume()>
                            "Continue where I left off"
                        </button>
                        <button type="button" class="secondary" data-testid="start" on:click=move |_| state.start_new()>
                            "Start a new assessment"
                        </button>
                    </div>
                }.into_any()
            } else {
                view! {
                    <p class="lead">"Does the EU AI Act apply to your AI system, and what must you do? Start with the first question:"</p>
                    {first.map(|q| view! { <QuestionPage q /> })}
                }.into_any()
            }}
            <h2>"About this check"</h2>
            <p>
                "Answer plain-language questions about one AI system or general-purpose AI model. You get the risk tier, your role, "
                "the obligations with their articles, dates and penalty ceilings, how ISO/IEC 42001 covers them, and a report to download. "
                "Help is on every question, and \u{201c}Not sure\u{201d} is always a fair answer."
            </p>
            <ul class="facts">
                <li><strong>"Private:"</strong>" your answers are saved only in this browser. Nothing is sent anywhere; there is no tracking."</li>
                <li><strong>"One system at a time:"</strong>" assess each AI system separately; you can keep several assessments here."</li>
                <li><strong>"Not legal advice:"</strong>" a structured self-assessment that shows its reasoning, for scoping and for conversations with your legal team."</li>
                <li><strong>"Current law:"</strong>" " {v.legal_baseline.clone()} ". Content of " {human_date(&v.content_date)} "."</li>
            </ul>
            <OpenFile />
            <Library />
            <details class="help">
                <summary>"Content updates"</summary>
                <ul>
                    {changes.into_iter().map(|c| view! { <li>{human_date(&c.date)} ": " {c.summary}</li> }).collect_view()}
                </ul>
            </details>
        </section>
    }
}

/// "Open an answers file": reads it, checks it, and asks before importing.
#[component]
fn OpenFile() -> impl IntoView {
    let state = expect_context::<AppState>();
    let on_change = move |ev: web_sys::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        input.set_value("");
        let name = file.name();
        leptos::task::spawn_local(async move {
            let result = download::read_text(file, MAX_IMPORT_BYTES as u64).await;
            match result
                .map_err(|e| e.to_string())
                .and_then(|t| import(&t).map_err(|e| e.to_string()))
            {
                Ok(envelope) => state.pending_import.set(Some(PendingImport {
                    source: format!("the file \u{201c}{name}\u{201d}"),
                    envelope,
                })),
                Err(e) => state.notify(format!(
                    "\u{201c}{name}\u{201d} could not be opened: {e}. Nothing was changed."
                )),
            }
        });
    };
    view! {
        <div class="open-file">
            <label for="open-file" class="input-label">"Open an answers file or JSON report"</label>
            <input id="open-file" type="file" accept=".json,application/json" data-testid="open-file" on:change=on_change />
        </div>
    }
}

/// The saved assessments.
#[component]
fn Library() -> impl IntoView {
    let state = expect_context::<AppState>();
    let renaming = RwSignal::new(None::<String>);
    move || {
        let entries = state.library.get();
        (!entries.is_empty()).then(|| {
            view! {
                <h2>"Your assessments in this browser"</h2>
                <ul class="library" data-testid="library">
                    {entries.into_iter().map(|(id, env)| {
                        let name = if env.name.is_empty() { "Unnamed system".to_owned() } else { env.name.clone() };
                        let tier = env.result.as_ref().map(|r| r.tier.label()).unwrap_or("not started");
                        let (open_id, dup_id, del_id, ren_id, save_id) = (id.clone(), id.clone(), id.clone(), id.clone(), id.clone());
                        let input_id = format!("rename-{id}");
                        let is_renaming = move || renaming.get().as_deref() == Some(ren_id.as_str());
                        let value = RwSignal::new(env.name.clone());
                        view! {
                            <li data-testid="library-entry">
                                <span class="entry-name">{name.clone()}</span>
                                <span class="entry-meta">{format!(" \u{2014} {tier}; changed {}", env.updated.replace('T', " ").trim_end_matches('Z'))}</span>
                                <div class="entry-actions">
                                    <button type="button" class="link" on:click=move |_| state.open_saved(&open_id)>
                                        "Open" <span class="visually-hidden">{format!(" {name}")}</span>
                                    </button>
                                    <button type="button" class="link" on:click=move |_| renaming.set(Some(id.clone()))>"Rename"</button>
                                    <button type="button" class="link" on:click=move |_| state.duplicate(&dup_id)>"Duplicate"</button>
                                    <button type="button" class="link" data-testid="delete" on:click=move |_| state.delete(&del_id)>"Delete"</button>
                                </div>
                                {move || is_renaming().then(|| {
                                    let save_id = save_id.clone();
                                    view! {
                                        <form class="rename" on:submit=move |ev| {
                                            ev.prevent_default();
                                            state.rename(&save_id, value.get_untracked());
                                            renaming.set(None);
                                        }>
                                            <label for=input_id.clone()>"New name"</label>
                                            <input id=input_id.clone() type="text" prop:value=move || value.get()
                                                on:input=move |ev| value.set(event_target_value(&ev)) />
                                            <button type="submit" class="secondary">"Save name"</button>
                                        </form>
                                    }
                                })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
        })
    }
}
