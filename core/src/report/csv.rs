//! CSV: one row per obligation, and the draft Statement of Applicability. UTF-8 with a byte-order
//! mark and CRLF line ends, so spreadsheet programs open it cleanly; every cell is quoted and
//! formula-like cells are defused. Headers and words are in the report's language.

use super::Report;
use super::escape::csv as cell;

fn table(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut out = String::from("\u{feff}");
    let line =
        |cells: Vec<String>| cells.iter().map(|c| cell(c)).collect::<Vec<_>>().join(",") + "\r\n";
    out.push_str(&line(header.iter().map(|h| (*h).to_owned()).collect()));
    for r in rows {
        out.push_str(&line(r));
    }
    out
}

/// One row per obligation.
pub fn render_csv(r: &Report) -> String {
    let m = &r.messages;
    let header: Vec<&str> = [
        "csv.system",
        "csv.role",
        "csv.obligation",
        "csv.what_to_do",
        "csv.articles",
        "csv.original_date",
        "csv.amended_date",
        "csv.status",
        "csv.applies",
        "csv.penalty",
        "csv.iso_items",
        "csv.iso_fit",
        "csv.beyond_iso",
        "csv.provisional",
        "csv.plan_status",
        "csv.owner",
        "csv.due",
        "csv.evidence",
        "csv.evidence_references",
        "csv.not_applicable_because",
    ]
    .iter()
    .map(|k| m.text(k))
    .collect();
    table(
        &header,
        r.obligations.iter().map(|o| {
            vec![
                r.system_name.clone(),
                o.role_name.clone(),
                o.title.clone(),
                o.summary.clone(),
                o.refs
                    .iter()
                    .map(|c| c.text(m))
                    .collect::<Vec<_>>()
                    .join(m.text("common.separator")),
                o.original.clone().unwrap_or_default(),
                o.amended.clone(),
                o.status.clone(),
                o.timing.clone(),
                o.penalty_short.clone(),
                o.iso.items.join(" "),
                o.iso.fit_label.clone(),
                o.iso.gap.clone(),
                m.text(if o.provisional {
                    "common.yes"
                } else {
                    "common.no"
                })
                .to_owned(),
                o.plan.status_label.clone(),
                o.plan.owner.clone(),
                o.plan.due.clone(),
                o.plan.evidence.clone(),
                o.plan.references.join(m.text("common.separator")),
                o.plan.reason.clone(),
            ]
        }),
    )
}

/// The draft Statement of Applicability: one row per Annex A control.
pub fn render_soa_csv(r: &Report) -> String {
    let m = &r.messages;
    table(
        &[
            m.text("soa.csv.control"),
            m.text("soa.csv.title"),
            m.text("soa.csv.needed"),
            m.text("soa.csv.justification"),
        ],
        r.soa.iter().map(|s| {
            vec![
                s.control.clone(),
                s.title.clone(),
                m.text(if s.relevant {
                    "common.yes"
                } else {
                    "soa.csv.not_required"
                })
                .to_owned(),
                s.reason.clone(),
            ]
        }),
    )
}

/// The plan for issue trackers: one row per obligation with the columns trackers import
/// (title, description, due date, assignee, labels, status). Labels are comma-separated.
pub fn render_tracker_csv(r: &Report) -> String {
    let m = &r.messages;
    table(
        &[
            m.text("tracker.csv.title"),
            m.text("tracker.csv.description"),
            m.text("tracker.csv.due"),
            m.text("tracker.csv.assignee"),
            m.text("tracker.csv.labels"),
            m.text("tracker.csv.status"),
        ],
        r.obligations.iter().map(|o| {
            let articles: Vec<String> = o.refs.iter().map(|c| c.text(m)).collect();
            let mut description = vec![
                o.summary.clone(),
                m.fmt(
                    "duty.role_and_articles",
                    &[("role", &o.role_name), ("articles", &articles.join(", "))],
                ),
                o.when_line(m),
                m.fmt("duty.penalty", &[("penalty", &o.penalty_short)]),
                m.fmt("duty.iso", &[("coverage", &o.iso_line(m))]),
            ];
            for (label, value) in [
                ("csv.evidence", &o.plan.evidence),
                ("csv.not_applicable_because", &o.plan.reason),
            ] {
                if !value.is_empty() {
                    description.push(format!("{} {value}", m.label(label)));
                }
            }
            if !o.plan.references.is_empty() {
                description.push(m.fmt(
                    "duty.see",
                    &[(
                        "references",
                        &o.plan.references.join(m.text("common.separator")),
                    )],
                ));
            }
            let kind = o.kind.to_lowercase().replace(' ', "-");
            vec![
                if r.system_name.is_empty() {
                    o.title.clone()
                } else {
                    format!("{} ({})", o.title, r.system_name)
                },
                description.join("\n"),
                o.plan.due.clone(),
                o.plan.owner.clone(),
                format!("ai-act,{},{}", o.role.replace('_', "-"), kind),
                o.plan.status_label.clone(),
            ]
        }),
    )
}
