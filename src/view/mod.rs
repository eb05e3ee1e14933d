//! The page as HTML, rendered from a snapshot of the state by pure functions.
//!
//! Rendering markup as strings (instead of one generic view type per element) keeps the wasm
//! small. Every piece of user text goes through [`esc`]; interactive elements carry a
//! `data-action` that the one delegated event handler in `events.rs` dispatches.

mod intro;
mod panels;
mod question;
mod result;
mod review;

use crate::state::{Notice, PendingImport, Screen};
use aiact_core::envelope::Envelope;
use aiact_core::report::{Cite, Report};
use aiact_core::upgrade::UpgradeReport;
use aiact_core::{Assessment, Catalog};
use std::fmt::Write as _;

/// Escapes text for HTML.
pub fn esc(s: &str) -> String {
    aiact_core::report::escape::html(s)
}

/// Everything the page shows, borrowed from the state.
pub struct Page<'a> {
    /// The content.
    pub catalog: &'a Catalog,
    /// What the main area shows.
    pub screen: &'a Screen,
    /// The open assessment.
    pub current: &'a Envelope,
    /// The saved assessments, `(id, envelope)`.
    pub library: &'a [(String, Envelope)],
    /// Notices.
    pub notices: &'a [Notice],
    /// A share link or file waiting for confirmation.
    pub pending: Option<&'a PendingImport>,
    /// What a content update changed.
    pub upgrade: Option<&'a UpgradeReport>,
    /// The assessment.
    pub assessment: &'a Assessment,
    /// The report model.
    pub report: &'a Report,
    /// A share link made on request.
    pub share_url: Option<&'a str>,
    /// Id of the library entry being renamed.
    pub renaming: Option<&'a str>,
    /// A problem with the answer just given (e.g. nothing ticked).
    pub answer_error: Option<&'a str>,
    /// Whether all the content is loaded.
    pub ready: bool,
    /// Whether loading the rest of the content failed.
    pub load_failed: bool,
}

/// Renders the main area.
pub fn render(p: &Page<'_>) -> String {
    let mut out = String::with_capacity(8 * 1024);
    panels::notices(&mut out, p);
    panels::upgrade_notice(&mut out, p);
    panels::share_import(&mut out, p);
    match p.screen {
        Screen::Intro => intro::render(&mut out, p),
        Screen::Question(id) => match p.catalog.question(id) {
            Some(q) => {
                panels::progress(&mut out, p);
                question::render(&mut out, p, q, true);
                panels::so_far(&mut out, p);
            }
            None => result::render(&mut out, p),
        },
        Screen::Review => {
            panels::progress(&mut out, p);
            review::render(&mut out, p);
        }
        Screen::Result => {
            panels::progress(&mut out, p);
            result::render(&mut out, p);
        }
        Screen::Loading => {
            out.push_str("<section class=\"loading\" data-testid=\"loading\"><h1 tabindex=\"-1\">Loading the rest of the questionnaire\u{2026}</h1><p>Your answers are saved.</p>");
            if p.load_failed {
                out.push_str("<p>It could not be loaded. Check the connection and try again.</p><div class=\"nav-buttons\">");
                button(
                    &mut out,
                    "primary",
                    "retry-content",
                    "retry-content",
                    "",
                    "Try again",
                );
                button(
                    &mut out,
                    "secondary",
                    "home",
                    "home",
                    "",
                    "Back to the start",
                );
                out.push_str("</div>");
            }
            out.push_str("</section>");
        }
    }
    out
}

/// Citations as a list of links to EUR-Lex.
fn cites(out: &mut String, cites: &[Cite]) {
    if cites.is_empty() {
        return;
    }
    out.push_str("<ul class=\"refs\">");
    for c in cites {
        match &c.url {
            Some(u) => {
                let _ = write!(
                    out,
                    "<li><a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}<span class=\"visually-hidden\"> (EUR-Lex, opens in a new tab)</span></a>{}</li>",
                    esc(u),
                    esc(&c.label),
                    if c.to_confirm {
                        " (to be confirmed)"
                    } else {
                        ""
                    }
                );
            }
            None => {
                let _ = write!(out, "<li>{}</li>", esc(&c.label));
            }
        }
    }
    out.push_str("</ul>");
}

/// A button that triggers an action; `attrs` are extra `data-*` attributes, already escaped.
fn button(out: &mut String, class: &str, testid: &str, action: &str, attrs: &str, label: &str) {
    let _ = write!(
        out,
        "<button type=\"button\" class=\"{class}\" data-testid=\"{testid}\" data-action=\"{action}\"{attrs}>{label}</button>"
    );
}

/// The name people gave a system, or a placeholder.
fn system_name(env: &Envelope) -> String {
    if env.name.is_empty() {
        "Unnamed system".to_owned()
    } else {
        env.name.clone()
    }
}

#[cfg(test)]
mod tests;
