//! A person's answers, keyed by stable question id.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The value "Not sure" takes in answers.
pub const UNSURE: &str = "unsure";
/// The value "Yes" takes in answers.
pub const YES: &str = "yes";
/// The value "No" takes in answers.
pub const NO: &str = "no";

/// One answer: a single value (yes/no/unsure, an option id, text, a date) or a set of option ids.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize)]
#[serde(untagged)]
pub enum Answer {
    /// A single value.
    One(String),
    /// The ticked options of a multi-choice question.
    Many(Vec<String>),
}

impl Answer {
    /// Whether this answer is, or (for a set) contains, `value`.
    pub fn has(&self, value: &str) -> bool {
        match self {
            Answer::One(v) => v == value,
            Answer::Many(vs) => vs.iter().any(|v| v == value),
        }
    }

    /// The single value, if this is one.
    pub fn as_one(&self) -> Option<&str> {
        match self {
            Answer::One(v) => Some(v),
            Answer::Many(_) => None,
        }
    }

    /// Whether this is "Not sure".
    pub fn is_unsure(&self) -> bool {
        self.as_one() == Some(UNSURE)
    }
}

/// All answers of one assessment. Answers to questions that are hidden now are kept but ignored.
pub type Answers = BTreeMap<String, Answer>;
