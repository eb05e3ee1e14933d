//! The largest input each parser accepts, built to sit right under the caps, and what the whole
//! path (parse, upgrade, assess, every renderer, save, share) costs on it.

use crate::TODAY;
use crate::corpus::Corpus;
use crate::runner::{Outcome, measure};
use crate::targets::after_parse;
use aiact_core::envelope::Envelope;
use aiact_core::envelope::limits::{
    MAX_ANSWERS, MAX_DESCRIPTION_CHARS, MAX_ID_CHARS, MAX_IMPORT_BYTES, MAX_LINK_CHARS,
    MAX_NAME_CHARS, MAX_SAVED_ANSWERS, MAX_SAVED_BYTES, MAX_VALUES,
};
use aiact_core::share::{self, Shared};
use aiact_core::{Answer, Catalog, assess, bundled, report, validate};
use std::time::Duration;

/// One measured input.
pub struct Row {
    /// What was measured.
    pub what: String,
    /// Input size, in bytes.
    pub bytes: usize,
    /// Slowest of the runs.
    pub time: Duration,
    /// Highest peak memory of the runs, in bytes.
    pub memory: usize,
    /// Whether the input was accepted (it must be).
    pub accepted: bool,
}

/// An assessment under old content holding `total` answers and set-aside answers, half each:
/// the answers to every question first, then ids of 100 characters; each unknown one ticks
/// `values` options of `len` characters. Name and description are at their caps, in four-byte
/// characters.
fn big_envelope(cat: &Catalog, total: usize, values: usize, len: usize) -> Envelope {
    let mut env = Envelope::new("2020-01-01", "2026-11-27T10:00:00Z");
    env.name = "😀".repeat(MAX_NAME_CHARS);
    env.description = "😀".repeat(MAX_DESCRIPTION_CHARS);
    for q in cat.questions().take(total / 2) {
        let value = q.options.first().map_or("yes", |o| o.id.as_str());
        env.answers.insert(q.id.clone(), Answer::One(value.into()));
    }
    let ticked = Answer::Many((0..values).map(|i| format!("{i:0>len$}")).collect());
    let mut i = 0;
    while env.answers.len() < total / 2 {
        env.answers
            .insert(format!("unknown.{i:0>92}"), ticked.clone());
        i += 1;
    }
    for i in 0..total - total / 2 {
        env.retired
            .insert(format!("retired.{i:0>92}"), ticked.clone());
    }
    env
}

/// The largest `n` in `lo..=hi` for which `ok(n)` holds, if `ok` holds up to some point.
fn largest(lo: usize, hi: usize, ok: impl Fn(usize) -> bool) -> Option<usize> {
    if !ok(lo) {
        return None;
    }
    let (mut good, mut bad) = (lo, hi + 1);
    while bad - good > 1 {
        let mid = good + (bad - good) / 2;
        if ok(mid) {
            good = mid;
        } else {
            bad = mid;
        }
    }
    Some(good)
}

/// The text made by `text(values, len)` that comes closest to `max_bytes` without passing it.
fn fill(max_bytes: usize, text: impl Fn(usize, usize) -> String) -> String {
    let fits = |v: usize, l: usize| text(v, l).len() <= max_bytes;
    let values = largest(0, MAX_VALUES, |v| fits(v, MAX_ID_CHARS)).unwrap_or(0);
    if values < MAX_VALUES {
        // One more value, as long as fits.
        if let Some(len) = largest(1, MAX_ID_CHARS, |l| fits(values + 1, l)) {
            return text(values + 1, len);
        }
    }
    text(values, MAX_ID_CHARS)
}

/// Measures every parser on its largest accepted input.
pub fn measure_all(corpus: &Corpus, runs: u32) -> Vec<Row> {
    let cat = &corpus.catalog;
    let mut rows = vec![];
    let mut row = |what: &str, bytes: usize, call: &dyn Fn() -> Outcome| {
        let (time, memory, outcome) = measure(runs, call);
        rows.push(Row {
            what: what.to_owned(),
            bytes,
            time,
            memory,
            accepted: outcome == Outcome::Followed,
        });
    };

    let file = fill(MAX_IMPORT_BYTES, |v, l| {
        big_envelope(cat, MAX_ANSWERS, v, l).encode()
    });
    row(
        "import: answers file, 1,000 answers, old content",
        file.len(),
        &|| match report::import(&file) {
            Ok(env) => {
                after_parse(cat, env);
                Outcome::Followed
            }
            Err(_) => Outcome::Refused,
        },
    );

    let report_file = fill(MAX_IMPORT_BYTES, |v, l| {
        let env = big_envelope(cat, MAX_ANSWERS, v, l);
        let a = assess(cat, &env.answers, TODAY);
        report::render_json(&report::build(cat, &env, &a, TODAY), &env)
    });
    row(
        "import: JSON report, 1,000 answers, old content",
        report_file.len(),
        &|| match report::import(&report_file) {
            Ok(env) => {
                after_parse(cat, env);
                Outcome::Followed
            }
            Err(_) => Outcome::Refused,
        },
    );

    let saved = fill(MAX_SAVED_BYTES, |v, l| {
        big_envelope(cat, MAX_SAVED_ANSWERS, v, l).encode()
    });
    row(
        "envelope: saved data, 2,000 answers, old content",
        saved.len(),
        &|| match Envelope::decode(&saved) {
            Ok(env) => {
                after_parse(cat, env);
                Outcome::Followed
            }
            Err(_) => Outcome::Refused,
        },
    );

    // A link at its length limit: 1,000 answers with ids as long as fit.
    let link_of = |len: usize| {
        let shared = Shared {
            v: 1,
            n: "😀".repeat(MAX_NAME_CHARS),
            c: "2020-01-01".into(),
            a: (0..MAX_ANSWERS)
                .map(|i| (format!("{i:0>len$}"), Answer::One("yes".into())))
                .collect(),
        };
        let json = serde_json::to_string(&shared).unwrap_or_default();
        format!("#share={}", share::base64url_encode(json.as_bytes()))
    };
    let longest = largest(4, MAX_ID_CHARS, |l| {
        link_of(l).len() <= MAX_LINK_CHARS + "#share=".len()
    })
    .unwrap_or(4);
    let link = link_of(longest);
    row(
        "share-link: 1,000 answers, name at its cap",
        link.len(),
        &|| match share::decode(&link) {
            Ok(Some(shared)) => {
                let mut env = Envelope::new(&shared.c, "2026-11-27T10:00:00Z");
                env.name = shared.n;
                env.answers = shared.a;
                after_parse(cat, env);
                Outcome::Followed
            }
            _ => Outcome::Refused,
        },
    );

    let files = &corpus.content;
    let content_bytes = files.iter().map(|(_, t)| t.len()).sum();
    row(
        "content-json: all content files, then validate",
        content_bytes,
        &|| match Catalog::from_files(files.iter().map(|(n, t)| (n.as_str(), t.as_str()))) {
            Ok(c) => {
                std::hint::black_box(validate(&c));
                Outcome::Followed
            }
            Err(_) => Outcome::Refused,
        },
    );
    row(
        "content-bin: the content file the app fetches",
        corpus.content_bin.len(),
        &|| match bundled::decode(&corpus.content_bin) {
            Ok(c) => {
                std::hint::black_box(c);
                Outcome::Followed
            }
            Err(_) => Outcome::Refused,
        },
    );
    rows
}
