//! `aiact questions`: the questions an assessment still lacks, in the order they are asked.

use crate::clock::Clock;
use crate::error::CliError;
use crate::opened::Opened;
use crate::style::{DIM, STRONG, paint};
use crate::{input, out, style};
use aiact_core::{Catalog, flow};

/// Runs `aiact questions`.
pub fn run(cat: &Catalog, clock: &Clock, file: &str) -> Result<u8, CliError> {
    let opened = Opened::new(cat, input::read(file, clock)?, &clock.today);
    for n in opened.notes(cat) {
        style::note(&n);
    }
    let env = &opened.env;
    let f = flow(cat, &env.answers);
    let mut text = String::new();
    for q in f.visible.iter().filter(|q| !f.is_answered(&q.id)) {
        let section = cat
            .section_of(&q.id)
            .map(|s| s.title.as_str())
            .unwrap_or_default();
        let unfit = if env.answers.contains_key(&q.id) {
            " (the saved answer does not fit this question)"
        } else {
            ""
        };
        text.push_str(&format!(
            "{}  {} {}{unfit}\n",
            paint(STRONG, &q.id),
            paint(DIM, format!("[{section}]")),
            q.text
        ));
    }
    let open = f.visible.len().saturating_sub(f.effective.len());
    if open == 0 {
        anstream::eprintln!("Every question shown is answered.");
    } else {
        anstream::eprintln!(
            "{open} question{} still lack{} an answer; answering {} may bring up more.",
            if open == 1 { "" } else { "s" },
            if open == 1 { "s" } else { "" },
            if open == 1 { "it" } else { "them" },
        );
    }
    out::print(&text)?;
    Ok(0)
}
