//! The board's radar: one polygon per counted participant and the median over them.

use super::pasting::join_words;
use super::Workshop;
use crate::core::assessment::{Assessment, RadarMeasure};
use crate::core::comparison::category_outcomes;
use crate::core::i18n::{t, tf};
use crate::core::marked;
use crate::core::model::Model;
use crate::core::radar::{Radar, RadarSeries};
use crate::core::radar_data::{category_radar, percent, SERIES_COLOURS};
use crate::core::scoring::progress_words_at;

/// The label of the median polygon on [`workshop_radar`].
const MEDIAN_LABEL: &str = marked::t("Median");

/// One radar over `model`'s categories: a polygon per visible participant, scored under the
/// workshop's settings, and a last polygon, "Median", of the participants' values axis by axis.
///
/// The axes measure what the board chose (the agreed assessment's radar measure), whatever each
/// participant chose. Participants' colours cycle through [`SERIES_COLOURS`] after the first,
/// which is kept for the median so that it reads as the team's line; the participants are
/// outlines and the median is filled.
pub fn workshop_radar(model: &'static Model, workshop: &Workshop) -> Radar {
    let measure = workshop.agreed.radar_measure;
    // category_radar reads only the name and the measure of the assessment it is given.
    let label = |name: &str| Assessment {
        name: name.to_string(),
        settings: workshop.settings,
        radar_measure: measure,
        ..Assessment::default()
    };
    let mut radar = category_radar(model, &[], &label(t(MEDIAN_LABEL)));
    radar.series.clear();
    let others = SERIES_COLOURS.len() - 1;
    for (index, participant) in workshop.visible().enumerate() {
        let outcomes = category_outcomes(model, &participant.assessment, &workshop.settings);
        let one = category_radar(model, &outcomes, &label(&participant.name));
        for mut series in one.series {
            series.colour = SERIES_COLOURS[1 + index % others];
            radar.series.push(series);
        }
    }

    let names: Vec<String> = radar.series.iter().map(|s| s.label.clone()).collect();
    if !radar.series.is_empty() {
        let median = median_series(model, &radar.series, measure);
        let described: Vec<String> = model
            .categories
            .iter()
            .zip(&median.shown)
            .map(|(c, shown)| format!("{}: {shown}", c.name))
            .collect();
        radar.description = tf(
            "Radar over the categories of {model}, one polygon each for {names} and one for their median. Median: {values}.",
            &[
                ("model", model.name),
                ("names", &join_words(&names)),
                ("values", &described.join(", ")),
            ],
        );
        radar.series.push(median);
        radar.last_sums_up = true;
    } else {
        radar.description = tf(
            "Radar over the categories of {model}. No participant is shown yet.",
            &[("model", model.name)],
        );
    }
    radar.title = format!("{}: {}", model.name, workshop.name);
    radar
}

/// The median polygon of `series` over `model`'s categories, axis by axis. A value shared by the
/// middle participants shows as they show it; between two levels it shows both names ("Base to
/// Beginner"); progress shows as the point on the ladder it is, and a share as a percentage.
fn median_series(model: &Model, series: &[RadarSeries], measure: RadarMeasure) -> RadarSeries {
    let axes = model.categories.len();
    let mut values = Vec::with_capacity(axes);
    let mut shown = Vec::with_capacity(axes);
    for axis in 0..axes {
        let mut column: Vec<(f64, String)> = series
            .iter()
            .map(|s| {
                (
                    s.values.get(axis).copied().unwrap_or(0.0),
                    s.shown_value(axis),
                )
            })
            .collect();
        column.sort_by(|a, b| a.0.total_cmp(&b.0));
        let n = column.len();
        let (Some(low), Some(high)) = (column.get((n.max(1) - 1) / 2), column.get(n / 2)) else {
            values.push(0.0);
            shown.push(String::new());
            continue;
        };
        let value = (low.0 + high.0) / 2.0;
        values.push(value);
        shown.push(match measure {
            _ if low.0 == high.0 => low.1.clone(),
            RadarMeasure::Share => percent(value),
            RadarMeasure::Progress => progress_words_at(model, value),
            RadarMeasure::Level => format!("{} to {}", low.1, high.1),
        });
    }
    RadarSeries {
        label: t(MEDIAN_LABEL).into(),
        values,
        shown,
        colour: SERIES_COLOURS[0],
        outlined: false,
    }
}
