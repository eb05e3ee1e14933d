//! A list of legal references, each linking to EUR-Lex where it can.

use aiact_core::model::LegalRef;
use leptos::prelude::*;

/// Renders references as a compact list of citations.
#[component]
pub fn LegalRefs(refs: Vec<LegalRef>) -> impl IntoView {
    (!refs.is_empty()).then(|| {
        view! {
            <ul class="refs">
                {refs
                    .into_iter()
                    .map(|r| {
                        let label = r.label();
                        match r.url() {
                            Some(url) => view! {
                                <li>
                                    <a href=url target="_blank" rel="noopener noreferrer">
                                        {label}
                                        <span class="visually-hidden">" (EUR-Lex, opens in a new tab)"</span>
                                    </a>
                                </li>
                            }.into_any(),
                            None => view! { <li>{label}</li> }.into_any(),
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}
