//! Terminal mode: arrow-key prompts (inquire), with a menu on Esc for help, going back and
//! stopping.

use super::choices::{Choice, choices, positions};
use super::{Asked, Prompter, Step};
use crate::error::CliError;
use crate::style::{self, DIM, STRONG, paint};
use aiact_core::Answer;
use aiact_core::flow::{MAX_TEXT_CHARS, accepts, is_iso_date};
use aiact_core::model::{Question, QuestionKind};
use inquire::error::InquireError;
use inquire::list_option::ListOption;
use inquire::validator::Validation;
use inquire::{MultiSelect, Select, Text};

const KEYS_ONE: &str =
    "\u{2191}\u{2193} move, Enter answers, type to filter, Esc: help, back or stop";
const KEYS_MANY: &str =
    "\u{2191}\u{2193} move, Space ticks, Enter continues, type to filter, Esc: help, back or stop";
const KEYS_TEXT: &str = "Enter answers, Esc: help, back or stop";

/// Prompts drawn on the terminal (standard error).
pub struct Terminal;

impl Terminal {
    /// Sets up the prompts, without colours where colours are off.
    pub fn new() -> Self {
        if !style::stderr_has_colour() {
            inquire::set_global_render_config(inquire::ui::RenderConfig::empty());
        }
        Terminal
    }
}

/// What the menu on Esc offers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Menu {
    Help,
    Back,
    Stop,
    Return,
}

impl std::fmt::Display for Menu {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Menu::Help => "What does this mean?",
            Menu::Back => "Back to the previous question",
            Menu::Stop => "Stop for now (your answers are saved)",
            Menu::Return => "Return to the question",
        })
    }
}

fn terminal_error(e: InquireError) -> CliError {
    CliError::Read {
        what: "the terminal".into(),
        source: std::io::Error::other(e.to_string()),
    }
}

/// Asks `q` once; `Ok(None)` when the person pressed Esc.
fn prompt(q: &Question, current: Option<&Answer>) -> Result<Option<Answer>, InquireError> {
    let all = choices(q);
    let preset = positions(q, current);
    let result = match q.kind {
        QuestionKind::YesNo | QuestionKind::Single => Select::new(&q.text, all)
            .with_help_message(KEYS_ONE)
            .with_page_size(12)
            .with_starting_cursor(preset.first().copied().unwrap_or(0))
            .prompt()
            .map(|c| Answer::One(c.value)),
        QuestionKind::Multi => {
            let question = q.clone();
            let validator = move |ticked: &[ListOption<&Choice>]| {
                let answer = Answer::Many(ticked.iter().map(|o| o.value.value.clone()).collect());
                Ok(if accepts(&question, &answer) {
                    Validation::Valid
                } else {
                    let none = question.options.iter().find(|o| o.exclusive);
                    Validation::Invalid(
                        match none {
                            Some(o) if !ticked.is_empty() => format!(
                                "\u{201c}{}\u{201d} cannot be combined with other items",
                                o.label
                            ),
                            Some(o) => {
                                format!("Tick at least one item, or \u{201c}{}\u{201d}", o.label)
                            }
                            None => "Tick at least one item".to_owned(),
                        }
                        .into(),
                    )
                })
            };
            MultiSelect::new(&q.text, all)
                .with_help_message(KEYS_MANY)
                .with_page_size(12)
                .with_default(&preset)
                .with_validator(validator)
                .prompt()
                .map(|ticked| Answer::Many(ticked.into_iter().map(|c| c.value).collect()))
        }
        QuestionKind::Text | QuestionKind::Date => {
            let date = q.kind == QuestionKind::Date;
            let validator = move |text: &str| {
                Ok(if date && !is_iso_date(text.trim()) {
                    Validation::Invalid("Enter a date written YYYY-MM-DD".into())
                } else if !date
                    && (text.trim().is_empty() || text.trim().chars().count() > MAX_TEXT_CHARS)
                {
                    Validation::Invalid(
                        format!("Enter an answer (at most {MAX_TEXT_CHARS} characters)").into(),
                    )
                } else {
                    Validation::Valid
                })
            };
            let initial = current.and_then(Answer::as_one).unwrap_or_default();
            Text::new(&q.text)
                .with_help_message(KEYS_TEXT)
                .with_placeholder(if date { "YYYY-MM-DD" } else { "" })
                .with_initial_value(initial)
                .with_validator(validator)
                .prompt()
                .map(|t| Answer::One(t.trim().to_owned()))
        }
    };
    match result {
        Ok(a) => Ok(Some(a)),
        Err(InquireError::OperationCanceled) => Ok(None),
        Err(e) => Err(e),
    }
}

impl Prompter for Terminal {
    fn ask(&mut self, a: &Asked<'_>) -> Result<Step, CliError> {
        let q = a.question;
        if let Some(s) = a.section.filter(|_| a.new_section) {
            anstream::eprintln!("\n{}", paint(STRONG, &s.title));
            if !s.intro.is_empty() {
                anstream::eprintln!("{}", paint(DIM, &s.intro));
            }
        }
        anstream::eprintln!(
            "{}",
            paint(
                DIM,
                format!(
                    "{} of {} shown questions answered",
                    a.progress.0, a.progress.1
                )
            )
        );
        loop {
            match prompt(q, a.current) {
                Ok(Some(answer)) => return Ok(Step::Answer(answer)),
                Ok(None) => {}
                Err(InquireError::OperationInterrupted) => return Ok(Step::Stop),
                Err(e) => return Err(terminal_error(e)),
            }
            let mut menu = vec![Menu::Help];
            if a.can_go_back {
                menu.push(Menu::Back);
            }
            menu.extend([Menu::Stop, Menu::Return]);
            match Select::new("What now?", menu).prompt_skippable() {
                Ok(Some(Menu::Help)) => {
                    anstream::eprintln!("\n{}\n", paint(DIM, &a.help));
                }
                Ok(Some(Menu::Back)) => return Ok(Step::Back),
                Ok(Some(Menu::Stop)) | Err(InquireError::OperationInterrupted) => {
                    return Ok(Step::Stop);
                }
                Ok(Some(Menu::Return) | None) => {}
                Err(e) => return Err(terminal_error(e)),
            }
        }
    }

    fn name(&mut self) -> Result<Option<String>, CliError> {
        match Text::new("Name of the AI system (optional, shown on the report):").prompt_skippable()
        {
            Ok(name) => Ok(name.map(|n| n.trim().to_owned()).filter(|n| !n.is_empty())),
            Err(InquireError::OperationInterrupted) => Ok(None),
            Err(e) => Err(terminal_error(e)),
        }
    }

    fn say(&mut self, text: &str) {
        anstream::eprintln!("{text}");
    }
}
