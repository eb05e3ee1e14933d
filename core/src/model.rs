//! The content model: the typed shape of every file in `questions/`.
//!
//! Content is data, not code: questions with stable semantic ids, named facts, ordered tier
//! rules, and collected outcomes (roles and obligations). Conditions are a typed tree, never
//! expression strings. `questions/schema.json` is generated from these types.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// One content file as authored in `questions/`. Every part is optional, so a file can hold a
/// questionnaire section, rules, obligations, or any mix of them.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContentFile {
    /// Editor hint pointing at `schema.json`; ignored by the engine.
    #[serde(rename = "$schema", default)]
    pub schema: Option<String>,
    /// The catalog version. Exactly one file (`catalog.json`) carries it.
    #[serde(default)]
    pub version: Option<CatalogVersion>,
    /// Questionnaire sections, in the order they are asked.
    #[serde(default)]
    pub sections: Vec<Section>,
    /// Named, derived conditions that keep rules short.
    #[serde(default)]
    pub facts: Vec<Fact>,
    /// Ordered tier rules: the first that matches wins; the last must be a catch-all.
    #[serde(default)]
    pub tier_rules: Vec<TierRule>,
    /// Roles the person can hold; every role whose condition holds is collected.
    #[serde(default)]
    pub roles: Vec<Role>,
    /// Obligations and duties; every one whose condition holds is collected.
    #[serde(default)]
    pub obligations: Vec<Obligation>,
    /// When obligations apply: named date schedules that obligations refer to.
    #[serde(default)]
    pub schedules: Vec<Schedule>,
    /// Explanations shown with the result when their condition holds ("good to know").
    #[serde(default)]
    pub notes: Vec<Note>,
    /// ISO/IEC 42001:2023 clauses and Annex A controls (ids, short titles, own paraphrases).
    #[serde(default)]
    pub iso_items: Vec<IsoItem>,
    /// How ISO/IEC 42001 covers each obligation.
    #[serde(default)]
    pub iso_mappings: Vec<IsoMapping>,
    /// The engine's own texts (report headings, labels, sentences, error messages) in English,
    /// by stable key (`report.heading.summary`, `tier.prohibited`, …). `{name}` marks a
    /// placeholder; see [`crate::i18n::Messages`] for the forms it takes.
    #[serde(default)]
    pub messages: std::collections::BTreeMap<String, String>,
}

/// The version stamped on every saved assessment and report.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CatalogVersion {
    /// Date of the content, `YYYY-MM-DD`.
    pub content_date: String,
    /// The law the content reflects, in plain words.
    pub legal_baseline: String,
    /// Update history, newest first.
    #[serde(default)]
    pub changes: Vec<ContentChange>,
    /// Points of the law that are reported but not verified against the Official Journal. Every
    /// citation that matches one is shown as "to be confirmed", and the result lists the points
    /// it relies on once, with what to check.
    #[serde(default)]
    pub to_confirm: Vec<ToConfirm>,
}

/// A reported but unverified point of the law.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ToConfirm {
    /// Stable id, e.g. `omnibus.new_bans_lettering`.
    pub id: String,
    /// What to check on EUR-Lex, in plain words.
    pub check: String,
    /// Citations this point concerns. A citation matches when it names the same article (or
    /// annex) and, where given here, the same paragraph and point. Empty: the point concerns the
    /// legal baseline itself and is listed with every result.
    #[serde(default)]
    pub refs: Vec<LegalRef>,
}

/// One entry of the content's update history.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ContentChange {
    /// Date of the change, `YYYY-MM-DD`.
    pub date: String,
    /// What changed, in plain words.
    pub summary: String,
}

/// A named group of questions shown together in the progress indicator.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Stable id, e.g. `ai_system`.
    pub id: String,
    /// Short title shown in the progress indicator.
    pub title: String,
    /// One or two sentences on what this section decides.
    #[serde(default)]
    pub intro: String,
    /// The questions, in the order they are asked.
    pub questions: Vec<Question>,
}

/// One question.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable, semantic id (`section.topic`), never positional: saved answers key on it.
    pub id: String,
    /// The question in plain words.
    pub text: String,
    /// Help: one plain sentence that says what the question decides or how to answer it.
    pub help: String,
    /// More help, shown on request: the legal test in plain words, examples, edge cases.
    #[serde(default)]
    pub details: String,
    /// Legal references behind the question.
    #[serde(default)]
    pub refs: Vec<LegalRef>,
    /// What kind of answer the question takes.
    pub kind: QuestionKind,
    /// Choices, for `single` and `multi` questions.
    #[serde(default)]
    pub options: Vec<AnswerOption>,
    /// Offer "Not sure" (for `yes_no`, `single` and `multi`). For `multi`, "not sure" stands
    /// alone like an exclusive option. Its answer value is `unsure` for every kind.
    #[serde(default)]
    pub unsure: bool,
    /// "Not sure" here opens follow-up questions that settle the point, so it is a route rather
    /// than an open point: the follow-up answers are weighed instead of this one.
    #[serde(default)]
    pub unsure_follow_up: bool,
    /// Shown only when this holds; absent means always shown.
    #[serde(default)]
    pub show_if: Option<Condition>,
}

/// The kinds of answer a question takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// Yes or no (plus "not sure" when `unsure` is set). Answer values: `yes`, `no`, `unsure`.
    YesNo,
    /// Exactly one of `options` (plus `unsure` when set).
    Single,
    /// Any number of `options`; an option marked `exclusive` ("none of these") stands alone,
    /// and so does "not sure" when `unsure` is set.
    Multi,
    /// Short free text.
    Text,
    /// A calendar date, `YYYY-MM-DD`.
    Date,
}

/// One choice of a `single` or `multi` question.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    /// Stable id, unique within the question.
    pub id: String,
    /// Label in plain words.
    pub label: String,
    /// Optional short explanation under the label.
    #[serde(default)]
    pub hint: String,
    /// For `multi`: this option ("none of these") cannot be combined with others.
    #[serde(default)]
    pub exclusive: bool,
}

/// A reference to the law or to official guidance.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LegalRef {
    /// Article number, e.g. `5` or `6`.
    #[serde(default)]
    pub article: Option<String>,
    /// Paragraph, e.g. `1` or `1a`.
    #[serde(default)]
    pub paragraph: Option<String>,
    /// Point, e.g. `a` or `ba`.
    #[serde(default)]
    pub point: Option<String>,
    /// Annex in Roman numerals, e.g. `III`.
    #[serde(default)]
    pub annex: Option<String>,
    /// Recital number.
    #[serde(default)]
    pub recital: Option<u32>,
    /// Non-binding guidance, e.g. the Commission's guidelines on the AI system definition.
    #[serde(default)]
    pub guideline: Option<String>,
}

impl LegalRef {
    /// Whether this reference, used as a pattern, covers `other`: same article or annex, and the
    /// same paragraph and point where this one gives them.
    pub fn covers(&self, other: &LegalRef) -> bool {
        let same = |a: &Option<String>, b: &Option<String>| a.is_none() || a == b;
        (self.article.is_some() || self.annex.is_some())
            && self.article == other.article
            && self.annex == other.annex
            && same(&self.paragraph, &other.paragraph)
            && same(&self.point, &other.point)
    }
}

/// A condition over answers and facts. A typed tree, never an expression string.
///
/// Answer values: `yes`/`no`/`unsure` for yes-no questions, option ids otherwise.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Condition {
    /// Every sub-condition holds (true when empty).
    All(Vec<Condition>),
    /// At least one sub-condition holds (false when empty).
    Any(Vec<Condition>),
    /// The sub-condition does not hold.
    Not(Box<Condition>),
    /// The question's answer is (or, for `multi`, includes) this value.
    Is(AnswerIs),
    /// The question's answer is (or, for `multi`, includes) one of these values.
    AnyOf(AnswerAnyOf),
    /// The question is visible and answered.
    Answered(String),
    /// The named fact holds.
    Fact(String),
    /// The date answer is strictly before this date (`YYYY-MM-DD`).
    DateBefore(DateIs),
    /// The date answer is on or after this date (`YYYY-MM-DD`).
    DateOnOrAfter(DateIs),
}

/// Operand of [`Condition::Is`].
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerIs {
    /// Question id.
    pub question: String,
    /// Answer value.
    pub value: String,
}

/// Operand of [`Condition::AnyOf`].
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AnswerAnyOf {
    /// Question id.
    pub question: String,
    /// Accepted answer values.
    pub values: Vec<String>,
}

/// Operand of the date conditions.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DateIs {
    /// Question id of a `date` question.
    pub question: String,
    /// The date compared with, `YYYY-MM-DD`.
    pub date: String,
}

/// A named, derived condition.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Fact {
    /// Stable id, e.g. `is_ai_system`.
    pub id: String,
    /// What the fact means, in plain words.
    pub description: String,
    /// When it holds.
    pub when: Condition,
}

/// The risk tiers and scope outcomes, in the order of precedence the rules encode.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// Not an AI system under Art 3(1): the Act does not apply.
    NotAiSystem,
    /// An AI system, but outside the Act's scope (Art 2).
    OutOfScope,
    /// A prohibited practice (Art 5).
    Prohibited,
    /// High-risk as (a safety component of) an Annex I product (Art 6(1)).
    HighRiskAnnexI,
    /// High-risk as an Annex III use (Art 6(2)).
    HighRiskAnnexIii,
    /// An Annex III use that is not high-risk under the Art 6(3) derogation.
    NotHighRiskDerogation,
    /// Transparency duties only (Art 50).
    Transparency,
    /// Minimal risk: no specific duties beyond AI literacy.
    Minimal,
    /// Only a general-purpose AI model is assessed (no AI system): Chapter V duties.
    GpaiModelOnly,
}

impl Tier {
    /// Whether the AI Act applies at all for this outcome.
    pub fn in_scope(self) -> bool {
        !matches!(self, Tier::NotAiSystem | Tier::OutOfScope)
    }

    /// How strict the outcome is, for telling whether an alternative answer would make the
    /// result stricter: a ban is the strictest, outside the Act the least strict. Model-only
    /// outcomes rank with transparency duties.
    pub fn severity(self) -> u8 {
        match self {
            Tier::NotAiSystem | Tier::OutOfScope => 0,
            Tier::Minimal => 1,
            Tier::Transparency | Tier::GpaiModelOnly => 2,
            Tier::NotHighRiskDerogation => 3,
            Tier::HighRiskAnnexI | Tier::HighRiskAnnexIii => 4,
            Tier::Prohibited => 5,
        }
    }
}

/// An ordered tier rule.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct TierRule {
    /// Stable id, e.g. `tier.prohibited.social_scoring`.
    pub id: String,
    /// The tier this rule concludes.
    pub tier: Tier,
    /// The conclusion, in plain words.
    pub title: String,
    /// Why, in plain words: the legal test that the answers met.
    pub explanation: String,
    /// Legal references.
    pub refs: Vec<LegalRef>,
    /// When it matches; absent only on the final catch-all rule.
    #[serde(default)]
    pub when: Option<Condition>,
}

/// A role the person can hold for this system.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Stable id, e.g. `provider`.
    pub id: String,
    /// Name in plain words.
    pub name: String,
    /// What this role means and why the person holds it.
    pub explanation: String,
    /// Legal references.
    pub refs: Vec<LegalRef>,
    /// When the person holds it.
    pub when: Condition,
}

/// What kind of duty an obligation is; drives grouping in the result.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum DutyKind {
    /// Applies to everyone in scope (e.g. AI literacy, stopping a prohibited practice).
    General,
    /// High-risk requirements and operator obligations (Chapter III).
    HighRisk,
    /// Transparency duties (Art 50).
    Transparency,
    /// General-purpose AI model duties (Chapter V).
    Gpai,
}

/// When an obligation applies under the regulation's own terms.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DateStatus {
    /// A fixed date in the text.
    Fixed,
    /// A transitional date for systems or models already on the market.
    Transitional,
    /// Reported but not verified against the Official Journal: show as "to be confirmed".
    ToBeConfirmed,
}

/// The application dates of an obligation.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ApplicationDates {
    /// Date under Art 113 of the 2024 text, `YYYY-MM-DD`; absent for duties the amendment added.
    #[serde(default)]
    pub original: Option<String>,
    /// Date as amended, `YYYY-MM-DD`.
    pub amended: String,
    /// How firm the date is.
    pub status: DateStatus,
    /// A note on the date, e.g. when it bites in practice.
    #[serde(default)]
    pub note: String,
    /// The provisions the date comes from, where they matter (e.g. a transition of Art 111).
    #[serde(default)]
    pub refs: Vec<LegalRef>,
}

/// Penalty ceilings of Art 99 and Art 101.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Penalty {
    /// Art 99(3): up to EUR 35 million or 7 % of worldwide annual turnover.
    Art99_3,
    /// Art 99(4): up to EUR 15 million or 3 %.
    Art99_4,
    /// Art 99(5): up to EUR 7.5 million or 1 % (wrong information to authorities).
    Art99_5,
    /// Art 101: GPAI providers, up to EUR 15 million or 3 %.
    Art101,
    /// Not listed in Art 99: national penalty rules (Art 99(1)).
    National,
}

/// An obligation or duty that follows from the answers.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Obligation {
    /// Stable id, e.g. `provider.risk_management`.
    pub id: String,
    /// The role that bears it (a role id).
    pub role: String,
    /// What kind of duty it is.
    pub kind: DutyKind,
    /// Title in plain words.
    pub title: String,
    /// What to do, in plain words.
    pub summary: String,
    /// Legal references.
    pub refs: Vec<LegalRef>,
    /// Id of the schedule that says when it applies to this system.
    pub schedule: String,
    /// Penalty ceiling.
    pub penalty: Penalty,
    /// When it applies.
    pub when: Condition,
}

/// A clause or Annex A control of ISO/IEC 42001:2023.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IsoItem {
    /// Id as in the standard, e.g. `6.1.4` or `A.5.2`.
    pub id: String,
    /// Short title.
    pub title: String,
    /// One line in our own words (never the standard's text).
    pub summary: String,
}

/// How well ISO/IEC 42001 covers an obligation.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum IsoFit {
    /// The management system covers what the Act asks.
    Covers,
    /// It supports the process but not the legal specifics.
    Partial,
    /// Nothing in ISO/IEC 42001 corresponds.
    None,
}

/// An obligation's ISO/IEC 42001 counterpart.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct IsoMapping {
    /// The obligation id.
    pub obligation: String,
    /// Clause and control ids that support the obligation (must exist in `iso_items`).
    #[serde(default)]
    pub items: Vec<String>,
    /// How well they cover it.
    pub fit: IsoFit,
    /// What the Act asks beyond ISO/IEC 42001, in one line.
    #[serde(default)]
    pub gap: String,
}

/// When a group of obligations applies: ordered date rules, the first that holds wins, the last
/// must hold always. Shared by the obligations that follow the same timetable, so that a date is
/// written once.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    /// Stable id, e.g. `high_risk.requirements`.
    pub id: String,
    /// Which duties follow this timetable, in plain words (for content authors).
    pub description: String,
    /// Whether the duties start only when the system is placed on the market, put into service
    /// or used: for a system not launched yet (fact [`PRE_LAUNCH_FACT`]) they read "from launch".
    #[serde(default)]
    pub at_launch: bool,
    /// Date rules in order; the last has no `when`.
    pub rules: Vec<ScheduleRule>,
}

/// One date rule of a [`Schedule`].
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScheduleRule {
    /// When these dates apply; absent on the last rule.
    #[serde(default)]
    pub when: Option<Condition>,
    /// The dates.
    pub dates: ApplicationDates,
}

/// The fact that, when it holds, marks a system that is not on the market or in use yet.
pub const PRE_LAUNCH_FACT: &str = "pre_launch";

/// The fact that holds when the AI Act applies; reports explain it once, not under every role.
pub const IN_SCOPE_FACT: &str = "in_scope";

/// The optional question on the organisation's ISO/IEC 42001 management system; its answers are
/// `certified`, `in_place` and `no`. Reports and the procurement sheet take it into account.
pub const ISO_STATUS_QUESTION: &str = "org.iso42001";

/// An explanation shown with the result when its condition holds: how roles relate, why no
/// duties apply yet, exemptions, what changes the result.
#[derive(Debug, Clone, PartialEq, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Note {
    /// Stable id, e.g. `note.provider_and_deployer`.
    pub id: String,
    /// Heading in plain words.
    pub title: String,
    /// The explanation, in plain words.
    pub text: String,
    /// Legal references.
    pub refs: Vec<LegalRef>,
    /// When it is shown.
    pub when: Condition,
}
