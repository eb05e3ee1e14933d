//! The command line: subcommands and options, with their help texts.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

const ABOUT: &str =
    "AI Act Check on the command line: the same questionnaire, engine and reports as the web page.";

const LONG_ABOUT: &str =
    "AI Act Check on the command line: the same questionnaire, engine and reports as the web page.

Wherever a FILE is asked for, give an answers file or a JSON report saved by the web page or by \
`aiact`, a share link copied from the page (the whole address, or just `share=...`), or `-` for \
standard input. Answers given against older content are carried over to this content as the \
page does it; what changed is said on standard error.

It is a self-assessment aid, not legal advice.";

const EXIT_CODES: &str = "Exit codes: 0 done, 1 error (unreadable input, invalid content), 2 wrong usage; \
`aiact check` says the outcome with 3 to 6 (see `aiact check --help`).";

const CHECK_HELP: &str = "Exit codes (the most serious finding wins):
  0  assessed: every question answered, nothing rests on \"not sure\", no prohibited practice,
     no open high-risk duties
  1  the input could not be read (or another error), nothing was assessed
  2  wrong usage of the command line
  3  provisional: a conclusion rests on a \"not sure\" answer
  4  incomplete: questions are still unanswered (the result so far is shown)
  5  high-risk with plan items open: the system is high-risk and some of its high-risk
     duties are not marked done or not applicable in the plan saved with the assessment
  6  prohibited: the answers describe a prohibited practice (Art 5)

Example gate that fails a CI job when a system becomes high-risk or prohibited:
  code=0; aiact check answers.json || code=$?
  case $code in 0|3|4) ;; *) exit \"$code\" ;; esac";

/// `aiact`: parsed command line.
#[derive(Debug, Parser)]
#[command(name = "aiact", version, about = ABOUT, long_about = LONG_ABOUT, after_help = EXIT_CODES)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
    /// Options every command takes.
    #[command(flatten)]
    pub common: Common,
}

/// Options every command takes.
#[derive(Debug, Args)]
pub struct Common {
    /// Use the content files in DIR (`questions/*.json`) instead of the content built in
    #[arg(long, global = true, value_name = "DIR")]
    pub content: Option<PathBuf>,
    /// Questions, help and reports in this language (`en`, `de`, `fr`): the content's translation
    /// built in, or `DIR/i18n/LANG.json` with --content DIR
    #[arg(long, global = true, value_name = "LANG", default_value = "en")]
    pub lang: String,
    /// Assess as on this date (YYYY-MM-DD) instead of today (UTC), e.g. for reproducible output
    #[arg(long, global = true, value_name = "YYYY-MM-DD", env = "AIACT_TODAY")]
    pub today: Option<String>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Answer the questionnaire in the terminal, saving FILE after every answer
    #[command(
        long_about = "Answer the questionnaire in the terminal: the same questions, help, \"not sure\" answers and \
branching as the web page. FILE is saved after every answer, so an interrupted session resumes \
where it stopped when the command is run again.

In a terminal, use the arrow keys and Enter; Esc opens a menu to read what a question means, go \
back or stop. When standard input is not a terminal (or with --plain), questions are printed and \
answers read one per line: a number or id of a choice (several separated by commas for \
checklists), the text or date (YYYY-MM-DD) itself, `?` to show the help, `<` to go back. The \
session stops at the end of input."
    )]
    Ask(AskArgs),
    /// Write the report for FILE, byte for byte what the web page downloads
    Assess(AssessArgs),
    /// Print a one-line summary and exit with a code that says the outcome (for CI gates)
    #[command(after_long_help = CHECK_HELP, after_help = CHECK_HELP)]
    Check(FileArg),
    /// Show what changed between two assessments, or the same answers under two content versions
    #[command(
        long_about = "Show what changed between two assessments (answers, tier, roles, duties and their dates), or \
the same answers under two content versions.

Two answers files: `aiact diff OLD NEW` (both under the same content). One file under two content \
versions: `aiact diff FILE --old-content OLD_DIR [--new-content NEW_DIR]` (the content built in \
is used where a side names no directory); questions added, removed or reworded are listed too."
    )]
    Diff(DiffArgs),
    /// Check content files and print every problem with file and id
    Validate(ValidateArgs),
    /// List the questions FILE still lacks, in the order they are asked
    Questions(FileArg),
    /// Check translations and update them through a worksheet (in `questions/i18n`)
    #[command(
        subcommand,
        long_about = "Check the translations of the content and update them through a worksheet.

The English is read from `questions/*.json` and the translations from `questions/i18n/LANG.json` \
(with --content DIR: `DIR/*.json` and `DIR/i18n/LANG.json`). A translation is stale when the \
English it translates has changed since.

A translator's round: `aiact translations worksheet de > de-work.json`, fill in each `text`, \
`aiact translations apply de de-work.json`, then `aiact translations check de`."
    )]
    Translations(TranslationsCommand),
}

/// What `aiact translations` does.
#[derive(Debug, Subcommand)]
pub enum TranslationsCommand {
    /// Print every missing, extra, stale or empty translation and every legal term not rendered
    /// as the Act's language version does; exit 1 if there is any
    Check {
        /// Language codes, e.g. `de fr` (default: every language in the i18n folder)
        #[arg(value_name = "LANG")]
        langs: Vec<String>,
    },
    /// Print a JSON worksheet of the texts to translate: by key, the English, the current
    /// translation and its status (missing, stale or ok)
    Worksheet {
        /// Language code, e.g. `de`
        #[arg(value_name = "LANG")]
        lang: String,
        /// Every text, not only those missing or stale
        #[arg(long)]
        all: bool,
    },
    /// Take the `text` of every key of a filled-in worksheet into the translation file, marked
    /// as translating the current English; writes nothing if a key is unknown, a text empty or
    /// its English changed since the worksheet was made
    Apply {
        /// Language code, e.g. `de`
        #[arg(value_name = "LANG")]
        lang: String,
        /// The worksheet (as `worksheet` prints it), or `-` for standard input
        #[arg(value_name = "WORKSHEET")]
        worksheet: PathBuf,
    },
}

/// A single input.
#[derive(Debug, Args)]
pub struct FileArg {
    /// Answers file, JSON report, share link, or `-` for standard input
    #[arg(value_name = "FILE")]
    pub file: String,
}

/// Options of `ask`.
#[derive(Debug, Args)]
pub struct AskArgs {
    /// The answers file to continue and save to (created if missing)
    #[arg(value_name = "FILE", default_value = "aiact-answers.json")]
    pub file: PathBuf,
    /// Start from this answers file, report or share link instead (FILE must not exist yet)
    #[arg(long, value_name = "SOURCE")]
    pub from: Option<String>,
    /// Name of the assessed system (saved in FILE)
    #[arg(long)]
    pub name: Option<String>,
    /// A short description of the system (saved in FILE)
    #[arg(long)]
    pub description: Option<String>,
    /// Go through every question shown, answered or not, to review or change the answers
    #[arg(long)]
    pub all: bool,
    /// Read answers line by line even in a terminal
    #[arg(long)]
    pub plain: bool,
}

/// Options of `assess`.
#[derive(Debug, Args)]
pub struct AssessArgs {
    /// Answers file, JSON report, share link, or `-` for standard input
    #[arg(value_name = "FILE")]
    pub file: String,
    /// Report format
    #[arg(long, short, value_enum, default_value_t = Format::Md)]
    pub format: Format,
    /// Write the report to this file instead of standard output
    #[arg(long, short, value_name = "OUT")]
    pub out: Option<PathBuf>,
}

/// Report formats, as the web page offers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Markdown
    Md,
    /// Self-contained HTML that prints to PDF
    Html,
    /// JSON: the report with the answers, importable again
    Json,
    /// CSV, one row per obligation
    Csv,
    /// Ready statements for customers' procurement questionnaires (text)
    Procurement,
    /// CSV draft ISO/IEC 42001 Statement of Applicability
    Soa,
    /// Calendar file (iCalendar): one event per open obligation on its due date
    Ics,
    /// CSV of the plan for issue trackers (title, description, due date, assignee, labels,
    /// status)
    Tracker,
}

/// Options of `diff`.
#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The earlier assessment
    #[arg(value_name = "OLD")]
    pub old: String,
    /// The later assessment (default: OLD again, to compare content versions)
    #[arg(value_name = "NEW")]
    pub new: Option<String>,
    /// Content files for OLD (default: --content, else the content built in)
    #[arg(long, value_name = "DIR")]
    pub old_content: Option<PathBuf>,
    /// Content files for NEW (default: --content, else the content built in)
    #[arg(long, value_name = "DIR")]
    pub new_content: Option<PathBuf>,
}

/// Options of `validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Folder of content files, `*.json` but `schema.json` (default: --content, else `questions`)
    #[arg(value_name = "DIR")]
    pub dir: Option<PathBuf>,
}
