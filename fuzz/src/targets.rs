//! The targets: each parser of outside input, with the path after a successful parse (upgrade,
//! assessment, every report renderer, saving and sharing), and random legitimate assessments.

use crate::TODAY;
use crate::inputs::Gen;
use crate::runner::{Input, Outcome};
use aiact_core::envelope::Envelope;
use aiact_core::share::{self, EncodeError, MAX_LEN, Shared};
use aiact_core::upgrade::upgrade;
use aiact_core::{Catalog, assess, bundled, flow, report, validate};
use serde_json::Value;
use std::hint::black_box;

/// One fuzz target.
pub struct Target {
    /// Name, as given to `--target`.
    pub name: &'static str,
    /// What it feeds and calls.
    pub what: &'static str,
    /// Makes the input of one case.
    pub generate: fn(&mut Gen<'_>) -> Input,
    /// Calls the code under test; with `true`, also the path after a successful parse.
    pub call: fn(&Catalog, &Input, bool) -> Outcome,
}

/// Every target, in the order run.
pub const TARGETS: &[Target] = &[
    Target {
        name: "share-link",
        what: "share::decode, then the path after the parse",
        generate: share_link,
        call: call_share_link,
    },
    Target {
        name: "import",
        what: "report::import (answers files and JSON reports), then the path after the parse",
        generate: import_file,
        call: call_import,
    },
    Target {
        name: "envelope",
        what: "Envelope::decode (saved data), then the path after the parse",
        generate: saved_data,
        call: call_envelope,
    },
    Target {
        name: "content-json",
        what: "Catalog::from_files on content files, then validate",
        generate: content_json,
        call: call_content_json,
    },
    Target {
        name: "content-bin",
        what: "bundled::decode on the content file the app fetches",
        generate: content_bin,
        call: call_content_bin,
    },
    Target {
        name: "assessment",
        what: "random legitimate assessments: saved, shared and opened again, assessed, reported",
        generate: assessment,
        call: call_assessment,
    },
];

fn text(input: &Input) -> &str {
    match input {
        Input::Text(t) => t,
        _ => "",
    }
}

/// The path after a successful parse, as the app takes it: carry the assessment over to the
/// current content (only forward), assess it, build the report and render every format, then
/// save and share it. Panics if the app would save data it cannot read again or make a share
/// link that does not open.
pub fn after_parse(cat: &Catalog, mut env: Envelope) {
    if env.content_date < cat.version.content_date {
        let changes = upgrade(cat, &mut env, TODAY);
        black_box((
            changes.removed_sample(),
            changes.added_sample(),
            changes.is_empty(),
        ));
    }
    let a = assess(cat, &env.answers, TODAY);
    let r = report::build(cat, &env, &a, TODAY);
    black_box(report::render_markdown(&r));
    black_box(report::render_html(&r));
    black_box(report::render_html_fragment(&r));
    black_box(report::render_json(&r, &env));
    black_box(report::render_csv(&r));
    black_box(report::render_soa_csv(&r));
    black_box(report::render_procurement(&r));
    env.stamp(cat, &a);
    if let Err(e) = Envelope::decode(&env.encode()) {
        panic!("the app saved data it cannot read again: {e}");
    }
    match share::encode(cat, &env) {
        Ok(link) => assert!(
            matches!(share::decode(&link), Ok(Some(_))),
            "the app made a share link that does not open: {:?}",
            share::decode(&link)
        ),
        Err(EncodeError::TooLong(n)) => assert!(n > MAX_LEN, "refused a link of {n}"),
        Err(e) => panic!("the app could not share data it accepted: {e}"),
    }
}

/// Runs the path after the parse if `follow`.
fn follow_with(cat: &Catalog, env: Envelope, follow: bool) -> Outcome {
    if follow {
        after_parse(cat, env);
        Outcome::Followed
    } else {
        black_box(env);
        Outcome::Parsed
    }
}

fn share_link(g: &mut Gen<'_>) -> Input {
    let prefixes = [
        "#share=",
        "share=",
        "#share%3D",
        "#share%3d",
        "#SHARE%3D",
        "#shar",
        "",
    ];
    let text = match g.rng.u8(0..5) {
        0 => format!("{}{}", g.pick(&prefixes), g.text()),
        1 => {
            let link = g.pick(&g.corpus.links).clone();
            g.mutate_text(&link, &g.corpus.links)
        }
        _ => {
            let env = g.envelope();
            let shared = Shared {
                v: if g.chance(95) { 1 } else { g.rng.u32(..) },
                n: env.name,
                c: env.content_date,
                a: env.answers,
            };
            let mut json = serde_json::to_value(&shared).unwrap_or_default();
            if g.chance(20) {
                g.mutate_json(&mut json);
            }
            let payload = share::base64url_encode(json.to_string().as_bytes());
            let mut link = format!("{}{payload}", g.pick(&prefixes[..5]));
            if g.chance(15) {
                link = g.mutate_text(&link, &[]);
            }
            link
        }
    };
    Input::Text(text)
}

fn call_share_link(cat: &Catalog, input: &Input, follow: bool) -> Outcome {
    match share::decode(text(input)) {
        Ok(Some(shared)) => {
            let mut env = Envelope::new(&shared.c, "2026-11-27T10:00:00Z");
            env.name = shared.n;
            env.answers = shared.a;
            follow_with(cat, env, follow)
        }
        _ => Outcome::Refused,
    }
}

/// A structure-aware saved assessment as JSON, sometimes changed at the JSON level.
fn envelope_json(g: &mut Gen<'_>) -> String {
    let env = g.envelope();
    if g.chance(25) {
        let mut value = serde_json::to_value(&env).unwrap_or_default();
        g.mutate_json(&mut value);
        value.to_string()
    } else {
        env.encode()
    }
}

fn import_file(g: &mut Gen<'_>) -> Input {
    let donors = &g.corpus.answers_files;
    let text = match g.rng.u8(0..6) {
        0 => {
            if g.chance(50) {
                g.text()
            } else {
                g.value(0).to_string()
            }
        }
        1 => {
            let file = g.pick(donors).clone();
            g.mutate_text(&file, donors)
        }
        2 => {
            let file = g.pick(&g.corpus.reports).clone();
            g.mutate_text(&file, &g.corpus.reports)
        }
        3 => envelope_json(g),
        _ => {
            let real: &String = g.pick(&g.corpus.reports);
            let mut report: Value = serde_json::from_str(real).unwrap_or_default();
            let env = serde_json::to_value(g.envelope()).unwrap_or_default();
            if let Some(slot) = report.get_mut("assessment") {
                *slot = env;
            }
            if g.chance(25) {
                g.mutate_json(&mut report);
            }
            report.to_string()
        }
    };
    Input::Text(text)
}

fn call_import(cat: &Catalog, input: &Input, follow: bool) -> Outcome {
    match report::import(text(input)) {
        Ok(env) => follow_with(cat, env, follow),
        Err(_) => Outcome::Refused,
    }
}

fn saved_data(g: &mut Gen<'_>) -> Input {
    let donors = &g.corpus.answers_files;
    let text = match g.rng.u8(0..4) {
        0 => g.text(),
        1 => {
            let file = g.pick(donors).clone();
            g.mutate_text(&file, donors)
        }
        _ => envelope_json(g),
    };
    Input::Text(text)
}

fn call_envelope(cat: &Catalog, input: &Input, follow: bool) -> Outcome {
    match Envelope::decode(text(input)) {
        Ok(env) => follow_with(cat, env, follow),
        Err(_) => Outcome::Refused,
    }
}

fn content_json(g: &mut Gen<'_>) -> Input {
    let files = &g.corpus.content;
    // The version file and one other, one of the two changed.
    let version = files[0].clone();
    let other = g.pick(&files[1..]).clone();
    let mut pair = vec![version, other];
    let changed = &mut pair[usize::from(g.chance(70))];
    changed.1 = if g.chance(50) {
        let mut value: Value = serde_json::from_str(&changed.1).unwrap_or_default();
        g.mutate_json(&mut value);
        value.to_string()
    } else {
        let donors: Vec<String> = files.iter().map(|(_, t)| t.clone()).collect();
        g.mutate_text(&changed.1, &donors)
    };
    Input::Files(pair)
}

fn call_content_json(_: &Catalog, input: &Input, follow: bool) -> Outcome {
    let Input::Files(files) = input else {
        return Outcome::Refused;
    };
    match Catalog::from_files(files.iter().map(|(n, t)| (n.as_str(), t.as_str()))) {
        Ok(cat) if follow => {
            black_box(validate(&cat));
            Outcome::Followed
        }
        Ok(cat) => {
            black_box(cat);
            Outcome::Parsed
        }
        Err(_) => Outcome::Refused,
    }
}

fn content_bin(g: &mut Gen<'_>) -> Input {
    let mut bytes = if g.chance(5) {
        (0..g.rng.usize(..4096)).map(|_| g.rng.u8(..)).collect()
    } else {
        g.corpus.content_bin.clone()
    };
    g.mutate_bytes(&mut bytes, &[]);
    Input::Bytes(bytes)
}

fn call_content_bin(_: &Catalog, input: &Input, _: bool) -> Outcome {
    let Input::Bytes(bytes) = input else {
        return Outcome::Refused;
    };
    match bundled::decode(bytes) {
        Ok(cat) => {
            black_box(cat);
            Outcome::Parsed
        }
        Err(_) => Outcome::Refused,
    }
}

fn assessment(g: &mut Gen<'_>) -> Input {
    Input::Text(g.legitimate().encode())
}

fn call_assessment(cat: &Catalog, input: &Input, _: bool) -> Outcome {
    let env = match Envelope::decode(text(input)) {
        Ok(env) => env,
        Err(e) => panic!("a legitimate assessment was refused: {e}"),
    };
    // The whole assessment rests on the answers that count.
    let counting = flow(cat, &env.answers).effective;
    assert_eq!(
        assess(cat, &env.answers, TODAY),
        assess(cat, &counting, TODAY),
        "answers kept for hidden questions changed the assessment"
    );
    // Every link the app makes opens, with exactly the answers that count.
    match share::encode(cat, &env) {
        Ok(link) => match share::decode(&link) {
            Ok(Some(shared)) => {
                assert_eq!(
                    shared.a, counting,
                    "the link carries the answers that count"
                );
                assert_eq!(shared.n, env.name, "the link carries the name");
            }
            other => panic!("a link the app made does not open: {other:?}"),
        },
        Err(e) => panic!("no share link for a legitimate assessment: {e}"),
    }
    after_parse(cat, env);
    Outcome::Followed
}
