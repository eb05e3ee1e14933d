//! What is saved in the browser, for the later code: reading saved assessments back, opening,
//! duplicating, renaming, deleting and importing them, carrying them over to newer content,
//! stamping them with their result, share links, and following other tabs. None of this is
//! needed before the first answer, so none of it is in the first download.

use super::{AppState, Change, Offer, PendingImport, now, now_ms};
use crate::later::Later;
use crate::merge::{self, Side};
use crate::storage::{self, StorageError};
use crate::text as t;
use crate::vm::library::Entry;
use crate::vm::share_link;
use aiact_core::Answer;
use aiact_core::envelope::Envelope;
use leptos::prelude::*;

impl AppState {
    /// Reads back the saved assessments: the list, and for a returning visitor the one open
    /// last; then follows other tabs.
    pub(crate) fn restore(&self) {
        let loaded = storage::load_all();
        self.locked.set_value(loaded.newer);
        for problem in &loaded.problems {
            self.notify(self.storage_problem(problem));
        }
        if self.restoring.get_untracked() {
            let open = storage::current_id()
                .filter(|id| loaded.found.iter().any(|(i, _)| i == id))
                .and_then(|id| storage::load(&id).ok().flatten().map(|env| (id, env)));
            if let Some((id, env)) = open {
                self.open(id, env);
            }
            self.restoring.set(false);
        }
        let id = self.id.get_untracked();
        let list = loaded
            .found
            .iter()
            .map(|(i, e)| {
                if *i == id {
                    self.current.with_untracked(|c| Entry::of(i, c))
                } else {
                    Entry::of(i, e)
                }
            })
            .collect();
        self.library.set(list);
        self.watch_other_tabs();
    }

    /// Work that waited for the engine or the whole content: carrying the open assessment over
    /// to newer content, its stamp (what the person saw and the result), and the assessment
    /// shown "so far".
    pub(crate) fn catch_up(&self) {
        if !self.ready.get_untracked() || self.engine().is_none() {
            return;
        }
        self.upgrade_current();
        let assessment = self.assessment.get_untracked();
        if let Some(a) = &assessment
            && self.unstamped.get_value()
        {
            self.unstamped.set_value(false);
            let cat = self.cat();
            self.current.update_untracked(|e| e.stamp(cat, a));
            let id = self.id.get_untracked();
            if self.in_browser && !self.is_locked(&id) {
                // The answers themselves were saved already; a failure was reported then.
                let _ = self.current.try_update_untracked(|e| storage::save(&id, e));
            }
            let entry = self.current.with_untracked(|e| Entry::of(&id, e));
            self.library.update(|l| {
                if let Some(x) = l.iter_mut().find(|x| x.id == id) {
                    *x = entry;
                }
            });
        }
        if self.settled.with_untracked(|s| *s != assessment) {
            self.settled.set(assessment);
        }
    }

    /// Does what a notice about saved assessments offers.
    pub(crate) fn accept(&self, offer: Offer) {
        match offer {
            Offer::Undo(entry) => {
                let (id, mut env) = *entry;
                self.store_env(&id, &mut env);
                let _ = storage::save_retired(&id, &env.retired);
                self.put_first(Entry::of(&id, &env));
            }
            Offer::UseOther { question, answer } => self.record(&question, answer),
            Offer::Export | Offer::Retry | Offer::Reload => {}
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
            Ok(None) => self.notify(self.say(t::LIBRARY_GONE, &[])),
            Err(e) => self.notify(self.storage_problem(&e)),
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
        self.unstamped.set_value(false);
        self.id.set(id);
        self.current.set(env);
        self.settle_soon();
    }

    /// Copies a saved assessment under a new name.
    pub fn duplicate(&self, id: &str) {
        let Ok(Some(mut env)) = storage::load(id) else {
            return;
        };
        env.name = self.say(
            t::LIBRARY_COPY_NAME,
            &[("name", crate::vm::display_name(self.cat(), &env.name))],
        );
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
        let text = self.say(
            t::LIBRARY_DELETED,
            &[("name", crate::vm::display_name(self.cat(), &env.name))],
        );
        self.notify_offer(text, Offer::Undo(Box::new((id.to_owned(), env))));
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
        self.notify(self.say(t::IMPORT_DONE, &[]));
        self.resume();
    }

    /// Makes a share link of the open assessment (or says why none can be made).
    pub fn make_share_link(&self) {
        let Some(later) = self.engine() else { return };
        let catalog = self.catalog.get_untracked();
        let fragment = self
            .current
            .with_untracked(|e| (later.share_fragment)(catalog, e));
        let page = web_sys::window()
            .and_then(|w| w.location().href().ok())
            .unwrap_or_default();
        self.share.set(Some(share_link::link(&page, fragment)));
    }

    /// Reads a share link from a fragment (`#share=…`, also with a percent-encoded `=`).
    /// Returns whether the fragment was a share link (read or reported).
    pub(crate) fn read_share_link(&self, later: &'static Later, fragment: &str) -> bool {
        if !share_link::looks_like_share(fragment) {
            return false;
        }
        match (later.read_share)(fragment) {
            Ok(Some(shared)) => {
                let mut env = Envelope::new(&shared.c, &now());
                env.name = shared.n;
                env.answers = shared.a;
                self.pending_import.set(Some(PendingImport {
                    source: self.say(t::IMPORT_SOURCE_LINK, &[]),
                    envelope: env,
                }));
            }
            Ok(None) => self.notify(self.say(t::SHARE_DAMAGED, &[])),
            Err(e) => self.notify(self.say(t::SHARE_FAILED, &[("why", &e.to_string())])),
        }
        true
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
    pub(super) fn store_env(&self, id: &str, env: &mut Envelope) {
        if !self.in_browser || self.is_locked(id) {
            return;
        }
        if let Err(e) = storage::save(id, env) {
            let problem = match &e {
                StorageError::Full => self.say(
                    t::SAVE_FAILED_OTHER,
                    &[("why", &self.say(t::STORAGE_FULL, &[]))],
                ),
                other => self.storage_problem(other),
            };
            self.notify_offer(problem, Offer::Export);
        }
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
                    self.notify(self.say(t::TABS_DELETED, &[]));
                }
                return;
            }
            Err(StorageError::Unreadable { newer: true, .. }) => {
                // A newer version wrote it: never write over what this version cannot read.
                self.locked.update_value(|l| {
                    if !l.iter().any(|x| x == id) {
                        l.push(id.to_owned());
                    }
                });
                self.library.update(|l| l.retain(|e| e.id != id));
                self.notify(self.say(
                    if open {
                        t::TABS_NEWER_OPEN
                    } else {
                        t::TABS_NEWER_OTHER
                    },
                    &[],
                ));
                return;
            }
            Err(e) => {
                self.notify(self.storage_problem(&e));
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
            self.notify(self.say(t::TABS_CHANGED, &[]));
        }
        let cat = self.cat();
        for c in conflicts {
            let label = |a: &Answer| match cat.question(&c.question) {
                Some(q) => q.answer_label(&cat.messages, a),
                None => match a {
                    Answer::One(v) => v.clone(),
                    Answer::Many(vs) => vs.join(", "),
                },
            };
            let question = cat
                .question(&c.question)
                .map_or_else(|| c.question.clone(), |q| q.text.clone());
            self.notify_offer(
                self.say(
                    t::TABS_CONFLICT,
                    &[
                        ("question", &question),
                        ("kept", &label(&c.kept)),
                        ("other", &label(&c.other)),
                    ],
                ),
                Offer::UseOther {
                    question: c.question.clone(),
                    answer: c.other.clone(),
                },
            );
        }
    }
}
