//! In-app help: how to use Rungs, and the level rules with the worked examples that
//! `tests/scoring.rs` pins down.
//!
//! The page is static, so it is kept as HTML in `help.html` and inserted as it is: a view tree
//! of this size would add several kilobytes of generated code to the wasm for no behaviour.

use leptos::prelude::*;

/// The help page's HTML: a constant of ours, never user input.
const HELP_HTML: &str = include_str!("help.html");

#[component]
pub fn Help() -> impl IntoView {
    view! { <article class="help-page" inner_html=HELP_HTML></article> }
}
