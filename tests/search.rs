//! Word search across the shipped models.
#![cfg(not(target_arch = "wasm32"))]

use rungs::core::model::Model;
use rungs::core::model::{bundled_texts, catalogue};
use rungs::core::search::search;

fn shipped() -> Vec<&'static Model> {
    catalogue().iter().collect()
}

#[test]
fn a_word_finds_practices_in_several_models_with_their_place() {
    let hits = search(&shipped(), &bundled_texts(), "pipeline");
    let models: std::collections::BTreeSet<&str> = hits.iter().map(|h| h.model.id).collect();
    assert!(models.contains("cd-maturity"), "{models:?}");
    assert!(models.contains("mlops-google"), "{models:?}");
}

#[test]
fn search_is_case_insensitive_and_needs_every_word() {
    let lower = search(&shipped(), &bundled_texts(), "zero-downtime");
    let upper = search(&shipped(), &bundled_texts(), "ZERO-DOWNTIME");
    assert_eq!(lower, upper);
    assert!(lower
        .iter()
        .any(|h| h.practice.id == "bd-zero-downtime-deploys"));
    assert!(search(&shipped(), &bundled_texts(), "zero-downtime xyzzy").is_empty());
}

#[test]
fn title_matches_come_first() {
    let hits = search(&shipped(), &bundled_texts(), "tests");
    let first_non_title = hits.iter().position(|h| !h.in_title).unwrap_or(hits.len());
    assert!(hits[first_non_title..].iter().all(|h| !h.in_title));
    assert!(hits[..first_non_title].iter().all(|h| h.in_title));
}

#[test]
fn without_the_texts_titles_are_still_searched() {
    let empty = rungs::core::model::text_file::ModelTexts::default();
    let hits = search(&shipped(), &empty, "unit tests");
    assert!(hits
        .iter()
        .any(|h| h.practice.title == "Automatic unit tests"));
}
