//! Engine timings over the full bundled catalog: loading, flow, assessment (with the "not sure"
//! analysis) for every golden scenario's answers, and full validation.
//! Run with `cargo bench -p aiact-core --bench engine`.

use aiact_core::{Answers, Catalog, assess, bundled, flow, validate};
use std::sync::OnceLock;

fn main() {
    divan::main();
}

fn catalog() -> &'static Catalog {
    static CAT: OnceLock<Catalog> = OnceLock::new();
    CAT.get_or_init(|| bundled::catalog().unwrap())
}

/// The answers of every golden scenario.
fn scenario_answers() -> &'static Vec<Answers> {
    static ANS: OnceLock<Vec<Answers>> = OnceLock::new();
    ANS.get_or_init(|| {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios");
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        files.sort();
        files
            .iter()
            .map(|p| {
                let v: serde_json::Value =
                    serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
                serde_json::from_value(v["answers"].clone()).unwrap()
            })
            .collect()
    })
}

#[divan::bench]
fn load_bundled_catalog() -> Catalog {
    bundled::catalog().unwrap()
}

#[divan::bench]
fn flow_all_scenarios(b: divan::Bencher) {
    let (cat, all) = (catalog(), scenario_answers());
    b.bench(|| {
        all.iter()
            .map(|a| flow(cat, a).visible.len())
            .sum::<usize>()
    });
}

#[divan::bench]
fn assess_all_scenarios(b: divan::Bencher) {
    let (cat, all) = (catalog(), scenario_answers());
    b.bench(|| {
        all.iter()
            .map(|a| assess(cat, a, "2026-11-27").obligations.len())
            .sum::<usize>()
    });
}

#[divan::bench]
fn assess_slowest_scenario(b: divan::Bencher) {
    let (cat, all) = (catalog(), scenario_answers());
    let slowest = all
        .iter()
        .max_by_key(|a| {
            let t = std::time::Instant::now();
            let _ = assess(cat, a, "2026-11-27");
            t.elapsed()
        })
        .unwrap();
    b.bench(|| assess(cat, slowest, "2026-11-27"));
}

#[divan::bench(sample_count = 10)]
fn validate_catalog() -> usize {
    validate(catalog()).len()
}

/// Every golden scenario as a saved assessment.
fn saved() -> Vec<(String, aiact_core::envelope::Envelope)> {
    scenario_answers()
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let mut env = aiact_core::envelope::Envelope::new("2026-12-02", "2026-12-02T09:00:00Z");
            env.name = format!("System {i}");
            env.answers = a.clone();
            (format!("k{i}"), env)
        })
        .collect()
}

#[divan::bench(sample_count = 10)]
fn register_rows_of_all_scenarios(b: divan::Bencher) {
    let (cat, all) = (catalog(), saved());
    b.bench(|| {
        all.iter()
            .map(|(k, e)| aiact_core::register::Row::of(cat, k, e, "2026-12-02").open_items)
            .sum::<usize>()
    });
}

#[divan::bench(sample_count = 10)]
fn register_export_and_import_preview(b: divan::Bencher) {
    let (cat, all) = (catalog(), saved());
    b.bench(|| {
        let json = aiact_core::register::render_json(cat, &all, "2026-12-02");
        aiact_core::register::preview(cat, &json, &all, "2026-12-02")
            .map(|p| p.systems.len())
            .unwrap_or(0)
    });
}

#[divan::bench]
fn translate_catalog_to_german(b: divan::Bencher) {
    let tr = bundled::translation("de").unwrap().unwrap();
    b.bench(|| {
        aiact_core::i18n::localize(catalog(), &tr)
            .questions()
            .count()
    });
}
