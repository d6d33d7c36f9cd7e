//! Search across all models, with each hit placed in its model, category and level.

use crate::browser::replace_fragment;
use crate::core::i18n::{t, tn};
use crate::core::model::all_models;
use crate::core::route::Route;
use crate::core::search::search;
use crate::explore::model_texts::use_model_texts;
use leptos::prelude::*;

#[component]
pub fn SearchPage(initial_query: String) -> impl IntoView {
    let (query, set_query) = signal(initial_query);
    let texts = use_model_texts();
    let hits = Memo::new(move |_| {
        let texts = texts.with(|t| t.texts());
        query.with(|q| search(&all_models(), &texts, q))
    });
    let on_input = move |ev| {
        let value = event_target_value(&ev);
        replace_fragment(
            &Route::Search {
                query: value.clone(),
            }
            .to_fragment(),
        );
        set_query.set(value);
    };
    view! {
        <section class="search-page">
            <h1>{t("Search")}</h1>
            <label for="search-input">{t("Search every model by word")}</label>
            <input
                id="search-input"
                type="search"
                autocomplete="off"
                placeholder=t("e.g. acceptance tests")
                prop:value=move || query.get()
                on:input=on_input
            />
            <p class="search-count" aria-live="polite">
                {move || {
                    let count = hits.with(Vec::len);
                    if query.with(|q| q.trim().is_empty()) {
                        t("Type a word to search titles and descriptions.").to_string()
                    } else {
                        tn("{n} practice found. | {n} practices found.", count)
                    }
                }}
            </p>
            <ol class="search-results">
                {move || {
                    hits.get()
                        .into_iter()
                        .map(|hit| {
                            let model = hit.model;
                            let practice = hit.practice;
                            let category = model
                                .categories
                                .get(practice.category)
                                .map(|c| c.name)
                                .unwrap_or("?");
                            let level = model.levels.get(practice.level).map(|l| l.name).unwrap_or("?");
                            let href = Route::Practice {
                                model: model.id.into(),
                                practice: practice.id.into(),
                            }
                            .to_fragment();
                            view! {
                                <li class="search-hit" data-practice=practice.id data-model=model.id>
                                    <a href=href>{practice.title}</a>
                                    <span class="where">
                                        {format!("{} · {} · {}", model.name, category, level)}
                                    </span>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
        </section>
    }
}
