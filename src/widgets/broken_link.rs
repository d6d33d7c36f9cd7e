//! What a link that cannot be opened shows instead: what it was, why it fails in plain words,
//! and that nothing of the user's was touched.

use crate::core::i18n::{t, tf};
use leptos::prelude::*;

/// An alert for a link of kind `what` ("share link", "workshop link"…) that cannot be opened.
/// `what` is shown as it is: pass it translated. The French sentence reads « Impossible d'ouvrir
/// {what} », so there the translation carries its determiner (« ce lien de partage », « cette
/// invitation à l'atelier »).
pub fn broken_link(what: &'static str, reason: String, untouched: &'static str) -> AnyView {
    view! {
        <section class="broken-link" role="alert">
            <h1>{tf("This {what} cannot be opened", &[("what", what)])}</h1>
            <p class="link-error">{reason}</p>
            <p>{untouched}</p>
            <p><a href="#/">{t("Back to the models")}</a></p>
        </section>
    }
    .into_any()
}
