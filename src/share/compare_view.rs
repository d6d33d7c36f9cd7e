//! A shared assessment beside the user's own: the level each reaches, one radar with both
//! polygons, and every practice rated differently.

use crate::core::assessment::Assessment;
use crate::core::comparison::{comparison_radar, differences, overall};
use crate::core::model::Model;
use crate::core::scoring::Rating;
use crate::keep::state::AppState;
use crate::widgets::radar_view::RadarView;
use leptos::prelude::*;

fn label(rating: Option<Rating>) -> &'static str {
    rating.map_or("Unrated", Rating::label)
}

fn model_comparison(model: &'static Model, theirs: Assessment, mine: AppState) -> impl IntoView {
    let settings = theirs.settings;
    let my_name = move || mine.assessment.with(|a| a.name.clone());
    let radar = {
        let theirs = theirs.clone();
        Signal::derive(move || {
            mine.assessment
                .with(|m| comparison_radar(model, &[("Shared", &theirs), ("Mine", m)], &settings))
        })
    };
    let caption = Signal::derive(move || {
        "Both polygons are scored with the shared assessment's level rule and threshold."
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
            format!("Shared: {shared} · Mine: {own}")
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
                    {format!("Every one of the {} practices is rated the same in both: the two polygons lie on each other.", model.practices.len())}
                </p>
            }
            .into_any();
        }
        view! {
            <p class="difference-count">
                {format!("{count} of {} practices are rated differently.", model.practices.len())}
            </p>
            <table class="differences">
                <thead>
                    <tr>
                        <th scope="col">"Practice"</th>
                        <th scope="col">"Shared"</th>
                        <th scope="col">"Mine"</th>
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
            <h2 id="compare-heading">"Compared with yours"</h2>
            <p class="meta">
                {move || format!("Yours is the assessment you are working on: “{}”.", mine.assessment.with(|a| a.name.clone()))}
            </p>
            {sections}
        </section>
    }
}
