//! The level a team aims for in each model and category, resolved against the model.
//!
//! A model's target is the level chosen for it, or by default the level above the one reached
//! today (the top level once it is reached): what a team would aim for next without being told.
//! A category aims for the model's target unless it was given a level of its own. Ids a model no
//! longer has fall back to these defaults, so an old file never fails to open over a target.

use crate::core::assessment::Assessment;
use crate::core::model::Model;
use crate::core::scoring::LevelOutcome;

/// One model's targets as level indices.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedTarget {
    /// The whole model's target level.
    pub level: usize,
    /// Whether it was chosen (else it is the default, the level above the one reached).
    pub chosen: bool,
    /// Each category's target level, in the model's order.
    pub categories: Vec<usize>,
    /// Whether each category has a level of its own.
    pub category_chosen: Vec<bool>,
}

impl ResolvedTarget {
    /// The target level of a part of the model: a category's own, else the model's (a
    /// dimension cuts across categories, so it aims for the model's target).
    pub fn for_scope(&self, scope: crate::core::plan::history::Scope) -> usize {
        match scope {
            crate::core::plan::history::Scope::Category(c) => {
                self.categories.get(c).copied().unwrap_or(self.level)
            }
            _ => self.level,
        }
    }

    /// The target level of the category of `practice` (an index into the model's practices).
    pub fn for_practice(&self, model: &Model, practice: usize) -> usize {
        model
            .practices
            .get(practice)
            .and_then(|p| self.categories.get(p.category))
            .copied()
            .unwrap_or(self.level)
    }
}

/// The level above the one `outcome` reached: the next level that asks for practices, or the
/// top once nothing is above.
pub fn default_level(model: &Model, outcome: &LevelOutcome) -> usize {
    let top = model.levels.len().saturating_sub(1);
    outcome
        .next_level
        .unwrap_or_else(|| outcome.reached.unwrap_or(top))
        .min(top)
}

/// The targets of `model` in `assessment`, with the defaults filled in.
///
/// ```
/// use rungs::core::assessment::Assessment;
/// use rungs::core::model::find_model;
/// use rungs::core::plan::targets::resolve;
/// let model = find_model("cd-maturity").unwrap();
/// let mut a = Assessment::default();
/// // Nothing rated: the default aims for the first level, Base.
/// assert_eq!(resolve(model, &a).level, 0);
/// a.set_target_level("cd-maturity", Some("intermediate".into()));
/// a.set_category_target("cd-maturity", "culture-organization", Some("advanced".into()));
/// let target = resolve(model, &a);
/// assert_eq!(model.levels[target.level].id, "intermediate");
/// let culture = model.category_index("culture-organization").unwrap();
/// assert_eq!(model.levels[target.categories[culture]].id, "advanced");
/// ```
pub fn resolve(model: &Model, assessment: &Assessment) -> ResolvedTarget {
    let set = assessment.target(model.id);
    let chosen_level = set
        .and_then(|t| t.level.as_deref())
        .and_then(|id| model.level_index(id));
    let level =
        chosen_level.unwrap_or_else(|| default_level(model, &assessment.model_outcome(model)));
    let own: Vec<Option<usize>> = model
        .categories
        .iter()
        .map(|c| {
            set.and_then(|t| t.categories.get(c.id))
                .and_then(|id| model.level_index(id))
        })
        .collect();
    ResolvedTarget {
        level,
        chosen: chosen_level.is_some(),
        categories: own.iter().map(|l| l.unwrap_or(level)).collect(),
        category_chosen: own.iter().map(Option::is_some).collect(),
    }
}

/// The rungs a target level stands for on a radar's ladder scale (the levels that ask for
/// practices, up to and including it): what a category or model at that level has climbed.
pub fn target_rungs(model: &Model, level: usize) -> f64 {
    model
        .levels
        .iter()
        .enumerate()
        .filter(|(i, l)| *i <= level && !(*i == 0 && l.needs_no_practices))
        .count() as f64
}
