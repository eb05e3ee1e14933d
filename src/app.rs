//! The root component: loads the bundled content, provides the state, and renders the page from
//! it. The main area is HTML from the pure renderers in `view/`, updated whenever the state
//! changes; one delegated handler per event type acts on it (see `events.rs`).

use crate::events;
use crate::state::{AppState, PendingImport};
use crate::view::{self, Page};
use aiact_core::Catalog;
use leptos::html;
use leptos::prelude::*;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;

static CATALOG: OnceLock<Result<Catalog, aiact_core::LoadError>> = OnceLock::new();

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let loaded = CATALOG.get_or_init(crate::content::embedded);
    let footer = loaded.as_ref().ok().map(|c| {
        format!(
            "Legal baseline: {}. Content of {}.",
            c.version.legal_baseline,
            aiact_core::labels::human_date(&c.version.content_date)
        )
    });
    view! {
        <a class="skip-link" href="#main">"Skip to the questionnaire"</a>
        <header class="site-header">
            <p class="brand">"AI Act Check"</p>
            <p class="tagline">"EU AI Act self-assessment. Your answers stay in this browser: nothing is sent anywhere."</p>
        </header>
        <main id="main" tabindex="-1">
            {match loaded {
                Ok(catalog) => view! { <Assessment catalog /> }.into_any(),
                Err(e) => view! {
                    <div class="error" role="alert" data-testid="content-error">
                        <h1>"The questionnaire could not be loaded"</h1>
                        <p>{e.to_string()}</p>
                        <p>"Your saved answers are untouched. Reload the page to try again."</p>
                    </div>
                }.into_any(),
            }}
        </main>
        <footer class="site-footer">
            <p data-testid="baseline">{footer}</p>
            <p>"A self-assessment aid, not legal advice. No cookies, no tracking, no requests to other sites."</p>
        </footer>
    }
}

/// Reads a share link from the address, if there is one, and clears it from the address bar.
fn take_share_link(state: AppState) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(hash) = window.location().hash() else {
        return;
    };
    match aiact_core::share::decode(&hash) {
        Ok(None) => return,
        Ok(Some(shared)) => {
            let mut env = aiact_core::envelope::Envelope::new(&shared.c, &crate::state::now());
            env.name = shared.n;
            env.answers = shared.a;
            state.pending_import.set(Some(PendingImport {
                source: "a share link".into(),
                envelope: env,
            }));
        }
        Err(e) => state.notify(format!(
            "The share link could not be opened: {e}. Nothing was changed."
        )),
    }
    if let Ok(history) = window.history() {
        let location = window.location();
        let path = location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

/// A selector that finds the same control again after the page is re-rendered: its id, or its
/// action and the data it carries (buttons have no ids).
fn focus_key(el: &web_sys::Element) -> Option<String> {
    // Values come from content ids and generated ids; anything that could break a selector is
    // not worth restoring focus to.
    let safe = |v: &str| !v.contains(['\'', '\\', ']']);
    let id = el.id();
    if !id.is_empty() {
        return safe(&id).then(|| format!("[id='{id}']"));
    }
    let mut key = String::new();
    for a in ["data-action", "data-q", "data-v", "data-id", "data-format"] {
        if let Some(v) = el.get_attribute(a) {
            if !safe(&v) {
                return None;
            }
            key.push_str(&format!("[{a}='{v}']"));
        }
    }
    key.starts_with("[data-action=").then_some(key)
}

/// Puts new markup in place and moves focus where it belongs: to the new screen's heading after
/// navigation, to a requested element, or back to the control that had it.
fn update(root: &web_sys::HtmlElement, markup: &str, state: AppState, on_file: &js_sys::Function) {
    let document = web_sys::window().and_then(|w| w.document());
    let active = document
        .as_ref()
        .and_then(|d| d.active_element())
        .filter(|e| root.contains(Some(e)))
        .and_then(|e| focus_key(&e));
    root.set_inner_html(markup);
    // The file field's handler is set on the element itself: a file dialog stays open across
    // re-renders, and the change then happens on a field no longer in the page.
    if let Some(input) = root
        .query_selector("#open-file")
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
    {
        input.set_onchange(Some(on_file));
    }
    let focus = |el: Option<web_sys::Element>| {
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    };
    let find = |selector: &str| root.query_selector(selector).ok().flatten();
    if state.move_focus.get_untracked() {
        state.move_focus.set(false);
        focus(find("h1[tabindex='-1']"));
    } else if let Some(id) = state.focus_target.get_untracked() {
        state.focus_target.set(None);
        focus(document.as_ref().and_then(|d| d.get_element_by_id(&id)));
    } else if let Some(key) = active {
        // The same control, or else the page's heading, so that focus never falls to the body.
        focus(find(&key).or_else(|| find("h1[tabindex='-1']")));
    }
}

#[component]
fn Assessment(catalog: &'static Catalog) -> impl IntoView {
    let state = AppState::new(catalog, !crate::content::LAZY);
    provide_context(state);
    if crate::content::LAZY {
        crate::content::load_rest(state);
    }
    take_share_link(state);
    // A share link pasted into the address bar of an open tab changes only the fragment.
    if let Some(window) = web_sys::window() {
        let on_hash =
            wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || take_share_link(state));
        let _ =
            window.add_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
        on_hash.forget();
    }
    let markup = Memo::new(move |_| {
        let catalog = state.catalog.get();
        let screen = state.screen.get();
        let library = state.library.get();
        let notices = state.notices.get();
        let pending = state.pending_import.get();
        let upgrade = state.upgrade_report.get();
        let share_url = state.share_url.get();
        let renaming = state.renaming.get();
        let answer_error = state.answer_error.get();
        let ready = state.ready.get();
        let load_failed = state.load_failed.get();
        let assessment = state.assessment.get();
        let report = state.report.get();
        state.current.with(|current| {
            view::render(&Page {
                catalog,
                screen: &screen,
                current,
                library: &library,
                notices: &notices,
                pending: pending.as_ref(),
                upgrade: upgrade.as_ref(),
                assessment: &assessment,
                report: &report,
                share_url: share_url.as_deref(),
                renaming: renaming.as_deref(),
                answer_error: answer_error.as_deref(),
                ready,
                load_failed,
            })
        })
    });
    // Announced politely when the likely result changes; this node stays while the page below
    // is re-rendered, so screen readers hear each change once.
    let announcement = Memo::new(move |_| {
        let ready = state.ready.get();
        state.assessment.with(|a| {
            // Nothing to announce before the whole content (and so every rule) is in.
            if a.answered == 0 || !ready {
                String::new()
            } else {
                format!(
                    "{}: {}{}",
                    if a.complete {
                        "Result"
                    } else {
                        "Likely result so far"
                    },
                    a.tier.tier.label(),
                    if a.tier.provisional {
                        " (provisional)"
                    } else {
                        ""
                    }
                )
            }
        })
    });
    let on_file = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(move |ev| {
        events::change(state, ev)
    });
    let on_file: js_sys::Function = on_file.into_js_value().unchecked_into();
    let root = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        let html = markup.get();
        if let Some(el) = root.get() {
            update(&el, &html, state, &on_file);
        }
    });
    view! {
        <div class="visually-hidden" aria-live="polite" data-testid="announcer">{move || announcement.get()}</div>
        <div node_ref=root class="app"
            on:click=move |ev| events::click(state, ev.into())
            on:input=move |ev| events::input(state, ev)
            on:submit=move |ev| events::submit(state, ev.into())></div>
    }
}
