//! The facilitator's board: the workshop being run, kept in local storage under its own key and
//! saved after every change through the same save path as the assessments
//! ([`crate::core::saving`]; its rules are in [`crate::core::saving`]), with the
//! intent-level changes the board's screens make.

use crate::browser::local_store::LocalStore;
use crate::browser::now_iso;
use crate::core::assessment::RadarMeasure;
use crate::core::i18n::{t, tf};
use crate::core::saving::{SaveStatus, SavedDocument};
use crate::core::scoring::{Rating, ScoringSettings};
use crate::core::share::link_table;
use crate::core::transfer::ImportItem;
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
    /// A sentence about the last board opened (repeats left out, say).
    pub notice: RwSignal<Option<String>>,
    /// Participants removed in this visit and where they were, latest last, for Undo.
    pub removed: RwSignal<Vec<(usize, Participant)>>,
}

impl BoardState {
    /// A board showing `workshop`, with nothing to report.
    pub fn new(workshop: Option<Workshop>) -> BoardState {
        BoardState {
            workshop: RwSignal::new(workshop),
            problem: RwSignal::new(None),
            notice: RwSignal::new(None),
            removed: RwSignal::new(Vec::new()),
        }
    }

    /// Starts a new board (replacing any).
    pub fn create(&self, name: &str, models: &[&str], settings: ScoringSettings) {
        let mut workshop = Workshop::new(name, models, settings);
        workshop.id = new_workshop_id();
        self.workshop.set(Some(workshop));
    }

    /// Puts a workshop opened from a link or a file on the board, replacing what was there. A
    /// workshop without an identity (from a link made before workshops had one) gets a new one.
    /// The same answers found more than once are kept once, and the board says so.
    pub fn open(&self, mut workshop: Workshop) {
        if workshop.id.is_empty() {
            workshop.id = new_workshop_id();
        }
        let repeats = workshop.drop_repeats();
        self.notice.set(match repeats.len() {
            0 => None,
            1 => Some(tf(
                "One participant's answers were in the workshop twice ({name}); they are counted once.",
                &[("name", &repeats[0])],
            )),
            n => Some(tf(
                "{n} participants' answers were in the workshop more than once; each is counted once.",
                &[("n", &n.to_string())],
            )),
        });
        self.removed.set(Vec::new());
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
                    copies_skipped: 0,
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

    /// Renames participant `index` and returns the name applied: a blank name keeps the old
    /// one, and a name another participant has gets a number, so that no two columns of the
    /// board's tables read alike.
    pub fn rename_participant(&self, index: usize, name: String) -> String {
        let wanted = name.trim().to_string();
        let mut applied = String::new();
        self.workshop.update(|w| {
            let Some(w) = w.as_mut() else { return };
            let Some(current) = w.participants.get(index).map(|p| p.name.clone()) else {
                return;
            };
            let taken = |name: &str| {
                w.participants
                    .iter()
                    .enumerate()
                    .any(|(j, p)| j != index && p.name == name)
            };
            applied = if wanted.is_empty() {
                current
            } else if taken(&wanted) {
                (2..)
                    .map(|n| format!("{wanted} ({n})"))
                    .find(|name| !taken(name))
                    .unwrap_or_default()
            } else {
                wanted
            };
            if let Some(p) = w.participants.get_mut(index) {
                p.name.clone_from(&applied);
            }
        });
        applied
    }

    /// Leaves participant `index` out of every number and chart, or counts them again.
    pub fn set_hidden(&self, index: usize, hidden: bool) {
        self.edit_participant(index, |p| p.hidden = hidden);
    }

    /// Removes participant `index`, keeping them for Undo.
    pub fn remove_participant(&self, index: usize) {
        let mut removed = None;
        self.workshop.update(|w| {
            if let Some(w) = w.as_mut() {
                if index < w.participants.len() {
                    removed = Some((index, w.participants.remove(index)));
                }
            }
        });
        if let Some(removed) = removed {
            self.removed.update(|r| r.push(removed));
        }
    }

    /// Puts the latest removed participant back where they were.
    pub fn undo_remove(&self) {
        let Some((index, participant)) = self.removed.with_untracked(|r| r.last().cloned()) else {
            return;
        };
        self.workshop.update(|w| {
            if let Some(w) = w.as_mut() {
                let index = index.min(w.participants.len());
                let mut participant = participant;
                if w.participants.iter().any(|p| p.id == participant.id) {
                    participant.id = Workshop::next_participant_id(&w.participants);
                }
                w.participants.insert(index, participant);
            }
        });
        self.removed.update(|r| {
            r.pop();
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

    /// Sets what the board's radars show; saved with the board, and with the team's result.
    pub fn set_radar_measure(&self, measure: RadarMeasure) {
        self.workshop.update(|w| {
            if let Some(w) = w {
                w.agreed.radar_measure = measure;
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

/// A fresh workshop identity: random, so two boards started anywhere never share one.
fn new_workshop_id() -> String {
    let a = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    let b = (js_sys::Math::random() * 4_294_967_296.0) as u64;
    format!("w{:x}", (a << 32) | b)
}

/// The board page's sentence for a saving status, or `None` when all is well.
fn problem_of(status: &SaveStatus) -> Option<String> {
    match status {
        SaveStatus::Saving => None,
        SaveStatus::Unavailable => Some(
            t("This browser does not let Rungs keep the board: save it as a link or a file before you close the tab.").into(),
        ),
        SaveStatus::Unreadable { message, backup_key: Some(key), .. } => Some(tf(
            "The saved workshop board could not be read: {message} It was kept unchanged under the browser storage key “{key}”; the board here starts afresh and is saved as usual.",
            &[("message", message), ("key", key)],
        )),
        SaveStatus::Unreadable { message, backup_key: None, .. } => Some(tf(
            "The saved workshop board could not be read: {message} Rungs could not copy it aside, so it does not save over it: changes to the board here are not kept. Save the board as a link or a file.",
            &[("message", message)],
        )),
        SaveStatus::Newer { found, aside_key } => Some(tf(
            "The saved workshop board was written by a newer version of Rungs (format {found}). This version leaves it as it is and saves this board separately, under the browser storage key “{key}”.",
            &[("found", &found.to_string()), ("key", aside_key)],
        )),
        SaveStatus::Full => Some(
            t("The last change to the board is not saved yet: this browser's storage is full. It is kept in this window and saved with the next change once there is room; save the board as a link or a file meanwhile.").into(),
        ),
        SaveStatus::Refused(reason) => Some(tf(
            "The last change to the board is not saved yet (the browser said: {reason}). It is kept in this window; save the board as a link or a file.",
            &[("reason", reason)],
        )),
    }
}

/// Loads the saved board and keeps it saved through the one save path
/// ([`crate::core::saving`]): merged with what another window saves (the board and
/// the presenter side by side), so that agreeing in either loses nothing.
fn provide_board_state() -> BoardState {
    let opened = SavedDocument::<Option<Workshop>, LocalStore>::open(
        LocalStore::open(),
        BOARD_KEY,
        &now_iso(),
    );
    let state = BoardState::new(opened.doc);
    state.problem.set(problem_of(&opened.status));
    provide_context(state);
    let saved = StoredValue::new_local(opened.saved);
    // A board saved before workshops had an identity gets one now.
    if state
        .workshop
        .with_untracked(|w| w.as_ref().is_some_and(|w| w.id.is_empty()))
    {
        state.workshop.update(|w| {
            if let Some(w) = w {
                w.id = new_workshop_id();
            }
        });
    }
    let show = move |(workshop, status): (Option<Option<Workshop>>, Option<SaveStatus>)| {
        if let Some(workshop) = workshop {
            if state.workshop.with_untracked(|w| *w != workshop) {
                state.workshop.set(workshop);
            }
        }
        if let Some(status) = status {
            let problem = problem_of(&status);
            if state.problem.with_untracked(|p| *p != problem) {
                state.problem.set(problem);
            }
        }
    };
    let pending = StoredValue::new(false);
    Effect::new(move |previous: Option<()>| {
        state.workshop.track();
        if previous.is_none() || pending.get_value() {
            return;
        }
        // Saved just after the board is drawn, not before: writing a board of fifty
        // participants takes longer than drawing it, and a burst of changes is saved once.
        pending.set_value(true);
        let save = move || {
            if !pending.get_value() {
                return; // saved already, by the other of the two timers below
            }
            pending.set_value(false);
            let ours = state.workshop.get_untracked();
            let outcome = saved
                .try_update_value(|s| s.save(&ours, &now_iso()))
                .unwrap_or((None, None));
            show(outcome);
        };
        // After the next frame: a timer alone may still run before the browser draws.
        request_animation_frame(move || set_timeout(save, std::time::Duration::ZERO));
        // A page that is not drawn gets no frames (a tab left the moment after a change, a
        // window behind another): a timer saves it anyway, or the change would wait, unsaved,
        // until the page is shown again.
        set_timeout(save, std::time::Duration::from_millis(200));
    });
    let handle = window_event_listener(leptos::ev::storage, move |event| {
        let Some(key) = event.key() else {
            return;
        };
        if !saved.with_value(|s| s.watches(&key)) {
            return;
        }
        let ours = state.workshop.get_untracked();
        let outcome = saved
            .try_update_value(|s| s.other_saved(&ours, &now_iso()))
            .unwrap_or((None, None));
        show(outcome);
    });
    on_cleanup(move || handle.remove());
    state
}

/// Would putting `opened` on the board discard participants the board holds now? Opening a
/// workshop from a link or a file asks first when it would.
pub fn would_replace_work(current: Option<&Workshop>, opened: &Workshop) -> bool {
    // A link carries no identity: the same board opened again is not a replacement.
    let same = |c: &Workshop| {
        let mut c = c.clone();
        c.id.clone_from(&opened.id);
        c == *opened
    };
    current.is_some_and(|c| !c.participants.is_empty() && !same(c))
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
            let state = BoardState::new(None);
            provide_context(state);
            state
        }
    }
}
