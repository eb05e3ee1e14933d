//! The outcome of an assessment for CI gates: one exit code and a one-line summary.

use aiact_core::model::{DutyKind, Tier};
use aiact_core::plan::Plan;
use aiact_core::{Assessment, Catalog};

/// What `aiact check` reports, from the least to the most serious.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Complete and firm, nothing prohibited, no open high-risk duties.
    Assessed,
    /// A conclusion rests on a "not sure" answer.
    Provisional,
    /// Questions are still unanswered.
    Incomplete,
    /// High-risk, with high-risk duties open as plan items.
    HighRisk,
    /// A prohibited practice.
    Prohibited,
}

impl Outcome {
    /// The most serious finding of an assessment with its plan.
    pub fn of(cat: &Catalog, a: &Assessment, plan: &Plan) -> Outcome {
        if a.tier.tier == Tier::Prohibited {
            Outcome::Prohibited
        } else if open_plan_items(cat, a, plan) > 0 {
            Outcome::HighRisk
        } else if !a.complete {
            Outcome::Incomplete
        } else if a.provisional() {
            Outcome::Provisional
        } else {
            Outcome::Assessed
        }
    }

    /// The process exit code (documented in `aiact check --help`).
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Assessed => 0,
            Outcome::Provisional => 3,
            Outcome::Incomplete => 4,
            Outcome::HighRisk => 5,
            Outcome::Prohibited => 6,
        }
    }

    /// The outcome in a word or two.
    pub fn word(self) -> &'static str {
        match self {
            Outcome::Assessed => "assessed",
            Outcome::Provisional => "provisional",
            Outcome::Incomplete => "incomplete",
            Outcome::HighRisk => "high-risk",
            Outcome::Prohibited => "prohibited",
        }
    }
}

/// Whether the tier is one of the high-risk tiers.
pub fn is_high_risk(tier: Tier) -> bool {
    matches!(tier, Tier::HighRiskAnnexI | Tier::HighRiskAnnexIii)
}

/// The high-risk duties of a high-risk system that the plan does not mark done or not
/// applicable.
pub fn open_plan_items(cat: &Catalog, a: &Assessment, plan: &Plan) -> usize {
    if !is_high_risk(a.tier.tier) {
        return 0;
    }
    a.obligations
        .iter()
        .filter(|o| {
            cat.obligation(&o.id)
                .is_some_and(|o| o.kind == DutyKind::HighRisk)
        })
        .filter(|o| plan.get(&o.id).is_none_or(|e| e.status.is_open()))
        .count()
}

/// The result in one line, after the outcome word: tier, roles, duties, open points.
pub fn summary(cat: &Catalog, a: &Assessment, plan: &Plan) -> String {
    let mut parts = vec![format!(
        "{}{}",
        a.tier.tier.label(),
        if a.complete { "" } else { " (so far)" }
    )];
    let roles: Vec<&str> = a
        .roles
        .iter()
        .map(|r| cat.role(&r.id).map_or(r.id.as_str(), |r| r.name.as_str()))
        .collect();
    if !roles.is_empty() {
        parts.push(format!("as {}", roles.join(", ")));
    }
    let plan = open_plan_items(cat, a, plan);
    let duties = plural(a.obligations.len(), "duty", "duties");
    parts.push(if plan > 0 {
        format!("{duties}, {plan} of them high-risk duties open as plan items")
    } else {
        duties
    });
    if !a.complete {
        parts.push(format!(
            "{} unanswered",
            plural(
                a.visible.saturating_sub(a.answered),
                "question",
                "questions"
            )
        ));
    }
    if !a.unsure.is_empty() {
        parts.push(format!(
            "{} \"not sure\"{}",
            plural(a.unsure.len(), "answer", "answers"),
            if a.provisional() {
                ", the result is provisional"
            } else {
                " that change nothing"
            }
        ));
    }
    parts.join("; ")
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}
