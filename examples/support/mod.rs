//! What the examples share: a small deterministic generator, so that every run (and every
//! benchmark report) measures the same assessments, and the random ratings they are made of.

use rungs::core::assessment::Assessment;
use rungs::core::model::Model;
use rungs::core::scoring::Rating;

/// A linear congruential generator (Knuth's MMIX constants): fast, seedable, good enough here.
pub struct Lcg(pub u64);

impl Lcg {
    /// A number from 0 to `n - 1`.
    pub fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// Rates every practice of `models`, in order, with one of the six ratings (Not applicable
/// included), drawn from `random`.
pub fn rate_all_at_random(assessment: &mut Assessment, models: &[&Model], random: &mut Lcg) {
    for m in models {
        for p in m.practices {
            assessment.set_rating(m.id, p.id, Some(Rating::ALL[random.next(6)]));
        }
    }
}
