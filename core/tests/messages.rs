//! The engine's own texts are data: every key the code asks for has an English text and every
//! English text is used; every report format of every golden scenario, rendered in each
//! translation, holds no English the messages do not control (checked by rendering with every
//! message replaced by a marker) and, with the real messages, no English message text at all.

use aiact_core::envelope::Envelope;
use aiact_core::i18n::{self, Messages};
use aiact_core::model::QuestionKind;
use aiact_core::plan::{Entry, Status};
use aiact_core::report::{self, Report};
use aiact_core::{Answer, Answers, Catalog, assess, bundled};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Every string literal in the engine's and the web shell's sources, with the file it is in.
fn literals() -> Vec<(String, String)> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = vec![];
    let core = Path::new(env!("CARGO_MANIFEST_DIR"));
    walk(&core.join("src"), &mut files);
    // The web shell asks for the page's own words (`shell.…`) by key too.
    let shell = core.join("../src");
    if shell.is_dir() {
        walk(&shell, &mut files);
    }
    let mut out = vec![];
    for f in files {
        let text = std::fs::read_to_string(&f).unwrap();
        // Literals are read between straight double quotes, skipping escaped ones; the
        // sources' other quote characters are not string delimiters.
        let mut rest = text.as_str();
        while let Some(start) = rest.find('"') {
            let body = &rest[start + 1..];
            let mut end = 0;
            let bytes = body.as_bytes();
            while end < bytes.len() && bytes[end] != b'"' {
                end += if bytes[end] == b'\\' { 2 } else { 1 };
            }
            let end = end.min(bytes.len());
            out.push((body[..end].to_owned(), f.display().to_string()));
            rest = body.get(end + 1..).unwrap_or("");
        }
    }
    out
}

/// The web shell's sources, as one text.
fn shell_sources() -> String {
    fn walk(dir: &Path, out: &mut String) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push_str(&std::fs::read_to_string(&p).unwrap());
            }
        }
    }
    let mut out = String::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../src"),
        &mut out,
    );
    out
}

/// Whether a literal has the shape of a message key: dot-separated lower-case words.
fn key_like(s: &str) -> bool {
    s.contains('.')
        && s.split('.').all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        })
}

#[test]
fn every_key_the_engine_asks_for_has_an_english_text_and_every_text_is_used() {
    let en = Messages::english();
    let lits = literals();
    let used: BTreeSet<&str> = lits.iter().map(|(l, _)| l.as_str()).collect();
    // The shell names its own words (`shell.…`) by constants its build writes from the keys
    // (`shell.review.title` is `REVIEW_TITLE`).
    let shell_sources = shell_sources();
    let named = |key: &str| {
        key.strip_prefix("shell.").is_some_and(|rest| {
            let ident = rest.replace('.', "_").to_uppercase();
            shell_sources.contains(&format!("t::{ident}"))
                || shell_sources.contains(&format!("text::{ident}"))
        })
    };
    let unused: Vec<&String> = en
        .texts()
        .keys()
        .filter(|k| !used.contains(k.as_str()) && !named(k))
        .collect();
    assert!(unused.is_empty(), "messages no code asks for: {unused:?}");
    // Literals of a message family (`report.…`, `tier.…`) that are not messages are typos.
    let families: BTreeSet<&str> = en
        .texts()
        .keys()
        .filter_map(|k| k.split('.').next())
        .collect();
    let unknown: Vec<&(String, String)> = lits
        .iter()
        .filter(|(l, _)| {
            key_like(l) && families.contains(l.split('.').next().unwrap_or_default()) && !en.has(l)
        })
        .collect();
    assert!(
        unknown.is_empty(),
        "keys without an English text: {unknown:?}"
    );
}

#[test]
fn english_messages_are_well_formed() {
    for (key, text) in Messages::english().texts() {
        assert!(i18n::messages::placeholders(text).is_ok(), "{key}: {text}");
        assert!(!text.trim().is_empty(), "{key} is empty");
    }
}

fn scenarios() -> Vec<(String, Answers, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut names: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|p| {
            let v: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap();
            (
                p.file_stem().unwrap().to_string_lossy().into_owned(),
                serde_json::from_value(v["answers"].clone()).unwrap(),
                v["today"].as_str().unwrap_or("2026-12-02").to_owned(),
            )
        })
        .collect()
}

/// The scenario's assessment with language-neutral user text (`Σ`), as it was answered, and
/// once more with a plan under way, an entry set aside and ISO/IEC 42001 items in place, so
/// that every part of every format is shown.
fn envelopes(cat: &Catalog, answers: &Answers, today: &str) -> [Envelope; 2] {
    let mut env = Envelope::new(&cat.version.content_date, "2026-12-02T09:00:00Z");
    env.name = "\u{3a3}".into();
    env.answers = answers.clone();
    for (id, a) in &mut env.answers {
        if cat
            .question(id)
            .is_some_and(|q| q.kind == QuestionKind::Text)
        {
            *a = Answer::One("\u{3a3}".into());
        }
    }
    let mut worked = env.clone();
    let a = assess(cat, &worked.answers, today);
    let entries = [
        (Status::InProgress, "", Some("2027-06-01")),
        (Status::Done, "", None),
        (Status::NotApplicable, "\u{3a3}", None),
    ];
    for (oc, (status, reason, due)) in a.obligations.iter().zip(entries) {
        let entry = Entry {
            status,
            reason: reason.into(),
            owner: "\u{3a3}".into(),
            due: due.map(Into::into),
            evidence: "\u{3a3}".into(),
            references: vec!["\u{3a3}".into()],
            ..Entry::default()
        };
        aiact_core::plan::set(&mut worked.plan, cat, &oc.id, entry, "2026-12-02T09:00:00Z")
            .unwrap();
    }
    worked.plan.insert(
        "gone.duty".into(),
        Entry {
            status: Status::InProgress,
            title: "\u{3a3}".into(),
            ..Entry::default()
        },
    );
    worked
        .iso_in_place
        .extend(cat.iso_items.iter().take(8).map(|i| i.id.clone()));
    [env, worked]
}

/// Every format of the report, as a person reads it: `(format, text)`.
fn formats(r: &Report, env: &Envelope) -> Vec<(&'static str, String)> {
    vec![
        ("md", report::render_markdown(r)),
        ("html", report::render_html(r)),
        ("fragment", report::render_html_fragment(r)),
        ("csv", report::render_csv(r)),
        ("soa", report::render_soa_csv(r)),
        ("tracker", report::render_tracker_csv(r)),
        ("procurement", report::render_procurement(r)),
        ("summary", report::render_summary_text(r)),
        ("ics", report::render_ics(r, env)),
        ("json", report::render_json(r, env)),
    ]
}

/// The text of a format a person reads: HTML without its style sheet and tags; of JSON the
/// string values that are words rather than ids.
fn readable(format: &str, text: &str) -> String {
    match format {
        "html" | "fragment" => {
            let mut text = text.to_owned();
            if let (Some(a), Some(b)) = (text.find("<style>"), text.find("</style>")) {
                text.replace_range(a..b, "");
            }
            // Each tag becomes a space: the text after each `<…>`.
            let mut parts = text.split('<');
            let mut out = parts.next().unwrap_or_default().to_owned();
            for part in parts {
                out.push(' ');
                out.push_str(part.split_once('>').map_or("", |(_, rest)| rest));
            }
            out
        }
        "json" => {
            fn strings(v: &serde_json::Value, out: &mut String) {
                match v {
                    serde_json::Value::String(s) if s.contains(' ') => {
                        out.push_str(s);
                        out.push('\n');
                    }
                    serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
                    serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, out)),
                    _ => {}
                }
            }
            let mut out = String::new();
            strings(&serde_json::from_str(text).unwrap(), &mut out);
            out
        }
        // Folded lines joined again; the product's id and event ids are not read.
        "ics" => text
            .replace("\r\n ", "")
            .lines()
            .filter(|l| !l.starts_with("PRODID:") && !l.starts_with("UID:"))
            .collect::<Vec<_>>()
            .join("\n"),
        _ => text.to_owned(),
    }
}

/// Words that mark English text; none is a word of German or French.
const ENGLISH: &[&str] = &[
    "the",
    "and",
    "of",
    "to",
    "is",
    "are",
    "be",
    "for",
    "with",
    "from",
    "this",
    "that",
    "not",
    "you",
    "your",
    "we",
    "our",
    "would",
    "could",
    "has",
    "have",
    "its",
    "if",
    "since",
    "duty",
    "duties",
    "applies",
    "Applies",
    "Yes",
    "No",
    "yes",
    "no",
    "none",
    "Why",
    "When",
    "see",
    "owner",
    "Owner",
    "due",
    "Due",
    "evidence",
    "Evidence",
    "open",
    "done",
    "provisional",
    "Provisional",
    "confirmed",
    "Summary",
    "Result",
    "Roles",
    "Answers",
    "References",
    "Title",
    "Penalty",
    "ceiling",
    "baseline",
    "originally",
    "Incomplete",
    "Unnamed",
    "launch",
    "covered",
    "Supports",
    "Checklist",
];

/// English the translated content keeps: a chapter name of the code of practice, a loan word.
const ENGLISH_NAMES: &[&str] = &["Safety and Security", "open source"];

/// The first English word of a text, with a little context. A word is a run of letters; any
/// byte of a non-ASCII character counts as a letter, so `für` is one word.
fn first_english(text: &str) -> Option<String> {
    static WORDS: std::sync::LazyLock<BTreeSet<&[u8]>> =
        std::sync::LazyLock::new(|| ENGLISH.iter().map(|w| w.as_bytes()).collect());
    let mut owned;
    let mut text = text;
    for name in ENGLISH_NAMES {
        if text.contains(name) {
            owned = text.replace(name, "");
            text = &owned;
        }
    }
    let bytes = text.as_bytes();
    let mut start = 0;
    for i in 0..=bytes.len() {
        let letter = bytes
            .get(i)
            .is_some_and(|b| b.is_ascii_alphabetic() || *b >= 0x80);
        if letter {
            continue;
        }
        if i > start && i - start <= 12 && WORDS.contains(&bytes[start..i]) {
            let from = text.floor_char_boundary(start.saturating_sub(30));
            let to = text.ceil_char_boundary((i + 30).min(text.len()));
            return Some(text[from..to].replace(['\n', '\r'], " "));
        }
        start = i + 1;
    }
    None
}

fn translations() -> Vec<Catalog> {
    bundled::TRANSLATIONS
        .iter()
        .map(|(lang, _)| bundled::catalog_in(lang).unwrap())
        .collect()
}

/// The catalog with each message replaced by a marker that keeps its placeholders, so that
/// the values filled in still show.
fn marked(cat: &Catalog) -> Catalog {
    let mut out = cat.clone();
    for (key, text) in out.messages.texts_mut() {
        let names = i18n::messages::placeholders(text).unwrap();
        let args: String = names.iter().map(|n| format!("{{{n}}}")).collect();
        *text = format!("\u{27e6}{key}\u{27e7}{args}");
    }
    out
}

/// The text without the markers of [`marked`].
fn unmarked(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(a) = rest.find('\u{27e6}') {
        out.push_str(&rest[..a]);
        out.push(' ');
        rest = rest[a..]
            .find('\u{27e7}')
            .map_or("", |b| &rest[a + b + '\u{27e7}'.len_utf8()..]);
    }
    out.push_str(rest);
    out
}

#[test]
fn every_format_of_every_scenario_is_in_the_language_of_its_content() {
    let (mut outside, mut untranslated) = (vec![], vec![]);
    for cat in translations() {
        let markers = marked(&cat);
        for (name, answers, today) in scenarios() {
            for env in envelopes(&cat, &answers, &today) {
                let a = assess(&cat, &env.answers, &today);
                // English that the messages do not control shows between the markers.
                let r = report::build(&markers, &env, &a, &today);
                for (format, text) in formats(&r, &env) {
                    if let Some(w) = first_english(&unmarked(&readable(format, &text))) {
                        outside.push(format!(
                            "{} {name} {format}: \u{2026}{w}\u{2026}",
                            r.language
                        ));
                    }
                }
                // With the real messages, nothing is left in English.
                let r = report::build(&cat, &env, &a, &today);
                assert_eq!(r.language, cat.language.code);
                for (format, text) in formats(&r, &env) {
                    if let Some(w) = first_english(&readable(format, &text)) {
                        untranslated.push(format!(
                            "{} {name} {format}: \u{2026}{w}\u{2026}",
                            r.language
                        ));
                    }
                }
            }
        }
    }
    for (what, problems) in [
        ("English outside the messages", outside),
        ("English left", untranslated),
    ] {
        assert!(
            problems.is_empty(),
            "{what} in {} reports, e.g.:\n{}",
            problems.len(),
            problems[..problems.len().min(30)].join("\n")
        );
    }
}
