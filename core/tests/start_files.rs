//! The start files: for each translation, the first screen's content and words in that language,
//! small, in the format of the bundled start, and equal to what the whole translation gives.

use aiact_core::{Catalog, bundled, i18n};

fn starts_with_a_start_message(key: &str) -> bool {
    bundled::is_start_message(key)
}

#[test]
fn each_start_file_decodes_and_reads_as_the_translation_reads() {
    let english = bundled::catalog().unwrap();
    for (lang, bytes) in bundled::TRANSLATIONS {
        let tr = bundled::decode_translation(bytes).unwrap();
        let full = i18n::localize(&english, &tr);
        let file = bundled::start_in(lang).unwrap();
        let start: Catalog = bundled::decode(&file).expect("the start file decodes");

        assert_eq!(start.version, full.version, "{lang}: the version");
        assert_eq!(
            start.sections,
            full.sections[..1],
            "{lang}: the first section"
        );
        let first = start.questions().next().unwrap();
        let english_first = english.questions().next().unwrap();
        assert_eq!(first.id, english_first.id);
        assert_ne!(
            first.text, english_first.text,
            "{lang}: the first question is translated"
        );
        assert_eq!(
            first.text,
            tr.texts[&format!("question/{}/text", first.id)].text,
            "{lang}: the first question as the translation file gives it"
        );

        // The page's own words and the answers' words, as the whole translation gives them, and
        // nothing else of the engine's texts.
        let own = start.messages.texts();
        assert!(own.keys().all(|k| starts_with_a_start_message(k)));
        for (key, text) in full.messages.texts() {
            if starts_with_a_start_message(key) {
                assert_eq!(own.get(key), Some(text), "{lang}: {key}");
            }
        }
        assert_ne!(start.messages.own("answer.yes"), Some("Yes"), "{lang}: yes");
        assert!(start.messages.own("report.heading.summary").is_none());
        assert!(start.tier_rules.is_empty() && start.obligations.is_empty());
        assert!(
            file.len() * 5 < bytes.len(),
            "{lang}: the start file is a small part of the translation ({} of {} bytes)",
            file.len(),
            bytes.len()
        );
    }
}

#[test]
fn the_english_start_file_is_the_bundled_start_with_the_pages_words() {
    let file = bundled::start_in("en").unwrap();
    let start = bundled::decode(&file).unwrap();
    let bundled_start = bundled::start_catalog().unwrap();
    assert_eq!(start.version, bundled_start.version);
    assert_eq!(start.sections, bundled_start.sections);
    assert_eq!(start.messages.own("answer.unsure"), Some("Not sure"));
    assert!(
        bundled::decode(&file[..file.len() / 2]).is_err(),
        "a cut file is a typed error"
    );
}
