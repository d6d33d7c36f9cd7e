//! The timeline: a line chart over the snapshots (plotters, as SVG) with a table of the same
//! values beside it, by category or by dimension, as the level reached or the share in place.

use crate::core::i18n::t;
use crate::core::model::Model;
use crate::core::plan::timeline::{timeline, TimelineLines, TimelineMeasure};
use crate::core::timeline_chart::{data_rows, render_svg};
use crate::keep::state::use_app_state;
use leptos::prelude::*;

#[component]
pub fn TimelineView(model: &'static Model) -> impl IntoView {
    let assessment = use_app_state().assessment;
    let (follow, set_follow) = signal(TimelineLines::Categories);
    let (measure, set_measure) = signal(TimelineMeasure::Level);
    let chart =
        Memo::new(move |_| assessment.with(|a| timeline(model, a, follow.get(), measure.get())));
    let svg = Memo::new(move |_| {
        render_svg(&chart.get(), 720, 360)
            .unwrap_or_else(|error| format!("<p role=\"alert\">{}</p>", error.replace('<', "&lt;")))
    });
    let rows = Memo::new(move |_| chart.with(data_rows));
    let choice = move |name: &'static str,
                       label: &'static str,
                       checked: Signal<bool>,
                       pick: Box<dyn Fn() + Send + Sync>| {
        view! {
            <label class="check">
                <input type="radio" name=name prop:checked=move || checked.get() on:change=move |_| pick() />
                " "
                {label}
            </label>
        }
    };
    view! {
        {move || (!assessment.with(|a| a.snapshots.is_empty())).then(|| view! {
            <figure class="timeline-view">
                <fieldset class="timeline-choices">
                    <legend>{t("Timeline")}</legend>
                    {choice("timeline-lines", t("By category"), Signal::derive(move || follow.get() == TimelineLines::Categories), Box::new(move || set_follow.set(TimelineLines::Categories)))}
                    {choice("timeline-lines", t("By dimension"), Signal::derive(move || follow.get() == TimelineLines::Dimensions), Box::new(move || set_follow.set(TimelineLines::Dimensions)))}
                    " · "
                    {choice("timeline-measure", t("Level reached"), Signal::derive(move || measure.get() == TimelineMeasure::Level), Box::new(move || set_measure.set(TimelineMeasure::Level)))}
                    {choice("timeline-measure", t("Share in place"), Signal::derive(move || measure.get() == TimelineMeasure::Share), Box::new(move || set_measure.set(TimelineMeasure::Share)))}
                </fieldset>
                <div class="timeline-svg" inner_html=move || svg.get()></div>
                <table class="timeline-table">
                    <caption class="visually-hidden">{move || chart.with(|c| c.title.clone())}</caption>
                    <thead>
                        <tr>
                            {move || rows.with(|r| r.first().cloned().unwrap_or_default())
                                .into_iter()
                                .map(|h| view! { <th scope="col">{h}</th> })
                                .collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {move || rows.with(|r| r.iter().skip(1).cloned().collect::<Vec<_>>())
                            .into_iter()
                            .map(|row| {
                                let mut cells = row.into_iter();
                                let point = cells.next().unwrap_or_default();
                                view! {
                                    <tr>
                                        <th scope="row">{point}</th>
                                        {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </figure>
        })}
    }
}
