//! What a link that cannot be opened shows instead: what it was, why it fails in plain words,
//! and that nothing of the user's was touched.

use leptos::prelude::*;

/// An alert for a link of kind `what` ("share link", "workshop link"…) that cannot be opened.
pub fn broken_link(what: &'static str, reason: String, untouched: &'static str) -> AnyView {
    view! {
        <section class="broken-link" role="alert">
            <h1>{format!("This {what} cannot be opened")}</h1>
            <p class="link-error">{reason}</p>
            <p>{untouched}</p>
            <p><a href="#/">"Back to the models"</a></p>
        </section>
    }
    .into_any()
}
