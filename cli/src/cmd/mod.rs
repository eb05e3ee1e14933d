//! The subcommands other than `ask`.

pub mod assess;
pub mod check;
pub mod diff;
pub mod questions;
pub mod translations;
pub mod validate;
