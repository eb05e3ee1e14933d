//! The procurement answer sheet: question and answer pairs in the company's own voice, covering
//! what customers' AI questionnaires ask, ready to paste. Plain text; the tool's own question
//! texts never appear, and what rests on "not sure" answers says so.

use super::{IsoStatus, ObligationPart, Report};
use crate::i18n::Messages;
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

fn duty(m: &Messages, o: &ObligationPart) -> String {
    let refs: Vec<String> = o.refs.iter().map(|c| c.text(m)).collect();
    let mut details = vec![
        refs.join(", "),
        m.fmt("procurement.duty.when", &[("when", &o.timing)]),
    ];
    if o.provisional {
        details.push(m.text("common.to_be_confirmed").to_owned());
    }
    // Only what the company itself recorded in its plan.
    match o.plan.status.as_str() {
        "done" => details.push(m.text("procurement.status.in_place").to_owned()),
        "in_progress" => details.push(m.text("procurement.status.in_progress").to_owned()),
        _ => {}
    }
    m.fmt(
        "procurement.duty",
        &[
            ("title", &o.title),
            ("details", &details.join(m.text("common.separator"))),
        ],
    )
}

fn topic(r: &Report, ids: &[&str]) -> Vec<String> {
    r.obligations
        .iter()
        .filter(|o| ids.contains(&o.id.as_str()))
        .map(|o| duty(&r.messages, o))
        .collect()
}

/// The question and answer pairs of the sheet.
pub fn procurement_pairs(r: &Report) -> Vec<QaPair> {
    let m = &r.messages;
    let sep = m.text("common.separator");
    let name = if r.system_name.is_empty() {
        m.text("procurement.this_system").to_owned()
    } else {
        inline(&r.system_name)
    };
    let tbc = |p: bool| {
        if p {
            format!(" {}", m.text("procurement.still_to_confirm"))
        } else {
            String::new()
        }
    };
    let mut qa: Vec<QaPair> = vec![];
    let mut ask = |q: &str, a: String| {
        qa.push(QaPair {
            question: m.text(q).to_owned(),
            answer: a,
        })
    };

    ask(
        "procurement.q.applies",
        if r.in_scope {
            m.fmt("procurement.a.applies", &[("name", &name)])
                + &tbc(r.tier.provisional && r.tier.id != "prohibited")
        } else {
            m.fmt(
                "procurement.a.does_not_apply",
                &[("conclusion", &r.tier.title)],
            ) + &tbc(r.tier.provisional)
        },
    );
    let high_risk = match r.summary.high_risk.as_str() {
        "yes" => m.fmt(
            "procurement.a.high_risk.yes",
            &[
                ("conclusion", &r.tier.title),
                (
                    "articles",
                    &r.tier
                        .refs
                        .iter()
                        .map(|c| c.text(m))
                        .collect::<Vec<_>>()
                        .join(", "),
                ),
            ],
        ),
        "to_be_confirmed" => m.fmt(
            "procurement.a.high_risk.to_be_confirmed",
            &[("tier", &r.tier.label)],
        ),
        _ if r.in_scope => m.fmt("procurement.a.high_risk.no", &[("tier", &r.tier.label)]),
        _ => m.text("procurement.a.high_risk.out_of_scope").to_owned(),
    };
    ask("procurement.q.high_risk", high_risk);

    let banned = r.review.iter().filter(|p| p.tier == "prohibited").count();
    ask(
        "procurement.q.prohibited",
        if r.tier.id == "prohibited" {
            m.fmt(
                "procurement.a.prohibited.found",
                &[("conclusion", &r.tier.title)],
            )
        } else if banned > 0 {
            m.text("procurement.a.prohibited.under_review").to_owned()
        } else if r.in_scope {
            m.text("procurement.a.prohibited.no").to_owned()
        } else {
            m.text("procurement.a.prohibited.out_of_scope").to_owned()
        },
    );

    if !r.roles.is_empty() {
        let roles: Vec<String> = r
            .roles
            .iter()
            .map(|x| {
                m.fmt(
                    if x.provisional {
                        "procurement.role.to_be_confirmed"
                    } else {
                        "procurement.role"
                    },
                    &[("role", &x.name)],
                )
            })
            .collect();
        ask(
            "procurement.q.roles",
            m.fmt(
                "procurement.a.roles",
                &[
                    ("roles", &roles.join(m.text("procurement.roles.and"))),
                    ("name", &name),
                ],
            ),
        );
    }

    if !r.obligations.is_empty() {
        let mut by_role: Vec<(&str, Vec<String>)> = vec![];
        for o in &r.obligations {
            match by_role.iter_mut().find(|(role, _)| *role == o.role_name) {
                Some((_, v)) => v.push(duty(m, o)),
                None => by_role.push((&o.role_name, vec![duty(m, o)])),
            }
        }
        let parts: Vec<String> = by_role
            .iter()
            .map(|(role, duties)| {
                m.fmt(
                    "procurement.a.duties",
                    &[("role", role), ("duties", &duties.join(sep))],
                )
            })
            .collect();
        ask("procurement.q.duties", parts.join(" "));
    }

    let of_kind = |kind: crate::model::DutyKind| -> Vec<String> {
        r.obligations
            .iter()
            .filter(|o| o.kind == kind.label_in(m))
            .map(|o| duty(m, o))
            .collect()
    };
    let transparency = of_kind(crate::model::DutyKind::Transparency);
    if r.in_scope {
        ask(
            "procurement.q.transparency",
            if transparency.is_empty() {
                m.text("procurement.a.transparency.none").to_owned()
            } else {
                m.fmt(
                    "procurement.a.transparency",
                    &[("duties", &transparency.join(sep))],
                )
            },
        );
    }

    let gpai = of_kind(crate::model::DutyKind::Gpai);
    let downstream = r.notes.iter().any(|n| n.id == "note.downstream_provider");
    if r.in_scope {
        ask(
            "procurement.q.gpai",
            if !gpai.is_empty() {
                m.fmt("procurement.a.gpai", &[("duties", &gpai.join(sep))])
            } else if downstream {
                m.text("procurement.a.gpai.downstream").to_owned()
            } else {
                m.text("procurement.a.gpai.none").to_owned()
            },
        );
    }

    for (question, ids, none) in [
        (
            "procurement.q.oversight",
            OVERSIGHT,
            "procurement.a.oversight.none",
        ),
        (
            "procurement.q.logging",
            LOGGING,
            "procurement.a.logging.none",
        ),
        (
            "procurement.q.incidents",
            INCIDENTS,
            "procurement.a.incidents.none",
        ),
    ] {
        if !r.in_scope {
            continue;
        }
        let duties = topic(r, ids);
        ask(
            question,
            if duties.is_empty() {
                m.text(none).to_owned()
            } else {
                m.fmt("procurement.a.requires", &[("duties", &duties.join(sep))])
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
        let mut answer = m
            .text(match r.iso_status {
                IsoStatus::Certified => "procurement.a.iso.certified",
                IsoStatus::InPlace => "procurement.a.iso.in_place",
                IsoStatus::Unknown => "procurement.a.iso.unknown",
            })
            .to_owned();
        if !controls.is_empty() {
            let _ = write!(
                answer,
                " {}",
                m.fmt(
                    "procurement.a.iso.controls",
                    &[("controls", &controls.join(sep))]
                )
            );
        }
        if !beyond.is_empty() {
            let _ = write!(
                answer,
                " {}",
                m.fmt(
                    "procurement.a.iso.beyond",
                    &[("obligations", &beyond.join(sep))]
                )
            );
        }
        ask("procurement.q.iso", answer);
    }

    let open = r.summary.open_points;
    ask(
        "procurement.q.complete",
        match (r.complete, open) {
            (true, 0) => m.fmt(
                "procurement.a.complete",
                &[("date", &r.date), ("content_date", &r.content_date)],
            ),
            (true, n) => m.fmt("procurement.a.complete.open", &[("count", &n)]),
            (false, _) => m.text("procurement.a.incomplete").to_owned(),
        },
    );
    qa
}

/// Renders the answer sheet as plain text.
pub fn render_procurement(r: &Report) -> String {
    let m = &r.messages;
    let mut out = String::new();
    let name = if r.system_name.is_empty() {
        m.text("procurement.this_system").to_owned()
    } else {
        inline(&r.system_name)
    };
    let _ = writeln!(out, "{}", m.text("procurement.title"));
    let _ = writeln!(out, "{} {name}", m.label("procurement.system"));
    let _ = writeln!(
        out,
        "{}",
        m.fmt(
            "procurement.prepared",
            &[
                ("date", &r.date),
                ("content_date", &r.content_date),
                ("baseline", &r.legal_baseline)
            ]
        )
    );
    if let Some(line) = r.content_language_line() {
        let _ = writeln!(out, "{line}");
    }
    out.push('\n');
    for p in procurement_pairs(r) {
        let _ = writeln!(
            out,
            "{} {}\n{} {}\n",
            m.label("procurement.question"),
            p.question,
            m.label("procurement.answer"),
            p.answer
        );
    }
    out
}
