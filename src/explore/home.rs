//! The first screen: what Rungs is, the models it ships, and the radar over the four dimensions
//! for every model assessed so far.
//!
//! The screen is HTML that `build.rs` writes from `model-data/` and `index.html` is served with,
//! so it paints before any wasm is fetched. The app adopts it instead of drawing it again: this
//! component shows it while the route is home and hides it otherwise, so the text that was
//! painted first is never replaced (nothing flashes, nothing moves, the largest paint stays the
//! first one). Two things in it depend on what this browser has saved: each model's status
//! line, and the radar. For a visitor with saved assessments both come from the
//! [`crate::summary`] part, which loads the saved data and the scoring; a first visit needs
//! neither, and fetches nothing more.

use crate::browser::local_store::has_saved_library;
use crate::core::i18n::{t, tf};
use crate::core::route::Screen;
use crate::keep::state::AppState;
use crate::shell::parts::{show, Part};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Each model's status line while nothing is assessed.
pub fn not_assessed() -> &'static str {
    t("Not assessed yet")
}

/// The first screen as `index.html` serves it, if this page has one.
pub fn served_first_screen() -> Option<web_sys::HtmlElement> {
    web_sys::window()?
        .document()?
        .query_selector(&format!(
            "main > section.home[data-lang=\"{}\"]",
            crate::core::i18n::language().code()
        ))
        .ok()??
        .dyn_into::<web_sys::HtmlElement>()
        .ok()
}

/// Has this browser anything to summarise: assessments loaded in this visit, or saved before?
fn has_saved_work() -> bool {
    use_context::<AppState>().is_some() || has_saved_library()
}

fn find(home: &web_sys::HtmlElement, selector: &str) -> Option<web_sys::HtmlElement> {
    home.query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
}

#[component]
pub fn Home() -> impl IntoView {
    let Some(home) = served_first_screen() else {
        return view! {
            <section class="not-found" role="alert">
                <h1>{t("The first screen is missing")}</h1>
                <p>{t("This copy of Rungs was served without its first screen. Open the models from the navigation above.")}</p>
            </section>
        }
        .into_any();
    };
    home.set_hidden(false);
    let no_data = find(&home, ".home-progress .no-data");
    let summary = StoredValue::new_local(None::<Box<dyn std::any::Any>>);
    show_own_models(&home);
    if !has_saved_work() {
        write_statuses(&home, not_assessed());
    } else if let Some(slot) = find(&home, ".home-progress") {
        if let Some(no_data) = &no_data {
            no_data.set_hidden(true);
        }
        // A child of this screen's owner: the summary finds the app's state and ends with the
        // screen.
        let handle = leptos::mount::mount_to(slot, || show(Part::Summary, Screen::Home));
        summary.set_value(Some(Box::new(handle)));
    }
    let shown = StoredValue::new_local((home, no_data));
    on_cleanup(move || {
        summary.set_value(None);
        shown.with_value(|(home, no_data)| {
            home.set_hidden(true);
            if let Some(no_data) = no_data {
                no_data.set_hidden(false);
            }
        });
    });
    ().into_any()
}

/// Escapes text for HTML.
fn html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// Lists the models imported in this browser under the shipped ones, as cards like theirs (the
/// served first screen cannot know them). Ids are checked slugs; names and summaries are
/// escaped.
fn show_own_models(home: &web_sys::HtmlElement) {
    let Some(list) = find(home, ".own-model-list") else {
        return;
    };
    let imported = crate::core::own_model::registry::imported();
    let cards: String = imported
        .iter()
        .map(|entry| {
            let m = entry.model;
            let id = html(m.id);
            let levels: Vec<String> = m.levels.iter().map(|l| html(l.name)).collect();
            format!(
                "<li class=\"model-card own\" data-model=\"{id}\"><h3><a href=\"#/model/{id}\">{name}</a></h3>\
                 <p>{summary}</p><p class=\"levels\"><span class=\"label\">{levels_label} </span>{levels}</p>\
                 <p class=\"status\" data-model=\"{id}\"></p>\
                 <p class=\"meta\">{own} · <a class=\"assess-link\" href=\"#/assess/{id}\">{assess}</a> · \
                 <a href=\"#/model/{id}\">{explore}</a> · <a href=\"#/model/{id}/about\">{about}</a></p></li>",
                levels_label = html(t("Levels:")),
                own = html(&tf("Your own model, version {version}", &[("version", m.version)])),
                assess = html(t("Assess")),
                explore = html(&tf("Explore {n} practices", &[("n", &m.practices.len().to_string())])),
                about = html(t("About")),
                name = html(m.name),
                summary = html(m.summary),
                levels = levels.join(" · "),
            )
        })
        .collect();
    list.set_inner_html(&cards);
    list.set_hidden(imported.is_empty());
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
