//! The review: every answered, visible question with its answer and a link to change it, and
//! the system's name and description for the report.

use super::{Page, button, esc};
use std::fmt::Write as _;

/// Renders the review screen.
pub fn render(out: &mut String, p: &Page<'_>) {
    let _ = write!(
        out,
        "<section class=\"review\" data-testid=\"review\"><h1 tabindex=\"-1\">Review your answers</h1>\
<div class=\"details\"><label for=\"system-name\" class=\"input-label\">Name of the AI system (for the report)</label>\
<input id=\"system-name\" type=\"text\" maxlength=\"200\" data-testid=\"system-name\" value=\"{}\">\
<label for=\"system-description\" class=\"input-label\">Short description (optional)</label>\
<textarea id=\"system-description\" rows=\"3\" maxlength=\"2000\" data-testid=\"system-description\">{}</textarea></div>",
        esc(&p.current.name),
        esc(&p.current.description),
    );
    let mut section = "";
    for a in &p.report.answers {
        if a.section != section {
            section = &a.section;
            let _ = write!(out, "<h2>{}</h2>", esc(section));
        }
        let _ = write!(
            out,
            "<div class=\"review-item\" data-testid=\"review-item\" data-question-id=\"{}\"><p class=\"review-q\">{}</p><p class=\"review-a\"><strong>{}</strong></p>",
            esc(&a.id),
            esc(&a.question),
            esc(&a.answer),
        );
        button(
            out,
            "link",
            "edit",
            "edit",
            &format!(" data-q=\"{}\"", esc(&a.id)),
            &format!(
                "Change<span class=\"visually-hidden\"> the answer to: {}</span>",
                esc(&a.question)
            ),
        );
        out.push_str("</div>");
    }
    out.push_str("<div class=\"nav-buttons\">");
    button(out, "primary", "to-result", "result", "", "See the result");
    out.push_str("</div></section>");
}
