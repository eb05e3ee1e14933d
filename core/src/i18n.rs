//! Content in other languages: every user-facing text of the catalog has a stable key made of
//! content ids (`question/<id>/help`, `option/<question>/<option>/label`, …), and so does every
//! text the engine itself writes (`message/<key>`, see [`Messages`]); a translation file gives
//! the text in a language for each key, with a hash of the English it translates. A translated
//! catalog is the English one with each text replaced by its translation; answers, rules and
//! dates are the same in every language.

pub mod file;
pub mod messages;

use crate::catalog::Catalog;
use crate::model::LegalRef;
pub use file::{Term, Translated, TranslationFile};
pub use messages::{Localized, Messages};
use std::collections::BTreeMap;

/// The language a catalog's texts are in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// ISO 639-1 code, e.g. `en`.
    pub code: String,
    /// Name in the language itself, e.g. `English`.
    pub name: String,
    /// The code EUR-Lex uses in the regulation's address, e.g. `eng`.
    pub eur_lex: String,
}

impl Default for Language {
    fn default() -> Self {
        Language {
            code: "en".into(),
            name: "English".into(),
            eur_lex: "eng".into(),
        }
    }
}

/// Hash of an English text, stored with its translation: FNV-1a, 32 bit, as 8 hex digits.
pub fn source_hash(english: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in english.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

/// The key of a guidance document's name: its words in lower case joined by `_`.
fn guideline_key(name: &str) -> String {
    let mut key = String::from("guideline/");
    let mut gap = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            if gap && !key.ends_with('/') {
                key.push('_');
            }
            key.push(c.to_ascii_lowercase());
            gap = false;
        } else {
            gap = true;
        }
    }
    key
}

fn refs(list: &mut [LegalRef], f: &mut dyn FnMut(&str, &mut String)) {
    for r in list {
        if let Some(g) = r.guideline.as_mut() {
            f(&guideline_key(g), g);
        }
    }
}

/// Calls `f` with the key and a mutable reference of every non-empty user-facing text of the
/// catalog, in catalog order. The name of a guidance document appears once per citation, under
/// the same key.
pub fn each_text(cat: &mut Catalog, f: &mut dyn FnMut(&str, &mut String)) {
    let mut put = |key: String, text: &mut String| {
        if !text.is_empty() {
            f(&key, text);
        }
    };
    let v = &mut cat.version;
    put("version/legal_baseline".into(), &mut v.legal_baseline);
    let mut per_date: BTreeMap<String, usize> = BTreeMap::new();
    for c in v.changes.iter_mut().rev() {
        let n = per_date.entry(c.date.clone()).or_default();
        put(format!("change/{}/{n}", c.date), &mut c.summary);
        *n += 1;
    }
    for t in &mut v.to_confirm {
        put(format!("confirm/{}", t.id), &mut t.check);
    }
    let mut g = |key: &str, text: &mut String| put(key.to_owned(), text);
    for t in &mut cat.version.to_confirm {
        refs(&mut t.refs, &mut g);
    }
    for s in &mut cat.sections {
        g(&format!("section/{}/title", s.id), &mut s.title);
        g(&format!("section/{}/intro", s.id), &mut s.intro);
        for q in &mut s.questions {
            g(&format!("question/{}/text", q.id), &mut q.text);
            g(&format!("question/{}/help", q.id), &mut q.help);
            g(&format!("question/{}/details", q.id), &mut q.details);
            refs(&mut q.refs, &mut g);
            for o in &mut q.options {
                g(&format!("option/{}/{}/label", q.id, o.id), &mut o.label);
                g(&format!("option/{}/{}/hint", q.id, o.id), &mut o.hint);
            }
        }
    }
    for r in &mut cat.tier_rules {
        g(&format!("rule/{}/title", r.id), &mut r.title);
        g(&format!("rule/{}/explanation", r.id), &mut r.explanation);
        refs(&mut r.refs, &mut g);
    }
    for r in &mut cat.roles {
        g(&format!("role/{}/name", r.id), &mut r.name);
        g(&format!("role/{}/explanation", r.id), &mut r.explanation);
        refs(&mut r.refs, &mut g);
    }
    for o in &mut cat.obligations {
        g(&format!("obligation/{}/title", o.id), &mut o.title);
        g(&format!("obligation/{}/summary", o.id), &mut o.summary);
        refs(&mut o.refs, &mut g);
    }
    for s in &mut cat.schedules {
        for (i, r) in s.rules.iter_mut().enumerate() {
            g(&format!("schedule/{}/{i}/note", s.id), &mut r.dates.note);
            refs(&mut r.dates.refs, &mut g);
        }
    }
    for n in &mut cat.notes {
        g(&format!("note/{}/title", n.id), &mut n.title);
        g(&format!("note/{}/text", n.id), &mut n.text);
        refs(&mut n.refs, &mut g);
    }
    for i in &mut cat.iso_items {
        g(&format!("iso/{}/title", i.id), &mut i.title);
        g(&format!("iso/{}/summary", i.id), &mut i.summary);
    }
    for m in &mut cat.iso_mappings {
        g(&format!("iso_gap/{}", m.obligation), &mut m.gap);
    }
    for (key, text) in cat.messages.texts_mut() {
        g(&format!("message/{key}"), text);
    }
}

/// Every user-facing English text of the catalog by key (a guidance document's name once).
pub fn english(cat: &Catalog) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut copy = cat.clone();
    each_text(&mut copy, &mut |k, t| {
        out.entry(k.to_owned()).or_insert_with(|| t.clone());
    });
    out
}

/// The catalog with every text its translation gives, current for the English it translates;
/// a missing or stale translation leaves the English text (validation reports both). Question
/// fingerprints stay those of the English, so that a change of language never reads as a
/// change of content.
pub fn localize(cat: &Catalog, tr: &TranslationFile) -> Catalog {
    let mut out = cat.clone();
    let prints: BTreeMap<String, String> = cat
        .questions()
        .map(|q| (q.id.clone(), cat.fingerprint(q)))
        .collect();
    each_text(&mut out, &mut |key, text| {
        if let Some(t) = tr.texts.get(key)
            && t.source == source_hash(text)
            && !t.text.is_empty()
        {
            text.clone_from(&t.text);
        }
    });
    out.source_prints = prints;
    out.messages.set_lang(&tr.lang);
    out.language = Language {
        code: tr.lang.clone(),
        name: tr.name.clone(),
        eur_lex: tr.eur_lex.clone(),
    };
    out
}

/// What is wrong with a translation, for one key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The English text has no translation.
    Missing(String),
    /// The translation has a key the content does not.
    Extra(String),
    /// The English changed since it was translated.
    Stale(String),
    /// The translation is empty.
    Empty(String),
    /// A message's translation has other placeholders than its English, or broken ones.
    Placeholders {
        /// The key.
        key: String,
        /// What differs, in words.
        why: String,
    },
    /// The English uses a legal term that the translation does not render as the Act's
    /// language version does.
    Term {
        /// The key.
        key: String,
        /// The English term.
        term: String,
    },
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Missing(k) => write!(f, "{k}: no translation"),
            Problem::Extra(k) => write!(f, "{k}: the content has no such text"),
            Problem::Stale(k) => write!(
                f,
                "{k}: the English text changed since it was translated (update the text, then its source hash)"
            ),
            Problem::Empty(k) => write!(f, "{k}: the translation is empty"),
            Problem::Placeholders { key, why } => write!(f, "{key}: {why}"),
            Problem::Term { key, term } => write!(
                f,
                "{key}: the English says \u{201c}{term}\u{201d}; the translation uses none of the terms listed for it"
            ),
        }
    }
}

/// Whether a word of `text` starts with `word`, in any case (so `provider` finds `providers`).
fn has_word(text: &str, word: &str) -> bool {
    let lower = text.to_lowercase();
    let w = word.to_lowercase();
    lower.match_indices(&w).any(|(i, _)| {
        !lower[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    })
}

/// What differs between the placeholders of an English message and its translation, if
/// anything: the translation must fill in exactly the same values.
fn placeholders_differ(english: &str, translation: &str) -> Option<String> {
    let en = messages::placeholders(english).unwrap_or_default();
    match messages::placeholders(translation) {
        Err(why) => Some(why),
        Ok(tr) if tr != en => {
            let list = |s: &std::collections::BTreeSet<&str>| {
                s.iter()
                    .map(|n| format!("{{{n}}}"))
                    .collect::<Vec<_>>()
                    .join(" ")
            };
            Some(format!(
                "the translation has the placeholders [{}], the English [{}]",
                list(&tr),
                list(&en)
            ))
        }
        Ok(_) => None,
    }
}

/// Checks a translation against the catalog: every text translated, no key the content lacks,
/// none stale or empty, the Act's terms as the language version uses them, and each message
/// with the placeholders of its English.
pub fn check(cat: &Catalog, tr: &TranslationFile) -> Vec<Problem> {
    let en = english(cat);
    let mut out = vec![];
    for (key, text) in &en {
        match tr.texts.get(key) {
            None => out.push(Problem::Missing(key.clone())),
            Some(t) if t.text.trim().is_empty() => out.push(Problem::Empty(key.clone())),
            Some(t) if t.source != source_hash(text) => out.push(Problem::Stale(key.clone())),
            Some(t) => {
                if key.starts_with("message/")
                    && let Some(why) = placeholders_differ(text, &t.text)
                {
                    out.push(Problem::Placeholders {
                        key: key.clone(),
                        why,
                    });
                }
                let lower = t.text.to_lowercase();
                for term in &tr.terms {
                    if has_word(text, &term.en)
                        && !term.except.contains(key)
                        && !term.tr.iter().any(|x| lower.contains(&x.to_lowercase()))
                    {
                        out.push(Problem::Term {
                            key: key.clone(),
                            term: term.en.clone(),
                        });
                    }
                }
            }
        }
    }
    out.extend(
        tr.texts
            .keys()
            .filter(|k| !en.contains_key(*k))
            .map(|k| Problem::Extra(k.clone())),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_and_hashes_are_stable() {
        assert_eq!(source_hash(""), "811c9dc5");
        assert_eq!(source_hash("a"), "e40c292c");
        assert_eq!(
            guideline_key("Commission guidelines on prohibited AI practices (2025)"),
            "guideline/commission_guidelines_on_prohibited_ai_practices_2025"
        );
        assert!(has_word("The Provider must", "provider"));
        assert!(has_word("two providers", "provider"));
        assert!(!has_word("subprovider", "provider"));
    }
}
