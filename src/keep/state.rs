//! The app's one state, provided through context: the saved assessments, the one being worked
//! on, and how saving is going.
//!
//! `assessment` is the working copy of the library's active assessment. Components edit it as
//! before; [`crate::keep::persistence`] copies it back into `library` and saves both. The
//! methods here are the library operations the screens offer, kept together so that every one
//! keeps the working copy and the library in step.

use crate::core::assessment::Assessment;
use crate::core::store_format::{Library, StoredAssessment};
use crate::keep::persistence::{keep_saved, load};
use crate::keep::storage_banner::StorageBanner;
use crate::shell::app::{AppRoot, Banner};
use leptos::prelude::*;

/// How keeping data in the browser is going; shown in the banner.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum StorageStatus {
    /// Every change is saved.
    #[default]
    Saving,
    /// The browser does not let this page keep data (private mode, a sandboxed frame).
    Unavailable,
    /// The saved data could not be read. It was copied to `backup_key` untouched, or, when even
    /// that failed, it is never written over.
    Unreadable {
        message: String,
        backup_key: Option<String>,
        text: String,
    },
    /// The last change could not be saved because storage is full; the last good state stays.
    QuotaExceeded,
    /// The browser refused to save for another reason.
    Refused(String),
}

/// Shared state. `Copy`, so closures can capture it freely.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    pub assessment: RwSignal<Assessment>,
    pub library: RwSignal<Library>,
    pub storage: RwSignal<StorageStatus>,
    /// The last deleted assessment and where it was, for Undo.
    pub deleted: RwSignal<Option<(usize, StoredAssessment)>>,
}

impl AppState {
    pub fn new(library: Library, status: StorageStatus) -> Self {
        AppState {
            assessment: RwSignal::new(library.active().assessment.clone()),
            library: RwSignal::new(library),
            storage: RwSignal::new(status),
            deleted: RwSignal::new(None),
        }
    }

    /// The library with the working copy written back into it.
    pub fn current_library(&self) -> Library {
        let mut library = self.library.get_untracked();
        let active = library.active;
        if let Some(item) = library.assessments.get_mut(active) {
            item.assessment = self.assessment.get_untracked();
        }
        library
    }

    /// Changes the library and makes its (possibly new) active assessment the working copy.
    fn change_library(&self, change: impl FnOnce(&mut Library)) {
        let mut library = self.current_library();
        change(&mut library);
        self.assessment.set(library.active().assessment.clone());
        self.library.set(library);
    }

    /// Makes assessment `index` the one being worked on.
    pub fn switch_to(&self, index: usize) {
        self.change_library(|l| {
            if index < l.assessments.len() {
                l.active = index;
            }
        });
    }

    /// Adds `assessment` under a name no other assessment has and works on it.
    pub fn add(&self, mut assessment: Assessment) {
        self.change_library(|l| {
            assessment.name = l.unique_name(&assessment.name);
            l.active = l.add(assessment);
        });
    }

    pub fn rename(&self, index: usize, name: String) {
        self.change_library(|l| l.rename(index, name));
    }

    pub fn duplicate(&self, index: usize) {
        self.change_library(|l| {
            if let Some(copy) = l.duplicate(index) {
                l.active = copy;
            }
        });
    }

    /// Deletes assessment `index`, keeping it for Undo. The last assessment cannot be deleted.
    pub fn delete(&self, index: usize) {
        let mut removed = None;
        self.change_library(|l| removed = l.remove(index));
        if removed.is_some() {
            self.deleted.set(removed);
        }
    }

    /// Puts the last deleted assessment back where it was.
    pub fn undo_delete(&self) {
        if let Some((index, item)) = self.deleted.get_untracked() {
            self.change_library(|l| l.restore(index, item));
            self.deleted.set(None);
        }
    }
}

/// Is the screen showing someone else's assessment (an opened share link)? Rating controls are
/// then read-only.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadOnly(pub bool);

/// Is the screen a participant's side of a workshop? The result is sent from the page's own
/// panel, so the Assess page leaves its Share panel out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InWorkshop(pub bool);

pub fn is_in_workshop() -> bool {
    use_context::<InWorkshop>().is_some_and(|w| w.0)
}

pub fn is_read_only() -> bool {
    use_context::<ReadOnly>().is_some_and(|r| r.0)
}

/// The state provided by the nearest [`provide_app_state`]. In the app, the first part that asks
/// loads the saved assessments and starts keeping them saved, under the app's root owner, so
/// every later screen finds the same state; nothing reads storage before that. A component
/// mounted on its own (as in the browser tests) gets a fresh state instead of a panic.
pub fn use_app_state() -> AppState {
    if let Some(state) = use_context::<AppState>() {
        return state;
    }
    match use_context::<AppRoot>() {
        Some(AppRoot(root)) => root.with(start_keeping),
        None => provide_app_state(Library::new(), StorageStatus::Unavailable),
    }
}

/// Loads the saved assessments, keeps them saved from now on, and shows the storage banner
/// above every screen.
fn start_keeping() -> AppState {
    let loaded = load();
    let state = provide_app_state(loaded.library, loaded.status);
    keep_saved(state, loaded.store, loaded.saved_text);
    if let Some(Banner(banner)) = use_context::<Banner>() {
        banner.set(Some(storage_banner));
    }
    state
}

fn storage_banner() -> AnyView {
    view! { <StorageBanner /> }.into_any()
}

/// Provides a new state to the current component and its children.
pub fn provide_app_state(library: Library, status: StorageStatus) -> AppState {
    let state = AppState::new(library, status);
    provide_context(state);
    state
}
