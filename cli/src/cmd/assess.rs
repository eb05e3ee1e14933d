//! `aiact assess`: the report, rendered by the same functions the web page downloads with.

use crate::args::{AssessArgs, Format};
use crate::clock::Clock;
use crate::error::CliError;
use crate::opened::Opened;
use crate::{input, out, style};
use aiact_core::Catalog;
use aiact_core::envelope::Envelope;
use aiact_core::report::{self, Report};

/// Renders a report in a format, exactly as the page's download of that format.
pub fn render(format: Format, r: &Report, env: &Envelope) -> String {
    match format {
        Format::Md => report::render_markdown(r),
        Format::Html => report::render_html(r),
        Format::Json => report::render_json(r, env),
        Format::Csv => report::render_csv(r),
        Format::Procurement => report::render_procurement(r),
        Format::Soa => report::render_soa_csv(r),
        Format::Ics => report::render_ics(r, env),
        Format::Tracker => report::render_tracker_csv(r),
    }
}

/// Runs `aiact assess`.
pub fn run(cat: &Catalog, clock: &Clock, args: &AssessArgs) -> Result<u8, CliError> {
    let opened = Opened::new(cat, input::read(&args.file, clock)?, &clock.today);
    for n in opened.notes(cat).iter().chain(&opened.unanswered_note()) {
        style::note(n);
    }
    let text = render(args.format, &opened.report(cat, &clock.today), &opened.env);
    match &args.out {
        Some(path) => std::fs::write(path, text).map_err(|source| CliError::Write {
            what: path.clone(),
            source,
        })?,
        None => out::print_exact(&text)?,
    }
    Ok(0)
}
