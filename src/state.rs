//! The app's state: one signal for the open assessment, memos derived from it, the list of saved
//! assessments, and the actions the pages call. All legal logic is in `aiact-core`.

use crate::storage::{self, StorageError};
use aiact_core::envelope::Envelope;
use aiact_core::report::{self, Report};
use aiact_core::upgrade::{UpgradeReport, upgrade};
use aiact_core::{Answer, Answers, Assessment, Catalog};
use chrono::{Datelike, Timelike};
use leptos::prelude::*;

/// What the main area shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// What the tool does, and the saved assessments.
    Intro,
    /// A question, by id.
    Question(String),
    /// Every answer, with edit links.
    Review,
    /// The result.
    Result,
    /// Waiting for the rest of the questionnaire to load.
    Loading,
}

/// A notice shown above the page until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// What happened.
    pub text: String,
    /// Offer to download the answers file (when saving fails).
    pub offer_export: bool,
    /// An assessment that can be restored (after a delete).
    pub undo: Option<(String, Envelope)>,
    /// Offer to try loading the content again.
    pub retry: bool,
}

impl Notice {
    fn text(text: impl Into<String>) -> Self {
        Notice {
            text: text.into(),
            offer_export: false,
            undo: None,
            retry: false,
        }
    }
}

/// A share link waiting for the person to confirm the import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingImport {
    /// Where it came from, in words.
    pub source: String,
    /// The assessment it holds.
    pub envelope: Envelope,
}

/// Shared state, provided as context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The content: at first possibly only the first section, then all of it.
    pub catalog: RwSignal<&'static Catalog>,
    /// Whether `catalog` holds all the content.
    pub ready: RwSignal<bool>,
    /// Id of the open assessment.
    pub id: RwSignal<String>,
    /// The open assessment (the single source of truth for answers).
    pub current: RwSignal<Envelope>,
    /// Every saved assessment, newest first, as `(id, envelope)`.
    pub library: RwSignal<Vec<(String, Envelope)>>,
    /// What is shown.
    pub screen: RwSignal<Screen>,
    /// Notices, newest last.
    pub notices: RwSignal<Vec<Notice>>,
    /// Whether focus should move to the new screen's heading once it renders.
    pub move_focus: RwSignal<bool>,
    /// After answering, go back to the review page instead of the next question.
    pub editing_from_review: RwSignal<bool>,
    /// Whether answers are being saved in the browser.
    pub persistent: RwSignal<bool>,
    /// A share link or file waiting to be imported.
    pub pending_import: RwSignal<Option<PendingImport>>,
    /// What a content update changed in the open assessment, until dismissed.
    pub upgrade_report: RwSignal<Option<UpgradeReport>>,
    /// A share link made on request, shown on the result page.
    pub share_url: RwSignal<Option<String>>,
    /// Id of the library entry being renamed.
    pub renaming: RwSignal<Option<String>>,
    /// A problem with the answer just given, shown on the question.
    pub answer_error: RwSignal<Option<String>>,
    /// Id of an element to focus once the page has rendered.
    pub focus_target: RwSignal<Option<String>>,
    /// The assessment, derived from the answers alone.
    pub assessment: Memo<Assessment>,
    /// The report model of the assessment (what the result page and downloads show).
    pub report: Memo<Report>,
}

/// Today's date, `YYYY-MM-DD`, from the browser clock (UTC).
pub fn today() -> String {
    let d = chrono::Utc::now().date_naive();
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// The current time, RFC 3339 in UTC to the second (without chrono's formatter, which is large).
fn now() -> String {
    let t = chrono::Utc::now();
    let d = t.date_naive();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        d.year(),
        d.month(),
        d.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

impl AppState {
    /// Restores saved assessments and opens where the person left off. `ready` says whether
    /// `catalog` holds all the content; if not, [`AppState::content_loaded`] completes it.
    pub fn new(catalog: &'static Catalog, ready: bool) -> Self {
        let mut notices = vec![];
        let persistent = storage::available();
        let library = match storage::load_all() {
            Ok(loaded) => {
                notices.extend(loaded.problems.iter().map(|p| Notice::text(p.to_string())));
                loaded.found
            }
            Err(e) => {
                notices.push(Notice::text(e.to_string()));
                vec![]
            }
        };
        if !persistent && notices.is_empty() {
            notices.push(Notice::text(StorageError::Unavailable.to_string()));
        }
        let open =
            storage::current_id().and_then(|id| library.iter().find(|(i, _)| *i == id).cloned());
        let (id, env) = open.unwrap_or_else(|| {
            (
                storage::new_id(),
                Envelope::new(&catalog.version.content_date, &now()),
            )
        });
        let current = RwSignal::new(env);
        let catalog = RwSignal::new(catalog);
        let today = today();
        let assessment = Memo::new(move |_| {
            let cat = catalog.get();
            current.with(|e| aiact_core::assess(cat, &e.answers, &today))
        });
        let report = Memo::new(move |_| {
            let a = assessment.get();
            let cat = catalog.get();
            current.with(|e| report::build(cat, e, &a, &self::today()))
        });
        let state = AppState {
            catalog,
            ready: RwSignal::new(ready),
            id: RwSignal::new(id),
            current,
            library: RwSignal::new(library),
            screen: RwSignal::new(Screen::Intro),
            notices: RwSignal::new(notices),
            move_focus: RwSignal::new(false),
            editing_from_review: RwSignal::new(false),
            persistent: RwSignal::new(persistent),
            pending_import: RwSignal::new(None),
            upgrade_report: RwSignal::new(None),
            share_url: RwSignal::new(None),
            renaming: RwSignal::new(None),
            answer_error: RwSignal::new(None),
            focus_target: RwSignal::new(None),
            assessment,
            report,
        };
        if ready {
            state.upgrade_all();
        }
        state.watch_other_tabs();
        state
    }

    /// The content as it is now.
    pub fn cat(&self) -> &'static Catalog {
        self.catalog.get_untracked()
    }

    /// Takes the whole content once it has loaded, carries saved assessments over to it, and
    /// continues where the person was waiting.
    pub fn content_loaded(&self, full: &'static Catalog) {
        self.catalog.set(full);
        self.ready.set(true);
        self.upgrade_all();
        if !self.current.with_untracked(|e| e.answers.is_empty()) {
            self.save();
        }
        if self.screen.get_untracked() == Screen::Loading {
            self.resume();
        }
    }

    /// Tells the person that the content could not be loaded, offering to try again.
    pub fn content_failed(&self, text: String) {
        self.notices.update(|n| {
            n.push(Notice {
                text,
                offer_export: false,
                undo: None,
                retry: true,
            })
        });
    }

    /// Carries every saved assessment (and the open one) made with older content over to the
    /// current content; tells the person what changed in the open one.
    fn upgrade_all(&self) {
        let cat = self.cat();
        let today = today();
        let mut changed = vec![];
        self.library.update(|l| {
            for (id, env) in l.iter_mut() {
                if env.content_date != cat.version.content_date {
                    let _ = upgrade(cat, env, &today);
                    changed.push((id.clone(), env.clone()));
                }
            }
        });
        for (id, env) in &changed {
            self.store(id, env);
        }
        let mut report = None;
        self.current.update(|env| {
            if env.content_date != cat.version.content_date {
                report = Some(upgrade(cat, env, &today));
            }
        });
        match report {
            Some(r) if !r.is_empty() => {
                self.upgrade_report.set(Some(r));
                self.save();
            }
            _ => {
                // The open assessment may have been upgraded as a library entry: take that copy.
                let id = self.id.get_untracked();
                if let Some((_, env)) = changed.into_iter().find(|(i, _)| *i == id) {
                    self.current.set(env);
                }
            }
        }
    }

    /// Adds a notice.
    pub fn notify(&self, text: impl Into<String>) {
        let notice = Notice::text(text);
        self.notices.update(|n| {
            if !n.contains(&notice) {
                n.push(notice);
            }
        });
    }

    /// The answers as stored (including answers to questions hidden now).
    pub fn answers(&self) -> Answers {
        self.current.with(|e| e.answers.clone())
    }

    /// Opens the first unanswered question of the open assessment (or the result).
    pub fn resume(&self) {
        if !self.ready.get_untracked() {
            self.go(Screen::Loading);
            return;
        }
        let answers = self.answers();
        let f = aiact_core::flow(self.cat(), &answers);
        self.go(match f.first_unanswered() {
            Some(q) => Screen::Question(q.id.clone()),
            None => Screen::Result,
        });
    }

    /// Records an answer, saves at once, and moves on.
    pub fn answer(&self, question: &str, answer: Answer) {
        self.current.update(|e| {
            e.answers.insert(question.to_owned(), answer);
        });
        self.save();
        if !self.ready.get_untracked() {
            self.go(Screen::Loading);
            return;
        }
        let answers = self.answers();
        let f = aiact_core::flow(self.cat(), &answers);
        if self.editing_from_review.get_untracked() {
            // Back to the review, unless the change opened a new question.
            let opened = f.next_unanswered_after(self.cat(), question);
            match opened {
                Some(q) if !f.is_answered(&q.id) => self.go(Screen::Question(q.id.clone())),
                _ => {
                    self.editing_from_review.set(false);
                    self.go(Screen::Review);
                }
            }
            return;
        }
        self.go(match f.next_unanswered_after(self.cat(), question) {
            Some(q) => Screen::Question(q.id.clone()),
            None => Screen::Result,
        });
    }

    /// Sets the system's name and description.
    pub fn describe(&self, name: String, description: String) {
        self.current.update(|e| {
            e.name = name;
            e.description = description;
        });
        self.save();
    }

    /// Shows the visible question before `question`, or the intro.
    pub fn back_from(&self, question: &str) {
        let answers = self.answers();
        let f = aiact_core::flow(self.cat(), &answers);
        match f.previous_before(self.cat(), question) {
            Some(q) => self.go(Screen::Question(q.id.clone())),
            None => self.go(Screen::Intro),
        }
    }

    /// Opens a question to change its answer, returning to the review afterwards.
    pub fn edit(&self, question: &str) {
        self.editing_from_review.set(true);
        self.go(Screen::Question(question.to_owned()));
    }

    /// Shows a screen and moves focus to its heading.
    pub fn go(&self, screen: Screen) {
        if !matches!(screen, Screen::Question(_)) {
            self.editing_from_review.set(false);
        }
        self.answer_error.set(None);
        self.share_url.set(None);
        self.move_focus.set(true);
        self.screen.set(screen);
    }

    /// Starts a new, empty assessment (the others stay saved).
    pub fn start_new(&self) {
        self.open(
            storage::new_id(),
            Envelope::new(&self.cat().version.content_date, &now()),
        );
        self.save();
        self.resume();
    }

    /// Opens a saved assessment.
    pub fn open_saved(&self, id: &str) {
        if let Some((id, env)) = self
            .library
            .with_untracked(|l| l.iter().find(|(i, _)| i == id).cloned())
        {
            self.open(id, env);
            if self.persistent.get_untracked() {
                let _ = storage::save(&self.id.get_untracked(), &self.current.get_untracked());
            }
            self.resume();
        }
    }

    fn open(&self, id: String, env: Envelope) {
        self.upgrade_report.set(None);
        self.renaming.set(None);
        self.id.set(id);
        self.current.set(env);
    }

    /// Copies a saved assessment under a new name.
    pub fn duplicate(&self, id: &str) {
        let Some((_, mut env)) = self
            .library
            .with_untracked(|l| l.iter().find(|(i, _)| i == id).cloned())
        else {
            return;
        };
        env.name = format!(
            "{} (copy)",
            if env.name.is_empty() {
                "Unnamed system"
            } else {
                &env.name
            }
        );
        env.created = now();
        env.updated = env.created.clone();
        let new_id = storage::new_id();
        self.store(&new_id, &env);
        self.library.update(|l| l.insert(0, (new_id, env)));
    }

    /// Renames a saved assessment.
    pub fn rename(&self, id: &str, name: String) {
        if id == self.id.get_untracked() {
            self.current.update(|e| e.name = name);
            self.save();
            return;
        }
        let mut changed = None;
        self.library.update(|l| {
            if let Some((_, env)) = l.iter_mut().find(|(i, _)| i == id) {
                env.name = name;
                changed = Some(env.clone());
            }
        });
        if let Some(env) = changed {
            self.store(id, &env);
        }
    }

    /// Deletes a saved assessment, offering to undo.
    pub fn delete(&self, id: &str) {
        let Some(entry) = self
            .library
            .with_untracked(|l| l.iter().find(|(i, _)| i == id).cloned())
        else {
            return;
        };
        if self.persistent.get_untracked()
            && let Err(e) = storage::delete(id)
        {
            self.notify(e.to_string());
            return;
        }
        self.library.update(|l| l.retain(|(i, _)| i != id));
        if id == self.id.get_untracked() {
            self.open(
                storage::new_id(),
                Envelope::new(&self.cat().version.content_date, &now()),
            );
        }
        let name = if entry.1.name.is_empty() {
            "Unnamed system".to_owned()
        } else {
            entry.1.name.clone()
        };
        self.notices.update(|n| {
            n.push(Notice {
                text: format!("Deleted \u{201c}{name}\u{201d}."),
                offer_export: false,
                undo: Some(entry),
                retry: false,
            })
        });
    }

    /// Removes the notice at `index`.
    pub fn dismiss(&self, index: Option<usize>) {
        self.notices.update(|n| {
            if let Some(i) = index.filter(|i| *i < n.len()) {
                n.remove(i);
            }
        });
    }

    /// Restores the assessment deleted in the notice at `index`, and removes the notice.
    pub fn undo(&self, index: Option<usize>) {
        let entry = index.and_then(|i| self.notices.with_untracked(|n| n.get(i)?.undo.clone()));
        if let Some(entry) = entry {
            self.store(&entry.0, &entry.1);
            self.library.update(|l| l.insert(0, entry));
        }
        self.dismiss(index);
    }

    /// Imports an assessment (from a file or a share link) as a new one; never overwrites.
    pub fn import(&self, mut env: Envelope) {
        if !self.ready.get_untracked() {
            // Carried over to the current content once it has loaded (`content_loaded`).
            env.updated = now();
            self.open(storage::new_id(), env);
            self.save();
            self.resume();
            return;
        }
        let today = today();
        let r = upgrade(self.cat(), &mut env, &today);
        env.updated = now();
        let id = storage::new_id();
        self.open(id, env);
        self.save();
        if !r.is_empty()
            && !r.from_content_date.is_empty()
            && r.from_content_date != r.to_content_date
        {
            self.upgrade_report.set(Some(r));
        }
        self.notify("Imported as a new assessment. Your other assessments are unchanged.");
        self.resume();
    }

    /// The report's file name for a format.
    pub fn file_name(&self, what: &str, ext: &str) -> String {
        self.report
            .with_untracked(|r| report::file_name(r, what, ext))
    }

    fn store(&self, id: &str, env: &Envelope) {
        if !self.persistent.get_untracked() {
            return;
        }
        if let Err(e) = storage::save(id, env) {
            self.persistent.set(false);
            self.notices.update(|n| {
                n.push(Notice {
                    text: e.to_string(),
                    offer_export: true,
                    undo: None,
                    retry: false,
                })
            });
        }
    }

    /// Saves the open assessment at once, stamped with what the person saw and the result.
    fn save(&self) {
        let stamp = now();
        let ready = self.ready.get_untracked();
        let a = self.assessment.get_untracked();
        self.current.update(|e| {
            e.updated = stamp;
            // What the person saw and the result are recorded against the whole content only.
            if ready {
                e.stamp(self.catalog.get_untracked(), &a);
            }
        });
        let (id, env) = (self.id.get_untracked(), self.current.get_untracked());
        self.library.update(|l| {
            l.retain(|(i, _)| *i != id);
            l.insert(0, (id.clone(), env.clone()));
        });
        self.store(&id, &env);
    }

    /// Follows changes another tab makes, so that two tabs never silently overwrite each other.
    fn watch_other_tabs(&self) {
        let this = *self;
        storage::on_other_tab_change(move |id| {
            let Ok(Some(env)) = storage::load(&id) else {
                return;
            };
            this.library.update(|l| {
                l.retain(|(i, _)| *i != id);
                l.insert(0, (id.clone(), env.clone()));
            });
            if id == this.id.get_untracked() && env != this.current.get_untracked() {
                this.current.set(env);
                this.notify("This assessment was changed in another tab or window; the latest answers are shown.");
            }
        });
    }
}
