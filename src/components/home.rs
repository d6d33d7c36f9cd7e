//! The first screen: what Rungs is, the models it ships with their progress, and the radar over
//! the four dimensions for every model assessed so far.

use crate::components::radar_view::RadarView;
use crate::components::state::use_app_state;
use crate::model::{catalogue, Model};
use crate::radar_data::{caption, dimension_radar};
use crate::route::Route;
use leptos::prelude::*;

fn model_card(model: &'static Model) -> impl IntoView {
    let assessment = use_app_state().assessment;
    let status = move || {
        assessment.with(|a| {
            if a.has_ratings(model) {
                let outcome = a.model_outcome(model);
                format!(
                    "Level reached: {} · {} of {} rated",
                    outcome.level_name(model),
                    outcome.rated,
                    outcome.total
                )
            } else {
                "Not assessed yet".to_string()
            }
        })
    };
    let levels = model
        .levels
        .iter()
        .map(|l| l.name)
        .collect::<Vec<_>>()
        .join(" · ");
    view! {
        <li class="model-card" data-model=model.id>
            <h3>
                <a href=Route::Model { model: model.id.into() }.to_fragment()>{model.name}</a>
            </h3>
            <p>{model.summary}</p>
            <p class="levels">
                <span class="label">"Levels: "</span>
                {levels}
            </p>
            <p class="status">{status}</p>
            <p class="meta">
                <a class="assess-link" href=Route::Assess { model: model.id.into() }.to_fragment()>
                    "Assess"
                </a>
                " · "
                <a href=Route::Model { model: model.id.into() }.to_fragment()>
                    {format!("Explore {} practices", model.practices.len())}
                </a>
                " · "
                <a href=Route::About { model: model.id.into() }.to_fragment()>"About"</a>
            </p>
        </li>
    }
}

#[component]
pub fn Home() -> impl IntoView {
    let assessment = use_app_state().assessment;
    let radar = Signal::derive(move || {
        assessment.with(|a| {
            let assessed: Vec<&'static Model> =
                catalogue().iter().filter(|m| a.has_ratings(m)).collect();
            dimension_radar(&assessed, a)
        })
    });
    let radar_caption = Signal::derive(move || assessment.with(|a| caption(a.radar_measure, a)));
    let name = Signal::derive(move || assessment.with(|a| a.name.clone()));
    view! {
        <section class="home">
            <div class="intro">
                <h1>"Rungs"</h1>
                <p class="lead">
                    "Explore maturity models, score your team practice by practice, and see which rung you stand on and what blocks the next. Everything stays in your browser."
                </p>
                <h2>"Models"</h2>
                <ul class="model-list">{catalogue().iter().map(model_card).collect_view()}</ul>
            </div>
            <div class="home-radar">
                <h2>"Your radar"</h2>
                <p class="meta">
                    {move || {
                        if radar.with(|r| r.series.is_empty()) {
                            "Assess a model to see it here: one polygon per model assessed."
                        } else {
                            "One polygon per model assessed."
                        }
                    }}
                </p>
                <RadarView radar=radar caption=radar_caption assessment_name=name />
            </div>
        </section>
    }
}
