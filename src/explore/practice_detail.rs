//! One practice opened: its description and where it sits in its model.

use crate::core::i18n::{t, tf};
use crate::core::model::{Model, Practice};
use crate::core::route::Route;
use crate::explore::model_texts::LongText;
use leptos::prelude::*;

#[component]
pub fn PracticeDetail(model: &'static Model, practice: &'static Practice) -> impl IntoView {
    let level = model
        .levels
        .get(practice.level)
        .map(|l| l.name)
        .unwrap_or("?");
    let category = model
        .categories
        .get(practice.category)
        .map(|c| c.name)
        .unwrap_or("?");
    let close = Route::Model {
        model: model.id.into(),
    }
    .to_fragment();
    view! {
        <aside class="practice-detail" aria-labelledby="practice-title" data-practice=practice.id>
            <a class="close" href=close aria-label=t("Close practice")>"×"</a>
            <h2 id="practice-title">{practice.title}</h2>
            <dl class="facts">
                <dt>{t("Level")}</dt>
                <dd class="fact-level">{level}</dd>
                <dt>{t("Category")}</dt>
                <dd class="fact-category">{category}</dd>
                <dt>{t("Dimension")}</dt>
                <dd class="fact-dimension">{practice.dimension.label()}</dd>
            </dl>
            <div class="description">
                <LongText model=model.id key=format!("practice:{}", practice.id) />
            </div>
            <p class="meta">{tf("{model} · practice id {id}", &[("model", model.name), ("id", practice.id)])}</p>
        </aside>
    }
}
