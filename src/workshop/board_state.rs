//! The facilitator's board: the workshop being run, kept in local storage under its own key and
//! saved after every change, like the assessments.
//!
//! A board that cannot be read is copied untouched to a backup key and reported on the board
//! page; it is only written over once the facilitator starts a new one.

use crate::browser::local_store::{LocalStore, WriteError};
use crate::browser::now_iso;
use crate::core::scoring::{Rating, ScoringSettings};
use crate::core::share::link_table;
use crate::core::transfer::ImportItem;
use crate::core::workshop::json::{workshop_from_json, workshop_to_json};
use crate::core::workshop::{
    add_links, add_participant, suggested, Participant, PastedLink, PracticeStats, Workshop,
};
use crate::shell::app::AppRoot;
use leptos::prelude::*;

/// The key of the saved board.
pub const BOARD_KEY: &str = "rungs.workshop";

/// The board and how saving it goes. `Copy`, so closures can capture it freely.
#[derive(Debug, Clone, Copy)]
pub struct BoardState {
    pub workshop: RwSignal<Option<Workshop>>,
    /// A sentence for the board page when the saved board could not be read or saved.
    pub problem: RwSignal<Option<String>>,
}

impl BoardState {
    /// Starts a new board (replacing any).
    pub fn create(&self, name: &str, models: &[&str], settings: ScoringSettings) {
        self.workshop
            .set(Some(Workshop::new(name, models, settings)));
    }

    /// Puts a workshop opened from a link or a file on the board, replacing what was there.
    pub fn open(&self, workshop: Workshop) {
        self.workshop.set(Some(workshop));
    }

    /// Clears the board.
    pub fn clear(&self) {
        self.workshop.set(None);
    }

    /// Adds the result links pasted in `text`; one outcome per link, in order.
    pub fn add_links(&self, text: &str) -> Vec<PastedLink> {
        let mut outcome = Vec::new();
        self.workshop.update(|w| {
            if let Some(w) = w {
                outcome = add_links(w, text, &link_table());
            }
        });
        outcome
    }

    /// Adds the assessments read from the file `file` as participants; one outcome per item.
    pub fn add_results(&self, file: &str, items: Vec<ImportItem>) -> Vec<PastedLink> {
        let mut lines = Vec::new();
        self.workshop.update(|w| {
            let Some(w) = w else { return };
            for item in items {
                let outcome = match item.assessment {
                    Some(a) => {
                        let models: Vec<String> = a.answers.keys().cloned().collect();
                        add_participant(w, a, &models)
                    }
                    None => Err(item.problems.join("; ")),
                };
                lines.push(PastedLink {
                    text: format!("{file}: {}", item.name),
                    outcome,
                });
            }
        });
        lines
    }

    /// Changes participant `index`, if there is one.
    fn edit_participant(&self, index: usize, change: impl FnOnce(&mut Participant)) {
        self.workshop.update(|w| {
            if let Some(p) = w.as_mut().and_then(|w| w.participants.get_mut(index)) {
                change(p);
            }
        });
    }

    pub fn rename_participant(&self, index: usize, name: String) {
        self.edit_participant(index, |p| p.name = name);
    }

    /// Leaves participant `index` out of every number and chart, or counts them again.
    pub fn set_hidden(&self, index: usize, hidden: bool) {
        self.edit_participant(index, |p| p.hidden = hidden);
    }

    pub fn remove_participant(&self, index: usize) {
        self.workshop.update(|w| {
            if let Some(w) = w.as_mut() {
                if index < w.participants.len() {
                    w.participants.remove(index);
                }
            }
        });
    }

    /// The rating agreed for a practice so far, if any.
    pub fn agreed_rating(&self, stats: &PracticeStats) -> Option<Rating> {
        self.workshop.with(|w| {
            w.as_ref()
                .and_then(|w| w.agreed.rating(stats.model.id, stats.practice.id))
        })
    }

    /// Sets the agreed rating of a practice.
    pub fn agree(&self, stats: &PracticeStats, rating: Option<Rating>) {
        let (model, practice) = (stats.model.id, stats.practice.id);
        self.workshop.update(|w| {
            if let Some(w) = w {
                w.agreed.set_rating(model, practice, rating);
            }
        });
    }

    /// Agrees the suggestion (the median, rounded down) for every practice not agreed yet.
    pub fn accept_suggestions(&self, all: &[PracticeStats]) {
        self.workshop.update(|w| {
            if let Some(w) = w {
                for s in all {
                    if w.agreed.rating(s.model.id, s.practice.id).is_none() {
                        w.agreed.set_rating(s.model.id, s.practice.id, suggested(s));
                    }
                }
            }
        });
    }
}

/// Loads the saved board and keeps it saved.
fn provide_board_state() -> BoardState {
    let store = LocalStore::open();
    let mut problem = None;
    let mut workshop = None;
    let mut saved_text = None;
    if let Some(text) = store.as_ref().and_then(|s| s.read(BOARD_KEY)) {
        match workshop_from_json(&text) {
            Ok(w) => {
                workshop = Some(w);
                saved_text = Some(text);
            }
            Err(error) => {
                let kept = store
                    .as_ref()
                    .and_then(|s| s.back_up(&text, &now_iso()).ok())
                    .map_or_else(
                        || "It is left where it was.".to_string(),
                        |key| format!("It was kept unchanged under the storage key “{key}”."),
                    );
                problem = Some(format!(
                    "The saved workshop board could not be read: {error} {kept}"
                ));
                saved_text = Some(text);
            }
        }
    }
    let state = BoardState {
        workshop: RwSignal::new(workshop),
        problem: RwSignal::new(problem),
    };
    provide_context(state);
    if let Some(store) = store {
        let last = StoredValue::new(saved_text);
        let pending = StoredValue::new(false);
        Effect::new(move |previous: Option<()>| {
            state.workshop.track();
            if previous.is_none() || pending.get_value() {
                return;
            }
            // Saved just after the board is drawn, not before: writing a board of fifty
            // participants takes longer than drawing it, and a burst of changes is saved once.
            pending.set_value(true);
            let store = store.clone();
            let save = move || {
                pending.set_value(false);
                let Some(text) = state
                    .workshop
                    .with_untracked(|w| w.as_ref().map(workshop_to_json))
                else {
                    return;
                };
                if last.with_value(|l| l.as_deref() == Some(text.as_str())) {
                    return;
                }
                match store.write(BOARD_KEY, &text) {
                        Ok(()) => last.set_value(Some(text)),
                        Err(WriteError::QuotaExceeded) => state.problem.set(Some(
                            "The last change to the board was not saved: this browser's storage is full. Save the board as a link or a file.".into(),
                        )),
                        Err(WriteError::Refused(reason)) => state
                            .problem
                            .set(Some(format!("The last change to the board was not saved ({reason})."))),
                    }
            };
            // After the next frame: a timer alone may still run before the browser draws.
            request_animation_frame(move || set_timeout(save, std::time::Duration::ZERO));
        });
    }
    state
}

/// Would putting `opened` on the board discard participants the board holds now? Opening a
/// workshop from a link or a file asks first when it would.
pub fn would_replace_work(current: Option<&Workshop>, opened: &Workshop) -> bool {
    current.is_some_and(|c| !c.participants.is_empty() && c != opened)
}

/// The board. In the app, the first board screen opened loads the saved board under the app's
/// root owner (so no other screen, and no first visit, ever reads or parses it); a component
/// mounted on its own gets an empty one.
pub fn use_board() -> BoardState {
    if let Some(state) = use_context::<BoardState>() {
        return state;
    }
    match use_context::<AppRoot>() {
        Some(AppRoot(root)) => root.with(provide_board_state),
        None => {
            let state = BoardState {
                workshop: RwSignal::new(None),
                problem: RwSignal::new(None),
            };
            provide_context(state);
            state
        }
    }
}
