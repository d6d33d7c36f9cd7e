//! Imported models in the app: the registry beside the shipped models, what an update changes,
//! answers to retired practices, how models are kept, and share links that name them.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rungs::core::assessment::Assessment;
use rungs::core::link_codec::{LinkError, LinkOptions, LinkWarning, FIRST_NAMED_CODE};
use rungs::core::model::file::ModelFile;
use rungs::core::model::{all_models, bundled_texts, catalogue, find_model, is_imported};
use rungs::core::own_model::registry::{self, former_after_update};
use rungs::core::own_model::saved::{read_saved, write_saved, SavedModel};
use rungs::core::own_model::update::{
    compare, dimensions_left_out, file_of_shipped, no_longer_in_model,
};
use rungs::core::scoring::{level_reached, Rating};
use rungs::core::share::{link_table, open_payload, share_fragment};

/// A small model, written as a team would.
const LADDER: &str = r#"
id = "team-ladder"
name = "Team ladder"
version = "1.0"
summary = "Our own ladder."

[source]
authors = "Us"
title = "Team ladder"
year = 2026
url = "https://example.org"
licence = "Ours."

[about]
purpose = "To see where we stand."
crosswalk = "By the kind of thing a practice asks for."

[[levels]]
id = "crawl"
name = "Crawl"
summary = "First steps."

[[levels]]
id = "walk"
name = "Walk"
summary = "Steady."

[[categories]]
id = "flow"
name = "Flow"
summary = "How work flows."

[[practices]]
id = "board"
title = "Visible board"
description = "Work is on a board everyone sees."
category = "flow"
level = "crawl"
dimension = "process"

[[practices]]
id = "wip"
title = "WIP limits"
description = "The board limits work in progress."
category = "flow"
level = "walk"
dimension = "organization"

[[practices]]
id = "flow-metrics"
title = "Flow metrics"
description = "Cycle time is measured."
category = "flow"
level = "walk"
dimension = "technology"
"#;

fn ladder() -> ModelFile {
    toml::from_str(LADDER).unwrap()
}

fn ladder_v2() -> ModelFile {
    let mut file = ladder();
    file.version = "2.0".into();
    file.practices.retain(|p| p.id != "flow-metrics");
    file.practices[1].title = "Limits on work in progress".into();
    let mut new = file.practices[1].clone();
    new.id = "pull".into();
    new.title = "Pull, not push".into();
    file.practices.push(new);
    file
}

#[test]
fn an_imported_model_stands_beside_the_shipped_ones() {
    registry::clear();
    assert!(find_model("team-ladder").is_none());
    let model = registry::register(ladder(), Vec::new());
    assert_eq!(find_model("team-ladder"), Some(model));
    assert!(is_imported("team-ladder"));
    assert!(!is_imported("cmmi"));
    let ids: Vec<&str> = all_models().iter().map(|m| m.id).collect();
    assert_eq!(ids.len(), catalogue().len() + 1);
    assert_eq!(ids.last(), Some(&"team-ladder"));
    // Indices into its own lists, as the shipped statics have them.
    assert_eq!(model.practices[1].level, 1);
    assert_eq!(model.practices[2].dimension.as_str(), "technology");
    // Its texts are found with every other model's.
    assert_eq!(
        bundled_texts().description("team-ladder", "wip"),
        Some("The board limits work in progress.")
    );
    // Scoring needs nothing more.
    let mut a = Assessment::default();
    a.set_rating("team-ladder", "board", Some(Rating::Fully));
    let outcome = level_reached(model, &a.ratings_for(model), &a.settings, &|_| true);
    assert_eq!(outcome.level_name(model), "Crawl");
    registry::unregister("team-ladder");
    assert!(find_model("team-ladder").is_none());
}

#[test]
fn an_update_lists_what_it_adds_retires_retitles_and_keeps_their_titles() {
    registry::clear();
    registry::register(ladder(), Vec::new());
    let old = registry::find("team-ladder").unwrap();
    let changes = compare(&old.file, &ladder_v2());
    assert_eq!(changes.old_version, "1.0");
    assert_eq!(changes.added, [("pull".into(), "Pull, not push".into())]);
    assert_eq!(
        changes.retired,
        [("flow-metrics".to_string(), "Flow metrics".to_string())]
    );
    assert_eq!(
        changes.retitled,
        [(
            "wip".to_string(),
            "WIP limits".to_string(),
            "Limits on work in progress".to_string()
        )]
    );
    assert!(!changes.ladder_changed);
    let former = former_after_update(&old, &ladder_v2());
    let model = registry::register(ladder_v2(), former);

    // The answers stay; the retired practice's answer is listed by its old title.
    let mut a = Assessment::default();
    a.set_rating("team-ladder", "board", Some(Rating::Fully));
    a.set_rating("team-ladder", "flow-metrics", Some(Rating::Partly));
    a.set_note("team-ladder", "flow-metrics", "dashboards soon".into());
    let listed = no_longer_in_model(&a, model);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].title, "Flow metrics");
    assert_eq!(listed[0].rating, Some(Rating::Partly));
    assert_eq!(listed[0].note, "dashboards soon");
    assert!(model.retired.contains(&"flow-metrics"));

    // Going back to version 1 brings the practice back (off the list) and retires the one
    // version 2 added.
    let entry = registry::find("team-ladder").unwrap();
    assert_eq!(
        former_after_update(&entry, &ladder()),
        [("pull".to_string(), "Pull, not push".to_string())]
    );
    registry::clear();
}

#[test]
fn dimensions_a_model_leaves_out_are_named() {
    let left: Vec<&str> = dimensions_left_out(&ladder())
        .iter()
        .map(|d| d.as_str())
        .collect();
    assert_eq!(left, ["culture"]);
}

#[test]
fn kept_models_read_back_and_damage_is_reported_not_dropped() {
    let kept = vec![SavedModel {
        file: ladder(),
        former: vec![("old".into(), "An old practice".into())],
    }];
    let text = write_saved(&kept);
    let read = read_saved(&text).unwrap();
    assert_eq!(read.models, kept);
    assert!(read.skipped.is_empty());

    assert!(read_saved("not json").unwrap_err().contains("damaged"));
    let newer = text.replace("\"rungs-models\":1", "\"rungs-models\":2");
    assert!(read_saved(&newer).unwrap_err().contains("newer"));
    // One entry broken by hand: the others still read, and the broken one is named.
    let mut broken = ladder();
    broken.id = "other".into();
    broken.practices[0].category = "nowhere".into();
    let text = write_saved(&[
        kept[0].clone(),
        SavedModel {
            file: broken,
            former: Vec::new(),
        },
    ]);
    let read = read_saved(&text).unwrap();
    assert_eq!(read.models.len(), 1);
    assert_eq!(read.skipped.len(), 1);
}

#[test]
fn share_links_name_an_imported_model_and_ask_for_it_when_it_is_missing() {
    registry::clear();
    registry::register(ladder(), Vec::new());
    let table = link_table();
    let own = table.iter().find(|m| m.id == "team-ladder").unwrap();
    assert_eq!(own.code, FIRST_NAMED_CODE);
    assert!(table
        .iter()
        .filter(|m| m.identity.is_none())
        .all(|m| m.code < FIRST_NAMED_CODE));

    let mut a = Assessment::default();
    a.set_rating("team-ladder", "board", Some(Rating::Fully));
    a.set_rating("team-ladder", "wip", Some(Rating::Started));
    a.set_rating("cmmi", "rdm", Some(Rating::Largely));
    let fragment = share_fragment(
        &a,
        &LinkOptions {
            include_name: false,
            include_notes: false,
        },
    );
    let payload = fragment.trim_start_matches("#/s/");
    let opened = open_payload(payload).unwrap();
    assert_eq!(opened.assessment.answers, a.answers);

    // Someone with version 2: the practices both have open; the retired one is counted.
    let old = registry::find("team-ladder").unwrap();
    registry::register(ladder_v2(), former_after_update(&old, &ladder_v2()));
    let mut shared = a.clone();
    shared.set_rating("team-ladder", "flow-metrics", Some(Rating::Fully));
    registry::register(ladder(), Vec::new());
    let fragment = share_fragment(
        &shared,
        &LinkOptions {
            include_name: false,
            include_notes: false,
        },
    );
    let payload = fragment.trim_start_matches("#/s/").to_string();
    let old = registry::find("team-ladder").unwrap();
    registry::register(ladder_v2(), former_after_update(&old, &ladder_v2()));
    let opened = open_payload(&payload).unwrap();
    assert_eq!(
        opened.assessment.rating("team-ladder", "wip"),
        Some(Rating::Started)
    );
    assert_eq!(
        opened.assessment.rating("team-ladder", "flow-metrics"),
        None
    );
    assert!(matches!(
        &opened.warnings[..],
        [LinkWarning::OtherVersion { missing: 1, .. }]
    ));

    // Someone without it: the link says which model it needs.
    registry::clear();
    match open_payload(&payload) {
        Err(LinkError::MissingModel { id, version, .. }) => {
            assert_eq!((id.as_str(), version.as_str()), ("team-ladder", "1.0"));
        }
        other => panic!("expected a missing model, got {other:?}"),
    }
}

#[test]
fn every_shipped_model_exports_as_a_file_that_passes_the_build_rules() {
    let texts = bundled_texts();
    for model in catalogue() {
        let file = file_of_shipped(model, &texts);
        let problems =
            rungs::core::model::validate::validate_model(&format!("{}.toml", model.id), &file);
        assert!(problems.is_empty(), "{}: {problems:?}", model.id);
        assert_eq!(file.practices.len(), model.practices.len());
    }
}
