//! The page's own words: every text the shell writes is a `shell.…` message of the content
//! (`questions/51-shell.json`), named here by a constant with its key and English text, and read
//! in the language of the content shown ([`crate::state::AppState::text`]). The English is the
//! fallback before the content's texts are in, so the first screen needs no text table.

/// One of the page's texts: its message key and its English.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// The message key (`shell.…`).
    pub key: &'static str,
    /// The English text.
    pub english: &'static str,
}

impl Text {
    /// This text in the language of `catalog`, or the English where it has none.
    pub fn of(self, catalog: &aiact_core::Catalog) -> &str {
        self.from(&catalog.messages)
    }

    /// This text from the message table of a language, or the English where it has none.
    pub fn from(self, messages: &aiact_core::i18n::Messages) -> &str {
        messages.own(self.key).unwrap_or(self.english)
    }
}

include!(concat!(env!("OUT_DIR"), "/shell_texts.rs"));

/// `text` with each `{name}` replaced by its value (the shell's texts use plain placeholders
/// only; a test holds them to it).
pub fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(text.len() + 32);
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            args.iter()
                .find(|(n, _)| *n == &after[..close])
                .map(|(_, v)| (close, v))
        });
        match value {
            Some((close, v)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_filled_by_name() {
        assert_eq!(
            fill(
                "Deleted \u{201c}{name}\u{201d} ({n}).",
                &[("name", "Bot"), ("n", "2")]
            ),
            "Deleted \u{201c}Bot\u{201d} (2)."
        );
        assert_eq!(fill("No {such} thing", &[]), "No {such} thing");
        // A value is never read again as a placeholder.
        assert_eq!(fill("{a} {b}", &[("a", "{b}"), ("b", "x")]), "{b} x");
    }

    #[test]
    fn a_text_is_read_in_the_language_of_the_content() {
        let en = aiact_core::bundled::catalog().expect("bundled content");
        assert_eq!(BACK.of(&en), BACK.english);
        let fr = aiact_core::bundled::catalog_in("fr").expect("French content");
        assert_ne!(BACK.of(&fr), BACK.english);
    }

    /// The placeholders of a text, as [`fill`] reads them.
    fn placeholders(text: &str) -> Vec<&str> {
        text.split('{')
            .skip(1)
            .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
            .collect()
    }

    #[test]
    fn the_shells_texts_use_plain_placeholders_in_every_language() {
        let en = aiact_core::bundled::catalog().expect("bundled content");
        for lang in ["en", "de", "fr"] {
            let cat = aiact_core::bundled::catalog_in(lang).expect("content");
            for (key, text) in cat.messages.texts() {
                if !key.starts_with("shell.") {
                    continue;
                }
                let mut names = placeholders(text);
                assert!(
                    names
                        .iter()
                        .all(|n| !n.is_empty()
                            && n.chars().all(|c| c.is_ascii_lowercase() || c == '_')),
                    "{lang} {key}: {text}"
                );
                let mut english = placeholders(en.messages.text(key));
                names.sort_unstable();
                english.sort_unstable();
                assert_eq!(names, english, "{lang} {key}: {text}");
            }
        }
    }

    /// Text written straight into a view (`<h2>"Summary"</h2>`), which would stay English:
    /// a literal with letters that stands where a view's text goes.
    fn literal_text_in_views(source: &str) -> Vec<String> {
        const ALLOWED: [&str; 2] = ["AI Act Check", "ISO/IEC 42001"];
        let mut out = vec![];
        for line in source.lines() {
            let trimmed = line.trim();
            let mut rest = line;
            let mut before = String::new();
            while let Some(start) = rest.find('"') {
                before.push_str(&rest[..start]);
                let body = &rest[start + 1..];
                let Some(end) = body.find('"') else { break };
                let literal = &body[..end];
                let prev = before.trim_end().chars().last();
                let alone = trimmed == format!("\"{literal}\"");
                let wordy = literal
                    .as_bytes()
                    .windows(2)
                    .any(|w| w[0].is_ascii_alphabetic() && w[1].is_ascii_alphabetic());
                if wordy
                    && (alone || matches!(prev, Some('>' | '}')))
                    && !ALLOWED.contains(&literal)
                {
                    out.push(literal.to_owned());
                }
                before.push_str(&rest[start..start + 2 + end]);
                rest = &body[end + 1..];
            }
        }
        out
    }

    #[test]
    fn views_write_no_text_of_their_own() {
        assert_eq!(
            literal_text_in_views("    <h2 id=\"t\">\"Summary\"</h2>\n    \"Answer them\"\n"),
            ["Summary", "Answer them"]
        );
        assert!(
            literal_text_in_views(
                "    data-testid=\"x\"\n    (Format::Html, \"download-html\", X),\n    \" \""
            )
            .is_empty()
        );
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = vec![dir.join("app.rs")];
        for e in std::fs::read_dir(dir.join("components")).expect("components") {
            files.push(e.expect("entry").path());
        }
        for f in files {
            let source = std::fs::read_to_string(&f).expect("source");
            let found = literal_text_in_views(&source);
            assert!(found.is_empty(), "{}: {found:?}", f.display());
        }
    }
}
