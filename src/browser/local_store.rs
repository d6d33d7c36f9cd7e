//! The browser's local storage, as Rungs uses it: one key holds the saved document
//! ([`crate::core::store_format`]), and data that could not be read is copied, untouched, to a backup
//! key before anything else happens.
//!
//! Storage is reached through `window.localStorage` by hand first, because reading that property
//! throws in private modes and sandboxed frames, and gloo-storage's `LocalStorage::raw()` would
//! turn the throw into a crash. Once the probe succeeds, gloo-storage hands out the same storage
//! object. Its typed `get`/`set` are not used: they would add serde_json to the wasm, and the
//! document is already JSON text, which the quota error must be read from. The rules for what is
//! written when live in [`crate::core::saving`], which this store serves.

use gloo_storage::Storage as _;

/// The key of the saved document.
pub const STORE_KEY: &str = "rungs.assessments";

/// The prefix of keys that hold a copy of data Rungs could not read, followed by the time.
pub const BACKUP_PREFIX: &str = "rungs.unreadable.";

pub use crate::core::saving::WriteError;

/// Does this browser hold saved assessments? Only looks: reads nothing and parses nothing, so
/// the first screen can ask without the code that reads them. `false` where storage is blocked.
pub fn has_saved_library() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(STORE_KEY).ok().flatten())
        .is_some()
}

/// Is local storage readable here? Reading `window.localStorage` throws where storage is blocked
/// (private modes, sandboxed frames). Nothing is written to find out: a full storage can still
/// be read, and what it holds must be shown (a write then fails, and is reported as such).
fn probe() -> Option<web_sys::Storage> {
    let storage = web_sys::window()?.local_storage().ok()??;
    storage.get_item(STORE_KEY).ok()?;
    Some(storage)
}

/// Local storage once [`probe`] found it usable.
#[derive(Debug, Clone)]
pub struct LocalStore {
    storage: web_sys::Storage,
}

impl LocalStore {
    /// The store, or `None` when the browser does not let this page keep data.
    pub fn open() -> Option<LocalStore> {
        probe()?;
        Some(LocalStore {
            storage: gloo_storage::LocalStorage::raw(),
        })
    }

    pub fn read(&self, key: &str) -> Option<String> {
        self.storage.get_item(key).ok().flatten()
    }

    /// Writes `value` under `key`. A failed write leaves the previous value in place, which is
    /// what keeps the last good state when the quota is exceeded.
    pub fn write(&self, key: &str, value: &str) -> Result<(), WriteError> {
        self.storage.set_item(key, value).map_err(|error| {
            let name = js_sys::Reflect::get(&error, &"name".into())
                .ok()
                .and_then(|n| n.as_string())
                .unwrap_or_default();
            if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" {
                WriteError::QuotaExceeded
            } else {
                WriteError::Refused(if name.is_empty() {
                    "the browser refused to save".into()
                } else {
                    name
                })
            }
        })
    }

    pub fn remove(&self, key: &str) {
        let _ = self.storage.remove_item(key);
    }

    /// Every key that holds a backup of unreadable data, oldest first.
    pub fn backup_keys(&self) -> Vec<String> {
        let length = self.storage.length().unwrap_or(0);
        let mut keys: Vec<String> = (0..length)
            .filter_map(|i| self.storage.key(i).ok().flatten())
            .filter(|k| k.starts_with(BACKUP_PREFIX))
            .collect();
        keys.sort();
        keys
    }

    /// Copies `text`, which could not be read, to a new backup key and returns the key. When an
    /// earlier backup already holds exactly this text, that key is returned instead, so reloading
    /// does not pile up copies.
    pub fn back_up(&self, text: &str, now: &str) -> Result<String, WriteError> {
        if let Some(existing) = self
            .backup_keys()
            .into_iter()
            .find(|k| self.read(k).as_deref() == Some(text))
        {
            return Ok(existing);
        }
        let key = format!("{BACKUP_PREFIX}{now}");
        self.write(&key, text)?;
        Ok(key)
    }
}

/// The browser's local storage as the store of the one save path ([`crate::core::saving`]).
impl crate::core::saving::Store for LocalStore {
    fn read(&self, key: &str) -> Option<String> {
        LocalStore::read(self, key)
    }

    fn write(&self, key: &str, value: &str) -> Result<(), WriteError> {
        LocalStore::write(self, key, value)
    }

    fn remove(&self, key: &str) {
        LocalStore::remove(self, key);
    }

    fn back_up(&self, text: &str, now: &str) -> Result<String, WriteError> {
        LocalStore::back_up(self, text, now)
    }
}
