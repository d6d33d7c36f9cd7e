//! The models' long texts in the UI: loaded once from `model-text.txt` after the first screen,
//! provided through context, and shown by [`LongText`] with a clear message while loading or
//! when loading failed.

use crate::browser::fetch_text;
use crate::core::model::text_file::ModelTexts;
use crate::core::model::MODEL_TEXT_VERSION;
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
            _ => Arc::new(ModelTexts::default()),
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct TextsContext(RwSignal<TextsState>);

/// Provides the texts' state to the current component and its children.
pub fn provide_model_texts(state: TextsState) -> RwSignal<TextsState> {
    let signal = RwSignal::new(state);
    provide_context(TextsContext(signal));
    signal
}

/// The texts' state; a component mounted on its own sees `Loading`.
pub fn use_model_texts() -> RwSignal<TextsState> {
    use_context::<TextsContext>()
        .map(|c| c.0)
        .unwrap_or_else(|| provide_model_texts(TextsState::Loading))
}

/// Starts loading `model-text.txt` (relative to the page's base URL, so it works under a
/// sub-path) into `state`.
pub fn load_model_texts(state: RwSignal<TextsState>) {
    leptos::task::spawn_local(async move {
        let url = format!("model-text.txt?v={MODEL_TEXT_VERSION}");
        let result = fetch_text(&url).await.and_then(|file| {
            ModelTexts::parse(&file).map_err(|e| format!("the file is damaged: {e}"))
        });
        state.set(match result {
            Ok(texts) => TextsState::Ready(Arc::new(texts)),
            Err(e) => TextsState::Failed(e),
        });
    });
}

/// One long text, as paragraphs; "Loading…" until the file is in, or a message if it failed.
#[component]
pub fn LongText(model: &'static str, #[prop(into)] key: String) -> impl IntoView {
    let state = use_model_texts();
    move || {
        match state.get() {
        TextsState::Loading => view! { <p class="loading">"Loading…"</p> }.into_any(),
        TextsState::Failed(e) => view! {
            <p role="alert" class="error">
                {format!("The descriptions could not be loaded: {e}. Reload the page to try again.")}
            </p>
        }
        .into_any(),
        TextsState::Ready(texts) => texts
            .get(model, &key)
            .unwrap_or_default()
            .split("\n\n")
            .filter(|p| !p.trim().is_empty())
            .map(|p| view! { <p class="long-text">{p.to_string()}</p> })
            .collect_view()
            .into_any(),
    }
    }
}
