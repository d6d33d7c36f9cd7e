//! Share links bound to the shipped catalogue, their QR codes, and comparing two assessments.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rungs::core::assessment::Assessment;
use rungs::core::comparison::{comparison_radar, differences};
use rungs::core::link_codec::{minimum_chars, LinkOptions};
use rungs::core::model::{catalogue, find_model};
use rungs::core::scoring::Rating;
use rungs::core::share::{models_with_answers, open_payload, qr_svg, share_fragment};

const BARE: LinkOptions = LinkOptions {
    include_name: false,
    include_notes: false,
};

/// Every practice of `models` rated, cycling through all six ratings.
fn fully_rated(models: &[&str]) -> Assessment {
    let mut a = Assessment::default();
    for id in models {
        let model = find_model(id).unwrap();
        for (i, p) in model.practices.iter().enumerate() {
            a.set_rating(model.id, p.id, Some(Rating::ALL[i % 6]));
        }
    }
    a
}

fn payload(fragment: &str) -> &str {
    fragment.strip_prefix("#/s/").unwrap()
}

#[test]
fn a_fully_rated_cd_assessment_fits_in_49_characters_and_opens_unchanged() {
    let a = fully_rated(&["cd-maturity"]);
    let fragment = share_fragment(&a, &BARE);
    assert_eq!(payload(&fragment).len(), 49);
    // 39 characters of ratings against a minimum of 37, plus 8 of header and 2 of check.
    assert!(payload(&fragment).len() as f64 <= 1.35 * minimum_chars(78) as f64);
    let opened = open_payload(payload(&fragment)).unwrap();
    assert_eq!(opened.models, ["cd-maturity"]);
    assert_eq!(opened.assessment.answers, a.answers);
    assert_eq!(opened.assessment.name, "Shared assessment");
}

#[test]
fn every_model_fully_rated_opens_unchanged_with_name_and_notes() {
    let ids: Vec<&str> = catalogue().iter().map(|m| m.id).collect();
    let mut a = fully_rated(&ids);
    a.name = "Ünïcode team 🚀".into();
    a.set_note(
        "cmmi",
        catalogue()[1].practices[0].id,
        "Needs a <b>review</b>".into(),
    );
    let fragment = share_fragment(
        &a,
        &LinkOptions {
            include_name: true,
            include_notes: true,
        },
    );
    let opened = open_payload(payload(&fragment)).unwrap();
    assert_eq!(opened.assessment, a);
    assert_eq!(opened.models, ids);
    assert_eq!(models_with_answers(&a), ids);
}

#[test]
fn the_qr_code_of_a_full_cd_link_on_a_typical_host_is_version_6_or_lower() {
    let a = fully_rated(&["cd-maturity"]);
    let url = format!(
        "https://my-team.github.io/rungs/{}",
        share_fragment(
            &a,
            &LinkOptions {
                include_name: true,
                include_notes: false
            }
        )
    );
    let (svg, version) = qr_svg(&url).unwrap();
    assert!(version <= 6, "version {version} for {} bytes", url.len());
    assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
}

#[test]
fn a_link_too_long_for_any_qr_code_gets_a_message() {
    let error = qr_svg(&"x".repeat(4000)).unwrap_err();
    assert!(error.contains("too long"), "{error}");
}

#[test]
fn comparing_lists_each_difference_and_draws_both_polygons() {
    let cd = find_model("cd-maturity").unwrap();
    let mut mine = Assessment::default();
    let mut theirs = Assessment::default();
    mine.set_rating(cd.id, cd.practices[0].id, Some(Rating::Fully));
    theirs.set_rating(cd.id, cd.practices[0].id, Some(Rating::Fully));
    theirs.set_rating(cd.id, cd.practices[1].id, Some(Rating::Partly));
    mine.set_rating(cd.id, cd.practices[2].id, Some(Rating::NotApplicable));
    let found = differences(cd, &theirs, &mine);
    let ids: Vec<&str> = found.iter().map(|d| d.practice.id).collect();
    assert_eq!(ids, [cd.practices[1].id, cd.practices[2].id]);
    assert_eq!(found[0].first, Some(Rating::Partly));
    assert_eq!(found[0].second, None);
    let radar = comparison_radar(
        cd,
        &[("Shared", &theirs), ("Mine", &mine)],
        &theirs.settings,
    );
    let labels: Vec<&str> = radar.series.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(labels, ["Shared", "Mine"]);
    assert_eq!(radar.axes.len(), cd.categories.len());
}
