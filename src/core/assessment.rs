//! An assessment: the ratings, notes and settings of one person or team, across models.
//!
//! Plain data with intent-level methods; components call these and never edit the maps
//! themselves. Answers are keyed by model id and practice id, the ids that stay stable forever,
//! so that saved assessments and links survive changes to the model files.

use crate::core::i18n::t;
use crate::core::model::{Dimension, Model};
use crate::core::plan::{Planned, Snapshot, Target};
use crate::core::scoring::{level_reached, LevelOutcome, Rating, ScoringSettings};
use crate::core::unknown_fields::UnknownFields;
use std::collections::BTreeMap;

/// One practice's answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Answer {
    pub rating: Option<Rating>,
    /// Free text about the practice.
    pub note: String,
    /// Why the practice does not apply, when rated Not applicable.
    pub na_reason: String,
    /// Fields a newer Rungs wrote beside the answer, kept as they were.
    pub unknown: UnknownFields,
}

impl Answer {
    fn is_empty(&self) -> bool {
        self.rating.is_none()
            && self.note.is_empty()
            && self.na_reason.is_empty()
            && self.unknown.is_empty()
    }
}

/// What the radars' axes measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RadarMeasure {
    /// The level reached under the chosen rule.
    Level,
    /// The share of applicable practices at or above the threshold.
    Share,
    /// Level and progress: the level reached plus the share of the next level's applicable
    /// practices in place. The default: most real teams are below the first level on some axis
    /// (one missing practice blocks it), where the level alone shows nothing of what they do.
    #[default]
    Progress,
}

impl RadarMeasure {
    pub const ALL: [RadarMeasure; 3] = [
        RadarMeasure::Progress,
        RadarMeasure::Level,
        RadarMeasure::Share,
    ];

    /// The id used in files.
    pub fn id(self) -> &'static str {
        match self {
            RadarMeasure::Level => "level",
            RadarMeasure::Share => "share",
            RadarMeasure::Progress => "progress",
        }
    }

    pub fn from_id(id: &str) -> Option<RadarMeasure> {
        RadarMeasure::ALL.into_iter().find(|m| m.id() == id)
    }

    /// Its name in the settings.
    pub fn label(self) -> &'static str {
        match self {
            RadarMeasure::Level => t("Level reached"),
            RadarMeasure::Share => t("Share in place"),
            RadarMeasure::Progress => t("Level and progress"),
        }
    }
}

/// One assessment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub name: String,
    pub settings: ScoringSettings,
    pub radar_measure: RadarMeasure,
    /// model id → practice id → answer. Only answers with content are kept.
    pub answers: BTreeMap<String, BTreeMap<String, Answer>>,
    /// The identity of the workshop these are a participant's answers to (empty otherwise): an
    /// invitation carries it, so that joining two workshops of the same name keeps their answers
    /// apart, and the result link carries it back to the board.
    pub workshop: String,
    /// model id → the level aimed for; a model without one aims for the level above the one
    /// reached ([`crate::core::plan::targets`]).
    pub targets: BTreeMap<String, Target>,
    /// model id → practice id → the roadmap items marked planned.
    pub plans: BTreeMap<String, BTreeMap<String, Planned>>,
    /// Dated copies of the ratings and targets, oldest first.
    pub snapshots: Vec<Snapshot>,
    /// Fields a newer Rungs wrote into the assessment, kept as they were.
    pub unknown: UnknownFields,
}

impl Default for Assessment {
    fn default() -> Self {
        Assessment {
            name: t("My assessment").into(),
            settings: ScoringSettings::default(),
            radar_measure: RadarMeasure::default(),
            answers: BTreeMap::new(),
            workshop: String::new(),
            targets: BTreeMap::new(),
            plans: BTreeMap::new(),
            snapshots: Vec::new(),
            unknown: UnknownFields::new(),
        }
    }
}

impl Assessment {
    pub fn answer(&self, model: &str, practice: &str) -> Option<&Answer> {
        self.answers.get(model).and_then(|m| m.get(practice))
    }

    pub fn rating(&self, model: &str, practice: &str) -> Option<Rating> {
        self.answer(model, practice).and_then(|a| a.rating)
    }

    /// Changes one answer with `change`, dropping it when it ends up empty.
    fn update(&mut self, model: &str, practice: &str, change: impl FnOnce(&mut Answer)) {
        let answers = self.answers.entry(model.to_string()).or_default();
        let answer = answers.entry(practice.to_string()).or_default();
        change(answer);
        if answer.is_empty() {
            answers.remove(practice);
        }
        if answers.is_empty() {
            self.answers.remove(model);
        }
    }

    /// Rates a practice; `None` makes it unrated again. A reason for Not applicable goes with
    /// that rating: no screen shows it once the practice is rated otherwise, so it must not
    /// linger in links and files either.
    pub fn set_rating(&mut self, model: &str, practice: &str, rating: Option<Rating>) {
        self.update(model, practice, |a| {
            a.rating = rating;
            if rating != Some(Rating::NotApplicable) {
                a.na_reason.clear();
            }
        });
    }

    pub fn set_note(&mut self, model: &str, practice: &str, note: String) {
        self.update(model, practice, |a| a.note = note);
    }

    pub fn set_na_reason(&mut self, model: &str, practice: &str, reason: String) {
        self.update(model, practice, |a| a.na_reason = reason);
    }

    /// The target set for `model`, if any was.
    pub fn target(&self, model: &str) -> Option<&Target> {
        self.targets.get(model)
    }

    /// Sets the whole model's target level (`None`: back to the default).
    pub fn set_target_level(&mut self, model: &str, level: Option<String>) {
        self.change_target(model, |t| t.level = level);
    }

    /// Sets one category's target level (`None`: the same as the model's).
    pub fn set_category_target(&mut self, model: &str, category: &str, level: Option<String>) {
        self.change_target(model, |t| match level {
            Some(level) => {
                t.categories.insert(category.to_string(), level);
            }
            None => {
                t.categories.remove(category);
            }
        });
    }

    fn change_target(&mut self, model: &str, change: impl FnOnce(&mut Target)) {
        let target = self.targets.entry(model.to_string()).or_default();
        change(target);
        if target.is_empty() {
            self.targets.remove(model);
        }
    }

    /// The plan for a practice, if it is marked planned.
    pub fn planned(&self, model: &str, practice: &str) -> Option<&Planned> {
        self.plans.get(model)?.get(practice)
    }

    /// Marks a practice planned with `plan`, or not planned with `None`.
    pub fn set_planned(&mut self, model: &str, practice: &str, plan: Option<Planned>) {
        let plans = self.plans.entry(model.to_string()).or_default();
        match plan {
            Some(plan) => {
                plans.insert(practice.to_string(), plan);
            }
            None => {
                plans.remove(practice);
            }
        }
        if plans.is_empty() {
            self.plans.remove(model);
        }
    }

    /// Keeps a dated copy of the ratings and targets; `taken` is the time as ISO 8601 in UTC.
    /// Returns the snapshot's id, or `None` when the assessment holds the most snapshots a file
    /// may ([`crate::core::assessment_json::MAX_SNAPSHOTS`]): one more would make it unreadable.
    pub fn take_snapshot(&mut self, taken: String, label: String) -> Option<String> {
        if self.snapshots.len() >= crate::core::assessment_json::MAX_SNAPSHOTS {
            return None;
        }
        let id = crate::core::plan::history::next_snapshot_id(&self.snapshots);
        let ratings = self
            .answers
            .iter()
            .map(|(model, answers)| {
                let rated: BTreeMap<String, Rating> = answers
                    .iter()
                    .filter_map(|(p, a)| Some((p.clone(), a.rating?)))
                    .collect();
                (model.clone(), rated)
            })
            .filter(|(_, rated)| !rated.is_empty())
            .collect();
        self.snapshots.push(Snapshot {
            id: id.clone(),
            taken,
            label,
            ratings,
            targets: self.targets.clone(),
        });
        Some(id)
    }

    /// Deletes a snapshot; returns it and where it was, for Undo.
    pub fn remove_snapshot(&mut self, id: &str) -> Option<(usize, Snapshot)> {
        let index = self.snapshots.iter().position(|s| s.id == id)?;
        Some((index, self.snapshots.remove(index)))
    }

    /// Puts a deleted snapshot back where it was.
    pub fn restore_snapshot(&mut self, index: usize, snapshot: Snapshot) {
        let index = index.min(self.snapshots.len());
        self.snapshots.insert(index, snapshot);
    }

    /// One rating per practice of `model`, in the model's order: the input of scoring.
    pub fn ratings_for(&self, model: &Model) -> Vec<Option<Rating>> {
        let answers = self.answers.get(model.id);
        model
            .practices
            .iter()
            .map(|p| answers.and_then(|a| a.get(p.id)).and_then(|a| a.rating))
            .collect()
    }

    /// The practices of the model with id `model` that have a rating, in id order, with it.
    /// By id rather than [`Model`], so that it also walks answers to practices or models this
    /// Rungs does not know (a workshop board keeps them).
    pub fn rated<'a>(&'a self, model: &str) -> impl Iterator<Item = (&'a String, Rating)> + 'a {
        self.answers
            .get(model)
            .into_iter()
            .flatten()
            .filter_map(|(id, answer)| answer.rating.map(|r| (id, r)))
    }

    /// Has any practice of `model` been rated?
    pub fn has_ratings(&self, model: &Model) -> bool {
        self.answers
            .get(model.id)
            .is_some_and(|a| a.values().any(|answer| answer.rating.is_some()))
    }

    /// The level reached by the whole model.
    pub fn model_outcome(&self, model: &Model) -> LevelOutcome {
        level_reached(model, &self.ratings_for(model), &self.settings, &|_| true)
    }

    /// The level reached by one dimension of a model.
    pub fn dimension_outcome(&self, model: &Model, dimension: Dimension) -> LevelOutcome {
        level_reached(model, &self.ratings_for(model), &self.settings, &|p| {
            p.dimension == dimension
        })
    }
}

/// The value a radar axis shows for an outcome, between 0 and 1: the share of rungs climbed, the
/// same with the next rung's share in place added (progress), or the share of applicable
/// practices at or above the threshold. 0 for a set with nothing to judge it by.
pub fn radar_value(outcome: &LevelOutcome, measure: RadarMeasure) -> f64 {
    if !outcome.judged() {
        return 0.0;
    }
    match measure {
        RadarMeasure::Level if outcome.rungs_total > 0 => {
            outcome.rungs_climbed as f64 / outcome.rungs_total as f64
        }
        RadarMeasure::Progress if outcome.rungs_total > 0 => {
            outcome.progress / outcome.rungs_total as f64
        }
        RadarMeasure::Level | RadarMeasure::Progress => 0.0,
        RadarMeasure::Share => outcome.share.unwrap_or(0.0),
    }
}
