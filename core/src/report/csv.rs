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
