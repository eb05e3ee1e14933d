//! The assessment: scope, tier, roles and obligations derived from the answers alone, each with a
//! trace, plus what every "not sure" answer would change.
//!
//! Everything in an assessment rests only on the answers that count: answers to questions visible
//! now that are valid for them ([`Flow::effective`]). Answers kept for hidden questions count for
//! nothing, not even for whether a conclusion is provisional or what a "not sure" alternative
//! would change, so `assess(c, a) == assess(c, &flow(c, a).effective)` for all answers `a`.

use crate::answers::{Answer, Answers, NO, UNSURE, YES};
use crate::catalog::Catalog;
use crate::eval::{Basis, Evaluator};
use crate::flow::{Flow, flow};
use crate::model::{ApplicationDates, DateStatus, LegalRef, PRE_LAUNCH_FACT, QuestionKind, Tier};
use std::collections::BTreeSet;

/// Why a conclusion holds: the rule, the answers that satisfied it and the legal references.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trace {
    /// Id of the rule, role or obligation that fired.
    pub rule: String,
    /// The answers it rested on, in the order asked: `(question id, answer)`.
    pub answers: Vec<(String, Answer)>,
    /// Facts it rested on.
    pub facts: Vec<String>,
    /// Legal references of the rule.
    pub refs: Vec<LegalRef>,
}

/// The tier conclusion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TierConclusion {
    /// The tier.
    pub tier: Tier,
    /// Why.
    pub trace: Trace,
    /// Whether another answer to one "not sure" question, all other answers that count as they
    /// are, would change it.
    pub provisional: bool,
}

/// A role the person holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleConclusion {
    /// Role id.
    pub id: String,
    /// Why.
    pub trace: Trace,
    /// Whether another answer to one "not sure" question, all other answers that count as they
    /// are, would remove it.
    pub provisional: bool,
}

/// When an obligation applies, relative to the assessment date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Timing {
    /// Applies since this date.
    AppliesSince(String),
    /// Applies from this (future) date.
    AppliesFrom(String),
    /// The system is not launched yet: applies from its launch (placing on the market, putting
    /// into service or first use), and not before this date.
    AtLaunch(String),
}

impl Timing {
    /// The date the duty bites from, as far as the law's dates go (`YYYY-MM-DD`).
    pub fn date(&self) -> &str {
        match self {
            Timing::AppliesSince(d) | Timing::AppliesFrom(d) | Timing::AtLaunch(d) => d,
        }
    }
}

/// An obligation that follows from the answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObligationConclusion {
    /// Obligation id.
    pub id: String,
    /// The dates that apply to this system (an override where one holds).
    pub dates: ApplicationDates,
    /// Since or from when, relative to the assessment date.
    pub timing: Timing,
    /// Why.
    pub trace: Trace,
    /// Whether another answer to one "not sure" question, all other answers that count as they
    /// are, would remove it.
    pub provisional: bool,
}

/// An explanation that applies to this assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteConclusion {
    /// Note id.
    pub id: String,
    /// Why.
    pub trace: Trace,
    /// Whether a "not sure" answer could remove it.
    pub provisional: bool,
}

/// A stricter outcome that resolving "not sure" answers could lead to, e.g. a possible ban.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PossibleOutcome {
    /// The stricter tier.
    pub tier: Tier,
    /// The tier rule that could fire.
    pub rule: String,
    /// The questions answered "not sure" that it depends on, in the order asked.
    pub questions: Vec<String>,
    /// Single answers that would lead there on their own: `(question id, answer value)`.
    pub leads: Vec<(String, String)>,
}

/// What one alternative to a "not sure" answer would change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    /// The alternative answer value.
    pub value: String,
    /// The tier with that answer, if different.
    pub tier: Option<Tier>,
    /// The tier rule that would fire with that answer, if the tier differs.
    pub rule: Option<String>,
    /// Roles gained.
    pub roles_added: Vec<String>,
    /// Roles lost.
    pub roles_removed: Vec<String>,
    /// Obligations gained.
    pub obligations_added: Vec<String>,
    /// Obligations lost.
    pub obligations_removed: Vec<String>,
    /// Notes gained.
    pub notes_added: Vec<String>,
    /// Notes lost.
    pub notes_removed: Vec<String>,
    /// Whether that answer shows questions that are hidden now. Answers kept for them do not count
    /// here either: the person would see those questions again and confirm them.
    pub opens_questions: bool,
}

impl Alternative {
    /// Whether this alternative changes nothing in the result.
    pub fn changes_nothing(&self) -> bool {
        self.tier.is_none()
            && self.roles_added.is_empty()
            && self.roles_removed.is_empty()
            && self.obligations_added.is_empty()
            && self.obligations_removed.is_empty()
    }
}

/// One "not sure" answer and what each alternative would change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsureImpact {
    /// Question id.
    pub question: String,
    /// Every alternative answer.
    pub alternatives: Vec<Alternative>,
}

/// The full assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    /// Whether every visible question is answered; otherwise the result is "so far".
    pub complete: bool,
    /// Visible questions.
    pub visible: usize,
    /// Answered visible questions.
    pub answered: usize,
    /// The tier, from the first tier rule that matches.
    pub tier: TierConclusion,
    /// Roles held.
    pub roles: Vec<RoleConclusion>,
    /// Obligations that follow, in catalog order.
    pub obligations: Vec<ObligationConclusion>,
    /// Notes that apply, in catalog order.
    pub notes: Vec<NoteConclusion>,
    /// "Not sure" answers and their alternatives.
    pub unsure: Vec<UnsureImpact>,
    /// Stricter outcomes that resolving a "not sure" answer could lead to (e.g. a possible ban),
    /// strictest first. The questionnaire goes on: these are points to review, not conclusions.
    pub possible: Vec<PossibleOutcome>,
}

impl Assessment {
    /// Whether the AI Act applies.
    pub fn in_scope(&self) -> bool {
        self.tier.tier.in_scope()
    }

    /// Whether any conclusion rests on a "not sure" answer.
    pub fn provisional(&self) -> bool {
        self.tier.provisional
            || self.roles.iter().any(|r| r.provisional)
            || self.obligations.iter().any(|o| o.provisional)
    }

    /// The strictest outcome a "not sure" answer could lead to, if it is stricter than the tier.
    pub fn strictest_possible(&self) -> Option<&PossibleOutcome> {
        self.possible.first()
    }
}

/// Assesses `answers` against `catalog` on the date `today` (`YYYY-MM-DD`). Only the answers
/// that count are used (see the module documentation).
pub fn assess(catalog: &Catalog, answers: &Answers, today: &str) -> Assessment {
    let f = flow(catalog, answers);
    let mut a = assess_flow(catalog, &f, today);
    a.unsure = unsure_impacts(catalog, &f, &a, today);
    let changed_tier = a
        .unsure
        .iter()
        .flat_map(|u| &u.alternatives)
        .any(|alt| alt.tier.is_some());
    a.tier.provisional = changed_tier;
    let lost = |pick: fn(&Alternative) -> &Vec<String>| -> BTreeSet<String> {
        a.unsure
            .iter()
            .flat_map(|u| &u.alternatives)
            .flat_map(|alt| pick(alt).iter().cloned())
            .collect()
    };
    let (roles_lost, obligations_lost, notes_lost) = (
        lost(|alt| &alt.roles_removed),
        lost(|alt| &alt.obligations_removed),
        lost(|alt| &alt.notes_removed),
    );
    for r in &mut a.roles {
        r.provisional = roles_lost.contains(&r.id);
    }
    for o in &mut a.obligations {
        o.provisional = obligations_lost.contains(&o.id);
    }
    for n in &mut a.notes {
        n.provisional = notes_lost.contains(&n.id);
    }
    a.possible = possible_outcomes(catalog, &f, &a);
    if !a.possible.is_empty() {
        a.tier.provisional = true;
    }
    a
}

/// The stricter tiers that the "not sure" answers, alone or together, could lead to: every tier
/// rule stricter than the result whose condition depends on how they are resolved. Every
/// possible ban, and for the other tiers the first such rule; strictest first.
fn possible_outcomes(catalog: &Catalog, f: &Flow<'_>, a: &Assessment) -> Vec<PossibleOutcome> {
    let ev = Evaluator::new(catalog, &f.effective);
    let base = a.tier.tier.severity();
    let mut out: Vec<PossibleOutcome> = vec![];
    for rule in &catalog.tier_rules {
        let Some(when) = &rule.when else { continue };
        // Each possible ban is its own point; other tiers are named once.
        if rule.tier.severity() <= base
            || (rule.tier != Tier::Prohibited && out.iter().any(|p| p.tier == rule.tier))
            || ev.holds_maybe(when) != crate::eval::Truth::Maybe
        {
            continue;
        }
        let mut behind = BTreeSet::new();
        crate::refs::questions_behind(catalog, when, &mut behind);
        let questions: Vec<String> = f
            .visible
            .iter()
            .filter(|q| !q.unsure_follow_up && behind.contains(q.id.as_str()))
            .filter(|q| f.effective.get(&q.id).is_some_and(Answer::is_unsure))
            .map(|q| q.id.clone())
            .collect();
        let leads = a
            .unsure
            .iter()
            .filter(|u| questions.contains(&u.question))
            .flat_map(|u| {
                u.alternatives
                    .iter()
                    .filter(|alt| alt.tier == Some(rule.tier))
                    .map(|alt| (u.question.clone(), alt.value.clone()))
            })
            .collect();
        out.push(PossibleOutcome {
            tier: rule.tier,
            rule: rule.id.clone(),
            questions,
            leads,
        });
    }
    out.sort_by_key(|p| std::cmp::Reverse(p.tier.severity()));
    out
}

/// Assessment of one flow, without the "not sure" analysis.
fn assess_flow(catalog: &Catalog, f: &Flow<'_>, today: &str) -> Assessment {
    let ev = Evaluator::new(catalog, &f.effective);
    let trace = |rule: &str, basis: Basis, refs: &[LegalRef]| Trace {
        rule: rule.to_owned(),
        answers: f
            .visible
            .iter()
            .filter(|q| basis.questions.contains(&q.id))
            .filter_map(|q| Some((q.id.clone(), f.effective.get(&q.id)?.clone())))
            .collect(),
        facts: basis.facts.into_iter().collect(),
        refs: refs.to_vec(),
    };
    // The first rule that holds decides the tier. Where it holds only through "not sure"
    // answers, a later rule of the same tier that holds on definite answers explains it better
    // (e.g. a certain Annex III use rather than an unsure one). Model rules are nested rather
    // than parallel (systemic risk adds to the general rule), so they keep the first match.
    let first = catalog
        .tier_rules
        .iter()
        .position(|r| r.when.as_ref().is_none_or(|c| ev.holds(c)));
    let chosen = first.map(|i| {
        let r = &catalog.tier_rules[i];
        let definite =
            |r: &crate::model::TierRule| r.when.as_ref().is_none_or(|c| ev.holds_definitely(c));
        if definite(r) || r.tier == Tier::GpaiModelOnly {
            return r;
        }
        catalog.tier_rules[i + 1..]
            .iter()
            .find(|x| {
                x.tier == r.tier && x.when.as_ref().is_some_and(|c| ev.holds(c)) && definite(x)
            })
            .unwrap_or(r)
    });
    let tier = chosen
        .map(|r| {
            let basis = r
                .when
                .as_ref()
                .map_or_else(Basis::default, |c| ev.holds_with_basis(c).1);
            TierConclusion {
                tier: r.tier,
                trace: trace(&r.id, basis, &r.refs),
                provisional: false,
            }
        })
        .unwrap_or_else(|| TierConclusion {
            // Only reachable with content that lacks a catch-all, which validation rejects.
            tier: Tier::Minimal,
            trace: Trace {
                rule: String::new(),
                answers: vec![],
                facts: vec![],
                refs: vec![],
            },
            provisional: false,
        });
    let roles = catalog
        .roles
        .iter()
        .filter_map(|r| {
            let (ok, basis) = ev.holds_with_basis(&r.when);
            ok.then(|| RoleConclusion {
                id: r.id.clone(),
                trace: trace(&r.id, basis, &r.refs),
                provisional: false,
            })
        })
        .collect();
    let pre_launch = ev.holds(&crate::model::Condition::Fact(PRE_LAUNCH_FACT.to_owned()));
    let obligations = catalog
        .obligations
        .iter()
        .filter_map(|o| {
            let (ok, basis) = ev.holds_with_basis(&o.when);
            if !ok {
                return None;
            }
            let schedule = catalog.schedule(&o.schedule)?;
            let dates = schedule
                .rules
                .iter()
                .find(|r| r.when.as_ref().is_none_or(|c| ev.holds(c)))?
                .dates
                .clone();
            let timing = if pre_launch && schedule.at_launch {
                Timing::AtLaunch(dates.amended.clone())
            } else {
                timing(&dates, today)
            };
            Some(ObligationConclusion {
                id: o.id.clone(),
                timing,
                dates,
                trace: trace(&o.id, basis, &o.refs),
                provisional: false,
            })
        })
        .collect();
    let notes = catalog
        .notes
        .iter()
        .filter_map(|n| {
            let (ok, basis) = ev.holds_with_basis(&n.when);
            ok.then(|| NoteConclusion {
                id: n.id.clone(),
                trace: trace(&n.id, basis, &n.refs),
                provisional: false,
            })
        })
        .collect();
    Assessment {
        complete: f.is_complete(),
        visible: f.visible.len(),
        answered: f.effective.len(),
        tier,
        roles,
        obligations,
        notes,
        unsure: vec![],
        possible: vec![],
    }
}

/// Whether a date applies already on `today`.
pub fn timing(dates: &ApplicationDates, today: &str) -> Timing {
    if dates.amended.as_str() <= today {
        Timing::AppliesSince(dates.amended.clone())
    } else {
        Timing::AppliesFrom(dates.amended.clone())
    }
}

/// Whether a date status should be shown as unconfirmed.
pub fn to_be_confirmed(dates: &ApplicationDates) -> bool {
    dates.status == DateStatus::ToBeConfirmed
}

/// Flips each "not sure" answer to each alternative in turn and records what changes. The flip
/// starts from the answers that count, so that whether a conclusion is provisional never depends
/// on answers kept for hidden questions.
fn unsure_impacts(
    catalog: &Catalog,
    f: &Flow<'_>,
    base: &Assessment,
    today: &str,
) -> Vec<UnsureImpact> {
    f.visible
        .iter()
        .filter(|q| !q.unsure_follow_up && f.effective.get(&q.id).is_some_and(Answer::is_unsure))
        .map(|q| {
            // For a multi-choice question each option is tried on its own.
            let values: Vec<String> = match q.kind {
                QuestionKind::YesNo => vec![YES.into(), NO.into()],
                _ => q.options.iter().map(|o| o.id.clone()).collect(),
            };
            let alternatives = values
                .into_iter()
                .filter(|v| v != UNSURE)
                .map(|value| {
                    let mut flipped = f.effective.clone();
                    let answer = match q.kind {
                        QuestionKind::Multi => Answer::Many(vec![value.clone()]),
                        _ => Answer::One(value.clone()),
                    };
                    flipped.insert(q.id.clone(), answer);
                    let ff = flow(catalog, &flipped);
                    let other = assess_flow(catalog, &ff, today);
                    let opens = ff
                        .visible
                        .iter()
                        .any(|q| !ff.is_answered(&q.id) && f.position(&q.id).is_none());
                    diff(value, base, &other, opens)
                })
                .collect();
            UnsureImpact {
                question: q.id.clone(),
                alternatives,
            }
        })
        .collect()
}

fn diff(
    value: String,
    base: &Assessment,
    other: &Assessment,
    opens_questions: bool,
) -> Alternative {
    let ids = |v: &mut dyn Iterator<Item = &String>| -> BTreeSet<String> { v.cloned().collect() };
    let (br, or) = (
        ids(&mut base.roles.iter().map(|r| &r.id)),
        ids(&mut other.roles.iter().map(|r| &r.id)),
    );
    let (bo, oo) = (
        ids(&mut base.obligations.iter().map(|o| &o.id)),
        ids(&mut other.obligations.iter().map(|o| &o.id)),
    );
    let (bn, on) = (
        ids(&mut base.notes.iter().map(|n| &n.id)),
        ids(&mut other.notes.iter().map(|n| &n.id)),
    );
    let tier_changes = other.tier.tier != base.tier.tier;
    Alternative {
        value,
        tier: tier_changes.then_some(other.tier.tier),
        rule: tier_changes.then(|| other.tier.trace.rule.clone()),
        notes_added: on.difference(&bn).cloned().collect(),
        notes_removed: bn.difference(&on).cloned().collect(),
        roles_added: or.difference(&br).cloned().collect(),
        roles_removed: br.difference(&or).cloned().collect(),
        obligations_added: oo.difference(&bo).cloned().collect(),
        obligations_removed: bo.difference(&oo).cloned().collect(),
        opens_questions,
    }
}
