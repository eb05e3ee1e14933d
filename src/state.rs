//! The app's state: one signal for the current assessment, memos derived from it, and navigation.

use crate::storage;
use aiact_core::envelope::Envelope;
use aiact_core::{Answer, Answers, Assessment, Catalog};
use chrono::{Datelike, Timelike};
use leptos::prelude::*;

/// What the main area shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// A question, by id.
    Question(String),
    /// The result.
    Result,
}

/// Shared state, provided as context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The content.
    pub catalog: &'static Catalog,
    /// The assessment being edited (the single source of truth).
    pub current: RwSignal<Envelope>,
    /// What is shown.
    pub screen: RwSignal<Screen>,
    /// A notice about storage, shown until dismissed.
    pub notice: RwSignal<Option<String>>,
    /// Whether focus should move to the new screen's heading after it renders.
    pub move_focus: RwSignal<bool>,
    /// The assessment, derived from the answers alone.
    pub assessment: Memo<Assessment>,
}

/// Today's date, `YYYY-MM-DD`, from the browser clock (UTC).
pub fn today() -> String {
    let d = chrono::Utc::now().date_naive();
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// The current time, RFC 3339 in UTC to the second (without chrono's formatter, which is large).
fn now() -> String {
    let t = chrono::Utc::now();
    format!(
        "{}T{:02}:{:02}:{:02}Z",
        today(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

impl AppState {
    /// Restores the saved assessment (or starts one) and opens where the person left off.
    pub fn new(catalog: &'static Catalog) -> Self {
        let (saved, notice) = match storage::load_current() {
            Ok(saved) => (saved, None),
            Err(e) => (None, Some(e.to_string())),
        };
        let env = saved.unwrap_or_else(|| Envelope::new(&catalog.version.content_date, &now()));
        let f = aiact_core::flow(catalog, &env.answers);
        let screen = match f.first_unanswered() {
            Some(q) => Screen::Question(q.id.clone()),
            None => Screen::Result,
        };
        let current = RwSignal::new(env);
        let today = today();
        let assessment =
            Memo::new(move |_| current.with(|e| aiact_core::assess(catalog, &e.answers, &today)));
        AppState {
            catalog,
            current,
            screen: RwSignal::new(screen),
            notice: RwSignal::new(notice),
            move_focus: RwSignal::new(false),
            assessment,
        }
    }

    /// The answers as stored (including answers to questions hidden now).
    pub fn answers(&self) -> Answers {
        self.current.with(|e| e.answers.clone())
    }

    /// Records an answer, saves at once, and moves on to the next open question or the result.
    pub fn answer(&self, question: &str, answer: Answer) {
        let stamp = now();
        self.current.update(|e| {
            e.answers.insert(question.to_owned(), answer);
            e.updated = stamp;
        });
        self.save();
        let answers = self.answers();
        let f = aiact_core::flow(self.catalog, &answers);
        let next = f.next_unanswered_after(self.catalog, question);
        self.go(match next {
            Some(q) => Screen::Question(q.id.clone()),
            None => Screen::Result,
        });
    }

    /// Shows the visible question before `question`, if any.
    pub fn back_from(&self, question: &str) {
        let answers = self.answers();
        let f = aiact_core::flow(self.catalog, &answers);
        if let Some(q) = f.previous_before(self.catalog, question) {
            self.go(Screen::Question(q.id.clone()));
        }
    }

    /// Shows the last visible question (from the result).
    pub fn back_from_result(&self) {
        let answers = self.answers();
        let f = aiact_core::flow(self.catalog, &answers);
        if let Some(q) = f.visible.last() {
            self.go(Screen::Question(q.id.clone()));
        }
    }

    /// Clears every answer and starts again.
    pub fn restart(&self) {
        let env = Envelope::new(&self.catalog.version.content_date, &now());
        self.current.set(env);
        self.save();
        if let Some(q) = self.catalog.questions().next() {
            self.go(Screen::Question(q.id.clone()));
        }
    }

    fn go(&self, screen: Screen) {
        self.move_focus.set(true);
        self.screen.set(screen);
    }

    fn save(&self) {
        if let Err(e) = self.current.with_untracked(storage::save_current) {
            self.notice.set(Some(e.to_string()));
        }
    }
}
