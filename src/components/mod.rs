//! The page's parts as Leptos components, one file per screen part. Each reads the shared
//! [`AppState`](crate::state::AppState) from context and the view models of [`crate::vm`];
//! updates touch only the nodes whose data changed.

pub mod copy;
pub mod dialogs;
pub mod downloads;
pub mod headstart;
pub mod intro;
pub mod language;
pub mod library;
pub mod loading;
pub mod notices;
pub mod plan;
pub mod procurement;
pub mod progress;
pub mod question;
pub mod register;
pub mod result;
pub mod review;
pub mod summary;

use crate::state::AppState;
use crate::text as t;
use aiact_core::report::Cite;
use leptos::html;
use leptos::prelude::*;

/// A screen's heading. It takes focus when the person has just navigated to its screen, so
/// that keyboard and screen-reader users start at the new content.
#[component]
pub fn ScreenHeading(
    children: Children,
    /// Test id of the heading.
    #[prop(optional)]
    testid: Option<&'static str>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let node = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        // Also when the screen changes under a heading that stays (one question to the next).
        state.screen.track();
        if let Some(h) = node.get()
            && state.move_focus.get_value()
        {
            state.move_focus.set_value(false);
            focus_in_view(&h);
        }
    });
    view! {
        <h1 tabindex="-1" node_ref=node data-testid=testid>
            {children()}
        </h1>
    }
}

/// Moves focus to an element without making the browser lay the page out there and then; it is
/// scrolled into view with the next frame if it is above the visible part.
fn focus_in_view(el: &web_sys::HtmlElement) {
    let options = web_sys::FocusOptions::new();
    options.set_prevent_scroll(true);
    let _ = el.focus_with_options(&options);
    let el = el.clone();
    request_animation_frame(move || {
        if el.get_bounding_client_rect().top() < 0.0 {
            el.scroll_into_view();
        }
    });
}

/// Legal references as links to EUR-Lex, opening in a new tab.
#[component]
pub fn Cites(cites: Vec<Cite>) -> impl IntoView {
    let state = expect_context::<AppState>();
    (!cites.is_empty()).then(|| {
        view! {
            <ul class="refs">
                {cites
                    .into_iter()
                    .map(|c| match c.url {
                        Some(url) => {
                            view! {
                                <li>
                                    <a href=url target="_blank" rel="noopener noreferrer">
                                        {c.label}
                                        <span class="visually-hidden">
                                            {move || state.text(t::NEW_TAB)}
                                        </span>
                                    </a>
                                </li>
                            }
                                .into_any()
                        }
                        None => view! { <li>{c.label}</li> }.into_any(),
                    })
                    .collect_view()}
            </ul>
        }
    })
}

/// What a lazily loaded screen shows until its code has arrived (rarely seen: the code is
/// fetched while the first question is read).
#[component]
pub fn Pending() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! { <p class="pending" data-testid="pending">{move || state.text(t::PENDING)}</p> }
}

/// A view from the lazily loaded screens, or [`Pending`] until they have arrived.
pub fn later_view(
    pick: fn(&crate::later::Screens) -> fn() -> AnyView,
) -> impl Fn() -> AnyView + Send + Sync + 'static {
    let state = expect_context::<AppState>();
    move || match state.later.get() {
        Some(l) => {
            // Built again in another language.
            state.catalog.track();
            pick(&l.screens)()
        }
        None => view! { <Pending /> }.into_any(),
    }
}

/// A planning screen (plan, head start, register): its module is loaded when one is first
/// shown, with the pending line meanwhile.
pub fn planning_view(
    pick: fn(&crate::later::Planning) -> fn() -> AnyView,
) -> impl Fn() -> AnyView + Send + Sync + 'static {
    let state = expect_context::<AppState>();
    move || match (state.later.get(), state.planning.get()) {
        (Some(_), Some(p)) => {
            state.catalog.track();
            pick(p)()
        }
        _ => {
            state.load_planning();
            view! { <Pending /> }.into_any()
        }
    }
}

/// A view from the lazily loaded screens, or nothing until they have arrived.
pub fn later_part(
    pick: fn(&crate::later::Screens) -> fn() -> AnyView,
) -> impl Fn() -> Option<AnyView> + Send + Sync + 'static {
    let state = expect_context::<AppState>();
    move || {
        state.catalog.track();
        state.later.get().map(|l| pick(&l.screens)())
    }
}
