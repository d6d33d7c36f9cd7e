//! Keeps the library in local storage through the one save path
//! ([`crate::core::saving`], whose rules are in [`crate::core::saving`]): loaded when
//! a part first needs it, saved after every change, merged with what other tabs save, and shown
//! above every screen in the storage banner when something is wrong.

use crate::browser::local_store::LocalStore;
use crate::browser::local_store::STORE_KEY;
use crate::browser::now_iso;
use crate::core::saving::SavedDocument;
use crate::core::store_format::Library;
use crate::keep::state::{provide_app_state, AppState};
use crate::keep::storage_banner::StorageBanner;
use crate::shell::app::Banner;
use leptos::prelude::*;

/// Loads the saved assessments, keeps them saved from now on, and puts the storage banner above
/// every screen. Called once, under the app's root owner.
pub fn start_keeping() -> AppState {
    let opened =
        SavedDocument::<Library, LocalStore>::open(LocalStore::open(), STORE_KEY, &now_iso());
    let state = provide_app_state(opened.doc, opened.status);
    let saved = StoredValue::new_local(opened.saved);
    provide_context(KeptLibrary(saved));
    keep_saved(state, saved);
    if let Some(Banner(banner)) = use_context::<Banner>() {
        banner.set(Some(storage_banner));
    }
    state
}

fn storage_banner() -> AnyView {
    view! { <StorageBanner /> }.into_any()
}

/// The saved library, for the banner's buttons (dismiss, save after a download).
#[derive(Clone, Copy)]
pub struct KeptLibrary(pub StoredValue<SavedDocument<Library, LocalStore>, LocalStorage>);

impl KeptLibrary {
    /// The notice about unreadable data (copied aside) was read.
    pub fn dismiss(&self, state: AppState) {
        self.0.update_value(SavedDocument::dismiss);
        state.storage.set(crate::keep::state::StorageStatus::Saving);
    }

    /// The user downloaded unreadable data that could not be copied aside, and lets this tab's
    /// work be saved in its place.
    pub fn take_over(&self, state: AppState) {
        self.0.update_value(SavedDocument::take_over);
        state.storage.set(crate::keep::state::StorageStatus::Saving);
        state.retry.update(|n| *n += 1);
    }
}

/// Shows what a save or another tab's save gave: the merged library, and the status.
fn show(state: AppState, outcome: (Option<Library>, Option<crate::keep::state::StorageStatus>)) {
    let (library, status) = outcome;
    if let Some(library) = library {
        state.show_library(library);
    }
    if let Some(status) = status {
        if state.storage.with_untracked(|s| *s != status) {
            state.storage.set(status);
        }
    }
}

/// Saves the library after every change (and on Retry), and follows other tabs' saves.
fn keep_saved(
    state: AppState,
    saved: StoredValue<SavedDocument<Library, LocalStore>, LocalStorage>,
) {
    Effect::new(move |previous: Option<()>| {
        state.assessment.track();
        state.library.track();
        state.retry.track();
        // The first run sees the library as loaded: there is nothing new to save, and writing
        // would replace data that could not be read before the user did anything.
        if previous.is_none() {
            return;
        }
        let ours = state.current_library();
        let outcome = saved
            .try_update_value(|s| s.save(&ours, &now_iso()))
            .unwrap_or((None, None));
        show(state, outcome);
    });
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        let Some(key) = event.key() else {
            return;
        };
        if !saved.with_value(|s| s.watches(&key)) {
            return;
        }
        let ours = state.current_library();
        let outcome = saved
            .try_update_value(|s| s.other_saved(&ours, &now_iso()))
            .unwrap_or((None, None));
        show(state, outcome);
    });
    on_cleanup(move || handle.remove());
}
