//! The result: the engine's report shown as the same HTML fragment as the downloadable report
//! (rendered and escaped in `aiact-core`), then the downloads and navigation.

use super::{Page, button, esc};
use std::fmt::Write as _;

/// The download buttons: `(format, test id, label)`.
const DOWNLOADS: &[(&str, &str, &str)] = &[
    ("html", "download-html", "Report (HTML, prints to PDF)"),
    ("md", "download-md", "Report (Markdown)"),
    ("csv", "download-csv", "Obligations (CSV)"),
    ("soa", "download-soa", "ISO/IEC 42001 applicability (CSV)"),
    ("json", "download-json", "Report (JSON, can be imported)"),
    (
        "procurement",
        "download-procurement",
        "Procurement answer sheet (text)",
    ),
    (
        "answers",
        "download-answers",
        "Answers file (to continue elsewhere)",
    ),
];

/// Renders the result screen.
pub fn render(out: &mut String, p: &Page<'_>) {
    let r = p.report;
    let _ = write!(
        out,
        "<section class=\"result\" data-testid=\"result\"><h1 tabindex=\"-1\">{}</h1>",
        if r.complete {
            "Result"
        } else {
            "Result so far"
        }
    );
    if !r.system_name.is_empty() {
        let _ = write!(out, "<p class=\"system-name\">{}</p>", esc(&r.system_name));
    }
    if !r.complete {
        out.push_str("<p class=\"notice\" data-testid=\"incomplete\">Some questions are still unanswered, so this result may change. ");
        button(out, "link", "answer-open", "resume", "", "Answer them");
        out.push_str("</p>");
    }
    out.push_str("<div class=\"report\">");
    out.push_str(&aiact_core::report::render_html_fragment(r));
    let _ = write!(
        out,
        "</div><p class=\"disclaimer\">{}</p><section class=\"downloads\" aria-labelledby=\"downloads-title\"><h2 id=\"downloads-title\">Download</h2><div class=\"download-buttons\">",
        esc(&r.disclaimer)
    );
    for (format, testid, label) in DOWNLOADS {
        button(
            out,
            "secondary",
            testid,
            "download",
            &format!(" data-format=\"{format}\""),
            label,
        );
    }
    button(
        out,
        "secondary",
        "share-link",
        "share",
        "",
        "Make a share link",
    );
    out.push_str("</div>");
    if let Some(url) = p.share_url {
        let _ = write!(
            out,
            "<label for=\"share-url\" class=\"input-label\">Share link: the answers are in the part after #, which browsers never send to a server</label><input id=\"share-url\" type=\"text\" readonly data-testid=\"share-url\" value=\"{}\">",
            esc(url)
        );
    }
    out.push_str("</section><div class=\"nav-buttons\">");
    button(
        out,
        "secondary",
        "review",
        "review",
        "",
        "Review or change answers",
    );
    button(out, "secondary", "home", "home", "", "All assessments");
    out.push_str("</div></section>");
}
