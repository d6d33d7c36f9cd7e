//! Progress over time: snapshots, what changed between two of them, and the levels over all.
//!
//! Levels of a snapshot are computed under the assessment's *current* rule and threshold, not
//! the ones in force when it was taken, so that two points on a timeline always compare like
//! with like; a change of rule redraws the whole history under the new one.

use crate::core::assessment::Assessment;
use crate::core::i18n::t;
use crate::core::model::{Dimension, Model};
use crate::core::plan::Snapshot;
use crate::core::scoring::{level_reached, LevelOutcome, Rating, ScoringSettings};

/// The id for a new snapshot: one more than the highest `sN` among `snapshots`.
pub fn next_snapshot_id(snapshots: &[Snapshot]) -> String {
    crate::core::ids::next_id('s', snapshots.iter().map(|s| s.id.as_str()))
}

/// One rating per practice of `model` in a snapshot, in the model's order (as
/// [`Assessment::ratings_for`] gives today's).
pub fn snapshot_ratings(model: &Model, snapshot: &Snapshot) -> Vec<Option<Rating>> {
    model
        .practices
        .iter()
        .map(|p| snapshot.rating(model.id, p.id))
        .collect()
}

/// The part of a model a level is computed for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Model,
    Category(usize),
    Dimension(Dimension),
}

impl Scope {
    /// Every scope of a model: the whole model, each category, then each dimension that has
    /// practices in it.
    pub fn all(model: &Model) -> Vec<Scope> {
        let mut scopes = vec![Scope::Model];
        scopes.extend((0..model.categories.len()).map(Scope::Category));
        scopes.extend(
            Dimension::ALL
                .into_iter()
                .filter(|d| model.practices.iter().any(|p| p.dimension == *d))
                .map(Scope::Dimension),
        );
        scopes
    }

    pub fn label(self, model: &Model) -> String {
        match self {
            Scope::Model => t("Whole model").into(),
            Scope::Category(c) => model
                .categories
                .get(c)
                .map_or_else(String::new, |c| c.name.to_string()),
            Scope::Dimension(d) => d.label().to_string(),
        }
    }

    /// Is `practice` part of this scope?
    pub fn includes(self, practice: &crate::core::model::Practice) -> bool {
        match self {
            Scope::Model => true,
            Scope::Category(c) => practice.category == c,
            Scope::Dimension(d) => practice.dimension == d,
        }
    }

    /// The level reached by this scope with `ratings`.
    pub fn outcome(
        self,
        model: &Model,
        ratings: &[Option<Rating>],
        settings: &ScoringSettings,
    ) -> LevelOutcome {
        level_reached(model, ratings, settings, &|p| self.includes(p))
    }
}

/// Which way a practice's rating moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Movement {
    /// Higher on the scale, or rated for the first time.
    Up,
    /// Lower on the scale, or no longer rated.
    Down,
    /// To or from Not applicable.
    Changed,
}

impl Movement {
    pub fn word(self) -> &'static str {
        match self {
            Movement::Up => "up",
            Movement::Down => "down",
            Movement::Changed => "changed",
        }
    }
}

/// A practice whose rating differs between two points in time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RatingChange {
    /// Index into the model's practices.
    pub practice: usize,
    pub before: Option<Rating>,
    pub after: Option<Rating>,
    pub movement: Movement,
}

/// A scope whose level differs between two points in time, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelChange {
    pub scope: Scope,
    pub before: String,
    pub after: String,
}

/// What changed in one model between `before` and `after` (ratings in the model's order).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Changes {
    pub ratings: Vec<RatingChange>,
    pub levels: Vec<LevelChange>,
}

/// The words for a rating in a change list: its label, or "Not rated".
pub fn rating_words(rating: Option<Rating>) -> &'static str {
    rating.map_or(t("Not rated"), Rating::label)
}

fn movement(before: Option<Rating>, after: Option<Rating>) -> Movement {
    let points = |r: Option<Rating>| r.and_then(Rating::points);
    match (before, after) {
        (Some(Rating::NotApplicable), _) | (_, Some(Rating::NotApplicable)) => Movement::Changed,
        (None, Some(_)) => Movement::Up,
        (Some(_), None) => Movement::Down,
        _ if points(after) > points(before) => Movement::Up,
        _ => Movement::Down,
    }
}

/// The practices that moved, in the model's order, and the levels that changed: the whole
/// model's, then each category's, then each dimension's.
///
/// ```
/// use rungs::core::model::find_model;
/// use rungs::core::plan::history::{changes, Movement};
/// use rungs::core::scoring::{Rating, ScoringSettings};
/// let model = find_model("cmmi").unwrap();
/// let before = vec![None; model.practices.len()];
/// let mut after = before.clone();
/// after[0] = Some(Rating::Partly);
/// let found = changes(model, &before, &after, &ScoringSettings::default());
/// assert_eq!(found.ratings.len(), 1);
/// assert_eq!(found.ratings[0].movement, Movement::Up);
/// ```
pub fn changes(
    model: &Model,
    before: &[Option<Rating>],
    after: &[Option<Rating>],
    settings: &ScoringSettings,
) -> Changes {
    let at = |list: &[Option<Rating>], i: usize| list.get(i).copied().flatten();
    let ratings = (0..model.practices.len())
        .filter(|&i| at(before, i) != at(after, i))
        .map(|i| RatingChange {
            practice: i,
            before: at(before, i),
            after: at(after, i),
            movement: movement(at(before, i), at(after, i)),
        })
        .collect();
    let levels = Scope::all(model)
        .into_iter()
        .filter_map(|scope| {
            let was = scope.outcome(model, before, settings).level_name(model);
            let is = scope.outcome(model, after, settings).level_name(model);
            (was != is).then_some(LevelChange {
                scope,
                before: was,
                after: is,
            })
        })
        .collect();
    Changes { ratings, levels }
}

/// The outcome of every scope in `scopes` at every snapshot, oldest first: the timeline's data.
/// `result[s][p]` is scope `s` at snapshot `p`.
pub fn outcomes_over_time(
    model: &Model,
    assessment: &Assessment,
    scopes: &[Scope],
) -> Vec<Vec<LevelOutcome>> {
    let ratings: Vec<Vec<Option<Rating>>> = assessment
        .snapshots
        .iter()
        .map(|s| snapshot_ratings(model, s))
        .collect();
    scopes
        .iter()
        .map(|scope| {
            ratings
                .iter()
                .map(|r| scope.outcome(model, r, &assessment.settings))
                .collect()
        })
        .collect()
}

/// Does any level of `model` differ between the latest snapshot and today's ratings?
/// Then the app offers to take one. With no snapshot yet, it offers the first once anything is rated.
pub fn level_changed_since_last(model: &Model, assessment: &Assessment) -> bool {
    let now = assessment.ratings_for(model);
    match assessment.snapshots.last() {
        None => assessment.has_ratings(model),
        Some(last) => {
            let then = snapshot_ratings(model, last);
            !changes(model, &then, &now, &assessment.settings)
                .levels
                .is_empty()
        }
    }
}

/// The assessment as it stood at `snapshot`: its ratings (notes are not kept in snapshots) and
/// targets, under today's settings. What a radar of two snapshots draws.
pub fn assessment_at(assessment: &Assessment, snapshot: &Snapshot) -> Assessment {
    let mut then = Assessment {
        name: snapshot.title(),
        settings: assessment.settings,
        radar_measure: assessment.radar_measure,
        targets: snapshot.targets.clone(),
        ..Assessment::default()
    };
    for (model, ratings) in &snapshot.ratings {
        for (practice, rating) in ratings {
            then.set_rating(model, practice, Some(*rating));
        }
    }
    then
}

/// The snapshot "what changed" starts from by default: the latest one, unless today's ratings of
/// `model` are the same as in it (one was just taken), then the one before.
pub fn default_since(model: &Model, assessment: &Assessment) -> Option<usize> {
    let last = assessment.snapshots.len().checked_sub(1)?;
    let now = assessment.ratings_for(model);
    let same = snapshot_ratings(model, &assessment.snapshots[last]) == now;
    Some(if same && last > 0 { last - 1 } else { last })
}
