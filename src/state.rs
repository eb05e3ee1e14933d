//! The app's state: one signal for the open assessment, memos derived from it, the list of saved
//! assessments, and the actions the components call. All legal logic is in `aiact-core`.

use crate::later::{Downloads, Format, Later};
use crate::merge::{self, Side, Times};
use crate::storage::{self, StorageError};
use crate::vm::library::Entry;
use crate::vm::share_link::{self, TooLong};
use aiact_core::envelope::{DecodeError, Envelope};
use aiact_core::model::Tier;
use aiact_core::report::Report;
use aiact_core::upgrade::UpgradeReport;
use aiact_core::{Answer, Answers, Assessment, Catalog};
use leptos::prelude::*;

/// What the main area shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Screen {
    /// What the tool does, the first question or the way back in, and the saved assessments.
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

/// What a notice offers besides dismissing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Offer {
    /// Download the answers file (when saving fails).
    Export,
    /// Restore a deleted assessment.
    Undo(Box<(String, Envelope)>),
    /// Try loading the content or code again.
    Retry,
    /// Reload to use a new version.
    Reload,
    /// Take the other tab's answer to a question answered differently in two tabs.
    UseOther {
        /// Question id.
        question: String,
        /// The other answer.
        answer: Answer,
    },
}

/// A notice shown above the page until dismissed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Identifies it in the list.
    pub id: u32,
    /// What happened.
    pub text: String,
    /// What it offers.
    pub offer: Option<Offer>,
}

/// A share link or file waiting for the person to confirm the import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingImport {
    /// Where it came from, in words.
    pub source: String,
    /// The assessment it holds.
    pub envelope: Envelope,
}

/// What a save records.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Change {
    /// An answer.
    Answer,
    /// The name or description being typed.
    Details,
    /// Anything else (a new, opened, imported or carried-over assessment).
    Other,
}

/// Shared state, provided as context.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The content: at first possibly only the first section, then all of it.
    pub catalog: RwSignal<&'static Catalog>,
    /// Whether `catalog` holds all the content.
    pub ready: RwSignal<bool>,
    /// The engine and the later screens, once loaded.
    pub later: RwSignal<Option<&'static Later>>,
    /// The report renderers, once loaded.
    pub downloads: RwSignal<Option<&'static Downloads>>,
    /// Id of the open assessment.
    pub id: RwSignal<String>,
    /// The open assessment (the single source of truth for answers).
    pub current: RwSignal<Envelope>,
    /// Its answers (as stored, including answers to questions hidden now).
    pub answers: Memo<Answers>,
    /// Every saved assessment, most recently changed first.
    pub library: RwSignal<Vec<Entry>>,
    /// What is shown.
    pub screen: RwSignal<Screen>,
    /// Notices, oldest first.
    pub notices: RwSignal<Vec<Notice>>,
    /// A share link or file waiting to be imported.
    pub pending_import: RwSignal<Option<PendingImport>>,
    /// What a content update changed in the open assessment, until dismissed.
    pub upgrade_report: RwSignal<Option<UpgradeReport>>,
    /// A share link made on request (or why none could be made), shown on the result page.
    pub share: RwSignal<Option<Result<String, TooLong>>>,
    /// Id of the library entry being renamed.
    pub renaming: RwSignal<Option<String>>,
    /// A problem with the answer just given, shown on the question.
    pub answer_error: RwSignal<Option<String>>,
    /// Whether loading the rest of the content failed (the loading screen then offers a retry).
    pub load_failed: RwSignal<bool>,
    /// How the result changed after an answer was changed from the review.
    pub change_note: RwSignal<Option<String>>,
    /// The assessment, derived from the answers alone (once all content and the engine are in).
    pub assessment: Memo<Option<Assessment>>,
    /// The report model of the assessment (what the result page and downloads show).
    pub report: Memo<Option<Report>>,
    /// Whether focus moves to the next screen's heading once it renders.
    pub move_focus: StoredValue<bool>,
    /// Whether the state belongs to a page (and may touch browser storage).
    in_browser: bool,
    today: StoredValue<String>,
    editing_from_review: StoredValue<bool>,
    tier_before_edit: StoredValue<Option<Tier>>,
    /// Answers were saved before the result could be computed (they are stamped later).
    saved_early: StoredValue<bool>,
    /// Assessments written by a newer version of the app: this page never writes them.
    locked: StoredValue<Vec<String>>,
    /// When each answer of the open assessment was given.
    times: StoredValue<Times>,
    /// When this page last took the stored state of the open assessment.
    synced_at: StoredValue<f64>,
    /// Whether the name or description was typed here since then.
    details_typed: StoredValue<bool>,
    next_notice: StoredValue<u32>,
}

/// Today's date, `YYYY-MM-DD`, from the browser clock (UTC).
pub fn today() -> String {
    now()[..10].to_owned()
}

/// The current time, RFC 3339 in UTC to the second.
pub fn now() -> String {
    use chrono::{Datelike, Timelike};
    let t = chrono::Utc::now();
    format!(
        "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z",
        t.year(),
        t.month(),
        t.day(),
        t.hour(),
        t.minute(),
        t.second()
    )
}

/// Milliseconds since 1970.
fn now_ms() -> f64 {
    chrono::Utc::now().timestamp_millis() as f64
}

impl AppState {
    fn build(
        catalog: &'static Catalog,
        ready: bool,
        id: String,
        env: Envelope,
        in_browser: bool,
    ) -> Self {
        let catalog = RwSignal::new(catalog);
        let ready = RwSignal::new(ready);
        let later = RwSignal::new(None::<&'static Later>);
        let current = RwSignal::new(env);
        let answers = Memo::new(move |_| current.with(|e| e.answers.clone()));
        let today = StoredValue::new(today());
        let assessment = Memo::new(move |_| {
            let later = later.get()?;
            if !ready.get() {
                return None;
            }
            let cat = catalog.get();
            answers.with(|a| today.with_value(|t| Some((later.assess)(cat, a, t))))
        });
        let report = Memo::new(move |_| {
            let later = later.get()?;
            let cat = catalog.get();
            assessment.with(|a| {
                let a = a.as_ref()?;
                current.with(|e| today.with_value(|t| Some((later.report)(cat, e, a, t))))
            })
        });
        AppState {
            catalog,
            ready,
            later,
            downloads: RwSignal::new(None),
            id: RwSignal::new(id),
            current,
            answers,
            library: RwSignal::new(vec![]),
            screen: RwSignal::new(Screen::Intro),
            notices: RwSignal::new(vec![]),
            pending_import: RwSignal::new(None),
            upgrade_report: RwSignal::new(None),
            share: RwSignal::new(None),
            renaming: RwSignal::new(None),
            answer_error: RwSignal::new(None),
            load_failed: RwSignal::new(false),
            change_note: RwSignal::new(None),
            assessment,
            report,
            move_focus: StoredValue::new(false),
            in_browser,
            today,
            editing_from_review: StoredValue::new(false),
            tier_before_edit: StoredValue::new(None),
            saved_early: StoredValue::new(false),
            locked: StoredValue::new(vec![]),
            times: StoredValue::new(Times::new()),
            synced_at: StoredValue::new(0.0),
            details_typed: StoredValue::new(false),
            next_notice: StoredValue::new(0),
        }
    }

    /// The first screen as a first-time visitor sees it, touching no browser API: what the build
    /// renders into the page.
    pub fn first_screen(catalog: &'static Catalog) -> Self {
        let env = Envelope::new(&catalog.version.content_date, "");
        Self::build(catalog, false, String::new(), env, false)
    }

    /// Restores saved assessments and opens where the person left off. `ready` says whether
    /// `catalog` holds all the content; if not, [`AppState::content_loaded`] completes it.
    pub fn new(catalog: &'static Catalog, ready: bool) -> Self {
        let loaded = storage::load_all();
        let open = storage::current_id()
            .filter(|id| loaded.found.iter().any(|(i, _)| i == id))
            .and_then(|id| storage::load(&id).ok().flatten().map(|env| (id, env)));
        let (id, env) = open.unwrap_or_else(|| {
            (
                storage::new_id(),
                Envelope::new(&catalog.version.content_date, &now()),
            )
        });
        let state = Self::build(catalog, ready, id.clone(), env, true);
        state.times.set_value(storage::load_times(&id));
        state.synced_at.set_value(now_ms());
        state.locked.set_value(loaded.newer);
        state
            .library
            .set(loaded.found.iter().map(|(i, e)| Entry::of(i, e)).collect());
        for problem in &loaded.problems {
            state.notify(problem.to_string());
        }
        if !storage::available() {
            state.notify(StorageError::Unavailable.to_string());
        }
        state.watch_other_tabs();
        state
    }

    /// The content as it is now.
    pub fn cat(&self) -> &'static Catalog {
        self.catalog.get_untracked()
    }

    fn engine(&self) -> Option<&'static Later> {
        self.later.get_untracked()
    }

    /// Takes the whole content once it has loaded and continues where the person was waiting.
    pub fn content_loaded(&self, full: &'static Catalog) {
        self.catalog.set(full);
        self.ready.set(true);
        self.load_failed.set(false);
        self.complete_early_work();
        if self.screen.get_untracked() == Screen::Loading {
            self.resume();
        }
    }

    /// Takes the engine and later screens once they have loaded.
    pub fn later_loaded(&self, later: &'static Later) {
        self.later.set(Some(later));
        self.complete_early_work();
    }

    /// Tells the person that something could not be loaded, offering to try again.
    pub fn load_problem(&self, text: String) {
        self.load_failed.set(true);
        self.push_notice(text, Some(Offer::Retry));
    }

    /// With all content and the engine in: carries the open assessment over to the current
    /// content, and stamps answers that were saved before the result could be computed.
    fn complete_early_work(&self) {
        if !self.ready.get_untracked() || self.engine().is_none() {
            return;
        }
        self.upgrade_current();
        if self.saved_early.get_value() {
            self.saved_early.set_value(false);
            self.save(Change::Other);
        }
    }

    /// Carries the open assessment, if made with older content, over to the current content
    /// and tells the person what changed. (Other saved assessments are carried over when
    /// opened, so that each keeps its own report of what changed.)
    fn upgrade_current(&self) {
        let (Some(later), true) = (self.engine(), self.ready.get_untracked()) else {
            return;
        };
        let cat = self.cat();
        let mut report = None;
        self.current.update(|env| {
            // Only forward: a newer assessment is never carried back to older content.
            if env.content_date < cat.version.content_date {
                report = Some(self.today.with_value(|t| (later.upgrade)(cat, env, t)));
            }
        });
        if let Some(r) = report {
            let retired_changed = !r.removed.is_empty();
            if !r.is_empty() {
                self.upgrade_report.set(Some(r));
            }
            self.save(Change::Other);
            if retired_changed {
                self.save_retired();
            }
        }
    }

    fn push_notice(&self, text: String, offer: Option<Offer>) {
        self.notices.update(|n| {
            if n.iter().any(|x| x.text == text && x.offer == offer) {
                return;
            }
            let id = self.next_notice.get_value();
            self.next_notice.set_value(id + 1);
            n.push(Notice { id, text, offer });
        });
    }

    /// Adds a notice that offers an action.
    pub fn notify_offer(&self, text: impl Into<String>, offer: Offer) {
        self.push_notice(text.into(), Some(offer));
    }

    /// Adds a notice.
    pub fn notify(&self, text: impl Into<String>) {
        self.push_notice(text.into(), None);
    }

    /// Removes a notice.
    pub fn dismiss(&self, id: u32) {
        self.notices.update(|n| n.retain(|x| x.id != id));
    }

    /// Does what a notice offers, and removes it.
    pub fn accept_offer(&self, id: u32) {
        let Some(offer) = self
            .notices
            .with_untracked(|n| n.iter().find(|x| x.id == id).and_then(|x| x.offer.clone()))
        else {
            return;
        };
        match offer {
            Offer::Export => {
                self.download(Format::Answers);
                return;
            }
            Offer::Undo(entry) => {
                let (id, mut env) = *entry;
                self.store_env(&id, &mut env);
                let _ = storage::save_retired(&id, &env.retired);
                self.put_first(Entry::of(&id, &env));
            }
            Offer::Retry => {
                if self.in_browser {
                    crate::app::load_missing(*self);
                }
            }
            Offer::Reload => crate::app::apply_update(),
            Offer::UseOther { question, answer } => {
                self.times.update_value(|t| {
                    t.insert(question.clone(), now_ms());
                });
                self.current.update(|e| {
                    e.answers.insert(question, answer);
                });
                self.save(Change::Answer);
            }
        }
        self.dismiss(id);
    }

    /// Opens the first unanswered question of the open assessment (or the result).
    pub fn resume(&self) {
        if !self.ready.get_untracked() {
            self.go(Screen::Loading);
            return;
        }
        let next = self.answers.with_untracked(|a| {
            aiact_core::flow(self.cat(), a)
                .first_unanswered()
                .map(|q| q.id.clone())
        });
        self.go(next.map_or(Screen::Result, Screen::Question));
    }

    /// Records an answer, saves it at once, and moves on (back to the review when the answer
    /// was changed from there).
    pub fn answer(&self, question: &str, answer: Answer) {
        self.times.update_value(|t| {
            t.insert(question.to_owned(), now_ms());
        });
        self.current.update(|e| {
            e.answers.insert(question.to_owned(), answer);
        });
        self.save(Change::Answer);
        if !self.ready.get_untracked() {
            self.go(Screen::Loading);
            return;
        }
        let cat = self.cat();
        let next = self.answers.with_untracked(|a| {
            let f = aiact_core::flow(cat, a);
            f.next_unanswered_after(cat, question)
                .filter(|q| !f.is_answered(&q.id))
                .map(|q| q.id.clone())
        });
        if self.editing_from_review.get_value() {
            // Back to the review, unless the change opened a new question.
            match next {
                Some(q) => self.go(Screen::Question(q)),
                None => {
                    self.go(Screen::Review);
                    self.note_change();
                }
            }
            return;
        }
        self.go(next.map_or(Screen::Result, Screen::Question));
    }

    /// After an answer was changed from the review: says how the result changed, on the page
    /// and in the live region.
    fn note_change(&self) {
        let before = self.tier_before_edit.get_value();
        let after = self
            .assessment
            .with_untracked(|a| a.as_ref().map(|a| a.tier.tier));
        if let (Some(before), Some(after)) = (before, after) {
            self.change_note
                .set(Some(crate::vm::change_note(before, after)));
        }
    }

    /// Shows the visible question before `question`, or the intro; after "Change" on the
    /// review, back to the review.
    pub fn back_from(&self, question: &str) {
        if self.editing_from_review.get_value() {
            self.go(Screen::Review);
            return;
        }
        let cat = self.cat();
        let previous = self.answers.with_untracked(|a| {
            aiact_core::flow(cat, a)
                .previous_before(cat, question)
                .map(|q| q.id.clone())
        });
        self.go(previous.map_or(Screen::Intro, Screen::Question));
    }

    /// Opens a question to change its answer, returning to the review afterwards.
    pub fn edit(&self, question: &str) {
        self.tier_before_edit.set_value(
            self.assessment
                .with_untracked(|a| a.as_ref().map(|a| a.tier.tier)),
        );
        self.go(Screen::Question(question.to_owned()));
        self.editing_from_review.set_value(true);
    }

    /// Shows a screen and moves focus to its heading.
    pub fn go(&self, screen: Screen) {
        self.editing_from_review.set_value(false);
        self.answer_error.set(None);
        self.share.set(None);
        self.change_note.set(None);
        if self.screen.get_untracked() != screen {
            self.move_focus.set_value(true);
        }
        self.screen.set(screen);
    }

    /// Keeps the name as it is typed, and saves it.
    pub fn set_name(&self, name: String) {
        self.current.update(|e| e.name = name);
        self.details_changed();
    }

    /// Keeps the description as it is typed, and saves it.
    pub fn set_description(&self, description: String) {
        self.current.update(|e| e.description = description);
        self.details_changed();
    }

    fn details_changed(&self) {
        self.details_typed.set_value(true);
        self.save(Change::Details);
    }

    /// Starts a new, empty assessment (the others stay saved).
    pub fn start_new(&self) {
        self.open(
            storage::new_id(),
            Envelope::new(&self.cat().version.content_date, &now()),
        );
        self.save(Change::Other);
        self.resume();
    }

    /// Opens a saved assessment.
    pub fn open_saved(&self, id: &str) {
        match storage::load(id) {
            Ok(Some(env)) => {
                self.open(id.to_owned(), env);
                self.upgrade_current();
                if self.in_browser {
                    let _ = storage::set_current(id);
                }
                self.resume();
            }
            Ok(None) => self.notify("That assessment is no longer saved in this browser."),
            Err(e) => self.notify(e.to_string()),
        }
    }

    fn open(&self, id: String, env: Envelope) {
        self.upgrade_report.set(None);
        self.renaming.set(None);
        if self.in_browser {
            self.times.set_value(storage::load_times(&id));
        }
        self.synced_at.set_value(now_ms());
        self.details_typed.set_value(false);
        self.id.set(id);
        self.current.set(env);
    }

    /// Copies a saved assessment under a new name.
    pub fn duplicate(&self, id: &str) {
        let Ok(Some(mut env)) = storage::load(id) else {
            return;
        };
        env.name = format!("{} (copy)", crate::vm::display_name(&env.name));
        env.created = now();
        env.updated = env.created.clone();
        let new_id = storage::new_id();
        self.store_env(&new_id, &mut env);
        let _ = storage::save_retired(&new_id, &env.retired);
        self.put_first(Entry::of(&new_id, &env));
    }

    /// Renames a saved assessment.
    pub fn rename(&self, id: &str, name: String) {
        self.renaming.set(None);
        if id == self.id.get_untracked() {
            self.set_name(name);
            return;
        }
        let Ok(Some(mut env)) = storage::load(id) else {
            return;
        };
        env.name = name;
        self.store_env(id, &mut env);
        self.library.update(|l| {
            if let Some(e) = l.iter_mut().find(|e| e.id == id) {
                *e = Entry::of(id, &env);
            }
        });
    }

    /// Deletes a saved assessment, offering to undo.
    pub fn delete(&self, id: &str) {
        let env = if id == self.id.get_untracked() {
            Some(self.current.get_untracked())
        } else {
            storage::load(id).ok().flatten()
        };
        let Some(env) = env else { return };
        storage::delete(id);
        self.library.update(|l| l.retain(|e| e.id != id));
        if id == self.id.get_untracked() {
            self.open(
                storage::new_id(),
                Envelope::new(&self.cat().version.content_date, &now()),
            );
        }
        let text = format!(
            "Deleted \u{201c}{}\u{201d}.",
            crate::vm::display_name(&env.name)
        );
        self.push_notice(text, Some(Offer::Undo(Box::new((id.to_owned(), env)))));
    }

    /// Imports an assessment (from a file or a share link) as a new one; never overwrites.
    pub fn import(&self, mut env: Envelope) {
        env.updated = now();
        let id = storage::new_id();
        self.open(id, env);
        // With the whole content at hand it is carried over now, else once it has loaded.
        self.upgrade_current();
        self.save(Change::Other);
        self.save_retired();
        self.notify("Imported as a new assessment. Your other assessments are unchanged.");
        self.resume();
    }

    /// Makes a share link of the open assessment (or says why none can be made).
    pub fn make_share_link(&self) {
        let Some(later) = self.engine() else { return };
        let fragment = self.current.with_untracked(|e| (later.share_fragment)(e));
        let page = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        self.share.set(Some(share_link::link(&page, &fragment)));
    }

    /// Offers the report (or the answers file) in a format as a download.
    pub fn download(&self, format: Format) {
        let this = *self;
        let offer = move |d: &'static Downloads| {
            let file = match this.report.get_untracked() {
                Some(r) => this.current.with_untracked(|e| (d.render)(format, &r, e)),
                // Before a report can be made, the answers file is still offered.
                None => crate::later::File {
                    name: "ai-act-check_answers.json".into(),
                    mime: "application/json",
                    text: this.current.with_untracked(Envelope::encode),
                },
            };
            if let Err(e) = crate::download::offer(&file.name, file.mime, &file.text) {
                this.notify(format!("The download could not be created: {e}."));
            }
        };
        match self.downloads.get_untracked() {
            Some(d) => offer(d),
            None => leptos::task::spawn_local(async move {
                match crate::later::load_downloads().await {
                    Ok(d) => {
                        this.downloads.set(Some(d));
                        offer(d);
                    }
                    Err(e) => this.load_problem(format!(
                        "The download could not be prepared: {e}. Check the connection and try again."
                    )),
                }
            }),
        }
    }

    /// Reads an answers file or JSON report and asks whether to import it.
    pub fn open_file(&self, file: web_sys::File) {
        let this = *self;
        let name = file.name();
        leptos::task::spawn_local(async move {
            let text =
                crate::download::read_text(file, aiact_core::report::MAX_IMPORT_BYTES as u64).await;
            let later = match this.engine() {
                Some(l) => Ok(l),
                None => crate::later::load_later().await,
            };
            let result = match (text, later) {
                (Err(e), _) => Err(e.to_string()),
                (_, Err(e)) => Err(e.to_string()),
                (Ok(t), Ok(later)) => (later.import)(&t).map_err(|e| e.to_string()),
            };
            match result {
                Ok(envelope) => this.pending_import.set(Some(PendingImport {
                    source: format!("the file \u{201c}{name}\u{201d}"),
                    envelope,
                })),
                Err(e) => this.notify(format!(
                    "\u{201c}{name}\u{201d} could not be opened: {e}. Nothing was changed."
                )),
            }
        });
    }

    /// Reads a share link from a fragment (`#share=…`, also with a percent-encoded `=`).
    /// Returns whether the fragment was a share link (read or reported).
    pub fn read_share_link(&self, later: &'static Later, fragment: &str) -> bool {
        if !share_link::looks_like_share(fragment) {
            return false;
        }
        let normalized = share_link::normalize(fragment);
        match (later.read_share)(&normalized) {
            Ok(Some(shared)) => {
                let mut env = Envelope::new(&shared.c, &now());
                env.name = shared.n;
                env.answers = shared.a;
                self.pending_import.set(Some(PendingImport {
                    source: "a share link".into(),
                    envelope: env,
                }));
            }
            Ok(None) => self.notify(
                "The share link could not be opened: it is damaged (it may have been cut off when copied). Nothing was changed.",
            ),
            Err(e) => self.notify(format!(
                "The share link could not be opened: {e}. Nothing was changed."
            )),
        }
        true
    }

    /// Answers that the person gave on the page before the app was ready.
    pub fn apply_early(&self, early: crate::takeover::Early) {
        if let Some(name) = early.name.filter(|n| !n.is_empty()) {
            self.set_name(name);
        }
        if let Some((question, answer)) = early.answer {
            let valid = self
                .cat()
                .question(&question)
                .is_some_and(|q| aiact_core::flow::accepts(q, &answer));
            if valid {
                if self.answers.with_untracked(|a| !a.is_empty()) {
                    self.start_new();
                }
                self.answer(&question, answer);
            }
        }
        if let Some(file) = early.file {
            self.open_file(file);
        }
    }

    /// Saves the open assessment at once, stamped with what the person saw and the result.
    fn save(&self, change: Change) {
        let stamp = now();
        let assessment = (change != Change::Details)
            .then(|| self.assessment.get_untracked())
            .flatten();
        if change != Change::Details && assessment.is_none() {
            self.saved_early.set_value(true);
        }
        let cat = self.cat();
        self.current.update_untracked(|e| {
            e.updated = stamp;
            // What the person saw and the result are recorded against the whole content only.
            if let Some(a) = &assessment {
                e.stamp(cat, a);
            }
        });
        let id = self.id.get_untracked();
        let entry = self.current.with_untracked(|e| Entry::of(&id, e));
        self.put_first(entry);
        if !self.in_browser || self.is_locked(&id) {
            return;
        }
        if change == Change::Answer {
            let _ = self.times.with_value(|t| storage::save_times(&id, t));
        }
        let saved = self
            .current
            .try_update_untracked(|e| storage::save(&id, e))
            .unwrap_or(Ok(()));
        match saved {
            Ok(()) => {
                let _ = storage::set_current(&id);
            }
            Err(StorageError::WriteFailed(why)) => {
                let text = match change {
                    Change::Details => format!(
                        "The name and description could not be saved in this browser ({why}); they are kept while this tab is open. Download the answers file to keep them."
                    ),
                    _ => format!(
                        "Your latest answer could not be saved in this browser ({why}); it is kept while this tab is open. Download the answers file to keep it."
                    ),
                };
                self.push_notice(text, Some(Offer::Export));
            }
            Err(e) => self.notify(e.to_string()),
        }
    }

    fn save_retired(&self) {
        let id = self.id.get_untracked();
        if self.in_browser && !self.is_locked(&id) {
            let _ = self
                .current
                .with_untracked(|e| storage::save_retired(&id, &e.retired));
        }
    }

    /// Saves an assessment other than the open one.
    fn store_env(&self, id: &str, env: &mut Envelope) {
        if !self.in_browser || self.is_locked(id) {
            return;
        }
        if let Err(e) = storage::save(id, env) {
            self.push_notice(
                format!(
                    "{}. Download the answers file to keep your work.",
                    capitalise(&e.to_string())
                ),
                Some(Offer::Export),
            );
        }
    }

    fn is_locked(&self, id: &str) -> bool {
        self.locked.with_value(|l| l.iter().any(|x| x == id))
    }

    /// Puts an assessment at the top of the list (the most recently changed), replacing its old
    /// entry.
    fn put_first(&self, entry: Entry) {
        self.library.update(|l| {
            l.retain(|e| e.id != entry.id);
            l.insert(0, entry);
        });
    }

    /// Follows changes another tab makes, merging them answer by answer, so that two tabs never
    /// silently overwrite each other.
    fn watch_other_tabs(&self) {
        let this = *self;
        storage::on_other_tab_change(move |id| this.other_tab_changed(&id));
    }

    fn other_tab_changed(&self, id: &str) {
        let open = id == self.id.get_untracked();
        let theirs = match storage::load(id) {
            Ok(Some(env)) => env,
            Ok(None) => {
                // Deleted in another tab: drop it from the list, keep the open copy in memory.
                self.library.update(|l| l.retain(|e| e.id != id));
                if open {
                    self.notify("This assessment was deleted in another tab or window. It is still open here; any further answer saves it again.");
                }
                return;
            }
            Err(StorageError::Unreadable {
                reason: DecodeError::NewerSchema(_),
                ..
            }) => {
                // A newer version wrote it: never write over what this version cannot read.
                self.locked.update_value(|l| {
                    if !l.iter().any(|x| x == id) {
                        l.push(id.to_owned());
                    }
                });
                self.library.update(|l| l.retain(|e| e.id != id));
                self.notify(if open {
                    "This assessment was saved by a newer version of AI Act Check in another tab or window. So that nothing is overwritten, this tab no longer saves it: reload the page to continue with the newer version."
                } else {
                    "An assessment was saved by a newer version of AI Act Check in another tab or window; reload the page to see it."
                });
                return;
            }
            Err(e) => {
                self.notify(e.to_string());
                return;
            }
        };
        if !open {
            self.put_first(Entry::of(id, &theirs));
            return;
        }
        let their_times = storage::load_times(id);
        let ours = self.current.get_untracked();
        let merged = self.times.with_value(|our_times| {
            merge::merge(
                Side {
                    env: &ours,
                    times: our_times,
                },
                Side {
                    env: &theirs,
                    times: &their_times,
                },
                self.synced_at.get_value(),
                self.details_typed.get_value(),
            )
        });
        self.synced_at.set_value(now_ms());
        self.details_typed.set_value(false);
        let answers_changed = merged.env.answers != ours.answers;
        let retired_changed = merged.env.retired != theirs.retired;
        let write_back = merged.env.answers != theirs.answers
            || merged.env.name != theirs.name
            || merged.env.description != theirs.description
            || retired_changed
            || merged.times != their_times;
        let merge::Merged {
            env,
            times,
            conflicts,
        } = merged;
        self.times.set_value(times);
        if env != ours {
            self.current.set(env);
        }
        let entry = self.current.with_untracked(|e| Entry::of(id, e));
        self.put_first(entry);
        if write_back && !self.is_locked(id) {
            let _ = self.times.with_value(|t| storage::save_times(id, t));
            let _ = self.current.try_update_untracked(|e| storage::save(id, e));
            if retired_changed {
                self.save_retired();
            }
        }
        if answers_changed {
            self.notify("This assessment was changed in another tab or window; the latest answers are shown.");
        }
        let cat = self.cat();
        for c in conflicts {
            let label = |a: &Answer| match cat.question(&c.question) {
                Some(q) => q.answer_label(a),
                None => match a {
                    Answer::One(v) => v.clone(),
                    Answer::Many(vs) => vs.join(", "),
                },
            };
            let question = cat
                .question(&c.question)
                .map_or_else(|| c.question.clone(), |q| q.text.clone());
            self.push_notice(
                format!(
                    "\u{201c}{question}\u{201d} was answered differently in another tab or window at about the same time. Kept: \u{201c}{}\u{201d}; the other answer was \u{201c}{}\u{201d}.",
                    label(&c.kept),
                    label(&c.other)
                ),
                Some(Offer::UseOther {
                    question: c.question.clone(),
                    answer: c.other.clone(),
                }),
            );
        }
    }

    /// What the live region says: how the result changed after a change from the review, or
    /// the likely result.
    pub fn announcement(&self) -> String {
        if let Some(note) = self.change_note.get() {
            return note;
        }
        self.assessment
            .with(|a| a.as_ref().map(crate::vm::announcement).unwrap_or_default())
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}
