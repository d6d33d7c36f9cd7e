//! The roadmap: the practices that stand between today and the target.
//!
//! Every applicable practice up to its category's target level that is not yet in place, grouped
//! by the level it unlocks ("to reach Beginner"), and inside a group ordered as the blockers
//! are (nearest first, unrated last, then the model's order). A practice marked planned stays on
//! the roadmap once it is in place, as done, so the plan shows how much of it is achieved; one
//! rated Not applicable leaves the roadmap, planned or not.
//!
//! Under the Percentage rule a level can be reached before every practice up to it is in place;
//! the roadmap still lists them all, the way the target reads when every practice counts.

use crate::core::assessment::Assessment;
use crate::core::i18n::{t, tf, tn};
use crate::core::model::Model;
use crate::core::plan::targets::{resolve, ResolvedTarget};
use crate::core::plan::Planned;
use crate::core::scoring::Rating;

/// One practice on the roadmap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoadmapItem {
    /// Index into the model's practices.
    pub practice: usize,
    pub rating: Option<Rating>,
    /// Steps on the scale still missing to the threshold; `None` when unrated.
    pub steps_missing: Option<u8>,
    /// In place already: only a planned practice stays on the roadmap then, as done.
    pub done: bool,
    pub planned: Option<Planned>,
}

/// The practices one level asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoadmapGroup {
    /// Index into the model's levels: the level these practices unlock.
    pub level: usize,
    pub items: Vec<RoadmapItem>,
}

/// A model's roadmap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roadmap {
    pub target: ResolvedTarget,
    pub groups: Vec<RoadmapGroup>,
    /// Practices still to put in place.
    pub to_do: usize,
    /// Practices marked planned, and how many of them are in place.
    pub planned: usize,
    pub planned_done: usize,
}

impl Roadmap {
    /// Every item in roadmap order.
    pub fn items(&self) -> impl Iterator<Item = &RoadmapItem> {
        self.groups.iter().flat_map(|g| g.items.iter())
    }

    /// How much of the plan is done, in words ("2 of 5 planned practices in place").
    pub fn progress_words(&self) -> String {
        match (self.planned, self.to_do) {
            (0, 0) => t("The target is reached: nothing stands in the way.").into(),
            (0, n) => tf(
                "{practices} to put in place; none planned yet.",
                &[("practices", &practices_count(n))],
            ),
            (planned, to_do) => tf(
                "{done} of {planned} planned in place; {to_do} still to put in place.",
                &[
                    ("done", &self.planned_done.to_string()),
                    ("planned", &practices_count(planned)),
                    ("to_do", &practices_count(to_do)),
                ],
            ),
        }
    }
}

/// "1 practice", "3 practices".
pub fn practices_count(n: usize) -> String {
    tn("{n} practice | {n} practices", n)
}

/// The roadmap of `model` for `assessment`, toward its targets.
///
/// ```
/// use rungs::core::assessment::Assessment;
/// use rungs::core::model::find_model;
/// use rungs::core::plan::roadmap::roadmap;
/// let model = find_model("cmmi").unwrap();
/// let a = Assessment::default();
/// let plan = roadmap(model, &a);
/// // Nothing rated: the default target is the first level that asks for practices, and every
/// // one of its practices is on the way there.
/// assert_eq!(plan.groups.len(), 1);
/// assert_eq!(plan.to_do, model.practices.iter().filter(|p| p.level == plan.groups[0].level).count());
/// ```
pub fn roadmap(model: &Model, assessment: &Assessment) -> Roadmap {
    let target = resolve(model, assessment);
    let ratings = assessment.ratings_for(model);
    let settings = &assessment.settings;
    let mut items: Vec<(usize, RoadmapItem)> = Vec::new();
    for (index, practice) in model.practices.iter().enumerate() {
        let rating = ratings.get(index).copied().flatten();
        if rating == Some(Rating::NotApplicable) {
            continue;
        }
        let planned = assessment.planned(model.id, practice.id).cloned();
        let done = settings.meets(rating);
        let needed = practice.level <= target.for_practice(model, index) && !done;
        if !needed && planned.is_none() {
            continue;
        }
        let steps_missing = rating
            .and_then(Rating::points)
            .zip(settings.threshold.points())
            .map(|(have, need)| need.saturating_sub(have));
        items.push((
            practice.level,
            RoadmapItem {
                practice: index,
                rating,
                steps_missing,
                done,
                planned,
            },
        ));
    }
    // Stable: equal keys keep the model's order.
    items.sort_by_key(|(level, item)| {
        (
            *level,
            item.done,
            item.steps_missing.is_none(),
            item.steps_missing.unwrap_or(u8::MAX),
        )
    });
    let mut groups: Vec<RoadmapGroup> = Vec::new();
    for (level, item) in items {
        match groups.last_mut() {
            Some(group) if group.level == level => group.items.push(item),
            _ => groups.push(RoadmapGroup {
                level,
                items: vec![item],
            }),
        }
    }
    let all = || groups.iter().flat_map(|g| g.items.iter());
    let to_do = all().filter(|i| !i.done).count();
    let planned = all().filter(|i| i.planned.is_some()).count();
    let planned_done = all().filter(|i| i.planned.is_some() && i.done).count();
    Roadmap {
        target,
        groups,
        to_do,
        planned,
        planned_done,
    }
}

/// Does the target need this practice and is it not in place? What the filled-in matrix marks.
pub fn needed_for_target(
    model: &Model,
    target: &ResolvedTarget,
    practice: usize,
    rating: Option<Rating>,
    settings: &crate::core::scoring::ScoringSettings,
) -> bool {
    model.practices.get(practice).is_some_and(|p| {
        p.level <= target.for_practice(model, practice)
            && rating != Some(Rating::NotApplicable)
            && !settings.meets(rating)
    })
}
