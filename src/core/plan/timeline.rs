//! The timeline's data: per snapshot, the level reached or the share in place of each category
//! or each dimension of a model, ready for [`crate::core::timeline_chart`].

use crate::core::assessment::Assessment;
use crate::core::i18n::{t, tf};
use crate::core::marked;
use crate::core::model::{Dimension, Model};
use crate::core::plan::history::{outcomes_over_time, Scope};
use crate::core::radar_data::{
    ladder_rings, percent, quarter_rings, NO_APPLICABLE, SERIES_COLOURS,
};
use crate::core::timeline_chart::{Timeline, TimelineLine};

/// What the lines follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineLines {
    Categories,
    Dimensions,
}

/// What the vertical axis measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineMeasure {
    /// The level reached, on the model's ladder.
    Level,
    /// The share of applicable practices in place.
    Share,
}

/// The timeline of `model` over `assessment`'s snapshots, oldest first.
pub fn timeline(
    model: &Model,
    assessment: &Assessment,
    follow: TimelineLines,
    measure: TimelineMeasure,
) -> Timeline {
    let scopes: Vec<Scope> = match follow {
        TimelineLines::Categories => (0..model.categories.len()).map(Scope::Category).collect(),
        TimelineLines::Dimensions => Dimension::ALL
            .into_iter()
            .filter(|d| model.practices.iter().any(|p| p.dimension == *d))
            .map(Scope::Dimension)
            .collect(),
    };
    let outcomes = outcomes_over_time(model, assessment, &scopes);
    let (max, rings) = match measure {
        TimelineMeasure::Level => ladder_rings(model),
        TimelineMeasure::Share => (1.0, quarter_rings()),
    };
    let lines: Vec<TimelineLine> = scopes
        .iter()
        .zip(&outcomes)
        .enumerate()
        .map(|(i, (scope, over_time))| TimelineLine {
            label: scope.label(model),
            values: over_time
                .iter()
                .map(|o| match measure {
                    _ if !o.judged() => None,
                    TimelineMeasure::Level => Some(o.rungs_climbed as f64),
                    TimelineMeasure::Share => o.share,
                })
                .collect(),
            shown: over_time
                .iter()
                .map(|o| match measure {
                    _ if !o.judged() => t(NO_APPLICABLE).to_string(),
                    TimelineMeasure::Level => o.level_name(model),
                    TimelineMeasure::Share => {
                        o.share.map_or_else(|| t(NO_APPLICABLE).into(), percent)
                    }
                })
                .collect(),
            colour: SERIES_COLOURS[i % SERIES_COLOURS.len()],
        })
        .collect();
    let points: Vec<String> = assessment.snapshots.iter().map(|s| s.title()).collect();
    let (title, description) = match (measure, follow) {
        (TimelineMeasure::Level, TimelineLines::Categories) => (
            marked::t("{model}: level reached by category over time"),
            marked::t("Line chart of the level reached of each category of {model} over {count} snapshots. The table beside it has the same values."),
        ),
        (TimelineMeasure::Level, TimelineLines::Dimensions) => (
            marked::t("{model}: level reached by dimension over time"),
            marked::t("Line chart of the level reached of each dimension of {model} over {count} snapshots. The table beside it has the same values."),
        ),
        (TimelineMeasure::Share, TimelineLines::Categories) => (
            marked::t("{model}: share in place by category over time"),
            marked::t("Line chart of the share in place of each category of {model} over {count} snapshots. The table beside it has the same values."),
        ),
        (TimelineMeasure::Share, TimelineLines::Dimensions) => (
            marked::t("{model}: share in place by dimension over time"),
            marked::t("Line chart of the share in place of each dimension of {model} over {count} snapshots. The table beside it has the same values."),
        ),
    };
    let args = [("model", model.name), ("count", &points.len().to_string())];
    Timeline {
        title: tf(title, &args),
        description: tf(description, &args),
        points,
        max,
        rings,
        lines,
    }
}
