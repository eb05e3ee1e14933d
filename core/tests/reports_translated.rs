//! Reports in German and French: snapshots of every format for two assessments of the real
//! content (a chatbot provider with a plan under way and ISO/IEC 42001 items in place, and a
//! possible ban resting on a "not sure" answer), so that a change to a translation or a
//! renderer reads as a diff a person can review; dates and amounts as each language writes
//! them; every report names the language version of its content.

use aiact_core::envelope::Envelope;
use aiact_core::plan::{self, Entry, Status};
use aiact_core::report::{self, Report};
use aiact_core::{Answers, Catalog, assess, bundled};
use std::path::Path;

const TODAY: &str = "2026-12-02";
const NOW: &str = "2026-12-02T09:00:00Z";

fn answers(file: &str) -> Answers {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/scenarios")
        .join(file);
    let v: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    serde_json::from_value(v["answers"].clone()).unwrap()
}

/// A chatbot provider who has started the plan and has some ISO/IEC 42001 items in place.
fn chatbot(cat: &Catalog) -> Envelope {
    let mut env = Envelope::new(&cat.version.content_date, NOW);
    env.name = "ShopBot".into();
    env.answers = answers("chatbot-provider.json");
    let entries = [
        (
            "provider.transparency_interaction",
            Entry {
                status: Status::InProgress,
                owner: "Product team".into(),
                due: Some("2027-03-01".into()),
                evidence: "Banner in the chat window".into(),
                references: vec!["DOC-17".into()],
                ..Entry::default()
            },
        ),
        (
            "provider.ai_literacy",
            Entry {
                status: Status::Done,
                evidence: "Training records".into(),
                ..Entry::default()
            },
        ),
    ];
    for (id, entry) in entries {
        plan::set(&mut env.plan, cat, id, entry, NOW).unwrap();
    }
    env.plan.insert(
        "provider.old_duty".into(),
        Entry {
            status: Status::InProgress,
            owner: "Legal".into(),
            title: "A duty of an earlier content version".into(),
            ..Entry::default()
        },
    );
    env.iso_in_place
        .extend(["7.2", "7.3", "A.4.6"].map(String::from));
    env
}

/// A game studio unsure whether its reward loops are manipulative: a possible ban to review.
fn possible_ban(cat: &Catalog) -> Envelope {
    let mut env = Envelope::new(&cat.version.content_date, NOW);
    env.name = "Reward loops".into();
    env.answers = answers("prohibited-manipulation-unsure.json");
    env
}

fn build(cat: &Catalog, env: &Envelope) -> Report {
    report::build(cat, env, &assess(cat, &env.answers, TODAY), TODAY)
}

#[test]
fn snapshots_of_every_format_in_german_and_french() {
    for lang in ["de", "fr"] {
        let cat = bundled::catalog_in(lang).unwrap();
        for (label, env) in [
            ("chatbot", chatbot(&cat)),
            ("possible_ban", possible_ban(&cat)),
        ] {
            let r = build(&cat, &env);
            let name = |ext: &str| format!("{lang}.{label}.{ext}");
            insta::assert_snapshot!(name("md"), report::render_markdown(&r));
            insta::assert_snapshot!(name("html"), report::render_html(&r));
            insta::assert_snapshot!(name("csv"), report::render_csv(&r));
            insta::assert_snapshot!(name("soa.csv"), report::render_soa_csv(&r));
            insta::assert_snapshot!(name("tracker.csv"), report::render_tracker_csv(&r));
            insta::assert_snapshot!(name("json"), report::render_json(&r, &env));
            insta::assert_snapshot!(name("procurement.txt"), report::render_procurement(&r));
            insta::assert_snapshot!(name("summary.txt"), report::render_summary_text(&r));
            insta::assert_snapshot!(name("ics"), report::render_ics(&r, &env));
        }
    }
}

#[test]
fn dates_and_amounts_read_as_each_language_writes_them() {
    let de = bundled::catalog_in("de").unwrap().messages;
    let fr = bundled::catalog_in("fr").unwrap().messages;
    assert_eq!(de.date("2027-12-02"), "2. Dezember 2027");
    assert_eq!(de.short_date("2027-12-02"), "2. Dez. 2027");
    assert_eq!(de.date("2026-08-01"), "1. August 2026");
    assert_eq!(fr.date("2027-12-02"), "2 décembre 2027");
    assert_eq!(fr.short_date("2027-12-02"), "2 déc. 2027");
    assert_eq!(fr.date("2026-08-01"), "1er août 2026");
    use aiact_core::model::Penalty;
    assert!(
        Penalty::Art99_3
            .label_in(&de)
            .starts_with("Bis zu 35 Mio. EUR oder 7 %")
    );
    assert!(
        Penalty::Art99_3
            .label_in(&fr)
            .starts_with("Jusqu'à 35 millions d'EUR ou 7 %")
    );
    assert!(Penalty::Art99_5.short_in(&de).starts_with("7,5 Mio. EUR"));
    assert!(
        Penalty::Art99_5
            .short_in(&fr)
            .starts_with("7,5 millions d'EUR")
    );
}

#[test]
fn every_report_names_the_language_version_of_its_content() {
    let lines = [
        (
            "de",
            "Inhalt: deutsche Fassung des Inhalts vom 2. Dezember 2026.",
        ),
        (
            "fr",
            "Contenu : version française du contenu du 2 décembre 2026.",
        ),
    ];
    for (lang, line) in lines {
        let cat = bundled::catalog_in(lang).unwrap();
        let env = possible_ban(&cat);
        let r = build(&cat, &env);
        assert_eq!(r.content_language_line().as_deref(), Some(line));
        for text in [
            report::render_markdown(&r),
            report::render_html(&r),
            report::render_procurement(&r),
            report::render_summary_text(&r),
        ] {
            assert!(text.contains(line), "{lang}: {text}");
        }
        let json: serde_json::Value = serde_json::from_str(&report::render_json(&r, &env)).unwrap();
        assert_eq!(json["report"]["language"], lang);
        assert!(
            report::render_html(&r).starts_with(&format!("<!DOCTYPE html><html lang=\"{lang}\">"))
        );
        // The calendar says it in each event, beside the footer.
        let cat_env = chatbot(&cat);
        let ics = report::render_ics(&build(&cat, &cat_env), &cat_env).replace("\r\n ", "");
        assert!(ics.contains(&line.replace(',', "\\,")), "{lang}: {ics}");
    }
    // English is the original: its reports stay as they were, without the line or the field.
    let cat = bundled::catalog().unwrap();
    let env = possible_ban(&cat);
    let r = build(&cat, &env);
    assert_eq!(r.content_language_line(), None);
    let json: serde_json::Value = serde_json::from_str(&report::render_json(&r, &env)).unwrap();
    assert!(json["report"].get("language").is_none());
}
