//! The summary as plain text, for the "Copy summary" button and chat messages.

use super::Report;
use std::fmt::Write as _;

/// The result at a glance in plain text: name and date, result, high-risk, roles, obligations
/// with the next date, open points and the checklist.
pub fn render_summary_text(r: &Report) -> String {
    let s = &r.summary;
    let name = if r.system_name.is_empty() {
        "Unnamed system".to_owned()
    } else {
        super::escape::plain_line(&r.system_name)
    };
    let mut out = String::new();
    let _ = writeln!(out, "EU AI Act self-assessment: {name} ({})", r.date);
    let _ = writeln!(out, "Result: {}", s.headline);
    let _ = writeln!(out, "{}", s.high_risk_label);
    if !s.roles.is_empty() {
        let _ = writeln!(out, "Roles: {}", s.roles.join(", "));
    }
    let next = s
        .next_date
        .as_ref()
        .map(|d| format!("; next date: {}", d.describe()))
        .unwrap_or_default();
    let _ = writeln!(out, "Obligations: {}{next}", s.obligations);
    if s.open_points > 0 {
        let _ = writeln!(out, "Open points: {}", s.open_points);
    }
    if r.plan.started {
        let _ = writeln!(out, "Plan: {}", r.plan.counts());
    }
    if !s.checklist.is_empty() {
        let _ = writeln!(out, "Checklist:");
        for c in &s.checklist {
            let _ = writeln!(out, "- {} {}", c.title, c.details());
        }
    }
    let _ = writeln!(
        out,
        "Made with AI Act Check, content of {}; a self-assessment, not legal advice.",
        r.content_date
    );
    out
}
