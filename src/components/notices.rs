//! Notices above the page: what happened (a storage problem, an import, a change in another
//! tab, a new version), each dismissible and some with an action. A keyed list: adding or
//! dismissing one leaves the others' nodes as they are.

use crate::state::{AppState, Notice, Offer};
use crate::text as t;
use leptos::prelude::*;

/// The list of notices (also a polite live region).
#[component]
pub fn Notices() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="notices" role="status" aria-live="polite" data-testid="notices">
            <For each=move || state.notices.get() key=|n| n.id let(notice)>
                <NoticeItem notice />
            </For>
        </div>
    }
}

#[component]
fn NoticeItem(notice: Notice) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = notice.id;
    let offer = notice.offer.as_ref().map(|o| {
        let (testid, label) = match o {
            Offer::Export => ("notice-export", t::NOTICE_EXPORT),
            Offer::Undo(_) => ("undo", t::NOTICE_UNDO),
            Offer::Retry => ("retry-content", t::TRY_AGAIN),
            Offer::Reload => ("reload", t::NOTICE_RELOAD),
            Offer::UseOther { .. } => ("use-other", t::NOTICE_USE_OTHER),
        };
        view! {
            <button
                type="button"
                class="secondary"
                data-testid=testid
                on:click=move |_| state.accept_offer(id)
            >
                {move || state.text(label)}
            </button>
        }
    });
    view! {
        <div class="notice" data-testid="notice">
            <p>{notice.text}</p>
            {offer}
            <button
                type="button"
                class="link"
                data-testid="dismiss"
                on:click=move |_| state.dismiss(id)
            >
                {move || state.text(t::DISMISS)}
            </button>
        </div>
    }
}
