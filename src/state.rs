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
    /// Whether loading the rest of the content failed (the loading screen then offers a retry).
    pub load_failed: RwSignal<bool>,
    /// Whether answers were saved before the whole content arrived (and need stamping then).
    saved_early: RwSignal<bool>,
    /// Whether the name or description changed without re-rendering the page.
    details_dirty: RwSignal<bool>,
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
pub fn now() -> String {
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
            load_failed: RwSignal::new(false),
            saved_early: RwSignal::new(false),
            details_dirty: RwSignal::new(false),
            assessment,
            report,
        };
        if ready {
            state.upgrade_current();
        }
        state.watch_other_tabs();
        state
    }

    /// The content as it is now.
    pub fn cat(&self) -> &'static Catalog {
        self.catalog.get_untracked()
    }

    /// Takes the whole content once it has loaded, carries the open assessment over to it, and
    /// continues where the person was waiting.
    pub fn content_loaded(&self, full: &'static Catalog) {
        self.catalog.set(full);
        self.ready.set(true);
        self.load_failed.set(false);
        self.upgrade_current();
        // Answers given meanwhile were saved without what they concluded: complete them.
        if self.saved_early.get_untracked() {
            self.saved_early.set(false);
            self.save();
        }
        if self.screen.get_untracked() == Screen::Loading {
            self.resume();
        }
    }

    /// Tells the person that the content could not be loaded, offering to try again.
    pub fn content_failed(&self, text: String) {
        self.load_failed.set(true);
        self.notices.update(|n| {
            n.push(Notice {
                text,
                offer_export: false,
                undo: None,
                retry: true,
            })
        });
    }

    /// Carries the open assessment, if made with older content, over to the current content
    /// and tells the person what changed. (Other saved assessments are carried over when opened,
    /// so that each keeps its own report of what changed.)
    fn upgrade_current(&self) {
        let cat = self.cat();
        let mut report = None;
        self.current.update(|env| {
            // Only forward: a newer assessment is never carried back to older content.
            if env.content_date < cat.version.content_date {
                report = Some(upgrade(cat, env, &today()));
            }
        });
        if let Some(r) = report {
            if !r.is_empty() {
                self.upgrade_report.set(Some(r));
            }
            self.save();
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
        if self.details_dirty.get_untracked() {
            // Name and description were kept quietly while typing; let the page show them now.
            self.details_dirty.set(false);
            self.current.update(|_| {});
        }
        self.answer_error.set(None);
        self.share_url.set(None);
        if self.screen.get_untracked() != screen {
            self.move_focus.set(true);
        }
        self.screen.set(screen);
    }

    /// Keeps the name and description as they are typed, and saves them, without re-rendering
    /// the page (which would move the caret); the page shows them on the next navigation.
    pub fn describe_quietly(&self, name: String, description: String) {
        self.current.update_untracked(|e| {
            e.name = name;
            e.description = description;
            e.updated = now();
        });
        self.details_dirty.set(true);
        let (id, env) = (self.id.get_untracked(), self.current.get_untracked());
        self.store(&id, &env);
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
            if self.ready.get_untracked() {
                self.upgrade_current();
            }
            if self.persistent.get_untracked() {
                let _ = storage::set_current(&self.id.get_untracked());
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
        self.put_first(new_id, env);
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
            self.put_first(entry.0, entry.1);
        }
        self.dismiss(index);
    }

    /// Imports an assessment (from a file or a share link) as a new one; never overwrites.
    pub fn import(&self, mut env: Envelope) {
        env.updated = now();
        self.open(storage::new_id(), env);
        // With the whole content at hand it is carried over now, else once it has loaded.
        if self.ready.get_untracked() {
            self.upgrade_current();
        }
        self.save();
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
            // Only a browser without storage stops the saving; a full one is tried again next time.
            if e == StorageError::Unavailable {
                self.persistent.set(false);
            }
            let notice = Notice {
                text: e.to_string(),
                offer_export: true,
                undo: None,
                retry: false,
            };
            self.notices.update(|n| {
                if !n.contains(&notice) {
                    n.push(notice);
                }
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
        if !ready {
            self.saved_early.set(true);
        }
        let (id, env) = (self.id.get_untracked(), self.current.get_untracked());
        self.put_first(id.clone(), env.clone());
        self.store(&id, &env);
        if self.persistent.get_untracked() {
            let _ = storage::set_current(&id);
        }
    }

    /// Puts an assessment at the top of the list (the most recently changed), replacing its old
    /// entry.
    fn put_first(&self, id: String, env: Envelope) {
        self.library.update(|l| {
            l.retain(|(i, _)| *i != id);
            l.insert(0, (id, env));
        });
    }

    /// Follows changes another tab makes, so that two tabs never silently overwrite each other.
    fn watch_other_tabs(&self) {
        let this = *self;
        storage::on_other_tab_change(move |id| {
            let env = match storage::load(&id) {
                Ok(Some(env)) => env,
                Ok(None) => {
                    // Deleted in another tab: drop it from the list, keep the open copy in memory.
                    this.library.update(|l| l.retain(|(i, _)| *i != id));
                    if id == this.id.get_untracked() {
                        this.notify("This assessment was deleted in another tab or window. It is still open here; any further answer saves it again.");
                    }
                    return;
                }
                Err(_) => return,
            };
            this.put_first(id.clone(), env.clone());
            if id == this.id.get_untracked() && env != this.current.get_untracked() {
                this.current.set(env);
                this.notify("This assessment was changed in another tab or window; the latest answers are shown.");
            }
        });
    }
}
