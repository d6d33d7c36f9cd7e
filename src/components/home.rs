//! The first screen: what Rungs is, the models it ships, and the radar over four dimensions.

use crate::components::radar_view::RadarView;
use crate::model::{catalogue, Dimension};
use crate::radar::{Radar, RadarSeries};
use crate::route::Route;
use leptos::prelude::*;

/// The radar over the four dimensions. Until practices are rated every value is zero.
fn dimension_radar() -> Radar {
    Radar {
        title: "Maturity by dimension".into(),
        description: "Radar over four dimensions: organization, process, technology and culture. \
                      No practice has been rated yet, so every value is 0."
            .into(),
        axes: Dimension::ALL
            .iter()
            .map(|d| d.label().to_string())
            .collect(),
        max: 4.0,
        rings: (1..=4).map(|v| (f64::from(v), v.to_string())).collect(),
        series: vec![RadarSeries {
            label: "Your assessment".into(),
            values: vec![0.0; 4],
            colour: (0x25, 0x63, 0xeb),
        }],
    }
}

#[component]
pub fn Home() -> impl IntoView {
    let radar = Signal::derive(dimension_radar);
    let caption = Signal::derive(|| {
        "Each axis shows the level reached in that dimension, from 0 at the centre to 4 at the edge."
            .to_string()
    });
    view! {
        <section class="home">
            <div class="intro">
                <h1>"Rungs"</h1>
                <p class="lead">
                    "Explore maturity models, score your team practice by practice, and see which rung you stand on and what blocks the next. Everything stays in your browser."
                </p>
                <h2>"Models"</h2>
                <ul class="model-list">
                    {catalogue()
                        .iter()
                        .map(|model| {
                            let levels = model
                                .levels
                                .iter()
                                .map(|l| l.name)
                                .collect::<Vec<_>>()
                                .join(" · ");
                            view! {
                                <li class="model-card" data-model=model.id>
                                    <h3>
                                        <a href=Route::Model { model: model.id.into() }.to_fragment()>
                                            {model.name}
                                        </a>
                                    </h3>
                                    <p>{model.summary}</p>
                                    <p class="levels">
                                        <span class="label">"Levels: "</span>
                                        {levels}
                                    </p>
                                    <p class="meta">
                                        {format!("{} practices · ", model.practices.len())}
                                        <a href=Route::About { model: model.id.into() }.to_fragment()>
                                            "About this model"
                                        </a>
                                    </p>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
            <RadarView radar=radar caption=caption />
        </section>
    }
}
