//! AI Act Check web shell over the `aiact-core` engine: Leptos components with fine-grained
//! updates, the state they share, pure view models, and one adapter per browser API. No legal
//! logic here.

#![forbid(unsafe_code)]
// Deeply nested view types (rendering to HTML at build time) need more than the default.
#![recursion_limit = "256"]

mod app;
mod clipboard;
pub mod components;
mod content;
mod download;
pub mod language;
pub mod later;
pub mod merge;
pub mod state;
pub mod storage;
mod takeover;
pub mod text;
pub mod vm;

pub use app::{App, Shell};
pub use takeover::{Early, Opening};

/// The page's words outside the app, written into each language's page and stylesheet by the
/// build: the title, the description, the line shown without JavaScript, the note for an
/// answer kept before the app runs, the mark on a chosen answer, and the line shown while saved
/// assessments open.
pub const PAGE_WORDS: [text::Text; 6] = [
    text::PAGE_TITLE,
    text::PAGE_DESCRIPTION,
    text::PAGE_NOSCRIPT,
    text::EARLY_KEPT,
    text::CHOICE_YOURS,
    text::INTRO_RESTORING,
];

/// Starts the app in the page (the wasm module's entry point).
pub fn start() {
    console_error_panic_hook::set_once();
    takeover::start();
}

/// The first screen (intro and first question) as a first-time visitor sees it, rendered to
/// HTML from the same components as the app, with the content of the first screen in `lang`
/// (`catalog`'s language). The build puts it into the page of that language.
#[cfg(feature = "ssr")]
pub fn first_screen_html(catalog: &'static aiact_core::Catalog, lang: &str) -> String {
    use leptos::prelude::*;
    // Effects are queued on an executor that never runs them: the page runs its own.
    let _ = any_spawner::Executor::init_futures_executor();
    // Rendered once, outside any reactive context, on purpose.
    let _quiet = leptos::reactive::diagnostics::SpecialNonReactiveZone::enter();
    let owner = Owner::new();
    owner.with(|| {
        provide_context(state::AppState::first_screen(catalog, lang));
        view! { <Shell /> }.to_html()
    })
}
