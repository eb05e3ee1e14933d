//! Showing the page in the chosen language: the switch, the remembered choice, the `lang`
//! attribute, and the content translated once its translation and the engine are in.

use super::AppState;
use crate::language::{self, ENGLISH};
use crate::text as t;
use aiact_core::Catalog;
use leptos::prelude::*;

/// Where a build keeps a translation.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Source {
    /// A file beside the page, fetched when the language is chosen.
    File(String),
    /// Linked into the module (builds without the release build's separate files).
    #[cfg_attr(not(feature = "bundled-translations"), allow(dead_code))]
    Bundled(&'static [u8]),
}

/// The translations this build offers, by language.
fn offered() -> Vec<(&'static str, Source)> {
    let listed = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name='aiact-translations']")
                .ok()
                .flatten()
        })
        .and_then(|m| m.get_attribute("content"))
        .unwrap_or_default();
    #[cfg_attr(not(feature = "bundled-translations"), allow(unused_mut))]
    let mut out: Vec<(&'static str, Source)> = language::sources(&listed)
        .into_iter()
        .map(|(lang, url)| (lang, Source::File(url)))
        .collect();
    #[cfg(feature = "bundled-translations")]
    for (code, bytes) in aiact_core::bundled::TRANSLATIONS {
        if let Some(lang) = language::official(code)
            && !out.iter().any(|(l, _)| *l == lang)
        {
            out.push((lang, Source::Bundled(bytes)));
        }
    }
    out
}

/// The languages the page offers: English first, then the translations of the build.
pub(super) fn choices() -> Vec<&'static str> {
    let mut out = vec![ENGLISH];
    out.extend(offered().into_iter().map(|(l, _)| l));
    out
}

/// The languages of the translations linked into this build, English first (what the
/// pre-rendered first screen offers: the release build ships the same translations as files).
pub(super) fn bundled_choices() -> Vec<&'static str> {
    #[cfg_attr(not(feature = "bundled-translations"), allow(unused_mut))]
    let mut out = vec![ENGLISH];
    #[cfg(feature = "bundled-translations")]
    out.extend(
        aiact_core::bundled::TRANSLATIONS
            .iter()
            .filter_map(|(code, _)| language::official(code))
            .filter(|l| *l != ENGLISH),
    );
    out
}

/// The browser's preferred languages, most preferred first.
fn preferred() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// Puts the address of the page in `lang` in the address bar, keeping the query and the
/// fragment, so that a reload opens in that language (`early.js` knows where the pages are).
fn show_address_of(lang: &str) {
    use wasm_bindgen::JsCast;
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Some(show) = js_sys::Reflect::get(&window, &"aiactShowLanguage".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        let _ = show.call1(&window, &lang.into());
    }
}

fn set_document_lang(lang: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", lang);
    }
}

impl AppState {
    /// Starts in the remembered language, or the browser's preferred one on a first visit.
    pub fn start_language(&self) {
        let lang = self.languages.with_untracked(|offered| {
            language::pick(crate::storage::language().as_deref(), &preferred(), offered)
        });
        self.use_language(lang);
    }

    /// Switches the page to `code` (chosen with the switch) and remembers the choice. Answers
    /// are ids, so nothing about the assessment changes.
    pub fn choose_language(&self, code: &str) {
        let Some(lang) = language::official(code)
            .filter(|l| self.languages.with_untracked(|offered| offered.contains(l)))
        else {
            return;
        };
        // Not remembering is no loss: the page is still shown in the language chosen.
        let _ = crate::storage::set_language(lang);
        self.use_language(lang);
        show_address_of(lang);
    }

    /// Opens the page in `lang`, the language it was built in, with the first screen's content
    /// in that language (its start file): shown until all the content is in, in that language.
    pub fn open_in(&self, lang: &'static str, start: &'static Catalog) {
        if !self
            .languages
            .with_untracked(|offered| offered.contains(&lang))
        {
            return;
        }
        self.start_local.set_value(Some((lang, start)));
        self.lang.set(lang);
        self.catalog.set(start);
    }

    /// After the language shown may have changed: continues what waited for all the content
    /// to show.
    pub(super) fn language_changed(&self) {
        if self.show_language() {
            self.now_ready();
        }
    }

    /// The language's own first screen is no help any more (its translation failed): the
    /// content shows in English.
    fn drop_start(&self, lang: &str) {
        if self.start_local.get_value().is_some_and(|(l, _)| l == lang) {
            self.start_local.set_value(None);
        }
    }

    fn use_language(&self, lang: &'static str) {
        self.lang.set(lang);
        set_document_lang(lang);
        let have = self
            .translations
            .with_value(|t| t.iter().any(|(l, _)| *l == lang));
        if lang == ENGLISH || have {
            self.language_changed();
            return;
        }
        let Some((_, source)) = offered().into_iter().find(|(l, _)| *l == lang) else {
            self.drop_start(lang);
            self.language_changed();
            return;
        };
        let state = *self;
        let take = move |bytes: Vec<u8>| {
            state.translations.update_value(|t| t.push((lang, bytes)));
            state.language_changed();
        };
        match source {
            Source::Bundled(bytes) => take(bytes.to_vec()),
            Source::File(url) => leptos::task::spawn_local(async move {
                match crate::content::fetch_bytes(&url).await {
                    Ok(bytes) => take(bytes),
                    Err(why) => {
                        state.notify(state.say(
                            t::LANGUAGE_NOT_LOADED,
                            &[("language", language::name(lang)), ("why", &why)],
                        ));
                        state.drop_start(lang);
                        state.language_changed();
                    }
                }
            }),
        }
    }

    /// The words of "Yes", "No" and "Not sure" in the language of the content shown.
    pub fn answer_words(&self) -> crate::vm::AnswerWords {
        crate::vm::AnswerWords::of(self.catalog.get())
    }

    /// The page's own words in the language of the content shown.
    pub fn shell_words(&self) -> crate::vm::ShellWords {
        crate::vm::ShellWords::of(self.catalog.get())
    }

    /// Shows the content in the page's language as far as it can be now: translated once the
    /// translation and the engine are in; until then the first screen in that language where
    /// the page opened in it (all the content waits until it can show in that language), else
    /// in English. Says whether all the content shows now and did not before.
    pub(crate) fn show_language(&self) -> bool {
        let english = self.english.get_value();
        let lang = self.lang.get_untracked();
        let translated = self.translated(english, lang);
        // Read after translating: a damaged translation drops it.
        let start = self
            .start_local
            .get_value()
            .filter(|(l, _)| *l == lang && !self.ready.get_untracked())
            .map(|(_, c)| c);
        let shown = translated.or(start).unwrap_or(english);
        if !std::ptr::eq(shown, self.catalog.get_untracked()) {
            self.catalog.set(shown);
        }
        let ready = self.complete.get_value() && !start.is_some_and(|s| std::ptr::eq(shown, s));
        let now_ready = ready && !self.ready.get_untracked();
        if now_ready {
            self.ready.set(true);
        }
        now_ready
    }

    fn translated(
        &self,
        english: &'static Catalog,
        lang: &'static str,
    ) -> Option<&'static Catalog> {
        if lang == ENGLISH {
            return None;
        }
        let key = std::ptr::from_ref(english) as usize;
        if let Some(done) = self.localized.with_value(|l| {
            l.iter()
                .find(|(l, k, _)| *l == lang && *k == key)
                .map(|(_, _, c)| *c)
        }) {
            return Some(done);
        }
        let later = self.later.get_untracked()?;
        let result = self.translations.with_value(|t| {
            t.iter()
                .find(|(l, _)| *l == lang)
                .map(|(_, bytes)| (later.localize)(english, bytes))
        })?;
        match result {
            Ok(cat) => {
                let cat: &'static Catalog = Box::leak(Box::new(cat));
                self.localized.update_value(|l| l.push((lang, key, cat)));
                Some(cat)
            }
            Err(e) => {
                self.notify(self.say(
                    t::LANGUAGE_DAMAGED,
                    &[("language", language::name(lang)), ("why", &e.to_string())],
                ));
                self.drop_start(lang);
                None
            }
        }
    }
}
