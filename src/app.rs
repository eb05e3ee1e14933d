//! The root: the page frame (header, main area, footer, live region) around the screen shown,
//! and the work started once the page runs: the rest of the content, the later code, share
//! links in the address, and news of a new version.

use crate::components::intro::{IntroAbout, IntroTop};
use crate::components::language::LanguageSwitch;
use crate::components::loading::Loading;
use crate::components::notices::Notices;
use crate::components::question::QuestionView;
use crate::components::{later_part, later_view, planning_view};
use crate::content;
use crate::state::{AppState, Offer, Screen};
use crate::takeover::{Early, Opening};
use crate::text as t;
use crate::vm;
use aiact_core::{Catalog, LoadError};
use leptos::prelude::*;
use std::sync::OnceLock;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

static START: OnceLock<Result<Catalog, LoadError>> = OnceLock::new();

/// The parts the main area can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    /// The intro and the questions: the question view stays from the intro's first question on.
    Questionnaire,
    Review,
    Result,
    Plan,
    HeadStart,
    Register,
    Loading,
}

/// What the page says when its own content cannot be read: in English, since every language's
/// texts are part of that content.
const NOT_LOADED: (&str, &str) = (
    "The questionnaire could not be loaded",
    "Your saved answers are untouched. Reload the page to try again.",
);

/// The whole app in the browser. `early` holds what the person did on the pre-rendered first
/// screen before the app ran; `opening`, the first screen's content in the page's language
/// when it is not English.
#[component]
pub fn App(
    #[prop(default = None)] early: Option<Early>,
    #[prop(default = None)] opening: Option<Opening>,
) -> impl IntoView {
    match START.get_or_init(content::embedded) {
        Ok(catalog) => {
            let state = AppState::new(catalog, !content::LAZY);
            provide_context(state);
            match opening {
                Some(Opening::In(lang, start)) => state.open_in(lang, start),
                Some(Opening::Failed(lang, why)) => state.notify(format!(
                    "The {} version of the page could not be loaded ({why}); it is shown in English for now. Your answers are kept.",
                    crate::language::name(lang)
                )),
                None => {}
            }
            if let Some(early) = early {
                state.apply_early(early);
            }
            // After the first frame of the app, so that what the person did shows first.
            request_animation_frame(move || {
                set_timeout(
                    move || start_background_work(state),
                    std::time::Duration::ZERO,
                )
            });
            view! { <Shell /> }.into_any()
        }
        Err(e) => view! {
            <main id="main">
                <div class="error" role="alert" data-testid="content-error">
                    <h1>{NOT_LOADED.0}</h1>
                    <p>{e.to_string()}</p>
                    <p>{NOT_LOADED.1}</p>
                </div>
            </main>
        }
        .into_any(),
    }
}

/// The page around the screens; the state comes from context.
#[component]
pub fn Shell() -> impl IntoView {
    let state = expect_context::<AppState>();
    let baseline = move || vm::baseline_line(state.catalog.get());
    // Which part shows: from the intro's first question to the next questions it stays the same
    // part, and the question view keeps its nodes.
    let part = Memo::new(move |_| {
        state.screen.with(|s| match s {
            Screen::Intro => Part::Questionnaire,
            Screen::Question(id) if state.catalog.with_untracked(|c| c.question(id).is_some()) => {
                Part::Questionnaire
            }
            Screen::Question(_) | Screen::Result => Part::Result,
            Screen::Review => Part::Review,
            Screen::Plan => Part::Plan,
            Screen::HeadStart => Part::HeadStart,
            Screen::Register => Part::Register,
            Screen::Loading => Part::Loading,
        })
    });
    let on_intro = Memo::new(move |_| state.screen.with(|s| *s == Screen::Intro));
    let screen = move || match part.get() {
        Part::Questionnaire => view! {
            <Show when=move || on_intro.get()>
                <IntroTop />
            </Show>
            <Show when=move || state.question().is_some()>
                <QuestionView />
            </Show>
            <Show when=move || on_intro.get()>
                <IntroAbout />
            </Show>
        }
        .into_any(),
        Part::Review => later_view(|s| s.review).into_any(),
        Part::Result => later_view(|s| s.result).into_any(),
        Part::Plan => planning_view(|p| p.plan).into_any(),
        Part::HeadStart => planning_view(|p| p.head_start).into_any(),
        Part::Register => planning_view(|p| p.register).into_any(),
        Part::Loading => view! { <Loading /> }.into_any(),
    };
    view! {
        <a class="skip-link" href="#main">
            {move || state.shell_words().skip}
        </a>
        <header class="site-header">
            <p class="brand">"AI Act Check"</p>
            <p class="tagline">
                {move || state.shell_words().tagline}
            </p>
            <LanguageSwitch />
            <Show when=move || state.screen.with(|s| *s != Screen::Intro)>
                <nav class="site-nav" aria-label="Assessments">
                    <button
                        type="button"
                        class="link"
                        data-testid="nav-assessments"
                        on:click=move |_| state.go(Screen::Intro)
                    >
                        {move || state.shell_words().all_assessments}
                    </button>
                </nav>
            </Show>
        </header>
        <main id="main" tabindex="-1">
            <div class="visually-hidden" aria-live="polite" data-testid="announcer">
                {move || state.announcement()}
            </div>
            <Notices />
            {later_part(|s| s.upgrade_notice)}
            {later_part(|s| s.import_panel)}
            <Show when=move || {
                state.screen.with(|s| matches!(s, Screen::Question(_) | Screen::Review | Screen::Result))
            }>{later_part(|s| s.progress)}</Show>
            {screen}
            <Show when=move || {
                state.screen.with(|s| matches!(s, Screen::Question(_)))
            }>{later_part(|s| s.so_far)}</Show>
        </main>
        <footer class="site-footer">
            <p data-testid="baseline">{baseline}</p>
            <p>{move || state.shell_words().footer}</p>
        </footer>
    }
}

/// Starts what the page needs beyond the first screen: the rest of the content and the later
/// code (fetched while the person reads the first question), and the listeners for share links
/// and new versions.
fn start_background_work(state: AppState) {
    state.start_language();
    load_missing(state);
    if let Some(window) = web_sys::window() {
        // A share link pasted into the address bar of an open tab changes only the fragment.
        let on_hash = Closure::<dyn Fn()>::new(move || {
            if let Some(later) = state.later.get_untracked() {
                (later.take_share_link)(state);
            }
        });
        let _ =
            window.add_event_listener_with_callback("hashchange", on_hash.as_ref().unchecked_ref());
        on_hash.forget();
        // `boot.js` announces a new version that the service worker has ready.
        let on_update = Closure::<dyn Fn()>::new(move || announce_update(state));
        let _ = window
            .add_event_listener_with_callback("aiact-update", on_update.as_ref().unchecked_ref());
        on_update.forget();
        if js_sys::Reflect::get(&window, &"aiactUpdateReady".into()).is_ok_and(|v| v.is_truthy()) {
            announce_update(state);
        }
    }
}

/// Loads what is still missing: the rest of the content, the later code, the downloads.
pub fn load_missing(state: AppState) {
    if !state.has_all_content() {
        content::load_rest(state);
    }
    if state.screen.with_untracked(Screen::is_planning) {
        state.load_planning();
    }
    if state.later.get_untracked().is_none() {
        leptos::task::spawn_local(async move {
            match crate::later::load_later().await {
                Ok(later) => {
                    state.later_loaded(later);
                    (later.take_share_link)(state);
                    if let Ok(d) = crate::later::load_downloads().await {
                        state.downloads.set(Some(d));
                    }
                }
                Err(_) => state.load_problem(state.say(t::LOAD_PART_FAILED, &[])),
            }
        });
    }
}

/// Reads a share link from the address, if there is one, and clears it from the address bar.
pub(crate) fn take_share_link(state: AppState) {
    let Some(later) = state.later.get_untracked() else {
        return;
    };
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(hash) = window.location().hash() else {
        return;
    };
    if state.read_share_link(later, &hash)
        && let Ok(history) = window.history()
    {
        let location = window.location();
        let path = location.pathname().unwrap_or_default() + &location.search().unwrap_or_default();
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&path));
    }
}

fn announce_update(state: AppState) {
    state.notify_offer(state.say(t::UPDATE_READY, &[]), Offer::Reload);
}

/// Reloads the page into the new version (`boot.js` activates the waiting service worker).
pub fn apply_update() {
    let Some(window) = web_sys::window() else {
        return;
    };
    match js_sys::Reflect::get(&window, &"aiactApplyUpdate".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        Some(f) => {
            let _ = f.call0(&window);
        }
        None => {
            let _ = window.location().reload();
        }
    }
}
