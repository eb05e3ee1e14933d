//! The plan of the open assessment and the ISO/IEC 42001 items in place: each change is checked
//! by the engine and saved at once. Only the later screens call this.

use super::{AppState, Change, Screen, now};
use aiact_core::Answer;
use aiact_core::model::ISO_STATUS_QUESTION;
use aiact_core::plan::{self, Entry, EntryError};
use leptos::prelude::*;

impl AppState {
    /// Records the plan entry of an obligation and saves it at once. A refused entry (no reason
    /// for "not applicable", a bad date, a field over its cap) changes nothing.
    pub fn set_plan_entry(&self, obligation: &str, entry: Entry) -> Result<(), EntryError> {
        let cat = self.cat();
        let stamp = now();
        let result = self
            .current
            .try_maybe_update(|e| {
                let r = plan::set(&mut e.plan, cat, obligation, entry, &stamp);
                (r.is_ok(), r)
            })
            .unwrap_or(Ok(()));
        if result.is_ok() {
            self.save(Change::Plan);
        }
        result
    }

    /// Answers whether the organisation runs an ISO/IEC 42001 management system (the
    /// questionnaire's question, answered from the head-start screen).
    pub fn set_iso_status(&self, value: &str) {
        self.record(ISO_STATUS_QUESTION, Answer::One(value.to_owned()));
    }

    /// Marks an ISO/IEC 42001 clause or control as in place, or not, and saves at once. Marking
    /// one while the organisation is said to have none answers that it has items in place.
    pub fn set_iso_item(&self, id: &str, in_place: bool) {
        self.current.update(|e| {
            if in_place {
                e.iso_in_place.insert(id.to_owned());
            } else {
                e.iso_in_place.remove(id);
            }
        });
        self.save(Change::Plan);
        let said = self.answers.with_untracked(|a| {
            a.get(ISO_STATUS_QUESTION)
                .and_then(Answer::as_one)
                .map(str::to_owned)
        });
        if in_place && said.as_deref() != Some("in_place") && said.as_deref() != Some("certified") {
            self.set_iso_status("in_place");
        }
    }

    /// Opens a saved assessment at its plan.
    pub fn open_plan(&self, id: &str) {
        self.open_saved(id);
        if self.id.get_untracked() == id && self.ready.get_untracked() {
            self.go(Screen::Plan);
        }
    }
}
