//! The only module that touches localStorage. Every call returns a typed error and nothing panics.
//! Nothing unreadable is ever dropped: it is copied to a backup key first and the person is told.
//!
//! Layout: each assessment is an [`Envelope`] under `aiact-check.v1.assessment.<id>`; the one open
//! last is named by `aiact-check.v1.current`; unreadable values go to `aiact-check.backup.<time>`.

use aiact_core::envelope::{DecodeError, Envelope};
use gloo_storage::{LocalStorage, Storage};
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;

/// Prefix of the keys holding assessments.
pub const ASSESSMENT_PREFIX: &str = "aiact-check.v1.assessment.";
/// Key naming the assessment open last.
pub const CURRENT_KEY: &str = "aiact-check.v1.current";
/// Key used by the first release for its single assessment (migrated on load).
pub const LEGACY_KEY: &str = "aiact-check.current";
/// Prefix of keys holding data that could not be read.
pub const BACKUP_PREFIX: &str = "aiact-check.backup.";

/// What went wrong with browser storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// Storage is disabled or unavailable; the app keeps working in memory.
    Unavailable,
    /// Saved data was unreadable; it was kept under `backup_key` (empty if even that failed).
    Unreadable {
        /// Where the unreadable text was copied to.
        backup_key: String,
        /// Why it could not be read.
        reason: DecodeError,
    },
    /// Writing failed, e.g. because storage is full.
    WriteFailed(String),
}

impl std::fmt::Display for StorageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageError::Unavailable => f.write_str(
                "This browser does not let the page save data, so your answers are kept only while this tab is open. Download the answers file to keep them.",
            ),
            StorageError::Unreadable { backup_key, reason } if !backup_key.is_empty() => write!(
                f,
                "A saved assessment could not be read: {reason}. Its data was kept in this browser under the key \u{201c}{backup_key}\u{201d}; nothing was deleted."
            ),
            StorageError::Unreadable { reason, .. } => write!(
                f,
                "A saved assessment could not be read: {reason}. It was left untouched."
            ),
            StorageError::WriteFailed(why) => write!(
                f,
                "Your latest answer could not be saved in this browser ({why}); it is kept while this tab is open. Download the answers file to keep it."
            ),
        }
    }
}

fn store() -> Result<web_sys::Storage, StorageError> {
    // Ask the window directly: `LocalStorage::raw` throws when storage is blocked.
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or(StorageError::Unavailable)
}

/// Whether storage works (a write and a read succeed).
pub fn available() -> bool {
    let Ok(s) = store() else { return false };
    let probe = "aiact-check.probe";
    let ok =
        s.set_item(probe, "1").is_ok() && s.get_item(probe).ok().flatten().as_deref() == Some("1");
    let _ = s.remove_item(probe);
    ok
}

fn key_of(id: &str) -> String {
    format!("{ASSESSMENT_PREFIX}{id}")
}

/// Copies unreadable text aside and describes the problem.
fn keep_aside(s: &web_sys::Storage, key: &str, text: &str, reason: DecodeError) -> StorageError {
    // Unique even for several values set aside in the same millisecond: never overwrite a backup.
    let stamp = chrono::Utc::now().timestamp_millis();
    let mut backup_key = format!("{BACKUP_PREFIX}{stamp}.{key}");
    let mut n = 1;
    while s.get_item(&backup_key).ok().flatten().is_some() {
        n += 1;
        backup_key = format!("{BACKUP_PREFIX}{stamp}.{key}.{n}");
    }
    let kept = s.set_item(&backup_key, text).is_ok();
    if kept {
        let _ = s.remove_item(key);
    }
    StorageError::Unreadable {
        backup_key: if kept { backup_key } else { String::new() },
        reason,
    }
}

/// A saved assessment: its id and its envelope.
pub type Saved = (String, Envelope);

/// What [`load_all`] found.
pub struct Loaded {
    /// Readable assessments, most recently changed first.
    pub found: Vec<Saved>,
    /// One problem per unreadable value (each kept under a backup key).
    pub problems: Vec<StorageError>,
}

/// Every saved assessment, plus a problem for each one that was unreadable.
pub fn load_all() -> Result<Loaded, StorageError> {
    let s = store()?;
    let n = s.length().map_err(|_| StorageError::Unavailable)?;
    let keys: Vec<String> = (0..n).filter_map(|i| s.key(i).ok().flatten()).collect();
    let mut found = vec![];
    let mut problems = vec![];
    for key in keys {
        let Some(id) = key.strip_prefix(ASSESSMENT_PREFIX).map(str::to_owned) else {
            continue;
        };
        let Some(text) = s.get_item(&key).ok().flatten() else {
            continue;
        };
        match Envelope::decode(&text) {
            Ok(env) => found.push((id, env)),
            // Written by a newer version (another tab, or before a rollback): leave it as it is.
            Err(reason @ DecodeError::NewerSchema(_)) => problems.push(StorageError::Unreadable {
                backup_key: String::new(),
                reason,
            }),
            Err(reason) => problems.push(keep_aside(&s, &key, &text, reason)),
        }
    }
    // The first release kept one assessment under a single key: carry it over.
    if let Some(text) = s.get_item(LEGACY_KEY).ok().flatten() {
        match Envelope::decode(&text) {
            Ok(env) => {
                let id = new_id();
                // Moved to the new layout; if that write fails it stays under the old key too.
                if s.set_item(&key_of(&id), &env.encode()).is_ok() {
                    let _ = s.remove_item(LEGACY_KEY);
                    let _ = s.set_item(CURRENT_KEY, &id);
                }
                found.push((id, env));
            }
            Err(reason) => problems.push(keep_aside(&s, LEGACY_KEY, &text, reason)),
        }
    }
    found.sort_by(|a, b| b.1.updated.cmp(&a.1.updated));
    Ok(Loaded { found, problems })
}

/// Reads one assessment (used when another tab changed it).
pub fn load(id: &str) -> Result<Option<Envelope>, StorageError> {
    let s = store()?;
    let key = key_of(id);
    match s.get_item(&key).map_err(|_| StorageError::Unavailable)? {
        None => Ok(None),
        Some(text) => match Envelope::decode(&text) {
            Ok(env) => Ok(Some(env)),
            Err(reason @ DecodeError::NewerSchema(_)) => Err(StorageError::Unreadable {
                backup_key: String::new(),
                reason,
            }),
            Err(reason) => Err(keep_aside(&s, &key, &text, reason)),
        },
    }
}

/// Saves an assessment.
pub fn save(id: &str, env: &Envelope) -> Result<(), StorageError> {
    store()?;
    // The envelope's own encoding; the browser refuses the write when storage is full.
    LocalStorage::raw()
        .set_item(&key_of(id), &env.encode())
        .map_err(|_| {
            StorageError::WriteFailed("the browser's storage for this site is full".into())
        })
}

/// Records which assessment is open, to continue with it next time.
pub fn set_current(id: &str) -> Result<(), StorageError> {
    store()?
        .set_item(CURRENT_KEY, id)
        .map_err(|_| StorageError::WriteFailed("storage refused the write".into()))
}

/// Deletes an assessment.
pub fn delete(id: &str) -> Result<(), StorageError> {
    store()?
        .remove_item(&key_of(id))
        .map_err(|_| StorageError::Unavailable)
}

/// The id of the assessment open last, if any.
pub fn current_id() -> Option<String> {
    let s = store().ok()?;
    s.get_item(CURRENT_KEY).ok().flatten()
}

/// A new assessment id: the time in base 36 and a random suffix.
pub fn new_id() -> String {
    let t = chrono::Utc::now().timestamp_millis().max(0) as u64;
    let r = (js_sys::Math::random() * 1_679_616.0) as u64;
    format!("{}{}", base36(t), base36(r))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut s = vec![];
    loop {
        s.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    s.reverse();
    String::from_utf8(s).unwrap_or_default()
}

/// Calls `on_change(id)` whenever another tab changes a saved assessment. Returns nothing to
/// keep: the listener lives as long as the page.
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
