//! Citations, each linking to the provision on EUR-Lex where it can.

use aiact_core::model::LegalRef;
use aiact_core::report::Cite;
use leptos::prelude::*;

/// Renders resolved citations as a compact list.
#[component]
pub fn Cites(cites: Vec<Cite>) -> impl IntoView {
    (!cites.is_empty()).then(|| {
        view! {
            <ul class="refs">
                {cites
                    .into_iter()
                    .map(|c| match c.url {
                        Some(url) => view! {
                            <li>
                                <a href=url target="_blank" rel="noopener noreferrer">
                                    {c.label}
                                    <span class="visually-hidden">" (EUR-Lex, opens in a new tab)"</span>
                                </a>
                            </li>
                        }.into_any(),
                        None => view! { <li>{c.label}</li> }.into_any(),
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// Renders a question's references.
#[component]
pub fn LegalRefs(refs: Vec<LegalRef>) -> impl IntoView {
    view! { <Cites cites=aiact_core::report::cites(&refs) /> }
}
