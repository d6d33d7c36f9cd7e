//! The first screen's results: drawn into its radar column, with each model's status line filled
//! in beside the model.

use crate::core::i18n::{t, tnf};
use crate::core::model::{all_models, Model};
use crate::core::radar_data::{caption, dimension_radar};
use crate::explore::home::not_assessed;
use crate::keep::state::use_app_state;
use crate::widgets::radar_view::RadarView;
use leptos::prelude::*;

/// A model's status line: its level reached and how much is rated, or that it is not assessed.
fn status(model: &'static Model, assessment: &crate::core::assessment::Assessment) -> String {
    if assessment.has_ratings(model) {
        let outcome = assessment.model_outcome(model);
        tnf(
            "Level reached: {level} · {n} of {total} rated | Level reached: {level} · {n} of {total} rated",
            outcome.rated,
            &[
                ("level", &outcome.level_name(model)),
                ("total", &outcome.total.to_string()),
            ],
        )
    } else {
        not_assessed().to_string()
    }
}

/// Writes each model's status into its line on the first screen. The lines belong to the first
/// screen's HTML, which is the same text as served, so they are filled in rather than drawn.
fn write_status(model: &str, text: &str) {
    let selector = format!(".home .status[data-model=\"{model}\"]");
    if let Some(line) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(&selector).ok().flatten())
    {
        line.set_text_content(Some(text));
    }
}

#[component]
pub fn SummaryView() -> impl IntoView {
    let assessment = use_app_state().assessment;
    Effect::new(move |_| {
        assessment.with(|a| {
            for model in all_models() {
                write_status(model.id, &status(model, a));
            }
        })
    });
    let radar = Signal::derive(move || {
        assessment.with(|a| {
            let assessed: Vec<&'static Model> = all_models()
                .into_iter()
                .filter(|m| a.has_ratings(m))
                .collect();
            dimension_radar(&assessed, a)
        })
    });
    let radar_caption = Signal::derive(move || assessment.with(|a| caption(a.radar_measure, a)));
    let name = Signal::derive(move || assessment.with(|a| a.name.clone()));
    view! {
        <p class="meta">
            {move || {
                if radar.with(|r| r.series.is_empty()) {
                    t("Assess a model to see it here: one polygon per model assessed.")
                } else {
                    t("One polygon per model assessed.")
                }
            }}
        </p>
        <RadarView radar=radar caption=radar_caption assessment_name=name />
    }
}
