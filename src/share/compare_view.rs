//! A shared assessment beside the user's own: the level each reaches, one radar with both
//! polygons, and every practice rated differently.

use crate::core::assessment::Assessment;
use crate::core::comparison::{comparison_radar, differences, overall};
use crate::core::i18n::{t, tf, tn, tnf};
use crate::core::model::Model;
use crate::core::scoring::Rating;
use crate::keep::state::AppState;
use crate::widgets::radar_view::RadarView;
use leptos::prelude::*;

fn label(rating: Option<Rating>) -> &'static str {
    rating.map_or(t("Unrated"), Rating::label)
}

fn model_comparison(model: &'static Model, theirs: Assessment, mine: AppState) -> impl IntoView {
    let settings = theirs.settings;
    let my_name = move || mine.assessment.with(|a| a.name.clone());
    let radar = {
        let theirs = theirs.clone();
        Signal::derive(move || {
            mine.assessment.with(|m| {
                comparison_radar(model, &[(t("Shared"), &theirs), (t("Mine"), m)], &settings)
            })
        })
    };
    let caption = Signal::derive(move || {
        t("Both polygons are scored with the shared assessment's level rule and threshold.")
            .to_string()
    });
    let levels = {
        let theirs = theirs.clone();
        move || {
            let shared = overall(model, &theirs, &settings).level_name(model);
            let own = mine
                .assessment
                .with(|m| overall(model, m, &settings))
                .level_name(model);
            tf(
                "Shared: {shared} · Mine: {mine}",
                &[("shared", &shared), ("mine", &own)],
            )
        }
    };
    let rows = move || {
        let found = mine.assessment.with(|m| differences(model, &theirs, m));
        let count = found.len();
        let rows = found
            .into_iter()
            .map(|d| {
                view! {
                    <tr data-practice=d.practice.id>
                        <th scope="row">{d.practice.title}</th>
                        <td>{label(d.first)}</td>
                        <td>{label(d.second)}</td>
                    </tr>
                }
            })
            .collect_view();
        if count == 0 {
            // Nothing differs: no empty table, and the two polygons lie on each other (K5).
            return view! {
                <p class="difference-count">
                    {tn(
                        "Every one of the {n} practices is rated the same in both: the two polygons lie on each other. | Every one of the {n} practices is rated the same in both: the two polygons lie on each other.",
                        model.practices.len(),
                    )}
                </p>
            }
            .into_any();
        }
        view! {
            <p class="difference-count">
                {tnf(
                    "{n} of {total} practices are rated differently. | {n} of {total} practices are rated differently.",
                    count,
                    &[("total", &model.practices.len().to_string())],
                )}
            </p>
            <table class="differences">
                <thead>
                    <tr>
                        <th scope="col">{t("Practice")}</th>
                        <th scope="col">{t("Shared")}</th>
                        <th scope="col">{t("Mine")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        }
        .into_any()
    };
    view! {
        <section class="model-comparison" data-model=model.id>
            <h3>{model.name}</h3>
            <p class="compare-levels">{levels}</p>
            <RadarView radar=radar caption=caption assessment_name=Signal::derive(my_name) />
            {rows}
        </section>
    }
}

#[component]
pub fn CompareView(
    theirs: Assessment,
    models: Vec<&'static Model>,
    mine: AppState,
) -> impl IntoView {
    let sections = models
        .into_iter()
        .map(|m| model_comparison(m, theirs.clone(), mine))
        .collect_view();
    view! {
        <section class="compare-view" aria-labelledby="compare-heading">
            <h2 id="compare-heading">{t("Compared with yours")}</h2>
            <p class="meta">
                {move || {
                    let name = mine.assessment.with(|a| a.name.clone());
                    tf("Yours is the assessment you are working on: “{name}”.", &[("name", &name)])
                }}
            </p>
            {sections}
        </section>
    }
}
