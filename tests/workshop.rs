//! Workshop mode: per-practice statistics on a hand-computed board, the discussion order, the
//! suggested consensus and its note, pasting links, the board link and its frozen version 1
//! sample, the JSON file, and properties over arbitrary input.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use rungs::core::assessment::{Assessment, RadarMeasure};
use rungs::core::link_codec::{encode, LinkOptions};
use rungs::core::model::{catalogue, find_model, Model};
use rungs::core::radar_data::SERIES_COLOURS;
use rungs::core::scoring::{LevelRule, Rating, ScoringSettings};
use rungs::core::share::link_table;
use rungs::core::workshop::json::{workshop_from_json, workshop_to_json};
use rungs::core::workshop::{
    add_links, add_participant, decode_workshop, discuss_first, encode_workshop, invite_payload,
    practice_stats, read_invite, spread_note, suggested, team_assessment, workshop_radar, Invite,
    Participant, PracticeStats, Workshop,
};
use std::path::PathBuf;
use Rating::*;

const CD: &str = "cd-maturity";

fn cd() -> &'static Model {
    find_model(CD).unwrap()
}

/// The id of practice `index` of cd-maturity.
fn p(index: usize) -> &'static str {
    cd().practices[index].id
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/workshop")
        .join(name)
}

fn person(name: &str, ratings: &[(usize, Rating)]) -> Participant {
    let mut assessment = Assessment {
        name: name.into(),
        ..Assessment::default()
    };
    for &(practice, rating) in ratings {
        assessment.set_rating(CD, p(practice), Some(rating));
    }
    Participant {
        id: String::new(),
        name: name.into(),
        sent_as: None,
        hidden: false,
        assessment,
    }
}

fn settings(rule: LevelRule, threshold: Rating, required_percent: u8) -> ScoringSettings {
    ScoringSettings {
        rule,
        threshold,
        required_percent,
    }
}

/// Five participants over cd-maturity, one hidden (whose answers must count nowhere). Per
/// practice, the visible answers of A, B, C, D (`-` unrated) and what follows from them:
///
/// | practice | A  | B  | C  | D  | points   | median | spread | mean dev | split |
/// |----------|----|----|----|----|----------|--------|--------|----------|-------|
/// | 0        | Fu | NY | Pa | NA | 4 0 2    | 2      | 4      | 4/3      | yes   |
/// | 1        | La | Pa | La | Pa | 3 2 3 2  | 2.5    | 1      | 0.5      | no    |
/// | 2        | NA | NA | -  | NA | –        | –      | 0      | 0        | no    |
/// | 3        | -  | -  | -  | -  | –        | –      | 0      | 0        | no    |
/// | 4        | St | Fu | -  | -  | 1 4      | 2.5    | 3      | 1.5      | no    |
/// | 5        | Fu | Fu | Fu | Fu | 4 4 4 4  | 4      | 0      | 0        | no    |
/// | 6        | Pa | NA | Pa | -  | 2 2      | 2      | 0      | 0        | yes   |
/// | 7        | NY | La | -  | NA | 0 3      | 1.5    | 3      | 1.5      | yes   |
/// | 8        | La | -  | -  | -  | 3        | 3      | 0      | 0        | no    |
/// | 9        | St | La | St | St | 1 3 1 1  | 1      | 2      | 0.5      | no    |
/// | 10       | NY | Pa | Pa | Pa | 0 2 2 2  | 2      | 2      | 0.5      | no    |
/// | 11       | St | Pa | La | NA | 1 2 3    | 2      | 2      | 2/3      | yes   |
/// | 12       | NY | Fu | NY | NY | 0 4 0 0  | 0      | 4      | 1        | no    |
/// | 13       | NY | Fu | Fu | NY | 0 4 4 0  | 2      | 4      | 2        | no    |
///
/// The hidden participant rates practices 0 to 13 Fully, 3 included.
fn board() -> Workshop {
    let mut w = Workshop::new(
        "Platform team",
        &[CD],
        settings(LevelRule::Percentage, Partly, 60),
    );
    w.participants = vec![
        person(
            "A",
            &[
                (0, Fully),
                (1, Largely),
                (2, NotApplicable),
                (4, Started),
                (5, Fully),
                (6, Partly),
                (7, NotYet),
                (8, Largely),
                (9, Started),
                (10, NotYet),
                (11, Started),
                (12, NotYet),
                (13, NotYet),
            ],
        ),
        person(
            "B",
            &[
                (0, NotYet),
                (1, Partly),
                (2, NotApplicable),
                (4, Fully),
                (5, Fully),
                (6, NotApplicable),
                (7, Largely),
                (9, Largely),
                (10, Partly),
                (11, Partly),
                (12, Fully),
                (13, Fully),
            ],
        ),
        person(
            "C",
            &[
                (0, Partly),
                (1, Largely),
                (5, Fully),
                (6, Partly),
                (9, Started),
                (10, Partly),
                (11, Largely),
                (12, NotYet),
                (13, Fully),
            ],
        ),
        person(
            "D",
            &[
                (0, NotApplicable),
                (1, Partly),
                (2, NotApplicable),
                (5, Fully),
                (7, NotApplicable),
                (9, Started),
                (10, Partly),
                (11, NotApplicable),
                (12, NotYet),
                (13, NotYet),
            ],
        ),
        Participant {
            hidden: true,
            ..person("Hidden", &(0..14).map(|i| (i, Fully)).collect::<Vec<_>>())
        },
    ];
    w.give_ids();
    w
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

// ---------------------------------------------------------------------------------------------
// Statistics

#[test]
fn stats_cover_every_practice_of_every_known_model_in_order() {
    let mut w = board();
    w.models = vec![CD.into(), "no-such-model".into(), "cmmi".into()];
    let stats = practice_stats(&w);
    let cmmi = find_model("cmmi").unwrap();
    assert_eq!(stats.len(), cd().practices.len() + cmmi.practices.len());
    let ids: Vec<(&str, &str)> = stats.iter().map(|s| (s.model.id, s.practice.id)).collect();
    let expected: Vec<(&str, &str)> = cd()
        .practices
        .iter()
        .map(|p| (CD, p.id))
        .chain(cmmi.practices.iter().map(|p| ("cmmi", p.id)))
        .collect();
    assert_eq!(ids, expected);
    // Nobody rated cmmi: four unrated answers each.
    assert!(stats[cd().practices.len()..]
        .iter()
        .all(|s| s.unrated == 4 && s.answers == 0 && s.median.is_none()));
}

#[test]
fn stats_match_the_hand_computed_board() {
    let stats = practice_stats(&board());
    assert_eq!(stats.len(), cd().practices.len());

    let s = &stats[0];
    assert_eq!(s.counts, [1, 0, 1, 0, 1, 1]);
    assert_eq!((s.answers, s.unrated), (4, 0));
    assert_eq!(s.median, Some(2.0)); // odd: 0 2 4
    assert_eq!((s.min, s.max, s.spread), (Some(NotYet), Some(Fully), 4));
    assert!(close(s.mean_deviation, 4.0 / 3.0));
    assert!(s.split_on_applicability);

    let s = &stats[1];
    assert_eq!(s.counts, [0, 0, 2, 2, 0, 0]);
    assert_eq!(s.median, Some(2.5)); // even: 2 2 3 3
    assert_eq!((s.min, s.max, s.spread), (Some(Partly), Some(Largely), 1));
    assert!(close(s.mean_deviation, 0.5));
    assert!(!s.split_on_applicability);

    let s = &stats[2];
    assert_eq!(s.counts, [0, 0, 0, 0, 0, 3]);
    assert_eq!((s.answers, s.unrated), (3, 1));
    assert_eq!((s.median, s.min, s.max, s.spread), (None, None, None, 0));
    assert_eq!(s.mean_deviation, 0.0);
    assert!(!s.split_on_applicability);

    // Only the hidden participant rated practice 3.
    let s = &stats[3];
    assert_eq!(s.counts, [0; 6]);
    assert_eq!((s.answers, s.unrated, s.median), (0, 4, None));

    let s = &stats[4];
    assert_eq!((s.answers, s.unrated), (2, 2));
    assert_eq!(s.median, Some(2.5)); // even: 1 4
    assert_eq!((s.min, s.max, s.spread), (Some(Started), Some(Fully), 3));
    assert!(close(s.mean_deviation, 1.5));

    let s = &stats[5];
    assert_eq!(s.counts, [0, 0, 0, 0, 4, 0]);
    assert_eq!((s.median, s.spread, s.mean_deviation), (Some(4.0), 0, 0.0));

    let s = &stats[6];
    assert_eq!((s.median, s.spread), (Some(2.0), 0));
    assert!(s.split_on_applicability);

    let s = &stats[7];
    assert_eq!(s.median, Some(1.5));
    assert_eq!((s.min, s.max, s.spread), (Some(NotYet), Some(Largely), 3));
    assert!(s.split_on_applicability);

    let s = &stats[8];
    assert_eq!((s.answers, s.median, s.spread), (1, Some(3.0), 0));
    assert_eq!((s.min, s.max), (Some(Largely), Some(Largely)));

    let s = &stats[9];
    assert_eq!((s.median, s.spread), (Some(1.0), 2));
    assert!(close(s.mean_deviation, 0.5));

    let s = &stats[11];
    assert_eq!((s.median, s.spread), (Some(2.0), 2));
    assert!(close(s.mean_deviation, 2.0 / 3.0));
    assert!(s.split_on_applicability);

    let s = &stats[12];
    assert_eq!((s.median, s.spread), (Some(0.0), 4));
    assert!(close(s.mean_deviation, 1.0));

    let s = &stats[13];
    assert_eq!((s.median, s.spread), (Some(2.0), 4));
    assert!(close(s.mean_deviation, 2.0));
}

#[test]
fn hidden_participants_count_nowhere_and_showing_them_counts_them() {
    let mut w = board();
    assert_eq!(w.visible().count(), 4);
    w.participants[4].hidden = false;
    let stats = practice_stats(&w);
    assert_eq!(stats[3].counts, [0, 0, 0, 0, 1, 0]);
    assert_eq!(stats[0].counts, [1, 0, 1, 0, 2, 1]);
    assert_eq!(stats[20].unrated, 5);
}

#[test]
fn discussion_order_puts_the_widest_disagreements_first() {
    let stats = practice_stats(&board());
    let order = discuss_first(&stats);
    // Spread 4: 0 (split), then 13 and 12 by mean deviation. Spread 3: 7 (split), 4. Spread 2:
    // 11 (split), then 9 and 10, tied on everything, in their original order. Spread 1: 1.
    // Spread 0: 6 (split), then 2 and 5, tied. Then practices with fewer than two answers
    // (3 and 8 and every unrated one) in the model's order.
    let mut expected = vec![0, 13, 12, 7, 4, 11, 9, 10, 1, 6, 2, 5, 3, 8];
    expected.extend(14..cd().practices.len());
    assert_eq!(order, expected);
    assert!(discuss_first(&[]).is_empty());
}

#[test]
fn suggestions_round_the_median_down() {
    let stats = practice_stats(&board());
    let suggestions: Vec<Option<Rating>> = stats[..14].iter().map(suggested).collect();
    assert_eq!(
        suggestions,
        vec![
            Some(Partly),        // median 2, one Not applicable ignored
            Some(Partly),        // 2.5 rounds down
            Some(NotApplicable), // every answer Not applicable
            None,                // no answers
            Some(Partly),        // 2.5
            Some(Fully),
            Some(Partly),
            Some(Started), // 1.5
            Some(Largely), // a single answer
            Some(Started),
            Some(Partly),
            Some(Partly),
            Some(NotYet),
            Some(Partly),
        ]
    );
}

#[test]
fn spread_notes_say_count_range_and_median() {
    let stats = practice_stats(&board());
    let notes: Vec<String> = stats[..9].iter().map(spread_note).collect();
    assert_eq!(
        notes,
        vec![
            "Workshop: 4 answers, Not yet to Fully, median Partly (2), 1 Not applicable",
            "Workshop: 4 answers, Partly to Largely, median Partly–Largely (2.5)",
            "Workshop: 3 answers, all Not applicable",
            "Workshop: no answers",
            "Workshop: 2 answers, Started to Fully, median Partly–Largely (2.5)",
            "Workshop: 4 answers, all Fully",
            "Workshop: 3 answers, all Partly, 1 Not applicable",
            "Workshop: 3 answers, Not yet to Largely, median Started–Partly (1.5), 1 Not applicable",
            "Workshop: 1 answer, all Largely",
        ]
    );
}

#[test]
fn the_team_assessment_carries_the_agreed_ratings_with_their_spread() {
    let mut w = board();
    w.agreed.set_rating(CD, p(0), Some(Partly));
    w.agreed.set_rating(CD, p(1), Some(Largely));
    w.agreed
        .set_note(CD, p(1), "Agreed after the release-train story.".into());
    w.agreed.set_rating(CD, p(2), Some(NotApplicable));
    w.agreed
        .set_na_reason(CD, p(2), "No regulated data here.".into());
    w.agreed.set_note(CD, p(3), "Ask the ops team.".into()); // a note without a rating

    let team = team_assessment(&w);
    assert_eq!(team.name, "Platform team (team)");
    assert_eq!(team.settings, w.settings);
    assert_eq!(team.rating(CD, p(0)), Some(Partly));
    assert_eq!(
        team.answer(CD, p(0)).unwrap().note,
        "Workshop: 4 answers, Not yet to Fully, median Partly (2), 1 Not applicable"
    );
    assert_eq!(
        team.answer(CD, p(1)).unwrap().note,
        "Agreed after the release-train story.\n\
         Workshop: 4 answers, Partly to Largely, median Partly–Largely (2.5)"
    );
    let na = team.answer(CD, p(2)).unwrap();
    assert_eq!(na.rating, Some(NotApplicable));
    assert_eq!(na.na_reason, "No regulated data here.");
    assert_eq!(na.note, "Workshop: 3 answers, all Not applicable");
    assert_eq!(team.answer(CD, p(3)).unwrap().note, "Ask the ops team.");
    assert_eq!(team.answer(CD, p(3)).unwrap().rating, None);
    assert_eq!(team.answers[CD].len(), 4);
}

// ---------------------------------------------------------------------------------------------
// Radar

#[test]
fn the_radar_has_a_polygon_per_visible_participant_and_the_median_last() {
    let mut w = board();
    let n = cd().practices.len();
    // Three people over the whole model: all Fully, all Partly (below the threshold), nothing.
    w.participants = vec![
        person("High", &(0..n).map(|i| (i, Fully)).collect::<Vec<_>>()),
        person("Mid", &(0..n).map(|i| (i, Partly)).collect::<Vec<_>>()),
        person("Low", &[]),
        Participant {
            hidden: true,
            ..person("Gone", &[])
        },
    ];
    w.settings = ScoringSettings::default(); // Staged, Largely
    let radar = workshop_radar(cd(), &w);
    let labels: Vec<&str> = radar.series.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["High", "Mid", "Low", "Median"]);
    let colours: Vec<_> = radar.series.iter().map(|s| s.colour).collect();
    assert_eq!(
        colours,
        [
            SERIES_COLOURS[1],
            SERIES_COLOURS[2],
            SERIES_COLOURS[3],
            SERIES_COLOURS[0]
        ]
    );
    assert!(radar.series[0].values.iter().all(|&v| v > 0.0));
    assert_eq!(radar.series[1].values, radar.series[2].values);
    assert_ne!(radar.series[0].shown, radar.series[2].shown);
    // The median of {top, 0, 0} is 0 on every axis, shown as the participants show it.
    assert_eq!(radar.series[3].values, radar.series[2].values);
    assert_eq!(radar.series[3].shown, radar.series[2].shown);
    assert_eq!(radar.axes.len(), cd().categories.len());
    assert!(radar.description.contains("Median"));

    // Two people: the median is halfway and named by both ends.
    w.participants.truncate(2);
    // The board's measure is the board's own (its agreed assessment's), not a participant's.
    w.participants[0].assessment.radar_measure = RadarMeasure::Level;
    w.agreed.radar_measure = RadarMeasure::Share;
    let radar = workshop_radar(cd(), &w);
    let median = radar.series.last().unwrap();
    assert!(median.values.iter().all(|&v| close(v, 0.5)));
    assert!(median.shown.iter().all(|s| s == "50%"));

    w.participants.clear();
    assert!(workshop_radar(cd(), &w).series.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Pasting links

fn shared(assessment: &Assessment, models: &[&str], name: bool, notes: bool) -> String {
    encode(
        assessment,
        models,
        &link_table(),
        &LinkOptions {
            include_name: name,
            include_notes: notes,
        },
    )
}

#[test]
fn pasting_many_links_adds_each_one_it_can_in_order() {
    let mut w = Workshop::new("Retro", &[CD], ScoringSettings::default());
    let ann = person("Ann", &[(0, Fully), (1, Partly)]).assessment;
    let bob = person("Bob", &[(0, NotYet)]).assessment;
    let other_ann = person("Ann", &[(0, Started)]).assessment;
    let nobody = person("ignored", &[(2, Largely)]).assessment;
    let mut cat = Assessment {
        name: "Cat".into(),
        ..Assessment::default()
    };
    cat.set_rating(
        "cmmi",
        find_model("cmmi").unwrap().practices[0].id,
        Some(Fully),
    );
    let mut dana = person("Dana", &[(3, Largely)]).assessment;
    dana.set_note(CD, p(3), "Only on the web team.".into());
    dana.set_rating(
        "cmmi",
        find_model("cmmi").unwrap().practices[0].id,
        Some(Fully),
    );

    let ann_link = format!(
        "https://rungs.example.org/teams/platform/#/s/{}",
        shared(&ann, &[CD], true, false)
    );
    let text = format!(
        "{ann_link}\n  {}, https://rungs.example/#/s/BJQ*broken\n{} {ann_link}\r\n\n{},{}\t{}\n",
        shared(&bob, &[CD], true, false),
        shared(&cat, &["cmmi"], true, false),
        shared(&other_ann, &[CD], true, false),
        shared(&nobody, &[CD], false, false),
        shared(&dana, &[CD, "cmmi"], true, true),
    );
    let pasted = add_links(&mut w, &text, &link_table());
    let outcomes: Vec<Result<&str, &str>> = pasted
        .iter()
        .map(|p| {
            p.outcome
                .as_ref()
                .map(String::as_str)
                .map_err(String::as_str)
        })
        .collect();
    let broken = "This link contains a character that does not belong in it ('*' at position 4); \
                  it may have been changed while being copied. Ask for the link again.";
    assert_eq!(
        outcomes,
        vec![
            Ok("Ann"),
            Ok("Bob"),
            Err(broken),
            Err(
                "These answers rate CMMI maturity levels, not this workshop's Continuous Delivery \
                 Maturity Model."
            ),
            Ok("Ann (2)"),
            Ok("Participant 4"),
            Ok("Dana"),
        ]
    );
    // The second copy of Ann's link in the same paste is counted, not listed (C4).
    let skipped: Vec<usize> = pasted.iter().map(|p| p.copies_skipped).collect();
    assert_eq!(skipped, [1, 0, 0, 0, 0, 0, 0]);
    assert_eq!(pasted[0].text.chars().count(), 60);
    assert!(pasted[0]
        .text
        .starts_with("https://rungs.example.org/teams/platform/#/s/"));
    assert!(pasted[0].text.ends_with('…'));
    assert_eq!(pasted[2].text, "https://rungs.example/#/s/BJQ*broken");

    let names: Vec<&str> = w.participants.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Ann", "Bob", "Ann (2)", "Participant 4", "Dana"]);
    assert!(w.participants.iter().all(|p| !p.hidden));
    assert!(w.participants.iter().all(|p| p.assessment.name == p.name));
    assert_eq!(w.participants[0].assessment.answers, ann.answers);
    assert_eq!(w.participants[2].assessment.rating(CD, p(0)), Some(Started));
    assert_eq!(w.participants[3].assessment.rating(CD, p(2)), Some(Largely));
    // Dana's cmmi answers are dropped, her note on a workshop practice is kept.
    let dana_added = &w.participants[4].assessment;
    assert_eq!(dana_added.answers.keys().collect::<Vec<_>>(), [CD]);
    assert_eq!(
        dana_added.answer(CD, p(3)).unwrap().note,
        "Only on the web team."
    );

    // Pasting the same batch again adds nothing.
    let again = add_links(&mut w, &text, &link_table());
    assert_eq!(w.participants.len(), 5);
    let refused: Vec<&str> = again
        .iter()
        .filter_map(|p| p.outcome.as_ref().err().map(String::as_str))
        .collect();
    assert_eq!(refused.len(), 7);
    assert!(refused.contains(&"These answers are already on the board, as Ann (2)."));
    assert!(refused.contains(&"These answers are already on the board, as Participant 4."));

    // A third Ann.
    let third = person("Ann", &[(0, Largely)]).assessment;
    let pasted = add_links(&mut w, &shared(&third, &[CD], true, false), &link_table());
    assert_eq!(pasted[0].outcome, Ok("Ann (3)".into()));
    assert!(add_links(&mut w, " \n, ,", &link_table()).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Board link

/// Twelve participants over cd-maturity with varied settings, names, measures and hidden flags,
/// and an agreement on some practices.
fn twelve() -> Workshop {
    let mut w = Workshop::new(
        "Checkout — Q3 🚀",
        &[CD],
        settings(LevelRule::HighWaterMark, Fully, 55),
    );
    let n = cd().practices.len();
    for i in 0..12 {
        let ratings: Vec<(usize, Rating)> = (0..n)
            .filter(|j| (i + j) % 5 != 0)
            .map(|j| (j, Rating::ALL[(i * 7 + j * 3) % 6]))
            .collect();
        let mut one = person(&format!("Person {i} «x»"), &ratings);
        one.hidden = i % 4 == 3;
        if i % 3 == 0 {
            one.assessment.radar_measure = RadarMeasure::Share;
            one.assessment.settings = settings(LevelRule::Percentage, Started, 100);
        }
        w.participants.push(one);
    }
    for j in (0..n).step_by(3) {
        w.agreed.set_rating(CD, p(j), Some(Rating::ALL[j % 6]));
    }
    w.agreed
        .set_note(CD, p(3), "Agreed: weekly release.".into());
    w.agreed
        .set_na_reason(CD, p(6), "Not for this product.".into());
    w.give_ids();
    w
}

/// All four models, the agreement partly made, and a hidden participant.
fn all_models() -> Workshop {
    let ids: Vec<&str> = catalogue().iter().map(|m| m.id).rev().collect();
    let mut w = Workshop::new("Everything", &ids, ScoringSettings::default());
    for (i, name) in ["Ann", "Shared assessment", ""].iter().enumerate() {
        let mut assessment = Assessment {
            name: name.to_string(),
            ..Assessment::default()
        };
        for model in catalogue() {
            for (j, practice) in model.practices.iter().enumerate() {
                if (i + j) % 3 != 2 {
                    assessment.set_rating(model.id, practice.id, Some(Rating::ALL[(i + j) % 6]));
                }
            }
        }
        w.participants.push(Participant {
            id: String::new(),
            name: name.to_string(),
            sent_as: None,
            hidden: i == 1,
            assessment,
        });
    }
    let cmmi = find_model("cmmi").unwrap();
    w.agreed
        .set_rating("cmmi", cmmi.practices[1].id, Some(Largely));
    w.give_ids();
    w
}

#[test]
fn boards_round_trip_through_their_link() {
    let table = link_table();
    for w in [twelve(), all_models(), board()] {
        let payload = encode_workshop(&w, &table);
        assert!(payload.starts_with("W2~C"), "{payload}");
        assert_eq!(
            payload.matches('~').count(),
            w.participants.len() + 1,
            "{payload}"
        );
        assert_eq!(decode_workshop(&payload, &table), Ok(w.clone()));
    }
}

#[test]
fn the_board_link_keeps_its_models_when_nothing_is_rated() {
    let table = link_table();
    let w = Workshop::new("Empty", &["mlops-google", CD], ScoringSettings::default());
    let payload = encode_workshop(&w, &table);
    let back = decode_workshop(&payload, &table).unwrap();
    assert_eq!(back.models, ["mlops-google", CD]);
    assert_eq!(back, w);
}

#[test]
fn participant_notes_stay_off_the_board_link() {
    let table = link_table();
    let mut w = twelve();
    w.participants[0]
        .assessment
        .set_note(CD, p(1), "private".into());
    w.participants[0].assessment.set_rating(
        "cmmi",
        find_model("cmmi").unwrap().practices[0].id,
        Some(Fully),
    );
    let back = decode_workshop(&encode_workshop(&w, &table), &table).unwrap();
    assert_eq!(back, twelve());
}

#[test]
fn percent_encoded_separators_still_decode() {
    let table = link_table();
    let w = twelve();
    let payload = encode_workshop(&w, &table)
        .replace('~', "%7E")
        .replace('!', "%21");
    assert_eq!(decode_workshop(&payload, &table), Ok(w));
}

/// `w` as it was made before the progress measure became the default: every radar that was
/// not the share one is the level one. What the frozen files of that time read as.
fn with_level_radars(mut w: Workshop) -> Workshop {
    let assessments = w
        .participants
        .iter_mut()
        .map(|one| &mut one.assessment)
        .chain([&mut w.agreed]);
    for a in assessments {
        if a.radar_measure == RadarMeasure::Progress {
            a.radar_measure = RadarMeasure::Level;
        }
    }
    w
}

/// A board made by this version, frozen: it must decode the same forever.
#[test]
fn the_frozen_version_1_board_still_decodes() {
    let table = link_table();
    let text = std::fs::read_to_string(fixture("board-v1.txt")).unwrap();
    assert_eq!(
        decode_workshop(text.trim(), &table),
        Ok(with_level_radars(twelve()))
    );
}

/// A version 2 board, frozen: it must decode the same forever, with its workshop identity.
#[test]
fn the_frozen_version_2_board_still_decodes() {
    let table = link_table();
    let text = std::fs::read_to_string(fixture("board-v2.txt")).unwrap();
    let mut expected = twelve();
    expected.id = "w0b0a2d5e".into();
    assert_eq!(decode_workshop(text.trim(), &table), Ok(expected.clone()));
    assert_eq!(encode_workshop(&expected, &table), text.trim());
}

#[test]
fn broken_board_links_say_what_is_wrong() {
    let table = link_table();
    let good = encode_workshop(&twelve(), &table);
    let error = |payload: &str| decode_workshop(payload, &table).unwrap_err();

    assert!(error("").contains("no workshop in it"));
    assert!(error("hello").contains("not a workshop link"));
    assert!(error("W1").contains("cut short"));
    assert!(error("W2").contains("cut short"));
    assert!(error(&good.replacen("W2~", "W3~", 1)).contains("newer Rungs"));
    assert!(error("W17~whatever").contains("newer Rungs"));
    assert!(error(&good[2..]).contains("not a workshop link"));
    assert!(error(&"W2~C".repeat(60_000)).contains("too long"));

    let agreed_broken = good.replacen("W2~C", "W2~C*", 1);
    assert!(error(&agreed_broken).starts_with("The agreed ratings in this workshop link"));

    // Participant 3's segment cut short (segment 0 is the version, 1 the agreement), then
    // participant 4's (a hidden one) given a foreign character.
    let segments: Vec<&str> = good.split('~').collect();
    assert!(segments[4].starts_with('C') && segments[5].starts_with("!C"));
    let mut cut = segments.clone();
    cut[4] = &segments[4][..5];
    let message = error(&cut.join("~"));
    assert!(message.starts_with("Participant 3 in this workshop link cannot be read:"));
    assert!(
        message.contains("cut short") || message.contains("damaged"),
        "{message}"
    );
    let mut bad = segments.clone();
    let damaged = format!("{}*", segments[5]);
    bad[5] = &damaged;
    assert!(error(&bad.join("~")).starts_with("Participant 4 in this workshop link"));
    let message = error(&format!("{good}~"));
    assert!(message.starts_with("Participant 13 "), "{message}");
}

#[test]
fn invitations_carry_name_settings_and_models_only() {
    let table = link_table();
    let w = all_models();
    let payload = invite_payload(&w, &table);
    assert!(!payload.contains('~'));
    let invite = read_invite(&payload, &table).unwrap();
    assert_eq!(
        invite,
        Invite {
            id: String::new(),
            name: "Everything".into(),
            models: w.models.clone(),
            settings: w.settings,
        }
    );
    // It is a share link of an unrated assessment: anyone can open it as one.
    let opened = rungs::core::share::open_payload(&payload).unwrap();
    assert!(opened.assessment.answers.is_empty());

    let board = encode_workshop(&w, &table);
    assert!(read_invite(&board, &table)
        .unwrap_err()
        .contains("board link"));
    assert!(read_invite("", &table)
        .unwrap_err()
        .contains("no assessment"));
    assert!(read_invite("BJQA", &table)
        .unwrap_err()
        .contains("no maturity model"));
}

// ---------------------------------------------------------------------------------------------
// JSON

#[test]
fn boards_round_trip_through_json() {
    let mut w = twelve();
    w.participants[2]
        .assessment
        .set_note(CD, p(0), "line 1\n\"quoted\" — ünï".into());
    w.participants[2].name = "Displayed differently".into();
    w.models.push("retired-model".into());
    for w in [
        w,
        all_models(),
        board(),
        Workshop::new("", &[], Default::default()),
    ] {
        let text = workshop_to_json(&w);
        assert_eq!(workshop_from_json(&text), Ok(w.clone()), "{text}");
        assert_eq!(workshop_to_json(&workshop_from_json(&text).unwrap()), text);
    }
}

#[test]
fn the_json_reads_as_documented() {
    let w = Workshop::new("Tiny", &[CD], ScoringSettings::default());
    assert_eq!(
        workshop_to_json(&w),
        "{\n  \"rungs\": \"workshop\",\n  \"schema\": 1,\n  \"name\": \"Tiny\",\n  \
         \"models\": [\n    \"cd-maturity\"\n  ],\n  \"rule\": \"staged\",\n  \
         \"threshold\": \"largely\",\n  \"required_percent\": 80,\n  \"participants\": [],\n  \
         \"agreed\": {\n    \"name\": \"Tiny\",\n    \"rule\": \"staged\",\n    \
         \"threshold\": \"largely\",\n    \"required_percent\": 80,\n    \"radar\": \"progress\"\n  \
         }\n}\n"
    );
}

/// A board file written by this version, frozen: it must read the same forever.
#[test]
fn the_frozen_schema_1_file_still_reads() {
    let text = std::fs::read_to_string(fixture("v1.json")).unwrap();
    let mut expected = with_level_radars(board());
    expected.participants[1]
        .assessment
        .set_note(CD, p(0), "We never measured it.".into());
    assert_eq!(workshop_from_json(&text), Ok(expected));
}

#[test]
fn damaged_json_says_where() {
    let good = workshop_to_json(&board());
    let error = |text: &str| workshop_from_json(text).unwrap_err();

    assert!(error("{").contains("not valid JSON"));
    assert!(error("[]").contains("not a Rungs workshop"));
    assert!(error("{\"rungs\": \"store\", \"schema\": 1}").contains("not a Rungs workshop"));
    let newer = good.replacen("\"schema\": 1", "\"schema\": 2", 1);
    assert!(error(&newer).contains("written by a newer version of Rungs (format 2"));
    assert!(error(&good.replacen("\"schema\": 1", "\"schema\": 0.5", 1)).contains("schema:"));
    let absurd = error(&good.replacen("\"schema\": 1", "\"schema\": 1e300", 1));
    assert!(absurd.contains("found 1e300"), "{absurd}");

    let bad_rating = good.replacen("\"rating\": \"fully\"", "\"rating\": \"great\"", 1);
    let message = error(&bad_rating);
    assert!(
        message.contains("participant 1 › assessment › answers › cd-maturity › ")
            && message.contains("unknown rating \"great\""),
        "{message}"
    );
    let message = error(&good.replacen("\"hidden\": false", "\"hidden\": \"no\"", 1));
    assert!(
        message.contains("participant 1 › hidden: expected true or false, found text"),
        "{message}"
    );
    let message = error(&good.replacen("\"rule\": \"percentage\"", "\"rule\": \"vote\"", 1));
    assert!(message.contains("rule: unknown rule \"vote\""), "{message}");
    let message = error("{\"rungs\": \"workshop\", \"schema\": 1, \"models\": [\"a\", 3, \"a\"]}");
    assert!(message.contains("name: missing"), "{message}");
    assert!(
        message.contains("models › 2: expected text, found a number"),
        "{message}"
    );
    assert!(
        message.contains("models › 3: \"a\" is listed twice"),
        "{message}"
    );
    assert!(message.contains("participants: missing"), "{message}");
    assert!(message.contains("agreed: missing"), "{message}");
}

// ---------------------------------------------------------------------------------------------
// Properties

/// A workshop over a random choice of the shipped models, with random participants (no notes:
/// those stay off the board link) and a random, partly made agreement.
fn any_workshop() -> impl Strategy<Value = Workshop> {
    let ids: Vec<&'static str> = catalogue().iter().map(|m| m.id).collect();
    let total: usize = catalogue().iter().map(|m| m.practices.len()).sum();
    let rating = || prop::option::of(prop::sample::select(Rating::ALL.to_vec()));
    let person = (
        prop_oneof![any::<String>(), "[A-Za-z ]{0,10}"],
        any::<bool>(),
        prop::sample::select(RadarMeasure::ALL.to_vec()),
        prop::collection::vec(rating(), total),
    );
    (
        prop::sample::subsequence(ids, 0..=4).prop_shuffle(),
        any::<String>(),
        prop::sample::select(LevelRule::ALL.to_vec()),
        prop::sample::select(Rating::THRESHOLDS.to_vec()),
        1u8..=100,
        prop::collection::vec(person, 0..6),
        prop::collection::vec((rating(), "[a-z ]{0,8}"), total),
    )
        .prop_map(|(models, name, rule, threshold, percent, people, agreed)| {
            let mut w = Workshop::new(&name, &models, settings(rule, threshold, percent));
            let practices: Vec<(&str, &str)> = catalogue()
                .iter()
                .flat_map(|m| m.practices.iter().map(move |p| (m.id, p.id)))
                .collect();
            let chosen = |model: &str| models.contains(&model);
            for ((model, practice), (rating, note)) in practices.iter().zip(agreed) {
                if chosen(model) {
                    w.agreed.set_rating(model, practice, rating);
                    w.agreed.set_note(model, practice, note);
                }
            }
            for (name, hidden, radar_measure, ratings) in people {
                let mut assessment = Assessment {
                    name: name.clone(),
                    radar_measure,
                    ..Assessment::default()
                };
                for ((model, practice), rating) in practices.iter().zip(ratings) {
                    if chosen(model) {
                        assessment.set_rating(model, practice, rating);
                    }
                }
                // Some participants from a file written before Rungs kept the name sent under.
                let sent_as = (name.len() % 2 == 0).then(|| format!("{name} as sent"));
                w.participants.push(Participant {
                    id: String::new(),
                    name,
                    sent_as,
                    hidden,
                    assessment,
                });
            }
            w.give_ids();
            w
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn random_boards_round_trip_through_link_and_json(w in any_workshop()) {
        let table = link_table();
        let payload = encode_workshop(&w, &table);
        // A board link does not carry the names participants were sent under.
        let mut linked = w.clone();
        for p in &mut linked.participants {
            p.sent_as = None;
        }
        prop_assert_eq!(decode_workshop(&payload, &table), Ok(linked));
        prop_assert_eq!(workshop_from_json(&workshop_to_json(&w)), Ok(w.clone()));
        let invite = read_invite(&invite_payload(&w, &table), &table);
        if w.models.is_empty() {
            prop_assert!(invite.is_err());
        } else {
            prop_assert_eq!(invite, Ok(Invite {
                id: w.id.clone(),
                name: w.name.clone(),
                models: w.models.clone(),
                settings: w.settings,
            }));
        }
    }

    #[test]
    fn statistics_hold_together_on_random_boards(w in any_workshop()) {
        let stats = practice_stats(&w);
        let visible = w.visible().count();
        for s in &stats {
            prop_assert_eq!(s.answers + s.unrated, visible);
            prop_assert_eq!(s.counts.iter().sum::<usize>(), s.answers);
            if let (Some(min), Some(max), Some(median)) = (s.min, s.max, s.median) {
                let (low, high) = (min.points().unwrap(), max.points().unwrap());
                prop_assert!(f64::from(low) <= median && median <= f64::from(high));
                prop_assert_eq!(s.spread, high - low);
            }
            prop_assert!(suggested(s).is_some() == (s.answers > 0));
            prop_assert!(spread_note(s).starts_with("Workshop: "));
        }
        let mut order = discuss_first(&stats);
        order.sort_unstable();
        prop_assert_eq!(order, (0..stats.len()).collect::<Vec<_>>());
        let _ = team_assessment(&w);
        for model in catalogue() {
            let _ = workshop_radar(model, &w);
        }
    }

    #[test]
    fn any_text_opens_without_panicking(text in any::<String>()) {
        let table = link_table();
        let _ = decode_workshop(&text, &table);
        let _ = read_invite(&text, &table);
        let _ = workshop_from_json(&text);
        let mut w = Workshop::new("W", &[CD], ScoringSettings::default());
        let _ = add_links(&mut w, &text, &table);
    }

    #[test]
    fn board_shaped_text_opens_without_panicking(
        text in "W1(~!?B[A-Za-z0-9_-]{0,40}(\\.[A-Za-z0-9_-]{0,30})?){0,5}~?(%7E|%21|~|!)?",
    ) {
        let table = link_table();
        let _ = decode_workshop(&text, &table);
        let _ = read_invite(&text, &table);
    }

    #[test]
    fn damaged_boards_open_without_panicking(
        w in any_workshop(),
        index in any::<prop::sample::Index>(),
        replacement in "[A-Za-z0-9_.~!-]",
    ) {
        let table = link_table();
        let payload = encode_workshop(&w, &table);
        let at = index.index(payload.len());
        let damaged = format!("{}{}{}", &payload[..at], replacement, &payload[at + 1..]);
        let _ = decode_workshop(&damaged, &table);
        let _ = decode_workshop(&payload[..at], &table);
    }
}

/// Sanity for the statistics' types: a board with nobody on it.
#[test]
fn an_empty_board_has_statistics_but_nothing_to_discuss() {
    let w = Workshop::new("Nobody", &[CD], ScoringSettings::default());
    let stats: Vec<PracticeStats> = practice_stats(&w);
    assert_eq!(stats.len(), cd().practices.len());
    assert!(stats.iter().all(|s| s.answers == 0 && s.unrated == 0));
    assert_eq!(discuss_first(&stats), (0..stats.len()).collect::<Vec<_>>());
    assert!(team_assessment(&w).answers.is_empty());
}

#[test]
fn assessments_from_a_file_are_named_and_checked_like_pasted_links() {
    let mut w = Workshop::new("Offsite", &[CD], ScoringSettings::default());
    let ann = person("Ann", &[(0, Fully), (1, Partly)]).assessment;
    let cd_only = vec![CD.to_string()];
    assert_eq!(
        add_participant(&mut w, ann.clone(), &cd_only),
        Ok("Ann".into())
    );
    assert_eq!(
        add_participant(&mut w, ann, &cd_only),
        Err("These answers are already on the board, as Ann.".into())
    );
    let other_ann = person("Ann", &[(0, NotYet)]).assessment;
    assert_eq!(
        add_participant(&mut w, other_ann, &cd_only),
        Ok("Ann (2)".into())
    );
    let mut cmmi = Assessment::default();
    cmmi.set_rating("cmmi", "est", Some(Fully));
    let refused = add_participant(&mut w, cmmi, &["cmmi".to_string()]).unwrap_err();
    assert!(refused.contains("not this workshop"), "{refused}");
    assert_eq!(w.participants.len(), 2);
}

/// W3 of the hostile test: after Bob was renamed Robert, pasting Bob's link again added him a
/// second time, counted twice in every median. A repeat is now known by its answers.
#[test]
fn a_renamed_participant_pasted_again_is_refused_by_their_answers() {
    let mut w = Workshop::new("Team", &[CD], ScoringSettings::default());
    let bob = person("Bob", &[(0, Fully), (1, Partly)]).assessment;
    let link = shared(&bob, &[CD], true, false);
    assert_eq!(
        add_links(&mut w, &link, &link_table())[0].outcome,
        Ok("Bob".into())
    );
    w.participants[0].name = "Robert".into();
    let again = add_links(&mut w, &link, &link_table());
    assert_eq!(
        again[0].outcome,
        Err("These answers are already on the board, as Robert.".into())
    );
    assert_eq!(w.participants.len(), 1);
    // Two people with nothing rated are told apart by name, as before.
    let empty = |name: &str| shared(&person(name, &[]).assessment, &[CD], true, false);
    assert!(add_links(&mut w, &empty("Cem"), &link_table())[0]
        .outcome
        .is_ok());
    assert!(add_links(&mut w, &empty("Dee"), &link_table())[0]
        .outcome
        .is_ok());
}

/// Two people who answered alike are two participants, however their answers reach the board:
/// a repeat is the same answers sent under the same name. Before, the second was refused as
/// "already on the board", and a board link or file carrying both dropped one on opening.
#[test]
fn two_people_who_answered_alike_are_both_counted() {
    let mut w = Workshop::new("Team", &[CD], ScoringSettings::default());
    let ratings = [(0, Fully), (1, Partly)];
    let ann = shared(&person("Ann", &ratings).assessment, &[CD], true, false);
    let bob = shared(&person("Bob", &ratings).assessment, &[CD], true, false);
    let pasted = add_links(&mut w, &format!("{ann}\n{bob}"), &link_table());
    let outcomes: Vec<_> = pasted.iter().map(|p| p.outcome.clone()).collect();
    assert_eq!(outcomes, [Ok("Ann".to_string()), Ok("Bob".to_string())]);
    // Ann, renamed on the board, is still recognised by the name she sent her answers under,
    // also once the board has gone through its file.
    w.participants[0].name = "Ann (ops)".into();
    let mut reopened = workshop_from_json(&workshop_to_json(&w)).unwrap();
    assert_eq!(
        add_links(&mut reopened, &ann, &link_table())[0].outcome,
        Err("These answers are already on the board, as Ann (ops).".into())
    );
    // A board link carries both, and opening it keeps both.
    let mut opened = decode_workshop(&encode_workshop(&w, &link_table()), &link_table()).unwrap();
    assert_eq!(opened.drop_repeats(), Vec::<String>::new());
    assert_eq!(opened.participants.len(), 2);
    let mut from_file = workshop_from_json(&workshop_to_json(&w)).unwrap();
    assert_eq!(from_file.drop_repeats(), Vec::<String>::new());
    // Unnamed results with the same answers cannot be told apart: the second is a repeat.
    let unnamed = shared(&person("", &ratings).assessment, &[CD], false, false);
    assert_eq!(
        add_links(&mut w, &unnamed, &link_table())[0].outcome,
        Ok("Participant 3".into())
    );
    assert_eq!(
        add_links(&mut w, &unnamed, &link_table())[0].outcome,
        Err("These answers are already on the board, as Participant 3.".into())
    );
}

/// C3 and C14 of the hostile test: links that are not results say what they are.
#[test]
fn links_that_are_not_results_say_what_they_are() {
    let mut w = Workshop::new("Team", &[CD], ScoringSettings::default());
    w.id = "w1".into();
    let invite = format!(
        "https://x.example/#/join/{}",
        invite_payload(&w, &link_table())
    );
    let outcome = |text: &str| {
        add_links(&mut w.clone(), text, &link_table())[0]
            .outcome
            .clone()
    };
    assert!(outcome(&invite).unwrap_err().contains("invitation link"));
    assert!(outcome("hello")
        .unwrap_err()
        .contains("not a Rungs share link"));
    assert!(outcome("https://x.example/#/s/AAAA")
        .unwrap_err()
        .contains("not a Rungs share link"));
    assert!(outcome("https://x.example/#/model/cmmi")
        .unwrap_err()
        .contains("not a participant's result"));
    // A result can still not be an invitation.
    let mut ann = person("Ann", &[(0, Fully)]).assessment;
    let result = shared(&ann, &[CD], true, false);
    assert!(read_invite(&result, &link_table())
        .unwrap_err()
        .contains("result link"));
    // A result made from another workshop's invitation is refused.
    ann.workshop = "w2".into();
    let foreign = shared(&ann, &[CD], true, false);
    assert!(outcome(&foreign).unwrap_err().contains("another workshop"));
}

/// W3 of the hostile test: a workshop link carrying the same result 200 times loaded 200
/// participants, all counted. Opening a board keeps each set of answers once.
#[test]
fn a_board_with_the_same_answers_many_times_keeps_them_once() {
    let mut w = Workshop::new("Team", &[CD], ScoringSettings::default());
    let ann = person("Ann", &[(0, Fully), (1, Partly)]);
    for _ in 0..200 {
        w.participants.push(ann.clone());
    }
    w.participants.push(person("Nobody rated", &[]));
    w.participants.push(person("Nobody either", &[]));
    w.give_ids();
    let payload = encode_workshop(&w, &link_table());
    let mut opened = decode_workshop(&payload, &link_table()).unwrap();
    let dropped = opened.drop_repeats();
    assert_eq!(dropped.len(), 199);
    let names: Vec<&str> = opened
        .participants
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Ann", "Nobody rated", "Nobody either"]);
}
