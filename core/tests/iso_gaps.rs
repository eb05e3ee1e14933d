//! ISO/IEC 42001 gap analysis (`questions/91-iso42001-mapping.json`): guards that every obligation
//! of the bundled catalog has exactly one mapping to real clause and Annex A control ids; that the
//! duties with no counterpart in the management-system standard (Art 5 bans, Art 22/54
//! representatives, Art 43 conformity assessment, Art 47 declaration, Art 48 CE marking, Art 49
//! registration) are mapped as `none`, so an ISO/IEC 42001 certificate is never shown as meeting
//! them; and, through golden scenarios, the exact ordered gap list (what the Act still asks of a
//! certified organisation) and the relevant Annex A controls of the Statement of Applicability.
//!
//! The expected lists are derived by hand from the mapping: gaps are the obligations whose fit is
//! not `covers`, ordered by amended application date, `none` before `partial` on the same date,
//! and otherwise in catalog order.

use aiact_core::model::IsoFit;
use aiact_core::{Answers, Assessment, Catalog, assess, bundled, iso};
use std::collections::BTreeMap;
use std::path::Path;

/// The assessment date of the golden scenarios.
const TODAY: &str = "2026-12-02";

/// Articles whose duties ISO/IEC 42001 has no counterpart for (reference crosswalk, section 9b).
const NO_COUNTERPART_ARTICLES: &[&str] = &["5", "22", "43", "47", "48", "49", "54"];

fn catalog() -> Catalog {
    bundled::catalog().expect("bundled catalog loads")
}

/// The answers of a scenario file in `tests/scenarios/`.
fn answers(file: &str) -> Answers {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/scenarios")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    let v: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    serde_json::from_value(v["answers"].clone()).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn assessed(cat: &Catalog, file: &str) -> Assessment {
    assess(cat, &answers(file), TODAY)
}

fn gap_ids(cat: &Catalog, a: &Assessment) -> Vec<String> {
    iso::gaps(cat, a)
        .into_iter()
        .map(|c| c.obligation)
        .collect()
}

#[test]
fn every_obligation_has_exactly_one_mapping_to_real_items() {
    let cat = catalog();
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for m in &cat.iso_mappings {
        *count.entry(m.obligation.as_str()).or_default() += 1;
    }
    let unmapped: Vec<&str> = cat
        .obligations
        .iter()
        .map(|o| o.id.as_str())
        .filter(|id| !count.contains_key(id))
        .collect();
    assert!(
        unmapped.is_empty(),
        "obligations without a mapping: {unmapped:?}"
    );
    let duplicated: Vec<(&str, usize)> = count
        .iter()
        .filter(|(_, n)| **n > 1)
        .map(|(id, n)| (*id, *n))
        .collect();
    assert!(
        duplicated.is_empty(),
        "obligations mapped more than once: {duplicated:?}"
    );
    let unknown_obligations: Vec<&str> = count
        .keys()
        .copied()
        .filter(|id| cat.obligation(id).is_none())
        .collect();
    assert!(
        unknown_obligations.is_empty(),
        "mappings for unknown obligations: {unknown_obligations:?}"
    );
    let unknown_items: Vec<(&str, &str)> = cat
        .iso_mappings
        .iter()
        .flat_map(|m| {
            m.items
                .iter()
                .map(move |i| (m.obligation.as_str(), i.as_str()))
        })
        .filter(|(_, item)| cat.iso_item(item).is_none())
        .collect();
    assert!(
        unknown_items.is_empty(),
        "(obligation, unknown ISO item): {unknown_items:?}"
    );
}

#[test]
fn gap_text_is_present_exactly_when_the_fit_is_not_covers() {
    let cat = catalog();
    let bad: Vec<&str> = cat
        .iso_mappings
        .iter()
        .filter(|m| (m.fit == IsoFit::Covers) != m.gap.trim().is_empty() || m.gap.contains('\n'))
        .map(|m| m.obligation.as_str())
        .collect();
    assert!(
        bad.is_empty(),
        "gap must be one line, empty only for `covers`: {bad:?}"
    );
    let unsupported: Vec<&str> = cat
        .iso_mappings
        .iter()
        .filter(|m| m.fit != IsoFit::None && m.items.is_empty())
        .map(|m| m.obligation.as_str())
        .collect();
    assert!(
        unsupported.is_empty(),
        "`covers`/`partial` without supporting items: {unsupported:?}"
    );
}

#[test]
fn duties_without_iso_counterpart_are_mapped_none() {
    let cat = catalog();
    let targets: Vec<&str> = cat
        .obligations
        .iter()
        .filter(|o| {
            o.refs.iter().any(|r| {
                r.article
                    .as_deref()
                    .is_some_and(|a| NO_COUNTERPART_ARTICLES.contains(&a))
            })
        })
        .map(|o| o.id.as_str())
        .collect();
    // The selection itself must reach the duties it is meant to guard.
    for id in [
        "provider.prohibited_practice",
        "deployer.prohibited_practice",
        "importer.prohibited_practice",
        "provider.authorised_representative",
        "gpai.authorised_representative",
        "provider.conformity_assessment",
        "provider.eu_declaration",
        "provider.ce_marking",
        "provider.registration",
        "provider.derogation_registration",
        "deployer.register_use",
    ] {
        assert!(targets.contains(&id), "{id} is not selected by its refs");
    }
    let wrong: Vec<(&str, Option<IsoFit>)> = targets
        .iter()
        .map(|id| (*id, cat.iso_mapping(id).map(|m| m.fit)))
        .filter(|(_, fit)| *fit != Some(IsoFit::None))
        .collect();
    assert!(wrong.is_empty(), "should be mapped `none`: {wrong:?}");
}

/// Golden gap lists: (scenario file, expected obligation ids in order).
const GOLDEN: &[(&str, &[&str])] = &[
    // High-risk Annex III provider (recruitment CV pre-sorter, EU, placed after 2 Aug 2026).
    // Every duty bites on 2 Dec 2027, including the formal ones that apply on the face of Art 113
    // from 2 Aug 2026: first the duties with no counterpart (labelling and accessibility, then
    // conformity assessment, declaration, CE marking and registration, in catalog order), then
    // the Chapter III duties ISO supports only partly, in catalog order, ending with post-market
    // monitoring, incident reporting and the Art 25(4) supplier agreement. AI literacy is
    // covered and absent.
    (
        "derogation-profiling-override.json",
        &[
            "provider.identification_and_accessibility",
            "provider.conformity_assessment",
            "provider.eu_declaration",
            "provider.ce_marking",
            "provider.registration",
            "provider.risk_management",
            "provider.data_governance",
            "provider.technical_documentation",
            "provider.logging",
            "provider.instructions_for_use",
            "provider.human_oversight",
            "provider.accuracy_robustness_cybersecurity",
            "provider.quality_management",
            "provider.documentation_and_logs",
            "provider.corrective_actions",
            "provider.post_market_monitoring",
            "provider.serious_incidents",
            "provider.value_chain_agreement",
        ],
    ),
    // The same from outside the EU: the Art 22 representative joins the `none` duties, after
    // labelling in catalog order.
    (
        "non-eu-provider-high-risk.json",
        &[
            "provider.identification_and_accessibility",
            "provider.authorised_representative",
            "provider.conformity_assessment",
            "provider.eu_declaration",
            "provider.ce_marking",
            "provider.registration",
            "provider.risk_management",
            "provider.data_governance",
            "provider.technical_documentation",
            "provider.logging",
            "provider.instructions_for_use",
            "provider.human_oversight",
            "provider.accuracy_robustness_cybersecurity",
            "provider.quality_management",
            "provider.documentation_and_logs",
            "provider.corrective_actions",
            "provider.post_market_monitoring",
            "provider.serious_incidents",
            "provider.value_chain_agreement",
        ],
    ),
    // Public deployer with a FRIA (benefits agency): all from 2 Dec 2027; registration of use
    // (none) first, then the Art 26/27 duties and the Art 86 explanation in catalog order. Use
    // per instructions (A.9.4) and AI literacy are covered.
    (
        "essential-public-benefits-agency.json",
        &[
            "deployer.register_use",
            "deployer.human_oversight",
            "deployer.input_data",
            "deployer.monitor_and_report",
            "deployer.keep_logs",
            "deployer.data_protection_assessment",
            "deployer.inform_affected_persons",
            "deployer.fria",
            "deployer.explanation",
        ],
    ),
    // Transparency-only chatbot provider: only the Art 50(1) disclosure.
    (
        "chatbot-provider.json",
        &["provider.transparency_interaction"],
    ),
    // GPAI model provider in the EU, no systemic risk: copyright policy and training summary have
    // no counterpart, documentation duties are partial; all from 2025-08-02.
    (
        "gpai-model-eu-provider.json",
        &[
            "gpai.copyright_policy",
            "gpai.training_summary",
            "gpai.technical_documentation",
            "gpai.downstream_information",
        ],
    ),
    // Minimal-risk deployer: AI literacy only, which ISO/IEC 42001 covers (7.2, 7.3, A.4.6).
    ("minimal-deployer-demand-forecast.json", &[]),
];

#[test]
fn golden_gap_lists() {
    let cat = catalog();
    let mut failures = vec![];
    for (file, expected) in GOLDEN {
        let a = assessed(&cat, file);
        let got = gap_ids(&cat, &a);
        if got != *expected {
            failures.push(format!(
                "{file}:\n  expected {expected:?}\n  got      {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "gap lists differ:\n{}",
        failures.join("\n")
    );
}

#[test]
fn gaps_are_ordered_by_application_date_then_fit() {
    let cat = catalog();
    for (file, _) in GOLDEN {
        let g = iso::gaps(&cat, &assessed(&cat, file));
        assert!(
            g.iter().all(|c| c.fit != IsoFit::Covers),
            "{file}: a covered duty in the gap list"
        );
        for w in g.windows(2) {
            let (x, y) = (&w[0], &w[1]);
            assert!(
                x.applies < y.applies || (x.applies == y.applies && x.fit >= y.fit),
                "{file}: {} ({}, {:?}) before {} ({}, {:?})",
                x.obligation,
                x.applies,
                x.fit,
                y.obligation,
                y.applies,
                y.fit
            );
        }
    }
}

#[test]
fn public_deployer_statement_of_applicability() {
    let cat = catalog();
    let a = assessed(&cat, "essential-public-benefits-agency.json");
    let soa = iso::statement_of_applicability(&cat, &a);
    assert_eq!(soa.len(), 38, "the SoA lists every Annex A control");
    let relevant: Vec<&str> = soa
        .iter()
        .filter(|s| s.relevant)
        .map(|s| s.control.as_str())
        .collect();
    assert_eq!(
        relevant,
        [
            "A.2.3",   // privacy alignment: DPIA
            "A.3.2",   // roles: human oversight
            "A.4.6",   // human resources: AI literacy
            "A.5.2",   // impact assessment process: FRIA, DPIA
            "A.5.3",   // documented impact assessments: FRIA
            "A.5.4",   // impact on individuals: FRIA
            "A.6.2.6", // operation and monitoring
            "A.6.2.8", // event logs
            "A.7.4",   // data quality: input data
            "A.8.2",   // information for users: explanation
            "A.8.4",   // incident communication
            "A.8.5",   // information for interested parties: reporting, affected persons
            "A.9.2",   // responsible use
            "A.9.4",   // intended use
        ]
    );
    let a85 = soa.iter().find(|s| s.control == "A.8.5").unwrap();
    assert_eq!(
        a85.obligations,
        [
            "deployer.monitor_and_report",
            "deployer.inform_affected_persons",
            "deployer.explanation",
        ]
    );
    // Registration of use has no counterpart and no Annex A control.
    assert!(
        soa.iter()
            .all(|s| !s.obligations.iter().any(|o| o == "deployer.register_use"))
    );
}

#[test]
fn chatbot_provider_statement_of_applicability() {
    let cat = catalog();
    let a = assessed(&cat, "chatbot-provider.json");
    let relevant: Vec<String> = iso::statement_of_applicability(&cat, &a)
        .into_iter()
        .filter(|s| s.relevant)
        .map(|s| s.control)
        .collect();
    assert_eq!(relevant, ["A.4.6", "A.6.2.2", "A.8.2"]);
}
