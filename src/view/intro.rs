//! The intro: what the tool does and does not do, privacy, the legal baseline and content date,
//! and the saved assessments. A first-time visitor finds the first question right here.

use super::{Page, button, esc, question, system_name};
use aiact_core::labels::human_date;
use std::fmt::Write as _;

/// Renders the intro screen.
pub fn render(out: &mut String, p: &Page<'_>) {
    out.push_str("<section class=\"intro\" data-testid=\"intro\">");
    let first = p.catalog.questions().next();
    match first {
        Some(q) if p.current.answers.is_empty() => {
            out.push_str("<p class=\"lead\">Does the EU AI Act apply to your AI system, and what must you do? Start with the first question:</p>");
            question::render(out, p, q, false);
        }
        _ => {
            out.push_str("<h1 tabindex=\"-1\">Does the EU AI Act apply to your AI system, and what must you do?</h1><div class=\"nav-buttons\">");
            button(
                out,
                "primary",
                "continue-assessment",
                "resume",
                "",
                "Continue where I left off",
            );
            button(
                out,
                "secondary",
                "start",
                "start-new",
                "",
                "Start a new assessment",
            );
            out.push_str("</div>");
        }
    }
    let v = &p.catalog.version;
    let _ = write!(
        out,
        "<h2>About this check</h2><p>Answer plain-language questions about one AI system or general-purpose AI model. You get the risk tier, your role, the obligations with their articles, dates and penalty ceilings, how ISO/IEC 42001 covers them, and a report to download. Help is on every question, and \u{201c}Not sure\u{201d} is always a fair answer.</p>\
<ul class=\"facts\"><li><strong>Private:</strong> your answers are saved only in this browser. Nothing is sent anywhere; there is no tracking.</li>\
<li><strong>One system at a time:</strong> assess each AI system separately; you can keep several assessments here.</li>\
<li><strong>Not legal advice:</strong> a structured self-assessment that shows its reasoning, for scoping and for conversations with your legal team.</li>\
<li><strong>Current law:</strong> {}. Content of {}.</li></ul>\
<div class=\"open-file\"><label for=\"open-file\" class=\"input-label\">Open an answers file or JSON report</label><input id=\"open-file\" type=\"file\" accept=\".json,application/json\" data-testid=\"open-file\"></div>",
        esc(&v.legal_baseline),
        esc(&human_date(&v.content_date)),
    );
    library(out, p);
    method(out, p);
    out.push_str("<details class=\"help\"><summary>Content updates</summary><ul>");
    for c in &v.changes {
        let _ = write!(
            out,
            "<li>{}: {}</li>",
            esc(&human_date(&c.date)),
            esc(&c.summary)
        );
    }
    out.push_str("</ul></details></section>");
}

/// The saved assessments, with open, rename, duplicate and delete.
fn library(out: &mut String, p: &Page<'_>) {
    if p.library.is_empty() {
        return;
    }
    out.push_str(
        "<h2>Your assessments in this browser</h2><ul class=\"library\" data-testid=\"library\">",
    );
    for (id, env) in p.library {
        let name = esc(&system_name(env));
        let tier = env
            .result
            .as_ref()
            .map_or("not started", |r| r.tier.label());
        let at = format!(" data-id=\"{}\"", esc(id));
        let _ = write!(
            out,
            "<li data-testid=\"library-entry\"><span class=\"entry-name\">{name}</span><span class=\"entry-meta\"> \u{2014} {tier}; changed {}</span><div class=\"entry-actions\">",
            esc(env.updated.replace('T', " ").trim_end_matches('Z')),
        );
        button(
            out,
            "link",
            "open",
            "open",
            &at,
            &format!("Open<span class=\"visually-hidden\"> {name}</span>"),
        );
        button(
            out,
            "link",
            "rename",
            "rename",
            &at,
            &format!("Rename<span class=\"visually-hidden\"> {name}</span>"),
        );
        button(
            out,
            "link",
            "duplicate",
            "duplicate",
            &at,
            &format!("Duplicate<span class=\"visually-hidden\"> {name}</span>"),
        );
        button(
            out,
            "link",
            "delete",
            "delete",
            &at,
            &format!("Delete<span class=\"visually-hidden\"> {name}</span>"),
        );
        out.push_str("</div>");
        if p.renaming == Some(id.as_str()) {
            let input_id = esc(&format!("rename-{id}"));
            let _ = write!(
                out,
                "<form class=\"rename\" data-action=\"rename-save\"{at}><label for=\"{input_id}\">New name</label><input id=\"{input_id}\" type=\"text\" maxlength=\"200\" value=\"{}\" data-testid=\"rename-input\"><button type=\"submit\" class=\"secondary\">Save name</button></form>",
                esc(&env.name)
            );
        }
        out.push_str("</li>");
    }
    out.push_str("</ul>");
}

/// The decision logic in the open: the tier rules in the order they are tried, each with its
/// articles. (Shown once the whole content has loaded.)
fn method(out: &mut String, p: &Page<'_>) {
    if p.catalog.tier_rules.is_empty() {
        return;
    }
    out.push_str("<details class=\"help\" data-testid=\"method\"><summary>How the result is decided</summary><p>Every answer is checked against fixed rules written from the AI Act; no AI decides your classification. The rules are tried in this order and the first that matches gives the tier; roles and obligations are then collected from their own conditions. Each question names the articles behind it.</p><ol>");
    for r in &p.catalog.tier_rules {
        let refs: Vec<String> = r.refs.iter().map(|x| x.label()).collect();
        let _ = write!(
            out,
            "<li><strong>{}</strong>: {} ({})</li>",
            esc(r.tier.label()),
            esc(&r.title),
            esc(&refs.join(", "))
        );
    }
    out.push_str("</ol></details>");
}
