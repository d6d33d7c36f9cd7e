//! Two assessments of the same model side by side: where their ratings differ, and one radar
//! with both polygons. Both are scored under the same settings, so that a difference in the
//! chart is a difference in the ratings and not in the rule.

use crate::core::assessment::Assessment;
use crate::core::i18n::tf;
use crate::core::model::{Model, Practice};
use crate::core::radar::Radar;
use crate::core::radar_data::{category_radar, SERIES_COLOURS};
use crate::core::scoring::{level_reached, LevelOutcome, Rating, ScoringSettings};

/// A practice rated differently in the two assessments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub practice: &'static Practice,
    pub first: Option<Rating>,
    pub second: Option<Rating>,
}

/// The practices of `model` whose ratings differ, in the model's order.
pub fn differences(
    model: &'static Model,
    first: &Assessment,
    second: &Assessment,
) -> Vec<Difference> {
    model
        .practices
        .iter()
        .filter_map(|p| {
            let a = first.rating(model.id, p.id);
            let b = second.rating(model.id, p.id);
            (a != b).then_some(Difference {
                practice: p,
                first: a,
                second: b,
            })
        })
        .collect()
}

/// The outcome of every category of `model`, in the model's order.
pub fn category_outcomes(
    model: &'static Model,
    assessment: &Assessment,
    settings: &ScoringSettings,
) -> Vec<LevelOutcome> {
    let ratings = assessment.ratings_for(model);
    (0..model.categories.len())
        .map(|c| level_reached(model, &ratings, settings, &|p| p.category == c))
        .collect()
}

/// The level reached by the whole model.
pub fn overall(
    model: &'static Model,
    assessment: &Assessment,
    settings: &ScoringSettings,
) -> LevelOutcome {
    level_reached(model, &assessment.ratings_for(model), settings, &|_| true)
}

/// One radar over `model`'s categories with a polygon per assessment, each labelled with its
/// label, all scored under `settings` and drawn in `first`'s radar measure.
pub fn comparison_radar(
    model: &'static Model,
    assessments: &[(&str, &Assessment)],
    settings: &ScoringSettings,
) -> Radar {
    let mut radar: Option<Radar> = None;
    for (index, (label, assessment)) in assessments.iter().enumerate() {
        let mut scored = (*assessment).clone();
        scored.settings = *settings;
        scored.radar_measure = assessments[0].1.radar_measure;
        let outcomes = category_outcomes(model, &scored, settings);
        let mut one = category_radar(model, &outcomes, &scored);
        for series in &mut one.series {
            series.label = (*label).to_string();
            series.colour = SERIES_COLOURS[index % SERIES_COLOURS.len()];
        }
        match &mut radar {
            None => radar = Some(one),
            Some(all) => all.series.extend(one.series),
        }
    }
    let mut radar = radar.unwrap_or_else(|| category_radar(model, &[], &Assessment::default()));
    let labels: Vec<&str> = assessments.iter().map(|(l, _)| *l).collect();
    let names = labels
        .iter()
        .map(|l| l.to_string())
        .reduce(|a, b| tf("{first} and {last}", &[("first", &a), ("last", &b)]))
        .unwrap_or_default();
    radar.title = format!("{}: {names}", model.name);
    radar.description = tf(
        "Radar over the categories of {model}, one polygon each for {names}.",
        &[("model", model.name), ("names", &names)],
    );
    radar
}
