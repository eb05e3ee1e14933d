//! Translations: every language in `questions/i18n/` translates every text of the content, none
//! is stale or uses other words than the Act's language version for its terms; a translated
//! catalog gives the same results as the English one for every golden scenario; validation
//! catches each kind of problem (negative cases built from the real files).

use aiact_core::i18n::{self, Problem, TranslationFile};
use aiact_core::{Answers, Catalog, assess, bundled};
use std::sync::OnceLock;

fn catalog() -> &'static Catalog {
    static CAT: OnceLock<Catalog> = OnceLock::new();
    CAT.get_or_init(|| bundled::catalog().unwrap())
}

fn translations() -> Vec<TranslationFile> {
    bundled::TRANSLATIONS
        .iter()
        .map(|(_, bytes)| bundled::decode_translation(bytes).unwrap())
        .collect()
}

#[test]
fn german_and_french_are_there() {
    let langs: Vec<&str> = bundled::TRANSLATIONS.iter().map(|(l, _)| *l).collect();
    assert_eq!(langs, ["de", "fr"]);
}

#[test]
fn every_translation_is_complete_current_and_uses_the_acts_terms() {
    for tr in translations() {
        let problems = i18n::check(catalog(), &tr);
        assert!(
            problems.is_empty(),
            "questions/i18n/{}.json:\n{}",
            tr.lang,
            problems
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("\n")
        );
    }
}

#[test]
fn a_translated_catalog_replaces_every_text_and_nothing_else() {
    let en = catalog();
    for tr in translations() {
        let cat = i18n::localize(en, &tr);
        assert_eq!(cat.language.code, tr.lang);
        let texts = i18n::english(&cat);
        let originals = i18n::english(en);
        assert_eq!(texts.len(), originals.len());
        // A guidance document's key comes from its English name, so translated names are
        // checked as a set.
        let guideline = |k: &String| k.starts_with("guideline/");
        for (key, text) in texts.iter().filter(|(k, _)| !guideline(k)) {
            assert_eq!(text, &tr.texts[key].text, "{key} in {}", tr.lang);
        }
        for (key, text) in texts.iter().filter(|(k, _)| guideline(k)) {
            assert!(
                tr.texts.values().any(|t| &t.text == text),
                "{key} in {}: {text}",
                tr.lang
            );
        }
        // Ids, conditions and dates are the content's own.
        assert_eq!(
            cat.questions().map(|q| &q.id).collect::<Vec<_>>(),
            en.questions().map(|q| &q.id).collect::<Vec<_>>()
        );
        assert_eq!(cat.schedules.len(), en.schedules.len());
        for (a, b) in cat.schedules.iter().zip(&en.schedules) {
            for (x, y) in a.rules.iter().zip(&b.rules) {
                assert_eq!((&x.when, &x.dates.amended), (&y.when, &y.dates.amended));
            }
        }
        // Saved answers compare with the English content in every language.
        for q in cat.questions() {
            let english = en.question(&q.id).unwrap();
            assert_eq!(cat.fingerprint(q), en.fingerprint(english));
        }
    }
}

#[test]
fn golden_scenarios_give_the_same_results_in_every_language() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios");
    let mut names: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    let localized: Vec<Catalog> = translations()
        .iter()
        .map(|tr| i18n::localize(catalog(), tr))
        .collect();
    for path in names {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let answers: Answers = serde_json::from_value(v["answers"].clone()).unwrap();
        let today = v["today"].as_str().unwrap_or("2026-12-02");
        // Everything but the texts: date notes and the names of guidance documents.
        let without_notes = |mut a: aiact_core::Assessment| {
            let plain = |refs: &mut Vec<aiact_core::model::LegalRef>| {
                for r in refs {
                    if r.guideline.is_some() {
                        r.guideline = Some(String::new());
                    }
                }
            };
            plain(&mut a.tier.trace.refs);
            for r in &mut a.roles {
                plain(&mut r.trace.refs);
            }
            for o in &mut a.obligations {
                o.dates.note.clear();
                plain(&mut o.dates.refs);
                plain(&mut o.trace.refs);
            }
            for n in &mut a.notes {
                plain(&mut n.trace.refs);
            }
            a
        };
        let english = without_notes(assess(catalog(), &answers, today));
        for cat in &localized {
            assert_eq!(
                without_notes(assess(cat, &answers, today)),
                english,
                "{} in {}",
                path.display(),
                cat.language.code
            );
        }
    }
}

#[test]
fn validation_catches_missing_extra_stale_empty_and_wrong_terms() {
    let cat = catalog();
    let mut tr = translations().remove(0);
    let mut keys = tr.texts.keys().cloned();
    let (missing, stale, empty, term) = (
        keys.next().unwrap(),
        keys.next().unwrap(),
        keys.next().unwrap(),
        tr.texts
            .iter()
            .skip(3)
            .find(|(k, _)| i18n::english(cat)[*k].contains("provider"))
            .map(|(k, _)| k.clone())
            .unwrap(),
    );
    tr.texts.remove(&missing);
    tr.texts.get_mut(&stale).unwrap().source = "00000000".into();
    tr.texts.get_mut(&empty).unwrap().text = " ".into();
    tr.texts.get_mut(&term).unwrap().text = "Der Lieferant".into();
    let extra = "question/no.such/text".to_owned();
    tr.texts.insert(
        extra.clone(),
        i18n::Translated {
            text: "x".into(),
            source: "x".into(),
        },
    );
    let problems = i18n::check(cat, &tr);
    assert!(problems.contains(&Problem::Missing(missing)));
    assert!(problems.contains(&Problem::Stale(stale.clone())));
    assert!(problems.contains(&Problem::Empty(empty)));
    assert!(problems.contains(&Problem::Extra(extra)));
    let term_key = term.clone();
    assert!(problems.contains(&Problem::Term {
        key: term,
        term: "provider".into()
    }));
    // Nothing else: the other terms of the replaced text are reported too, each once.
    assert!(
        problems
            .iter()
            .all(|p| !matches!(p, Problem::Term { key, .. } if *key != term_key)),
        "{problems:?}"
    );
    // A stale translation is not shown: the English stands until the translation is updated.
    let localized = i18n::localize(cat, &tr);
    assert_eq!(
        i18n::english(&localized)[&stale],
        i18n::english(cat)[&stale]
    );
}

#[test]
fn the_committed_translation_schema_matches_the_model() {
    let schema = schemars::schema_for!(TranslationFile);
    let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../questions/i18n/schema.json");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(path, &generated).unwrap();
    }
    let committed = std::fs::read_to_string(path).unwrap_or_default();
    assert!(
        committed == generated,
        "questions/i18n/schema.json is stale: run `UPDATE_SCHEMA=1 cargo test -p aiact-core --test translations` and commit it"
    );
}

#[test]
fn translation_files_are_in_their_canonical_form() {
    // Sorted keys, one-space indent, a final newline: tools that write them produce the same
    // bytes, so diffs show only real changes.
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../questions/i18n");
    for (lang, _) in bundled::TRANSLATIONS {
        let text = std::fs::read_to_string(format!("{dir}/{lang}.json")).unwrap();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let mut out = Vec::new();
        let fmt = serde_json::ser::PrettyFormatter::with_indent(b" ");
        let mut ser = serde_json::Serializer::with_formatter(&mut out, fmt);
        serde::Serialize::serialize(&value, &mut ser).unwrap();
        out.push(b'\n');
        assert!(
            String::from_utf8(out).unwrap() == text,
            "questions/i18n/{lang}.json is not in canonical form (sorted keys, one-space indent)"
        );
    }
}

#[test]
fn a_message_translation_keeps_the_placeholders_of_its_english() {
    let cat = catalog();
    let mut tr = translations().remove(0);
    let key = "message/timing.from".to_owned();
    let english = &i18n::english(cat)[&key];
    assert!(english.contains("{date}"), "{english}");
    let wrong = [
        // A value left out, a value the English does not give, and a placeholder not closed.
        ("Gilt ab sofort", "[], the English [{date}]"),
        ("Gilt ab dem {datum}", "[{datum}], the English [{date}]"),
        ("Gilt ab dem {date", "not closed"),
    ];
    for (text, why) in wrong {
        tr.texts.get_mut(&key).unwrap().text = text.into();
        let problems = i18n::check(cat, &tr);
        assert!(
            problems.iter().any(|p| matches!(p,
                Problem::Placeholders { key: k, why: w } if *k == key && w.contains(why))),
            "{text}: {problems:?}"
        );
    }
    // Another form of the same value is fine: a plural choice, or a change of case.
    for text in ["Gilt ab dem {date:lower}", "{date|eins|mehr} ab dem {date}"] {
        tr.texts.get_mut(&key).unwrap().text = text.into();
        assert!(
            !i18n::check(cat, &tr)
                .iter()
                .any(|p| matches!(p, Problem::Placeholders { .. })),
            "{text}"
        );
    }
    // Content texts have no placeholders to keep: braces there are text.
    let content = tr
        .texts
        .keys()
        .find(|k| k.starts_with("question/"))
        .unwrap()
        .clone();
    tr.texts.get_mut(&content).unwrap().text = "{x".into();
    assert!(
        !i18n::check(cat, &tr)
            .iter()
            .any(|p| matches!(p, Problem::Placeholders { key, .. } if *key == content))
    );
}
