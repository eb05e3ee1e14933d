//! The questionnaire flow: which questions are visible for given answers, navigation and progress.
//!
//! Branching is by visibility only. A question is visible when its `show_if` holds over the answers
//! to earlier *visible* questions; answers to hidden questions are kept by the caller but ignored.

use crate::answers::{Answer, Answers, NO, UNSURE, YES};
use crate::catalog::Catalog;
use crate::eval::Evaluator;
use crate::model::{Question, QuestionKind};

/// Longest accepted text answer, in characters.
pub const MAX_TEXT_CHARS: usize = 2000;

/// The visible questions for a set of answers, and the answers that count.
#[derive(Debug, Clone)]
pub struct Flow<'a> {
    /// Visible questions, in the order asked.
    pub visible: Vec<&'a Question>,
    /// Answers to visible questions that are valid for them.
    pub effective: Answers,
}

/// Where a section stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionState {
    /// No question of the section applies, and the questionnaire has moved past it.
    NotNeeded,
    /// No question of the section is shown yet; later answers decide whether it is needed.
    Later,
    /// Some visible questions are unanswered.
    Open,
    /// Every visible question is answered.
    Done,
}

/// Progress of one section.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionProgress {
    /// Section id.
    pub id: String,
    /// Section title.
    pub title: String,
    /// Visible questions in it.
    pub visible: usize,
    /// Answered visible questions in it.
    pub answered: usize,
    /// Its state.
    pub state: SectionState,
}

/// Computes the visible questions and the effective answers.
pub fn flow<'a>(catalog: &'a Catalog, answers: &Answers) -> Flow<'a> {
    let mut effective = Answers::new();
    let mut visible = Vec::new();
    for q in catalog.questions() {
        let shown = q
            .show_if
            .as_ref()
            .is_none_or(|c| Evaluator::new(catalog, &effective).holds(c));
        if !shown {
            continue;
        }
        visible.push(q);
        if let Some(a) = answers.get(&q.id).filter(|a| accepts(q, a)) {
            effective.insert(q.id.clone(), a.clone());
        }
    }
    Flow { visible, effective }
}

/// Whether `answer` is a valid answer to `q` (right shape, known option ids, "none" alone).
/// "Not sure" is the single value `unsure` for every kind that offers it, multi-choice included.
pub fn accepts(q: &Question, answer: &Answer) -> bool {
    let option = |v: &str| q.options.iter().any(|o| o.id == v);
    match (q.kind, answer) {
        (QuestionKind::YesNo, Answer::One(v)) => v == YES || v == NO || (q.unsure && v == UNSURE),
        (QuestionKind::Single, Answer::One(v)) => option(v) || (q.unsure && v == UNSURE),
        (QuestionKind::Multi, Answer::One(v)) => q.unsure && v == UNSURE,
        (QuestionKind::Multi, Answer::Many(vs)) => {
            let exclusive = vs
                .iter()
                .any(|v| q.options.iter().any(|o| o.id == *v && o.exclusive));
            // Bounded first, so that a hostile list of many values costs nothing.
            vs.len() <= q.options.len()
                && !vs.is_empty()
                && vs.iter().all(|v| option(v))
                && vs.iter().enumerate().all(|(i, v)| !vs[..i].contains(v))
                && (!exclusive || vs.len() == 1)
        }
        (QuestionKind::Text, Answer::One(v)) => {
            !v.trim().is_empty() && v.chars().count() <= MAX_TEXT_CHARS
        }
        (QuestionKind::Date, Answer::One(v)) => is_iso_date(v),
        _ => false,
    }
}

/// Whether `s` is a calendar date written `YYYY-MM-DD`.
pub fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(r)?;
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    let (Some(y), Some(m), Some(d)) = (num(0..4), num(5..7), num(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    (1..=days).contains(&d)
}

impl<'a> Flow<'a> {
    /// Whether the visible question `id` has a valid answer.
    pub fn is_answered(&self, id: &str) -> bool {
        self.effective.contains_key(id)
    }

    /// Whether every visible question is answered.
    pub fn is_complete(&self) -> bool {
        self.visible.iter().all(|q| self.is_answered(&q.id))
    }

    /// The first visible question without an answer.
    pub fn first_unanswered(&self) -> Option<&'a Question> {
        self.visible
            .iter()
            .copied()
            .find(|q| !self.is_answered(&q.id))
    }

    /// Index of a visible question.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.visible.iter().position(|q| q.id == id)
    }

    /// The visible question after `id` (or after where `id` would be, if it is hidden now).
    pub fn next_after(&self, catalog: &Catalog, id: &str) -> Option<&'a Question> {
        let at = catalog.question_position(id)?;
        self.visible
            .iter()
            .copied()
            .find(|q| catalog.question_position(&q.id).is_some_and(|p| p > at))
    }

    /// The first unanswered visible question after `id`, else the first unanswered one overall.
    pub fn next_unanswered_after(&self, catalog: &Catalog, id: &str) -> Option<&'a Question> {
        let at = catalog.question_position(id);
        self.visible
            .iter()
            .copied()
            .find(|q| {
                !self.is_answered(&q.id)
                    && at.is_some_and(|at| catalog.question_position(&q.id).is_some_and(|p| p > at))
            })
            .or_else(|| self.first_unanswered())
    }

    /// The visible question before `id`.
    pub fn previous_before(&self, catalog: &Catalog, id: &str) -> Option<&'a Question> {
        let at = catalog.question_position(id)?;
        self.visible
            .iter()
            .rev()
            .copied()
            .find(|q| catalog.question_position(&q.id).is_some_and(|p| p < at))
    }

    /// Progress of every section, in order, reflecting the current branching.
    pub fn progress(&self, catalog: &Catalog) -> Vec<SectionProgress> {
        // Sections after the first open question are not decided yet.
        let frontier = self
            .first_unanswered()
            .and_then(|q| catalog.question_position(&q.id));
        catalog
            .sections
            .iter()
            .map(|s| {
                let ids = |q: &&&Question| s.questions.iter().any(|sq| sq.id == q.id);
                let visible = self.visible.iter().filter(ids).count();
                let answered = self
                    .visible
                    .iter()
                    .filter(ids)
                    .filter(|q| self.is_answered(&q.id))
                    .count();
                let starts_after_frontier = frontier.is_some_and(|f| {
                    s.questions
                        .first()
                        .and_then(|q| catalog.question_position(&q.id))
                        .is_some_and(|p| p > f)
                });
                let state = match (visible, answered) {
                    (0, _) if starts_after_frontier => SectionState::Later,
                    (0, _) => SectionState::NotNeeded,
                    (v, a) if a == v => SectionState::Done,
                    _ => SectionState::Open,
                };
                SectionProgress {
                    id: s.id.clone(),
                    title: s.title.clone(),
                    visible,
                    answered,
                    state,
                }
            })
            .collect()
    }
}
