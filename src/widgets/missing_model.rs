//! Where a link needs a model of its author's own that this browser lacks: the Models part's
//! panel that asks for it, fetched on the spot. Once the model is added, the screen is drawn
//! again and opens.

use crate::core::i18n::tf;
use crate::shell::parts::loading_view;
use leptos::prelude::*;

/// The panel asking for model `id` (version `version`), once the Models part is loaded.
pub fn missing_model(id: String, version: String) -> AnyView {
    let offer = LocalResource::new(crate::models::load);
    (move || match offer.get() {
        None => loading_view(),
        Some(Ok(offer)) => (offer.missing_model)(id.clone(), version.clone()),
        Some(Err(_)) => view! {
            <p class="error" role="alert">
                {tf(
                    "This needs the model “{id}” (version {version}), which is not in this browser, and the part of Rungs that adds models could not be fetched: the network may be off. Reload to try again.",
                    &[("id", &id), ("version", &version)],
                )}
            </p>
        }
        .into_any(),
    })
    .into_any()
}
