//! The procurement answer sheet: short factual statements a sales team can paste into a
//! customer's questionnaire, each followed by the answers it rests on, honest about what is
//! provisional. Plain text.

use super::{AnswerLine, Report};
use std::fmt::Write as _;

/// Keeps user text on its line ([`super::escape::plain_line`]). Every line starts with text of
/// ours, so user text never starts one (where a spreadsheet would read `=`, `+`, `-` or `@` as a
/// formula).
fn inline(s: &str) -> String {
    super::escape::plain_line(s)
}

fn basis(out: &mut String, lines: &[AnswerLine]) {
    if lines.is_empty() {
        return;
    }
    let parts: Vec<String> = lines
        .iter()
        .map(|l| format!("\u{201c}{}\u{201d} {}", l.question, inline(&l.answer)))
        .collect();
    let _ = writeln!(out, "   Based on our answers: {}", parts.join("; "));
}

/// Renders the answer sheet.
pub fn render_procurement(r: &Report) -> String {
    let mut out = String::new();
    let name = if r.system_name.is_empty() {
        "this AI system".to_owned()
    } else {
        inline(&r.system_name)
    };
    let _ = writeln!(out, "EU AI Act statements for: {name}");
    let _ = writeln!(
        out,
        "Prepared {} with AI Act Check (content of {}; {}). Self-assessment, not legal advice.\n",
        r.date, r.content_date, r.legal_baseline
    );
    let prov = |p: bool| {
        if p {
            " [provisional: rests on an answer we are not sure of]"
        } else {
            ""
        }
    };
    let mut n = 0;
    let mut item = |out: &mut String, text: String| {
        n += 1;
        let _ = writeln!(out, "{n}. {text}");
    };

    item(
        &mut out,
        format!(
            "Classification under the EU AI Act: {}.{}{}",
            r.tier.label,
            if r.in_scope {
                " The AI Act applies to this system."
            } else {
                " The AI Act does not apply to this system."
            },
            prov(r.tier.provisional)
        ),
    );
    let refs: Vec<String> = r.tier.refs.iter().map(|c| c.text()).collect();
    item(
        &mut out,
        format!("Basis: {} ({}).", r.tier.title, refs.join(", ")),
    );
    basis(&mut out, &r.tier.because);

    if !r.roles.is_empty() {
        let roles: Vec<String> = r
            .roles
            .iter()
            .map(|x| format!("{}{}", x.name, prov(x.provisional)))
            .collect();
        item(&mut out, format!("Our role: {}.", roles.join("; ")));
        for role in &r.roles {
            basis(&mut out, &role.because);
        }
    }
    let mut by_role: Vec<(&str, Vec<String>)> = vec![];
    for o in &r.obligations {
        let line = format!(
            "{} ({}; {}){}",
            o.title,
            o.refs
                .iter()
                .map(|c| c.text())
                .collect::<Vec<_>>()
                .join(", "),
            o.timing.replacen("Applies", "applies", 1),
            prov(o.provisional)
        );
        match by_role.iter_mut().find(|(role, _)| *role == o.role_name) {
            Some((_, v)) => v.push(line),
            None => by_role.push((&o.role_name, vec![line])),
        }
    }
    for (role, lines) in by_role {
        item(
            &mut out,
            format!(
                "Obligations that apply to us as {role}: {}.",
                lines.join("; ")
            ),
        );
    }
    let controls: Vec<&str> = r
        .soa
        .iter()
        .filter(|s| s.relevant)
        .map(|s| s.control.as_str())
        .collect();
    if !controls.is_empty() {
        item(
            &mut out,
            format!(
                "ISO/IEC 42001 Annex A controls relevant to these obligations: {}.",
                controls.join(", ")
            ),
        );
    }
    if !r.iso_gaps.is_empty() {
        let gaps: Vec<&str> = r.iso_gaps.iter().map(|g| g.title.as_str()).collect();
        item(
            &mut out,
            format!(
                "AI Act duties beyond ISO/IEC 42001 for this system: {}.",
                gaps.join("; ")
            ),
        );
    }
    if r.open_points.is_empty() && r.complete {
        item(
            &mut out,
            "Open points: none; every question of the assessment was answered with certainty."
                .into(),
        );
    } else {
        let qs: Vec<&str> = r.open_points.iter().map(|p| p.question.as_str()).collect();
        let mut text = String::from("Open points: ");
        if !r.complete {
            text.push_str("the assessment is not complete. ");
        }
        if !qs.is_empty() {
            text.push_str(&format!("We are still confirming: {}.", qs.join(" / ")));
        }
        item(&mut out, text.trim_end().to_owned());
    }
    out
}
