//! Keeps the library in local storage: loads it at start, saves every change at once, and
//! follows changes made in another tab.
//!
//! Nothing the user had is lost: data that cannot be read is copied to a backup key before the
//! app starts fresh, and it is never written over until the user changes something (when even the
//! backup failed, it is never written over at all). A write refused for lack of space leaves the
//! last saved document in place and says so.

use crate::browser::local_store::{LocalStore, WriteError, STORE_KEY};
use crate::browser::now_iso;
use crate::core::store_format::{read_library, write_library, Library};
use crate::keep::state::{AppState, StorageStatus};
use leptos::prelude::*;

/// What was found in storage at start.
pub struct Loaded {
    pub library: Library,
    pub status: StorageStatus,
    /// Where to save, or `None` when nothing may be saved.
    pub store: Option<LocalStore>,
    /// The document as last read or written, so an unchanged library is not written again.
    pub saved_text: Option<String>,
}

/// Reads the saved library, or explains why there is none.
pub fn load() -> Loaded {
    let Some(store) = LocalStore::open() else {
        return Loaded {
            library: Library::new(),
            status: StorageStatus::Unavailable,
            store: None,
            saved_text: None,
        };
    };
    let Some(text) = store.read(STORE_KEY) else {
        return Loaded {
            library: Library::new(),
            status: StorageStatus::Saving,
            store: Some(store),
            saved_text: None,
        };
    };
    match read_library(&text) {
        Ok(library) => Loaded {
            library,
            status: StorageStatus::Saving,
            store: Some(store),
            saved_text: Some(text),
        },
        Err(error) => {
            let backup_key = store.back_up(&text, &now_iso()).ok();
            // Without a backup, the only copy is under STORE_KEY: never write there.
            let store = backup_key.is_some().then_some(store);
            Loaded {
                library: Library::new(),
                status: StorageStatus::Unreadable {
                    message: error.message(),
                    backup_key,
                    text,
                },
                store,
                saved_text: None,
            }
        }
    }
}

/// Saves the library after every change from now on.
pub fn keep_saved(state: AppState, store: Option<LocalStore>, saved_text: Option<String>) {
    let Some(store) = store else {
        return;
    };
    let last_saved = StoredValue::new(saved_text);
    let writer = store.clone();
    Effect::new(move |previous: Option<()>| {
        state.assessment.track();
        state.library.track();
        // The first run sees the library as loaded: there is nothing new to save, and writing
        // would replace data that could not be read before the user did anything.
        if previous.is_none() {
            return;
        }
        let text = write_library(&state.current_library());
        if last_saved.with_value(|saved| saved.as_deref() == Some(text.as_str())) {
            return;
        }
        match writer.write(STORE_KEY, &text) {
            Ok(()) => {
                last_saved.set_value(Some(text));
                let failed = state.storage.with_untracked(|s| {
                    matches!(s, StorageStatus::QuotaExceeded | StorageStatus::Refused(_))
                });
                if failed {
                    state.storage.set(StorageStatus::Saving);
                }
            }
            Err(WriteError::QuotaExceeded) => state.storage.set(StorageStatus::QuotaExceeded),
            Err(WriteError::Refused(reason)) => state.storage.set(StorageStatus::Refused(reason)),
        }
    });
    // Another tab saved: take its library, so the two tabs do not overwrite each other's work.
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        if event.key().as_deref() != Some(STORE_KEY) {
            return;
        }
        let Some(text) = store.read(STORE_KEY) else {
            return;
        };
        if let Ok(library) = read_library(&text) {
            last_saved.set_value(Some(text));
            state.assessment.set(library.active().assessment.clone());
            state.library.set(library);
        }
    });
    on_cleanup(move || handle.remove());
}
