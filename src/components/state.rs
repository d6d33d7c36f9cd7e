//! The app's one state, provided through context: the assessment being worked on.

use crate::assessment::Assessment;
use leptos::prelude::*;

/// Shared state. `Copy`, so closures can capture it freely.
#[derive(Debug, Clone, Copy)]
pub struct AppState {
    pub assessment: RwSignal<Assessment>,
}

impl AppState {
    pub fn new(assessment: Assessment) -> Self {
        AppState {
            assessment: RwSignal::new(assessment),
        }
    }
}

/// The state provided by the nearest [`provide_app_state`]; a component mounted on its own (as
/// in the browser tests) gets a fresh one instead of a panic.
pub fn use_app_state() -> AppState {
    use_context::<AppState>().unwrap_or_else(|| provide_app_state(Assessment::default()))
}

/// Provides a new state to the current component and its children.
pub fn provide_app_state(assessment: Assessment) -> AppState {
    let state = AppState::new(assessment);
    provide_context(state);
    state
}
