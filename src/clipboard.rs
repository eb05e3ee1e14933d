//! The only module that touches the clipboard: puts text on it through the asynchronous
//! Clipboard API, and says why when the browser offers none or refuses.

use crate::vm::result::CopyOutcome;
use wasm_bindgen::JsCast;

/// Puts `text` on the clipboard.
pub async fn copy(text: &str) -> CopyOutcome {
    let Some(window) = web_sys::window() else {
        return CopyOutcome::Unavailable;
    };
    // `navigator.clipboard` is undefined outside secure contexts: look before using it.
    let clipboard = js_sys::Reflect::get(&window.navigator(), &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())
        .and_then(|c| c.dyn_into::<web_sys::Clipboard>().ok());
    let Some(clipboard) = clipboard else {
        return CopyOutcome::Unavailable;
    };
    match wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await {
        Ok(_) => CopyOutcome::Copied,
        Err(_) => CopyOutcome::Refused,
    }
}
