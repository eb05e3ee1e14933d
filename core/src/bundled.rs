//! The content of `questions/`, checked and compiled into the crate by `build.rs`, in two forms:
//! everything, and just what the first screen needs (the version and the first section), so
//! that a browser build can show the first question at once and load the rest alongside.

use crate::catalog::{Catalog, LoadError};
use crate::model::ContentFile;

/// All content files as `(name, content)`, postcard-encoded.
pub static CONTENT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content.bin"));

/// The version and the first section only, postcard-encoded.
pub static START: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/content-start.bin"));

/// The engine's English texts (the `messages` of all content files), postcard-encoded: what
/// [`crate::i18n::Messages::english`] reads.
pub static MESSAGES: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/messages.bin"));

/// Decodes content encoded like [`CONTENT`] (e.g. fetched as a file) into a catalog.
pub fn decode(bytes: &[u8]) -> Result<Catalog, LoadError> {
    let files: Vec<(String, ContentFile)> = postcard::from_bytes(bytes).map_err(|e| LoadError {
        file: "content".into(),
        path: String::new(),
        message: e.to_string(),
    })?;
    Catalog::from_contents(files)
}

/// The whole bundled catalog.
pub fn catalog() -> Result<Catalog, LoadError> {
    decode(CONTENT)
}

/// The catalog of the first screen: the version and the first section, no rules.
pub fn start_catalog() -> Result<Catalog, LoadError> {
    decode(START)
}

/// The keys of the engine's texts that the first screen reads (the page's own words and the
/// words of the answers), by prefix: a start file carries these, but for [`LATER_MESSAGES`].
pub const START_MESSAGES: &[&str] = &["shell.", "answer."];

/// The page's words of the screens that show only once all the content is in, in the page's
/// language (result, review, plan, register, reports, imports): left out of a start file.
pub const LATER_MESSAGES: &[&str] = &[
    "shell.result.",
    "shell.summary.",
    "shell.review.",
    "shell.plan.",
    "shell.register.",
    "shell.headstart.",
    "shell.download.",
    "shell.procurement.",
    "shell.import.",
    "shell.upgrade.",
    // Written into each language's page and stylesheet by the build.
    "shell.page.",
    "shell.early.",
    "shell.choice.",
];

/// Whether a start file carries the engine's text `key` (see [`START_MESSAGES`]).
pub fn is_start_message(key: &str) -> bool {
    let has = |list: &[&str]| list.iter().any(|p| key.starts_with(p));
    has(START_MESSAGES) && !has(LATER_MESSAGES)
}

/// The start of `cat` (its version, its first section and the texts of [`is_start_message`]),
/// encoded like [`START`]: what the first screen needs in the catalog's language.
pub fn encode_start(cat: &Catalog) -> Result<Vec<u8>, LoadError> {
    let messages = cat
        .messages
        .texts()
        .iter()
        .filter(|(key, _)| is_start_message(key))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let start = ContentFile {
        version: Some(cat.version.clone()),
        sections: cat.sections.iter().take(1).cloned().collect(),
        messages,
        ..Default::default()
    };
    // A slice (a list, as the bundled files are), not an array, which would encode as a tuple.
    let files = [("start".to_owned(), start)];
    postcard::to_allocvec(&files[..]).map_err(|e| LoadError {
        file: "start".into(),
        path: String::new(),
        message: e.to_string(),
    })
}

/// The start file of the bundled content in `lang` (a language of [`TRANSLATIONS`]; `en` and
/// unknown languages give the English start with its texts), see [`encode_start`].
#[cfg(feature = "translations")]
pub fn start_in(lang: &str) -> Result<Vec<u8>, LoadError> {
    encode_start(&catalog_in(lang)?)
}

/// The translations in `questions/i18n/`, as `(language code, postcard-encoded file)`. Only with
/// the `translations` feature: a browser build fetches the one language it needs instead.
#[cfg(feature = "translations")]
pub static TRANSLATIONS: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/translations.rs"));

/// Decodes a translation encoded like those of [`TRANSLATIONS`] (e.g. fetched as a file).
pub fn decode_translation(bytes: &[u8]) -> Result<crate::i18n::TranslationFile, LoadError> {
    postcard::from_bytes(bytes).map_err(|e| LoadError {
        file: "translation".into(),
        path: String::new(),
        message: e.to_string(),
    })
}

/// The bundled translation into `lang`, if there is one.
#[cfg(feature = "translations")]
pub fn translation(lang: &str) -> Option<Result<crate::i18n::TranslationFile, LoadError>> {
    TRANSLATIONS
        .iter()
        .find(|(code, _)| *code == lang)
        .map(|(_, bytes)| decode_translation(bytes))
}

/// The whole bundled catalog in `lang` (`en`, or a language of [`TRANSLATIONS`]).
#[cfg(feature = "translations")]
pub fn catalog_in(lang: &str) -> Result<Catalog, LoadError> {
    let cat = catalog()?;
    match translation(lang) {
        Some(tr) => Ok(crate::i18n::localize(&cat, &tr?)),
        None => Ok(cat),
    }
}
