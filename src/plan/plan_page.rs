//! One model's plan: the target, today's answers and the target on the radar and the matrix,
//! the roadmap, and progress over time.

use crate::core::i18n::{t, tf};
use crate::core::model::{all_models, Model};
use crate::core::plan::targets::resolve;
use crate::core::radar_data::{add_category_target, caption, category_radar};
use crate::core::route::Route;
use crate::keep::state::use_app_state;
use crate::plan::roadmap_view::RoadmapView;
use crate::plan::snapshots_panel::SnapshotsPanel;
use crate::plan::targets_panel::TargetsPanel;
use crate::widgets::filled_matrix::FilledMatrix;
use crate::widgets::radar_view::RadarView;
use leptos::prelude::*;

#[component]
pub fn PlanPage(model: &'static Model) -> impl IntoView {
    let assessment = use_app_state().assessment;
    let name = Signal::derive(move || assessment.with(|a| a.name.clone()));
    let ratings = Signal::derive(move || assessment.with(|a| a.ratings_for(model)));
    let settings = Signal::derive(move || assessment.with(|a| a.settings));
    let target = Signal::derive(move || assessment.with(|a| resolve(model, a)));
    let overall = Memo::new(move |_| assessment.with(|a| a.model_outcome(model).level_name(model)));
    let radar = Signal::derive(move || {
        assessment.with(|a| {
            let outcomes = crate::core::comparison::category_outcomes(model, a, &a.settings);
            let mut radar = category_radar(model, &outcomes, a);
            add_category_target(&mut radar, model, a);
            radar
        })
    });
    let radar_caption = Signal::derive(move || {
        assessment.with(|a| {
            tf(
                "{caption} The dashed outline is the target.",
                &[("caption", &caption(a.radar_measure, a))],
            )
        })
    });
    let other_plans = all_models()
        .into_iter()
        .filter(|m| m.id != model.id)
        .map(|m| {
            view! {
                " · "
                <a href=Route::Plan { model: m.id.into() }.to_fragment()>{m.name}</a>
            }
        })
        .collect_view();
    view! {
        <section class="plan-page" data-model=model.id>
            <header class="page-header">
                <h1>{tf("Plan: {model}", &[("model", model.name)])}</h1>
                <p class="current-assessment">
                    {t("Assessment:")}
                    " "
                    <strong class="assessment-name">{move || name.get()}</strong>
                    " · "
                    {t("level reached:")}
                    " "
                    <strong class="plan-level">{move || overall.get()}</strong>
                </p>
                <p class="meta">
                    <a href=Route::Assess { model: model.id.into() }.to_fragment()>{t("Rate the practices")}</a>
                    " · "
                    <a class="report-link" href=Route::Report.to_fragment()>{t("Report to print or export")}</a>
                    " · "
                    {t("Plans for other models:")}
                    " "
                    {other_plans}
                </p>
            </header>
            <div class="plan-layout">
                <TargetsPanel model=model />
                <RadarView radar=radar caption=radar_caption assessment_name=name />
            </div>
            <section class="plan-matrix" aria-labelledby="filled-heading">
                <h2 id="filled-heading">{t("The matrix, filled in")}</h2>
                <FilledMatrix
                    model=model
                    ratings=ratings
                    settings=settings
                    target=target
                    caption=Signal::derive(move || tf("{name}'s answers", &[("name", &name.get())]))
                />
            </section>
            <RoadmapView model=model />
            <SnapshotsPanel model=model />
        </section>
    }
}
