//! A model as its matrix: categories as rows, levels as columns, practices in the cells. On narrow
//! screens the stylesheet stacks each row, labelling every cell with its level.

use crate::core::i18n::{t, tf, tn};
use crate::core::model::Model;
use crate::core::route::Route;
use crate::explore::model_texts::LongText;
use crate::explore::practice_detail::PracticeDetail;
use leptos::prelude::*;

#[component]
pub fn ModelMatrix(
    model: &'static Model,
    /// A level to highlight, when the URL names one.
    highlight_level: Option<usize>,
    /// A practice to open beside the matrix, when the URL names one.
    open_practice: Option<&'static str>,
) -> impl IntoView {
    let practice = open_practice.and_then(|id| model.practice(id));
    let detail = practice.map(|p| view! { <PracticeDetail model=model practice=p /> });
    let level_note = highlight_level
        .and_then(|i| model.levels.get(i))
        .map(|level| {
            view! {
                <section class="level-note" aria-label=tf("Level {level}", &[("level", level.name)])>
                    <h2>{tf("Level: {level}", &[("level", level.name)])}</h2>
                    <LongText model=model.id key=format!("level:{}", level.id) />
                </section>
            }
        });
    view! {
        <section class="model-page" data-model=model.id>
            <header class="page-header">
                <h1>{model.name}</h1>
                <p>{model.summary}</p>
                <p class="meta">
                    {tf(
                        "{practices} in {categories} and {levels}",
                        &[
                            ("practices", &tn("{n} practice | {n} practices", model.practices.len())),
                            ("categories", &tn("{n} category | {n} categories", model.categories.len())),
                            ("levels", &tn("{n} level | {n} levels", model.levels.len())),
                        ],
                    )}
                    " · "
                    <a href=Route::About { model: model.id.into() }.to_fragment()>{t("About this model")}</a>
                    " · "
                    <a class="assess-link" href=Route::Assess { model: model.id.into() }.to_fragment()>
                        {t("Assess your team on this model")}
                    </a>
                    " · "
                    <a class="plan-link" href=Route::Plan { model: model.id.into() }.to_fragment()>
                        {t("See it filled in with your answers and a target")}
                    </a>
                </p>
            </header>
            {level_note}
            <div class="matrix-layout">
                <div class="matrix-scroll">
                    <table class="matrix">
                        <caption class="visually-hidden">
                            {tf("{model}: practices by category and level", &[("model", model.name)])}
                        </caption>
                        <thead>
                            <tr>
                                <th scope="col">{t("Category")}</th>
                                {model
                                    .levels
                                    .iter()
                                    .enumerate()
                                    .map(|(i, level)| {
                                        let href = Route::Level {
                                            model: model.id.into(),
                                            level: level.id.into(),
                                        }
                                        .to_fragment();
                                        view! {
                                            <th
                                                scope="col"
                                                class:highlight=highlight_level == Some(i)
                                            >
                                                <a href=href>{level.name}</a>
                                            </th>
                                        }
                                    })
                                    .collect_view()}
                            </tr>
                        </thead>
                        <tbody>
                            {model
                                .categories
                                .iter()
                                .enumerate()
                                .map(|(c, category)| {
                                    view! {
                                        <tr data-category=category.id>
                                            <th scope="row">
                                                {category.name}
                                            </th>
                                            {model
                                                .levels
                                                .iter()
                                                .enumerate()
                                                .map(|(l, level)| {
                                                    view! {
                                                        <td
                                                            data-level=level.id
                                                            data-level-name=level.name
                                                            class:highlight=highlight_level == Some(l)
                                                        >
                                                            <ul>
                                                                {model
                                                                    .practices_in(c, l)
                                                                    .map(|p| {
                                                                        let href = Route::Practice {
                                                                            model: model.id.into(),
                                                                            practice: p.id.into(),
                                                                        }
                                                                        .to_fragment();
                                                                        let open = open_practice == Some(p.id);
                                                                        view! {
                                                                            <li data-practice=p.id class:open=open>
                                                                                <a href=href aria-current=open.then_some("true")>
                                                                                    {p.title}
                                                                                </a>
                                                                            </li>
                                                                        }
                                                                    })
                                                                    .collect_view()}
                                                            </ul>
                                                        </td>
                                                    }
                                                })
                                                .collect_view()}
                                        </tr>
                                    }
                                })
                                .collect_view()}
                        </tbody>
                    </table>
                </div>
                {detail}
            </div>
        </section>
    }
}
