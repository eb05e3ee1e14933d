//! The register's side of the state: every saved assessment as it is now, and the systems of a
//! colleague's register file added as new assessments. Only the later screens call this.

use super::{AppState, now};
use crate::storage;
use crate::text as t;
use crate::vm::library::Entry;
use aiact_core::envelope::Envelope;
use leptos::prelude::*;

impl AppState {
    /// Every assessment in this browser with its key, the open one as it is in this tab, most
    /// recently changed first.
    pub fn saved_all(&self) -> Vec<(String, Envelope)> {
        let open = self.id.get_untracked();
        let mut all = storage::load_all().found;
        let current = self.current.get_untracked();
        match all.iter_mut().find(|(id, _)| *id == open) {
            Some((_, env)) => *env = current,
            // Not saved yet (nothing answered): listed once it is.
            None if current.answers.is_empty() && current.plan.is_empty() => {}
            None => all.insert(0, (open, current)),
        }
        all
    }

    /// Adds the assessments of a register file, each as a new one (never over an existing one),
    /// and says how many were added.
    pub fn add_systems(&self, systems: Vec<Envelope>) {
        let mut added = 0;
        for mut env in systems {
            env.updated = now();
            let mut id = storage::new_id();
            while matches!(storage::load(&id), Ok(Some(_))) {
                id = storage::new_id();
            }
            self.store_env(&id, &mut env);
            let _ = storage::save_retired(&id, &env.retired);
            self.put_first(Entry::of(&id, &env));
            added += 1;
        }
        self.notify(match added {
            1 => self.say(t::REGISTER_ADDED_ONE, &[]),
            n => self.say(t::REGISTER_ADDED, &[("n", &n.to_string())]),
        });
    }
}
