//! Colours for terminal output. Text is printed through `anstream`, which drops the colours when
//! the output is not a terminal or `NO_COLOR` is set.

use anstyle::{AnsiColor, Style};

/// Errors.
pub const ERROR: Style = AnsiColor::Red.on_default().bold();
/// Warnings and notes.
pub const NOTE: Style = AnsiColor::Yellow.on_default().bold();
/// Headings and emphasis.
pub const STRONG: Style = Style::new().bold();
/// Secondary text: ids, help.
pub const DIM: Style = Style::new().dimmed();
/// Something added or fine.
pub const GOOD: Style = AnsiColor::Green.on_default();
/// Something removed or serious.
pub const BAD: Style = AnsiColor::Red.on_default();
/// Something changed.
pub const CHANGED: Style = AnsiColor::Yellow.on_default();

/// `text` in `style` (the codes are removed on output where colours are off).
pub fn paint(style: Style, text: impl std::fmt::Display) -> String {
    format!("{style}{text}{style:#}")
}

/// Whether standard error shows colours (for the prompts, which draw there).
pub fn stderr_has_colour() -> bool {
    anstream::AutoStream::choice(&std::io::stderr()) != anstream::ColorChoice::Never
}

/// Prints a note on standard error.
pub fn note(text: &str) {
    anstream::eprintln!("{}: {text}", paint(NOTE, "note"));
}
