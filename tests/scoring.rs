//! The level rules, pinned with the worked examples of the README's "How levels are computed" and
//! the in-app help: a three-level model with two categories and six practices.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used)]

use rungs::core::assessment::{radar_value, Assessment, RadarMeasure};
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

/// Example 7 of the README: level and progress, the levels reached plus the share of the
/// next level in place, under each rule.
#[test]
fn example_7_progress_adds_the_share_of_the_next_level_in_place() {
    let progress = |r: &[Option<Rating>], s: &ScoringSettings| {
        let outcome = level_reached(&EXAMPLE, r, s, &|_| true);
        (outcome.progress, outcome.progress_words(&EXAMPLE))
    };
    let mut percentage = settings(LevelRule::Percentage);
    percentage.required_percent = 60;

    // Example 1's ratings: L1 reached, and b2 of a3 and b2 in place at L2.
    let one = example_one();
    let l1_and_half = (1.5, "L1, 50% of L2".to_string());
    assert_eq!(progress(&one, &settings(LevelRule::Staged)), l1_and_half);
    assert_eq!(progress(&one, &percentage), l1_and_half);
    assert_eq!(
        progress(&one, &settings(LevelRule::HighWaterMark)),
        (3.0, "L3".to_string()),
        "at the top, nothing more to add"
    );

    // a2 at Partly as well: staged, L1 is lost, but two of its three practices are in place.
    let mut two = example_one();
    two[1] = Some(Partly);
    let (value, words) = progress(&two, &settings(LevelRule::Staged));
    assert!((value - 2.0 / 3.0).abs() < 1e-9, "{value}");
    assert_eq!(words, "Below L1, 67% of L1");
    // 67% of L1 is enough at 60%; L2 stays at 50%.
    assert_eq!(progress(&two, &percentage), l1_and_half);
    assert_eq!(
        progress(&two, &settings(LevelRule::HighWaterMark)),
        (3.0, "L3".to_string())
    );

    // High-water mark below the top: b2 in place at L2, nothing at L3.
    let mut three = example_one();
    three[5] = Some(Started);
    assert_eq!(
        progress(&three, &settings(LevelRule::HighWaterMark)),
        (2.0, "L2, 0% of L3".to_string())
    );

    // On the radar, the progress measure is that value over the number of rungs; the level
    // measure shows only the rungs.
    let outcome = level_reached(&EXAMPLE, &two, &settings(LevelRule::Staged), &|_| true);
    assert!((radar_value(&outcome, RadarMeasure::Progress) - 2.0 / 9.0).abs() < 1e-9);
    assert_eq!(radar_value(&outcome, RadarMeasure::Level), 0.0);
}

/// The team: every Continuous Delivery practice Fully but one Base practice Partly.
/// Staged, it stays below Base, yet its progress shows nearly all of Base in place, and every
/// category holding a Base practice shows the same, where the level radar showed nothing.
#[test]
fn one_base_practice_short_still_shows_progress_on_every_axis() {
    let model = find_model("cd-maturity").unwrap();
    let mut assessment = Assessment::default();
    for p in model.practices {
        assessment.set_rating(model.id, p.id, Some(Fully));
    }
    assessment.set_rating(model.id, "tv-automatic-unit-tests", Some(Partly));
    let outcome = assessment.model_outcome(model);
    let base = model.practices.iter().filter(|p| p.level == 0).count();
    assert_eq!(outcome.reached, None);
    assert!((outcome.progress - (base - 1) as f64 / base as f64).abs() < 1e-9);
    assert_eq!(
        outcome.progress_words(model),
        format!(
            "Below Base, {}% of Base",
            (100.0 * (base - 1) as f64 / base as f64).round()
        )
    );
    for (category, _) in model.categories.iter().enumerate() {
        let outcome = level_reached(
            model,
            &assessment.ratings_for(model),
            &ScoringSettings::default(),
            &|p| p.category == category,
        );
        assert!(radar_value(&outcome, RadarMeasure::Progress) > 0.0);
    }
}

/// A level with no applicable practice in a set asks nothing of it: after a run of met levels it
/// is reached too, so a category whose practices all sit at the lower levels, all in place,
/// stands at the top like the others.
#[test]
fn a_level_with_nothing_applicable_is_reached_after_the_levels_below() {
    // Category A has nothing at L3.
    let all_fully = ratings([Some(Fully); 6]);
    for rule in [LevelRule::Staged, LevelRule::Percentage] {
        let a = level_reached(&EXAMPLE, &all_fully, &settings(rule), &|p| p.category == 0);
        assert_eq!(a.reached, Some(2), "{rule:?}");
        assert_eq!((a.rungs_climbed, a.progress), (3, 3.0));
    }
    // It never lifts a set past a level that is not met.
    let a = level_reached(
        &EXAMPLE,
        &example_one(),
        &settings(LevelRule::Staged),
        &|p| p.category == 0,
    );
    assert_eq!(a.reached, Some(0));
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
