//! The only module that touches localStorage. Every call returns a typed error and nothing panics.
//! Nothing unreadable is ever dropped: it is copied to a backup key first and the person is told.
//! Where the browser allows no storage, the same calls work on a map in memory for as long as
//! the tab is open.
//!
//! Layout, per assessment `<id>`:
//! - `aiact-check.v1.assessment.<id>`: its [`Envelope`], without the answers set aside by
//!   content updates (these rarely change, so they are kept out of the save made at every
//!   answer and keystroke);
//! - `aiact-check.v1.retired.<id>`: those set-aside answers, written only when they change;
//! - `aiact-check.v1.answered.<id>`: when each answer was given, to merge two tabs' saves.
//!
//! `aiact-check.v1.current` names the assessment open last; unreadable values go to
//! `aiact-check.backup.<time>.<key>`.

use crate::merge::Times;
use aiact_core::Answers;
use aiact_core::envelope::{DecodeError, Envelope};
use std::cell::RefCell;
use std::collections::BTreeMap;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Prefix of the keys holding assessments.
pub const ASSESSMENT_PREFIX: &str = "aiact-check.v1.assessment.";
/// Prefix of the keys holding an assessment's set-aside answers.
pub const RETIRED_PREFIX: &str = "aiact-check.v1.retired.";
/// Prefix of the keys holding when each answer was given.
pub const TIMES_PREFIX: &str = "aiact-check.v1.answered.";
/// Key naming the assessment open last.
pub const CURRENT_KEY: &str = "aiact-check.v1.current";
/// Key of the language chosen on this page.
const LANGUAGE_KEY: &str = "aiact-check.v1.language";
/// Key used by the first release for its single assessment (migrated on load).
pub const LEGACY_KEY: &str = "aiact-check.current";
/// Prefix of keys holding data that could not be read.
pub const BACKUP_PREFIX: &str = "aiact-check.backup.";

/// What went wrong with browser storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// Storage is disabled or unavailable; the app keeps working in memory.
    Unavailable,
    /// Saved data was unreadable; it was kept under `backup_key` (empty if it was left in place).
    Unreadable {
        /// Where the unreadable text was copied to.
        backup_key: String,
        /// Why it could not be read, in words (worded where it is read: the engine's texts
        /// stay out of the code that saves).
        reason: String,
        /// Whether a newer version of the app wrote it (then it is left as it is, never
        /// written over).
        newer: bool,
    },
    /// The browser refused to store more for this site (its storage is full).
    Full,
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str(
                "This browser does not let the page save data, so your answers are kept only while this tab is open. Download the answers file to keep them.",
            ),
            StorageError::Unreadable {
                backup_key, reason, ..
            } if !backup_key.is_empty() => write!(
                f,
                "A saved assessment could not be read: {reason}. Its data was kept in this browser under the key \u{201c}{backup_key}\u{201d}; nothing was deleted."
            ),
            StorageError::Unreadable { reason, .. } => write!(
                f,
                "A saved assessment could not be read: {reason}. It was left untouched."
            ),
            StorageError::Full => f.write_str(
                "saving in this browser failed (the browser's storage for this site is full)",
            ),
        }
    }
}

thread_local! {
    /// Stands in for localStorage where the browser allows none.
    static MEMORY: RefCell<BTreeMap<String, String>> = const { RefCell::new(BTreeMap::new()) };
    /// Whether localStorage works, probed once.
    static AVAILABLE: std::cell::Cell<Option<bool>> = const { std::cell::Cell::new(None) };
}

fn local() -> Option<web_sys::Storage> {
    // Ask the window directly: reading `localStorage` throws when storage is blocked.
    web_sys::window().and_then(|w| w.local_storage().ok().flatten())
}

/// Whether storage works (a write and a read succeed); otherwise everything is kept in memory.
pub fn available() -> bool {
    if let Some(known) = AVAILABLE.get() {
        return known;
    }
    let ok = local().is_some_and(|s| {
        let probe = "aiact-check.probe";
        let ok = s.set_item(probe, "1").is_ok()
            && s.get_item(probe).ok().flatten().as_deref() == Some("1");
        let _ = s.remove_item(probe);
        ok
    });
    AVAILABLE.set(Some(ok));
    ok
}

/// The backend: localStorage, or the map in memory.
enum Store {
    Local(web_sys::Storage),
    Memory,
}

fn store() -> Store {
    match local().filter(|_| available()) {
        Some(s) => Store::Local(s),
        None => Store::Memory,
    }
}

impl Store {
    fn get(&self, key: &str) -> Option<String> {
        match self {
            Store::Local(s) => s.get_item(key).ok().flatten(),
            Store::Memory => MEMORY.with_borrow(|m| m.get(key).cloned()),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        match self {
            Store::Local(s) => s.set_item(key, value).map_err(|_| StorageError::Full),
            Store::Memory => {
                MEMORY.with_borrow_mut(|m| m.insert(key.to_owned(), value.to_owned()));
                Ok(())
            }
        }
    }

    fn remove(&self, key: &str) {
        match self {
            Store::Local(s) => {
                let _ = s.remove_item(key);
            }
            Store::Memory => {
                MEMORY.with_borrow_mut(|m| m.remove(key));
            }
        }
    }

    fn keys(&self) -> Vec<String> {
        match self {
            Store::Local(s) => {
                let n = s.length().unwrap_or(0);
                (0..n).filter_map(|i| s.key(i).ok().flatten()).collect()
            }
            Store::Memory => MEMORY.with_borrow(|m| m.keys().cloned().collect()),
        }
    }
}

fn key_of(id: &str) -> String {
    format!("{ASSESSMENT_PREFIX}{id}")
}

/// Copies unreadable text aside and describes the problem.
fn keep_aside(s: &Store, key: &str, text: &str, reason: DecodeError) -> StorageError {
    // Unique even for several values set aside in the same millisecond: never overwrite a backup.
    let stamp = js_sys::Date::now() as u64;
    let mut backup_key = format!("{BACKUP_PREFIX}{stamp}.{key}");
    let mut n = 1;
    while s.get(&backup_key).is_some() {
        n += 1;
        backup_key = format!("{BACKUP_PREFIX}{stamp}.{key}.{n}");
    }
    let kept = s.set(&backup_key, text).is_ok();
    if kept {
        s.remove(key);
    }
    StorageError::Unreadable {
        backup_key: if kept { backup_key } else { String::new() },
        reason: reason.to_string(),
        newer: false,
    }
}

/// Reads stored text as an envelope; data from a newer version is left as it is.
fn decode(s: &Store, key: &str, text: &str) -> Result<Envelope, StorageError> {
    Envelope::decode(text).map_err(|reason| match reason {
        // Written by a newer version (another tab, or before a rollback): leave it as it is.
        DecodeError::NewerSchema(_) => StorageError::Unreadable {
            backup_key: String::new(),
            reason: reason.to_string(),
            newer: true,
        },
        reason => keep_aside(s, key, text, reason),
    })
}

/// A saved assessment: its id and its envelope.
pub type Saved = (String, Envelope);

/// What [`load_all`] found.
pub struct Loaded {
    /// Readable assessments (without their set-aside answers), most recently changed first.
    pub found: Vec<Saved>,
    /// Ids of assessments written by a newer version of the app: never written here.
    pub newer: Vec<String>,
    /// One problem per unreadable value (each kept under a backup key).
    pub problems: Vec<StorageError>,
}

/// Every saved assessment, plus a problem for each one that was unreadable.
pub fn load_all() -> Loaded {
    let s = store();
    let mut loaded = Loaded {
        found: vec![],
        newer: vec![],
        problems: vec![],
    };
    for key in s.keys() {
        let Some(id) = key.strip_prefix(ASSESSMENT_PREFIX) else {
            continue;
        };
        let Some(text) = s.get(&key) else { continue };
        match decode(&s, &key, &text) {
            Ok(env) => loaded.found.push((id.to_owned(), env)),
            Err(e) => {
                if matches!(e, StorageError::Unreadable { newer: true, .. }) {
                    loaded.newer.push(id.to_owned());
                }
                loaded.problems.push(e);
            }
        }
    }
    // The first release kept one assessment under a single key: carry it over.
    if let Some(text) = s.get(LEGACY_KEY) {
        match decode(&s, LEGACY_KEY, &text) {
            Ok(env) => {
                let id = new_id();
                // Moved to the new layout; if that write fails it stays under the old key too.
                if s.set(&key_of(&id), &env.encode()).is_ok() {
                    s.remove(LEGACY_KEY);
                    let _ = s.set(CURRENT_KEY, &id);
                }
                loaded.found.push((id, env));
            }
            Err(e) => loaded.problems.push(e),
        }
    }
    loaded.found.sort_by(|a, b| b.1.updated.cmp(&a.1.updated));
    loaded
}

/// Reads one assessment with its set-aside answers.
pub fn load(id: &str) -> Result<Option<Envelope>, StorageError> {
    let s = store();
    let key = key_of(id);
    let Some(text) = s.get(&key) else {
        return Ok(None);
    };
    let mut env = decode(&s, &key, &text)?;
    for (q, a) in load_retired(id) {
        env.retired.entry(q).or_insert(a);
    }
    Ok(Some(env))
}

/// Saves an assessment, leaving its set-aside answers out (see [`save_retired`]).
pub fn save(id: &str, env: &mut Envelope) -> Result<(), StorageError> {
    let retired = std::mem::take(&mut env.retired);
    let text = env.encode();
    env.retired = retired;
    store().set(&key_of(id), &text)
}

/// The answers set aside for an assessment.
pub fn load_retired(id: &str) -> Answers {
    store()
        .get(&format!("{RETIRED_PREFIX}{id}"))
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

/// Saves the answers set aside for an assessment (only when they change).
pub fn save_retired(id: &str, retired: &Answers) -> Result<(), StorageError> {
    let s = store();
    let key = format!("{RETIRED_PREFIX}{id}");
    if retired.is_empty() {
        s.remove(&key);
        return Ok(());
    }
    s.set(&key, &serde_json::to_string(retired).unwrap_or_default())
}

/// When each answer of an assessment was given.
pub fn load_times(id: &str) -> Times {
    store()
        .get(&format!("{TIMES_PREFIX}{id}"))
        .and_then(|t| serde_json::from_str(&t).ok())
        .unwrap_or_default()
}

/// Saves when each answer was given.
pub fn save_times(id: &str, times: &Times) -> Result<(), StorageError> {
    store().set(
        &format!("{TIMES_PREFIX}{id}"),
        &serde_json::to_string(times).unwrap_or_default(),
    )
}

/// Records which assessment is open, to continue with it next time.
pub fn set_current(id: &str) -> Result<(), StorageError> {
    store().set(CURRENT_KEY, id)
}

/// Deletes an assessment and what is kept beside it.
pub fn delete(id: &str) {
    let s = store();
    for prefix in [ASSESSMENT_PREFIX, RETIRED_PREFIX, TIMES_PREFIX] {
        s.remove(&format!("{prefix}{id}"));
    }
}

/// Whether the assessment open last has answers, read without decoding it: a returning visitor
/// then waits for it to be read back rather than seeing a new assessment's first question.
pub fn has_open_answers() -> bool {
    let s = store();
    s.get(LEGACY_KEY).is_some()
        || s.get(CURRENT_KEY)
            .and_then(|id| s.get(&key_of(&id)))
            .is_some_and(|text| !text.contains("\"answers\":{}"))
}

/// The language the person chose on this page, if any.
pub fn language() -> Option<String> {
    store().get(LANGUAGE_KEY)
}

/// Remembers the language the person chose.
pub fn set_language(code: &str) -> Result<(), StorageError> {
    store().set(LANGUAGE_KEY, code)
}

/// The id of the assessment open last, if any.
pub fn current_id() -> Option<String> {
    store().get(CURRENT_KEY)
}

/// A new assessment id: the time in base 36 and a random suffix.
pub fn new_id() -> String {
    let t = js_sys::Date::now().max(0.0) as u64;
    let r = (js_sys::Math::random() * 1_679_616.0) as u64;
    format!("{}{}", base36(t), base36(r))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut s = String::new();
    loop {
        s.insert(0, char::from(DIGITS[(n % 36) as usize]));
        n /= 36;
        if n == 0 {
            break;
        }
    }
    s
}

/// Calls `on_change(id)` whenever another tab changes a saved assessment (its envelope). The
/// listener lives as long as the page.
pub fn on_other_tab_change(on_change: impl Fn(String) + 'static) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let listener =
        Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |ev: web_sys::StorageEvent| {
            if let Some(id) = ev
                .key()
                .and_then(|k| k.strip_prefix(ASSESSMENT_PREFIX).map(str::to_owned))
            {
                on_change(id);
            }
        });
    let _ = window.add_event_listener_with_callback("storage", listener.as_ref().unchecked_ref());
    listener.forget();
}
