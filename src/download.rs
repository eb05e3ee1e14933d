//! The only module that builds Blobs and object URLs: turns a rendered string into a download,
//! and reads a chosen file back as text. Errors are typed; nothing panics.

use wasm_bindgen::JsCast;

/// Why a download or file read failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DownloadError {
    /// The browser refused to create the file or link.
    Browser(String),
    /// The chosen file is too large to be an answers file.
    TooLarge(u64),
}

impl std::fmt::Display for DownloadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DownloadError::Browser(why) => write!(f, "the browser refused the file ({why})"),
            DownloadError::TooLarge(n) => write!(
                f,
                "the file is {} KB, far larger than an answers file",
                n / 1024
            ),
        }
    }
}

fn js(e: wasm_bindgen::JsValue) -> DownloadError {
    DownloadError::Browser(e.as_string().unwrap_or_else(|| "unknown error".into()))
}

/// Offers `content` as a file named `name` of type `mime`.
pub fn offer(name: &str, mime: &str, content: &str) -> Result<(), DownloadError> {
    let window = web_sys::window().ok_or_else(|| DownloadError::Browser("no window".into()))?;
    let document = window
        .document()
        .ok_or_else(|| DownloadError::Browser("no document".into()))?;
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(js)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(js)?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(js)?
        .dyn_into()
        .map_err(|_| DownloadError::Browser("not an anchor".into()))?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // Revoke after the click has been handled.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ =
        window.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    Ok(())
}

/// Reads a chosen file as text, refusing files over `max_bytes`.
pub async fn read_text(file: web_sys::File, max_bytes: u64) -> Result<String, DownloadError> {
    let size = file.size() as u64;
    if size > max_bytes {
        return Err(DownloadError::TooLarge(size));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(js)?;
    text.as_string()
        .ok_or_else(|| DownloadError::Browser("the file is not text".into()))
}
