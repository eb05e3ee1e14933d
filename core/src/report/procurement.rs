//! The procurement answer sheet: question and answer pairs in the company's own voice, covering
//! what customers' AI questionnaires ask, ready to paste. Plain text; the tool's own question
//! texts never appear, and what rests on "not sure" answers says so.

use super::{IsoStatus, ObligationPart, Report};
use std::fmt::Write as _;

/// Keeps user text on its line ([`super::escape::plain_line`]). Every line starts with text of
/// ours, so user text never starts one (where a spreadsheet would read `=`, `+`, `-` or `@` as a
/// formula).
fn inline(s: &str) -> String {
    super::escape::plain_line(s)
}

/// One question and answer pair.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize)]
pub struct QaPair {
    /// What customers ask.
    pub question: String,
    /// Our answer, in the company's voice.
    pub answer: String,
}

/// Ids of the duties customers ask about by topic.
const OVERSIGHT: &[&str] = &["provider.human_oversight", "deployer.human_oversight"];
const LOGGING: &[&str] = &[
    "provider.logging",
    "provider.documentation_and_logs",
    "deployer.keep_logs",
];
const INCIDENTS: &[&str] = &[
    "provider.serious_incidents",
    "provider.post_market_monitoring",
    "deployer.monitor_and_report",
    "gpai.systemic_risk_incidents_security",
];

fn duty(o: &ObligationPart) -> String {
    let refs: Vec<String> = o.refs.iter().map(|c| c.text()).collect();
    format!(
        "{} ({}; {}{}{})",
        o.title,
        refs.join(", "),
        o.timing.replacen("Applies", "applies", 1),
        if o.provisional {
            "; to be confirmed"
        } else {
            ""
        },
        // Only what the company itself recorded in its plan.
        match o.plan.status.as_str() {
            "done" => "; in place",
            "in_progress" => "; in progress",
            _ => "",
        }
    )
}

fn topic(r: &Report, ids: &[&str]) -> Vec<String> {
    r.obligations
        .iter()
        .filter(|o| ids.contains(&o.id.as_str()))
        .map(duty)
        .collect()
}

/// The question and answer pairs of the sheet.
pub fn procurement_pairs(r: &Report) -> Vec<QaPair> {
    let name = if r.system_name.is_empty() {
        "this AI system".to_owned()
    } else {
        inline(&r.system_name)
    };
    let tbc = |p: bool| {
        if p {
            " This is still to be confirmed."
        } else {
            ""
        }
    };
    let mut qa: Vec<QaPair> = vec![];
    let mut ask = |q: &str, a: String| {
        qa.push(QaPair {
            question: q.to_owned(),
            answer: a,
        })
    };

    ask(
        "Does the EU AI Act apply to the system?",
        if r.in_scope {
            format!(
                "Yes. The EU AI Act (Regulation (EU) 2024/1689, as amended) applies to {name}.{}",
                tbc(r.tier.provisional && r.tier.id != "prohibited")
            )
        } else {
            format!("No. {}{}", r.tier.title, tbc(r.tier.provisional))
        },
    );
    let high_risk = match r.summary.high_risk.as_str() {
        "yes" => format!(
            "Yes. {} ({}).",
            r.tier.title,
            r.tier
                .refs
                .iter()
                .map(|c| c.text())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        "to_be_confirmed" => format!(
            "To be confirmed. Our assessment points to {} but rests on facts we are still confirming.",
            r.tier.label.to_lowercase()
        ),
        _ if r.in_scope => format!(
            "No. Our assessment places it in the tier: {}.",
            r.tier.label
        ),
        _ => "No: the EU AI Act does not apply to it.".to_owned(),
    };
    ask("Is the system high-risk under the EU AI Act?", high_risk);

    let banned = r.review.iter().filter(|p| p.tier == "prohibited").count();
    ask(
        "Does the system involve any practice prohibited by Art 5 of the EU AI Act?",
        if r.tier.id == "prohibited" {
            format!(
                "Our assessment found a prohibited practice: {}.",
                r.tier.title
            )
        } else if banned > 0 {
            "Not on the facts we have confirmed; some facts are still under review, and we will not offer or use the system in a prohibited way.".to_owned()
        } else if r.in_scope {
            "No. We assessed the system against every practice banned by Art 5.".to_owned()
        } else {
            "Not applicable: the EU AI Act does not apply to the system.".to_owned()
        },
    );

    if !r.roles.is_empty() {
        let roles: Vec<String> = r
            .roles
            .iter()
            .map(|x| {
                format!(
                    "{}{}",
                    x.name.to_lowercase(),
                    if x.provisional {
                        " (to be confirmed)"
                    } else {
                        ""
                    }
                )
            })
            .collect();
        ask(
            "What is your role under the EU AI Act for this system?",
            format!("We are the {} of {name}.", roles.join(" and the ")),
        );
    }

    if !r.obligations.is_empty() {
        let mut by_role: Vec<(&str, Vec<String>)> = vec![];
        for o in &r.obligations {
            match by_role.iter_mut().find(|(role, _)| *role == o.role_name) {
                Some((_, v)) => v.push(duty(o)),
                None => by_role.push((&o.role_name, vec![duty(o)])),
            }
        }
        let parts: Vec<String> = by_role
            .iter()
            .map(|(role, duties)| format!("As {}: {}.", role.to_lowercase(), duties.join("; ")))
            .collect();
        ask(
            "Which EU AI Act obligations apply to you for this system, and from when?",
            parts.join(" "),
        );
    }

    let transparency: Vec<String> = r
        .obligations
        .iter()
        .filter(|o| o.kind == crate::model::DutyKind::Transparency.label())
        .map(duty)
        .collect();
    if r.in_scope {
        ask(
            "Which transparency measures apply (Art 50 of the EU AI Act)?",
            if transparency.is_empty() {
                "No transparency duty of Art 50 falls on us for this system.".to_owned()
            } else {
                format!("{}.", transparency.join("; "))
            },
        );
    }

    let gpai: Vec<String> = r
        .obligations
        .iter()
        .filter(|o| o.kind == crate::model::DutyKind::Gpai.label())
        .map(duty)
        .collect();
    let downstream = r.notes.iter().any(|n| n.id == "note.downstream_provider");
    if r.in_scope {
        ask(
            "Does the system involve a general-purpose AI model, and what are your obligations for it?",
            if !gpai.is_empty() {
                format!(
                    "We provide or represent a general-purpose AI model; our duties for it: {}.",
                    gpai.join("; ")
                )
            } else if downstream {
                "The system is built on a general-purpose AI model from another company. That model's provider has its own duties under Chapter V of the EU AI Act, including informing us about the model; the duties for our system remain ours.".to_owned()
            } else {
                "No duties for general-purpose AI models fall on us for this system.".to_owned()
            },
        );
    }

    for (question, ids, none) in [
        (
            "How is human oversight ensured?",
            OVERSIGHT,
            "The EU AI Act sets no specific human-oversight duty for this system; our own practice applies.",
        ),
        (
            "Do you keep logs of the system's operation?",
            LOGGING,
            "The EU AI Act sets no specific logging duty for this system.",
        ),
        (
            "How do you monitor the system and report incidents?",
            INCIDENTS,
            "The EU AI Act sets no specific monitoring or incident-reporting duty for this system.",
        ),
    ] {
        if !r.in_scope {
            continue;
        }
        let duties = topic(r, ids);
        ask(
            question,
            if duties.is_empty() {
                none.to_owned()
            } else {
                format!("The EU AI Act requires: {}.", duties.join("; "))
            },
        );
    }

    if !r.obligations.is_empty() {
        let controls: Vec<String> = r
            .soa
            .iter()
            .filter(|s| s.relevant)
            .map(|s| format!("{} {}", s.control, s.title))
            .collect();
        let beyond: Vec<&str> = r.iso_gaps.iter().map(|g| g.title.as_str()).collect();
        let status = match r.iso_status {
            IsoStatus::Certified => {
                "We hold ISO/IEC 42001 certification, and its scope includes this system."
            }
            IsoStatus::InPlace => {
                "We have ISO/IEC 42001 clauses and controls in place, without certification."
            }
            IsoStatus::Unknown => "We map our AI Act duties to ISO/IEC 42001.",
        };
        let mut answer = status.to_owned();
        if !controls.is_empty() {
            let _ = write!(
                answer,
                " The Annex A controls that support this system's obligations: {}.",
                controls.join("; ")
            );
        }
        if !beyond.is_empty() {
            let _ = write!(
                answer,
                " ISO/IEC 42001 gives no presumption of conformity with the EU AI Act (Art 40); beyond it, the Act requires for this system: {}.",
                beyond.join("; ")
            );
        }
        ask(
            "Are you aligned with or certified to ISO/IEC 42001?",
            answer,
        );
    }

    let open = r.summary.open_points;
    ask(
        "Is your assessment complete?",
        match (r.complete, open) {
            (true, 0) => format!(
                "Yes. Assessed on {} against the content of {}.",
                r.date, r.content_date
            ),
            (true, n) => format!(
                "Yes, with {n} point{} still being confirmed; the answers above say where.",
                if n == 1 { "" } else { "s" }
            ),
            (false, _) => "Not yet: some questions of our assessment are still open.".to_owned(),
        },
    );
    qa
}

/// Renders the answer sheet as plain text.
pub fn render_procurement(r: &Report) -> String {
    let mut out = String::new();
    let name = if r.system_name.is_empty() {
        "this AI system".to_owned()
    } else {
        inline(&r.system_name)
    };
    let _ = writeln!(out, "EU AI Act: answers for customer questionnaires");
    let _ = writeln!(out, "System: {name}");
    let _ = writeln!(
        out,
        "Prepared on {} with AI Act Check (content of {}; {}). A self-assessment, not legal advice.\n",
        r.date, r.content_date, r.legal_baseline
    );
    for p in procurement_pairs(r) {
        let _ = writeln!(out, "Q: {}\nA: {}\n", p.question, p.answer);
    }
    out
}
