//! What the visible participants answered for each practice: counts, median, lowest and
//! highest rating, spread, and the order in which to discuss the practices.

use super::Workshop;
use crate::core::model::{Model, Practice};
use crate::core::scoring::Rating;

/// What the visible participants answered for one practice.
#[derive(Debug, Clone, PartialEq)]
pub struct PracticeStats {
    pub model: &'static Model,
    pub practice: &'static Practice,
    /// How many chose each rating, in [`Rating::ALL`]'s order.
    pub counts: [usize; 6],
    /// Visible participants with no rating.
    pub unrated: usize,
    /// Visible participants with a rating (Not applicable included).
    pub answers: usize,
    /// Median of the points (0 to 4) of the ratings other than Not applicable; the average of
    /// the two middle values when their number is even.
    pub median: Option<f64>,
    /// Lowest and highest rating other than Not applicable.
    pub min: Option<Rating>,
    pub max: Option<Rating>,
    /// `max` points minus `min` points (0 with fewer than two such ratings).
    pub spread: u8,
    /// Mean of |points − median| over the ratings other than Not applicable (0 when none).
    pub mean_deviation: f64,
    /// Some say Not applicable and some rate it: a disagreement about scope, worth discussing
    /// whatever the spread.
    pub split_on_applicability: bool,
}

/// Where `rating` sits in [`Rating::ALL`] (the enum's declaration order is that order).
fn slot_of(rating: Rating) -> usize {
    rating as usize
}

/// The rating worth `points` (0 to 4).
pub(crate) fn rating_at(points: usize) -> Option<Rating> {
    Rating::ALL
        .get(points)
        .copied()
        .filter(|r| r.points().is_some())
}

/// Statistics of one practice from its rating counts.
fn stats_from(
    model: &'static Model,
    practice: &'static Practice,
    counts: [usize; 6],
    participants: usize,
) -> PracticeStats {
    let scored: usize = counts[..5].iter().sum();
    let answers = scored + counts[5];
    // The `k`th smallest points value (from 0) among the scored answers.
    let kth = |k: usize| -> usize {
        let mut seen = 0;
        for (points, count) in counts[..5].iter().enumerate() {
            seen += count;
            if k < seen {
                return points;
            }
        }
        4
    };
    let median = (scored > 0).then(|| {
        if scored % 2 == 1 {
            kth(scored / 2) as f64
        } else {
            (kth(scored / 2 - 1) + kth(scored / 2)) as f64 / 2.0
        }
    });
    let lowest = counts[..5].iter().position(|&c| c > 0);
    let highest = counts[..5].iter().rposition(|&c| c > 0);
    let mean_deviation = match median {
        Some(m) => {
            let total: f64 = counts[..5]
                .iter()
                .enumerate()
                .map(|(points, &count)| count as f64 * (points as f64 - m).abs())
                .sum();
            total / scored as f64
        }
        None => 0.0,
    };
    PracticeStats {
        model,
        practice,
        counts,
        unrated: participants.saturating_sub(answers),
        answers,
        median,
        min: lowest.and_then(rating_at),
        max: highest.and_then(rating_at),
        spread: match (lowest, highest) {
            (Some(low), Some(high)) => (high - low) as u8,
            _ => 0,
        },
        mean_deviation,
        split_on_applicability: counts[5] > 0 && scored > 0,
    }
}

/// The statistics of every practice of every workshop model (unknown model ids skipped), in
/// model order then practice order, over the visible participants.
///
/// Each participant's ratings are looked up once per model ([`Assessment::ratings_for`]), so
/// the work grows with participants × practices and nothing more.
pub fn practice_stats(workshop: &Workshop) -> Vec<PracticeStats> {
    let participants = workshop.visible().count();
    let mut out = Vec::new();
    for model in workshop.known_models() {
        let mut counts = vec![[0usize; 6]; model.practices.len()];
        for participant in workshop.visible() {
            let ratings = participant.assessment.ratings_for(model);
            for (cell, rating) in counts.iter_mut().zip(ratings) {
                if let Some(rating) = rating {
                    cell[slot_of(rating)] += 1;
                }
            }
        }
        for (practice, counts) in model.practices.iter().zip(counts) {
            out.push(stats_from(model, practice, counts, participants));
        }
    }
    out
}

/// Practices ordered for discussion, most disagreement first: spread descending, then
/// split_on_applicability (true first), then mean_deviation descending, then the original
/// order (stable). Practices with fewer than 2 answers go last, in original order: with one
/// answer or none there is nothing to disagree about yet.
pub fn discuss_first(stats: &[PracticeStats]) -> Vec<usize> {
    let (mut order, rest): (Vec<usize>, Vec<usize>) =
        (0..stats.len()).partition(|&i| stats[i].answers >= 2);
    order.sort_by(|&a, &b| {
        let (x, y) = (&stats[a], &stats[b]);
        y.spread
            .cmp(&x.spread)
            .then(y.split_on_applicability.cmp(&x.split_on_applicability))
            .then(y.mean_deviation.total_cmp(&x.mean_deviation))
    });
    order.extend(rest);
    order
}

/// The rating to pre-fill as agreed: the median rounded down to a whole point (a conservative
/// team answer: a split between Partly and Largely is not yet Largely); Not applicable if every
/// answer is Not applicable; `None` if there are no answers. When both are present the median of
/// the other ratings wins: scope is for the discussion to settle.
pub fn suggested(stats: &PracticeStats) -> Option<Rating> {
    match stats.median {
        Some(median) => rating_at(median.max(0.0).floor() as usize),
        None if stats.answers > 0 => Some(Rating::NotApplicable),
        None => None,
    }
}

/// A median in points as text without float formatting (which would add kilobytes to the wasm):
/// medians are always whole or halves.
pub fn points_text(median: f64) -> String {
    let halves = (median * 2.0).round().max(0.0) as u64;
    if halves.is_multiple_of(2) {
        (halves / 2).to_string()
    } else {
        format!(
            "{}{}5",
            halves / 2,
            crate::core::i18n::language().decimal_separator()
        )
    }
}

/// The median as a rating, or the two ratings it lies between.
pub fn median_words(median: f64) -> String {
    let low = rating_at(median.max(0.0).floor() as usize);
    let high = rating_at(median.max(0.0).ceil() as usize);
    match (low, high) {
        (Some(low), Some(high)) if low != high => format!("{}–{}", low.label(), high.label()),
        (Some(low), _) => low.label().to_string(),
        _ => String::new(),
    }
}

/// The rating a board's filled-in matrix shows for a practice without an agreed answer: the
/// median, rounded down when it falls between two ratings (half the room at Largely and half at
/// Partly is not Largely yet), or Not applicable when every answer says so.
pub fn median_rating(stats: &PracticeStats) -> Option<Rating> {
    match stats.median {
        Some(median) => Rating::ALL
            .into_iter()
            .filter(|r| r.points().is_some_and(|p| f64::from(p) <= median + 1e-9))
            .max_by_key(|r| r.points()),
        None if stats.counts[Rating::ALL.len() - 1] > 0 => Some(Rating::NotApplicable),
        None => None,
    }
}
