//! Loading the whole questionnaire content after the first screen. The release build embeds only
//! the version and the first section (feature `lazy-content`) and fetches the rest from its own
//! origin, named by `<meta name="aiact-content">` in the page; other builds embed everything.

use crate::state::AppState;
use aiact_core::{Catalog, LoadError};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Whether the embedded content is only the start.
pub const LAZY: bool = cfg!(feature = "lazy-content");

/// The content embedded in the module.
pub fn embedded() -> Result<Catalog, LoadError> {
    if LAZY {
        aiact_core::bundled::start_catalog()
    } else {
        aiact_core::bundled::catalog()
    }
}

/// Why the rest of the content could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentError {
    /// The page does not say where the content is.
    NotNamed,
    /// The request failed or was refused.
    Fetch(String),
    /// The file is not content of this version.
    Decode(LoadError),
}

impl std::fmt::Display for ContentError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ContentError::NotNamed => f.write_str("the page does not name the content file"),
            ContentError::Fetch(why) => write!(f, "the content file could not be fetched ({why})"),
            ContentError::Decode(e) => write!(f, "the content file is damaged ({e})"),
        }
    }
}

/// Fetches a file from the page's own origin (`url` relative to the page); an error says why.
pub(crate) async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let why = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| "network error".into());
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(window.fetch_with_str(url))
            .await
            .map_err(why)?
            .dyn_into()
            .map_err(why)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().map_err(why)?)
        .await
        .map_err(why)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

async fn fetch() -> Result<Catalog, ContentError> {
    let url = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name='aiact-content']")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .ok_or(ContentError::NotNamed)?;
    let bytes = fetch_bytes(&url).await.map_err(ContentError::Fetch)?;
    aiact_core::bundled::decode(&bytes).map_err(ContentError::Decode)
}

/// Fetches the rest of the content and hands it to the state; on failure the person is told,
/// with a way to try again. Answers given meanwhile are saved as usual.
pub fn load_rest(state: AppState) {
    state.load_failed.set(false);
    leptos::task::spawn_local(async move {
        match fetch().await {
            Ok(full) => state.content_loaded(Box::leak(Box::new(full))),
            Err(e) => state.load_problem(
                state.say(crate::text::LOAD_CONTENT_FAILED, &[("why", &e.to_string())]),
            ),
        }
    });
}
