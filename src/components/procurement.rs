//! The procurement answer sheet on screen: the questions customers' AI questionnaires ask, each
//! with our answer in the company's voice, with a button that copies the whole sheet.

use super::copy::CopyButton;
use crate::text as t;
use crate::vm::result::{PROCUREMENT_ID, procurement_text};
use aiact_core::report::QaPair;
use leptos::prelude::*;

/// The sheet; a changed answer replaces only its own pair.
#[component]
pub fn ProcurementSheet(pairs: Memo<Vec<QaPair>>) -> impl IntoView {
    let state = expect_context::<crate::state::AppState>();
    view! {
        <section id=PROCUREMENT_ID data-testid="procurement" aria-labelledby="procurement-title">
            <h2 id="procurement-title">{state.text(t::PROCUREMENT_TITLE)}</h2>
            <p>
                {state.text(t::PROCUREMENT_INTRO)}
            </p>
            <CopyButton label=state.text(t::PROCUREMENT_COPY) testid="copy-procurement" text=procurement_text />
            <dl class="qa">
                <For each=move || pairs.get() key=|p| p.clone() let(p)>
                    <div class="qa-pair" data-testid="qa-pair">
                        <dt>{p.question}</dt>
                        <dd>{p.answer}</dd>
                    </div>
                </For>
            </dl>
        </section>
    }
}
