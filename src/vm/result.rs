//! The result screen's view models: the summary shown first (in the engine's words, so that the
//! screen, the reports and the copied text agree), the jump links, the procurement sheet and
//! what a copy button says afterwards.

use crate::text as t;
use aiact_core::report::{self, Cite, ObligationPart, QaPair, Report};

/// The result at a glance, ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SummaryView {
    /// `Result:` and the result in plain words.
    pub result: (String, String),
    /// `yes`, `no` or `to_be_confirmed`.
    pub high_risk: String,
    /// `High-risk: yes`, and so on.
    pub high_risk_label: String,
    /// `Your roles:` and the roles, or `None` when no role applies.
    pub roles: Option<(String, String)>,
    /// `Obligations:` and how many, with the next date one bites.
    pub obligations: (String, String),
    /// `Open points:` and how many, or `None` when nothing is open.
    pub open_points: Option<(String, String)>,
    /// The checklist's heading.
    pub checklist_heading: String,
    /// Every obligation with the date it bites, earliest first.
    pub checklist: Vec<CheckRow>,
    /// Links to the parts further down.
    pub jumps: Vec<Jump>,
}

/// One obligation in the summary's checklist.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CheckRow {
    /// Obligation id (the key of the list, and the target of its link).
    pub id: String,
    /// Title.
    pub title: String,
    /// Role, when it bites, and the plan status where work has started.
    pub details: String,
    /// Whether the plan marks it done or not applicable.
    pub ticked: bool,
}

/// A link to a part of the result page.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Jump {
    /// The id of the part (without `#`).
    pub target: &'static str,
    /// The link text.
    pub label: String,
}

/// Id of the obligations part of the result page.
pub const OBLIGATIONS_ID: &str = "obligations";
/// Id of the ISO/IEC 42001 part.
pub const ISO_ID: &str = "iso";
/// Id of the downloads.
pub const DOWNLOADS_ID: &str = "downloads";
/// Id of the procurement answer sheet.
pub const PROCUREMENT_ID: &str = "procurement";

/// The id of an obligation's card, for the checklist's links.
pub fn obligation_anchor(id: &str) -> String {
    format!(
        "ob-{}",
        id.replace(|c: char| !c.is_ascii_alphanumeric(), "-")
    )
}

/// The summary of a report, in the report's language.
pub fn summary(r: &Report) -> SummaryView {
    let (s, m) = (&r.summary, &r.messages);
    let next = s.next_date_suffix(m);
    let mut jumps = vec![];
    if !r.obligations.is_empty() {
        jumps.push(Jump {
            target: OBLIGATIONS_ID,
            label: m.text("report.heading.obligations").to_owned(),
        });
        jumps.push(Jump {
            target: ISO_ID,
            label: m.text("report.jump.iso").to_owned(),
        });
    }
    jumps.push(Jump {
        target: PROCUREMENT_ID,
        label: t::PROCUREMENT_JUMP.from(m).to_owned(),
    });
    jumps.push(Jump {
        target: DOWNLOADS_ID,
        label: m.text("report.jump.downloads").to_owned(),
    });
    SummaryView {
        result: (m.label("summary.result"), s.headline.clone()),
        high_risk: s.high_risk.clone(),
        high_risk_label: s.high_risk_label.clone(),
        roles: (!s.roles.is_empty()).then(|| (m.label("summary.your_roles"), s.roles.join(", "))),
        obligations: (
            m.label("summary.obligations"),
            format!("{}{next}", s.obligations),
        ),
        open_points: (s.open_points > 0)
            .then(|| (m.label("summary.open_points"), s.open_points.to_string())),
        checklist_heading: m.text("summary.checklist.heading").to_owned(),
        checklist: s
            .checklist
            .iter()
            .map(|c| CheckRow {
                id: c.id.clone(),
                title: c.title.clone(),
                details: c.details(m),
                ticked: c.ticked(),
            })
            .collect(),
        jumps,
    }
}

/// One obligation card in the list, with the role heading before the first of each role.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ObligationRow {
    /// `As provider`, before the first obligation of a role.
    pub heading: Option<String>,
    /// The obligation.
    pub obligation: ObligationPart,
    /// Its penalty ceiling, where it differs from the one most obligations share (that one is
    /// stated once above the list).
    pub penalty: Option<String>,
}

/// The obligations as the list shows them (they come grouped by role from the engine).
pub fn obligation_rows(r: &Report) -> Vec<ObligationRow> {
    let m = &r.messages;
    let mut role = None;
    let common = r.common_penalty();
    r.obligations
        .iter()
        .map(|o| ObligationRow {
            heading: (role != Some(&o.role)).then(|| {
                role = Some(&o.role);
                m.fmt("report.heading.as_role", &[("role", &o.role_name)])
            }),
            obligation: o.clone(),
            penalty: (common != Some(o.penalty_short.as_str())).then(|| o.penalty_short.clone()),
        })
        .collect()
}

/// A stricter outcome to review first, in a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewPoint {
    /// Tier id it could lead to, e.g. `prohibited`.
    pub tier: String,
    /// E.g. `Possibly prohibited: needs review`.
    pub headline: String,
    /// What would lead there and what to settle.
    pub sentence: String,
    /// Legal references.
    pub refs: Vec<Cite>,
}

/// The stricter outcomes to review first, strictest first.
pub fn review_points(r: &Report) -> Vec<ReviewPoint> {
    r.review
        .iter()
        .map(|p| ReviewPoint {
            tier: p.tier.clone(),
            headline: p.headline.clone(),
            sentence: p.sentence(&r.messages),
            refs: p.refs.clone(),
        })
        .collect()
}

/// The summary as plain text, for the clipboard: the engine's text summary.
pub fn summary_text(r: &Report) -> String {
    report::render_summary_text(r)
}

/// The procurement sheet's question and answer pairs, to show.
pub fn procurement(r: &Report) -> Vec<QaPair> {
    report::procurement_pairs(r)
}

/// The procurement sheet as plain text, for the clipboard (the same text as the download).
pub fn procurement_text(r: &Report) -> String {
    report::render_procurement(r)
}

/// How copying to the clipboard ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CopyOutcome {
    /// The text is on the clipboard.
    Copied,
    /// The browser refused (no permission, or the page was not focused).
    Refused,
    /// The browser offers no clipboard to this page (e.g. not served over HTTPS).
    Unavailable,
}

/// What a copy button says after a click.
pub fn copy_message(outcome: CopyOutcome) -> t::Text {
    match outcome {
        CopyOutcome::Copied => t::COPY_DONE,
        CopyOutcome::Refused => t::COPY_REFUSED,
        CopyOutcome::Unavailable => t::COPY_UNAVAILABLE,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aiact_core::envelope::Envelope;
    use aiact_core::{Answers, Catalog, assess, bundled};
    use std::sync::OnceLock;

    const TODAY: &str = "2026-12-02";

    fn catalog() -> &'static Catalog {
        static CAT: OnceLock<Catalog> = OnceLock::new();
        CAT.get_or_init(|| bundled::catalog().expect("bundled content"))
    }

    /// The report of a golden scenario of the engine's tests.
    fn report(scenario: &str) -> Report {
        let path = format!(
            "{}/core/tests/scenarios/{scenario}.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let text = std::fs::read_to_string(&path).expect("scenario file");
        let v: serde_json::Value = serde_json::from_str(&text).expect("scenario JSON");
        let answers: Answers = serde_json::from_value(v["answers"].clone()).expect("answers");
        let cat = catalog();
        let mut env = Envelope::new(&cat.version.content_date, "2026-12-02T09:00:00Z");
        env.name = "Screening tool".into();
        env.answers = answers;
        let a = assess(cat, &env.answers, TODAY);
        aiact_core::report::build(cat, &env, &a, TODAY)
    }

    fn targets(s: &SummaryView) -> Vec<&str> {
        s.jumps.iter().map(|j| j.target).collect()
    }

    #[test]
    fn a_high_risk_summary_says_yes_names_the_role_and_lists_every_duty_by_date() {
        let r = report("derogation-profiling-override");
        let s = summary(&r);
        assert_eq!(s.high_risk, "yes");
        assert_eq!(s.high_risk_label, "High-risk: yes");
        assert_eq!(s.result.0, "Result:");
        assert_eq!(s.roles, Some(("Your roles:".into(), "Provider".into())));
        assert!(
            s.obligations
                .1
                .starts_with(&format!("{}; next date: ", r.obligations.len())),
            "{:?}",
            s.obligations
        );
        assert_eq!(s.checklist.len(), r.obligations.len());
        let mut ids: Vec<&str> = s.checklist.iter().map(|c| c.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), r.obligations.len(), "each duty once");
        assert!(s.checklist.iter().all(|c| !c.ticked), "no plan recorded");
        assert!(s.checklist.iter().all(|c| c.details.contains("Provider")));
        assert_eq!(
            targets(&s),
            ["obligations", "iso", "procurement", "downloads"]
        );
    }

    #[test]
    fn a_minimal_summary_says_no_and_has_no_open_points() {
        let s = summary(&report("minimal-deployer-demand-forecast"));
        assert_eq!(s.high_risk, "no");
        assert_eq!(s.high_risk_label, "High-risk: no");
        assert_eq!(s.roles.map(|r| r.1), Some("Deployer".into()));
        assert_eq!(s.open_points, None);
        assert_eq!(s.checklist.len(), 1);
        assert!(
            !s.obligations.1.contains("next date"),
            "AI literacy already applies: nothing lies ahead"
        );
    }

    #[test]
    fn an_unsure_answer_makes_high_risk_to_be_confirmed_and_counts_as_open() {
        let s = summary(&report("derogation-confidence-unsure"));
        assert_eq!(s.high_risk, "to_be_confirmed");
        assert_eq!(s.high_risk_label, "High-risk: to be confirmed");
        assert!(s.open_points.is_some_and(|(_, n)| n != "0"));
    }

    #[test]
    fn a_possible_ban_is_a_point_to_review_and_counts_as_open() {
        let r = report("prohibited-manipulation-unsure");
        let points = review_points(&r);
        assert_eq!(points.first().map(|p| p.tier.as_str()), Some("prohibited"));
        assert!(points[0].headline.starts_with("Possibly prohibited"));
        assert!(!points[0].sentence.is_empty());
        let s = summary(&r);
        assert!(
            s.result.1.starts_with("Possibly prohibited"),
            "{:?}",
            s.result
        );
        assert!(s.open_points.is_some());
    }

    #[test]
    fn without_obligations_only_the_procurement_sheet_and_downloads_are_linked() {
        let s = summary(&report("not-ai-rules-only"));
        assert!(s.checklist.is_empty());
        assert_eq!(targets(&s), ["procurement", "downloads"]);
    }

    #[test]
    fn the_copied_summary_holds_what_the_screen_shows() {
        let r = report("chatbot-provider");
        let s = summary(&r);
        let text = summary_text(&r);
        assert!(text.starts_with("EU AI Act self-assessment: Screening tool"));
        for line in [&s.result.1, &s.high_risk_label, &s.obligations.1] {
            assert!(text.contains(line.as_str()), "{line:?} missing from {text}");
        }
        for c in &s.checklist {
            assert!(
                text.contains(&format!("- {} {}", c.title, c.details)),
                "{text}"
            );
        }
    }

    #[test]
    fn the_procurement_sheet_on_screen_is_the_downloaded_one() {
        let r = report("chatbot-provider");
        let pairs = procurement(&r);
        let text = procurement_text(&r);
        assert!(pairs.len() >= 5, "{pairs:?}");
        for p in &pairs {
            assert!(
                text.contains(&p.question) && text.contains(&p.answer),
                "{p:?}"
            );
        }
        // In the company's voice, never the tool's own question texts.
        assert!(pairs.iter().any(|p| p.answer.contains("We ")), "{pairs:?}");
        for q in catalog().questions() {
            assert!(!pairs.iter().any(|p| p.question == q.text), "{}", q.id);
        }
    }

    #[test]
    fn each_role_heads_its_obligations_once() {
        let r = report("authorised-representative-high-risk");
        let rows = obligation_rows(&r);
        assert_eq!(rows.len(), r.obligations.len());
        let headings: Vec<&str> = rows.iter().filter_map(|x| x.heading.as_deref()).collect();
        let mut roles: Vec<&str> = r.obligations.iter().map(|o| o.role.as_str()).collect();
        roles.dedup();
        assert_eq!(headings.len(), roles.len(), "{headings:?}");
        assert!(
            rows[0]
                .heading
                .as_deref()
                .is_some_and(|h| h.starts_with("As "))
        );
        let common = r.common_penalty().expect("a shared ceiling");
        for row in &rows {
            let own = &row.obligation.penalty_short;
            assert_eq!(row.penalty.is_some(), own != common, "{own}");
        }
    }

    #[test]
    fn obligation_anchors_are_plain_ids() {
        assert_eq!(
            obligation_anchor("provider.ai_literacy"),
            "ob-provider-ai-literacy"
        );
    }

    #[test]
    fn each_copy_outcome_has_its_own_message() {
        let all = [
            CopyOutcome::Copied,
            CopyOutcome::Refused,
            CopyOutcome::Unavailable,
        ]
        .map(|o| copy_message(o).english);
        assert_eq!(all[0], "Copied.");
        assert!(all[1] != all[2] && all[1].contains("did not allow"));
    }
}
