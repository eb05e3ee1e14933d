//! Legal details that users look for, checked across the whole content: penalty ceilings with
//! the SME rule, the Commission's fining date for model providers, the citations behind
//! biometric identification, registration and Section B products, and dates that agree with
//! the tier over every golden scenario.

use aiact_core::assess::Timing;
use aiact_core::model::{DateStatus, DutyKind, LegalRef, Penalty, Tier};
use aiact_core::{Answers, Catalog, assess, bundled};
use std::path::Path;

fn catalog() -> Catalog {
    bundled::catalog().expect("bundled catalog loads")
}

fn cites(cat: &Catalog, obligation: &str) -> Vec<String> {
    cat.obligation(obligation)
        .unwrap_or_else(|| panic!("{obligation} exists"))
        .refs
        .iter()
        .map(LegalRef::label)
        .collect()
}

#[test]
fn every_art_99_ceiling_states_the_sme_rule() {
    for p in [Penalty::Art99_3, Penalty::Art99_4, Penalty::Art99_5] {
        assert!(p.label().contains("whichever is lower"), "{}", p.label());
        assert!(p.label().contains("Art 99(6)"), "{}", p.label());
        assert!(p.short().contains("SMEs the lower"), "{}", p.short());
    }
    assert!(Penalty::Art101.label().contains("2 Aug 2026"));
    assert!(Penalty::Art101.short().contains("2 Aug 2026"));
}

#[test]
fn citations_users_look_for() {
    let cat = catalog();
    let rbi = cites(&cat, "deployer.rbi_safeguards");
    for want in ["Art 5(2)", "Art 5(3)", "Art 27", "Art 49"] {
        assert!(rbi.iter().any(|c| c == want), "{want} in {rbi:?}");
    }
    for o in ["provider.registration", "deployer.register_use"] {
        assert!(cites(&cat, o).iter().any(|c| c == "Art 49(4)"), "{o}");
    }
    let sectoral = cites(&cat, "provider.sectoral_requirements");
    for a in 102..=109 {
        assert!(sectoral.contains(&format!("Art {a}")), "Art {a}");
    }
    for point in ["a", "b", "c"] {
        let q = cat
            .questions()
            .find(|q| {
                q.refs.iter().any(|r| {
                    r.article.as_deref() == Some("25")
                        && r.paragraph.as_deref() == Some("1")
                        && r.point.as_deref() == Some(point)
                })
            })
            .map(|q| q.id.clone());
        assert!(q.is_some(), "a question cites Art 25(1)({point})");
    }
}

/// Every citation of a new provision of the 2026 amendment is marked "to be confirmed".
#[test]
fn new_provisions_are_marked_to_be_confirmed_wherever_cited() {
    let cat = catalog();
    let new = |r: &LegalRef| {
        matches!(
            (
                r.article.as_deref(),
                r.paragraph.as_deref(),
                r.point.as_deref()
            ),
            (Some("5"), Some("1"), Some("ba" | "bb"))
                | (Some("5"), Some("1a" | "1b"), _)
                | (Some("4a"), _, _)
                | (Some("6"), Some("1a" | "1b" | "1c"), _)
                | (Some("111"), Some("4"), _)
                | (Some("99"), Some("6a"), _)
        )
    };
    let all_refs = cat
        .questions()
        .flat_map(|q| &q.refs)
        .chain(cat.tier_rules.iter().flat_map(|r| &r.refs))
        .chain(cat.obligations.iter().flat_map(|o| &o.refs))
        .chain(cat.notes.iter().flat_map(|n| &n.refs));
    let mut seen = 0;
    for r in all_refs.filter(|r| new(r)) {
        seen += 1;
        assert!(
            cat.to_confirm_for(r).next().is_some(),
            "{} is not marked to be confirmed",
            r.label()
        );
    }
    assert!(seen > 5, "the content cites the new provisions");
    for t in &cat.version.to_confirm {
        assert!(!t.check.trim().is_empty(), "{}", t.id);
    }
}

fn scenarios() -> Vec<(String, Answers, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scenarios");
    let mut out = vec![];
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let answers: Answers = serde_json::from_value(v["answers"].clone()).unwrap();
        let today = v["today"].as_str().unwrap_or("2026-12-02").to_owned();
        out.push((
            path.file_name().unwrap().to_string_lossy().into_owned(),
            answers,
            today,
        ));
    }
    out
}

/// A high-risk duty never reads as applying before the system's high-risk rules do, and a tier
/// text never names a later date than the duties it lists (e.g. 2028 with 2027 duties).
#[test]
fn high_risk_duties_bite_with_the_tier() {
    let cat = catalog();
    let mut failures = vec![];
    for (file, answers, today) in scenarios() {
        let a = assess(&cat, &answers, &today);
        let floor = match a.tier.tier {
            Tier::HighRiskAnnexIii => "2027-12-02",
            Tier::HighRiskAnnexI => "2028-08-02",
            _ => continue,
        };
        let explanation = cat
            .tier_rule(&a.tier.trace.rule)
            .map(|r| r.explanation.clone())
            .unwrap_or_default();
        for oc in &a.obligations {
            let o = cat.obligation(&oc.id).unwrap();
            if o.kind != DutyKind::HighRisk || oc.dates.status != DateStatus::Fixed {
                continue;
            }
            if o.schedule == "real_world_testing" {
                continue;
            }
            let date = match &oc.timing {
                Timing::AppliesSince(d) | Timing::AppliesFrom(d) | Timing::AtLaunch(d) => d,
            };
            if date.as_str() != floor {
                failures.push(format!("{file}: {} bites {date}, the tier {floor}", oc.id));
            }
        }
        if floor == "2027-12-02" && explanation.contains("2 August 2028") {
            failures.push(format!("{file}: the tier text names 2028"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
