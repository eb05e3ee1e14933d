//! CSV: one row per obligation, and the draft Statement of Applicability. UTF-8 with a byte-order
//! mark and CRLF line ends, so spreadsheet programs open it cleanly; every cell is quoted and
//! formula-like cells are defused.

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
    table(
        &[
            "System",
            "Role",
            "Obligation",
            "What to do",
            "Articles",
            "Original date",
            "Amended date",
            "Status",
            "Applies",
            "Penalty ceiling",
            "ISO/IEC 42001 items",
            "ISO/IEC 42001 fit",
            "Beyond ISO/IEC 42001",
            "Provisional",
            "Plan status",
            "Owner",
            "Due",
            "Evidence",
            "Evidence references",
            "Not applicable because",
        ],
        r.obligations.iter().map(|o| {
            vec![
                r.system_name.clone(),
                o.role_name.clone(),
                o.title.clone(),
                o.summary.clone(),
                o.refs
                    .iter()
                    .map(|c| c.text())
                    .collect::<Vec<_>>()
                    .join("; "),
                o.original.clone().unwrap_or_default(),
                o.amended.clone(),
                o.status.clone(),
                o.timing.clone(),
                o.penalty_short.clone(),
                o.iso.items.join(" "),
                o.iso.fit_label.clone(),
                o.iso.gap.clone(),
                if o.provisional { "yes" } else { "no" }.to_owned(),
                o.plan.status_label.clone(),
                o.plan.owner.clone(),
                o.plan.due.clone(),
                o.plan.evidence.clone(),
                o.plan.references.join("; "),
                o.plan.reason.clone(),
            ]
        }),
    )
}

/// The draft Statement of Applicability: one row per Annex A control.
pub fn render_soa_csv(r: &Report) -> String {
    table(
        &["Control", "Title", "Needed for the AI Act", "Justification"],
        r.soa.iter().map(|s| {
            vec![
                s.control.clone(),
                s.title.clone(),
                if s.relevant {
                    "yes"
                } else {
                    "not required by the AI Act for this system"
                }
                .to_owned(),
                s.reason.clone(),
            ]
        }),
    )
}

/// The plan for issue trackers: one row per obligation with the columns trackers import
/// (title, description, due date, assignee, labels, status). Labels are comma-separated.
pub fn render_tracker_csv(r: &Report) -> String {
    table(
        &[
            "Title",
            "Description",
            "Due date",
            "Assignee",
            "Labels",
            "Status",
        ],
        r.obligations.iter().map(|o| {
            let articles: Vec<String> = o.refs.iter().map(|c| c.text()).collect();
            let mut description = vec![
                o.summary.clone(),
                format!("As {}. Articles: {}.", o.role_name, articles.join(", ")),
                o.when_line(),
                format!("Penalty ceiling: {}.", o.penalty_short),
                format!("ISO/IEC 42001: {}.", o.iso_line()),
            ];
            for (label, value) in [
                ("Evidence", &o.plan.evidence),
                ("Not applicable because", &o.plan.reason),
            ] {
                if !value.is_empty() {
                    description.push(format!("{label}: {value}"));
                }
            }
            if !o.plan.references.is_empty() {
                description.push(format!("See: {}", o.plan.references.join("; ")));
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
