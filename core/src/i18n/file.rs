//! The shape of a translation file in `questions/i18n/` (`de.json`, `fr.json`, …): every
//! user-facing text of the content, keyed by a stable key made of content ids, with a hash of the
//! English text it translates so that a later change of the English marks it stale.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One translation file.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TranslationFile {
    /// Editor hint pointing at `schema.json` beside it; ignored by the engine.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// Language code (ISO 639-1), e.g. `de`.
    pub lang: String,
    /// The language's name in that language, e.g. `Deutsch`.
    pub name: String,
    /// The language code EUR-Lex uses in the regulation's address, e.g. `deu`.
    pub eur_lex: String,
    /// Terms of the AI Act and how its official language version says them. A text whose
    /// English uses a term must use one of its translations.
    #[serde(default)]
    pub terms: Vec<Term>,
    /// The translations, by key (see [`crate::i18n::each_text`] for the keys).
    pub texts: BTreeMap<String, Translated>,
}

/// A legal term and its translations.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Term {
    /// The English term, matched as a whole word in any case, e.g. `deployer`.
    pub en: String,
    /// Accepted forms in the language, matched as a part of a word in any case (so that
    /// `Betreiber` also accepts `Betreibers`).
    pub tr: Vec<String>,
    /// Keys whose English uses the word in another sense (e.g. "housing provider"), where the
    /// term is not required.
    #[serde(default)]
    pub except: Vec<String>,
}

/// One translated text.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Translated {
    /// The text in the language.
    pub text: String,
    /// Hash of the English text it translates ([`crate::i18n::source_hash`]).
    pub source: String,
}
