//! The level rules, pinned with the worked examples of the README's "How levels are computed" and
//! the in-app help: a three-level model with two categories and six practices.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use rungs::core::assessment::Assessment;
use rungs::core::model::{find_model, Category, Dimension, Level, Model, Practice, Source};
use rungs::core::scoring::{level_reached, LevelRule, Rating, ScoringSettings};
use Rating::*;

const fn practice(id: &'static str, category: usize, level: usize) -> Practice {
    Practice {
        id,
        title: id,
        category,
        level,
        dimension: Dimension::Process,
    }
}

const fn level(id: &'static str, needs_no_practices: bool) -> Level {
    Level {
        id,
        name: id,
        needs_no_practices,
    }
}

static EXAMPLE: Model = Model {
    id: "example",
    name: "Example",
    version: "1",
    summary: "",
    source: Source {
        authors: "",
        title: "",
        publisher: "",
        year: 2026,
        url: "",
    },
    levels: &[level("L1", false), level("L2", false), level("L3", false)],
    categories: &[
        Category { id: "A", name: "A" },
        Category { id: "B", name: "B" },
    ],
    // a1, a2, b1 at L1; a3, b2 at L2; b3 at L3.
    practices: &[
        practice("a1", 0, 0),
        practice("a2", 0, 0),
        practice("b1", 1, 0),
        practice("a3", 0, 1),
        practice("b2", 1, 1),
        practice("b3", 1, 2),
    ],
    retired: &[],
    link_code: 0,
    link_slots: &[],
};

/// Ratings in the order a1, a2, b1, a3, b2, b3.
fn ratings(r: [Option<Rating>; 6]) -> Vec<Option<Rating>> {
    r.to_vec()
}

/// Example 1 of the README: a3 lags behind, b3 runs ahead.
fn example_one() -> Vec<Option<Rating>> {
    ratings([
        Some(Fully),
        Some(Largely),
        Some(Fully),
        Some(Partly),
        Some(Fully),
        Some(Fully),
    ])
}

fn settings(rule: LevelRule) -> ScoringSettings {
    ScoringSettings {
        rule,
        ..ScoringSettings::default()
    }
}

fn ids(model: &Model, practices: &[usize]) -> Vec<&'static str> {
    practices.iter().map(|&i| model.practices[i].id).collect()
}

#[test]
fn example_1_staged_stops_at_the_first_level_with_a_practice_below_the_threshold() {
    let outcome = level_reached(
        &EXAMPLE,
        &example_one(),
        &settings(LevelRule::Staged),
        &|_| true,
    );
    assert_eq!(
        outcome.reached,
        Some(0),
        "L1: b3 at L3 does not count while a3 lags"
    );
    assert_eq!(ids(&EXAMPLE, &outcome.because), vec!["a1", "a2", "b1"]);
    assert_eq!(outcome.next_level, Some(1));
    assert_eq!(outcome.blockers.len(), 1);
    assert_eq!(EXAMPLE.practices[outcome.blockers[0].practice].id, "a3");
    assert_eq!(
        outcome.blockers[0].steps_missing,
        Some(1),
        "Partly is one step below Largely"
    );
    assert_eq!((outcome.rungs_climbed, outcome.rungs_total), (1, 3));
}

#[test]
fn example_2_not_applicable_leaves_numerator_and_denominator() {
    let mut r = example_one();
    r[3] = Some(NotApplicable); // a3
    let outcome = level_reached(&EXAMPLE, &r, &settings(LevelRule::Staged), &|_| true);
    assert_eq!(
        outcome.reached,
        Some(2),
        "with a3 excluded, every level is met"
    );
    assert_eq!(outcome.excluded, 1);
    assert_eq!(outcome.applicable, 5);
    assert_eq!(outcome.share, Some(1.0));
    assert_eq!(outcome.next_level, None);
    assert!(outcome.blockers.is_empty());
}

#[test]
fn example_3_high_water_mark_takes_the_highest_level_with_one_practice_in_place() {
    let outcome = level_reached(
        &EXAMPLE,
        &example_one(),
        &settings(LevelRule::HighWaterMark),
        &|_| true,
    );
    assert_eq!(outcome.reached, Some(2));
    assert_eq!(ids(&EXAMPLE, &outcome.because), vec!["b3"]);
}

#[test]
fn example_4_percentage_needs_the_required_share_at_every_level_up_to_it() {
    let mut s = settings(LevelRule::Percentage);
    s.required_percent = 60;
    let outcome = level_reached(&EXAMPLE, &example_one(), &s, &|_| true);
    assert_eq!(outcome.level_shares, vec![Some(1.0), Some(0.5), Some(1.0)]);
    assert_eq!(outcome.reached, Some(0), "L2 has 50%, below 60%");
    s.required_percent = 50;
    let outcome = level_reached(&EXAMPLE, &example_one(), &s, &|_| true);
    assert_eq!(outcome.reached, Some(2));
}

#[test]
fn example_5_unrated_practices_count_as_not_in_place_and_are_listed_last() {
    let r = ratings([
        None,
        Some(Started),
        Some(NotYet),
        Some(Fully),
        Some(Fully),
        Some(Fully),
    ]);
    let outcome = level_reached(&EXAMPLE, &r, &settings(LevelRule::Staged), &|_| true);
    assert_eq!(outcome.reached, None);
    assert_eq!(outcome.next_level, Some(0));
    let order: Vec<_> = outcome
        .blockers
        .iter()
        .map(|b| (EXAMPLE.practices[b.practice].id, b.steps_missing))
        .collect();
    assert_eq!(order, vec![("a2", Some(2)), ("b1", Some(3)), ("a1", None)]);
    assert_eq!(outcome.rated, 5);
}

#[test]
fn example_6_a_category_is_scored_on_its_own_practices() {
    let a = level_reached(
        &EXAMPLE,
        &example_one(),
        &settings(LevelRule::Staged),
        &|p| p.category == 0,
    );
    let b = level_reached(
        &EXAMPLE,
        &example_one(),
        &settings(LevelRule::Staged),
        &|p| p.category == 1,
    );
    assert_eq!(a.reached, Some(0), "category A is held back by a3");
    assert_eq!(b.reached, Some(2), "category B has every practice in place");
}

#[test]
fn the_threshold_is_a_setting() {
    let mut s = settings(LevelRule::Staged);
    s.threshold = Partly;
    let outcome = level_reached(&EXAMPLE, &example_one(), &s, &|_| true);
    assert_eq!(
        outcome.reached,
        Some(2),
        "with Partly as the bar, a3 counts"
    );
    s.threshold = Fully;
    let outcome = level_reached(&EXAMPLE, &example_one(), &s, &|_| true);
    assert_eq!(
        outcome.reached, None,
        "with Fully as the bar, a2 (Largely) blocks L1"
    );
}

#[test]
fn a_starting_level_that_needs_no_practices_is_always_reached() {
    let model = find_model("cmmi").unwrap();
    assert!(model.levels[0].needs_no_practices);
    let none = vec![None; model.practices.len()];
    let outcome = level_reached(model, &none, &ScoringSettings::default(), &|_| true);
    assert_eq!(outcome.reached, Some(0));
    assert_eq!(outcome.rungs_climbed, 0);
    assert_eq!(outcome.next_level, Some(1));
}

#[test]
fn cd_model_every_base_practice_fully_reaches_base_and_one_at_partly_drops_it() {
    let model = find_model("cd-maturity").unwrap();
    let mut assessment = Assessment::default();
    for p in model.practices.iter().filter(|p| p.level == 0) {
        assessment.set_rating(model.id, p.id, Some(Fully));
    }
    assert_eq!(assessment.model_outcome(model).reached, Some(0));
    assessment.set_rating(model.id, "tv-automatic-unit-tests", Some(Partly));
    let outcome = assessment.model_outcome(model);
    assert_eq!(outcome.reached, None);
    assert_eq!(
        model.practices[outcome.blockers[0].practice].id,
        "tv-automatic-unit-tests"
    );
}

#[test]
fn clearing_a_rating_drops_the_answer_but_keeps_a_note() {
    let mut assessment = Assessment::default();
    assessment.set_rating("cd-maturity", "co-stable-teams", Some(Fully));
    assessment.set_note("cd-maturity", "co-stable-teams", "since March".into());
    assessment.set_rating("cd-maturity", "co-stable-teams", None);
    let answer = assessment.answer("cd-maturity", "co-stable-teams").unwrap();
    assert_eq!((answer.rating, answer.note.as_str()), (None, "since March"));
    assessment.set_note("cd-maturity", "co-stable-teams", String::new());
    assert!(assessment.answers.is_empty(), "an empty answer is not kept");
}

#[test]
fn the_explanation_names_the_rule_and_threshold() {
    let mut s = settings(LevelRule::Percentage);
    s.threshold = Fully;
    s.required_percent = 75;
    assert!(s
        .explanation()
        .starts_with("Percentage: a level is reached when at least 75%"));
    assert!(s.explanation().ends_with("rated Fully or better."));
    assert_eq!(
        LevelRule::from_id("high-water-mark"),
        Some(LevelRule::HighWaterMark)
    );
    assert_eq!(Rating::from_id("not-applicable"), Some(NotApplicable));
}
