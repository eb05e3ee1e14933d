//! A person's answers, keyed by stable question id.

use serde::de::{self, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The value "Not sure" takes in answers.
pub const UNSURE: &str = "unsure";
/// The value "Yes" takes in answers.
pub const YES: &str = "yes";
/// The value "No" takes in answers.
pub const NO: &str = "no";

/// One answer: a single value (yes/no/unsure, an option id, text, a date) or a set of option ids.
///
/// In JSON a single value is a string and a set is an array of strings.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
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

// Hand-written rather than `#[serde(untagged)]`, whose buffering adds much to the wasm.
impl<'de> Deserialize<'de> for Answer {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct AnswerVisitor;
        impl<'de> Visitor<'de> for AnswerVisitor {
            type Value = Answer;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string or an array of strings")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Answer, E> {
                Ok(Answer::One(v.to_owned()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Answer, E> {
                Ok(Answer::One(v))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Answer, A::Error> {
                let mut v = Vec::new();
                while let Some(x) = seq.next_element::<String>()? {
                    v.push(x);
                }
                Ok(Answer::Many(v))
            }
        }
        d.deserialize_any(AnswerVisitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_shape_is_a_string_or_an_array() {
        let a: Answers = serde_json::from_str(r#"{"q.a":"yes","q.b":["x","y"]}"#).unwrap();
        assert_eq!(a["q.a"], Answer::One("yes".into()));
        assert_eq!(a["q.b"], Answer::Many(vec!["x".into(), "y".into()]));
        assert_eq!(
            serde_json::to_string(&a).unwrap(),
            r#"{"q.a":"yes","q.b":["x","y"]}"#
        );
        assert!(serde_json::from_str::<Answer>("42").is_err());
        assert!(serde_json::from_str::<Answer>("[1]").is_err());
    }
}
