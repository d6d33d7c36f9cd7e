//! The share-link codec: round trips, the frozen version 1 links of `fixtures/links/v1.txt`,
//! links from older and newer model tables, every error, and properties over arbitrary input.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use rungs::core::assessment::{Assessment, RadarMeasure};
use rungs::core::link_codec::{
    check, decode, encode, minimum_chars, DecodedLink, LinkError, LinkIdentity, LinkModel,
    LinkOptions, LinkWarning, FIRST_NAMED_CODE, MAX_PAYLOAD_CHARS,
};
use rungs::core::scoring::{LevelRule, Rating, ScoringSettings};
use std::collections::BTreeMap;
use Rating::*;

const ALPHA: &[&str] = &["a1", "a2", "a3", "a4", "a5"];
const BETA: &[&str] = &["b1", "b2", "b3", "b4"];
const GAMMA: &[&str] = &["g1", "g-retired", "g3"];
const ALPHA_LEVELS: &[&str] = &["initial", "managed", "defined"];
const ALPHA_CATEGORIES: &[&str] = &["build", "test", "deploy"];
const BETA_LEVELS: &[&str] = &["b-low", "b-high"];
const BETA_CATEGORIES: &[&str] = &["ops"];
const GAMMA_LEVELS: &[&str] = &["g-level"];

/// The fixed table of the tests and of the v1 fixtures: never change it (levels and categories,
/// which only targets use, may only grow at the end).
const TABLE: &[LinkModel] = &[
    LinkModel {
        id: "alpha",
        code: 0,
        slots: ALPHA,
        levels: ALPHA_LEVELS,
        categories: ALPHA_CATEGORIES,
        identity: None,
    },
    LinkModel {
        id: "beta",
        code: 1,
        slots: BETA,
        levels: BETA_LEVELS,
        categories: BETA_CATEGORIES,
        identity: None,
    },
    LinkModel {
        id: "gamma",
        code: 5,
        slots: GAMMA,
        levels: GAMMA_LEVELS,
        categories: &[],
        identity: None,
    },
];

const NOTHING: LinkOptions = LinkOptions {
    include_name: false,
    include_notes: false,
};
const EVERYTHING: LinkOptions = LinkOptions {
    include_name: true,
    include_notes: true,
};

/// The payload of a link with the default settings (Staged, Largely, 80 %, level radar).
const DEFAULT_HEAD: &str = "BJQ";

fn shared() -> Assessment {
    Assessment {
        name: "Shared assessment".into(),
        ..Assessment::default()
    }
}

fn settings(rule: LevelRule, threshold: Rating, required_percent: u8) -> ScoringSettings {
    ScoringSettings {
        rule,
        threshold,
        required_percent,
    }
}

fn round_trip(assessment: &Assessment, models: &[&str], options: &LinkOptions) -> DecodedLink {
    let payload = encode(assessment, models, TABLE, options);
    decode(&payload, TABLE).unwrap_or_else(|e| panic!("{payload}: {e:?}"))
}

/// Base64url without padding, written independently of the codec to craft text sections.
fn base64url(bytes: &[u8]) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut bits = String::new();
    for byte in bytes {
        bits.push_str(&format!("{byte:08b}"));
    }
    while !bits.len().is_multiple_of(6) {
        bits.push('0');
    }
    (0..bits.len() / 6)
        .map(|i| ALPHABET[usize::from_str_radix(&bits[i * 6..i * 6 + 6], 2).unwrap()] as char)
        .collect()
}

fn looks_like_markup(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(2).any(|w| {
        w[0] == '<' && (w[1].is_ascii_alphabetic() || w[1] == '/' || w[1] == '!' || w[1] == '?')
    })
}

// ---------------------------------------------------------------------------------------------
// Round trips

#[test]
fn every_rating_and_text_survives_a_round_trip() {
    let mut assessment = Assessment {
        name: "Équipe Ω 🚀 <script>alert(1)</script>".into(),
        settings: settings(LevelRule::Percentage, Fully, 65),
        radar_measure: RadarMeasure::Share,
        ..Assessment::default()
    };
    for (slot, rating) in ALPHA.iter().zip([NotYet, Started, Partly, Largely, Fully]) {
        assessment.set_rating("alpha", slot, Some(rating));
    }
    assessment.set_rating("beta", "b2", Some(NotApplicable));
    assessment.set_na_reason("beta", "b2", "No servers here — 全部 serverless ☁️".into());
    assessment.set_note("alpha", "a3", "Halfway; see <b>wiki</b> & ask 👩‍💻".into());
    assessment.set_note("gamma", "g3", "A note without a rating".into());
    assessment.set_rating("gamma", "g-retired", Some(Started));

    let decoded = round_trip(&assessment, &["alpha", "beta", "gamma"], &EVERYTHING);
    assert_eq!(decoded.assessment, assessment);
    assert_eq!(decoded.models, ["alpha", "beta", "gamma"]);
    assert_eq!(decoded.warnings, [LinkWarning::Markup]);
}

#[test]
fn without_the_name_the_link_opens_as_shared_assessment() {
    let mut assessment = Assessment {
        name: "Platform team".into(),
        ..Assessment::default()
    };
    assessment.set_rating("beta", "b4", Some(Partly));
    assessment.set_note("beta", "b4", "Only in staging".into());
    let options = LinkOptions {
        include_name: false,
        include_notes: true,
    };
    let decoded = round_trip(&assessment, &["beta"], &options);
    assessment.name = "Shared assessment".into();
    assert_eq!(decoded.assessment, assessment);
    assert!(decoded.warnings.is_empty());
}

#[test]
fn without_notes_only_the_ratings_travel() {
    let mut assessment = Assessment::default();
    assessment.set_rating("alpha", "a1", Some(NotApplicable));
    assessment.set_na_reason("alpha", "a1", "Not our job".into());
    assessment.set_rating("alpha", "a2", Some(Fully));
    assessment.set_note("alpha", "a2", "Proud of it".into());
    assessment.set_note("alpha", "a4", "Only a note".into());
    let options = LinkOptions {
        include_name: true,
        include_notes: false,
    };
    let decoded = round_trip(&assessment, &["alpha"], &options);
    let mut expected = Assessment::default();
    expected.set_rating("alpha", "a1", Some(NotApplicable));
    expected.set_rating("alpha", "a2", Some(Fully));
    assert_eq!(decoded.assessment, expected);
    // Without notes and name nothing but the head travels.
    let payload = encode(&assessment, &["alpha"], TABLE, &NOTHING);
    assert!(!payload.contains('.'), "{payload}");
}

#[test]
fn only_the_chosen_models_and_their_slots_travel() {
    let mut assessment = Assessment::default();
    assessment.set_rating("alpha", "a1", Some(Fully));
    assessment.set_rating("alpha", "not-a-slot", Some(Fully));
    assessment.set_note("alpha", "not-a-slot", "lost".into());
    assessment.set_rating("beta", "b1", Some(Fully));
    assessment.set_rating("zeta", "z1", Some(Fully));
    // Unknown and repeated ids are skipped; the order is kept.
    let decoded = round_trip(
        &assessment,
        &["zeta", "gamma", "alpha", "gamma"],
        &EVERYTHING,
    );
    assert_eq!(decoded.models, ["gamma", "alpha"]);
    let mut expected = Assessment::default();
    expected.set_rating("alpha", "a1", Some(Fully));
    assert_eq!(decoded.assessment, expected);
}

#[test]
fn markup_in_the_name_alone_is_reported_once() {
    for (name, markup) in [
        ("<img src=x onerror=alert(1)>", true),
        ("a </b> b", true),
        ("<!-- x -->", true),
        ("<?xml?>", true),
        ("3 < 4 and 5 <= 6, <3", false),
        ("", false),
    ] {
        let assessment = Assessment {
            name: name.into(),
            ..Assessment::default()
        };
        let decoded = round_trip(&assessment, &[], &EVERYTHING);
        assert_eq!(decoded.assessment.name, name);
        let expected = if markup {
            vec![LinkWarning::Markup]
        } else {
            vec![]
        };
        assert_eq!(decoded.warnings, expected, "{name}");
    }
}

// ---------------------------------------------------------------------------------------------
// Targets

/// Sets `model`'s target: the whole model's level, and levels for some categories.
fn aim(assessment: &mut Assessment, model: &str, level: Option<&str>, categories: &[(&str, &str)]) {
    assessment.set_target_level(model, level.map(String::from));
    for (category, level) in categories {
        assessment.set_category_target(model, category, Some(level.to_string()));
    }
}

#[test]
fn targets_survive_a_round_trip_whatever_the_options() {
    let mut model_level = shared();
    aim(&mut model_level, "alpha", Some("managed"), &[]);
    let mut categories_only = shared();
    aim(
        &mut categories_only,
        "alpha",
        None,
        &[("deploy", "defined"), ("build", "initial")],
    );
    let mut both = shared();
    aim(&mut both, "beta", Some("b-low"), &[("ops", "b-high")]);
    both.set_rating("beta", "b2", Some(Partly));
    let mut several = shared();
    aim(
        &mut several,
        "alpha",
        Some("defined"),
        &[("test", "managed")],
    );
    aim(&mut several, "beta", None, &[("ops", "b-low")]);
    aim(&mut several, "gamma", Some("g-level"), &[]);
    several.set_rating("gamma", "g3", Some(Fully));
    several.set_note("alpha", "a1", "a note".into());

    for (assessment, models) in [
        (&model_level, &["alpha"][..]),
        (&categories_only, &["beta", "alpha"][..]),
        (&both, &["beta"][..]),
        (&several, &["gamma", "alpha", "beta"][..]),
    ] {
        for options in [NOTHING, EVERYTHING] {
            let decoded = round_trip(assessment, models, &options);
            assert_eq!(
                decoded.assessment.targets, assessment.targets,
                "{options:?}"
            );
            if options == EVERYTHING {
                assert_eq!(decoded.assessment, *assessment);
            }
            assert!(decoded.warnings.is_empty());
        }
    }
    // Targets alone make a text section: without it they could not travel.
    let payload = encode(&model_level, &["alpha"], TABLE, &NOTHING);
    assert!(payload.contains('.'), "{payload}");
}

#[test]
fn targets_the_link_cannot_name_do_not_travel() {
    let mut assessment = shared();
    aim(
        &mut assessment,
        "alpha",
        Some("not-a-level"),
        &[
            ("test", "defined"),
            ("not-a-category", "managed"),
            ("build", "not-a-level"),
            // Beta's level, not alpha's.
            ("deploy", "b-low"),
        ],
    );
    aim(&mut assessment, "beta", Some("b-high"), &[]);
    aim(
        &mut assessment,
        "gamma",
        Some("gone"),
        &[("gone", "g-level")],
    );
    aim(&mut assessment, "zeta", Some("z-level"), &[]);
    let decoded = round_trip(&assessment, &["gamma", "alpha", "zeta"], &NOTHING);
    let mut expected = shared();
    aim(&mut expected, "alpha", None, &[("test", "defined")]);
    assert_eq!(decoded.assessment, expected);

    // Nothing left to name: no targets block, and so no text section at all.
    let mut unnamed = shared();
    aim(&mut unnamed, "gamma", Some("gone"), &[]);
    aim(&mut unnamed, "beta", Some("b-high"), &[]);
    let payload = encode(&unnamed, &["gamma", "alpha"], TABLE, &NOTHING);
    assert!(!payload.contains('.'), "{payload}");
    assert_eq!(
        payload,
        encode(&shared(), &["gamma", "alpha"], TABLE, &NOTHING)
    );
}

/// The version 2 payload of `body` (everything before the check characters): `body` and its
/// check.
fn with_check(body: &str) -> String {
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let sum = usize::from(check(body));
    let char_of = |v: usize| alphabet.chars().nth(v).unwrap();
    format!("{body}{}{}", char_of(sum >> 6), char_of(sum & 63))
}

/// The head of a version 2 link with the default settings and sections for alpha and beta,
/// nothing rated: what the crafted text sections below follow.
fn alpha_beta_head() -> String {
    let payload = encode(&shared(), &["alpha", "beta"], TABLE, &NOTHING);
    payload[..payload.len() - 2].to_string()
}

#[test]
fn the_targets_block_is_laid_out_as_documented() {
    let mut assessment = Assessment {
        name: "Ops".into(),
        workshop: "w1".into(),
        ..shared()
    };
    aim(
        &mut assessment,
        "alpha",
        Some("managed"),
        &[("deploy", "defined"), ("build", "initial")],
    );
    aim(&mut assessment, "beta", None, &[("ops", "b-high")]);
    aim(&mut assessment, "gamma", Some("g-level"), &[]);
    let head = alpha_beta_head();
    // Flags: targets only; two records: alpha (section 0) at level 1 + 1 with build (0) at
    // level 0 and deploy (2) at 2; beta (section 1) without a model level, ops (0) at 1.
    // Gamma is not in the link. Then no note records.
    let targets = [2, 0, 2, 2, 0, 0, 2, 2, 1, 0, 1, 0, 1];
    let bytes = [&[4][..], &targets, &[0]].concat();
    let untagged = Assessment {
        workshop: String::new(),
        ..assessment.clone()
    };
    assert_eq!(
        encode(&untagged, &["alpha", "beta"], TABLE, &NOTHING),
        with_check(&format!("{head}.{}", base64url(&bytes)))
    );
    // With the name and the workshop tag, the block follows both.
    let bytes = [&[7, 3][..], b"Ops", &[2], b"w1", &targets, &[0]].concat();
    let payload = with_check(&format!("{head}.{}", base64url(&bytes)));
    let options = LinkOptions {
        include_name: true,
        include_notes: false,
    };
    assert_eq!(
        encode(&assessment, &["alpha", "beta"], TABLE, &options),
        payload
    );
    let decoded = decode(&payload, TABLE).unwrap();
    assessment.targets.remove("gamma");
    assert_eq!(decoded.assessment, assessment);
}

#[test]
fn damaged_targets_blocks_are_refused() {
    let head = alpha_beta_head();
    let open = |bytes: &[u8]| decode(&with_check(&format!("{head}.{}", base64url(bytes))), TABLE);
    let opened = open(&[4, 1, 1, 0, 1, 0, 1, 0]).unwrap();
    let mut expected = shared();
    aim(&mut expected, "beta", None, &[("ops", "b-high")]);
    assert_eq!(opened.assessment, expected);
    for (bytes, why) in [
        (&[4, 0, 0][..], "no records"),
        (&[4, 1, 2, 1, 0, 0][..], "section out of range"),
        (&[4, 1, 0, 4, 0, 0][..], "model level out of range"),
        (&[4, 1, 1, 3, 0, 0][..], "beta's model level out of range"),
        (&[4, 1, 0, 0, 1, 3, 0, 0][..], "category out of range"),
        (
            &[4, 1, 1, 0, 1, 1, 0, 0][..],
            "beta's category out of range",
        ),
        (&[4, 1, 0, 0, 1, 0, 3, 0][..], "category level out of range"),
        (&[4, 1, 0, 0, 2, 1, 0, 1, 1, 0][..], "category repeated"),
        (
            &[4, 1, 0, 0, 2, 2, 0, 1, 1, 0][..],
            "categories out of order",
        ),
        (&[4, 2, 0, 1, 0, 0, 2, 0, 0][..], "section repeated"),
        (&[4, 2, 1, 1, 0, 0, 1, 0, 0][..], "sections out of order"),
        (&[4, 1, 0, 0, 0, 0][..], "a record without a target"),
        (&[4, 2, 0, 1, 0][..], "fewer records than counted"),
        (&[4, 1, 0, 0, 2, 0, 1][..], "fewer entries than counted"),
        (&[4][..], "no block after the flag"),
        (&[4, 0x80, 0x80, 0x80, 0x80, 0][..], "five-byte varint"),
    ] {
        assert_eq!(open(bytes), Err(LinkError::BadTargets), "{why}");
    }
    // What follows the block is read as before.
    assert_eq!(open(&[4, 1, 0, 1, 0]), Err(LinkError::BadText));
    assert_eq!(open(&[4, 1, 0, 1, 0, 0, 0]), Err(LinkError::BadText));
    assert_eq!(open(&[8, 0]), Err(LinkError::BadText));
    // Version 1 never had targets: there the flag is damage.
    let v1 = as_version_1(&with_check(&format!(
        "{head}.{}",
        base64url(&[4, 1, 0, 1, 0, 0])
    )));
    assert_eq!(decode(&v1, TABLE), Err(LinkError::BadText));
}

#[test]
fn the_fixtures_open_without_targets() {
    for (payload, description) in fixture_lines().into_iter().chain(fixture_lines_v2()) {
        let decoded = decode(payload, TABLE).unwrap_or_else(|e| panic!("{description}: {e:?}"));
        assert!(decoded.assessment.targets.is_empty(), "{description}");
    }
}

// ---------------------------------------------------------------------------------------------
// Frozen version 1 links

/// One line of `fixtures/links/v1.txt`: what was encoded, and what the link must open as.
struct Golden {
    description: &'static str,
    source: Assessment,
    models: &'static [&'static str],
    options: LinkOptions,
    decoded: Assessment,
    warnings: Vec<LinkWarning>,
}

fn golden_cases() -> Vec<Golden> {
    let mut cases = Vec::new();

    cases.push(Golden {
        description: "default settings, no models",
        source: Assessment::default(),
        models: &[],
        options: NOTHING,
        decoded: shared(),
        warnings: vec![],
    });

    let mut source = Assessment::default();
    for (slot, rating) in ALPHA.iter().zip([NotYet, Started, Partly, Largely, Fully]) {
        source.set_rating("alpha", slot, Some(rating));
    }
    source.set_rating("beta", "b1", Some(NotApplicable));
    let mut decoded = shared();
    decoded.set_rating("alpha", "a1", Some(NotYet));
    decoded.set_rating("alpha", "a2", Some(Started));
    decoded.set_rating("alpha", "a3", Some(Partly));
    decoded.set_rating("alpha", "a4", Some(Largely));
    decoded.set_rating("alpha", "a5", Some(Fully));
    decoded.set_rating("beta", "b1", Some(NotApplicable));
    cases.push(Golden {
        description: "every rating in alpha, beta b1 not applicable, ratings only",
        source,
        models: &["alpha", "beta"],
        options: NOTHING,
        decoded,
        warnings: vec![],
    });

    let mut source = Assessment {
        name: "Team Ω 🚀".into(),
        settings: settings(LevelRule::Percentage, Fully, 65),
        radar_measure: RadarMeasure::Share,
        ..Assessment::default()
    };
    source.set_rating("gamma", "g-retired", Some(Partly));
    source.set_note("gamma", "g-retired", "old practice".into());
    source.set_rating("beta", "b3", Some(NotApplicable));
    source.set_na_reason("beta", "b3", "We have no servers".into());
    source.set_note("alpha", "a2", "<b>bold</b> & émoji 🎉".into());
    let mut decoded = Assessment {
        name: "Team Ω 🚀".into(),
        settings: settings(LevelRule::Percentage, Fully, 65),
        radar_measure: RadarMeasure::Share,
        ..Assessment::default()
    };
    decoded.set_rating("gamma", "g-retired", Some(Partly));
    decoded.set_note("gamma", "g-retired", "old practice".into());
    decoded.set_rating("beta", "b3", Some(NotApplicable));
    decoded.set_na_reason("beta", "b3", "We have no servers".into());
    decoded.set_note("alpha", "a2", "<b>bold</b> & émoji 🎉".into());
    cases.push(Golden {
        description: "percentage 65% fully, share radar, retired slot, name and notes with markup",
        source,
        models: &["gamma", "beta", "alpha"],
        options: EVERYTHING,
        decoded,
        warnings: vec![LinkWarning::Markup],
    });

    let mut source = Assessment {
        name: "Not shared".into(),
        settings: settings(LevelRule::HighWaterMark, Started, 0),
        ..Assessment::default()
    };
    source.set_rating("alpha", "a5", Some(Fully));
    source.set_note("alpha", "a5", "x".into());
    // A 0% required share, which the settings box never allowed, opens as 1% (W1 of the
    // hostile test: "nothing in place" must reach no level). Under the high-water mark the share
    // plays no part, so the link shows the same levels as it always did.
    let mut decoded = Assessment {
        settings: settings(LevelRule::HighWaterMark, Started, 1),
        ..shared()
    };
    decoded.set_rating("alpha", "a5", Some(Fully));
    decoded.set_note("alpha", "a5", "x".into());
    cases.push(Golden {
        description: "high-water mark, started, 0%, notes without the name",
        source,
        models: &["alpha"],
        options: LinkOptions {
            include_name: false,
            include_notes: true,
        },
        decoded,
        warnings: vec![],
    });

    let source = Assessment {
        name: String::new(),
        settings: settings(LevelRule::Staged, Partly, 100),
        ..Assessment::default()
    };
    let decoded = Assessment {
        name: String::new(),
        settings: settings(LevelRule::Staged, Partly, 100),
        ..Assessment::default()
    };
    cases.push(Golden {
        description: "staged, partly, 100%, empty name, beta unrated",
        source,
        models: &["beta"],
        options: EVERYTHING,
        decoded,
        warnings: vec![],
    });

    // The golden cases keep the level radar, which version 1 and version 2 both carry (the
    // progress measure, the default since, is version 2's: see the tagged invitation).
    for case in &mut cases {
        if case.source.radar_measure == RadarMeasure::Progress {
            case.source.radar_measure = RadarMeasure::Level;
            case.decoded.radar_measure = RadarMeasure::Level;
        }
    }
    cases
}

/// The version 1 form of a version 2 payload: version character 1, the settings in 12 bits
/// (a progress radar becomes the level radar, which version 1 cannot tell apart), no check.
fn as_version_1(v2: &str) -> String {
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let value = |c: char| alphabet.find(c).unwrap() as u32;
    let bits = v2[1..4].chars().fold(0, |bits, c| bits << 6 | value(c));
    let (rule, threshold, measure, percent) =
        (bits >> 16, bits >> 14 & 3, bits >> 12 & 3, bits >> 5 & 0x7f);
    let v1_bits = rule << 10 | threshold << 8 | u32::from(measure == 1) << 7 | percent;
    let char_of = |v: u32| alphabet.chars().nth(v as usize).unwrap();
    format!(
        "B{}{}{}",
        char_of(v1_bits >> 6),
        char_of(v1_bits & 63),
        &v2[4..v2.len() - 2]
    )
}

fn fixture_lines() -> Vec<(&'static str, &'static str)> {
    include_str!("fixtures/links/v1.txt")
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| line.split_once('\t').unwrap())
        .collect()
}

#[test]
fn version_1_fixtures_still_open_as_they_did() {
    let lines = fixture_lines();
    let cases = golden_cases();
    assert_eq!(lines.len(), cases.len());
    for ((payload, description), case) in lines.iter().zip(&cases) {
        assert_eq!(*description, case.description);
        let decoded = decode(payload, TABLE).unwrap_or_else(|e| panic!("{description}: {e:?}"));
        assert_eq!(decoded.assessment, case.decoded, "{description}");
        assert_eq!(decoded.models, case.models, "{description}");
        assert_eq!(decoded.warnings, case.warnings, "{description}");
    }
}

fn fixture_lines_v2() -> Vec<(&'static str, &'static str)> {
    include_str!("fixtures/links/v2.txt")
        .lines()
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| line.split_once('\t').unwrap())
        .collect()
}

/// The invitation case of the version 2 fixtures: a workshop's name and identity, no ratings.
fn tagged_invitation() -> Assessment {
    Assessment {
        name: "Team workshop".into(),
        workshop: "w5f3a9c".into(),
        ..Assessment::default()
    }
}

#[test]
fn version_2_fixtures_open_and_are_what_the_encoder_writes() {
    let lines = fixture_lines_v2();
    let cases = golden_cases();
    assert_eq!(lines.len(), cases.len() + 1);
    for ((payload, description), case) in lines.iter().zip(&cases) {
        let decoded = decode(payload, TABLE).unwrap_or_else(|e| panic!("{description}: {e:?}"));
        assert_eq!(decoded.assessment, case.decoded, "{description}");
        assert_eq!(decoded.models, case.models, "{description}");
        assert_eq!(decoded.warnings, case.warnings, "{description}");
        let encoded = encode(&case.source, case.models, TABLE, &case.options);
        assert_eq!(encoded, *payload, "{description}");
    }
    let (payload, _) = lines[cases.len()];
    let options = LinkOptions {
        include_name: true,
        include_notes: false,
    };
    assert_eq!(
        encode(&tagged_invitation(), &["alpha", "beta"], TABLE, &options),
        payload
    );
    let decoded = decode(payload, TABLE).unwrap();
    assert_eq!(decoded.assessment, tagged_invitation());
    // A version 1 decoder never saw the tag's flag: in version 1 it is damage.
    assert_eq!(
        decode(&as_version_1(payload), TABLE),
        Err(LinkError::BadText)
    );
}

/// Version 2 is version 1 with its own version character, settings in 18 bits and two check
/// characters: the encoder writes each version 1 fixture's body after the settings unchanged,
/// and the settings decode the same.
#[test]
fn the_encoder_writes_the_version_1_fixtures_as_version_2() {
    for ((payload, description), case) in fixture_lines().iter().zip(golden_cases()) {
        let encoded = encode(&case.source, case.models, TABLE, &case.options);
        assert!(encoded.starts_with('C'), "{description}");
        let decoded = decode(&encoded, TABLE).unwrap();
        assert_eq!(decoded.assessment, case.decoded, "{description}");
        assert_eq!(
            &encoded[4..encoded.len() - 2],
            &payload[3..],
            "{description}"
        );
        if case.source.settings.required_percent != 0 {
            // A 0% is written as 1%, the least the settings box allows: see the golden case.
            assert_eq!(as_version_1(&encoded), *payload, "{description}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Older and newer model tables

#[test]
fn a_link_from_before_practices_were_added_opens_them_unrated() {
    let old_table = [LinkModel {
        id: "alpha",
        code: 0,
        slots: &ALPHA[..3],
        levels: ALPHA_LEVELS,
        categories: ALPHA_CATEGORIES,
        identity: None,
    }];
    let mut assessment = Assessment::default();
    assessment.set_rating("alpha", "a1", Some(Largely));
    assessment.set_rating("alpha", "a3", Some(NotYet));
    assessment.set_note("alpha", "a3", "soon".into());
    let payload = encode(&assessment, &["alpha"], &old_table, &EVERYTHING);
    let decoded = decode(&payload, TABLE).unwrap();
    assert_eq!(decoded.assessment, assessment);
    assert_eq!(decoded.assessment.rating("alpha", "a4"), None);
    assert_eq!(decoded.assessment.rating("alpha", "a5"), None);
    assert!(decoded.warnings.is_empty());
}

#[test]
fn a_link_from_a_newer_table_skips_unknown_practices_with_a_warning() {
    let newer_alpha = ["a1", "a2", "a3", "a4", "a5", "a6", "a7", "a8"];
    let newer_table = [
        LinkModel {
            id: "beta",
            code: 1,
            slots: BETA,
            levels: BETA_LEVELS,
            categories: BETA_CATEGORIES,
            identity: None,
        },
        LinkModel {
            id: "alpha",
            code: 0,
            slots: &newer_alpha,
            levels: ALPHA_LEVELS,
            categories: ALPHA_CATEGORIES,
            identity: None,
        },
    ];
    let mut assessment = Assessment::default();
    assessment.set_rating("alpha", "a2", Some(Started));
    assessment.set_rating("alpha", "a6", Some(Fully));
    assessment.set_rating("alpha", "a7", Some(NotApplicable));
    assessment.set_na_reason("alpha", "a7", "n/a".into());
    assessment.set_note("alpha", "a8", "note only".into());
    assessment.set_rating("beta", "b1", Some(Fully));
    let payload = encode(&assessment, &["beta", "alpha"], &newer_table, &EVERYTHING);
    let decoded = decode(&payload, TABLE).unwrap();
    let mut expected = Assessment::default();
    expected.set_rating("alpha", "a2", Some(Started));
    expected.set_rating("beta", "b1", Some(Fully));
    assert_eq!(decoded.assessment, expected);
    assert_eq!(decoded.models, ["beta", "alpha"]);
    let warning = LinkWarning::UnknownPractices {
        model: "alpha".into(),
        count: 3,
    };
    assert_eq!(decoded.warnings, std::slice::from_ref(&warning));
    assert_eq!(
        warning.message(),
        "The link rates 3 practices of alpha that this version of Rungs does not know (it was \
         made by a newer Rungs); they were skipped."
    );
}

// ---------------------------------------------------------------------------------------------
// Errors

fn error(payload: &str) -> LinkError {
    decode(payload, TABLE).expect_err(payload)
}

#[test]
fn empty_and_too_long_payloads_are_refused_first() {
    assert_eq!(error(""), LinkError::Empty);
    let long = format!("B{}", "%".repeat(MAX_PAYLOAD_CHARS));
    assert_eq!(
        error(&long),
        LinkError::TooLong {
            chars: MAX_PAYLOAD_CHARS + 1
        }
    );
    // Characters are counted, not bytes.
    let wide = format!("{DEFAULT_HEAD}A.{}", "é".repeat(MAX_PAYLOAD_CHARS - 5));
    assert!(!matches!(error(&wide), LinkError::TooLong { .. }));
}

#[test]
fn characters_outside_the_alphabet_are_named_with_their_position() {
    for (payload, position, character) in [
        ("BJQA=", 4, '='),
        ("BJ%51QA", 2, '%'),
        ("BJQ A", 3, ' '),
        ("BJQA.AA=", 7, '='),
        ("BJQA.AA.A", 7, '.'),
        ("é", 0, 'é'),
        ("#BJQA", 0, '#'),
        ("Bé", 1, 'é'),
    ] {
        assert_eq!(
            error(payload),
            LinkError::NotBase64 {
                position,
                character
            },
            "{payload}"
        );
    }
}

#[test]
fn other_versions_are_recognised_as_such() {
    assert_eq!(error("AJQA"), LinkError::UnknownVersion { version: 0 });
    assert_eq!(error("DJQA"), LinkError::UnknownVersion { version: 3 });
    assert_eq!(error("_~~~"), LinkError::UnknownVersion { version: 63 });
}

#[test]
fn missing_parts_are_truncation() {
    for payload in [
        "B", "BJ", "BJQ", "BJQB", "BJQBA", "BJQBAA", "BJQBAAC", "BJQCAAB", ".AAA",
    ] {
        assert_eq!(error(payload), LinkError::Truncated, "{payload}");
    }
}

#[test]
fn unknown_and_repeated_models_are_refused() {
    assert_eq!(error("BJQBDAA"), LinkError::UnknownModel { code: 3 });
    assert_eq!(error("BJQCAAAAAA"), LinkError::DuplicateModel { code: 0 });
}

#[test]
fn impossible_settings_are_refused() {
    // Rule index 3.
    assert_eq!(error("BwQA"), LinkError::BadSettings);
    // 101 %: threshold 2 (0x200) + 101 = 0x265 = 9, 37.
    assert_eq!(error("BJlA"), LinkError::BadSettings);
    // 127 %.
    assert_eq!(error("BJ_A"), LinkError::BadSettings);
}

#[test]
fn ratings_off_the_scale_are_refused() {
    // One slot, value 49 ('x').
    assert_eq!(error("BJQBAABx"), LinkError::BadRating { position: 7 });
    // One slot, but the pair's second rating set (7 = 'H').
    assert_eq!(error("BJQBAABH"), LinkError::BadRating { position: 7 });
    // Two slots, highest valid value 48 ('w') is fine.
    assert!(decode("BJQBAACw", TABLE).is_ok());
}

#[test]
fn characters_after_the_last_section_are_refused() {
    assert_eq!(
        error("BJQAA"),
        LinkError::TrailingCharacters { position: 4 }
    );
    assert_eq!(
        error("BJQBAAAA.AA"),
        LinkError::TrailingCharacters { position: 7 }
    );
}

#[test]
fn damaged_text_sections_are_refused() {
    // The text sections below follow a head with alpha as its only section.
    let head = "BJQBAAA";
    assert!(decode(
        &format!("{head}.{}", base64url(&[0, 1, 0, 2, 0, 1, b'x'])),
        TABLE
    )
    .is_ok());
    for (bytes, why) in [
        (&[][..], "empty after the dot"),
        (&[2, 0][..], "unknown flag"),
        (&[1, 5, b'a'][..], "name past the end"),
        (&[1, 1, 0xff, 0][..], "name not UTF-8"),
        (&[0, 1, 0, 2, 2, 1, b'x'][..], "unknown kind"),
        (&[0, 1, 1, 2, 0, 1, b'x'][..], "section out of range"),
        (&[0, 1, 0, 2, 0, 3, b'x'][..], "note past the end"),
        (&[0, 2, 0, 2, 0, 1, b'x'][..], "fewer records than counted"),
        (&[0x80, 0x80, 0x80, 0x80, 0][..], "five-byte varint"),
        (&[0, 0, 0][..], "bytes after the last record"),
    ] {
        let payload = format!("{head}.{}", base64url(bytes));
        assert_eq!(error(&payload), LinkError::BadText, "{why}: {payload}");
    }
}

#[test]
fn every_error_message_is_a_plain_sentence() {
    let errors = [
        LinkError::Empty,
        LinkError::TooLong { chars: 20_000 },
        LinkError::NotBase64 {
            position: 4,
            character: '%',
        },
        LinkError::UnknownVersion { version: 2 },
        LinkError::Truncated,
        LinkError::UnknownModel { code: 9 },
        LinkError::BadSettings,
        LinkError::BadText,
        LinkError::DuplicateModel { code: 0 },
        LinkError::BadRating { position: 7 },
        LinkError::TrailingCharacters { position: 3 },
        LinkError::Damaged,
        LinkError::BadTargets,
    ];
    for error in errors {
        let message = error.message();
        assert!(
            message.starts_with("This") || message.starts_with("The"),
            "{message}"
        );
        assert!(message.ends_with('.'), "{message}");
        assert!(
            !message.contains("Base64") && !message.contains("varint"),
            "{message}"
        );
    }
    assert_eq!(
        LinkError::Truncated.message(),
        "This link is cut short: part of it is missing. Ask for the whole link again."
    );
    assert!(LinkError::NotBase64 {
        position: 4,
        character: '%'
    }
    .message()
    .contains("'%' at position 5"));
    assert!(LinkWarning::Markup.message().contains("never runs them"));
}

#[test]
fn every_cut_of_a_link_fails_cleanly() {
    let mut assessment = Assessment {
        name: "Cut 🚀".into(),
        ..Assessment::default()
    };
    for slot in ALPHA.iter().chain(BETA) {
        assessment.set_rating("alpha", slot, Some(Partly));
        assessment.set_rating("beta", slot, Some(Fully));
    }
    assessment.set_note("beta", "b2", "note é".into());
    let payload = encode(&assessment, &["alpha", "beta", "gamma"], TABLE, &EVERYTHING);
    // Version 2: whatever is cut, the check catches it.
    for cut in 0..payload.len() {
        let result = decode(&payload[..cut], TABLE);
        match cut {
            0 => assert_eq!(result, Err(LinkError::Empty)),
            _ => assert!(
                matches!(
                    result,
                    Err(LinkError::Truncated | LinkError::Damaged | LinkError::NotBase64 { .. })
                ),
                "{cut}: {result:?}"
            ),
        }
    }
    assert!(decode(&payload, TABLE).is_ok());
    // Version 1 (the same body, without the check): cut in the head is truncation; cut right
    // before the '.', the ratings open without name and notes; cut in the text is damage.
    let v1 = as_version_1(&payload);
    let head = v1.find('.').unwrap();
    for cut in 0..v1.len() {
        let result = decode(&v1[..cut], TABLE);
        match cut {
            0 => assert_eq!(result, Err(LinkError::Empty)),
            _ if cut < head => assert_eq!(result, Err(LinkError::Truncated), "{cut}"),
            _ if cut == head => assert!(result.is_ok()),
            _ => assert_eq!(result, Err(LinkError::BadText), "{cut}"),
        }
    }
    assert!(decode(&v1, TABLE).is_ok());
}

/// W2 of the hostile test: one changed character opened a different assessment in 81 of 1,139
/// cases. Now every single substitution anywhere in a version 2 link is refused.
#[test]
fn every_single_changed_character_is_caught() {
    let mut assessment = Assessment {
        name: "My assessment".into(),
        ..Assessment::default()
    };
    for (i, slot) in ALPHA.iter().chain(BETA).enumerate() {
        assessment.set_rating("alpha", slot, Some(Rating::ALL[i % 6]));
        assessment.set_rating("beta", slot, Some(Rating::ALL[(i + 3) % 6]));
    }
    let payload = encode(&assessment, &["alpha", "beta"], TABLE, &EVERYTHING);
    let alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
    let mut tried = 0;
    for (at, original) in payload.char_indices() {
        for replacement in alphabet.chars().filter(|c| *c != original) {
            let damaged = format!("{}{replacement}{}", &payload[..at], &payload[at + 1..]);
            assert!(decode(&damaged, TABLE).is_err(), "{damaged}");
            tried += 1;
        }
        if let Some(next) = payload[at + 1..].chars().next() {
            if next != original {
                let swapped = format!("{}{next}{original}{}", &payload[..at], &payload[at + 2..]);
                assert!(decode(&swapped, TABLE).is_err(), "{swapped}");
            }
        }
    }
    assert!(tried > 1000, "{tried}");
}

// ---------------------------------------------------------------------------------------------
// Size

#[test]
fn a_fully_rated_78_practice_model_takes_49_characters() {
    let ids: Vec<String> = (0..78).map(|i| format!("p{i}")).collect();
    let slots: Vec<&str> = ids.iter().map(String::as_str).collect();
    let table = [LinkModel {
        id: "big",
        code: 7,
        slots: &slots,
        levels: &[],
        categories: &[],
        identity: None,
    }];
    let mut assessment = shared();
    for (i, slot) in slots.iter().enumerate() {
        assessment.set_rating("big", slot, Some(Rating::ALL[i % 6]));
    }
    let payload = encode(&assessment, &["big"], &table, &NOTHING);
    // 8 of head, 39 of ratings, 2 of check.
    assert_eq!(payload.len(), 49, "{payload}");
    assert_eq!(minimum_chars(78), 37);
    assert!(payload.len() as f64 <= 1.35 * minimum_chars(78) as f64 + 4.0);
    let decoded = decode(&payload, &table).unwrap();
    assert_eq!(decoded.assessment, assessment);
}

#[test]
fn minimum_chars_is_the_information_bound() {
    assert_eq!(minimum_chars(0), 0);
    assert_eq!(minimum_chars(1), 1);
    assert_eq!(minimum_chars(2), 1);
    assert_eq!(minimum_chars(3), 2);
}

// ---------------------------------------------------------------------------------------------
// Properties

fn text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), any::<String>(), "[a-z<>/!? ]{0,12}"]
}

fn answer() -> impl Strategy<Value = (Option<Rating>, String, String)> {
    (
        prop::option::of(prop::sample::select(Rating::ALL.to_vec())),
        text(),
        text(),
    )
}

/// A target of ids from all the test models, so that each model also gets ids it does not know,
/// and from none of them.
fn target() -> impl Strategy<Value = (Option<String>, BTreeMap<String, String>)> {
    let levels = prop::sample::select(vec![
        "initial", "managed", "defined", "b-low", "b-high", "g-level", "gone",
    ])
    .prop_map(String::from);
    let categories =
        prop::sample::select(vec!["build", "test", "deploy", "ops", "gone"]).prop_map(String::from);
    (
        prop::option::of(levels.clone()),
        prop::collection::btree_map(categories, levels, 0..=4),
    )
}

/// An assessment over the test table plus answers and targets that must not travel, the models
/// to share, and the options.
fn shared_assessment() -> impl Strategy<Value = (Assessment, Vec<&'static str>, LinkOptions)> {
    let answers = TABLE
        .iter()
        .map(|m| prop::collection::vec(answer(), m.slots.len()))
        .collect::<Vec<_>>();
    // Alpha, beta, gamma and zeta, which is not in the table.
    let targets = prop::collection::vec(prop::option::of(target()), 4);
    let models =
        prop::sample::subsequence(vec!["alpha", "beta", "gamma", "zeta"], 0..=4).prop_shuffle();
    (
        prop::sample::select(LevelRule::ALL.to_vec()),
        prop::sample::select(Rating::THRESHOLDS.to_vec()),
        1u8..=100,
        prop::sample::select(RadarMeasure::ALL.to_vec()),
        text(),
        answers,
        models,
        any::<(bool, bool)>(),
        targets,
    )
        .prop_map(
            |(
                rule,
                threshold,
                percent,
                radar_measure,
                name,
                answers,
                models,
                (include_name, include_notes),
                targets,
            )| {
                let mut assessment = Assessment {
                    name,
                    settings: settings(rule, threshold, percent),
                    radar_measure,
                    ..Assessment::default()
                };
                for (model, answers) in TABLE.iter().zip(answers) {
                    for (slot, (rating, note, reason)) in model.slots.iter().zip(answers) {
                        assessment.set_rating(model.id, slot, rating);
                        assessment.set_note(model.id, slot, note);
                        assessment.set_na_reason(model.id, slot, reason);
                    }
                }
                assessment.set_rating("alpha", "not-a-slot", Some(Fully));
                assessment.set_note("zeta", "z1", "never travels".into());
                for (model, target) in ["alpha", "beta", "gamma", "zeta"].into_iter().zip(targets) {
                    let Some((level, categories)) = target else {
                        continue;
                    };
                    assessment.set_target_level(model, level);
                    for (category, level) in categories {
                        assessment.set_category_target(model, &category, Some(level));
                    }
                }
                let options = LinkOptions {
                    include_name,
                    include_notes,
                };
                (assessment, models, options)
            },
        )
}

proptest! {
    #[test]
    fn decoding_an_encoding_gives_back_what_was_shared(
        (assessment, models, options) in shared_assessment()
    ) {
        let payload = encode(&assessment, &models, TABLE, &options);
        let decoded = decode(&payload, TABLE);
        prop_assert!(decoded.is_ok(), "{payload}: {decoded:?}");
        let decoded = decoded.unwrap();

        let mut expected = Assessment {
            name: if options.include_name { assessment.name.clone() } else { "Shared assessment".into() },
            answers: Default::default(),
            targets: Default::default(),
            ..assessment.clone()
        };
        let mut markup = options.include_name && looks_like_markup(&assessment.name);
        let shared: Vec<&str> = models.iter().copied().filter(|m| *m != "zeta").collect();
        for model in TABLE.iter().filter(|m| shared.contains(&m.id)) {
            for slot in model.slots {
                let Some(answer) = assessment.answer(model.id, slot) else { continue };
                expected.set_rating(model.id, slot, answer.rating);
                if options.include_notes {
                    expected.set_note(model.id, slot, answer.note.clone());
                    expected.set_na_reason(model.id, slot, answer.na_reason.clone());
                    markup |= looks_like_markup(&answer.note) || looks_like_markup(&answer.na_reason);
                }
            }
            // Targets travel whatever the options, but only the ids the model knows.
            let Some(target) = assessment.target(model.id) else { continue };
            let level = target.level.clone().filter(|l| model.levels.contains(&l.as_str()));
            expected.set_target_level(model.id, level);
            for (category, level) in &target.categories {
                if model.categories.contains(&category.as_str()) && model.levels.contains(&level.as_str()) {
                    expected.set_category_target(model.id, category, Some(level.clone()));
                }
            }
        }
        prop_assert_eq!(&decoded.assessment, &expected);
        prop_assert_eq!(&decoded.models, &shared);
        let warnings = if markup { vec![LinkWarning::Markup] } else { vec![] };
        prop_assert_eq!(&decoded.warnings, &warnings);
    }

    #[test]
    fn encodings_use_only_the_alphabet_and_one_dot(
        (assessment, models, options) in shared_assessment()
    ) {
        let payload = encode(&assessment, &models, TABLE, &options);
        prop_assert!(payload.starts_with('C'));
        prop_assert!(payload.matches('.').count() <= 1, "{}", payload);
        prop_assert!(
            payload.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')),
            "{}", payload
        );
        prop_assert!(!payload.ends_with('.'), "{}", payload);
    }

    #[test]
    fn any_text_decodes_without_panicking(payload in any::<String>()) {
        let _ = decode(&payload, TABLE);
    }

    #[test]
    fn any_alphabet_text_decodes_without_panicking(
        payload in "[A-Za-z0-9_.-]{0,300}",
        tail in "B[A-Za-z0-9_-]{0,40}(\\.[A-Za-z0-9_-]{0,200})?",
    ) {
        let _ = decode(&payload, TABLE);
        let _ = decode(&tail, TABLE);
    }

    #[test]
    fn damaged_links_decode_without_panicking(
        (assessment, models, options) in shared_assessment(),
        index in any::<prop::sample::Index>(),
        replacement in "[A-Za-z0-9_.-]",
    ) {
        let payload = encode(&assessment, &models, TABLE, &options);
        let at = index.index(payload.len());
        let damaged = format!("{}{}{}", &payload[..at], replacement, &payload[at + 1..]);
        let _ = decode(&damaged, TABLE);
        let _ = decode(&payload[..at], TABLE);
    }
}

// Models people imported: named by id, version and fingerprint instead of a fixed code.

const OWN_V1: &[&str] = &["plan", "build", "ship", "learn"];
const OWN_V2: &[&str] = &["build", "plan", "measure", "ship"];
const OWN_LEVELS: &[&str] = &["crawl", "walk", "run"];
const OWN_CATEGORIES: &[&str] = &["flow", "craft"];

fn own(
    slots: &'static [&'static str],
    version: &'static str,
    fingerprint: u64,
) -> LinkModel<'static> {
    LinkModel {
        id: "our-model",
        code: FIRST_NAMED_CODE,
        slots,
        levels: OWN_LEVELS,
        categories: OWN_CATEGORIES,
        identity: Some(LinkIdentity {
            version,
            fingerprint,
        }),
    }
}

fn with_own(own: LinkModel<'static>) -> Vec<LinkModel<'static>> {
    let mut table = TABLE.to_vec();
    table.push(own);
    table
}

fn own_assessment() -> Assessment {
    let mut a = shared();
    a.set_rating("our-model", "plan", Some(Fully));
    a.set_rating("our-model", "build", Some(Partly));
    a.set_rating("our-model", "learn", Some(Largely));
    a.set_note("our-model", "learn", "retro every sprint".into());
    a.set_rating("alpha", "a2", Some(Fully));
    aim(&mut a, "our-model", Some("walk"), &[("craft", "run")]);
    a
}

/// The share link of [`own_assessment`]'s imported model alone, sent by a Rungs that has
/// version 1.0 of it.
fn own_link(options: &LinkOptions) -> String {
    let sender = with_own(own(OWN_V1, "1.0", 42));
    encode(&own_assessment(), &["our-model"], &sender, options)
}

#[test]
fn an_imported_model_travels_by_its_name_beside_shipped_ones() {
    let table = with_own(own(OWN_V1, "1.0", 42));
    let a = own_assessment();
    let options = LinkOptions {
        include_name: true,
        include_notes: true,
    };
    let payload = encode(&a, &["alpha", "our-model"], &table, &options);
    let decoded = decode(&payload, &table).unwrap();
    assert_eq!(decoded.models, ["alpha", "our-model"]);
    assert_eq!(decoded.assessment.answers, a.answers);
    assert_eq!(decoded.assessment.targets, a.targets);
    assert!(decoded.warnings.is_empty(), "{:?}", decoded.warnings);
}

#[test]
fn without_the_model_the_link_says_which_model_it_needs() {
    let payload = own_link(&LinkOptions {
        include_name: false,
        include_notes: false,
    });
    let error = decode(&payload, TABLE).unwrap_err();
    assert_eq!(
        error,
        LinkError::MissingModel {
            id: "our-model".into(),
            version: "1.0".into(),
            fingerprint: 42
        }
    );
    assert!(error.message().contains("“our-model” (version 1.0)"));
}

#[test]
fn another_version_opens_the_practices_it_shares_and_says_what_it_skipped() {
    let receiver = with_own(own(OWN_V2, "2.0", 43));
    let payload = own_link(&LinkOptions {
        include_name: true,
        include_notes: true,
    });
    let decoded = decode(&payload, &receiver).unwrap();
    // "plan" and "build" moved but are found by their ids; "learn" is not in version 2.
    assert_eq!(decoded.assessment.rating("our-model", "plan"), Some(Fully));
    assert_eq!(
        decoded.assessment.rating("our-model", "build"),
        Some(Partly)
    );
    assert_eq!(decoded.assessment.rating("our-model", "learn"), None);
    assert_eq!(decoded.assessment.rating("our-model", "measure"), None);
    // Targets name levels by position, which another version may have moved: not kept.
    assert!(decoded.assessment.targets.is_empty());
    assert_eq!(
        decoded.warnings,
        [LinkWarning::OtherVersion {
            model: "our-model".into(),
            link_version: "1.0".into(),
            your_version: "2.0".into(),
            missing: 1,
        }]
    );
    assert!(decoded.warnings[0]
        .message()
        .contains("1 practice it rates is not in yours"));
}

#[test]
fn a_named_section_the_block_does_not_name_is_refused() {
    let table = with_own(own(OWN_V1, "1.0", 42));
    let payload = own_link(&LinkOptions {
        include_name: false,
        include_notes: false,
    });
    // The same head without a text section: the code alone names no model.
    let head_only: String = payload.split('.').next().unwrap().to_string();
    let relinked = format!("{head_only}{}", {
        let sum = check(&head_only);
        let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        format!(
            "{}{}",
            alphabet[usize::from(sum >> 6)] as char,
            alphabet[usize::from(sum & 63)] as char
        )
    });
    assert_eq!(
        decode(&relinked, &table).unwrap_err(),
        LinkError::UnknownModel {
            code: FIRST_NAMED_CODE
        }
    );
}

proptest! {
    #[test]
    fn imported_models_round_trip_with_any_ratings(
        codes in proptest::collection::vec(0u8..7, 4),
        fingerprint in any::<u64>(),
        version in "[0-9a-z. ]{0,12}",
    ) {
        let version: &'static str = Box::leak(version.into_boxed_str());
        let table = with_own(own(OWN_V1, version, fingerprint));
        let mut a = shared();
        for (slot, code) in OWN_V1.iter().zip(&codes) {
            let rating = code.checked_sub(1).map(|i| Rating::ALL[usize::from(i)]);
            a.set_rating("our-model", slot, rating);
        }
        let payload = encode(&a, &["our-model"], &table, &LinkOptions {
            include_name: false,
            include_notes: false,
        });
        let decoded = decode(&payload, &table).unwrap();
        prop_assert_eq!(decoded.assessment.answers, a.answers);
    }
}
