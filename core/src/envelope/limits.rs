//! Caps on what outside input may carry: answers files, JSON reports, share links and saved
//! assessments. Each parser checks its input against these after reading it and refuses input
//! over a cap with a [`LimitError`]; nothing is ever cut down to fit.
//!
//! The caps sit far above what a person can enter through the questionnaire (the content has a
//! few dozen questions; the name and description fields stop at their caps), so they only stop
//! crafted or damaged input, which could otherwise freeze the page and stay in storage.

use super::Envelope;
use crate::answers::{Answer, Answers};
use crate::flow::{MAX_TEXT_CHARS, is_iso_date};
use crate::i18n::{Localized, Messages};

/// Largest answers file or JSON report accepted for import, in bytes.
pub const MAX_IMPORT_BYTES: usize = 2 * 1024 * 1024;
/// Largest saved assessment read from browser storage, in bytes: room for an import at
/// [`MAX_IMPORT_BYTES`] and everything a person can add to it.
pub const MAX_SAVED_BYTES: usize = 2 * MAX_IMPORT_BYTES;
/// Longest share link payload accepted (after `#share=`), in characters.
pub const MAX_LINK_CHARS: usize = 64 * 1024;
/// Answers an answers file, report or share link may carry, answers and set-aside answers
/// together. The content may have at most this many questions (a test checks).
pub const MAX_ANSWERS: usize = 1_000;
/// Answers a saved assessment may hold: an import at [`MAX_ANSWERS`] plus an answer to every
/// question, so that whatever the app saves it can read again.
pub const MAX_SAVED_ANSWERS: usize = 2 * MAX_ANSWERS;
/// Ticked options of one multi-choice answer.
pub const MAX_VALUES: usize = 100;
/// Characters of an id: question and option ids, and the ids a saved result lists.
pub const MAX_ID_CHARS: usize = 100;
/// Characters of the system's name, as the name field allows.
pub const MAX_NAME_CHARS: usize = 200;
/// Characters of the system's description, as the description field allows.
pub const MAX_DESCRIPTION_CHARS: usize = 2_000;
/// Characters of one answer value: the longest text answer.
pub const MAX_VALUE_CHARS: usize = MAX_TEXT_CHARS;
/// Characters of a timestamp (`created`, `updated`) or a question fingerprint.
pub const MAX_STAMP_CHARS: usize = 64;
/// Plan entries of one assessment, and ISO/IEC 42001 items marked in place.
pub const MAX_PLAN_ENTRIES: usize = MAX_ANSWERS;
/// Characters of a plan entry's owner.
pub const MAX_OWNER_CHARS: usize = 200;
/// Characters of a plan entry's evidence note or of its reason for "not applicable".
pub const MAX_NOTE_CHARS: usize = 2_000;
/// References (document names or links) of one plan entry.
pub const MAX_REFERENCES: usize = 50;
/// Characters of one reference.
pub const MAX_REFERENCE_CHARS: usize = 500;

/// What went over a cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    /// The whole input, in bytes.
    Bytes,
    /// Answers and set-aside answers together.
    Answers,
    /// Ids in a list of the saved result or of seen questions.
    Ids,
    /// Ticked options of one answer.
    Values,
    /// Characters of an id.
    IdChars,
    /// Characters of the name.
    NameChars,
    /// Characters of the description.
    DescriptionChars,
    /// Characters of one answer value.
    ValueChars,
    /// Characters of a timestamp or fingerprint.
    StampChars,
    /// The content date, which must be a date written `YYYY-MM-DD`.
    ContentDate,
    /// Plan entries, or ISO/IEC 42001 items marked in place.
    PlanEntries,
    /// Characters of a plan entry's owner.
    OwnerChars,
    /// Characters of a plan entry's evidence note or reason.
    NoteChars,
    /// References of one plan entry.
    References,
    /// Characters of one reference.
    ReferenceChars,
}

/// Input over a cap: what, how much, and the cap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LimitError {
    /// What went over.
    pub item: Item,
    /// How much the input holds (characters of the content date for [`Item::ContentDate`]).
    pub found: usize,
    /// The cap.
    pub max: usize,
}

impl Localized for LimitError {
    fn localized(&self, m: &Messages) -> String {
        let key = match self.item {
            Item::ContentDate => return m.text("error.limit.content_date").to_owned(),
            Item::Bytes => "error.limit.bytes",
            Item::Answers => "error.limit.answers",
            Item::Ids => "error.limit.ids",
            Item::Values => "error.limit.values",
            Item::IdChars => "error.limit.id_chars",
            Item::NameChars => "error.limit.name_chars",
            Item::DescriptionChars => "error.limit.description_chars",
            Item::ValueChars => "error.limit.value_chars",
            Item::StampChars => "error.limit.stamp_chars",
            Item::PlanEntries => "error.limit.plan_entries",
            Item::OwnerChars => "error.limit.owner_chars",
            Item::NoteChars => "error.limit.note_chars",
            Item::References => "error.limit.references",
            Item::ReferenceChars => "error.limit.reference_chars",
        };
        m.fmt(key, &[("found", &self.found), ("max", &self.max)])
    }
}

impl std::fmt::Display for LimitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.localized(Messages::english()))
    }
}

impl std::error::Error for LimitError {}

/// Fails when `found` is over `max`.
fn at_most(item: Item, found: usize, max: usize) -> Result<(), LimitError> {
    if found > max {
        Err(LimitError { item, found, max })
    } else {
        Ok(())
    }
}

/// Fails when `text` has more than `max` characters. Counting stops early for short text.
pub fn chars(item: Item, text: &str, max: usize) -> Result<(), LimitError> {
    if text.len() <= max {
        return Ok(());
    }
    at_most(item, text.chars().count(), max)
}

/// Fails when `text` is more than `max` bytes.
pub fn bytes(text: &str, max: usize) -> Result<(), LimitError> {
    at_most(Item::Bytes, text.len(), max)
}

/// Checks a content date: a date written `YYYY-MM-DD`.
pub fn content_date(date: &str) -> Result<(), LimitError> {
    if is_iso_date(date) {
        Ok(())
    } else {
        Err(LimitError {
            item: Item::ContentDate,
            found: date.chars().count(),
            max: 10,
        })
    }
}

/// Checks each answer: its id, its number of values and the length of each value.
pub fn answers(answers: &Answers) -> Result<(), LimitError> {
    for (id, answer) in answers {
        chars(Item::IdChars, id, MAX_ID_CHARS)?;
        match answer {
            Answer::One(v) => chars(Item::ValueChars, v, MAX_VALUE_CHARS)?,
            Answer::Many(vs) => {
                at_most(Item::Values, vs.len(), MAX_VALUES)?;
                for v in vs {
                    chars(Item::IdChars, v, MAX_ID_CHARS)?;
                }
            }
        }
    }
    Ok(())
}

/// Checks one plan entry and the obligation id it is kept under.
pub fn plan_entry(obligation: &str, e: &crate::plan::Entry) -> Result<(), LimitError> {
    chars(Item::IdChars, obligation, MAX_ID_CHARS)?;
    chars(Item::OwnerChars, &e.owner, MAX_OWNER_CHARS)?;
    chars(Item::NoteChars, &e.evidence, MAX_NOTE_CHARS)?;
    chars(Item::NoteChars, &e.reason, MAX_NOTE_CHARS)?;
    chars(Item::NameChars, &e.title, MAX_NAME_CHARS)?;
    chars(Item::StampChars, &e.updated, MAX_STAMP_CHARS)?;
    if let Some(d) = &e.due {
        chars(Item::StampChars, d, MAX_STAMP_CHARS)?;
    }
    at_most(Item::References, e.references.len(), MAX_REFERENCES)?;
    for r in &e.references {
        chars(Item::ReferenceChars, r, MAX_REFERENCE_CHARS)?;
    }
    Ok(())
}

/// Checks a whole envelope, allowing at most `max_answers` answers and set-aside answers
/// together ([`MAX_ANSWERS`] for imports, [`MAX_SAVED_ANSWERS`] for saved data).
pub fn envelope(env: &Envelope, max_answers: usize) -> Result<(), LimitError> {
    at_most(
        Item::Answers,
        env.answers.len().saturating_add(env.retired.len()),
        max_answers,
    )?;
    content_date(&env.content_date)?;
    chars(Item::StampChars, &env.created, MAX_STAMP_CHARS)?;
    chars(Item::StampChars, &env.updated, MAX_STAMP_CHARS)?;
    chars(Item::NameChars, &env.name, MAX_NAME_CHARS)?;
    chars(
        Item::DescriptionChars,
        &env.description,
        MAX_DESCRIPTION_CHARS,
    )?;
    answers(&env.answers)?;
    answers(&env.retired)?;
    at_most(Item::Ids, env.seen.len(), max_answers)?;
    for (id, print) in &env.seen {
        chars(Item::IdChars, id, MAX_ID_CHARS)?;
        chars(Item::StampChars, print, MAX_STAMP_CHARS)?;
    }
    at_most(Item::PlanEntries, env.plan.len(), MAX_PLAN_ENTRIES)?;
    for (id, e) in &env.plan {
        plan_entry(id, e)?;
    }
    at_most(Item::PlanEntries, env.iso_in_place.len(), MAX_PLAN_ENTRIES)?;
    for id in &env.iso_in_place {
        chars(Item::IdChars, id, MAX_ID_CHARS)?;
    }
    if let Some(result) = &env.result {
        at_most(
            Item::Ids,
            result.roles.len().saturating_add(result.obligations.len()),
            max_answers,
        )?;
        for id in result.roles.iter().chain(&result.obligations) {
            chars(Item::IdChars, id, MAX_ID_CHARS)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env() -> Envelope {
        Envelope::new("2026-11-27", "2026-11-27T10:00:00Z")
    }

    #[test]
    fn an_envelope_at_every_cap_passes_and_one_more_fails() {
        let mut e = env();
        e.name = "é".repeat(MAX_NAME_CHARS);
        e.description = "x".repeat(MAX_DESCRIPTION_CHARS);
        for i in 0..MAX_ANSWERS / 2 {
            e.answers.insert(
                format!("{i:0>100}"),
                Answer::One("ü".repeat(MAX_VALUE_CHARS)),
            );
            e.retired.insert(
                format!("r{i}"),
                Answer::Many(vec!["v".repeat(MAX_ID_CHARS); MAX_VALUES]),
            );
        }
        assert_eq!(envelope(&e, MAX_ANSWERS), Ok(()));

        let over = |f: &dyn Fn(&mut Envelope)| {
            let mut e = e.clone();
            f(&mut e);
            envelope(&e, MAX_ANSWERS).unwrap_err().item
        };
        assert_eq!(over(&|e| e.name.push('x')), Item::NameChars);
        assert_eq!(over(&|e| e.description.push('x')), Item::DescriptionChars);
        assert_eq!(
            over(&|e| {
                e.retired
                    .insert("one more".into(), Answer::One("yes".into()));
            }),
            Item::Answers
        );
        assert_eq!(
            over(&|e| {
                e.answers
                    .insert("x".repeat(MAX_ID_CHARS + 1), Answer::One("yes".into()));
                e.answers.pop_first();
            }),
            Item::IdChars
        );
        assert_eq!(
            over(&|e| {
                e.answers.insert(
                    "0".repeat(100),
                    Answer::One("y".repeat(MAX_VALUE_CHARS + 1)),
                );
            }),
            Item::ValueChars
        );
        assert_eq!(
            over(&|e| {
                e.retired
                    .insert("r0".into(), Answer::Many(vec!["v".into(); MAX_VALUES + 1]));
            }),
            Item::Values
        );
        assert_eq!(
            over(&|e| e.content_date = "2026-99-01".into()),
            Item::ContentDate
        );
        assert_eq!(over(&|e| e.updated = "9".repeat(65)), Item::StampChars);
        assert_eq!(envelope(&e, MAX_SAVED_ANSWERS), Ok(()));
    }

    #[test]
    fn messages_say_what_and_how_much() {
        let e = LimitError {
            item: Item::Answers,
            found: 100_000,
            max: MAX_ANSWERS,
        };
        assert_eq!(
            e.to_string(),
            "it holds 100000 answers, more than the 1000 accepted"
        );
        let e = LimitError {
            item: Item::NameChars,
            found: 201,
            max: MAX_NAME_CHARS,
        };
        assert_eq!(
            e.to_string(),
            "the name is 201 characters long, more than the 200 accepted"
        );
    }
}
