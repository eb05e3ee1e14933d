//! Download buttons: the report in each format, the answers file, the share link.

use crate::download;
use crate::state::AppState;
use aiact_core::report;
use leptos::prelude::*;

fn offer(state: AppState, name: String, mime: &str, content: String) {
    if let Err(e) = download::offer(&name, mime, &content) {
        state.notify(format!("The download could not be created: {e}."));
    }
}

/// Downloads the answers file of the open assessment.
pub fn download_answers(state: AppState) {
    let text = state.current.with_untracked(|e| e.encode());
    offer(
        state,
        state.file_name("answers", "json"),
        "application/json",
        text,
    );
}

/// The download buttons of the result page.
#[component]
pub fn Downloads() -> impl IntoView {
    let state = expect_context::<AppState>();
    let get = move |f: fn(&report::Report) -> String| state.report.with_untracked(f);
    let share_url = RwSignal::new(None::<String>);
    let make_link = move |_| {
        let fragment = state.current.with_untracked(aiact_core::share::encode);
        let base = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .map(|h| h.split('#').next().unwrap_or_default().to_owned())
            .unwrap_or_default();
        share_url.set(Some(format!("{base}#{fragment}")));
    };
    view! {
        <section class="downloads" aria-labelledby="downloads-title">
            <h2 id="downloads-title">"Download"</h2>
            <div class="download-buttons">
                <button type="button" class="secondary" data-testid="download-html"
                    on:click=move |_| offer(state, state.file_name("report", "html"), "text/html", get(report::render_html))>
                    "Report (HTML, prints to PDF)"
                </button>
                <button type="button" class="secondary" data-testid="download-md"
                    on:click=move |_| offer(state, state.file_name("report", "md"), "text/markdown", get(report::render_markdown))>
                    "Report (Markdown)"
                </button>
                <button type="button" class="secondary" data-testid="download-csv"
                    on:click=move |_| offer(state, state.file_name("obligations", "csv"), "text/csv", get(report::render_csv))>
                    "Obligations (CSV)"
                </button>
                <button type="button" class="secondary" data-testid="download-soa"
                    on:click=move |_| offer(state, state.file_name("iso42001-soa", "csv"), "text/csv", get(report::render_soa_csv))>
                    "ISO/IEC 42001 applicability (CSV)"
                </button>
                <button type="button" class="secondary" data-testid="download-json"
                    on:click=move |_| {
                        let text = state.report.with_untracked(|r| state.current.with_untracked(|e| report::render_json(r, e)));
                        offer(state, state.file_name("report", "json"), "application/json", text)
                    }>
                    "Report (JSON, can be imported)"
                </button>
                <button type="button" class="secondary" data-testid="download-procurement"
                    on:click=move |_| offer(state, state.file_name("procurement", "txt"), "text/plain", get(report::render_procurement))>
                    "Procurement answer sheet (text)"
                </button>
                <button type="button" class="secondary" data-testid="download-answers"
                    on:click=move |_| download_answers(state)>
                    "Answers file (to continue elsewhere)"
                </button>
                <button type="button" class="secondary" data-testid="share-link" on:click=make_link>
                    "Make a share link"
                </button>
            </div>
            {move || share_url.get().map(|url| view! {
                <label for="share-url" class="input-label">
                    "Share link: the answers are in the part after #, which browsers never send to a server"
                </label>
                <input id="share-url" type="text" readonly data-testid="share-url" prop:value=url />
            })}
        </section>
    }
}
