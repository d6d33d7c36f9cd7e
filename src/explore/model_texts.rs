//! The models' long texts in the UI: fetched from `model-text.txt` the first time a screen shows
//! one, provided through context, and shown by [`LongText`] with a clear message while loading or
//! when loading failed.

use crate::browser::fetch_text;
use crate::core::i18n::{t, tf};
use crate::core::model::text_file::ModelTexts;
use crate::core::model::{FRENCH_MODEL_TEXT_VERSION, MODEL_TEXT_VERSION};
use crate::core::own_model::registry;
use leptos::prelude::*;
use std::sync::Arc;

/// Where the long texts stand.
#[derive(Debug, Clone, PartialEq)]
pub enum TextsState {
    Loading,
    Ready(Arc<ModelTexts>),
    Failed(String),
}

impl TextsState {
    /// The texts if loaded, else an empty set (titles and names still work).
    pub fn texts(&self) -> Arc<ModelTexts> {
        match self {
            TextsState::Ready(texts) => texts.clone(),
            _ => Arc::new(ModelTexts::default().with_fallback(registry::text)),
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct TextsContext {
    state: RwSignal<TextsState>,
    /// Has a screen asked for the texts yet? They are fetched on first use, so a visit that
    /// never shows a description (the first screen, a participant rating) never fetches them.
    requested: StoredValue<bool>,
}

/// Provides the texts' state to the current component and its children, without fetching them.
pub fn provide_model_texts(state: TextsState) -> RwSignal<TextsState> {
    let signal = RwSignal::new(state);
    provide_context(TextsContext {
        state: signal,
        requested: StoredValue::new(false),
    });
    signal
}

/// The texts' state, fetching them if this is the first screen to ask (or if the last fetch
/// failed, so that opening another description after the network is back tries again). A
/// component mounted on its own sees `Loading`.
pub fn use_model_texts() -> RwSignal<TextsState> {
    let Some(context) = use_context::<TextsContext>() else {
        return provide_model_texts(TextsState::Loading);
    };
    let state = context.state;
    let first = !context.requested.get_value();
    let failed = state.with_untracked(|s| matches!(s, TextsState::Failed(_)));
    let loading = state.with_untracked(|s| matches!(s, TextsState::Loading));
    if (first && loading) || failed {
        context.requested.set_value(true);
        state.set(TextsState::Loading);
        load_model_texts(state);
    }
    state
}

/// Starts loading `model-text.txt` (relative to the page's base URL, so it works under a
/// sub-path) into `state`.
fn load_model_texts(state: RwSignal<TextsState>) {
    leptos::task::spawn_local(async move {
        let url = match crate::core::i18n::language() {
            crate::core::i18n::Language::French => {
                format!("model-text.fr.txt?v={FRENCH_MODEL_TEXT_VERSION}")
            }
            crate::core::i18n::Language::English => {
                format!("model-text.txt?v={MODEL_TEXT_VERSION}")
            }
        };
        let result = fetch_text(&url).await.and_then(|file| {
            ModelTexts::parse(&file)
                .map(|texts| texts.with_fallback(registry::text))
                .map_err(|e| tf("the file is damaged: {error}", &[("error", &e.to_string())]))
        });
        state.set(match result {
            Ok(texts) => TextsState::Ready(Arc::new(texts)),
            Err(e) => TextsState::Failed(e),
        });
    });
}

/// One long text, as paragraphs; "Loading…" until the file is in, or a message if it failed.
/// An imported model's texts came with the model, so they show at once.
#[component]
pub fn LongText(model: &'static str, #[prop(into)] key: String) -> impl IntoView {
    let paragraphs = |text: &str| {
        text.split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .map(|p| view! { <p class="long-text">{p.to_string()}</p> })
            .collect_view()
            .into_any()
    };
    if crate::core::model::is_imported(model) {
        return paragraphs(registry::text(model, &key).unwrap_or_default());
    }
    let state = use_model_texts();
    (move || {
        match state.get() {
        TextsState::Loading => view! { <p class="loading">{t("Loading…")}</p> }.into_any(),
        TextsState::Failed(e) => view! {
            <p role="alert" class="error">
                {tf("The descriptions could not be loaded: {error}. Open it again, or reload the page, to try again.", &[("error", &e)])}
            </p>
        }
        .into_any(),
        TextsState::Ready(texts) => paragraphs(texts.get(model, &key).unwrap_or_default()),
    }
    })
    .into_any()
}
