//! The only module that touches localStorage. Every call returns a typed error; nothing panics and
//! nothing unreadable is dropped: it is copied to a backup key first.

use aiact_core::envelope::{DecodeError, Envelope};
use gloo_storage::errors::StorageError as GlooError;
use gloo_storage::{LocalStorage, Storage};

/// Key of the current assessment.
pub const CURRENT_KEY: &str = "aiact-check.current";
/// Prefix of keys holding data that could not be read.
pub const BACKUP_PREFIX: &str = "aiact-check.backup.";

/// What went wrong with browser storage.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StorageError {
    /// Storage is disabled or unavailable; the app keeps working in memory.
    Unavailable(String),
    /// The saved data was unreadable; it was kept under `backup_key`.
    Unreadable {
        /// Where the unreadable text was copied to (empty if that failed too).
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
            StorageError::Unavailable(why) => write!(
                f,
                "This browser does not let the page save data ({why}). Your answers are kept while this tab stays open."
            ),
            StorageError::Unreadable { backup_key, reason } if !backup_key.is_empty() => write!(
                f,
                "Saved answers could not be read: {reason}. They were kept under the key \u{201c}{backup_key}\u{201d} and a new assessment was started."
            ),
            StorageError::Unreadable { reason, .. } => write!(
                f,
                "Saved answers could not be read: {reason}. They were left untouched and a new assessment was started in memory."
            ),
            StorageError::WriteFailed(why) => write!(
                f,
                "Your latest answer could not be saved in this browser ({why}). It is kept while this tab stays open."
            ),
        }
    }
}

fn describe(e: GlooError) -> String {
    match e {
        GlooError::KeyNotFound(k) => format!("key {k} not found"),
        GlooError::SerdeError(e) => e.to_string(),
        GlooError::JsError(e) => e.to_string(),
    }
}

fn raw_storage() -> Result<web_sys::Storage, StorageError> {
    // `LocalStorage::raw` panics when storage is blocked; ask the window directly instead.
    web_sys::window()
        .ok_or_else(|| StorageError::Unavailable("no window".into()))?
        .local_storage()
        .map_err(|_| StorageError::Unavailable("access denied".into()))?
        .ok_or_else(|| StorageError::Unavailable("no localStorage".into()))
}

/// Loads the current assessment, if one is saved.
pub fn load_current() -> Result<Option<Envelope>, StorageError> {
    let store = raw_storage()?;
    let Some(text) = store
        .get_item(CURRENT_KEY)
        .map_err(|_| StorageError::Unavailable("read denied".into()))?
    else {
        return Ok(None);
    };
    match Envelope::decode(&text) {
        Ok(env) => Ok(Some(env)),
        Err(reason) => {
            let backup_key = format!("{BACKUP_PREFIX}{}", chrono::Utc::now().timestamp_millis());
            let kept = store.set_item(&backup_key, &text).is_ok();
            if kept {
                let _ = store.remove_item(CURRENT_KEY);
            }
            Err(StorageError::Unreadable {
                backup_key: if kept { backup_key } else { String::new() },
                reason,
            })
        }
    }
}

/// Saves the current assessment.
pub fn save_current(env: &Envelope) -> Result<(), StorageError> {
    raw_storage()?;
    LocalStorage::set(CURRENT_KEY, env).map_err(|e| StorageError::WriteFailed(describe(e)))
}
