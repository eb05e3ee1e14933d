//! The downloads on the result page: the report in four formats, the ISO/IEC 42001 sheet, the
//! procurement answer sheet, the plan's due dates as a calendar file and the plan as CSV for
//! issue trackers, the answers file, and a share link (or, for an assessment too
//! large for one, the advice to send the answers file).

use crate::later::Format;
use crate::state::AppState;
use crate::text::{self as t, Text};
use leptos::html;
use leptos::prelude::*;

/// The download buttons: `(format, test id, label)`.
const BUTTONS: &[(Format, &str, Text)] = &[
    (Format::Html, "download-html", t::DOWNLOAD_HTML),
    (Format::Markdown, "download-md", t::DOWNLOAD_MD),
    (Format::Csv, "download-csv", t::DOWNLOAD_CSV),
    (Format::Soa, "download-soa", t::DOWNLOAD_SOA),
    (Format::Json, "download-json", t::DOWNLOAD_JSON),
    (
        Format::Procurement,
        "download-procurement",
        t::DOWNLOAD_PROCUREMENT,
    ),
    (Format::Calendar, "download-ics", t::DOWNLOAD_ICS),
    (Format::Tracker, "download-tracker", t::DOWNLOAD_TRACKER),
    (Format::Answers, "download-answers", t::DOWNLOAD_ANSWERS),
];

/// The downloads and the share link.
#[component]
pub fn Downloads() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <section id=crate::vm::result::DOWNLOADS_ID class="downloads" aria-labelledby="downloads-title">
            <h2 id="downloads-title">{state.text(t::DOWNLOAD_TITLE)}</h2>
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
                                {state.text(label)}
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
                    {state.text(t::DOWNLOAD_SHARE)}
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
                                        {state.text(t::NOTICE_EXPORT)}
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
    let state = expect_context::<AppState>();
    let node = NodeRef::<html::Input>::new();
    Effect::new(move |_| {
        if let Some(input) = node.get() {
            let _ = input.focus();
            input.select();
        }
    });
    view! {
        <label for="share-url" class="input-label">
            {state.text(t::DOWNLOAD_SHARE_LABEL)}
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
