//! The choices a question offers, in the order the page shows them, and answers typed as text.

use aiact_core::Answer;
use aiact_core::answers::{NO, UNSURE, YES};
use aiact_core::flow::{MAX_TEXT_CHARS, accepts, is_iso_date};
use aiact_core::model::{Question, QuestionKind};
use std::fmt;

/// One choice of a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// The answer value (`yes`, an option id, `unsure`).
    pub value: String,
    /// Its label.
    pub label: String,
    /// A short explanation, possibly empty.
    pub hint: String,
}

impl fmt::Display for Choice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.hint.is_empty() {
            f.write_str(&self.label)
        } else {
            write!(f, "{} \u{2014} {}", self.label, self.hint)
        }
    }
}

/// The choices of a yes/no, single or multi question ("Not sure" last, where offered); none
/// for text and date questions.
pub fn choices(q: &Question) -> Vec<Choice> {
    let choice = |value: &str, label: &str, hint: &str| Choice {
        value: value.to_owned(),
        label: label.to_owned(),
        hint: hint.to_owned(),
    };
    let mut v: Vec<Choice> = match q.kind {
        QuestionKind::YesNo => vec![choice(YES, "Yes", ""), choice(NO, "No", "")],
        QuestionKind::Single | QuestionKind::Multi => q
            .options
            .iter()
            .map(|o| choice(&o.id, &o.label, &o.hint))
            .collect(),
        QuestionKind::Text | QuestionKind::Date => vec![],
    };
    if q.unsure && !v.is_empty() {
        v.push(choice(UNSURE, "Not sure", ""));
    }
    v
}

/// What to ask for, in a few words.
pub fn instruction(q: &Question) -> &'static str {
    match q.kind {
        QuestionKind::YesNo | QuestionKind::Single => "the number or id of one choice",
        QuestionKind::Multi => "the numbers or ids of every item that applies, separated by commas",
        QuestionKind::Text => "your answer",
        QuestionKind::Date => "a date as YYYY-MM-DD",
    }
}

/// Reads an answer typed as text: choices by number (from 1) or by id (`yes`/`y`, `no`/`n`,
/// `unsure`/`not sure` too), several separated by commas or spaces for checklists; text and
/// dates as they are. The result is always one the page would accept.
pub fn parse(q: &Question, input: &str) -> Result<Answer, String> {
    let input = input.trim();
    let all = choices(q);
    let pick = |token: &str| -> Result<String, String> {
        let t = token.trim().to_lowercase();
        if let Ok(n) = t.parse::<usize>() {
            return all
                .get(n.wrapping_sub(1))
                .map(|c| c.value.clone())
                .ok_or_else(|| format!("there is no choice {n}: choose 1 to {}", all.len()));
        }
        let alias = match t.as_str() {
            "y" => YES,
            "n" => NO,
            "not sure" => UNSURE,
            other => other,
        };
        all.iter()
            .find(|c| c.value.to_lowercase() == alias || c.label.to_lowercase() == t)
            .map(|c| c.value.clone())
            .ok_or_else(|| format!("\u{201c}{token}\u{201d} is not one of the choices"))
    };
    let answer = match q.kind {
        QuestionKind::YesNo | QuestionKind::Single => Answer::One(pick(input)?),
        QuestionKind::Multi => {
            let mut picked: Vec<String> = vec![];
            for token in input.split([',', ' ']).filter(|t| !t.trim().is_empty()) {
                let v = pick(token)?;
                if !picked.contains(&v) {
                    picked.push(v);
                }
            }
            let exclusive = q
                .options
                .iter()
                .find(|o| o.exclusive && picked.contains(&o.id));
            if picked.is_empty() {
                return Err(match q.options.iter().find(|o| o.exclusive) {
                    Some(none) => format!(
                        "choose at least one item, or \u{201c}{}\u{201d}",
                        none.label
                    ),
                    None => "choose at least one item".into(),
                });
            }
            if let Some(o) = exclusive.filter(|_| picked.len() > 1) {
                return Err(format!(
                    "\u{201c}{}\u{201d} cannot be combined with other items",
                    o.label
                ));
            }
            if picked.iter().any(|v| v == UNSURE) {
                if picked.len() > 1 {
                    return Err(
                        "\u{201c}Not sure\u{201d} cannot be combined with other items".into(),
                    );
                }
                // "Not sure" is a single value for every kind of question.
                Answer::One(UNSURE.to_owned())
            } else {
                Answer::Many(picked)
            }
        }
        QuestionKind::Text => Answer::One(input.to_owned()),
        QuestionKind::Date if !is_iso_date(input) => {
            return Err("enter a date written YYYY-MM-DD".into());
        }
        QuestionKind::Date => Answer::One(input.to_owned()),
    };
    if accepts(q, &answer) {
        Ok(answer)
    } else if q.kind == QuestionKind::Text {
        Err(format!(
            "enter an answer (at most {MAX_TEXT_CHARS} characters)"
        ))
    } else {
        Err("that answer does not fit this question".into())
    }
}

/// The choice numbers of an answer, for showing it preselected.
pub fn positions(q: &Question, answer: Option<&Answer>) -> Vec<usize> {
    let Some(a) = answer else { return vec![] };
    choices(q)
        .iter()
        .enumerate()
        .filter(|(_, c)| a.has(&c.value))
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use aiact_core::model::AnswerOption;

    fn question(kind: QuestionKind, unsure: bool) -> Question {
        let option = |id: &str, exclusive: bool| AnswerOption {
            id: id.into(),
            label: format!("Label {id}"),
            hint: String::new(),
            exclusive,
        };
        Question {
            id: "q".into(),
            text: "Q?".into(),
            help: "Help.".into(),
            details: String::new(),
            refs: vec![],
            kind,
            options: match kind {
                QuestionKind::Single | QuestionKind::Multi => {
                    vec![option("a", false), option("b", false), option("none", true)]
                }
                _ => vec![],
            },
            unsure,
            unsure_follow_up: false,
            show_if: None,
        }
    }

    #[test]
    fn yes_no_takes_numbers_ids_and_short_forms() {
        let q = question(QuestionKind::YesNo, true);
        for (input, value) in [
            ("1", YES),
            ("y", YES),
            ("No", NO),
            ("3", UNSURE),
            ("not sure", UNSURE),
        ] {
            assert_eq!(parse(&q, input), Ok(Answer::One(value.into())), "{input}");
        }
        assert!(parse(&q, "4").is_err());
        assert!(parse(&q, "maybe").is_err());
        let firm = question(QuestionKind::YesNo, false);
        assert!(parse(&firm, "unsure").is_err());
    }

    #[test]
    fn checklists_take_several_and_keep_none_alone() {
        let q = question(QuestionKind::Multi, false);
        assert_eq!(
            parse(&q, "2, a"),
            Ok(Answer::Many(vec!["b".into(), "a".into()]))
        );
        assert_eq!(parse(&q, "none"), Ok(Answer::Many(vec!["none".into()])));
        assert_eq!(
            parse(&q, "a,none").unwrap_err(),
            "\u{201c}Label none\u{201d} cannot be combined with other items"
        );
        assert!(parse(&q, " , ").unwrap_err().contains("at least one"));
    }

    #[test]
    fn single_offers_not_sure_last_and_dates_are_checked() {
        let q = question(QuestionKind::Single, true);
        let c = choices(&q);
        assert_eq!(c.last().map(|c| c.value.as_str()), Some(UNSURE));
        assert_eq!(parse(&q, "Label b"), Ok(Answer::One("b".into())));
        assert_eq!(positions(&q, Some(&Answer::One("b".into()))), vec![1]);
        let d = question(QuestionKind::Date, false);
        assert_eq!(
            parse(&d, "2026-02-29").unwrap_err(),
            "enter a date written YYYY-MM-DD"
        );
        assert_eq!(
            parse(&d, "2028-02-29"),
            Ok(Answer::One("2028-02-29".into()))
        );
        let t = question(QuestionKind::Text, false);
        assert!(parse(&t, "   ").is_err());
    }
}
