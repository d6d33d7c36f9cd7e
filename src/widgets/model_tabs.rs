//! Buttons that pick one model of several, for pages that show one model at a time.

use crate::core::model::Model;
use leptos::prelude::*;

#[component]
pub fn ModelTabs(
    models: Vec<&'static Model>,
    selected: ReadSignal<Option<&'static Model>>,
    set_selected: WriteSignal<Option<&'static Model>>,
    /// What the models are, for the navigation's accessible name.
    label: &'static str,
) -> impl IntoView {
    let tabs = models
        .into_iter()
        .map(|m| {
            view! {
                <button
                    type="button"
                    class="model-tab"
                    aria-pressed=move || (selected.get() == Some(m)).to_string()
                    on:click=move |_| set_selected.set(Some(m))
                >
                    {m.name}
                </button>
            }
        })
        .collect_view();
    view! { <nav class="model-tabs" aria-label=label>{tabs}</nav> }
}
