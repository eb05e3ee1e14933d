//! `aiact check`: the outcome as an exit code, and the result in one line.

use crate::clock::Clock;
use crate::error::CliError;
use crate::opened::Opened;
use crate::outcome::{Outcome, summary};
use crate::style::{self, BAD, CHANGED, GOOD, paint};
use crate::{input, out};
use aiact_core::Catalog;

/// Runs `aiact check`; returns the outcome's exit code.
pub fn run(cat: &Catalog, clock: &Clock, file: &str) -> Result<u8, CliError> {
    let opened = Opened::new(cat, input::read(file, clock)?, &clock.today);
    for n in opened.notes(cat) {
        style::note(&n);
    }
    let a = &opened.assessment;
    let outcome = Outcome::of(cat, a, &opened.env.plan);
    let colour = match outcome {
        Outcome::Assessed => GOOD,
        Outcome::Provisional | Outcome::Incomplete => CHANGED,
        Outcome::HighRisk | Outcome::Prohibited => BAD,
    };
    out::print(&format!(
        "{}: {}\n",
        paint(colour.bold(), outcome.word()),
        summary(cat, a, &opened.env.plan)
    ))?;
    Ok(outcome.exit_code())
}
