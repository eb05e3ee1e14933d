//! The app's state: one signal for the open assessment, memos derived from it, the list of saved
//! assessments, and the actions the components call. All legal logic is in `aiact-core`.
//!
//! This module holds what the first screen needs: answering, moving between screens, typing the
//! name, saving. Reading saved assessments back, the list, imports and other tabs live in
//! [`saved`], which only the later code (see [`crate::later`]) calls, so that it is not part of
//! the first download.

mod language;
mod plan;
mod register;
mod saved;

use crate::later::{Downloads, Format, Later, Planning};
use crate::merge::Times;
use crate::storage::{self, StorageError};
use crate::text as t;
use crate::vm::library::Entry;
use aiact_core::envelope::Envelope;
use aiact_core::model::{Question, Tier};
use aiact_core::report::Report;
use aiact_core::share::EncodeError;
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
    /// The plan of the open assessment: status, owner, due date and evidence per obligation.
    Plan,
    /// What the organisation's ISO/IEC 42001 management system already covers.
    HeadStart,
    /// Every assessment in this browser as one table.
    Register,
    /// Waiting for the rest of the questionnaire to load.
    Loading,
}

impl Screen {
    /// Whether the screen is one of the planning screens (loaded on first use).
    pub fn is_planning(&self) -> bool {
        matches!(self, Screen::Plan | Screen::HeadStart | Screen::Register)
    }
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
    /// The plan or the ISO/IEC 42001 items in place.
    Plan,
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
    /// The language of the page and of `catalog` (`en`, or a language with a translation).
    pub lang: RwSignal<&'static str>,
    /// The languages the switch offers (empty until the app runs in the page).
    pub languages: RwSignal<Vec<&'static str>>,
    /// The content in English as loaded so far (what `catalog` translates).
    english: StoredValue<&'static Catalog>,
    /// Whether `english` holds all the content.
    complete: StoredValue<bool>,
    /// The first screen's content in the page's language (from its start file), shown until
    /// all the content is in, in that language.
    start_local: StoredValue<Option<(&'static str, &'static Catalog)>>,
    /// Translations fetched so far, as their files' bytes, by language.
    translations: StoredValue<Vec<(&'static str, Vec<u8>)>>,
    /// The content translated so far: language, address of the English it translates, result.
    localized: StoredValue<Vec<(&'static str, usize, &'static Catalog)>>,
    /// The engine and the later screens, once loaded.
    pub later: RwSignal<Option<&'static Later>>,
    /// The report renderers, once loaded.
    pub downloads: RwSignal<Option<&'static Downloads>>,
    /// The planning screens (plan, head start, register), once loaded.
    pub planning: RwSignal<Option<&'static Planning>>,
    /// Whether a returning visitor's saved assessments are still being read back.
    pub restoring: RwSignal<bool>,
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
    pub share: RwSignal<Option<Result<String, EncodeError>>>,
    /// Id of the library entry being renamed.
    pub renaming: RwSignal<Option<String>>,
    /// A problem with the answer just given, shown on the question.
    pub answer_error: RwSignal<Option<String>>,
    /// Whether loading the rest of the content failed (the loading screen then offers a retry).
    pub load_failed: RwSignal<bool>,
    /// How the result changed after an answer was changed from the review.
    pub change_note: RwSignal<Option<String>>,
    /// The assessment, derived from the answers alone (once all content and the engine are in);
    /// computed when read.
    pub assessment: Memo<Option<Assessment>>,
    /// The assessment as of the last answer, updated right after the page has shown the answer's
    /// effect (what the line "so far" and the live region say).
    pub settled: RwSignal<Option<Assessment>>,
    /// The report model of the assessment (what the result page and downloads show).
    pub report: Memo<Option<Report>>,
    /// Whether focus moves to the next screen's heading once it renders.
    pub move_focus: StoredValue<bool>,
    /// Whether the state belongs to a page (and may touch browser storage).
    in_browser: bool,
    today: StoredValue<String>,
    editing_from_review: StoredValue<bool>,
    tier_before_edit: StoredValue<Option<Tier>>,
    /// Answers were saved without what they conclude (stamped once the engine is in).
    unstamped: StoredValue<bool>,
    /// A settling of the assessment is queued for after the next frame.
    settle_queued: StoredValue<bool>,
    /// Assessments written by a newer version of the app: this page never writes them.
    locked: StoredValue<Vec<String>>,
    /// When each answer of the open assessment was given.
    times: StoredValue<Times>,
    /// When this page last took the stored state of the open assessment.
    synced_at: StoredValue<f64>,
    /// Whether the name or description was typed here since then.
    details_typed: StoredValue<bool>,
    next_notice: StoredValue<u32>,
    /// The planning screens are being downloaded.
    planning_requested: StoredValue<bool>,
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
    fn build(catalog: &'static Catalog, ready: bool, env: Envelope, in_browser: bool) -> Self {
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
            lang: RwSignal::new(crate::language::ENGLISH),
            languages: RwSignal::new(vec![]),
            english: StoredValue::new(catalog.get_untracked()),
            complete: StoredValue::new(ready.get_untracked()),
            start_local: StoredValue::new(None),
            translations: StoredValue::new(vec![]),
            localized: StoredValue::new(vec![]),
            later,
            downloads: RwSignal::new(None),
            planning: RwSignal::new(None),
            planning_requested: StoredValue::new(false),
            restoring: RwSignal::new(false),
            id: RwSignal::new(String::new()),
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
            settled: RwSignal::new(None),
            report,
            move_focus: StoredValue::new(false),
            in_browser,
            today,
            editing_from_review: StoredValue::new(false),
            tier_before_edit: StoredValue::new(None),
            unstamped: StoredValue::new(false),
            settle_queued: StoredValue::new(false),
            locked: StoredValue::new(vec![]),
            times: StoredValue::new(Times::new()),
            synced_at: StoredValue::new(0.0),
            details_typed: StoredValue::new(false),
            next_notice: StoredValue::new(0),
        }
    }

    /// The first screen in `lang` (`catalog`'s language) as a first-time visitor sees it,
    /// touching no browser API: what the build renders into the page of that language.
    pub fn first_screen(catalog: &'static Catalog, lang: &str) -> Self {
        let env = Envelope::new(&catalog.version.content_date, "");
        let state = Self::build(catalog, false, env, false);
        // The switch as the page will offer it (the build renders the translations it ships).
        let choices = language::bundled_choices();
        if let Some(lang) = choices.iter().find(|l| **l == lang) {
            state.lang.set(lang);
        }
        state.languages.set(choices);
        state
    }

    /// The state of a page: a new assessment, or, for a returning visitor, a wait for the saved
    /// ones, which the later code reads back ([`AppState::restore`]). `ready` says whether
    /// `catalog` holds all the content; if not, [`AppState::content_loaded`] completes it.
    pub fn new(catalog: &'static Catalog, ready: bool) -> Self {
        let env = Envelope::new(&catalog.version.content_date, &now());
        let state = Self::build(catalog, ready, env, true);
        state.id.set(storage::new_id());
        state.synced_at.set_value(now_ms());
        state.restoring.set(storage::has_open_answers());
        state.languages.set(language::choices());
        if !storage::available() {
            state.notify(state.storage_problem(&StorageError::Unavailable));
        }
        state
    }

    /// The content as it is now.
    pub fn cat(&self) -> &'static Catalog {
        self.catalog.get_untracked()
    }

    fn engine(&self) -> Option<&'static Later> {
        self.later.get_untracked()
    }

    /// The question shown, if a question is shown.
    pub fn question(&self) -> Option<&'static Question> {
        self.screen.with(|s| match s {
            // Tracked: a change of language shows the question in the new language (an
            // unchanged question compares equal, so the view keeps its nodes).
            Screen::Question(id) => self.catalog.with(|c| c.question(id)),
            // On the intro, the first question of a new assessment (not while a returning
            // visitor's assessment is read back).
            Screen::Intro => self
                .catalog
                .with(|c| c.questions().next())
                .filter(|_| !self.restoring.get() && self.answers.with(Answers::is_empty)),
            _ => None,
        })
    }

    /// Whether all the content has loaded (in English; [`AppState::ready`] says whether it is
    /// shown, which in another language also waits for its translation).
    pub fn has_all_content(&self) -> bool {
        self.complete.get_value()
    }

    /// Takes the whole content once it has loaded and, once it shows in the page's language,
    /// continues where the person was waiting.
    pub fn content_loaded(&self, full: &'static Catalog) {
        self.english.set_value(full);
        self.complete.set_value(true);
        self.load_failed.set(false);
        self.language_changed();
    }

    /// Continues what waited for all the content to show: the engine's catching up, and the
    /// question the person was waiting for.
    pub(super) fn now_ready(&self) {
        if let Some(later) = self.engine() {
            (later.catch_up)(*self);
        }
        if self.screen.get_untracked() == Screen::Loading {
            self.resume();
        }
    }

    /// Takes the engine and later screens once they have loaded: reads back what is saved and
    /// catches up on what waited for them.
    pub fn later_loaded(&self, later: &'static Later) {
        self.later.set(Some(later));
        let now_ready = self.show_language();
        if self.in_browser {
            (later.restore)(*self);
        }
        (later.catch_up)(*self);
        if now_ready && self.screen.get_untracked() == Screen::Loading {
            self.resume();
        }
    }

    /// Loads the planning screens, once, when one of them is first shown.
    pub fn load_planning(&self) {
        if self.planning.get_untracked().is_some() || self.planning_requested.get_value() {
            return;
        }
        self.planning_requested.set_value(true);
        let this = *self;
        leptos::task::spawn_local(async move {
            match crate::later::load_planning().await {
                Ok(p) => this.planning.set(Some(p)),
                Err(_) => this.load_problem(this.say(t::LOAD_PLANNING_FAILED, &[])),
            }
            this.planning_requested.set_value(false);
        });
    }

    /// Tells the person that something could not be loaded, offering to try again.
    pub fn load_problem(&self, text: String) {
        self.load_failed.set(true);
        self.push_notice(text, Some(Offer::Retry));
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

    /// One of the page's texts in the language shown (English until the content's texts are
    /// in). Tracked: a view that reads it follows a change of language.
    pub fn text(&self, t: crate::text::Text) -> &'static str {
        t.of(self.catalog.get())
    }

    /// One of the page's texts in the language shown now, its placeholders filled in (for
    /// notices and other text written once).
    pub fn say(&self, t: crate::text::Text, args: &[(&str, &str)]) -> String {
        crate::text::fill(t.of(self.catalog.get_untracked()), args)
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
            Offer::Retry => {
                if self.in_browser {
                    crate::app::load_missing(*self);
                }
            }
            Offer::Reload => crate::app::apply_update(),
            other => {
                if let Some(later) = self.engine() {
                    (later.accept)(*self, other);
                }
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
        self.record(question, answer);
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

    /// Records an answer and saves it, without moving on.
    fn record(&self, question: &str, answer: Answer) {
        self.times.update_value(|t| {
            t.insert(question.to_owned(), now_ms());
        });
        self.current.update(|e| {
            e.answers.insert(question.to_owned(), answer);
        });
        self.save(Change::Answer);
    }

    /// After an answer was changed from the review: says how the result changed, on the page
    /// and in the live region.
    fn note_change(&self) {
        let before = self.tier_before_edit.get_value();
        let after = self
            .assessment
            .with_untracked(|a| a.as_ref().map(|a| a.tier.tier));
        if let (Some(before), Some(after)) = (before, after) {
            self.change_note.set(Some(crate::vm::change_note(
                self.catalog.get_untracked(),
                before,
                after,
                |t| self.tier_label(t),
            )));
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
                this.notify(this.say(t::DOWNLOAD_FAILED, &[("why", &e.to_string())]));
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
                    Err(_) => this.load_problem(this.say(t::DOWNLOAD_NOT_LOADED, &[])),
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
                (_, Err(_)) => Err(this.say(t::LOAD_PART_FAILED_SHORT, &[])),
                (Ok(t), Ok(later)) => (later.import)(&t),
            };
            match result {
                Ok(envelope) => this.pending_import.set(Some(PendingImport {
                    source: this.say(t::IMPORT_SOURCE_FILE, &[("name", &name)]),
                    envelope,
                })),
                Err(e) => this.notify(this.say(t::IMPORT_FAILED, &[("name", &name), ("why", &e)])),
            }
        });
    }

    /// What the person did on the page before the app was ready: the first question's answer
    /// and the name are applied to the new assessment, a chosen file is opened.
    pub fn apply_early(&self, early: crate::takeover::Early) {
        if let Some(name) = early.name.filter(|n| !n.is_empty()) {
            self.set_name(name);
        }
        if let Some((id, answer)) = early.answer
            && !self.restoring.get_untracked()
            && let Some(q) = self.cat().question(&id)
        {
            // A value clicked on a checklist ("None of these") is a list of one.
            let answer = match answer {
                Answer::One(v) => crate::vm::choice_answer(q, &v),
                many => many,
            };
            if aiact_core::flow::accepts(q, &answer) {
                self.answer(&id, answer);
            }
        }
        if let Some(file) = early.file {
            self.open_file(file);
        }
    }

    /// Saves the open assessment at once. What it concludes is recorded right after the page
    /// has shown the answer (see [`AppState::settle_soon`]).
    fn save(&self, change: Change) {
        let stamp = now();
        self.current.update_untracked(|e| e.updated = stamp);
        if matches!(change, Change::Answer | Change::Other) {
            self.unstamped.set_value(true);
            self.settle_soon();
        }
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
                if storage::current_id().as_deref() != Some(id.as_str()) {
                    let _ = storage::set_current(&id);
                }
            }
            Err(StorageError::Full) => {
                let why = self.say(t::STORAGE_FULL, &[]);
                let text = match change {
                    Change::Details => t::SAVE_FAILED_DETAILS,
                    Change::Plan => t::SAVE_FAILED_PLAN,
                    _ => t::SAVE_FAILED_ANSWER,
                };
                self.push_notice(self.say(text, &[("why", &why)]), Some(Offer::Export));
            }
            Err(e) => self.notify(self.storage_problem(&e)),
        }
    }

    /// Queues the work an answer causes beyond showing its effect: the assessment for the line
    /// "so far" and the live region, and its stamp on the saved assessment. It runs right after
    /// the next frame, so a click never waits for it.
    fn settle_soon(&self) {
        if !self.in_browser || self.settle_queued.get_value() {
            return;
        }
        self.settle_queued.set_value(true);
        let this = *self;
        request_animation_frame(move || {
            set_timeout(
                move || {
                    this.settle_queued.set_value(false);
                    if let Some(later) = this.engine() {
                        (later.catch_up)(this);
                    }
                },
                std::time::Duration::ZERO,
            );
        });
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

    /// What the live region says: how the result changed after a change from the review, or
    /// the likely result.
    pub fn announcement(&self) -> String {
        if let Some(note) = self.change_note.get() {
            return note;
        }
        self.settled.with(|a| {
            a.as_ref()
                .map(|a| crate::vm::announcement(self.catalog.get(), a, |t| self.tier_label(t)))
                .unwrap_or_default()
        })
    }

    /// A tier's short name in the page's language (empty until the engine is in: no tier is
    /// known before).
    pub fn tier_label(&self, tier: aiact_core::model::Tier) -> &'static str {
        self.later
            .get_untracked()
            .map_or("", |l| (l.tier_label)(self.cat(), tier))
    }
}

impl AppState {
    /// What a storage problem means for the person, in the language shown.
    pub fn storage_problem(&self, e: &StorageError) -> String {
        match e {
            StorageError::Unavailable => self.say(t::STORAGE_UNAVAILABLE, &[]),
            StorageError::Unreadable {
                backup_key, reason, ..
            } if !backup_key.is_empty() => self.say(
                t::STORAGE_UNREADABLE_KEPT,
                &[("why", reason), ("key", backup_key)],
            ),
            StorageError::Unreadable { reason, .. } => {
                self.say(t::STORAGE_UNREADABLE_LEFT, &[("why", reason)])
            }
            StorageError::Full => self.say(
                t::STORAGE_WRITE_FAILED,
                &[("why", &self.say(t::STORAGE_FULL, &[]))],
            ),
        }
    }
}
