//! In-app help: how to use Rungs, and the level rules with the worked examples that
//! `tests/scoring.rs` pins down.
//!
//! The page is static, so it is kept as HTML in `help.html` (and `help.fr.html` in French) and
//! inserted as it is: a view tree of this size would add several kilobytes of generated code to
//! the wasm for no behaviour. Both languages are in the help part, which loads only when the help
//! is opened.

use crate::core::i18n::{language, Language};
use leptos::prelude::*;

/// The help page's HTML in each language: constants of ours, never user input.
const HELP_HTML: &str = include_str!("help.html");
const HELP_HTML_FR: &str = include_str!("help.fr.html");

#[component]
pub fn Help() -> impl IntoView {
    let html = match language() {
        Language::English => HELP_HTML,
        Language::French => HELP_HTML_FR,
    };
    view! { <article class="help-page" inner_html=html></article> }
}
