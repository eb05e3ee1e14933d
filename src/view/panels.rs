//! Pieces shown around the screens: notices, the content-update notice, the share-link
//! confirmation, progress by section, and the likely result while answering.

use super::{Page, button, esc};
use aiact_core::flow::SectionState;
use aiact_core::labels::human_date;
use std::fmt::Write as _;

/// Notices, each dismissible, some with an action.
pub fn notices(out: &mut String, p: &Page<'_>) {
    out.push_str(
        "<div class=\"notices\" role=\"status\" aria-live=\"polite\" data-testid=\"notices\">",
    );
    for (i, n) in p.notices.iter().enumerate() {
        let _ = write!(
            out,
            "<div class=\"notice\" data-testid=\"notice\"><p>{}</p>",
            esc(&n.text)
        );
        let at = format!(" data-i=\"{i}\"");
        if n.offer_export {
            button(
                out,
                "secondary",
                "notice-export",
                "download",
                " data-format=\"answers\"",
                "Download the answers file",
            );
        }
        if n.undo.is_some() {
            button(out, "secondary", "undo", "undo", &at, "Undo");
        }
        if n.retry {
            button(
                out,
                "secondary",
                "retry-content",
                "retry-content",
                &at,
                "Try again",
            );
        }
        button(out, "link", "dismiss", "dismiss", &at, "Dismiss");
        out.push_str("</div>");
    }
    out.push_str("</div>");
}

/// What a content update changed in the open assessment.
pub fn upgrade_notice(out: &mut String, p: &Page<'_>) {
    let Some(r) = p.upgrade else { return };
    let text = |id: &String| {
        p.catalog
            .question(id)
            .map_or_else(|| id.clone(), |q| q.text.clone())
    };
    let _ = write!(
        out,
        "<section class=\"panel\" data-testid=\"upgrade-notice\" aria-labelledby=\"upgrade-title\"><h2 id=\"upgrade-title\">The questionnaire was updated</h2><p>Your answers were given with the content of {}; they now use the content of {}. Every answer was kept.</p>",
        esc(&human_date(&r.from_content_date)),
        esc(&human_date(&r.to_content_date)),
    );
    match (&r.before, &r.after) {
        (Some(b), Some(a)) if b.tier != a.tier => {
            let _ = write!(
                out,
                "<p><strong>The result changed from {} to {}.</strong></p>",
                b.tier.label(),
                a.tier.label()
            );
        }
        (Some(b), Some(a)) if b != a => {
            out.push_str(
                "<p><strong>The tier is the same; the roles or obligations changed.</strong></p>",
            );
        }
        _ => {}
    }
    let mut list = |title: &str, items: Vec<String>| {
        if items.is_empty() {
            return;
        }
        let _ = write!(out, "<p>{title}</p><ul>");
        for i in items {
            let _ = write!(out, "<li>{}</li>", esc(&i));
        }
        out.push_str("</ul>");
    };
    list(
        "Questions asked differently now (please check your answers):",
        r.changed.iter().chain(&r.invalid).map(text).collect(),
    );
    list("New questions for you:", r.added.iter().map(text).collect());
    list(
        "Questions that were removed (your answers are kept aside):",
        r.removed.iter().map(|(id, _)| id.clone()).collect(),
    );
    button(
        out,
        "secondary",
        "upgrade-dismiss",
        "dismiss-upgrade",
        "",
        "Dismiss",
    );
    out.push_str("</section>");
}

/// The confirmation of a share link or file import, showing what it holds.
pub fn share_import(out: &mut String, p: &Page<'_>) {
    let Some(pending) = p.pending else { return };
    let env = &pending.envelope;
    // With only the first screen's content at hand, the preview cannot judge the answers yet.
    let summary = if p.ready {
        let known = env
            .answers
            .keys()
            .filter(|q| p.catalog.question(q).is_some())
            .count();
        let preview = aiact_core::assess(p.catalog, &env.answers, &crate::state::today());
        format!(
            "{known} answers, result so far: {}",
            preview.tier.tier.label()
        )
    } else {
        format!("{} answers", env.answers.len())
    };
    let _ = write!(
        out,
        "<section class=\"panel\" data-testid=\"share-import\" aria-labelledby=\"share-title\"><h2 id=\"share-title\">Open a shared assessment?</h2><p>From {}: \u{201c}{}\u{201d}, content of {}: {}.</p><p>It will be added as a new assessment in this browser; your own assessments are not changed.</p><div class=\"nav-buttons\">",
        esc(&pending.source),
        esc(&super::system_name(env)),
        esc(&human_date(&env.content_date)),
        esc(&summary),
    );
    button(
        out,
        "primary",
        "share-accept",
        "import-accept",
        "",
        "Add it as a new assessment",
    );
    button(
        out,
        "secondary",
        "share-reject",
        "import-reject",
        "",
        "Ignore it",
    );
    out.push_str("</div></section>");
}

/// Progress by section: done, open, skipped, and how many may still follow.
pub fn progress(out: &mut String, p: &Page<'_>) {
    let sections = aiact_core::flow(p.catalog, &p.current.answers).progress(p.catalog);
    out.push_str("<nav class=\"progress\" aria-label=\"Progress\" data-testid=\"progress\"><ol>");
    let mut later = 0;
    for s in &sections {
        let (class, status) = match s.state {
            SectionState::Done => ("done", "done".to_owned()),
            SectionState::Open => ("open", format!("{} of {} answered", s.answered, s.visible)),
            SectionState::NotNeeded => ("skipped", "does not apply".to_owned()),
            SectionState::Later => {
                later += 1;
                continue;
            }
        };
        let _ = write!(
            out,
            "<li class=\"{class}\">{}<span class=\"status\"> ({status})</span></li>",
            esc(&s.title)
        );
    }
    if later > 0 {
        let _ = write!(
            out,
            "<li class=\"later\">up to {later} more sections, depending on your answers</li>"
        );
    }
    out.push_str("</ol></nav>");
}

/// The likely result while answering (screen readers hear changes from the app's announcer).
pub fn so_far(out: &mut String, p: &Page<'_>) {
    let a = p.assessment;
    out.push_str("<aside class=\"so-far\" data-testid=\"so-far\">");
    if a.answered > 0 {
        let _ = write!(
            out,
            "Likely result so far: {}{}. It can still change with the questions ahead.",
            a.tier.tier.label(),
            if a.tier.provisional {
                " (provisional)"
            } else {
                ""
            }
        );
    }
    out.push_str("</aside>");
}
