//! What a team assesses *for*: a target per model, a plan for the practices that stand in the
//! way, and dated snapshots to see progress over time.
//!
//! - [`targets`]: the level aimed for in a model and in each category, with its default (the
//!   level above the one reached);
//! - [`roadmap`]: the practices between today and the target, grouped by the level they unlock,
//!   with what is planned and done;
//! - [`history`]: snapshots, the timeline over them, and what changed between two of them;
//! - [`export`]: the assessment as CSV and Markdown, for a spreadsheet, a wiki or a pull request;
//! - [`quota`]: how much of the browser's storage the saved document takes, for a warning well
//!   before it is full.
//!
//! The data lives in [`crate::core::assessment::Assessment`] (`targets`, `plans`, `snapshots`),
//! keyed by ids, so that saved plans survive changes to the model files like answers do.

pub mod export;
pub mod history;
pub mod quota;
pub mod roadmap;
pub mod targets;
pub mod timeline;

use crate::core::scoring::Rating;
use std::collections::BTreeMap;

/// The level a team aims for in one model. Levels and categories are named by id; an id the
/// model no longer has is ignored (the default applies), never an error.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Target {
    /// The whole model's target level; `None`: the level above the one reached.
    pub level: Option<String>,
    /// category id → a target level for that category that differs from the model's.
    pub categories: BTreeMap<String, String>,
}

impl Target {
    pub fn is_empty(&self) -> bool {
        self.level.is_none() && self.categories.is_empty()
    }
}

/// A roadmap item marked planned: who takes it on and by when. Both may be empty.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Planned {
    /// Free text: a person, a team, a role.
    pub owner: String,
    /// A date as `YYYY-MM-DD` (what a date field gives), or empty.
    pub due: String,
}

/// A dated copy of an assessment's ratings and targets, kept inside the assessment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Snapshot {
    /// Unique within the assessment (`s1`, `s2`, …), so that two tabs' snapshots merge by id.
    pub id: String,
    /// When it was taken, as ISO 8601 in UTC (`2026-12-02T15:04:05Z`).
    pub taken: String,
    /// An optional name ("Before the platform move").
    pub label: String,
    /// model id → practice id → rating, only practices that had one.
    pub ratings: BTreeMap<String, BTreeMap<String, Rating>>,
    /// The targets set when it was taken (only those set explicitly).
    pub targets: BTreeMap<String, Target>,
}

impl Snapshot {
    pub fn rating(&self, model: &str, practice: &str) -> Option<Rating> {
        self.ratings.get(model)?.get(practice).copied()
    }

    /// The day it was taken (`2026-12-02`), and its label if it has one: what lists show.
    pub fn title(&self) -> String {
        let day = self.taken.get(..10).unwrap_or(&self.taken);
        let time = self.taken.get(11..16).unwrap_or("");
        let when = if time.is_empty() {
            day.to_string()
        } else {
            format!("{day} {time}")
        };
        if self.label.is_empty() {
            when
        } else {
            format!("{} ({when})", self.label)
        }
    }
}

/// Is `text` a calendar date as `YYYY-MM-DD`? What the due-date field and files must hold.
pub fn is_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return false;
    }
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = text.get(range)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    match (digits(0..4), digits(5..7), digits(8..10)) {
        (Some(_), Some(month), Some(day)) => (1..=12).contains(&month) && (1..=31).contains(&day),
        _ => false,
    }
}
