//! A radar chart with its data table beside it, so the numbers are readable without the picture.

use crate::browser::{download_svg_as_png, download_text, mark_once, today_iso, viewport_width};
use crate::core::i18n::{t, tf};
use crate::core::radar::{render_svg, width_for, Radar};
use crate::core::radar_data::download_name;
use leptos::prelude::*;

/// Name of the `performance.mark` set when the first radar is in the DOM; the benchmark reads it.
pub const FIRST_RADAR_MARK: &str = "rungs:first-radar";

/// The radar's height in the SVG's own pixels. The picture is scaled to the width of the page,
/// its text with it: on a phone a 360-pixel drawing shrank the text to about 6 pixels (K4), so it
/// is drawn smaller there, where the text keeps its minimum size and the chart gives way.
fn drawn_size() -> u32 {
    match viewport_width() {
        Some(width) if width < 600.0 => 220,
        _ => 360,
    }
}

/// Shows `radar` as SVG (via plotters) and as a table of the same values.
#[component]
pub fn RadarView(
    #[prop(into)] radar: Signal<Radar>,
    /// What an axis measures, in one sentence.
    #[prop(into)]
    caption: Signal<String>,
    /// The assessment's name, for the file names of downloads.
    #[prop(into)]
    assessment_name: Signal<String>,
) -> impl IntoView {
    // The radar is often a derived signal computed from the assessment: read it once per change
    // here, and let the picture, the table and the downloads all read this memo.
    let radar = Memo::new(move |_| radar.get());
    let svg = Memo::new(move |_| {
        render_svg(&radar.get(), drawn_size())
            .unwrap_or_else(|error| format!("<p role=\"alert\">{}</p>", error.replace('<', "&lt;")))
    });
    Effect::new(move |_| {
        svg.track();
        mark_once(FIRST_RADAR_MARK);
    });
    let (download_error, set_download_error) = signal(None::<String>);
    let file_name = move |extension: &str| {
        download_name(
            &assessment_name.get_untracked(),
            &today_iso(),
            &radar.with_untracked(|r| r.title.clone()),
            extension,
        )
    };
    let download_svg = move |_| {
        let result = download_text(&file_name("svg"), "image/svg+xml", &svg.get_untracked());
        set_download_error.set(result.err());
    };
    let download_png = move |_| {
        let (name, picture) = (file_name("png"), svg.get_untracked());
        leptos::task::spawn_local(async move {
            let result = download_svg_as_png(&name, &picture, width_for(720), 720).await;
            set_download_error.set(result.err());
        });
    };
    view! {
        <figure class="radar-view">
            <div class="radar-svg" inner_html=move || svg.get()></div>
            <figcaption>{move || caption.get()}</figcaption>
            <div class="radar-downloads">
                <button type="button" class="download-svg" on:click=download_svg>{t("Download SVG")}</button>
                <button type="button" class="download-png" on:click=download_png>{t("Download PNG")}</button>
            </div>
            {move || {
                download_error
                    .get()
                    .map(|e| view! { <p role="alert" class="error">{tf("Download failed: {error}", &[("error", &e)])}</p> })
            }}
            <table class="radar-table">
                <caption class="visually-hidden">{move || radar.with(|r| r.title.clone())}</caption>
                <thead>
                    <tr>
                        <th scope="col">{t("Axis")}</th>
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
                                        let values: Vec<String> =
                                            r.series.iter().map(|s| s.shown_value(i)).collect();
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
