//! Moving focus to a new screen's heading after navigation, so keyboard and screen-reader users
//! land on the new content.

use crate::state::AppState;
use leptos::html;
use leptos::prelude::*;

/// A heading ref that takes focus once rendered, if the last action navigated.
pub fn heading_focus() -> NodeRef<html::H1> {
    let state = expect_context::<AppState>();
    let heading = NodeRef::<html::H1>::new();
    Effect::new(move |_| {
        if let Some(h) = heading.get()
            && state.move_focus.get_untracked()
        {
            let _ = h.focus();
            state.move_focus.set(false);
        }
    });
    heading
}
