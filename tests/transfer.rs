//! Export and import files: round trips with the real catalogue, the per-assessment report, the
//! kinds of file accepted and the errors for the rest.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use rungs::core::assessment::{Assessment, RadarMeasure};
use rungs::core::assessment_json::assessment_to_json;
use rungs::core::model::{catalogue, find_model, Model, Source};
use rungs::core::plan::Planned;
use rungs::core::scoring::{LevelRule, Rating, ScoringSettings};
use rungs::core::store_format::{write_library, Library, SCHEMA_VERSION};
use rungs::core::transfer::{
    export_json, read_import, ImportError, ImportItem, ImportReport, MAX_IMPORT_BYTES,
};

fn shipped() -> Vec<&'static rungs::core::model::Model> {
    catalogue().iter().collect()
}

fn named(name: &str) -> Assessment {
    Assessment {
        name: name.into(),
        ..Assessment::default()
    }
}

fn team_a() -> Assessment {
    let mut a = named("Team A — “quoted” 🚀");
    a.settings = ScoringSettings {
        rule: LevelRule::Percentage,
        threshold: Rating::Started,
        required_percent: 70,
    };
    a.radar_measure = RadarMeasure::Share;
    a.set_rating("cd-maturity", "co-frequent-commits", Some(Rating::Fully));
    a.set_note(
        "cd-maturity",
        "co-frequent-commits",
        "a \"note\"\nwith\\lines".into(),
    );
    a.set_rating("cmmi", "est", Some(Rating::NotApplicable));
    a.set_na_reason("cmmi", "est", "fixed price".into());
    a.set_note("mlops-microsoft", "app-unit-tests", "only a note".into());
    a.set_target_level("cd-maturity", Some("intermediate".into()));
    a.set_category_target(
        "cd-maturity",
        "culture-organization",
        Some("advanced".into()),
    );
    a.set_planned(
        "cd-maturity",
        "co-one-backlog-per-team",
        Some(Planned {
            owner: "Ann".into(),
            due: "2027-03-31".into(),
        }),
    );
    a.set_planned("cmmi", "rdm", Some(Planned::default()));
    a.take_snapshot("2026-12-02T15:04:05Z".into(), "Q4 — “before”".into());
    a.set_rating("cmmi", "rdm", Some(Rating::Largely));
    a
}

fn import(text: &str) -> ImportReport {
    read_import(text, &shipped()).unwrap()
}

fn import_error(text: &str) -> ImportError {
    read_import(text, &shipped()).unwrap_err()
}

/// An export file of today's schema holding `items`.
fn export_of(items: &str) -> String {
    format!(
        r#"{{"rungs":"export","schema":{SCHEMA_VERSION},"exported":"2026-11-26","assessments":[{items}]}}"#
    )
}

#[test]
fn export_then_import_gives_back_the_same_assessments() {
    let (a, b) = (team_a(), named("Empty one"));
    let text = export_json(&[&a, &b], "2026-11-26");
    let report = import(&text);
    assert_eq!(report.importable(), [&a, &b]);
    assert!(report.items.iter().all(|i| i.problems.is_empty()));
    assert_eq!(report.items[0].name, a.name);
    assert_eq!(report.items[1].index, 1);
    assert_eq!(report.summary(), "2 assessments: all can be imported");
}

#[test]
fn every_practice_of_every_model_survives_export_and_import() {
    let mut a = named("everything");
    for model in catalogue() {
        for (i, practice) in model.practices.iter().enumerate() {
            let rating = Rating::ALL[i % Rating::ALL.len()];
            a.set_rating(model.id, practice.id, Some(rating));
        }
    }
    assert_eq!(import(&export_json(&[&a], "d")).importable(), [&a]);
}

#[test]
fn the_export_file_is_pretty_printed_in_a_fixed_order() {
    let mut a = named("X");
    a.set_rating("cmmi", "rdm", Some(Rating::Partly));
    let b = named("");
    assert_eq!(
        export_json(&[&a, &b], "2026-11-26"),
        r#"{
  "rungs": "export",
  "schema": 2,
  "exported": "2026-11-26",
  "assessments": [
    {
      "name": "X",
      "rule": "staged",
      "threshold": "largely",
      "required_percent": 80,
      "radar": "progress",
      "answers": {
        "cmmi": {
          "rdm": {
            "rating": "partly"
          }
        }
      }
    },
    {
      "rule": "staged",
      "threshold": "largely",
      "required_percent": 80,
      "radar": "progress"
    }
  ]
}
"#
    );
    assert!(export_json(&[], "d").contains("\"assessments\": []"));
}

#[test]
fn exports_carry_targets_plans_and_snapshots() {
    let text = export_json(&[&team_a()], "2026-12-02");
    for expected in [
        "\"schema\": 2,",
        "\"targets\": {",
        "\"level\": \"intermediate\"",
        "\"culture-organization\": \"advanced\"",
        "\"due\": \"2027-03-31\"",
        "\"rdm\": {}",
        "\"snapshots\": [",
        "\"taken\": \"2026-12-02T15:04:05Z\"",
    ] {
        assert!(text.contains(expected), "{expected} in {text}");
    }
    let imported = import(&text).importable()[0].clone();
    assert_eq!(imported.snapshots.len(), 1);
    assert_eq!(
        imported.snapshots[0].rating("cmmi", "rdm"),
        None,
        "rated after the snapshot"
    );
    assert_eq!(imported, team_a());
}

#[test]
fn a_schema_1_export_still_imports() {
    // Written by a Rungs before schema 2 (no targets, plans or snapshots): frozen, not today's.
    let text = r#"{
  "rungs": "export",
  "schema": 1,
  "exported": "2026-11-26",
  "assessments": [
    {
      "name": "Old team",
      "rule": "percentage",
      "threshold": "started",
      "required_percent": 70,
      "radar": "share",
      "answers": {
        "cmmi": {
          "est": {
            "rating": "not-applicable",
            "na_reason": "fixed price"
          }
        }
      }
    }
  ]
}
"#;
    let report = import(text);
    assert_eq!(report.summary(), "1 assessment: it can be imported");
    let mut expected = named("Old team");
    expected.settings = ScoringSettings {
        rule: LevelRule::Percentage,
        threshold: Rating::Started,
        required_percent: 70,
    };
    expected.radar_measure = RadarMeasure::Share;
    expected.set_rating("cmmi", "est", Some(Rating::NotApplicable));
    expected.set_na_reason("cmmi", "est", "fixed price".into());
    assert_eq!(report.importable(), [&expected]);
    // A saved-data backup of schema 1 too.
    let store = text.replace("\"export\"", "\"store\"").replace(
        "\"name\": \"Old team\"",
        "\"id\": \"a1\", \"name\": \"Old team\"",
    );
    assert_eq!(import(&store).importable(), [&expected]);
}

#[test]
fn a_bad_plan_or_snapshot_is_reported_with_its_path() {
    let report = import(&export_of(
        r#"{"name":"Plans","plans":{"cmmi":{"rdm":{"due":"31/03"}}}},
           {"name":"Snapshots","snapshots":[{"id":"s1"}]},
           {"plans":{"cmmi":{"rdm":{}}}}"#,
    ));
    assert_eq!(
        report.items[0].problems,
        ["plans › cmmi › rdm › due: expected a date as YYYY-MM-DD, found \"31/03\""]
    );
    assert_eq!(report.items[1].problems, ["snapshot 1 › taken: missing"]);
    assert!(report.items[2].assessment.is_some());
    // A bare assessment that only holds plans is an assessment too.
    let bare = import(r#"{"plans":{"cmmi":{"rdm":{"owner":"Ann"}}}}"#);
    assert_eq!(
        bare.importable()[0].planned("cmmi", "rdm").unwrap().owner,
        "Ann"
    );
}

#[test]
fn each_assessment_is_reported_on_separately() {
    let text = export_of(
        r#"
        {"name": "Good", "answers": {"cmmi": {"rdm": {"rating": "fully"}}}},
        {"name": "Bad rating", "answers": {"cd-maturity": {"co-frequent-commits": {"rating": "great"}}}},
        {"name": "Strays", "answers": {
            "cmmi": {"rdm": {"rating": "partly"}, "no-such-practice": {"rating": "fully"}},
            "no-such-model": {"p1": {"rating": "fully"}, "p2": {"note": "x"}, "p3": {"note": "y"}, "p4": {"rating": "started"}},
            "lone-model": {"p": {"rating": "fully"}},
            "mlops-google": {"gone": {"note": "only stray"}}}}
        "#,
    );
    let report = import(&text);
    let [good, bad, strays] = &report.items[..] else {
        panic!("{report:?}")
    };

    let mut expected_good = named("Good");
    expected_good.set_rating("cmmi", "rdm", Some(Rating::Fully));
    // No "radar" in the file: the level radar, as it always was.
    expected_good.radar_measure = RadarMeasure::Level;
    assert_eq!(
        good,
        &ImportItem {
            index: 0,
            name: "Good".into(),
            assessment: Some(expected_good),
            problems: vec![],
        }
    );

    assert_eq!(bad.name, "Bad rating");
    assert_eq!(bad.assessment, None);
    assert_eq!(
        bad.problems,
        ["answers › cd-maturity › co-frequent-commits: unknown rating \"great\""]
    );

    let mut expected_strays = named("Strays");
    expected_strays.set_rating("cmmi", "rdm", Some(Rating::Partly));
    expected_strays.radar_measure = RadarMeasure::Level;
    assert_eq!(strays.assessment, Some(expected_strays));
    assert_eq!(
        strays.problems,
        [
            "answers › cmmi › no-such-practice: unknown practice; skipped",
            "answers › lone-model: a model not in this browser (add it on the Models page first to keep them); its 1 answer is skipped",
            "answers › mlops-google › gone: unknown practice; skipped",
            "answers › no-such-model: a model not in this browser (add it on the Models page first to keep them); its 4 answers are skipped",
        ]
    );

    assert_eq!(report.importable().len(), 2);
    assert_eq!(
        report.summary(),
        "3 assessments: 2 can be imported, 1 has problems"
    );
}

#[test]
fn answers_to_retired_practices_are_kept_silently() {
    let base = find_model("cmmi").unwrap();
    let model = Model {
        retired: &["old-practice"],
        source: Source {
            authors: "",
            title: "",
            publisher: "",
            year: 2026,
            url: "",
        },
        ..*base
    };
    let models = [model];
    let text =
        export_of(r#"{"answers":{"cmmi":{"old-practice":{"rating":"fully"},"rdm":{"note":"n"}}}}"#);
    let report = read_import(&text, &[&models[0]]).unwrap();
    let item = &report.items[0];
    assert_eq!(item.problems, Vec::<String>::new());
    let imported = item.assessment.as_ref().unwrap();
    assert_eq!(imported.rating("cmmi", "old-practice"), Some(Rating::Fully));
    assert_eq!(imported.answer("cmmi", "rdm").unwrap().note, "n");
}

#[test]
fn an_assessment_without_a_name_is_called_imported_assessment() {
    let report = import(&export_of(r#"{}, {"name": "  "}, {"name": null}"#));
    for item in &report.items {
        assert_eq!(item.name, "Imported assessment");
        assert_eq!(
            item.assessment.as_ref().unwrap().name,
            "Imported assessment"
        );
        assert!(item.problems.is_empty());
    }
}

#[test]
fn overlong_names_and_notes_cannot_be_imported() {
    let longest_name = "n".repeat(200);
    let longest_note = "é".repeat(10_000);
    let ok = format!(
        r#"{{"name":"{longest_name}","answers":{{"cmmi":{{"rdm":{{"note":"{longest_note}","na_reason":"{longest_note}"}}}}}}}}"#
    );
    let long_name = format!(r#"{{"name":"{longest_name}x"}}"#);
    let long_note = format!(r#"{{"answers":{{"cmmi":{{"rdm":{{"note":"{longest_note}x"}}}}}}}}"#);
    let long_reason =
        format!(r#"{{"answers":{{"cmmi":{{"est":{{"na_reason":"{longest_note}x"}}}}}}}}"#);
    let report = import(&export_of(
        &[ok, long_name, long_note, long_reason].join(","),
    ));
    assert!(report.items[0].assessment.is_some());
    assert!(report.items[0].problems.is_empty());
    assert_eq!(report.items[1].assessment, None);
    assert_eq!(
        report.items[1].problems,
        ["name: 201 characters long; the most is 200"]
    );
    assert_eq!(
        report.items[1].name.chars().count(),
        81,
        "shortened for display"
    );
    assert_eq!(report.items[2].assessment, None);
    assert_eq!(
        report.items[2].problems,
        ["answers › cmmi › rdm › note: 10001 characters long; the most is 10,000"]
    );
    assert_eq!(report.items[3].assessment, None);
    assert_eq!(
        report.items[3].problems,
        ["answers › cmmi › est › na_reason: 10001 characters long; the most is 10,000"]
    );
    assert_eq!(
        report.summary(),
        "4 assessments: 1 can be imported, 3 have problems"
    );
}

#[test]
fn a_saved_data_document_is_accepted() {
    let mut library = Library::new();
    library.assessments[0].assessment = team_a();
    library.add(named("Second"));
    let report = import(&write_library(&library));
    assert_eq!(report.importable(), [&team_a(), &named("Second")]);
}

#[test]
fn a_bare_assessment_is_accepted() {
    let a = team_a();
    for text in [
        assessment_to_json(&a, false, 0),
        assessment_to_json(&a, true, 0),
    ] {
        let report = import(&text);
        assert_eq!(report.importable(), [&a]);
        assert_eq!(report.summary(), "1 assessment: it can be imported");
    }
    let report = import(r#"{"name": "x", "rule": "nope"}"#);
    assert_eq!(report.items[0].problems, ["rule: unknown rule \"nope\""]);
    assert_eq!(
        report.summary(),
        "1 assessment: it has problems and cannot be imported"
    );
}

#[test]
fn an_item_that_is_not_an_object_cannot_be_imported() {
    let report = import(&export_of(r#"[1], "text", null"#));
    assert_eq!(report.items.len(), 3);
    assert!(report.importable().is_empty());
    assert_eq!(
        report.items[0].problems,
        ["expected an object, found a list"]
    );
    assert_eq!(report.summary(), "3 assessments: none can be imported");
}

#[test]
fn text_that_is_not_json_is_refused() {
    for text in [
        "",
        "name: x",
        "{\"rungs\": \"export\",}",
        &"[".repeat(100_000),
    ] {
        let error = import_error(text);
        assert!(matches!(error, ImportError::NotJson { .. }), "{error:?}");
        assert!(error
            .message()
            .starts_with("This file cannot be imported: it is not valid JSON ("));
    }
}

#[test]
fn json_from_elsewhere_is_not_rungs() {
    for text in [
        "{}",
        "[]",
        "[{\"name\": \"x\"}]",
        "3",
        r#"{"rungs": "something-else", "schema": 2, "assessments": []}"#,
        r#"{"rungs": "export", "assessments": [{"name": "no schema"}]}"#,
        r#"{"rungs": "export", "schema": 0, "assessments": [{"name": "x"}]}"#,
        r#"{"title": "some other program's file"}"#,
    ] {
        assert_eq!(import_error(text), ImportError::NotRungs, "{text}");
    }
    assert_eq!(
        ImportError::NotRungs.message(),
        "This file cannot be imported: it is not a Rungs export or saved-data file."
    );
}

#[test]
fn a_file_from_a_newer_rungs_is_refused() {
    let newer = SCHEMA_VERSION + 1;
    for kind in ["export", "store"] {
        let text =
            format!(r#"{{"rungs":"{kind}","schema":{newer},"assessments":[{{"name":"x"}}]}}"#);
        let error = import_error(&text);
        assert_eq!(
            error,
            ImportError::NewerSchema {
                found: newer,
                supported: SCHEMA_VERSION
            }
        );
        assert_eq!(
            error.message(),
            format!("This file was written by a newer version of Rungs (format {newer}; this version reads up to {SCHEMA_VERSION}).")
        );
    }
}

#[test]
fn a_file_without_assessments_is_refused() {
    for text in [
        export_of(""),
        r#"{"rungs":"export","schema":2,"exported":"2026-11-26"}"#.to_string(),
        r#"{"rungs":"export","schema":2,"assessments":{}}"#.to_string(),
        r#"{"rungs":"store","schema":2,"active":0,"assessments":[]}"#.to_string(),
    ] {
        assert_eq!(import_error(&text), ImportError::NoAssessments, "{text}");
    }
    assert_eq!(
        ImportError::NoAssessments.message(),
        "This file holds no assessments."
    );
}

#[test]
fn a_file_that_is_too_large_is_refused_before_reading() {
    let text = " ".repeat(MAX_IMPORT_BYTES + 1);
    let error = import_error(&text);
    assert_eq!(
        error,
        ImportError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1
        }
    );
    assert_eq!(
        error.message(),
        "This file is too large to import (5.0 MB; the limit is 5 MB)."
    );
    // Right at the limit, it is read (and here found not to be JSON).
    let text = " ".repeat(MAX_IMPORT_BYTES);
    assert!(matches!(import_error(&text), ImportError::NotJson { .. }));
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in "(?s).{0,200}") {
        if let Ok(report) = read_import(&text, &shipped()) {
            let _ = report.summary();
        }
        if let Err(error) = read_import(&text, &shipped()) {
            let _ = error.message();
        }
    }

    #[test]
    fn arbitrary_items_never_panic(item in r#"[{}\[\]":,0-9a-z .\-\\]{0,120}"#) {
        let _ = read_import(&export_of(&item), &shipped());
        let _ = read_import(&item, &shipped());
    }
}
