//! Turns an assessment into the radars Rungs draws: one over the four dimensions for every model
//! assessed, and one per model over its own categories.

use crate::core::assessment::{radar_value, Assessment, RadarMeasure};
use crate::core::i18n::{t, tf};
use crate::core::marked;
use crate::core::model::{Dimension, Model};
use crate::core::plan::history::Scope;
use crate::core::radar::{Radar, RadarSeries};
use crate::core::scoring::{LevelOutcome, Rating};

/// Colours for successive series, chosen to stay distinct for colour-blind readers.
pub const SERIES_COLOURS: [(u8, u8, u8); 6] = [
    (0x1d, 0x4e, 0xd8),
    (0xd9, 0x77, 0x06),
    (0x05, 0x96, 0x69),
    (0xbe, 0x18, 0x5d),
    (0x6d, 0x28, 0xd9),
    (0x37, 0x41, 0x51),
];

/// What one axis of a radar measures, in one sentence.
pub fn caption(measure: RadarMeasure, assessment: &Assessment) -> String {
    match measure {
        RadarMeasure::Level => tf(
            "Each axis shows the level reached under the {rule} rule, as the share of the model's levels climbed: the centre is none, the edge is the top level.",
            &[("rule", &assessment.settings.rule.label().to_lowercase())],
        ),
        RadarMeasure::Share => tf(
            "Each axis shows the share of applicable practices rated {rating} or better, from 0% at the centre to 100% at the edge.",
            &[("rating", assessment.settings.threshold.label())],
        ),
        RadarMeasure::Progress => tf(
            "Each axis shows the level reached under the {rule} rule plus the progress toward the next: a point 60% of the way from one level to the next has 60% of that next level's practices rated {rating} or better.",
            &[
                ("rule", &assessment.settings.rule.label().to_lowercase()),
                ("rating", assessment.settings.threshold.label()),
            ],
        ),
    }
}

/// A share as a whole number of percent, as the language in use writes it ("75%", "75 %").
pub(crate) fn percent(value: f64) -> String {
    // Integer arithmetic: precision formatting of floats would add ~5 KB of code to the wasm.
    crate::core::i18n::language().percent((value * 100.0).round() as i64)
}

/// What a table shows for an axis whose practices are all Not applicable: not a zero, which
/// would read as "nothing in place".
/// In English; shown with [`t`].
pub const NO_APPLICABLE: &str = marked::t("no applicable practice");

/// Rings at 25%, 50%, 75% and 100%, for radars whose axes are shares.
pub(crate) fn quarter_rings() -> Vec<(f64, String)> {
    [0.25, 0.5, 0.75, 1.0]
        .iter()
        .map(|&v| (v, percent(v)))
        .collect()
}

/// A model's ladder as a radar's scale: one ring per rung, named by its level (a first level
/// that needs no practices is where every team starts, the centre), the top rung at the edge.
pub(crate) fn ladder_rings(model: &Model) -> (f64, Vec<(f64, String)>) {
    let rungs: Vec<&str> = model
        .levels
        .iter()
        .enumerate()
        .filter(|(i, l)| !(*i == 0 && l.needs_no_practices))
        .map(|(_, l)| l.name)
        .collect();
    (
        rungs.len().max(1) as f64,
        rungs
            .iter()
            .enumerate()
            .map(|(i, name)| ((i + 1) as f64, name.to_string()))
            .collect(),
    )
}

/// Where each outcome stands on its ladder ([`ladder_rings`]' scale): the rungs climbed, plus
/// the next rung's share in place for progress. 0 where nothing can be judged.
fn ladder_values(outcomes: &[LevelOutcome], measure: RadarMeasure) -> Vec<f64> {
    outcomes
        .iter()
        .map(|o| match measure {
            _ if !o.judged() => 0.0,
            RadarMeasure::Progress => o.progress,
            _ => o.rungs_climbed as f64,
        })
        .collect()
}

/// The radar over the four dimensions: one polygon per model with at least one rating.
///
/// With one model, the level measures are drawn on that model's own ladder, its rings named by
/// its levels, as on the category radar. Models whose ladders differ in height share a scale
/// instead: the share of each one's ladder climbed, from the centre to the top level.
pub fn dimension_radar(models: &[&'static Model], assessment: &Assessment) -> Radar {
    let measure = assessment.radar_measure;
    let own_ladder = match (measure, models) {
        (RadarMeasure::Level | RadarMeasure::Progress, [model]) => Some(*model),
        _ => None,
    };
    let series: Vec<RadarSeries> = models
        .iter()
        .enumerate()
        .map(|(i, model)| {
            let outcomes: Vec<_> = Dimension::ALL
                .iter()
                .map(|&d| assessment.dimension_outcome(model, d))
                .collect();
            let values: Vec<f64> = match own_ladder {
                Some(_) => ladder_values(&outcomes, measure),
                None => outcomes.iter().map(|o| radar_value(o, measure)).collect(),
            };
            let shown = outcomes
                .iter()
                .zip(&values)
                .map(|(o, v)| match measure {
                    _ if !o.judged() => t(NO_APPLICABLE).to_string(),
                    RadarMeasure::Progress => o.progress_words(model),
                    RadarMeasure::Level if own_ladder.is_some() => o.level_name(model),
                    _ => percent(*v),
                })
                .collect();
            RadarSeries {
                label: model.name.to_string(),
                shown,
                values,
                colour: SERIES_COLOURS[i % SERIES_COLOURS.len()],
                outlined: false,
            }
        })
        .collect();
    let (max, rings) = match own_ladder {
        Some(model) => ladder_rings(model),
        None => (1.0, quarter_rings()),
    };
    let description = if series.is_empty() {
        t("Radar over organization, process, technology and culture. No practice is rated yet.")
            .to_string()
    } else {
        let parts: Vec<String> = series
            .iter()
            .map(|s| {
                let values: Vec<String> = Dimension::ALL
                    .iter()
                    .zip(&s.shown)
                    .map(|(d, shown)| format!("{} {shown}", d.label()))
                    .collect();
                format!("{}: {}", s.label, values.join(", "))
            })
            .collect();
        tf(
            "Radar over four dimensions. {values}.",
            &[("values", &parts.join("; "))],
        )
    };
    Radar {
        title: t("Maturity by dimension").into(),
        description,
        axes: Dimension::ALL
            .iter()
            .map(|d| d.label().to_string())
            .collect(),
        max,
        rings,
        series,
        last_sums_up: false,
    }
}

/// The radar of one model over its categories, from the outcome of each category (in the
/// model's order; the page has them computed already). In level mode the rings are the levels.
pub fn category_radar(
    model: &'static Model,
    outcomes: &[LevelOutcome],
    assessment: &Assessment,
) -> Radar {
    let measure = assessment.radar_measure;
    let (max, rings) = match measure {
        RadarMeasure::Level | RadarMeasure::Progress => ladder_rings(model),
        RadarMeasure::Share => (1.0, quarter_rings()),
    };
    let values: Vec<f64> = match measure {
        RadarMeasure::Share => outcomes.iter().map(|o| o.share.unwrap_or(0.0)).collect(),
        _ => ladder_values(outcomes, measure),
    };
    let shown: Vec<String> = match measure {
        RadarMeasure::Level => outcomes.iter().map(|o| o.level_name(model)).collect(),
        RadarMeasure::Progress => outcomes.iter().map(|o| o.progress_words(model)).collect(),
        RadarMeasure::Share => outcomes
            .iter()
            .map(|o| {
                o.share
                    .map_or_else(|| t(NO_APPLICABLE).to_string(), percent)
            })
            .collect(),
    };
    let described: Vec<String> = model
        .categories
        .iter()
        .zip(&shown)
        .map(|(c, shown)| format!("{}: {shown}", c.name))
        .collect();
    Radar {
        title: tf("{model} by category", &[("model", model.name)]),
        description: tf(
            "Radar over the categories of {model}. {values}.",
            &[("model", model.name), ("values", &described.join(", "))],
        ),
        axes: model
            .categories
            .iter()
            .map(|c| c.name.to_string())
            .collect(),
        max,
        rings,
        series: vec![RadarSeries {
            label: assessment.name.clone(),
            values,
            shown,
            colour: SERIES_COLOURS[0],
            outlined: false,
        }],
        last_sums_up: false,
    }
}

/// Lower-case words joined by `-`, ASCII letters and digits only, for file names.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() {
        "assessment".into()
    } else {
        trimmed.chars().take(60).collect()
    }
}

/// The file name of a downloaded radar: the assessment's name, the date and what the radar shows.
///
/// ```
/// use rungs::core::radar_data::download_name;
/// assert_eq!(
///     download_name("Team Blue: Q3", "2026-11-26", "Maturity by dimension", "svg"),
///     "team-blue-q3-2026-11-26-maturity-by-dimension.svg"
/// );
/// ```
pub fn download_name(assessment: &str, date: &str, radar_title: &str, extension: &str) -> String {
    format!(
        "{}-{}-{}.{}",
        slug(assessment),
        date,
        slug(radar_title),
        extension
    )
}

/// The colour of a target's outline: a dark grey that reads beside every series colour.
pub const TARGET_COLOUR: (u8, u8, u8) = (0x11, 0x18, 0x27);

/// Adds the target to a model's category radar (as [`category_radar`] drew it): a dashed outline
/// at each category's target level, and a "Target" column in the table beside it.
pub fn add_category_target(radar: &mut Radar, model: &'static Model, assessment: &Assessment) {
    let scopes: Vec<Scope> = (0..model.categories.len()).map(Scope::Category).collect();
    push_target(radar, model, assessment, &scopes);
}

/// Adds the model's target to a dimension radar of that one model (as [`dimension_radar`] drew
/// it): every dimension at the model's target level. With several models there is no one ladder
/// to draw a target on, and nothing is added.
pub fn add_dimension_target(radar: &mut Radar, models: &[&'static Model], assessment: &Assessment) {
    let [model] = models else {
        return;
    };
    let scopes: Vec<Scope> = Dimension::ALL.into_iter().map(Scope::Dimension).collect();
    push_target(radar, model, assessment, &scopes);
}

/// The target series: each axis (a part of the model) at its target level, on the radar's own
/// scale: the rungs up to the target, or for shares, the share of the axis's applicable
/// practices the target asks for.
fn push_target(radar: &mut Radar, model: &'static Model, assessment: &Assessment, axes: &[Scope]) {
    let measure = assessment.radar_measure;
    let target = crate::core::plan::targets::resolve(model, assessment);
    let ratings = assessment.ratings_for(model);
    let mut values = Vec::with_capacity(axes.len());
    let mut shown = Vec::with_capacity(axes.len());
    for &scope in axes {
        let level = target.for_scope(scope);
        // The levels of the axis's applicable practices.
        let applicable: Vec<usize> = model
            .practices
            .iter()
            .zip(&ratings)
            .filter(|(p, r)| scope.includes(p) && **r != Some(Rating::NotApplicable))
            .map(|(p, _)| p.level)
            .collect();
        let value = match measure {
            RadarMeasure::Share if applicable.is_empty() => 0.0,
            RadarMeasure::Share => {
                applicable.iter().filter(|l| **l <= level).count() as f64 / applicable.len() as f64
            }
            _ => crate::core::plan::targets::target_rungs(model, level),
        };
        let name = model.levels.get(level).map_or("", |l| l.name);
        shown.push(match measure {
            _ if applicable.is_empty() => t(NO_APPLICABLE).to_string(),
            RadarMeasure::Share => format!("{name} ({})", percent(value)),
            _ => name.to_string(),
        });
        values.push(value);
    }
    let described = radar
        .axes
        .iter()
        .zip(&shown)
        .map(|(axis, shown)| format!("{axis} {shown}"))
        .collect::<Vec<_>>()
        .join(", ");
    radar.description.push_str(&tf(
        " Target, drawn dashed: {values}.",
        &[("values", &described)],
    ));
    radar.series.push(RadarSeries {
        label: t("Target").into(),
        values,
        shown,
        colour: TARGET_COLOUR,
        outlined: true,
    });
}
