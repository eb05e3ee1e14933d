//! `aiact ask`: the questionnaire in a terminal, or read line by line from standard input.
//! The same questions, help, "not sure" answers and branching as the page (all from
//! `aiact_core::flow`); the answers file is saved after every answer.

mod choices;
mod lines;
mod terminal;

use crate::args::AskArgs;
use crate::clock::Clock;
use crate::error::CliError;
use crate::input;
use crate::opened::Opened;
use crate::outcome::{Outcome, summary};
use crate::style::{self, DIM, STRONG, paint};
use aiact_core::envelope::Envelope;
use aiact_core::flow::accepts;
use aiact_core::model::{Question, Section};
use aiact_core::{Answer, Catalog, assess, flow};
use std::io::IsTerminal;
use std::path::Path;

/// A question to ask, with what the person needs to see around it.
pub struct Asked<'a> {
    /// The question.
    pub question: &'a Question,
    /// Its section.
    pub section: Option<&'a Section>,
    /// Whether the section differs from the previous question's.
    pub new_section: bool,
    /// The answer saved, if any.
    pub current: Option<&'a Answer>,
    /// Answered and shown questions so far.
    pub progress: (usize, usize),
    /// Whether there is a question to go back to.
    pub can_go_back: bool,
    /// The help with its sources, as [`help_text`] gives it.
    pub help: String,
}

/// What the person did with a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// Answered it.
    Answer(Answer),
    /// Went back to the previous question.
    Back,
    /// Stopped for now.
    Stop,
}

/// A way of asking: a terminal UI, or lines in and out.
pub trait Prompter {
    /// Asks one question.
    fn ask(&mut self, asked: &Asked<'_>) -> Result<Step, CliError>;
    /// Asks for the system's name when a new file is started (only where it helps).
    fn name(&mut self) -> Result<Option<String>, CliError>;
    /// Tells the person something.
    fn say(&mut self, text: &str);
}

/// The help of a question with its sources, as the page shows it under "What does this mean?".
pub fn help_text(cat: &Catalog, q: &Question) -> String {
    let mut text = q.help.clone();
    if !q.details.is_empty() {
        text.push('\n');
        text.push_str(&q.details);
    }
    let refs = aiact_core::report::cites(cat, &q.refs);
    if !refs.is_empty() {
        let sources: Vec<String> = refs
            .iter()
            .map(|c| match &c.url {
                Some(url) => format!("{} <{url}>", c.text(&cat.messages)),
                None => c.text(&cat.messages),
            })
            .collect();
        text.push_str(&format!("\nSources: {}", sources.join("; ")));
    }
    text
}

/// Runs `aiact ask`.
pub fn run(cat: &Catalog, clock: &Clock, args: &AskArgs) -> Result<u8, CliError> {
    let (env, fresh) = start(cat, clock, args)?;
    let plain = args.plain || !std::io::stdin().is_terminal() || !std::io::stderr().is_terminal();
    if plain {
        session(cat, clock, args, env, fresh, &mut lines::Lines::stdio())
    } else {
        session(cat, clock, args, env, fresh, &mut terminal::Terminal::new())
    }
}

/// The assessment to continue, and whether it is new (not yet saved in FILE).
fn start(cat: &Catalog, clock: &Clock, args: &AskArgs) -> Result<(Envelope, bool), CliError> {
    let exists = args.file.exists();
    if let Some(from) = &args.from {
        if exists {
            return Err(CliError::Usage(format!(
                "{} exists already; --from starts a new answers file, so give a new FILE name",
                args.file.display()
            )));
        }
        return Ok((input::read(from, clock)?, true));
    }
    if !exists {
        return Ok((Envelope::new(&cat.version.content_date, &clock.now), true));
    }
    let what = args.file.display().to_string();
    let text = input::read_file(&args.file)?;
    let env = input::from_text(&what, &text)?;
    if !input::is_answers_file(&text) {
        return Err(CliError::Usage(format!(
            "{what} is a report, not an answers file, and `aiact ask` would overwrite it; continue from it with `aiact ask NEW.json --from {what}`"
        )));
    }
    Ok((env, false))
}

fn session(
    cat: &Catalog,
    clock: &Clock,
    args: &AskArgs,
    env: Envelope,
    fresh: bool,
    ui: &mut dyn Prompter,
) -> Result<u8, CliError> {
    let opened = Opened::new(cat, env, &clock.today);
    for n in opened.notes(cat) {
        style::note(&n);
    }
    let carried = opened.carried.is_some();
    let mut env = opened.env;
    let mut changed = fresh || carried;
    if let Some(name) = &args.name {
        env.name = name.clone();
        changed = true;
    } else if fresh
        && env.name.is_empty()
        && let Some(name) = ui.name()?
    {
        env.name = name;
    }
    if let Some(d) = &args.description {
        env.description = d.clone();
        changed = true;
    }
    let path = args.file.as_path();
    if changed {
        save(cat, clock, &mut env, path)?;
    }
    ui.say(&format!(
        "Answers are saved in {} after every answer; run the same command again to continue.",
        path.display()
    ));
    let f = flow(cat, &env.answers);
    let mut target = if args.all {
        f.visible.first().map(|q| q.id.clone())
    } else {
        f.first_unanswered().map(|q| q.id.clone())
    };
    let mut last_section: Option<String> = None;
    while let Some(id) = target.take() {
        let f = flow(cat, &env.answers);
        let Some(q) = cat.question(&id) else { break };
        let section = cat.section_of(&q.id);
        let new_section = section.map(|s| &s.id) != last_section.as_ref();
        last_section = section.map(|s| s.id.clone());
        let step = ui.ask(&Asked {
            question: q,
            section,
            new_section,
            current: env.answers.get(&q.id).filter(|a| accepts(q, a)),
            progress: (f.effective.len(), f.visible.len()),
            can_go_back: f.previous_before(cat, &q.id).is_some(),
            help: help_text(cat, q),
        })?;
        match step {
            Step::Answer(a) => {
                env.answers.insert(q.id.clone(), a);
                save(cat, clock, &mut env, path)?;
                let f = flow(cat, &env.answers);
                let next = if args.all {
                    f.next_after(cat, &q.id).or_else(|| f.first_unanswered())
                } else {
                    f.next_unanswered_after(cat, &q.id)
                };
                target = next.map(|q| q.id.clone());
            }
            Step::Back => {
                target = Some(
                    f.previous_before(cat, &q.id)
                        .map_or_else(|| q.id.clone(), |p| p.id.clone()),
                );
            }
            Step::Stop => {
                ui.say(&format!(
                    "Stopped. Your answers are saved; continue with `aiact ask {}`.",
                    path.display()
                ));
                return Ok(0);
            }
        }
    }
    let a = assess(cat, &env.answers, &clock.today);
    let outcome = Outcome::of(cat, &a, &env.plan);
    ui.say(&format!(
        "{} {}: {}",
        paint(STRONG, "Every question is answered."),
        outcome.word(),
        summary(cat, &a, &env.plan)
    ));
    ui.say(&paint(
        DIM,
        format!(
            "The full report: aiact assess {} --format html --out report.html",
            path.display()
        ),
    ));
    Ok(0)
}

/// Saves the answers file as the page saves an assessment: stamped with what was seen and the
/// result. Written to a temporary file first, so an interruption never leaves half a file.
fn save(cat: &Catalog, clock: &Clock, env: &mut Envelope, path: &Path) -> Result<(), CliError> {
    env.updated = clock.now.clone();
    let a = assess(cat, &env.answers, &clock.today);
    env.stamp(cat, &a);
    let mut tmp = path.as_os_str().to_owned();
    tmp.push(".tmp");
    let write_error = |source| CliError::Write {
        what: path.to_owned(),
        source,
    };
    std::fs::write(&tmp, env.encode()).map_err(write_error)?;
    std::fs::rename(&tmp, path).map_err(write_error)
}
