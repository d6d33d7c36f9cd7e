//! The first screen: what Rungs is, the models it ships, and the radar over the four dimensions
//! for every model assessed so far.
//!
//! The screen is the HTML `build.rs` writes from `model-data/`, the same text `index.html` is
//! served with, so the app draws exactly what was painted before it started. Two things in it
//! depend on what this browser has saved: each model's status line, and the radar. For a visitor
//! with saved assessments both come from the [`crate::summary`] part, which loads the saved data
//! and the scoring; a first visit needs neither, and fetches nothing more.

use crate::browser::local_store::has_saved_library;
use crate::core::route::Screen;
use crate::keep::state::AppState;
use crate::shell::parts::{show, Part};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The first screen's content, inside `<section class="home">` (see `build.rs`).
pub const FIRST_SCREEN_HTML: &str = include_str!(concat!(env!("OUT_DIR"), "/first-screen.html"));

/// Each model's status line while nothing is assessed.
pub const NOT_ASSESSED: &str = "Not assessed yet";

/// Has this browser anything to summarise: assessments loaded in this visit, or saved before?
fn has_saved_work() -> bool {
    use_context::<AppState>().is_some() || has_saved_library()
}

#[component]
pub fn Home() -> impl IntoView {
    let section = NodeRef::<leptos::html::Section>::new();
    let owner = Owner::current();
    let summary = StoredValue::new_local(None::<Box<dyn std::any::Any>>);
    let saved = has_saved_work();
    section.on_load(move |home| {
        if !saved {
            write_statuses(&home, NOT_ASSESSED);
            return;
        }
        let Some(slot) = home
            .query_selector(".home-progress")
            .ok()
            .flatten()
            .and_then(|slot| slot.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            return;
        };
        slot.set_inner_html("");
        // Under the screen's owner, so that the summary finds the app's state and ends with
        // the screen.
        let mount = move || leptos::mount::mount_to(slot, || show(Part::Summary, Screen::Home));
        let handle = match &owner {
            Some(owner) => owner.with(mount),
            None => mount(),
        };
        summary.set_value(Some(Box::new(handle)));
    });
    on_cleanup(move || summary.set_value(None));
    view! { <section class="home" node_ref=section inner_html=FIRST_SCREEN_HTML></section> }
}

/// Writes `text` into every model's status line.
pub fn write_statuses(home: &web_sys::Element, text: &str) {
    if let Ok(lines) = home.query_selector_all(".model-card .status") {
        for i in 0..lines.length() {
            if let Some(line) = lines.item(i) {
                line.set_text_content(Some(text));
            }
        }
    }
}
