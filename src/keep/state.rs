//! The app's one state, provided through context: the saved assessments, the one this tab is
//! working on, and how saving is going.
//!
//! `assessment` is the working copy of the library's active assessment. Components edit it as
//! before; [`crate::keep::persistence`] copies it back into `library` and saves both, through the
//! one save path ([`crate::core::saving`]). The methods here are the library
//! operations the screens offer, kept together so that every one keeps the working copy and the
//! library in step. Which assessment is open belongs to this tab: another tab switching, adding
//! or deleting never changes what this one shows.

use crate::core::assessment::Assessment;
use crate::core::store_format::{Library, StoredAssessment};
use crate::keep::persistence::start_keeping;
use crate::shell::app::AppRoot;
use leptos::prelude::*;

/// How keeping data in the browser is going; shown in the banner.
pub use crate::core::saving::SaveStatus as StorageStatus;

/// Shared state. `Copy`, so closures can capture it freely.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    pub assessment: RwSignal<Assessment>,
    pub library: RwSignal<Library>,
    pub storage: RwSignal<StorageStatus>,
    /// Every assessment deleted in this visit and where it was, latest last: Undo puts them back
    /// one by one, latest first.
    pub deleted: RwSignal<Vec<(usize, StoredAssessment)>>,
    /// Set by the saving when the user asks to retry or to unfreeze; see
    /// [`crate::keep::persistence`].
    pub retry: RwSignal<u32>,
}

impl AppState {
    pub fn new(library: Library, status: StorageStatus) -> Self {
        AppState {
            assessment: RwSignal::new(library.active().assessment.clone()),
            library: RwSignal::new(library),
            storage: RwSignal::new(status),
            deleted: RwSignal::new(Vec::new()),
            retry: RwSignal::new(0),
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

    /// Shows `library` (another tab's work merged in): the library, and the working copy when
    /// its assessment changed. Signals are only set when something changed, so the saving that
    /// follows finds nothing new to write.
    pub fn show_library(&self, library: Library) {
        let active = library.active().assessment.clone();
        if self.assessment.with_untracked(|a| *a != active) {
            self.assessment.set(active);
        }
        if self.library.with_untracked(|l| *l != library) {
            self.library.set(library);
        }
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
    pub fn add(&self, assessment: Assessment) {
        self.add_all(vec![assessment]);
    }

    /// Adds every one of `assessments`, each under a name no other has, in one change (one
    /// copy of the library, one save: added one by one, a large import copied the library
    /// thousands of times and froze the page, C12), and works on the last.
    pub fn add_all(&self, assessments: Vec<Assessment>) {
        if assessments.is_empty() {
            return;
        }
        self.change_library(|l| l.add_all(assessments));
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
        if let Some(removed) = removed {
            self.deleted.update(|d| d.push(removed));
        }
    }

    /// Puts the latest deleted assessment back where it was.
    pub fn undo_delete(&self) {
        if let Some((index, item)) = self.deleted.with_untracked(|d| d.last().cloned()) {
            self.change_library(|l| l.restore(index, item));
            self.deleted.update(|d| {
                d.pop();
            });
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

/// Provides a new state to the current component and its children.
pub fn provide_app_state(library: Library, status: StorageStatus) -> AppState {
    let state = AppState::new(library, status);
    provide_context(state);
    state
}
