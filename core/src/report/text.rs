//! The summary as plain text, for the "Copy summary" button and chat messages.

use super::Report;
use std::fmt::Write as _;

/// The result at a glance in plain text: name and date, result, high-risk, roles, obligations
/// with the next date, open points and the checklist.
pub fn render_summary_text(r: &Report) -> String {
    let (s, m) = (&r.summary, &r.messages);
    let name = if r.system_name.is_empty() {
        m.text("report.unnamed").to_owned()
    } else {
        super::escape::plain_line(&r.system_name)
    };
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{} ({})",
        m.fmt("report.title", &[("name", &name)]),
        r.date
    );
    let _ = writeln!(out, "{} {}", m.label("summary.result"), s.headline);
    let _ = writeln!(out, "{}", s.high_risk_label);
    if !s.roles.is_empty() {
        let _ = writeln!(out, "{} {}", m.label("summary.roles"), s.roles.join(", "));
    }
    let next = s.next_date_suffix(m);
    let _ = writeln!(
        out,
        "{} {}{next}",
        m.label("summary.obligations"),
        s.obligations
    );
    if s.open_points > 0 {
        let _ = writeln!(out, "{} {}", m.label("summary.open_points"), s.open_points);
    }
    if r.plan.started {
        let _ = writeln!(out, "{} {}", m.label("summary.plan"), r.plan.counts(m));
    }
    if !s.checklist.is_empty() {
        let _ = writeln!(out, "{}", m.label("summary.checklist"));
        for c in &s.checklist {
            let _ = writeln!(out, "- {} {}", c.title, c.details(m));
        }
    }
    if let Some(line) = r.content_language_line() {
        let _ = writeln!(out, "{line}");
    }
    let _ = writeln!(
        out,
        "{}",
        m.fmt("summary.footer", &[("content_date", &r.content_date)])
    );
    out
}
