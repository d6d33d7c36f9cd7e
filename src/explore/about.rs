//! A model's About page: purpose, authors and source, the dimension crosswalk, the licence note.

use crate::core::i18n::{t, tf};
use crate::core::model::Model;
use crate::core::route::Route;
use crate::explore::model_texts::{use_model_texts, LongText};
use leptos::prelude::*;

#[component]
pub fn AboutPage(model: &'static Model) -> impl IntoView {
    let source = &model.source;
    let publisher = if source.publisher.is_empty() {
        String::new()
    } else {
        format!(", {}", source.publisher)
    };
    let texts = use_model_texts();
    let has_version_note = move || {
        texts.with(|t| {
            t.texts()
                .get(model.id, "version_note")
                .is_some_and(|v| !v.is_empty())
        })
    };
    view! {
        <article class="about-page" data-model=model.id>
            <h1>{tf("About: {model}", &[("model", model.name)])}</h1>
            <p class="meta">
                <a href=Route::Model { model: model.id.into() }.to_fragment()>{t("Open the matrix")}</a>
            </p>
            <h2>{t("What it is for")}</h2>
            <LongText model=model.id key="purpose" />
            <h2>{t("Source")}</h2>
            <p class="source">
                {format!("{}, “{}”{}, {}. ", source.authors, source.title, publisher, source.year)}
                <a href=source.url rel="noopener noreferrer" target="_blank">{source.url}</a>
            </p>
            <h2>{t("Levels")}</h2>
            <ol class="level-list">
                {model
                    .levels
                    .iter()
                    .map(|l| {
                        view! {
                            <li>
                                <strong>{l.name}</strong>
                                <LongText model=model.id key=format!("level:{}", l.id) />
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <h2>{t("How Rungs maps it to the four dimensions")}</h2>
            <LongText model=model.id key="crosswalk" />
            {move || (has_version_note()).then(|| view! {
                <h2>{t("Which version")}</h2>
                <LongText model=model.id key="version_note" />
            })}
            <h2>{t("Licence")}</h2>
            <LongText model=model.id key="licence" />
            <p class="meta">
                {if crate::core::model::is_imported(model.id) {
                    tf("Your own model, version {version}, added in this browser.", &[("version", model.version)])
                } else {
                    tf("Rungs' data file version {version}.", &[("version", model.version)])
                }}
                " "
                <a href="#/models" class="export-this-model">{t("Export this model as a file, or bring your own")}</a>
            </p>
        </article>
    }
}
