//! The one delegated event handler: reads `data-action` (and `data-q`, `data-v`, `data-i`,
//! `data-id`, `data-format`) from the element acted on and calls the state's actions.

use crate::download;
use crate::state::{AppState, PendingImport, Screen};
use aiact_core::Answer;
use aiact_core::report::{self, MAX_IMPORT_BYTES, import};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn attr(el: &web_sys::Element, name: &str) -> String {
    el.get_attribute(name).unwrap_or_default()
}

fn by_id(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}

fn input_value(id: &str) -> Option<String> {
    by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        .map(|i| i.value())
}

fn textarea_value(id: &str) -> Option<String> {
    by_id(id)
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .map(|t| t.value())
}

/// The element with a `data-action` that the event happened in.
fn action_element(ev: &web_sys::Event) -> Option<web_sys::Element> {
    ev.target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest("[data-action]")
        .ok()
        .flatten()
}

/// Handles clicks on buttons.
pub fn click(state: AppState, ev: web_sys::Event) {
    let Some(el) = action_element(&ev) else {
        return;
    };
    if el.tag_name() == "FORM" {
        return;
    }
    let q = attr(&el, "data-q");
    let id = attr(&el, "data-id");
    let index = attr(&el, "data-i").parse::<usize>().ok();
    match attr(&el, "data-action").as_str() {
        "answer" => state.answer(&q, Answer::One(attr(&el, "data-v"))),
        "answer-exclusive" => state.answer(&q, Answer::Many(vec![attr(&el, "data-v")])),
        "answer-ticked" => answer_ticked(state, &q),
        "answer-input" => answer_input(state, &q),
        "back" => state.back_from(&q),
        "edit" => state.edit(&q),
        "review" => state.go(Screen::Review),
        "result" => state.go(Screen::Result),
        "home" => state.go(Screen::Intro),
        "resume" => state.resume(),
        "start-new" => state.start_new(),
        "dismiss" => state.dismiss(index),
        "undo" => state.undo(index),
        "dismiss-upgrade" => state.upgrade_report.set(None),
        "import-accept" => {
            if let Some(p) = state.pending_import.get_untracked() {
                state.pending_import.set(None);
                state.import(p.envelope);
            }
        }
        "import-reject" => state.pending_import.set(None),
        "retry-content" => {
            state.dismiss(index);
            crate::content::load_rest(state);
        }
        "open" => state.open_saved(&id),
        "rename" => {
            state.renaming.set(Some(id.clone()));
            state.focus_target.set(Some(format!("rename-{id}")));
        }
        "duplicate" => state.duplicate(&id),
        "delete" => state.delete(&id),
        "download" => offer_download(state, &attr(&el, "data-format")),
        "share" => {
            let made = state
                .current
                .with_untracked(|env| aiact_core::share::encode(state.cat(), env));
            let fragment = match made {
                Ok(fragment) => fragment,
                Err(e) => {
                    let notice = crate::state::Notice {
                        text: format!("No share link was made: {e}."),
                        offer_export: true,
                        undo: None,
                        retry: false,
                    };
                    return state.notices.update(|n| n.push(notice));
                }
            };
            let base = web_sys::window()
                .and_then(|w| w.location().href().ok())
                .map(|h| h.split('#').next().unwrap_or_default().to_owned())
                .unwrap_or_default();
            state.share_url.set(Some(format!("{base}#{fragment}")));
            state.focus_target.set(Some("share-url".into()));
        }
        _ => {}
    }
}

fn answer_ticked(state: AppState, q: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let selector = format!("input[type=checkbox][name=\"{q}\"]:checked");
    let mut ticked = vec![];
    if let Ok(list) = doc.query_selector_all(&selector) {
        for i in 0..list.length() {
            if let Some(input) = list
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok())
            {
                ticked.push(input.value());
            }
        }
    }
    if ticked.is_empty() {
        state.answer_error.set(Some(
            "Tick at least one item, or choose \u{201c}None of these\u{201d} if nothing applies."
                .into(),
        ));
        return;
    }
    state.answer(q, Answer::Many(ticked));
}

fn answer_input(state: AppState, q: &str) {
    let Some(question) = state.cat().question(q) else {
        return;
    };
    let value = input_value(&format!("{q}--input")).unwrap_or_default();
    let answer = Answer::One(value.trim().to_owned());
    if aiact_core::flow::accepts(question, &answer) {
        state.answer(q, answer);
    } else {
        state.answer_error.set(Some(match question.kind {
            aiact_core::model::QuestionKind::Date => "Enter a date.".into(),
            _ => "Enter an answer.".into(),
        }));
    }
}

/// Offers the report (or the answers file) in a format as a download.
pub fn offer_download(state: AppState, format: &str) {
    let (what, ext, mime, text) = state.report.with_untracked(|r| match format {
        "html" => ("report", "html", "text/html", report::render_html(r)),
        "md" => ("report", "md", "text/markdown", report::render_markdown(r)),
        "csv" => ("obligations", "csv", "text/csv", report::render_csv(r)),
        "soa" => ("iso42001-soa", "csv", "text/csv", report::render_soa_csv(r)),
        "json" => (
            "report",
            "json",
            "application/json",
            state.current.with_untracked(|e| report::render_json(r, e)),
        ),
        "procurement" => (
            "procurement",
            "txt",
            "text/plain",
            report::render_procurement(r),
        ),
        _ => (
            "answers",
            "json",
            "application/json",
            state.current.with_untracked(|e| e.encode()),
        ),
    });
    if let Err(e) = download::offer(&state.file_name(what, ext), mime, &text) {
        state.notify(format!("The download could not be created: {e}."));
    }
}

/// Handles changes of fields: the answers file to open.
pub fn change(state: AppState, ev: web_sys::Event) {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    if el.id() == "open-file" {
        open_file(state, el);
    }
}

/// Handles typing in the system's name and description: kept and saved at every keystroke.
pub fn input(state: AppState, ev: web_sys::Event) {
    let Some(el) = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    if matches!(el.id().as_str(), "system-name" | "system-description") {
        let name = input_value("system-name").unwrap_or_default();
        let description = textarea_value("system-description").unwrap_or_default();
        state.describe_quietly(name, description);
    }
}

fn open_file(state: AppState, el: web_sys::Element) {
    let Ok(input) = el.dyn_into::<web_sys::HtmlInputElement>() else {
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
}

/// Handles form submissions (renaming a saved assessment).
pub fn submit(state: AppState, ev: web_sys::Event) {
    ev.prevent_default();
    let Some(form) = action_element(&ev) else {
        return;
    };
    if attr(&form, "data-action") == "rename-save" {
        let id = attr(&form, "data-id");
        let name = input_value(&format!("rename-{id}")).unwrap_or_default();
        state.rename(&id, name);
        state.renaming.set(None);
    }
}
