//! `aiact`: AI Act Check on the command line. The questionnaire in a terminal, reports, CI
//! gates, diffs, content validation and translation upkeep, all computed by `aiact-core`
//! exactly as the web page computes them.

mod args;
mod ask;
mod clock;
mod cmd;
mod content;
mod error;
mod input;
mod opened;
mod out;
mod outcome;
mod style;

use args::{Cli, Command};
use clap::Parser;
use clock::Clock;
use error::CliError;
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(&cli) {
        Ok(code) => ExitCode::from(code),
        Err(e) => {
            anstream::eprintln!("{}: {e}", style::paint(style::ERROR, "error"));
            ExitCode::from(e.exit_code())
        }
    }
}

fn run(cli: &Cli) -> Result<u8, CliError> {
    let clock = Clock::new(cli.common.today.as_deref())?;
    let dir = cli.common.content.as_deref();
    let lang = cli.common.lang.as_str();
    let catalog = || content::load(dir).and_then(|c| content::in_language(c, lang, dir));
    match &cli.command {
        Command::Ask(a) => ask::run(&catalog()?, &clock, a),
        Command::Assess(a) => cmd::assess::run(&catalog()?, &clock, a),
        Command::Check(f) => cmd::check::run(&catalog()?, &clock, &f.file),
        Command::Diff(a) => cmd::diff::run(dir, &clock, a),
        Command::Validate(a) => {
            cmd::validate::run(a.dir.as_deref().or(dir).unwrap_or(Path::new("questions")))
        }
        Command::Questions(f) => cmd::questions::run(&catalog()?, &clock, &f.file),
        Command::Translations(c) => {
            cmd::translations::run(dir.unwrap_or(Path::new("questions")), c)
        }
    }
}
