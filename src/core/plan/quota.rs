//! How much of the browser's storage Rungs' saved data takes, so that the app warns well before
//! a save is refused.
//!
//! Browsers give an origin about 5 MiB of local storage, counted in UTF-16 code units of keys
//! and values (Chromium, Firefox and Safari alike): about 5.2 million characters of Rungs' JSON.
//! Snapshots are what grows without bound, so the snapshot section says how many more fit.

use crate::core::assessment::Assessment;
use crate::core::assessment_json::assessment_to_json;
use crate::core::i18n::tnf;

/// The characters an origin can keep in local storage, all keys together.
pub const STORAGE_CHARS: usize = 5 * 1024 * 1024;

/// The share of [`STORAGE_CHARS`] from which the app warns: early enough that a workshop's worth
/// of snapshots still fits after the warning.
pub const WARN_SHARE: f64 = 0.6;

/// The characters one more snapshot of `assessment` would add to the saved document.
pub fn snapshot_chars(assessment: &Assessment) -> usize {
    let before = assessment_to_json(assessment, false, 0).len();
    let mut with_one = assessment.clone();
    with_one.take_snapshot("2000-01-01T00:00:00Z".into(), String::new());
    assessment_to_json(&with_one, false, 0)
        .len()
        .saturating_sub(before)
        .max(1)
}

/// How many more snapshots of `snapshot_chars` fit beside `used` characters.
pub fn snapshots_that_fit(used: usize, snapshot_chars: usize) -> usize {
    STORAGE_CHARS.saturating_sub(used) / snapshot_chars.max(1)
}

/// The warning to show when `used` characters are stored, or `None` while there is room.
///
/// ```
/// use rungs::core::plan::quota::{storage_warning, STORAGE_CHARS};
/// assert_eq!(storage_warning(1000, 4000), None);
/// let warning = storage_warning(STORAGE_CHARS * 7 / 10, 4000).unwrap();
/// assert!(warning.contains("70%"), "{warning}");
/// ```
pub fn storage_warning(used: usize, snapshot_chars: usize) -> Option<String> {
    let share = used as f64 / STORAGE_CHARS as f64;
    (share >= WARN_SHARE).then(|| {
        let fit = snapshots_that_fit(used, snapshot_chars);
        tnf(
            "Your saved data uses {percent}% of the about 5 MiB this browser keeps for Rungs: about {n} more snapshot of this assessment fit. Export your assessments to a file, then delete old snapshots or assessments you no longer need. | Your saved data uses {percent}% of the about 5 MiB this browser keeps for Rungs: about {n} more snapshots of this assessment fit. Export your assessments to a file, then delete old snapshots or assessments you no longer need.",
            fit,
            &[("percent", &((share * 100.0).round() as i64).to_string())],
        )
    })
}
