//! Scoring: the rating scale, the level rules, and the level reached by any set of practices.
//!
//! Pure functions over a model and one rating per practice. The same function answers for a
//! category, a dimension or a whole model: only the set of practices differs. The rules and their
//! worked examples are documented in the README and the in-app help, and pinned by
//! `tests/scoring.rs` with the same examples.

use crate::core::i18n::{t, tf};
use crate::core::model::{Model, Practice};

/// How far a practice is in place. The same scale serves every model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Rating {
    NotYet,
    Started,
    Partly,
    Largely,
    Fully,
    /// Does not apply here; leaves both the numerator and the denominator of every rule.
    NotApplicable,
}

impl Rating {
    /// Every rating, in the order the controls show them.
    pub const ALL: [Rating; 6] = [
        Rating::NotYet,
        Rating::Started,
        Rating::Partly,
        Rating::Largely,
        Rating::Fully,
        Rating::NotApplicable,
    ];

    /// The ratings that can serve as a threshold, lowest first.
    pub const THRESHOLDS: [Rating; 4] = [
        Rating::Started,
        Rating::Partly,
        Rating::Largely,
        Rating::Fully,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Rating::NotYet => t("Not yet"),
            Rating::Started => t("Started"),
            Rating::Partly => t("Partly"),
            Rating::Largely => t("Largely"),
            Rating::Fully => t("Fully"),
            Rating::NotApplicable => t("Not applicable"),
        }
    }

    /// A stable short id, used in forms and saved data.
    pub fn id(self) -> &'static str {
        match self {
            Rating::NotYet => "not-yet",
            Rating::Started => "started",
            Rating::Partly => "partly",
            Rating::Largely => "largely",
            Rating::Fully => "fully",
            Rating::NotApplicable => "not-applicable",
        }
    }

    pub fn from_id(id: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.id() == id)
    }

    /// Steps on the scale, 0 (Not yet) to 4 (Fully); `None` for Not applicable.
    pub fn points(self) -> Option<u8> {
        match self {
            Rating::NotYet => Some(0),
            Rating::Started => Some(1),
            Rating::Partly => Some(2),
            Rating::Largely => Some(3),
            Rating::Fully => Some(4),
            Rating::NotApplicable => None,
        }
    }
}

/// How the level reached is computed from the ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LevelRule {
    /// CMMI's rule: a level is reached when every applicable practice of that level and of all
    /// lower levels is at or above the threshold.
    Staged,
    /// The highest level with at least one practice at or above the threshold.
    HighWaterMark,
    /// A level is reached when at least the required share of its applicable practices, and of
    /// every lower level's, is at or above the threshold.
    Percentage,
}

impl LevelRule {
    pub const ALL: [LevelRule; 3] = [
        LevelRule::Staged,
        LevelRule::HighWaterMark,
        LevelRule::Percentage,
    ];

    pub fn label(self) -> &'static str {
        match self {
            LevelRule::Staged => t("Staged"),
            LevelRule::HighWaterMark => t("High-water mark"),
            LevelRule::Percentage => t("Percentage"),
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            LevelRule::Staged => "staged",
            LevelRule::HighWaterMark => "high-water-mark",
            LevelRule::Percentage => "percentage",
        }
    }

    pub fn from_id(id: &str) -> Option<LevelRule> {
        LevelRule::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// The rule and its parameters, chosen per assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ScoringSettings {
    pub rule: LevelRule,
    /// The lowest rating that counts as "in place"; one of [`Rating::THRESHOLDS`].
    pub threshold: Rating,
    /// For [`LevelRule::Percentage`]: the share of a level's practices, in percent, needed to
    /// reach it.
    pub required_percent: u8,
}

impl Default for ScoringSettings {
    fn default() -> Self {
        ScoringSettings {
            rule: LevelRule::Staged,
            threshold: Rating::Largely,
            required_percent: 80,
        }
    }
}

impl ScoringSettings {
    /// The chosen rule in one sentence, as the screen shows it.
    ///
    /// ```
    /// use rungs::core::scoring::ScoringSettings;
    /// assert_eq!(
    ///     ScoringSettings::default().explanation(),
    ///     "Staged: a level is reached when every applicable practice of that level and of all \
    ///      lower levels is rated Largely or better."
    /// );
    /// ```
    pub fn explanation(&self) -> String {
        let threshold = ("threshold", self.threshold.label());
        match self.rule {
            LevelRule::Staged => tf(
                "Staged: a level is reached when every applicable practice of that level and of all lower levels is rated {threshold} or better.",
                &[threshold],
            ),
            LevelRule::HighWaterMark => tf(
                "High-water mark: the level reached is the highest level with at least one practice rated {threshold} or better.",
                &[threshold],
            ),
            LevelRule::Percentage => tf(
                "Percentage: a level is reached when at least {percent}% of the applicable practices of that level and of each lower level are rated {threshold} or better.",
                &[("percent", &self.required_percent.to_string()), threshold],
            ),
        }
    }

    /// Does `rating` count as in place under these settings?
    pub fn meets(&self, rating: Option<Rating>) -> bool {
        match (rating.and_then(Rating::points), self.threshold.points()) {
            (Some(points), Some(needed)) => points >= needed,
            _ => false,
        }
    }
}

/// A practice that still stands between the current level and the next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blocker {
    /// Index into the model's practices.
    pub practice: usize,
    pub rating: Option<Rating>,
    /// Steps on the scale still missing; `None` when the practice is not rated yet.
    pub steps_missing: Option<u8>,
}

/// The level reached by a set of practices, with the reasons.
#[derive(Debug, Clone, PartialEq)]
pub struct LevelOutcome {
    /// Index into the model's levels; `None` when not even the first level is reached.
    pub reached: Option<usize>,
    /// How many rungs (levels that require practices) are climbed: the value the radar shows.
    pub rungs_climbed: usize,
    /// How many rungs the model has.
    pub rungs_total: usize,
    /// Level and progress, in rungs: the rungs climbed plus the share of the next level's
    /// applicable practices in place (1.6: one rung climbed and 60% of the next level in place).
    /// Never more than `rungs_total`.
    pub progress: f64,
    /// Share of the applicable practices at or above the threshold; `None` if none applies.
    pub share: Option<f64>,
    /// For each level: the share of its applicable practices at or above the threshold.
    pub level_shares: Vec<Option<f64>>,
    /// The practices (indices) that made the level reached.
    pub because: Vec<usize>,
    /// The next level to reach, if any.
    pub next_level: Option<usize>,
    /// What is still below the threshold for the next level, by level, then nearest first,
    /// unrated last.
    pub blockers: Vec<Blocker>,
    /// Practices in the set that are Not applicable (left out of every count).
    pub excluded: usize,
    /// Practices in the set that are applicable (rated or not).
    pub applicable: usize,
    /// Practices in the set that have a rating (Not applicable included).
    pub rated: usize,
    /// Practices in the set.
    pub total: usize,
}

/// Marks a text for the catalogue without translating it, where a constant needs it (gettext's
/// `N_`): the text is translated where it is shown, with `crate::core::i18n::t`.
mod marked {
    pub const fn t(english: &'static str) -> &'static str {
        english
    }
}

/// The level of a set whose every practice is Not applicable: there is nothing to judge it by.
/// In English; [`LevelOutcome::level_name`] shows it translated.
pub const NOT_JUDGED: &str = marked::t("Not judged: every practice is Not applicable");

/// "Below" the first level of `model`: where a set stands when it reaches none.
fn below_first_level(model: &Model) -> String {
    match model.levels.first() {
        Some(first) => tf("Below {level}", &[("level", first.name)]),
        None => t("Below the first level").to_string(),
    }
}

/// The level reached and how much of the next one is in place: "Beginner, 60% of Intermediate".
fn progress_toward(reached: &str, percent: i64, next: &str) -> String {
    tf(
        "{reached}, {percent}% of {next}",
        &[
            ("reached", reached),
            ("percent", &percent.to_string()),
            ("next", next),
        ],
    )
}

impl LevelOutcome {
    /// Level and progress in words: the level reached, and how much of the next level is in
    /// place ("Beginner, 60% of Intermediate", "Below Base, 80% of Base"), or the level alone at
    /// the top.
    ///
    /// ```
    /// use rungs::core::model::find_model;
    /// use rungs::core::scoring::{level_reached, Rating, ScoringSettings};
    /// let model = find_model("cd-maturity").unwrap();
    /// // Half of the Base practices Fully, nothing else: below Base, halfway to it.
    /// let base: Vec<usize> = (0..model.practices.len()).filter(|&i| model.practices[i].level == 0).collect();
    /// let ratings: Vec<Option<Rating>> = (0..model.practices.len())
    ///     .map(|i| (base.iter().position(|&b| b == i)? < base.len() / 2).then_some(Rating::Fully))
    ///     .collect();
    /// let outcome = level_reached(model, &ratings, &ScoringSettings::default(), &|_| true);
    /// assert_eq!(outcome.progress_words(model), format!("Below Base, {}% of Base", 100 * (base.len() / 2) / base.len()));
    /// ```
    pub fn progress_words(&self, model: &Model) -> String {
        let reached = self.level_name(model);
        if !self.judged() {
            return reached;
        }
        match self.next_level.and_then(|n| model.levels.get(n)) {
            Some(next) => {
                let fraction = (self.progress - self.rungs_climbed as f64).clamp(0.0, 1.0);
                // Integer arithmetic: float formatting would add kilobytes to the wasm.
                let percent = (fraction * 100.0).round() as i64;
                progress_toward(&reached, percent, next.name)
            }
            None => reached,
        }
    }

    /// Can a level be judged at all? Not when every practice of the set is Not applicable (a set
    /// with no practices at all is judged: its levels need none).
    pub fn judged(&self) -> bool {
        self.applicable > 0 || self.total == 0
    }

    /// The name of the level reached, or "Below <first level>" when none is: the one wording
    /// used by the results, the radar's labels and its table.
    ///
    /// ```
    /// use rungs::core::model::find_model;
    /// use rungs::core::scoring::{level_reached, ScoringSettings};
    /// let model = find_model("cd-maturity").unwrap();
    /// let none = vec![None; model.practices.len()];
    /// let outcome = level_reached(model, &none, &ScoringSettings::default(), &|_| true);
    /// assert_eq!(outcome.level_name(model), "Below Base");
    /// ```
    pub fn level_name(&self, model: &Model) -> String {
        if !self.judged() {
            return t(NOT_JUDGED).to_string();
        }
        match self.reached.and_then(|r| model.levels.get(r)) {
            Some(level) => level.name.to_string(),
            None => below_first_level(model),
        }
    }
}

/// A point on the ladder in words, for a value no one outcome has (the median of a workshop's
/// participants): `progress` rungs climbed, the whole ones as the level reached and the rest as
/// the share of the next level ("Base, 50% of Beginner").
///
/// ```
/// use rungs::core::model::find_model;
/// use rungs::core::scoring::progress_words_at;
/// let cd = find_model("cd-maturity").unwrap();
/// assert_eq!(progress_words_at(cd, 0.8), "Below Base, 80% of Base");
/// assert_eq!(progress_words_at(cd, 1.5), "Base, 50% of Beginner");
/// assert_eq!(progress_words_at(cd, 5.0), "Expert");
/// // CMMI starts at Initial, which needs no practice: its first rung is Managed.
/// assert_eq!(progress_words_at(find_model("cmmi").unwrap(), 0.25), "Initial, 25% of Managed");
/// ```
pub fn progress_words_at(model: &Model, progress: f64) -> String {
    let starting = model.levels.first().is_some_and(|l| l.needs_no_practices);
    let rungs = &model.levels[usize::from(starting).min(model.levels.len())..];
    let climbed = (progress.max(0.0).floor() as usize).min(rungs.len());
    let reached = match climbed.checked_sub(1) {
        Some(last) => rungs[last].name.to_string(),
        None if starting => model.levels[0].name.to_string(),
        None => below_first_level(model),
    };
    match rungs.get(climbed) {
        Some(next) => {
            // Integer arithmetic: float formatting would add kilobytes to the wasm.
            let percent = ((progress - climbed as f64).clamp(0.0, 1.0) * 100.0).round() as i64;
            progress_toward(&reached, percent, next.name)
        }
        None => reached,
    }
}

/// Computes the level reached by the practices of `model` that `include` selects.
///
/// `ratings` holds one entry per practice of the model, in the model's order.
///
/// ```
/// use rungs::core::model::find_model;
/// use rungs::core::scoring::{level_reached, Rating, ScoringSettings};
/// let model = find_model("cd-maturity").unwrap();
/// // Every Base practice rated Fully, nothing else rated: Base is reached.
/// let ratings: Vec<Option<Rating>> = model
///     .practices
///     .iter()
///     .map(|p| (p.level == 0).then_some(Rating::Fully))
///     .collect();
/// let outcome = level_reached(model, &ratings, &ScoringSettings::default(), &|_| true);
/// assert_eq!(outcome.reached, Some(0));
/// ```
pub fn level_reached(
    model: &Model,
    ratings: &[Option<Rating>],
    settings: &ScoringSettings,
    // `dyn`, not generic: one copy of this function in the wasm instead of one per caller.
    include: &dyn Fn(&Practice) -> bool,
) -> LevelOutcome {
    let rating_of = |index: usize| ratings.get(index).copied().flatten();
    let members: Vec<usize> = model
        .practices
        .iter()
        .enumerate()
        .filter(|(_, p)| include(p))
        .map(|(i, _)| i)
        .collect();
    let applicable: Vec<usize> = members
        .iter()
        .copied()
        .filter(|&i| rating_of(i) != Some(Rating::NotApplicable))
        .collect();
    let at_level = |level: usize| -> Vec<usize> {
        applicable
            .iter()
            .copied()
            .filter(|&i| model.practices[i].level == level)
            .collect()
    };
    let met = |i: usize| settings.meets(rating_of(i));
    let share_of = |practices: &[usize]| -> Option<f64> {
        (!practices.is_empty())
            .then(|| practices.iter().filter(|&&i| met(i)).count() as f64 / practices.len() as f64)
    };

    let level_count = model.levels.len();
    let level_shares: Vec<Option<f64>> = (0..level_count).map(|l| share_of(&at_level(l))).collect();
    let starting = model.levels.first().is_some_and(|l| l.needs_no_practices);
    let floor = starting.then_some(0);

    let reached = match settings.rule {
        LevelRule::Staged | LevelRule::Percentage => {
            let required = f64::from(settings.required_percent.min(100)) / 100.0;
            let mut reached = floor;
            for (level, share) in level_shares.iter().enumerate() {
                let Some(share) = share else {
                    // Nothing applicable here: it asks nothing more of this set, so a set that
                    // met every level below reaches it too (a CMMI category with no practice
                    // above Defined, fully rated, stands at the top like the others). A set
                    // with nothing applicable at all has nothing that met anything: it stays
                    // where it starts.
                    if !applicable.is_empty()
                        && (reached.is_some() || level == 0 || floor.is_some())
                    {
                        reached = Some(level);
                    }
                    continue;
                };
                let passes = match settings.rule {
                    LevelRule::Staged => *share >= 1.0,
                    _ => *share + 1e-9 >= required,
                };
                if passes {
                    reached = Some(level);
                } else {
                    break;
                }
            }
            reached
        }
        LevelRule::HighWaterMark => (0..level_count)
            .rev()
            .find(|&l| at_level(l).into_iter().any(met))
            .or(floor),
    };

    let because: Vec<usize> = match (settings.rule, reached) {
        (_, None) => Vec::new(),
        (LevelRule::HighWaterMark, Some(r)) => {
            at_level(r).into_iter().filter(|&i| met(i)).collect()
        }
        (_, Some(r)) => applicable
            .iter()
            .copied()
            .filter(|&i| model.practices[i].level <= r && met(i))
            .collect(),
    };

    let next_level = (reached.map_or(0, |r| r + 1)..level_count).find(|&l| !at_level(l).is_empty());
    let mut blockers: Vec<Blocker> = match next_level {
        None => Vec::new(),
        Some(next) => applicable
            .iter()
            .copied()
            .filter(|&i| {
                let level = model.practices[i].level;
                let in_scope = match settings.rule {
                    LevelRule::HighWaterMark => level == next,
                    _ => level <= next,
                };
                in_scope && !met(i)
            })
            .map(|i| {
                let rating = rating_of(i);
                let steps_missing = rating
                    .and_then(Rating::points)
                    .zip(settings.threshold.points())
                    .map(|(have, need)| need.saturating_sub(have));
                Blocker {
                    practice: i,
                    rating,
                    steps_missing,
                }
            })
            .collect(),
    };
    blockers.sort_by_key(|b| {
        (
            model.practices[b.practice].level,
            b.steps_missing.is_none(),
            b.steps_missing.unwrap_or(u8::MAX),
        )
    });

    let rungs: Vec<usize> = (0..level_count)
        .filter(|&l| !(l == 0 && starting))
        .collect();
    let rungs_climbed = reached.map_or(0, |r| rungs.iter().filter(|&&l| l <= r).count());
    // Level and progress: the rungs climbed, and the share of the next level's applicable
    // practices already in place.
    let next_share = next_level
        .and_then(|n| level_shares.get(n).copied().flatten())
        .unwrap_or(0.0);
    let progress = rungs_climbed as f64
        + if next_level.is_some() {
            next_share
        } else {
            0.0
        };

    LevelOutcome {
        reached,
        rungs_climbed,
        progress,
        rungs_total: rungs.len(),
        share: share_of(&applicable),
        level_shares,
        because,
        next_level,
        blockers,
        excluded: members.len() - applicable.len(),
        applicable: applicable.len(),
        rated: members.iter().filter(|&&i| rating_of(i).is_some()).count(),
        total: members.len(),
    }
}
