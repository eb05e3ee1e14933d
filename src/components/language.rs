//! The language switch, on every screen once the app runs.

use crate::language;
use crate::state::AppState;
use leptos::prelude::*;

/// A choice of the page's language, each named in its own language. Changing it keeps the
/// answers (they are ids) and the screen.
#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        let offered = state.languages.get();
        (offered.len() > 1).then(|| {
            view! {
                <div class="language">
                    <label for="language">{move || state.shell_words().language}</label>
                    <select
                        id="language"
                        data-testid="language"
                        on:change=move |ev| state.choose_language(&event_target_value(&ev))
                    >
                        {offered
                            .into_iter()
                            .map(|code| {
                                view! {
                                    <option
                                        value=code
                                        lang=code
                                        selected=move || state.lang.get() == code
                                    >
                                        {language::name(code)}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
            }
        })
    }
}
