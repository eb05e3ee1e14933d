//! Line mode: questions printed, answers read one per line (pipes, scripts, tests).

use super::choices::{choices, instruction, parse};
use super::{Asked, Prompter, Step};
use crate::error::CliError;
use crate::style::{BAD, DIM, STRONG, paint};
use aiact_core::i18n::Messages;
use std::io::{BufRead, Write};

/// Reads answers from `input`, writes questions to `out`.
pub struct Lines<R, W> {
    input: R,
    out: W,
    /// Whether to repeat each line read (when the input is not typed, so the transcript reads
    /// like a conversation).
    echo: bool,
}

impl Lines<std::io::StdinLock<'static>, anstream::AutoStream<std::io::Stdout>> {
    /// Standard input and output.
    pub fn stdio() -> Self {
        use std::io::IsTerminal;
        Lines {
            input: std::io::stdin().lock(),
            out: anstream::stdout(),
            echo: !std::io::stdin().is_terminal(),
        }
    }
}

impl<R: BufRead, W: Write> Lines<R, W> {
    /// Writes to the output; a closed output only loses the text.
    fn print(&mut self, text: &str) {
        let _ = writeln!(self.out, "{text}");
    }

    /// The next line, or `None` at the end of input.
    fn line(&mut self) -> Result<Option<String>, CliError> {
        let _ = self.out.flush();
        let mut line = String::new();
        let n = self
            .input
            .read_line(&mut line)
            .map_err(|source| CliError::Read {
                what: "standard input".into(),
                source,
            })?;
        if self.echo && n > 0 {
            self.print(line.trim_end());
        }
        Ok((n > 0).then_some(line))
    }
}

impl<R: BufRead, W: Write> Prompter for Lines<R, W> {
    fn ask(&mut self, a: &Asked<'_>) -> Result<Step, CliError> {
        let q = a.question;
        if let Some(s) = a.section.filter(|_| a.new_section) {
            self.print(&format!(
                "\n{}",
                paint(STRONG, format!("== {} ==", s.title))
            ));
            if !s.intro.is_empty() {
                self.print(&s.intro);
            }
        }
        self.print(&format!(
            "\n{} {}",
            paint(STRONG, &q.text),
            paint(DIM, format!("[{}]", q.id))
        ));
        for (i, c) in choices(q).iter().enumerate() {
            self.print(&format!("  {}) {c}", i + 1));
        }
        if let Some(current) = a.current {
            self.print(&paint(
                DIM,
                format!(
                    "  Saved answer: {} (press Enter to keep it)",
                    q.answer_label(Messages::english(), current)
                ),
            ));
        }
        let back = if a.can_go_back { ", < to go back" } else { "" };
        loop {
            let _ = write!(
                self.out,
                "Answer with {} (? for help{back}): ",
                instruction(q)
            );
            let Some(line) = self.line()? else {
                self.print("");
                return Ok(Step::Stop);
            };
            let typed = line.trim();
            if typed == "?" {
                let help = a.help.clone();
                self.print(&paint(DIM, help));
                continue;
            }
            if typed == "<" && a.can_go_back {
                return Ok(Step::Back);
            }
            if let (true, Some(current)) = (typed.is_empty(), a.current) {
                return Ok(Step::Answer(current.clone()));
            }
            match parse(q, typed) {
                Ok(answer) => return Ok(Step::Answer(answer)),
                Err(why) => self.print(&paint(BAD, format!("  Not taken: {why}."))),
            }
        }
    }

    fn name(&mut self) -> Result<Option<String>, CliError> {
        Ok(None)
    }

    fn say(&mut self, text: &str) {
        self.print(text);
    }
}
