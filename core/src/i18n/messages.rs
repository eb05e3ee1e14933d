//! The engine's own texts (report headings, labels, sentences, error messages) as data: each
//! has a stable key and an English text in `questions/50-messages.json`, translated like the
//! rest of the content.
//!
//! A text may hold placeholders, filled in by [`Messages::fmt`]:
//!
//! - `{name}`: the argument `name`;
//! - `{name:lower}`: the argument in lower case; `{name:lower_first}`: with its first letter in
//!   lower case (for a label inside a sentence, where the language writes it so);
//! - `{name|one|other}`: the form that fits the number `name` in the language's plural rule
//!   (English and German: `one` for 1; French: `one` for 0 and 1), e.g.
//!   `{n} {n|duty|duties}`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Display;
use std::sync::{Arc, OnceLock};

/// The engine's texts in one language, by key. A key the table lacks reads as the bundled
/// English text, and a key no table has reads as the key itself: looking up never fails.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Messages {
    lang: String,
    texts: Arc<BTreeMap<String, String>>,
}

impl Default for Messages {
    fn default() -> Self {
        Messages::new("en", BTreeMap::new())
    }
}

/// Something a person reads (an error, a status), written in the language of a message table.
/// `Display` gives the English.
pub trait Localized {
    /// The text in the language of `m`.
    fn localized(&self, m: &Messages) -> String;
}

impl Messages {
    /// A table of texts in the language `lang` (ISO 639-1).
    pub fn new(lang: &str, texts: BTreeMap<String, String>) -> Self {
        Messages {
            lang: lang.to_owned(),
            texts: Arc::new(texts),
        }
    }

    /// The English texts bundled with the engine (from `questions/`).
    pub fn english() -> &'static Messages {
        static EN: OnceLock<Messages> = OnceLock::new();
        EN.get_or_init(|| {
            let texts = postcard::from_bytes(crate::bundled::MESSAGES).unwrap_or_default();
            Messages::new("en", texts)
        })
    }

    /// The language code (ISO 639-1).
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Sets the language code.
    pub fn set_lang(&mut self, lang: &str) {
        lang.clone_into(&mut self.lang);
    }

    /// The texts of this table, by key.
    pub fn texts(&self) -> &BTreeMap<String, String> {
        &self.texts
    }

    /// The texts of this table, to change them.
    pub fn texts_mut(&mut self) -> &mut BTreeMap<String, String> {
        Arc::make_mut(&mut self.texts)
    }

    /// Whether this table itself has a text for `key`.
    pub fn has(&self, key: &str) -> bool {
        self.texts.contains_key(key)
    }

    /// This table's own text of `key`, without the English fallback (for readers that carry
    /// their own English).
    pub fn own(&self, key: &str) -> Option<&str> {
        self.texts.get(key).map(String::as_str)
    }

    /// The text of `key` as it is, placeholders included.
    pub fn text<'a>(&'a self, key: &'a str) -> &'a str {
        self.texts
            .get(key)
            .or_else(|| Messages::english().texts.get(key))
            .map_or(key, String::as_str)
    }

    /// The text of `key` with its placeholders filled in from `args`.
    pub fn fmt(&self, key: &str, args: &[(&str, &dyn Display)]) -> String {
        let values: Vec<(&str, String)> = args.iter().map(|(n, v)| (*n, v.to_string())).collect();
        fill(self.text(key), &self.lang, &values)
    }

    /// The text of `key` as a label before a value, e.g. `Result:`, with the punctuation the
    /// language puts there (`Résultat :` in French).
    pub fn label(&self, key: &str) -> String {
        self.fmt("common.label", &[("label", &self.text(key))])
    }

    /// A `YYYY-MM-DD` date in words, as running text writes it (`2 Dec 2027`,
    /// `2. Dezember 2027`); other text is returned as it is.
    pub fn date(&self, iso: &str) -> String {
        self.date_with(iso, &MONTHS)
    }

    /// A `YYYY-MM-DD` date in the short form of lists and tables (`2 Dec 2027`,
    /// `2. Dez. 2027`); other text is returned as it is.
    pub fn short_date(&self, iso: &str) -> String {
        self.date_with(iso, &SHORT_MONTHS)
    }

    fn date_with(&self, iso: &str, months: &[&'static str; 12]) -> String {
        if !crate::flow::is_iso_date(iso) {
            return iso.to_owned();
        }
        let day: u32 = iso[8..10].parse().unwrap_or(1);
        let month: usize = iso[5..7].parse().unwrap_or(1);
        let day = if day == 1 {
            self.text("date.first_day").to_owned()
        } else {
            day.to_string()
        };
        self.fmt(
            "date.format",
            &[
                ("day", &day),
                ("month", &self.text(months[month.clamp(1, 12) - 1])),
                ("year", &&iso[..4]),
            ],
        )
    }
}

/// Month names as running text writes them in dates.
const MONTHS: [&str; 12] = [
    "month.1", "month.2", "month.3", "month.4", "month.5", "month.6", "month.7", "month.8",
    "month.9", "month.10", "month.11", "month.12",
];

/// Month names in the short dates of lists and tables (their message keys).
pub const SHORT_MONTHS: [&str; 12] = [
    "month.1.short",
    "month.2.short",
    "month.3.short",
    "month.4.short",
    "month.5.short",
    "month.6.short",
    "month.7.short",
    "month.8.short",
    "month.9.short",
    "month.10.short",
    "month.11.short",
    "month.12.short",
];

/// One part of a text: literal text, or a placeholder.
#[derive(Debug, PartialEq, Eq)]
enum Piece<'a> {
    Text(&'a str),
    Arg {
        name: &'a str,
        case: Case,
        forms: Vec<&'a str>,
    },
}

/// How a placeholder's value is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Case {
    AsIs,
    Lower,
    LowerFirst,
}

/// Splits a text into literal parts and placeholders, or says what is wrong with it.
fn pieces(text: &str) -> Result<Vec<Piece<'_>>, String> {
    let mut out = vec![];
    let mut rest = text;
    while let Some(open) = rest.find(['{', '}']) {
        if rest[open..].starts_with('}') {
            return Err(format!(
                "a \u{201c}}}\u{201d} closes no placeholder: {text}"
            ));
        }
        if open > 0 {
            out.push(Piece::Text(&rest[..open]));
        }
        let after = &rest[open + 1..];
        let close = after
            .find('}')
            .ok_or_else(|| format!("a placeholder is not closed: {text}"))?;
        let inner = &after[..close];
        if inner.contains('{') {
            return Err(format!("a placeholder is not closed: {text}"));
        }
        let mut parts = inner.split('|');
        let head = parts.next().unwrap_or_default();
        let forms: Vec<&str> = parts.collect();
        let (name, case) = match head.split_once(':') {
            None => (head, Case::AsIs),
            Some((n, "lower")) => (n, Case::Lower),
            Some((n, "lower_first")) => (n, Case::LowerFirst),
            Some((_, other)) => {
                return Err(format!(
                    "unknown form \u{201c}{other}\u{201d} in {{{inner}}} (known: lower, lower_first)"
                ));
            }
        };
        if name.is_empty()
            || !name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            return Err(format!(
                "placeholder {{{inner}}}: a name is lower-case letters, digits and _"
            ));
        }
        out.push(Piece::Arg { name, case, forms });
        rest = &after[close + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest));
    }
    Ok(out)
}

/// The names of the placeholders of a text, or what is wrong with its placeholders.
pub fn placeholders(text: &str) -> Result<BTreeSet<&str>, String> {
    Ok(pieces(text)?
        .into_iter()
        .filter_map(|p| match p {
            Piece::Arg { name, .. } => Some(name),
            Piece::Text(_) => None,
        })
        .collect())
}

/// Which of the forms `{n|one|other}` a number takes in a language.
fn plural_form(lang: &str, n: u64) -> usize {
    let one = match lang {
        "fr" => n <= 1,
        _ => n == 1,
    };
    usize::from(!one)
}

/// Fills in the placeholders of `text`; a text that does not parse is shown as it is, and a
/// placeholder without a value reads as its name in braces.
fn fill(text: &str, lang: &str, args: &[(&str, String)]) -> String {
    let Ok(pieces) = pieces(text) else {
        return text.to_owned();
    };
    let mut out = String::with_capacity(text.len() + 16);
    for p in pieces {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Arg { name, case, forms } => {
                let Some((_, value)) = args.iter().find(|(n, _)| *n == name) else {
                    out.push('{');
                    out.push_str(name);
                    out.push('}');
                    continue;
                };
                if !forms.is_empty() {
                    let i = value
                        .parse::<u64>()
                        .map_or(forms.len() - 1, |n| plural_form(lang, n));
                    out.push_str(forms[i.min(forms.len() - 1)]);
                    continue;
                }
                match case {
                    Case::AsIs => out.push_str(value),
                    Case::Lower => out.push_str(&value.to_lowercase()),
                    Case::LowerFirst => {
                        let mut chars = value.chars();
                        if let Some(first) = chars.next() {
                            out.extend(first.to_lowercase());
                            out.push_str(chars.as_str());
                        }
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(lang: &str, pairs: &[(&str, &str)]) -> Messages {
        Messages::new(
            lang,
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
                .collect(),
        )
    }

    #[test]
    fn placeholders_are_filled_in_with_their_forms() {
        let m = table(
            "en",
            &[
                ("a", "We are the {roles:lower} of {name}."),
                ("b", "{n} {n|duty|duties} for {who:lower_first}"),
                ("c", "{missing} stays"),
            ],
        );
        assert_eq!(
            m.fmt("a", &[("roles", &"Provider"), ("name", &"HireRank")]),
            "We are the provider of HireRank."
        );
        assert_eq!(
            m.fmt("b", &[("n", &1), ("who", &"Éditeur X")]),
            "1 duty for éditeur X"
        );
        assert_eq!(m.fmt("b", &[("n", &0), ("who", &"")]), "0 duties for ");
        assert_eq!(m.fmt("c", &[]), "{missing} stays");
        // A value is never read as a text of placeholders.
        assert_eq!(
            m.fmt("a", &[("roles", &"{name}"), ("name", &"x")]),
            "We are the {name} of x."
        );
    }

    #[test]
    fn plural_forms_follow_the_language() {
        let fr = table("fr", &[("b", "{n} {n|obligation|obligations}")]);
        assert_eq!(fr.fmt("b", &[("n", &0)]), "0 obligation");
        assert_eq!(fr.fmt("b", &[("n", &2)]), "2 obligations");
        let de = table("de", &[("b", "{n} {n|Pflicht|Pflichten}")]);
        assert_eq!(de.fmt("b", &[("n", &0)]), "0 Pflichten");
        assert_eq!(de.fmt("b", &[("n", &1)]), "1 Pflicht");
    }

    #[test]
    fn a_missing_key_reads_as_english_then_as_the_key() {
        let empty = table("de", &[]);
        assert_eq!(
            empty.text("answer.yes"),
            Messages::english().text("answer.yes")
        );
        assert_eq!(empty.text("no.such.key"), "no.such.key");
        assert_eq!(Messages::english().text("answer.yes"), "Yes");
    }

    #[test]
    fn broken_placeholders_are_reported_and_shown_as_written() {
        for bad in ["{open", "close}", "{a:upper}", "{A}", "{}", "{a{b}}"] {
            assert!(placeholders(bad).is_err(), "{bad}");
            assert_eq!(fill(bad, "en", &[]), bad);
        }
        assert_eq!(
            placeholders("{n} {n|a|b} {who:lower}").unwrap(),
            BTreeSet::from(["n", "who"])
        );
    }

    #[test]
    fn dates_are_written_as_each_language_writes_them() {
        let en = Messages::english();
        assert_eq!(en.date("2027-12-02"), "2 Dec 2027");
        assert_eq!(en.short_date("2025-02-02"), "2 Feb 2025");
        assert_eq!(en.date("soon"), "soon");
        let fr = table(
            "fr",
            &[
                ("date.format", "{day} {month} {year}"),
                ("date.first_day", "1er"),
                ("month.8", "août"),
            ],
        );
        assert_eq!(fr.date("2026-08-01"), "1er août 2026");
        let de = table(
            "de",
            &[
                ("date.format", "{day}. {month} {year}"),
                ("month.12", "Dezember"),
                ("month.12.short", "Dez."),
            ],
        );
        assert_eq!(de.date("2027-12-02"), "2. Dezember 2027");
        assert_eq!(de.short_date("2027-12-02"), "2. Dez. 2027");
    }
}
