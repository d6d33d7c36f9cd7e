//! The interface's language in the browser. The boot script in `index.html` chooses it before
//! the first paint (the stored choice, else the browser's languages; see `core::i18n::choose`)
//! and sets `<html lang>`; the app reads it there, so page and app always agree. For a language
//! other than English the app fetches its catalogue before it draws anything, and makes the
//! shipped models speak it. The switch in the header stores the choice and reloads the page.

use crate::browser::fetch_text;
use crate::core::i18n::{choose, set_language, Catalogue, Language};
use crate::core::model::{localize, FRENCH_UI_TEXT_VERSION};

/// The chosen language's key in local storage (also read by the boot script and written by the
/// switch, in `index.html`).
pub const LANGUAGE_KEY: &str = "rungs.language";

/// The language the page was set up in: `<html lang>` as the boot script left it, or, where no
/// boot script ran (a component mounted on its own), the stored choice or the browser's.
pub fn page_language() -> Language {
    let window = web_sys::window();
    let from_page = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|code| Language::from_code(&code));
    if let Some(language) = from_page {
        return language;
    }
    let stored = window
        .as_ref()
        .and_then(|w| w.local_storage().ok().flatten())
        .and_then(|s| s.get_item(LANGUAGE_KEY).ok().flatten());
    let browser: Vec<String> = window
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|v| v.as_string())
                .collect()
        })
        .unwrap_or_default();
    choose(stored.as_deref(), &browser)
}

/// Fetches and sets up `language`. English needs nothing. If the catalogue cannot be fetched or
/// read, the app runs in English and `<html lang>` says so, rather than not starting.
pub async fn set_up(language: Language) {
    if language == Language::English {
        return;
    }
    let url = format!("ui-text.{}.txt?v={FRENCH_UI_TEXT_VERSION}", language.code());
    let catalogue = fetch_text(&url)
        .await
        .and_then(|text| Catalogue::parse(&text, language.code()).map_err(|e| e.to_string()));
    match catalogue {
        Ok(catalogue) => {
            localize(&catalogue);
            set_language(language, catalogue);
        }
        Err(message) => {
            web_sys::console::warn_1(
                &format!(
                    "Rungs: the {} texts could not be loaded ({message}); showing English.",
                    language.own_name()
                )
                .into(),
            );
            if let Some(root) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.document_element())
            {
                let _ = root.set_attribute("lang", Language::English.code());
            }
        }
    }
}
