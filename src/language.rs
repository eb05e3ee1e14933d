//! The page's language: English or any language whose content translation the build carries.
//! On a first visit it follows the browser's preferred languages; a choice made with the switch
//! is remembered in this browser. A translation is fetched from the page's own origin only when
//! its language is used, so that a visit loads one language.

/// The official languages of the European Union: code (ISO 639-1) and the language's name for
/// itself. The page offers English and each of these whose translation the build carries.
pub const EU_LANGUAGES: &[(&str, &str)] = &[
    ("bg", "Български"),
    ("cs", "Čeština"),
    ("da", "Dansk"),
    ("de", "Deutsch"),
    ("el", "Ελληνικά"),
    ("en", "English"),
    ("es", "Español"),
    ("et", "Eesti"),
    ("fi", "Suomi"),
    ("fr", "Français"),
    ("ga", "Gaeilge"),
    ("hr", "Hrvatski"),
    ("hu", "Magyar"),
    ("it", "Italiano"),
    ("lt", "Lietuvių"),
    ("lv", "Latviešu"),
    ("mt", "Malti"),
    ("nl", "Nederlands"),
    ("pl", "Polski"),
    ("pt", "Português"),
    ("ro", "Română"),
    ("sk", "Slovenčina"),
    ("sl", "Slovenščina"),
    ("sv", "Svenska"),
];

/// The language the content is written in.
pub const ENGLISH: &str = "en";

/// The official code for `code`, if it is an official language of the EU (`de-AT` and `DE`
/// give `de`).
pub fn official(code: &str) -> Option<&'static str> {
    let primary = code.split(['-', '_']).next().unwrap_or_default();
    EU_LANGUAGES
        .iter()
        .find(|(c, _)| c.eq_ignore_ascii_case(primary))
        .map(|(c, _)| *c)
}

/// The name of a language in that language (the code itself if it is not an official one).
pub fn name(code: &str) -> &str {
    EU_LANGUAGES
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(code, |(_, n)| *n)
}

/// Where each translation of a build is, read from the page's `aiact-translations` list
/// (`de=./i18n-de-1a2b.bin fr=./i18n-fr-3c4d.bin`). Only official languages other than English
/// and files beside the page (`./…`, no other origin, no way up) are taken.
pub fn sources(list: &str) -> Vec<(&'static str, String)> {
    let mut out: Vec<(&'static str, String)> = vec![];
    for item in list.split_whitespace() {
        let Some((code, url)) = item.split_once('=') else {
            continue;
        };
        let beside = url.strip_prefix("./").is_some_and(|rest| {
            !rest.is_empty()
                && rest
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                && !rest.contains("..")
        });
        match official(code) {
            Some(lang) if lang != ENGLISH && beside && !out.iter().any(|(l, _)| *l == lang) => {
                out.push((lang, url.to_owned()));
            }
            _ => {}
        }
    }
    out
}

/// The language to use: the remembered choice if the page offers it, else the first of the
/// browser's preferred languages that it offers, else English.
pub fn pick(remembered: Option<&str>, preferred: &[String], offered: &[&str]) -> &'static str {
    let offer = |code: &str| official(code).filter(|c| *c == ENGLISH || offered.contains(c));
    remembered
        .and_then(offer)
        .or_else(|| preferred.iter().find_map(|p| offer(p)))
        .unwrap_or(ENGLISH)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prefs(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn a_first_visit_follows_the_first_preferred_language_the_page_offers() {
        let offered = ["de", "fr"];
        assert_eq!(pick(None, &prefs(&["fr-BE", "de"]), &offered), "fr");
        assert_eq!(pick(None, &prefs(&["it", "de-AT"]), &offered), "de");
        assert_eq!(pick(None, &prefs(&["en-GB", "de"]), &offered), "en");
        assert_eq!(pick(None, &prefs(&["it", "ja"]), &offered), "en");
        assert_eq!(pick(None, &[], &offered), "en");
    }

    #[test]
    fn a_remembered_choice_wins_while_the_page_offers_it() {
        let offered = ["de", "fr"];
        assert_eq!(pick(Some("de"), &prefs(&["fr"]), &offered), "de");
        assert_eq!(pick(Some("en"), &prefs(&["fr"]), &offered), "en");
        // A choice the build no longer carries falls back to the browser's preference.
        assert_eq!(pick(Some("it"), &prefs(&["fr"]), &offered), "fr");
        assert_eq!(pick(Some("<script>"), &prefs(&[]), &offered), "en");
    }

    /// The table `early.js` is tested against in the browser (tests/e2e/language-pages.test.mjs),
    /// so that the page and the app choose alike.
    #[test]
    fn the_table_shared_with_early_js() {
        #[derive(serde::Deserialize)]
        struct Case {
            remembered: Option<String>,
            preferred: Vec<String>,
            expected: String,
        }
        let cases: Vec<Case> =
            serde_json::from_str(include_str!("../tests/language-cases.json")).expect("the table");
        assert!(cases.len() >= 10);
        for c in cases {
            assert_eq!(
                pick(c.remembered.as_deref(), &c.preferred, &["de", "fr"]),
                c.expected,
                "remembered {:?}, preferred {:?}",
                c.remembered,
                c.preferred
            );
        }
    }

    #[test]
    fn translations_are_taken_only_from_beside_the_page() {
        let list = "de=./i18n-de-1a2b.bin fr=./i18n-fr-3c4d.bin xx=./x.bin \
                    it=https://evil.example/it.bin nl=./../nl.bin pt=//evil.example/pt.bin \
                    de=./second.bin en=./en.bin broken";
        assert_eq!(
            sources(list),
            vec![
                ("de", "./i18n-de-1a2b.bin".to_owned()),
                ("fr", "./i18n-fr-3c4d.bin".to_owned())
            ]
        );
        // The placeholder of an unbuilt page offers nothing.
        assert!(sources("__I18N__").is_empty());
    }

    #[test]
    fn codes_and_names() {
        assert_eq!(official("DE-at"), Some("de"));
        assert_eq!(official("ja"), None);
        assert_eq!(name("fr"), "Français");
        assert_eq!(EU_LANGUAGES.len(), 24);
    }
}
