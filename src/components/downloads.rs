//! The downloads on the result page: the report in four formats, the ISO/IEC 42001 sheet, the
//! procurement answer sheet, the plan's due dates as a calendar file and the plan as CSV for
//! issue trackers, the answers file, and a share link (or, for an assessment too
//! large for one, the advice to send the answers file).

use crate::later::Format;
use crate::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// The download buttons: `(format, test id, label)`.
const BUTTONS: &[(Format, &str, &str)] = &[
    (
        Format::Html,
        "download-html",
        "Report (HTML, prints to PDF)",
    ),
    (Format::Markdown, "download-md", "Report (Markdown)"),
    (Format::Csv, "download-csv", "Obligations (CSV)"),
    (
        Format::Soa,
        "download-soa",
        "ISO/IEC 42001 applicability (CSV)",
    ),
    (
        Format::Json,
        "download-json",
        "Report (JSON, can be imported)",
    ),
    (
        Format::Procurement,
        "download-procurement",
        "Procurement answer sheet (text)",
    ),
    (
        Format::Calendar,
        "download-ics",
        "Due dates for your calendar (.ics)",
    ),
    (
        Format::Tracker,
        "download-tracker",
        "Plan for issue trackers (CSV)",
    ),
    (
        Format::Answers,
        "download-answers",
        "Answers file (to continue elsewhere)",
    ),
];

/// The downloads and the share link.
#[component]
pub fn Downloads() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section id=crate::vm::result::DOWNLOADS_ID class="downloads" aria-labelledby="downloads-title">
            <h2 id="downloads-title">"Download"</h2>
            <div class="download-buttons">
                {BUTTONS
                    .iter()
                    .map(|&(format, testid, label)| {
                        view! {
                            <button
                                type="button"
                                class="secondary"
                                data-testid=testid
                                on:click=move |_| state.download(format)
                            >
                                {label}
                            </button>
                        }
                    })
                    .collect_view()}
                <button
                    type="button"
                    class="secondary"
                    data-testid="share-link"
                    on:click=move |_| state.make_share_link()
                >
                    "Make a share link"
                </button>
            </div>
            {move || {
                state
                    .share
                    .get()
                    .map(|made| match made {
                        Ok(url) => view! { <ShareLink url /> }.into_any(),
                        Err(too_long) => {
                            view! {
                                <p class="notice" data-testid="share-too-long">
                                    {too_long.to_string()} " "
                                    <button
                                        type="button"
                                        class="link"
                                        data-testid="share-answers"
                                        on:click=move |_| state.download(Format::Answers)
                                    >
                                        "Download the answers file"
                                    </button>
                                </p>
                            }
                                .into_any()
                        }
                    })
            }}
        </section>
    }
}

/// The link, selected and focused so that it can be copied at once.
#[component]
fn ShareLink(url: String) -> impl IntoView {
    let node = NodeRef::<html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = node.get() {
            let _ = input.focus();
            input.select();
        }
    });
    view! {
        <label for="share-url" class="input-label">
            "Share link: the answers are in the part after #, which browsers never send to a server"
        </label>
        <input
            id="share-url"
            type="text"
            readonly
            data-testid="share-url"
            prop:value=url
            node_ref=node
        />
    }
}
