//! A radar chart with its data table beside it, so the numbers are readable without the picture.

use crate::browser::mark_once;
use crate::radar::{render_svg, Radar};
use leptos::prelude::*;

/// Name of the `performance.mark` set when the first radar is in the DOM; the benchmark reads it.
pub const FIRST_RADAR_MARK: &str = "rungs:first-radar";

/// Shows `radar` as SVG (via plotters) and as a table of the same values.
#[component]
pub fn RadarView(
    #[prop(into)] radar: Signal<Radar>,
    /// What an axis measures, in one sentence.
    #[prop(into)]
    caption: Signal<String>,
) -> impl IntoView {
    let svg = Memo::new(move |_| {
        render_svg(&radar.get(), 360)
            .unwrap_or_else(|error| format!("<p role=\"alert\">{}</p>", error.replace('<', "&lt;")))
    });
    Effect::new(move |_| {
        svg.track();
        mark_once(FIRST_RADAR_MARK);
    });
    view! {
        <figure class="radar-view">
            <div class="radar-svg" inner_html=move || svg.get()></div>
            <figcaption>{move || caption.get()}</figcaption>
            <table class="radar-table">
                <caption class="visually-hidden">{move || radar.with(|r| r.title.clone())}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Axis"</th>
                        {move || {
                            radar
                                .with(|r| r.series.iter().map(|s| s.label.clone()).collect::<Vec<_>>())
                                .into_iter()
                                .map(|label| view! { <th scope="col">{label}</th> })
                                .collect_view()
                        }}
                    </tr>
                </thead>
                <tbody>
                    {move || {
                        radar
                            .with(|r| {
                                r.axes
                                    .iter()
                                    .enumerate()
                                    .map(|(i, axis)| {
                                        let values: Vec<String> = r
                                            .series
                                            .iter()
                                            .map(|s| {
                                                s.values
                                                    .get(i)
                                                    .map(|v| format!("{v:.1}"))
                                                    .unwrap_or_else(|| "–".into())
                                            })
                                            .collect();
                                        (axis.clone(), values)
                                    })
                                    .collect::<Vec<_>>()
                            })
                            .into_iter()
                            .map(|(axis, values)| {
                                view! {
                                    <tr>
                                        <th scope="row">{axis}</th>
                                        {values.into_iter().map(|v| view! { <td>{v}</td> }).collect_view()}
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </figure>
    }
}
