//! The interface's languages: which one a person gets, and the catalogue format with its
//! checks, including a property test that no text makes the reader panic.

#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rungs::core::i18n::{choose, placeholders, Catalogue, Language};

fn browser(codes: &[&str]) -> Vec<String> {
    codes.iter().map(|c| c.to_string()).collect()
}

#[test]
fn the_stored_choice_wins_then_the_browser_then_english() {
    assert_eq!(choose(Some("fr"), &browser(&["en-GB"])), Language::French);
    assert_eq!(choose(Some("en"), &browser(&["fr-FR"])), Language::English);
    assert_eq!(choose(None, &browser(&["fr-CA", "en"])), Language::French);
    assert_eq!(choose(None, &browser(&["de-DE", "fr"])), Language::French);
    assert_eq!(choose(None, &browser(&["de-DE", "es"])), Language::English);
    assert_eq!(choose(Some("klingon"), &browser(&["fr"])), Language::French);
    assert_eq!(choose(None, &[]), Language::English);
}

#[test]
fn plural_forms_follow_each_language() {
    assert_eq!(Language::English.plural_form(0), 1);
    assert_eq!(Language::English.plural_form(1), 0);
    assert_eq!(Language::English.plural_form(2), 1);
    assert_eq!(Language::French.plural_form(0), 0);
    assert_eq!(Language::French.plural_form(1), 0);
    assert_eq!(Language::French.plural_form(2), 1);
}

#[test]
fn a_catalogue_maps_english_to_its_translation() {
    let text = "# a comment\n\nen: Models\nfr: Modèles\n\nen: {n} practice | {n} practices\nfr: {n} pratique | {n} pratiques\n";
    let catalogue = Catalogue::parse(text, "fr");
    assert_eq!(catalogue.as_ref().map(|c| c.entries.len()), Ok(2));
    let catalogue = catalogue.unwrap_or_default();
    assert_eq!(catalogue.get("Models"), Some("Modèles"));
    assert_eq!(catalogue.get("Nope"), None);
}

#[test]
fn each_broken_catalogue_names_its_line() {
    let cases = [
        ("en: A\n\nfr: B\n", 1, "no “fr: ” line"),
        ("fr: B\n", 1, "must follow"),
        ("en: A\nen: B\nfr: C\n", 2, "two “en: ” lines"),
        ("en: A\nfr: B\nen: A\nfr: C\n", 4, "translated twice"),
        ("en: {n} a | {n} b\nfr: {n} a\n", 2, "forms"),
        ("en: Hello {name}\nfr: Bonjour {nom}\n", 2, "placeholders"),
        ("en: A\nfr:  \n", 2, "empty"),
        ("en: A\nde: B\n", 2, "expected a line"),
        ("en: A\n", 1, "no “fr: ” line"),
    ];
    for (text, line, words) in cases {
        match Catalogue::parse(text, "fr") {
            Ok(_) => panic!("{text:?} was read"),
            Err(error) => {
                assert_eq!(error.line, line, "{text:?}: {error}");
                assert!(error.message.contains(words), "{text:?}: {error}");
            }
        }
    }
}

#[test]
fn placeholders_are_listed_sorted() {
    assert_eq!(placeholders("{b} and {a} of {n}"), vec!["a", "b", "n"]);
    assert!(placeholders("no braces").is_empty());
    assert!(placeholders("an open { only").is_empty());
}

proptest! {
    #[test]
    fn no_text_makes_the_reader_panic(text in "(en: |fr: |#|\\{|\\}| \\| |[a-z ]|\n){0,200}") {
        let _ = Catalogue::parse(&text, "fr");
    }

    #[test]
    fn what_is_written_is_read_back(pairs in proptest::collection::btree_map("[A-Za-z][A-Za-z ,.]{0,30}", "[A-Za-z][A-Za-zéè ,.]{0,30}", 0..20)) {
        let text: String = pairs.iter().map(|(en, fr)| format!("en: {en}\nfr: {fr}\n\n")).collect();
        let catalogue = Catalogue::parse(&text, "fr");
        prop_assert!(catalogue.is_ok(), "{:?}", catalogue);
        let catalogue = catalogue.unwrap_or_default();
        prop_assert_eq!(catalogue.entries.len(), pairs.len());
        for (en, fr) in &pairs {
            prop_assert_eq!(catalogue.get(en), Some(fr.as_str()));
        }
    }
}

#[test]
fn numbers_read_as_each_language_writes_them() {
    assert_eq!(Language::English.percent(75), "75%");
    assert_eq!(Language::French.percent(75), "75\u{a0}%");
    assert_eq!(Language::English.decimal_separator(), '.');
    assert_eq!(Language::French.decimal_separator(), ',');
}
