//! Keeping imported models in this browser: read once when the app starts (if any are kept),
//! written after every add, update and removal. A value that cannot be read is copied aside
//! before anything is written over it, so nothing kept is ever lost.

use crate::browser::local_store::{LocalStore, WriteError};
use crate::browser::now_iso;
use crate::core::i18n::{t, tf};
use crate::core::own_model::registry;
use crate::core::own_model::saved::{read_saved, write_saved, SavedModel, MODELS_KEY};
use std::cell::RefCell;

thread_local! {
    /// What reading the kept models had to say (damaged entries, a newer format), for the
    /// Models page to show.
    static NOTICES: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

/// Does this browser keep imported models? Only looks, so the shell can ask before this part
/// is loaded.
pub fn has_saved_models() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(MODELS_KEY).ok().flatten())
        .is_some()
}

/// Reads the kept models into the registry. A value that cannot be read in full is copied to a
/// backup key first (listed on the Assessments page), and the notice says so.
pub fn restore() {
    let Some(store) = LocalStore::open() else {
        return;
    };
    let Some(text) = store.read(MODELS_KEY) else {
        return;
    };
    let mut notices = Vec::new();
    match read_saved(&text) {
        Ok(read) => {
            if !read.skipped.is_empty() {
                notices.extend(read.skipped);
                notices.push(copy_aside(&store, &text));
            }
            registry::clear();
            for model in read.models {
                registry::register(model.file, model.former);
            }
        }
        Err(message) => {
            notices.push(tf(
                "Your own models could not be read: {message}.",
                &[("message", &message)],
            ));
            notices.push(copy_aside(&store, &text));
        }
    }
    NOTICES.with(|n| *n.borrow_mut() = notices);
}

fn copy_aside(store: &LocalStore, text: &str) -> String {
    match store.back_up(text, &now_iso()) {
        Ok(key) => tf(
            "A copy of them as they were is kept under {key}; the Assessments page lists it for download.",
            &[("key", &key)],
        ),
        Err(_) => t("Rungs could not copy them aside (storage is full), so it will not write over them until there is room.").into(),
    }
}

/// What reading the kept models found wrong, if anything.
pub fn notices() -> Vec<String> {
    NOTICES.with(|n| n.borrow().clone())
}

/// Writes every registered model. On failure (storage full or refused) the caller undoes the
/// change it made to the registry, so what is shown is what is kept.
pub fn save() -> Result<(), String> {
    let store = LocalStore::open().ok_or(t(
        "this browser does not let Rungs keep data (a private window?)",
    ))?;
    // Never write over kept models that could not be read and were not copied aside.
    if let Some(old) = store.read(MODELS_KEY) {
        if read_saved(&old).is_err() {
            store
                .back_up(&old, &now_iso())
                .map_err(|_| t("the kept models could not be copied aside first").to_string())?;
        }
    }
    let models: Vec<SavedModel> = registry::imported()
        .iter()
        .map(|m| SavedModel {
            file: m.file.clone(),
            former: m.former.clone(),
        })
        .collect();
    if models.is_empty() {
        store.remove(MODELS_KEY);
        return Ok(());
    }
    store
        .write(MODELS_KEY, &write_saved(&models))
        .map_err(|e| match e {
            WriteError::QuotaExceeded => {
                t("this browser's storage for Rungs is full; delete old snapshots or assessments, then try again").to_string()
            }
            WriteError::Refused(reason) => reason,
        })
}
