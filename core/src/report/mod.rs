//! The report: one model of an assessment in plain words, built once and rendered to Markdown,
//! self-contained HTML, JSON, CSV and a procurement answer sheet. The web result page shows the
//! same model. Renderers are pure functions; each escapes user text for its format.

mod csv;
pub mod escape;
mod html;
mod ics;
mod json;
mod markdown;
mod plan;
mod procurement;
mod text;

pub use csv::{render_csv, render_soa_csv, render_tracker_csv};
pub use html::{render_html, render_html_fragment};
pub use ics::render_ics;
pub use json::{ImportError, MAX_IMPORT_BYTES, ReportFile, import, render_json};
pub use markdown::render_markdown;
pub use plan::{AsidePart, HeadStart, HeadStartLine, PlanPart, PlanSummary};
pub use procurement::{QaPair, procurement_pairs, render_procurement};
pub use text::render_summary_text;

use crate::answers::Answer;
use crate::assess::{Alternative, Assessment, Timing, Trace};
use crate::catalog::Catalog;
use crate::envelope::Envelope;
use crate::i18n::Messages;
use crate::iso;
use crate::model::{Condition, DateStatus, LegalRef};
use serde::Serialize;
use std::collections::BTreeSet;

/// A legal citation with its EUR-Lex link.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Cite {
    /// E.g. `Art 6(3)`.
    pub label: String,
    /// Deep link, if the citation is to the regulation.
    pub url: Option<String>,
    /// Whether the provision is reported but not verified (shown "to be confirmed").
    pub to_confirm: bool,
}

impl Cite {
    /// The label with its status, e.g. `Art 5(1)(ba) (to be confirmed)`, in the language of `m`.
    pub fn text(&self, m: &Messages) -> String {
        if self.to_confirm {
            format!("{} ({})", self.label, m.text("common.to_be_confirmed"))
        } else {
            self.label.clone()
        }
    }
}

/// An explanation that applies to this assessment ("good to know").
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct NotePart {
    /// Note id.
    pub id: String,
    /// Heading.
    pub title: String,
    /// The explanation.
    pub text: String,
    /// Legal references.
    pub refs: Vec<Cite>,
    /// Whether a "not sure" answer could remove it.
    pub provisional: bool,
}

/// An answer that would lead to a stricter outcome on its own.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct Lead {
    /// The question's text.
    pub question: String,
    /// The answer, in the words of its choice.
    pub answer: String,
}

/// A stricter outcome to review: resolving a "not sure" answer could lead there.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct ReviewPart {
    /// Tier id, e.g. `prohibited`.
    pub tier: String,
    /// Headline, e.g. `Possibly prohibited: needs review`.
    pub headline: String,
    /// The conclusion it would lead to (the tier rule's title).
    pub title: String,
    /// The questions answered "not sure" it depends on.
    pub questions: Vec<String>,
    /// Single answers that would lead there on their own.
    pub leads: Vec<Lead>,
    /// Legal references of that conclusion.
    pub refs: Vec<Cite>,
}

/// A question and the answer given, in the words the person saw.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct AnswerLine {
    /// Section title.
    pub section: String,
    /// Question id.
    pub id: String,
    /// Question text.
    pub question: String,
    /// The answer.
    pub answer: String,
}

/// The tier and why.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct TierPart {
    /// Machine id, e.g. `high_risk_annex_iii`.
    pub id: String,
    /// Short label for the badge.
    pub label: String,
    /// The conclusion in a sentence.
    pub title: String,
    /// The legal test that was met.
    pub explanation: String,
    /// Id of the rule that fired.
    pub rule: String,
    /// Legal references.
    pub refs: Vec<Cite>,
    /// The answers it rests on.
    pub because: Vec<AnswerLine>,
    /// Whether a "not sure" answer could change it.
    pub provisional: bool,
}

/// A role held.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct RolePart {
    /// Role id.
    pub id: String,
    /// Name.
    pub name: String,
    /// Why the person holds it.
    pub explanation: String,
    /// Legal references.
    pub refs: Vec<Cite>,
    /// The answers it rests on besides those behind the tier (see [`TierPart::because`]).
    pub because: Vec<AnswerLine>,
    /// Whether a "not sure" answer could remove it.
    pub provisional: bool,
}

/// ISO/IEC 42001 counterpart of an obligation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct IsoPart {
    /// `covers`, `partial` or `none`.
    pub fit: String,
    /// The fit in words.
    pub fit_label: String,
    /// Clause and control ids.
    pub items: Vec<String>,
    /// What the Act asks beyond the standard.
    pub gap: String,
}

/// An obligation that applies.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct ObligationPart {
    /// Obligation id.
    pub id: String,
    /// Role id.
    pub role: String,
    /// Role name.
    pub role_name: String,
    /// Kind of duty, in words.
    pub kind: String,
    /// Title.
    pub title: String,
    /// What to do.
    pub summary: String,
    /// Legal references.
    pub refs: Vec<Cite>,
    /// Date under the 2024 text (`YYYY-MM-DD`), if any.
    pub original: Option<String>,
    /// Date as amended (`YYYY-MM-DD`).
    pub amended: String,
    /// How firm the date is.
    pub status: String,
    /// "Applies since …" / "Applies from …", relative to the report date.
    pub timing: String,
    /// A note on the date.
    pub date_note: String,
    /// The provisions the date comes from, where they matter.
    pub date_refs: Vec<Cite>,
    /// Penalty ceiling in words.
    pub penalty: String,
    /// Penalty ceiling, short.
    pub penalty_short: String,
    /// ISO/IEC 42001 coverage.
    pub iso: IsoPart,
    /// What the person recorded in the plan (a blank "to do" entry, due when the duty bites,
    /// when nothing was recorded).
    pub plan: PlanPart,
    /// The answers it rests on besides those behind the tier (see [`TierPart::because`]).
    pub because: Vec<AnswerLine>,
    /// Whether a "not sure" answer could remove it.
    pub provisional: bool,
}

/// An unsure answer and what each alternative would change.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct OpenPoint {
    /// Question id.
    pub id: String,
    /// Question text.
    pub question: String,
    /// One sentence per alternative answer.
    pub alternatives: Vec<String>,
}

/// One Annex A control in the draft Statement of Applicability.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct SoaLine {
    /// Control id.
    pub control: String,
    /// Short title.
    pub title: String,
    /// Whether this system's obligations call for it.
    pub relevant: bool,
    /// Why: the obligations it supports, or why it looks not applicable.
    pub reason: String,
}

/// Everything a report states.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Name of the assessed system.
    pub system_name: String,
    /// Its description.
    pub description: String,
    /// Date of the assessment (`YYYY-MM-DD`).
    pub date: String,
    /// Content date of the questionnaire.
    pub content_date: String,
    /// The language of the report's texts (ISO 639-1). Absent from the JSON of an English
    /// report: English is the content's original, which every translation follows.
    #[serde(skip_serializing_if = "is_english")]
    pub language: String,
    /// The law the content reflects.
    pub legal_baseline: String,
    /// Whether every question was answered.
    pub complete: bool,
    /// Whether any conclusion rests on a "not sure" answer.
    pub provisional: bool,
    /// Whether the AI Act applies.
    pub in_scope: bool,
    /// The tier.
    pub tier: TierPart,
    /// Roles held.
    pub roles: Vec<RolePart>,
    /// Obligations, grouped by role in catalog order.
    pub obligations: Vec<ObligationPart>,
    /// Obligations ISO/IEC 42001 covers only partly or not at all, earliest first.
    pub iso_gaps: Vec<ObligationPart>,
    /// Draft Statement of Applicability.
    pub soa: Vec<SoaLine>,
    /// "Not sure" answers and their alternatives.
    pub open_points: Vec<OpenPoint>,
    /// Stricter outcomes to review, strictest first (e.g. a possible ban).
    pub review: Vec<ReviewPart>,
    /// Explanations that apply ("good to know").
    pub notes: Vec<NotePart>,
    /// What to check on EUR-Lex: the unverified points this report relies on, each once.
    pub to_confirm: Vec<String>,
    /// Every answered visible question.
    pub answers: Vec<AnswerLine>,
    /// The result at a glance, shown first.
    pub summary: Summary,
    /// What the organisation said about its ISO/IEC 42001 management system.
    pub iso_status: IsoStatus,
    /// The plan at a glance, and entries set aside.
    pub plan: PlanSummary,
    /// How far the ISO/IEC 42001 clauses and controls the organisation has carry each duty.
    pub head_start: HeadStart,
    /// The disclaimer.
    pub disclaimer: String,
    /// The texts the renderers write (headings, labels, sentences), in the report's language.
    #[serde(skip)]
    pub messages: Messages,
}

fn is_english(lang: &str) -> bool {
    lang == "en"
}

/// Whether the organisation runs an ISO/IEC 42001 management system (the optional answer to
/// [`crate::model::ISO_STATUS_QUESTION`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IsoStatus {
    /// Certified, with a scope that includes this system.
    Certified,
    /// Not certified, but clauses and controls are in place.
    InPlace,
    /// Neither, or not said.
    Unknown,
}

/// The result at a glance.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// The result in plain words, e.g. `High-risk AI system (Annex III use)`.
    pub headline: String,
    /// `yes`, `no` or `to_be_confirmed`.
    pub high_risk: String,
    /// `High-risk: yes`, and so on.
    pub high_risk_label: String,
    /// Names of the roles held.
    pub roles: Vec<String>,
    /// How many obligations apply.
    pub obligations: usize,
    /// The next date a duty bites, if one lies ahead: `(YYYY-MM-DD, in words, duty title)`.
    pub next_date: Option<NextDate>,
    /// How many points are open: "not sure" answers and stricter outcomes to review.
    pub open_points: usize,
    /// Every obligation with the date it bites, earliest first.
    pub checklist: Vec<ChecklistItem>,
}

/// The next date a duty bites.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct NextDate {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// In words, e.g. `2 Dec 2027`.
    pub text: String,
    /// The duties that bite then.
    pub duties: Vec<String>,
}

impl Summary {
    /// `, next date: 2 Dec 2027 (…)` after the number of obligations, in the language of `m`;
    /// empty when no date is ahead.
    pub fn next_date_suffix(&self, m: &Messages) -> String {
        self.next_date
            .as_ref()
            .map(|d| {
                format!(
                    "{}{}",
                    m.text("common.separator"),
                    m.fmt("summary.next_date", &[("date", &d.describe(m))])
                )
            })
            .unwrap_or_default()
    }
}

impl NextDate {
    /// `2 Dec 2027 (Register the system)`, or with many duties `2 Dec 2027 (26 duties)`, in
    /// the language of `m`.
    pub fn describe(&self, m: &Messages) -> String {
        if self.duties.len() > 3 {
            m.fmt(
                "summary.next_date.many",
                &[("date", &self.text), ("count", &self.duties.len())],
            )
        } else {
            format!("{} ({})", self.text, self.duties.join("; "))
        }
    }
}

/// One line of the obligations checklist.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub struct ChecklistItem {
    /// Obligation id.
    pub id: String,
    /// Title.
    pub title: String,
    /// Role name.
    pub role: String,
    /// When, in a few words: `since 2 Feb 2025`, `from 2 Dec 2027`, `from launch`.
    pub when: String,
    /// Whether a "not sure" answer could remove it.
    pub provisional: bool,
    /// Its plan status (`todo`, `in_progress`, `done`, `not_applicable`).
    pub status: String,
}

impl ChecklistItem {
    /// Whether the plan marks it done or not applicable.
    pub fn ticked(&self) -> bool {
        matches!(self.status.as_str(), "done" | "not_applicable")
    }

    /// The item after its title: role, when, and the plan status where work has started, in
    /// the language of `m`.
    pub fn details(&self, m: &Messages) -> String {
        let mut s = self.when.clone();
        if self.provisional {
            s.push_str(&format!(", {}", m.text("common.provisional")));
        }
        if self.status != crate::plan::Status::Todo.id() {
            let label = match crate::plan::Status::from_id(&self.status) {
                Some(crate::plan::Status::InProgress) => m.text("checklist.in_progress"),
                Some(crate::plan::Status::Done) => m.text("checklist.done"),
                Some(crate::plan::Status::NotApplicable) => m.text("checklist.not_applicable"),
                _ => &self.status,
            };
            s.push_str(&format!(" \u{2014} {label}"));
        }
        m.fmt("checklist.details", &[("role", &self.role), ("when", &s)])
    }
}

/// Resolves references to citations with links, marking those the catalog lists as
/// unverified.
pub fn cites(cat: &Catalog, refs: &[LegalRef]) -> Vec<Cite> {
    refs.iter()
        .map(|r| Cite {
            label: r.label_in(&cat.language.code),
            url: r.url_in(&cat.language.eur_lex),
            to_confirm: cat.to_confirm_for(r).next().is_some(),
        })
        .collect()
}

/// The unverified points behind a set of references, plus those about the legal baseline itself,
/// each once, in catalog order.
pub fn points_to_confirm<'a>(
    cat: &'a Catalog,
    refs: impl IntoIterator<Item = &'a LegalRef>,
) -> Vec<String> {
    let refs: Vec<&LegalRef> = refs.into_iter().collect();
    cat.version
        .to_confirm
        .iter()
        .filter(|t| t.refs.is_empty() || refs.iter().any(|r| t.refs.iter().any(|p| p.covers(r))))
        .map(|t| t.check.clone())
        .collect()
}

/// "Possibly prohibited: needs review", and so on, in the language of `m`.
pub fn review_headline(m: &Messages, tier: crate::model::Tier) -> String {
    use crate::model::Tier;
    m.text(match tier {
        Tier::NotAiSystem => "review.headline.not_ai_system",
        Tier::OutOfScope => "review.headline.out_of_scope",
        Tier::Prohibited => "review.headline.prohibited",
        Tier::HighRiskAnnexI | Tier::HighRiskAnnexIii => "review.headline.high_risk",
        Tier::NotHighRiskDerogation => "review.headline.not_high_risk_derogation",
        Tier::Transparency => "review.headline.transparency",
        Tier::Minimal => "review.headline.minimal",
        Tier::GpaiModelOnly => "review.headline.gpai_model_only",
    })
    .to_owned()
}

fn answer_line(cat: &Catalog, id: &str, a: &Answer) -> Option<AnswerLine> {
    let q = cat.question(id)?;
    Some(AnswerLine {
        section: cat
            .section_of(id)
            .map(|s| s.title.clone())
            .unwrap_or_default(),
        id: id.to_owned(),
        question: q.text.clone(),
        answer: q.answer_label(&cat.messages, a),
    })
}

/// The answers a conclusion rests on, leaving out the questions already shown elsewhere (for the
/// tier, the role, or whether the Act applies at all), so that each "why" lists only the answers
/// that decided that conclusion.
fn because_beyond(cat: &Catalog, t: &Trace, shown: &BTreeSet<&str>) -> Vec<AnswerLine> {
    t.answers
        .iter()
        .filter(|(id, _)| !shown.contains(id.as_str()))
        .filter_map(|(id, a)| answer_line(cat, id, a))
        .collect()
}

/// The answers a conclusion rests on among the questions its own condition reads.
fn because_within(cat: &Catalog, t: &Trace, own: &BTreeSet<&str>) -> Vec<AnswerLine> {
    t.answers
        .iter()
        .filter(|(id, _)| own.contains(id.as_str()))
        .filter_map(|(id, a)| answer_line(cat, id, a))
        .collect()
}

/// The questions a condition reads, directly or through facts, leaving out whether the Act
/// applies (a conclusion's own condition, e.g. a role's, usually starts with that).
fn own_questions<'a>(cat: &'a Catalog, c: &'a Condition) -> BTreeSet<&'a str> {
    fn walk<'a>(
        cat: &'a Catalog,
        c: &'a Condition,
        out: &mut BTreeSet<&'a str>,
        seen: &mut BTreeSet<&'a str>,
    ) {
        crate::refs::visit_condition(c, &mut |r| match r {
            crate::refs::Ref::Question(q) => {
                out.insert(q);
            }
            crate::refs::Ref::Fact(f) if f != crate::model::IN_SCOPE_FACT && seen.insert(f) => {
                if let Some(fact) = cat.fact(f) {
                    walk(cat, &fact.when, out, seen);
                }
            }
            _ => {}
        });
    }
    let mut out = BTreeSet::new();
    walk(cat, c, &mut out, &mut BTreeSet::new());
    out
}

/// The questions that decide whether the Act applies: those the in-scope fact reads through its
/// conditions, and of each exception (a negated fact) only the questions the exception reads
/// itself. An exception can reach far through its own exceptions (free open-source software is
/// excluded unless it is high-risk, prohibited, ...); the answers it reaches that way explain
/// the tier, not the scope.
fn scope_questions(cat: &Catalog) -> BTreeSet<&str> {
    use crate::refs::{Ref, visit_condition};
    fn direct<'a>(cat: &'a Catalog, c: &'a Condition, out: &mut BTreeSet<&'a str>) {
        visit_condition(c, &mut |r| match r {
            Ref::Question(q) => {
                out.insert(q);
            }
            Ref::Fact(f) => {
                if let Some(fact) = cat.fact(f) {
                    visit_condition(&fact.when, &mut |r| {
                        if let Ref::Question(q) = r {
                            out.insert(q);
                        }
                    });
                }
            }
            _ => {}
        });
    }
    fn walk<'a>(
        cat: &'a Catalog,
        c: &'a Condition,
        out: &mut BTreeSet<&'a str>,
        seen: &mut BTreeSet<&'a str>,
    ) {
        match c {
            Condition::Not(inner) => direct(cat, inner, out),
            Condition::All(cs) | Condition::Any(cs) => {
                for c in cs {
                    walk(cat, c, out, seen);
                }
            }
            Condition::Fact(f) => {
                if seen.insert(f)
                    && let Some(fact) = cat.fact(f)
                {
                    walk(cat, &fact.when, out, seen);
                }
            }
            other => visit_condition(other, &mut |r| {
                if let Ref::Question(q) = r {
                    out.insert(q);
                }
            }),
        }
    }
    let mut out = BTreeSet::new();
    if let Some(fact) = cat.fact(crate::model::IN_SCOPE_FACT) {
        walk(cat, &fact.when, &mut out, &mut BTreeSet::new());
    }
    out
}

/// What one alternative to a "not sure" answer would change, in a sentence.
pub fn describe_alternative(cat: &Catalog, question: &str, alt: &Alternative) -> String {
    let m = &cat.messages;
    let label = cat
        .question(question)
        .map(|q| q.answer_label(m, &Answer::One(alt.value.clone())))
        .unwrap_or_else(|| alt.value.clone());
    let names = |ids: &[String], f: &dyn Fn(&str) -> Option<String>| -> String {
        ids.iter()
            .map(|i| f(i).unwrap_or_else(|| i.clone()))
            .collect::<Vec<_>>()
            .join("; ")
    };
    let role = |i: &str| cat.role(i).map(|r| r.name.clone());
    let ob = |i: &str| cat.obligation(i).map(|o| o.title.clone());
    let mut parts = vec![];
    if alt.tier == Some(crate::model::Tier::Prohibited) {
        // A ban does not lift the other duties of what remains lawful; listing them as
        // dropped would mislead.
        return match alt.rule.as_deref().and_then(|r| cat.tier_rule(r)) {
            Some(rule) => m.fmt(
                "alternative.banned_by",
                &[("answer", &label), ("rule", &rule.title)],
            ),
            None => m.fmt("alternative.banned", &[("answer", &label)]),
        };
    }
    if let Some(t) = alt.tier {
        parts.push(m.fmt("alternative.tier", &[("tier", &t.label_in(m))]));
    }
    if !alt.roles_added.is_empty() {
        parts.push(m.fmt(
            "alternative.roles_added",
            &[("roles", &names(&alt.roles_added, &role))],
        ));
    }
    if !alt.roles_removed.is_empty() {
        parts.push(m.fmt(
            "alternative.roles_removed",
            &[("roles", &names(&alt.roles_removed, &role))],
        ));
    }
    if !alt.obligations_added.is_empty() {
        parts.push(m.fmt(
            "alternative.duties_added",
            &[("duties", &names(&alt.obligations_added, &ob))],
        ));
    }
    if !alt.obligations_removed.is_empty() {
        parts.push(m.fmt(
            "alternative.duties_removed",
            &[("duties", &names(&alt.obligations_removed, &ob))],
        ));
    }
    if parts.is_empty() {
        parts.push(m.text("alternative.no_change").to_owned());
    }
    if alt.opens_questions {
        parts.push(m.text("alternative.more_questions").to_owned());
    }
    m.fmt(
        "alternative.if",
        &[("answer", &label), ("changes", &parts.join("; "))],
    )
}

/// Builds the report for an assessment of the answers in `env`, made on `today`.
pub fn build(cat: &Catalog, env: &Envelope, a: &Assessment, today: &str) -> Report {
    let m = &cat.messages;
    let rule = cat.tier_rule(&a.tier.trace.rule);
    let coverage = iso::coverage(cat, a);
    // Each "why" lists only the answers that decided its conclusion: the tier by its answers
    // beyond those that decide whether the Act applies; a role by the answers its own condition
    // reads; a duty by what remains after the tier and the roles.
    let scope = scope_questions(cat);
    let mut scope_shown: BTreeSet<&str> = BTreeSet::new();
    if a.tier.tier.in_scope() {
        scope_shown.extend(&scope);
    }
    let mut role_shown = scope.clone();
    role_shown.extend(a.tier.trace.answers.iter().map(|(q, _)| q.as_str()));
    let mut duty_shown = role_shown.clone();
    for rc in &a.roles {
        duty_shown.extend(rc.trace.answers.iter().map(|(q, _)| q.as_str()));
    }
    // Answers behind every duty of a kind (e.g. the launch date under every high-risk duty)
    // explain the group, not one duty: they are not repeated under each.
    let mut kinds: Vec<crate::model::DutyKind> = vec![];
    for oc in &a.obligations {
        if let Some(o) = cat.obligation(&oc.id)
            && !kinds.contains(&o.kind)
        {
            kinds.push(o.kind);
        }
    }
    for kind in kinds {
        let group: Vec<&crate::assess::ObligationConclusion> = a
            .obligations
            .iter()
            .filter(|oc| cat.obligation(&oc.id).is_some_and(|o| o.kind == kind))
            .collect();
        if group.len() < 2 {
            continue;
        }
        for (q, _) in &group[0].trace.answers {
            if group
                .iter()
                .all(|oc| oc.trace.answers.iter().any(|(x, _)| x == q))
            {
                duty_shown.insert(q.as_str());
            }
        }
    }
    let (mut plan_parts, plan) = plan::plan_parts(cat, a, &env.plan);
    let obligations: Vec<ObligationPart> = a
        .obligations
        .iter()
        .filter_map(|oc| {
            let o = cat.obligation(&oc.id)?;
            let cov = coverage.iter().find(|c| c.obligation == oc.id)?;
            let d = &oc.dates;
            let mut timing = match &oc.timing {
                Timing::AppliesSince(x) => m.fmt("timing.since", &[("date", &m.date(x))]),
                Timing::AppliesFrom(x) => m.fmt("timing.from", &[("date", &m.date(x))]),
                Timing::AtLaunch(x) if x.as_str() > today => {
                    m.fmt("timing.from_launch_not_before", &[("date", &m.date(x))])
                }
                Timing::AtLaunch(_) => m.text("timing.from_launch").to_owned(),
            };
            if d.status == DateStatus::ToBeConfirmed {
                timing.push_str(&format!(" ({})", m.text("common.to_be_confirmed")));
            }
            Some(ObligationPart {
                id: o.id.clone(),
                role: o.role.clone(),
                role_name: cat
                    .role(&o.role)
                    .map(|r| r.name.clone())
                    .unwrap_or_default(),
                kind: o.kind.label_in(m).to_owned(),
                title: o.title.clone(),
                summary: o.summary.clone(),
                refs: cites(cat, &o.refs),
                original: d.original.clone(),
                amended: d.amended.clone(),
                status: d.status.label_in(m).to_owned(),
                timing,
                date_note: d.note.clone(),
                date_refs: cites(cat, &d.refs),
                penalty: o.penalty.label_in(m).to_owned(),
                penalty_short: o.penalty.short_in(m).to_owned(),
                iso: IsoPart {
                    fit: cov.fit.id().to_owned(),
                    fit_label: cov.fit.label_in(m).to_owned(),
                    items: cov.items.clone(),
                    gap: cov.gap.clone(),
                },
                plan: plan_parts
                    .iter_mut()
                    .find(|(id, _)| *id == oc.id)
                    .map(|(_, p)| std::mem::take(p))
                    .unwrap_or_default(),
                because: because_beyond(cat, &oc.trace, &duty_shown),
                provisional: oc.provisional,
            })
        })
        .collect();
    // Grouped by role in the catalog's role order, keeping the catalog order within each role.
    let mut grouped: Vec<ObligationPart> = cat
        .roles
        .iter()
        .flat_map(|role| {
            obligations
                .iter()
                .filter(move |o| o.role == role.id)
                .cloned()
        })
        .collect();
    grouped.extend(
        obligations
            .iter()
            .filter(|o| cat.role(&o.role).is_none())
            .cloned(),
    );
    let iso_gaps = iso::gaps(cat, a)
        .iter()
        .filter_map(|g| obligations.iter().find(|o| o.id == g.obligation).cloned())
        .collect();
    let soa = iso::statement_of_applicability(cat, a)
        .into_iter()
        .map(|s| SoaLine {
            reason: if s.relevant {
                let titles: Vec<String> = s
                    .obligations
                    .iter()
                    .filter_map(|o| cat.obligation(o).map(|o| o.title.clone()))
                    .collect();
                m.fmt("soa.supports", &[("obligations", &titles.join("; "))])
            } else {
                m.text("soa.not_required").to_owned()
            },
            control: s.control,
            title: s.title,
            relevant: s.relevant,
        })
        .collect();
    let f = crate::flow::flow(cat, &env.answers);
    let iso_status = match f
        .effective
        .get(crate::model::ISO_STATUS_QUESTION)
        .and_then(Answer::as_one)
    {
        Some("certified") => IsoStatus::Certified,
        Some("in_place") => IsoStatus::InPlace,
        _ => IsoStatus::Unknown,
    };
    let head_start = plan::head_start(cat, a, iso_status, &env.iso_in_place, &|id| {
        obligations
            .iter()
            .find(|o| o.id == id)
            .map(|o| o.timing.clone())
            .unwrap_or_default()
    });
    let mut report = Report {
        system_name: env.name.clone(),
        description: env.description.clone(),
        date: today.to_owned(),
        content_date: cat.version.content_date.clone(),
        language: m.lang().to_owned(),
        legal_baseline: cat.version.legal_baseline.clone(),
        complete: a.complete,
        provisional: a.provisional(),
        in_scope: a.in_scope(),
        tier: TierPart {
            id: a.tier.tier.id().to_owned(),
            label: a.tier.tier.label_in(m).to_owned(),
            title: rule.map(|r| r.title.clone()).unwrap_or_default(),
            explanation: rule.map(|r| r.explanation.clone()).unwrap_or_default(),
            rule: a.tier.trace.rule.clone(),
            refs: cites(cat, &a.tier.trace.refs),
            because: because_beyond(cat, &a.tier.trace, &scope_shown),
            provisional: a.tier.provisional,
        },
        roles: a
            .roles
            .iter()
            .filter_map(|rc| {
                let r = cat.role(&rc.id)?;
                Some(RolePart {
                    id: r.id.clone(),
                    name: r.name.clone(),
                    explanation: r.explanation.clone(),
                    refs: cites(cat, &r.refs),
                    because: because_within(cat, &rc.trace, &own_questions(cat, &r.when)),
                    provisional: rc.provisional,
                })
            })
            .collect(),
        obligations: grouped,
        iso_gaps,
        soa,
        open_points: a
            .unsure
            .iter()
            .map(|u| OpenPoint {
                id: u.question.clone(),
                question: cat
                    .question(&u.question)
                    .map(|q| q.text.clone())
                    .unwrap_or_default(),
                alternatives: u
                    .alternatives
                    .iter()
                    .map(|alt| describe_alternative(cat, &u.question, alt))
                    .collect(),
            })
            .collect(),
        review: a
            .possible
            .iter()
            .map(|p| {
                let rule = cat.tier_rule(&p.rule);
                ReviewPart {
                    tier: p.tier.id().to_owned(),
                    headline: review_headline(m, p.tier),
                    title: rule.map(|r| r.title.clone()).unwrap_or_default(),
                    questions: p
                        .questions
                        .iter()
                        .filter_map(|q| cat.question(q).map(|q| q.text.clone()))
                        .collect(),
                    leads: p
                        .leads
                        .iter()
                        .filter_map(|(q, v)| {
                            let q = cat.question(q)?;
                            Some(Lead {
                                question: q.text.clone(),
                                answer: q.answer_label(m, &Answer::One(v.clone())),
                            })
                        })
                        .collect(),
                    refs: rule.map(|r| cites(cat, &r.refs)).unwrap_or_default(),
                }
            })
            .collect(),
        notes: a
            .notes
            .iter()
            .filter_map(|nc| {
                let n = cat.note(&nc.id)?;
                Some(NotePart {
                    id: n.id.clone(),
                    title: n.title.clone(),
                    text: n.text.clone(),
                    refs: cites(cat, &n.refs),
                    provisional: nc.provisional,
                })
            })
            .collect(),
        to_confirm: points_to_confirm(cat, report_refs(cat, a)),
        summary: Summary::default(),
        iso_status,
        plan,
        head_start,
        answers: f
            .visible
            .iter()
            .filter_map(|q| answer_line(cat, &q.id, f.effective.get(&q.id)?))
            .collect(),
        disclaimer: m.text("report.disclaimer").to_owned(),
        messages: m.clone(),
    };
    report.summary = summarise(&report, a, today);
    report
}

/// The result at a glance, from the report's parts.
fn summarise(r: &Report, a: &Assessment, today: &str) -> Summary {
    use crate::model::Tier;
    let m = &r.messages;
    let high_risk_tier = matches!(a.tier.tier, Tier::HighRiskAnnexI | Tier::HighRiskAnnexIii);
    let maybe_high_risk = a
        .possible
        .iter()
        .any(|p| matches!(p.tier, Tier::HighRiskAnnexI | Tier::HighRiskAnnexIii));
    let high_risk = if high_risk_tier && !a.tier.provisional {
        "yes"
    } else if high_risk_tier || maybe_high_risk {
        "to_be_confirmed"
    } else {
        "no"
    };
    let high_risk_label = m.text(match high_risk {
        "yes" => "summary.high_risk.yes",
        "no" => "summary.high_risk.no",
        _ => "summary.high_risk.to_be_confirmed",
    });
    let headline = if !r.review.is_empty() && r.review[0].tier == "prohibited" {
        m.fmt(
            "summary.headline.possible_ban",
            &[("review", &r.review[0].headline), ("tier", &r.tier.label)],
        )
    } else if a.tier.provisional {
        format!("{} ({})", r.tier.label, m.text("common.to_be_confirmed"))
    } else {
        r.tier.label.clone()
    };
    let mut checklist: Vec<(String, ChecklistItem)> = a
        .obligations
        .iter()
        .filter_map(|oc| Some((oc, r.obligations.iter().find(|o| o.id == oc.id)?)))
        .map(|(oc, part)| {
            let date = oc.timing.date().to_owned();
            let when = match &oc.timing {
                Timing::AtLaunch(d) if d.as_str() > today => m.fmt(
                    "checklist.from_launch_not_before",
                    &[("date", &m.short_date(d))],
                ),
                Timing::AtLaunch(_) => m.text("checklist.from_launch").to_owned(),
                Timing::AppliesSince(d) => m.fmt("checklist.since", &[("date", &m.short_date(d))]),
                Timing::AppliesFrom(d) => m.fmt("checklist.from", &[("date", &m.short_date(d))]),
            };
            (
                date,
                ChecklistItem {
                    id: part.id.clone(),
                    title: part.title.clone(),
                    role: part.role_name.clone(),
                    when,
                    provisional: part.provisional,
                    status: part.plan.status.clone(),
                },
            )
        })
        .collect();
    checklist.sort_by(|x, y| x.0.cmp(&y.0));
    let next_date = checklist
        .iter()
        .map(|(d, _)| d.as_str())
        .filter(|d| *d > today)
        .min()
        .map(|d| NextDate {
            date: d.to_owned(),
            text: m.date(d),
            duties: checklist
                .iter()
                .filter(|(x, _)| x == d)
                .map(|(_, c)| c.title.clone())
                .collect(),
        });
    Summary {
        headline,
        high_risk: high_risk.to_owned(),
        high_risk_label: high_risk_label.to_owned(),
        roles: r.roles.iter().map(|x| x.name.clone()).collect(),
        obligations: r.obligations.len(),
        next_date,
        open_points: r.open_points.len() + r.review.len(),
        checklist: checklist.into_iter().map(|(_, c)| c).collect(),
    }
}

/// Every legal reference a report on this assessment cites.
fn report_refs<'a>(cat: &'a Catalog, a: &'a Assessment) -> Vec<&'a LegalRef> {
    let mut refs: Vec<&LegalRef> = a.tier.trace.refs.iter().collect();
    refs.extend(
        a.roles
            .iter()
            .filter_map(|r| cat.role(&r.id))
            .flat_map(|r| &r.refs),
    );
    refs.extend(
        a.obligations
            .iter()
            .filter_map(|o| cat.obligation(&o.id))
            .flat_map(|o| &o.refs),
    );
    refs.extend(a.obligations.iter().flat_map(|o| &o.dates.refs));
    refs.extend(
        a.notes
            .iter()
            .filter_map(|n| cat.note(&n.id))
            .flat_map(|n| &n.refs),
    );
    refs.extend(
        a.possible
            .iter()
            .filter_map(|p| cat.tier_rule(&p.rule))
            .flat_map(|r| &r.refs),
    );
    refs
}

impl Report {
    /// The sentence that introduces the gap list, depending on the organisation's ISO/IEC 42001
    /// management system.
    pub fn iso_gap_intro(&self) -> &str {
        self.messages.text(match self.iso_status {
            IsoStatus::Certified => "iso.gaps.intro.certified",
            IsoStatus::InPlace => "iso.gaps.intro.in_place",
            IsoStatus::Unknown => "iso.gaps.intro.unknown",
        })
    }

    /// The line naming the language version of the content, for a report in another language
    /// than the English original: `Content: German version of the content of 2 Dec 2026.`
    pub fn content_language_line(&self) -> Option<String> {
        (!is_english(&self.language)).then(|| {
            let m = &self.messages;
            m.fmt(
                "report.content_language",
                &[("date", &m.date(&self.content_date))],
            )
        })
    }
}

impl ReviewPart {
    /// The point in a sentence or two, without the headline, in the language of `m`.
    pub fn sentence(&self, m: &Messages) -> String {
        let quoted = |s: &str| m.fmt("common.quoted", &[("text", &s)]);
        let mut s = match (self.questions.as_slice(), self.leads.as_slice()) {
            ([q], leads) if !leads.is_empty() => m.fmt(
                "review.would_apply",
                &[
                    ("conclusion", &self.title),
                    ("question", &quoted(q)),
                    (
                        "answers",
                        &leads
                            .iter()
                            .map(|l| quoted(&l.answer))
                            .collect::<Vec<_>>()
                            .join(m.text("review.or")),
                    ),
                ],
            ),
            (qs, leads) => {
                let mut s = m.fmt(
                    "review.could_apply",
                    &[
                        ("conclusion", &self.title),
                        (
                            "questions",
                            &qs.iter().map(|q| quoted(q)).collect::<Vec<_>>().join("; "),
                        ),
                    ],
                );
                for l in leads {
                    s.push(' ');
                    s.push_str(&m.fmt(
                        "review.lead",
                        &[
                            ("question", &quoted(&l.question)),
                            ("answer", &quoted(&l.answer)),
                        ],
                    ));
                }
                s
            }
        };
        s.push(' ');
        s.push_str(m.text("review.until_settled"));
        s
    }
}

impl ObligationPart {
    /// When it applies, in a line: `Applies from 2 Dec 2027 (originally 2 Aug 2026)`, with the
    /// date's status where it is not a fixed date of the text; in the language of `m`.
    pub fn when_line(&self, m: &Messages) -> String {
        let mut extra: Vec<String> = vec![];
        if self.status != crate::model::DateStatus::Fixed.label_in(m) {
            extra.push(self.status.clone());
        }
        if let Some(d) = self.original.as_deref().filter(|d| *d != self.amended) {
            extra.push(m.fmt("obligation.originally", &[("date", &m.date(d))]));
        }
        if extra.is_empty() {
            self.timing.clone()
        } else {
            format!("{} ({})", self.timing, extra.join("; "))
        }
    }

    /// The ISO/IEC 42001 coverage in a few words: `partly covered (A.7.4)`; what lies beyond
    /// the standard is in the gap list.
    pub fn iso_short(&self) -> String {
        if self.iso.items.is_empty() {
            self.iso.fit_label.clone()
        } else {
            format!("{} ({})", self.iso.fit_label, self.iso.items.join(", "))
        }
    }

    /// The ISO/IEC 42001 coverage in a line: `partly covered (A.7.4). Beyond ISO: …`, in the
    /// language of `m`.
    pub fn iso_line(&self, m: &Messages) -> String {
        let items = if self.iso.items.is_empty() {
            m.text("obligation.iso.no_items").to_owned()
        } else {
            self.iso.items.join(", ")
        };
        let line = format!("{} ({items})", self.iso.fit_label);
        if self.iso.gap.is_empty() {
            line
        } else {
            m.fmt(
                "obligation.iso.beyond",
                &[("coverage", &line), ("gap", &self.iso.gap)],
            )
        }
    }
}

impl Report {
    /// Every citation the report shows, in reading order (with repeats).
    pub fn all_cites(&self) -> impl Iterator<Item = &Cite> {
        self.review
            .iter()
            .flat_map(|x| &x.refs)
            .chain(&self.tier.refs)
            .chain(self.roles.iter().flat_map(|x| &x.refs))
            .chain(self.notes.iter().flat_map(|x| &x.refs))
            .chain(
                self.obligations
                    .iter()
                    .flat_map(|x| x.refs.iter().chain(&x.date_refs)),
            )
    }

    /// The penalty ceiling most obligations share, in short; a duty shows its own only where it
    /// differs.
    pub fn common_penalty(&self) -> Option<&str> {
        let mut counts: Vec<(&str, usize)> = vec![];
        for o in &self.obligations {
            match counts.iter_mut().find(|(p, _)| *p == o.penalty_short) {
                Some((_, n)) => *n += 1,
                None => counts.push((&o.penalty_short, 1)),
            }
        }
        counts.iter().max_by_key(|(_, n)| *n).map(|(p, _)| *p)
    }

    /// The distinct penalty ceilings of the listed obligations, in words, each once, and the
    /// ceiling for misleading information to authorities, which reaches every operator.
    pub fn penalty_ceilings(&self) -> Vec<&str> {
        let mut seen: Vec<&str> = vec![];
        for o in &self.obligations {
            if !seen.contains(&o.penalty.as_str()) {
                seen.push(&o.penalty);
            }
        }
        if !seen.is_empty() {
            seen.push(crate::model::Penalty::Art99_5.label_in(&self.messages));
        }
        seen
    }
}

/// A file name that says what the file is: `ai-act-check_<system>_<date>.<ext>`.
pub fn file_name(report: &Report, what: &str, ext: &str) -> String {
    let mut slug: String = report
        .system_name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    slug = slug.chars().take(40).collect();
    if slug.is_empty() {
        slug = "system".into();
    }
    format!("ai-act-check_{slug}_{what}_{}.{ext}", report.date)
}
