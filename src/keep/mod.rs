//! Keeping assessments in this browser: the app's state ([`state`]) and how it is loaded and
//! saved ([`persistence`]), the storage banner, and the Assessments page with import, export and
//! the copies of unreadable data. The state is loaded by whichever part first needs it; the
//! Assessments page is a part of its own.

pub mod assessments_page;
pub mod backups_panel;
pub mod import_panel;
pub mod persistence;
pub mod state;
pub mod storage_banner;

use crate::core::route::Screen;
use crate::shell::parts::{not_this_part, split_part};
use assessments_page::AssessmentsPage;
use leptos::prelude::*;

split_part!(load, keep, screens);

/// A translated sentence cut around its `{placeholder}`, so that what fills it can be drawn in an
/// element of its own (a `<bdi>` name, a link) wherever the language puts it. A sentence without
/// the placeholder is all before.
pub fn around(text: &str, placeholder: &str) -> (String, String) {
    match text.split_once(&format!("{{{placeholder}}}")) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (text.to_string(), String::new()),
    }
}

fn screens(screen: Screen) -> AnyView {
    match screen {
        Screen::Assessments => view! { <AssessmentsPage /> }.into_any(),
        _ => not_this_part(),
    }
}
