//! Taking over the first screen. The page arrives with the intro and the first question already
//! in it, rendered at build time from the same components, in the page's language; `early.js`
//! keeps what the person does there before the app runs. [`start`] fetches the first screen's
//! content in that language (the page's start file) unless it is English, builds the app
//! off-page and puts it in place of that markup within one task, so the browser never paints in
//! between, then applies what was kept.

use crate::app::App;
use crate::language::{self, ENGLISH};
use aiact_core::{Answer, Catalog};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The language the app opens in, when the page is not in English.
#[derive(Debug)]
pub enum Opening {
    /// The page's language, with the first screen's content in it (from the start file).
    In(&'static str, &'static Catalog),
    /// The start file of the page's language could not be had: the app opens in English and
    /// says why.
    Failed(&'static str, String),
}

/// The page's language and the address of its start file, if the page is not in English.
fn page_start(document: &web_sys::Document) -> Option<(&'static str, String)> {
    let lang = document.document_element()?.get_attribute("lang")?;
    let lang = language::official(&lang).filter(|l| *l != ENGLISH)?;
    let url = document
        .query_selector("meta[name='aiact-start']")
        .ok()
        .flatten()?
        .get_attribute("content")?;
    // Only a file beside the page, as for the translations.
    language::sources(&format!("{lang}={url}")).pop()
}

/// The first screen's content in `lang`, from its start file.
async fn fetch_start(lang: &'static str, url: &str) -> Result<&'static Catalog, String> {
    let bytes = crate::content::fetch_bytes(url).await?;
    let mut catalog = aiact_core::bundled::decode(&bytes).map_err(|e| e.to_string())?;
    catalog.messages.set_lang(lang);
    Ok(Box::leak(Box::new(catalog)))
}

/// What the person did on the pre-rendered page before the app ran.
#[derive(Debug, Default)]
pub struct Early {
    /// The answer given to the first question: its id and value.
    pub answer: Option<(String, Answer)>,
    /// The system's name, as typed.
    pub name: Option<String>,
    /// An answers file chosen to open.
    pub file: Option<web_sys::File>,
}

fn field(obj: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Reads what `early.js` kept (in `window.aiactEarly`) and tells it to stop keeping.
fn take_early(window: &web_sys::Window) -> Option<Early> {
    let kept = field(window, "aiactEarly");
    if !kept.is_object() {
        return None;
    }
    let _ = js_sys::Reflect::set(&kept, &JsValue::from_str("taken"), &JsValue::TRUE);
    let answer = field(&kept, "answer");
    let value = field(&answer, "value");
    let answer = field(&answer, "q").as_string().and_then(|q| {
        if let Some(v) = value.as_string() {
            Some((q, Answer::One(v)))
        } else if js_sys::Array::is_array(&value) {
            let list = js_sys::Array::from(&value)
                .iter()
                .filter_map(|v| v.as_string())
                .collect();
            Some((q, Answer::Many(list)))
        } else {
            None
        }
    });
    Some(Early {
        answer,
        name: field(&kept, "name").as_string(),
        file: field(&kept, "file").dyn_into::<web_sys::File>().ok(),
    })
}

/// Mounts the app in the page's language: on a page in another language than English, once
/// its start file is in (in English if it cannot be had). See [`take_over`].
pub fn start() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    match page_start(&document) {
        None => take_over(None),
        Some((lang, url)) => wasm_bindgen_futures::spawn_local(async move {
            let opening = match fetch_start(lang, &url).await {
                Ok(catalog) => Opening::In(lang, catalog),
                Err(why) => Opening::Failed(lang, why),
            };
            take_over(Some(opening));
        }),
    }
}

/// Mounts the app: in place of the pre-rendered first screen (`#app`) if the page has one,
/// keeping focus and opened help where they were; else at the end of the body.
fn take_over(opening: Option<Opening>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let early = take_early(&window);
    let Some(root) = document
        .create_element("div")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    root.set_id("app");
    root.set_class_name("live");
    let prerendered = document.get_element_by_id("app");
    let testid = |e: &web_sys::Element| e.get_attribute("data-testid");
    let focused = document
        .active_element()
        .filter(|e| prerendered.as_ref().is_some_and(|p| p.contains(Some(e))))
        .and_then(|e| testid(&e));
    let mut opened = vec![];
    if let Some(list) = prerendered
        .as_ref()
        .and_then(|p| p.query_selector_all("details[open][data-testid]").ok())
    {
        for i in 0..list.length() {
            if let Some(e) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
            {
                opened.extend(testid(&e));
            }
        }
    }
    leptos::mount::mount_to(root.clone(), move || view! { <App early opening /> }).forget();
    match prerendered {
        Some(old) => {
            let _ = old.replace_with_with_node_1(&root);
        }
        None => {
            if let Some(body) = document.body() {
                let _ = body.append_child(&root);
            }
        }
    }
    let find = |id: &str| {
        root.query_selector(&format!("[data-testid='{id}']"))
            .ok()
            .flatten()
    };
    for id in opened {
        if let Some(d) = find(&id) {
            let _ = d.set_attribute("open", "");
        }
    }
    if let Some(el) = focused
        .as_deref()
        .and_then(find)
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
