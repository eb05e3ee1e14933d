//! View models: pure functions that turn content, answers and engine results into the data the
//! components show. No browser, no markup; tested natively. No legal logic either: every
//! decision about the law is the engine's.

pub mod headstart;
pub mod library;
pub mod plan;
pub mod register;
pub mod result;
pub mod share_link;
pub mod upgrade;

use crate::text::{self as t, fill};
use aiact_core::answers::{NO, UNSURE, YES};
use aiact_core::flow::{SectionState, accepts};
use aiact_core::model::{Question, QuestionKind, Tier};
use aiact_core::{Answer, Answers, Assessment, Catalog};

/// The name people gave a system, or "Unnamed system" in the language of `cat`.
pub fn display_name<'a>(cat: &'a Catalog, name: &'a str) -> &'a str {
    if name.trim().is_empty() {
        t::UNNAMED.of(cat)
    } else {
        name
    }
}

/// `text` in the quotation marks of the language of `cat`.
pub fn quoted(cat: &Catalog, text: &str) -> String {
    fill(t::QUOTED.of(cat), &[("text", text)])
}

/// One answer a person can pick.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Choice {
    /// The value stored as the answer (`yes`, an option id, `unsure`).
    pub value: &'static str,
    /// Its label.
    pub label: &'static str,
    /// A short explanation under the label (may be empty).
    pub hint: &'static str,
}

/// How a question is answered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Controls {
    /// One button per answer; a click answers.
    Buttons(Vec<Choice>),
    /// Checkboxes and "Continue"; the exclusive options ("None of these") are buttons.
    Checks {
        /// Options that can be combined.
        options: Vec<Choice>,
        /// Options that stand alone, each answering at once.
        exclusive: Vec<Choice>,
    },
    /// A text or date field and "Continue".
    Field {
        /// Whether the field takes a date.
        date: bool,
    },
}

impl Controls {
    /// The kind of control, without its choices: equal for two questions that are answered the
    /// same way, so that moving between them updates the choices in place.
    pub fn kind(&self) -> ControlKind {
        match self {
            Controls::Buttons(_) => ControlKind::Buttons,
            Controls::Checks { .. } => ControlKind::Checks,
            Controls::Field { .. } => ControlKind::Field,
        }
    }

    /// The buttons, for questions answered with one click.
    pub fn buttons(self) -> Vec<Choice> {
        match self {
            Controls::Buttons(list) => list,
            _ => vec![],
        }
    }
}

/// [`Controls`] without their choices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ControlKind {
    /// One button per answer.
    Buttons,
    /// A checklist.
    Checks,
    /// A text or date field.
    Field,
}

/// The value "Not sure" takes for this question, if the question offers it and the engine
/// accepts it (as a single value, or as the only ticked item of a checklist).
pub fn unsure_answer(q: &Question) -> Option<Answer> {
    if !q.unsure {
        return None;
    }
    [
        Answer::One(UNSURE.to_owned()),
        Answer::Many(vec![UNSURE.to_owned()]),
    ]
    .into_iter()
    .find(|a| accepts(q, a))
}

/// A `YYYY-MM-DD` date in English words (`2 Dec 2026`) as the engine writes it, for the first
/// screen: the engine's text tables stay out of the first download. Other text is returned as
/// it is.
pub fn english_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parts = (iso.get(0..4), iso.get(5..7), iso.get(8..10));
    match parts {
        (Some(y), Some(m), Some(d)) if aiact_core::flow::is_iso_date(iso) => {
            let month = m.parse::<usize>().unwrap_or(1).clamp(1, 12);
            let day = d.parse::<u32>().unwrap_or(1);
            format!("{day} {} {y}", MONTHS[month - 1])
        }
        _ => iso.to_owned(),
    }
}

/// A `YYYY-MM-DD` date in the short words of the content's language (`2 Dec 2026`,
/// `2. Dez. 2026`), as the engine writes dates in lists and tables; in English until the
/// content's texts are in. Other text is returned as it is.
pub fn date_in(cat: &Catalog, iso: &str) -> String {
    let m = &cat.messages;
    let Some(format) = m.own("date.format") else {
        return english_date(iso);
    };
    if !aiact_core::flow::is_iso_date(iso) {
        return iso.to_owned();
    }
    let month = iso[5..7].parse::<usize>().unwrap_or(1).clamp(1, 12);
    let day = match iso[8..10].parse::<u32>().unwrap_or(1) {
        1 => m.own("date.first_day").unwrap_or("1").to_owned(),
        d => d.to_string(),
    };
    let Some(name) = m.own(aiact_core::i18n::messages::SHORT_MONTHS[month - 1]) else {
        return english_date(iso);
    };
    crate::text::fill(
        format,
        &[("day", &day), ("month", name), ("year", &iso[..4])],
    )
}

/// The page's own words on every screen (header, footer, the question's controls), in the
/// language of the content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ShellWords {
    /// The link that skips to the main part.
    pub skip: &'static str,
    /// The line under the name in the header.
    pub tagline: &'static str,
    /// The label of the language switch.
    pub language: &'static str,
    /// The link to the list of assessments.
    pub all_assessments: &'static str,
    /// The footer line.
    pub footer: &'static str,
    /// Back to the previous question.
    pub back: &'static str,
    /// To the review of all answers.
    pub review_all: &'static str,
    /// Opens a question's help.
    pub what_does_this_mean: &'static str,
    /// The label of the name field.
    pub system_name: &'static str,
    /// Submits a checklist.
    pub continue_ticked: &'static str,
    /// The label of a text or date answer.
    pub your_answer: &'static str,
    /// Submits a text or date answer.
    pub continue_: &'static str,
}

impl ShellWords {
    /// The English words (the first screen's, before the content's texts are in).
    pub const ENGLISH: ShellWords = ShellWords {
        skip: t::SKIP.english,
        tagline: t::TAGLINE.english,
        language: t::LANGUAGE.english,
        all_assessments: t::ALL_ASSESSMENTS.english,
        footer: t::FOOTER.english,
        back: t::BACK.english,
        review_all: t::REVIEW_ALL.english,
        what_does_this_mean: t::WHAT_DOES_THIS_MEAN.english,
        system_name: t::SYSTEM_NAME.english,
        continue_ticked: t::CONTINUE_TICKED.english,
        your_answer: t::YOUR_ANSWER.english,
        continue_: t::CONTINUE.english,
    };

    /// The words in the language of the content, from the catalog's own texts (a start file
    /// carries them), English where it has none.
    pub fn of(cat: &'static aiact_core::Catalog) -> ShellWords {
        ShellWords {
            skip: t::SKIP.of(cat),
            tagline: t::TAGLINE.of(cat),
            language: t::LANGUAGE.of(cat),
            all_assessments: t::ALL_ASSESSMENTS.of(cat),
            footer: t::FOOTER.of(cat),
            back: t::BACK.of(cat),
            review_all: t::REVIEW_ALL.of(cat),
            what_does_this_mean: t::WHAT_DOES_THIS_MEAN.of(cat),
            system_name: t::SYSTEM_NAME.of(cat),
            continue_ticked: t::CONTINUE_TICKED.of(cat),
            your_answer: t::YOUR_ANSWER.of(cat),
            continue_: t::CONTINUE.of(cat),
        }
    }
}

/// The words of the answers every question may have: "Yes", "No", "Not sure".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerWords {
    /// "Yes".
    pub yes: &'static str,
    /// "No".
    pub no: &'static str,
    /// "Not sure".
    pub unsure: &'static str,
}

impl AnswerWords {
    /// The English words (the first screen's, before the engine's texts are in).
    pub const ENGLISH: AnswerWords = AnswerWords {
        yes: "Yes",
        no: "No",
        unsure: "Not sure",
    };

    /// The words in the language of the content, from the catalog's own texts, English where
    /// it has none.
    pub fn of(cat: &'static aiact_core::Catalog) -> AnswerWords {
        let en = AnswerWords::ENGLISH;
        let m = &cat.messages;
        AnswerWords {
            yes: m.own("answer.yes").unwrap_or(en.yes),
            no: m.own("answer.no").unwrap_or(en.no),
            unsure: m.own("answer.unsure").unwrap_or(en.unsure),
        }
    }
}

/// The controls of a question, for any kind of question the content defines.
pub fn controls(q: &'static Question, words: AnswerWords) -> Controls {
    let choice = |o: &'static aiact_core::model::AnswerOption| Choice {
        value: &o.id,
        label: &o.label,
        hint: &o.hint,
    };
    let unsure = unsure_answer(q)
        .filter(|_| !q.options.iter().any(|o| o.id == UNSURE))
        .map(|_| Choice {
            value: UNSURE,
            label: words.unsure,
            hint: "",
        });
    match q.kind {
        QuestionKind::YesNo => {
            let mut list = vec![
                Choice {
                    value: YES,
                    label: words.yes,
                    hint: "",
                },
                Choice {
                    value: NO,
                    label: words.no,
                    hint: "",
                },
            ];
            list.extend(unsure);
            Controls::Buttons(list)
        }
        QuestionKind::Single => {
            let mut list: Vec<Choice> = q.options.iter().map(choice).collect();
            list.extend(unsure);
            Controls::Buttons(list)
        }
        QuestionKind::Multi => {
            let mut exclusive: Vec<Choice> = q
                .options
                .iter()
                .filter(|o| o.exclusive)
                .map(choice)
                .collect();
            exclusive.extend(unsure);
            Controls::Checks {
                options: q
                    .options
                    .iter()
                    .filter(|o| !o.exclusive)
                    .map(choice)
                    .collect(),
                exclusive,
            }
        }
        QuestionKind::Text | QuestionKind::Date => Controls::Field {
            date: q.kind == QuestionKind::Date,
        },
    }
}

/// The answer a click on `choice` gives: a single value, or for a checklist's exclusive
/// option, a list of one.
pub fn choice_answer(q: &Question, value: &str) -> Answer {
    let one = Answer::One(value.to_owned());
    if q.kind == QuestionKind::Multi && !accepts(q, &one) {
        Answer::Many(vec![value.to_owned()])
    } else {
        one
    }
}

/// Why a checklist or field answer was refused, in words for the person, naming the options
/// that stand alone (such as "None of these") by their own labels.
pub fn refusal(cat: &Catalog, q: &Question, words: AnswerWords) -> String {
    match q.kind {
        QuestionKind::Multi => {
            let mut alone: Vec<String> = q
                .options
                .iter()
                .filter(|o| o.exclusive)
                .map(|o| quoted(cat, &o.label))
                .collect();
            if unsure_answer(q).is_some() && !q.options.iter().any(|o| o.id == UNSURE) {
                alone.push(quoted(cat, words.unsure));
            }
            if alone.is_empty() {
                t::QUESTION_TICK_ONE.of(cat).to_owned()
            } else {
                let or = format!(" {} ", t::OR.of(cat));
                fill(
                    t::QUESTION_TICK_ONE_OR.of(cat),
                    &[("options", &alone.join(&or))],
                )
            }
        }
        QuestionKind::Date => t::QUESTION_ENTER_DATE.of(cat).to_owned(),
        _ => t::QUESTION_ENTER_ANSWER.of(cat).to_owned(),
    }
}

/// One section in the progress indicator.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ProgressRow {
    /// Section title.
    pub title: String,
    /// `done`, `open` or `skipped` (also the CSS class).
    pub state: &'static str,
    /// "done", "3 of 5 answered", "does not apply".
    pub status: String,
}

/// Progress by section: the sections decided so far, and how many may still follow.
pub fn progress(catalog: &Catalog, answers: &Answers) -> (Vec<ProgressRow>, usize) {
    let mut later = 0;
    let rows = aiact_core::flow(catalog, answers)
        .progress(catalog)
        .into_iter()
        .filter_map(|s| {
            let (state, status) = match s.state {
                SectionState::Done => ("done", t::PROGRESS_DONE.of(catalog).to_owned()),
                SectionState::Open => (
                    "open",
                    fill(
                        t::PROGRESS_OPEN.of(catalog),
                        &[
                            ("answered", &s.answered.to_string()),
                            ("visible", &s.visible.to_string()),
                        ],
                    ),
                ),
                SectionState::NotNeeded => ("skipped", t::PROGRESS_SKIPPED.of(catalog).to_owned()),
                SectionState::Later => {
                    later += 1;
                    return None;
                }
            };
            Some(ProgressRow {
                title: s.title,
                state,
                status,
            })
        })
        .collect();
    (rows, later)
}

/// One answered question on the review page.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ReviewItem {
    /// Question id.
    pub id: String,
    /// Question text.
    pub question: String,
    /// The answer in the words the person saw.
    pub answer: String,
}

/// The answered, visible questions of one section.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ReviewSection {
    /// Section title.
    pub title: String,
    /// Its answered questions, in order.
    pub items: Vec<ReviewItem>,
}

/// Every answer that counts, grouped by section, in the order asked.
pub fn review(catalog: &Catalog, answers: &Answers) -> Vec<ReviewSection> {
    let f = aiact_core::flow(catalog, answers);
    let mut sections: Vec<ReviewSection> = vec![];
    for q in &f.visible {
        let Some(a) = f.effective.get(&q.id) else {
            continue;
        };
        let title = catalog
            .section_of(&q.id)
            .map(|s| s.title.clone())
            .unwrap_or_default();
        let item = ReviewItem {
            id: q.id.clone(),
            question: q.text.clone(),
            answer: q.answer_label(&catalog.messages, a),
        };
        match sections.last_mut() {
            Some(s) if s.title == title => s.items.push(item),
            _ => sections.push(ReviewSection {
                title,
                items: vec![item],
            }),
        }
    }
    sections
}

/// What the live region says about the likely result (empty before any answer counts);
/// `label` names a tier in the page's language.
pub fn announcement(cat: &Catalog, a: &Assessment, label: impl Fn(Tier) -> &'static str) -> String {
    if a.answered == 0 {
        return String::new();
    }
    let line = if a.complete {
        t::ANNOUNCE_RESULT
    } else {
        t::ANNOUNCE_SO_FAR
    };
    fill(line.of(cat), &[("tier", &tier_words(cat, a, label))])
}

/// A tier's name, marked "provisional" where the assessment is.
fn tier_words(cat: &Catalog, a: &Assessment, label: impl Fn(Tier) -> &'static str) -> String {
    let tier = label(a.tier.tier);
    if a.tier.provisional {
        fill(t::PROVISIONAL.of(cat), &[("tier", tier)])
    } else {
        tier.to_owned()
    }
}

/// The line shown while answering (empty before any answer counts).
pub fn so_far(cat: &Catalog, a: &Assessment, label: impl Fn(Tier) -> &'static str) -> String {
    if a.answered == 0 {
        return String::new();
    }
    fill(t::SO_FAR.of(cat), &[("tier", &tier_words(cat, a, label))])
}

/// What changing an answer from the review did to the result, in a sentence.
pub fn change_note(
    cat: &Catalog,
    before: Tier,
    after: Tier,
    label: impl Fn(Tier) -> &'static str,
) -> String {
    if before == after {
        fill(t::CHANGE_UNCHANGED.of(cat), &[("tier", label(after))])
    } else {
        fill(
            t::CHANGE_CHANGED.of(cat),
            &[("before", label(before)), ("after", label(after))],
        )
    }
}

/// The label of the button that continues the open assessment, naming it.
pub fn continue_label(cat: &Catalog, name: &str) -> String {
    if name.trim().is_empty() {
        t::LIBRARY_CONTINUE_UNNAMED.of(cat).to_owned()
    } else {
        fill(t::LIBRARY_CONTINUE.of(cat), &[("name", name)])
    }
}

/// The footer line: legal baseline and content date.
pub fn baseline_line(catalog: &Catalog) -> String {
    fill(
        t::FOOTER_BASELINE.of(catalog),
        &[
            ("baseline", &catalog.version.legal_baseline),
            ("date", &date_in(catalog, &catalog.version.content_date)),
        ],
    )
}

#[cfg(test)]
mod tests;
