//! The saved assessments (open, rename, duplicate, delete), each with where it stands, and the
//! decision logic in the open.

use super::ScreenHeading;
use crate::state::AppState;
use crate::text as t;
use crate::vm;
use leptos::html;
use leptos::prelude::*;

/// For a returning visitor: continue the open assessment (named), or start a new one.
#[component]
pub fn WayBack() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <ScreenHeading>{state.text(t::LIBRARY_TITLE)}</ScreenHeading>
        <div class="nav-buttons">
            <button
                type="button"
                class="primary"
                data-testid="continue-assessment"
                on:click=move |_| state.resume()
            >
                {move || state.current.with(|e| vm::continue_label(state.catalog.get(), &e.name))}
            </button>
            <button
                type="button"
                class="secondary"
                data-testid="start"
                on:click=move |_| state.start_new()
            >
                {state.text(t::LIBRARY_START)}
            </button>
        </div>
    }
}

/// The saved assessments in this browser.
#[component]
pub fn Library() -> impl IntoView {
    let state = expect_context::<AppState>();
    let rows = Memo::new(move |_| {
        let ready = state.ready.get();
        let catalog = state.catalog.get();
        state.library.with(|l| {
            l.iter()
                .map(|e| {
                    (
                        e.id.clone(),
                        e.name.clone(),
                        vm::library::status(catalog, ready, e, |t| state.tier_label(t)),
                        vm::library::changed(catalog, &e.updated),
                    )
                })
                .collect::<Vec<_>>()
        })
    });
    view! {
        <Show when=move || rows.with(|r| !r.is_empty())>
            <h2 id="library-title">{state.text(t::LIBRARY_YOURS)}</h2>
            <ul class="library" data-testid="library" aria-labelledby="library-title">
                <For each=move || rows.get() key=|row| row.clone() let((id, name, status, changed))>
                    <Row id name status changed />
                </For>
            </ul>
        </Show>
        <div class="nav-buttons">
            <button
                type="button"
                class="secondary"
                data-testid="open-register"
                on:click=move |_| state.go(crate::state::Screen::Register)
            >
                {state.text(t::LIBRARY_REGISTER)}
            </button>
        </div>
    }
}

#[component]
fn Row(id: String, name: String, status: String, changed: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = vm::display_name(state.catalog.get_untracked(), &name).to_owned();
    let action = |testid: &'static str, label: t::Text, act: fn(&AppState, &str)| {
        let label = state.text(label);
        let id = id.clone();
        let shown = shown.clone();
        view! {
            <button
                type="button"
                class="link"
                data-testid=testid
                on:click=move |_| act(&state, &id)
            >
                {label}
                <span class="visually-hidden">" " {shown}</span>
            </button>
        }
    };
    let renaming = {
        let id = id.clone();
        move || state.renaming.with(|r| r.as_deref() == Some(id.as_str()))
    };
    view! {
        <li data-testid="library-entry">
            <span class="entry-name">{shown.clone()}</span>
            <span class="entry-meta">
                {state.say(t::LIBRARY_META, &[("status", &status), ("changed", &changed)])}
            </span>
            <div class="entry-actions">
                {action("open", t::LIBRARY_OPEN, |s, id| s.open_saved(id))}
                {action("rename", t::LIBRARY_RENAME, |s, id| s.renaming.set(Some(id.to_owned())))}
                {action("duplicate", t::LIBRARY_DUPLICATE, |s, id| s.duplicate(id))}
                {action("delete", t::LIBRARY_DELETE, |s, id| s.delete(id))}
            </div>
            <Show when=renaming.clone()>
                <RenameForm id=id.clone() name=name.clone() />
            </Show>
        </li>
    }
}

#[component]
fn RenameForm(id: String, name: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let input = NodeRef::<html::Input>::new();
    Effect::new(move |_| {
        if let Some(i) = input.get() {
            let _ = i.focus();
        }
    });
    let input_id = format!("rename-{id}");
    view! {
        <form
            class="rename"
            on:submit=move |ev| {
                ev.prevent_default();
                if let Some(i) = input.get_untracked() {
                    state.rename(&id, i.value());
                }
            }
        >
            <label for=input_id.clone()>{state.text(t::LIBRARY_NEW_NAME)}</label>
            <input
                id=input_id
                type="text"
                maxlength="200"
                data-testid="rename-input"
                prop:value=name
                node_ref=input
            />
            <button type="submit" class="secondary">
                {state.text(t::LIBRARY_SAVE_NAME)}
            </button>
        </form>
    }
}

/// The decision logic in the open: the tier rules in the order they are tried, each with its
/// articles. (Shown once the whole content has loaded.)
#[component]
pub fn Method() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let catalog = state.catalog.get();
        (state.ready.get() && !catalog.tier_rules.is_empty()).then(|| {
            view! {
                <details class="help" data-testid="method">
                    <summary>{state.text(t::METHOD_TITLE)}</summary>
                    <p>
                        {state.text(t::METHOD_TEXT)}
                    </p>
                    <ol>
                        {catalog
                            .tier_rules
                            .iter()
                            .map(|r| {
                                let refs: Vec<String> = r.refs.iter().map(|x| x.label()).collect();
                                view! {
                                    <li>
                                        <strong>{state.tier_label(r.tier)}</strong>
                                        ": "
                                        {r.title.as_str()}
                                        " ("
                                        {refs.join(", ")}
                                        ")"
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ol>
                </details>
            }
        })
    }
}
