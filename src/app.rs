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
            let mut env = aiact_core::envelope::Envelope::new(&shared.c, &crate::state::today());
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
        let path = window.location().pathname().unwrap_or_default();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

/// Puts new markup in place and moves focus where it belongs: to the new screen's heading after
/// navigation, to a requested element, or back to the element that had it.
fn update(root: &web_sys::HtmlElement, markup: &str, state: AppState) {
    let document = web_sys::window().and_then(|w| w.document());
    let active = document
        .as_ref()
        .and_then(|d| d.active_element())
        .map(|e| e.id())
        .filter(|id| !id.is_empty());
    root.set_inner_html(markup);
    let focus = |el: Option<web_sys::Element>| {
        if let Some(el) = el.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
        }
    };
    let by_id = |id: &str| document.as_ref().and_then(|d| d.get_element_by_id(id));
    if state.move_focus.get_untracked() {
        state.move_focus.set(false);
        focus(root.query_selector("h1[tabindex='-1']").ok().flatten());
    } else if let Some(id) = state.focus_target.get_untracked() {
        state.focus_target.set(None);
        focus(by_id(&id));
    } else if let Some(id) = active {
        focus(by_id(&id));
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
            })
        })
    });
    // Announced politely when the likely result changes; this node stays while the page below
    // is re-rendered, so screen readers hear each change once.
    let announcement = Memo::new(move |_| {
        state.assessment.with(|a| {
            if a.answered == 0 {
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
    let root = NodeRef::<html::Div>::new();
    Effect::new(move |_| {
        let html = markup.get();
        if let Some(el) = root.get() {
            update(&el, &html, state);
        }
    });
    view! {
        <div class="visually-hidden" aria-live="polite" data-testid="announcer">{move || announcement.get()}</div>
        <div node_ref=root class="app"
            on:click=move |ev| events::click(state, ev.into())
            on:change=move |ev| events::change(state, ev)
            on:submit=move |ev| events::submit(state, ev.into())></div>
    }
}
