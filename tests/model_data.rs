//! The model files in `model-data/` and the validator that guards them.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use rungs::core::model::file::{CatalogueFile, ModelFile};
use rungs::core::model::validate::{validate_catalogue, validate_model, Problem};
use rungs::core::model::{bundled_texts, catalogue, Dimension};
use std::path::Path;

fn load(path: &Path) -> ModelFile {
    let text = std::fs::read_to_string(path).unwrap();
    toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn fixture_problems(name: &str) -> Vec<Problem> {
    let path = Path::new("tests/fixtures/models").join(format!("{name}.toml"));
    validate_model(&format!("{name}.toml"), &load(&path))
}

/// Asserts that the fixture yields exactly one problem, about `item`, mentioning `words`.
fn assert_single_problem(name: &str, item: &str, words: &str) {
    let problems = fixture_problems(name);
    assert_eq!(problems.len(), 1, "{name}: {problems:?}");
    let problem = &problems[0];
    assert_eq!(problem.file, format!("{name}.toml"));
    assert_eq!(problem.item, item, "{problem}");
    assert!(problem.message.contains(words), "{problem}");
}

fn model_data_file_names() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir("model-data")
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".toml"))
        .collect();
    names.sort();
    names
}

#[test]
fn every_file_in_model_data_is_registered_and_valid() {
    let catalogue_file: CatalogueFile =
        toml::from_str(&std::fs::read_to_string("model-data/catalogue.toml").unwrap()).unwrap();
    let names = model_data_file_names();
    assert_eq!(validate_catalogue(&catalogue_file, &names), vec![]);
    for id in &catalogue_file.models {
        let name = format!("{id}.toml");
        let model = load(&Path::new("model-data").join(&name));
        assert_eq!(validate_model(&name, &model), vec![], "{name}");
    }
    // The generated statics hold the same models, in the same order.
    let ids: Vec<&str> = catalogue().iter().map(|m| m.id).collect();
    assert_eq!(ids, catalogue_file.models);
}

#[test]
fn the_valid_fixture_has_no_problem() {
    assert_eq!(fixture_problems("valid"), vec![]);
}

#[test]
fn a_duplicate_practice_id_is_rejected() {
    assert_single_problem(
        "duplicate-id",
        "practice \"p-one\"",
        "duplicate practice id",
    );
}

#[test]
fn a_retired_practice_id_is_rejected() {
    assert_single_problem("retired-id", "practice \"old-practice\"", "retired");
}

#[test]
fn an_unknown_category_is_rejected() {
    assert_single_problem(
        "unknown-category",
        "practice \"p-two\"",
        "unknown category \"tooling\"",
    );
}

#[test]
fn an_unknown_level_is_rejected() {
    // The level "two" is then also left without practices: both are reported.
    let problems = fixture_problems("unknown-level");
    assert!(problems
        .iter()
        .any(|p| p.item == "practice \"p-two\"" && p.message.contains("unknown level \"three\"")));
}

#[test]
fn an_unknown_dimension_is_rejected() {
    assert_single_problem(
        "unknown-dimension",
        "practice \"p-two\"",
        "unknown dimension \"people\"",
    );
}

#[test]
fn a_level_without_practices_is_rejected() {
    assert_single_problem(
        "level-without-practices",
        "level \"two\"",
        "has no practices",
    );
}

#[test]
fn only_the_starting_level_may_need_no_practices() {
    assert_single_problem(
        "late-needs-no-practices",
        "level \"two\"",
        "only on the starting",
    );
}

#[test]
fn an_empty_description_is_rejected() {
    assert_single_problem(
        "empty-description",
        "practice \"p-two\"",
        "description is empty",
    );
}

#[test]
fn a_file_whose_id_differs_from_its_name_is_rejected() {
    let model = load(Path::new("tests/fixtures/models/valid.toml"));
    let problems = validate_model("renamed.toml", &model);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].message.contains("differs from the file name"));
}

#[test]
fn a_model_file_missing_from_the_catalogue_is_rejected() {
    let listed = CatalogueFile {
        models: vec!["cd-maturity".into()],
    };
    let names = vec!["cd-maturity.toml".into(), "stray.toml".into()];
    let problems = validate_catalogue(&listed, &names);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert_eq!(problems[0].file, "stray.toml");
    assert!(problems[0].message.contains("not listed in catalogue.toml"));
}

#[test]
fn a_catalogue_entry_without_its_file_is_rejected() {
    let listed = CatalogueFile {
        models: vec!["cd-maturity".into(), "ghost".into()],
    };
    let problems = validate_catalogue(&listed, &["cd-maturity.toml".into()]);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0]
        .message
        .contains("model-data/ghost.toml does not exist"));
}

#[test]
fn the_cd_model_has_all_78_practices_of_the_article() {
    let model = rungs::core::model::find_model("cd-maturity").unwrap();
    assert_eq!(model.practices.len(), 78);
    assert_eq!(model.levels.len(), 5);
    assert_eq!(model.categories.len(), 5);
    let per_level: Vec<usize> = (0..5)
        .map(|l| model.practices.iter().filter(|p| p.level == l).count())
        .collect();
    assert_eq!(per_level, vec![14, 17, 23, 16, 8]);
    assert!(model.practice("bd-zero-downtime-deploys").is_some());
}

#[test]
fn every_shipped_model_covers_its_levels_and_uses_known_dimensions() {
    for model in catalogue() {
        for (index, level) in model.levels.iter().enumerate() {
            let count = model.practices.iter().filter(|p| p.level == index).count();
            assert!(
                count > 0 || (index == 0 && level.needs_no_practices),
                "{}: level {} has no practices",
                model.id,
                level.id
            );
        }
        for practice in model.practices {
            assert!(Dimension::ALL.contains(&practice.dimension));
        }
    }
}

#[test]
fn every_practice_and_about_page_has_its_text_in_model_text() {
    let texts = bundled_texts();
    for model in catalogue() {
        for practice in model.practices {
            let description = texts.description(model.id, practice.id).unwrap_or_default();
            assert!(
                !description.trim().is_empty(),
                "{}: {}",
                model.id,
                practice.id
            );
            assert!(
                !description.contains('\n'),
                "{}: one paragraph",
                practice.id
            );
        }
        let summaries = model
            .levels
            .iter()
            .map(|l| format!("level:{}", l.id))
            .chain(
                model
                    .categories
                    .iter()
                    .map(|c| format!("category:{}", c.id)),
            );
        for key in summaries {
            assert!(
                texts.get(model.id, &key).is_some_and(|t| !t.is_empty()),
                "{}: {key}",
                model.id
            );
        }
        for key in ["purpose", "crosswalk", "licence"] {
            assert!(
                texts.get(model.id, key).is_some_and(|t| !t.is_empty()),
                "{}: {key}",
                model.id
            );
        }
    }
}

#[test]
fn a_damaged_model_text_file_is_rejected_with_the_line() {
    use rungs::core::model::text_file::{ModelTexts, HEADER};
    assert!(ModelTexts::parse("").is_err());
    assert!(ModelTexts::parse("<!doctype html><html>").is_err());
    let error =
        ModelTexts::parse(&format!("{HEADER}\ncmmi\tpurpose\tok\nbroken line\n")).unwrap_err();
    assert_eq!(error, "line 3 is malformed");
}

#[test]
fn texts_survive_the_escaping_of_the_file_format() {
    use rungs::core::model::text_file::{write_record, ModelTexts, HEADER};
    let tricky = "back\\slash, tab\there,\n\nnew paragraph \\n literal";
    let mut file = format!("{HEADER}\n");
    write_record(&mut file, "m", "k", tricky);
    let parsed = ModelTexts::parse(&file).unwrap();
    assert_eq!(
        parsed.get("m", "k"),
        Some(tricky.replace('\t', " ").as_str())
    );
}

fn link_slots(text: &str) -> rungs::core::model::file::LinkSlotsFile {
    toml::from_str(text).unwrap()
}

fn slot_problems(text: &str) -> Vec<String> {
    let model = load(Path::new("tests/fixtures/models/valid.toml"));
    rungs::core::model::validate::validate_link_slots(&link_slots(text), &[model])
        .iter()
        .map(ToString::to_string)
        .collect()
}

#[test]
fn the_shipped_link_slots_cover_every_practice_once() {
    let text = std::fs::read_to_string("model-data/link-slots.toml").unwrap();
    let models: Vec<ModelFile> = catalogue()
        .iter()
        .map(|m| load(&Path::new("model-data").join(format!("{}.toml", m.id))))
        .collect();
    assert_eq!(
        rungs::core::model::validate::validate_link_slots(&link_slots(&text), &models),
        vec![]
    );
    for (code, model) in catalogue().iter().enumerate() {
        assert_eq!(usize::from(model.link_code), code, "{}", model.id);
        for practice in model.practices {
            assert_eq!(
                model
                    .link_slots
                    .iter()
                    .filter(|s| **s == practice.id)
                    .count(),
                1,
                "{}",
                practice.id
            );
        }
    }
}

#[test]
fn link_slots_as_of_the_first_link_format_never_move() {
    // Slots are append only: these positions were fixed when share links first shipped, and a
    // link made then must rate the same practices forever.
    let cd = rungs::core::model::find_model("cd-maturity").unwrap();
    assert_eq!(cd.link_code, 0);
    assert_eq!(cd.link_slots.len(), 78);
    assert_eq!(cd.link_slots[0], "co-prioritized-work");
    assert_eq!(cd.link_slots[2], "co-frequent-commits");
    let codes: Vec<(&str, u8)> = catalogue().iter().map(|m| (m.id, m.link_code)).collect();
    assert_eq!(
        codes,
        [
            ("cd-maturity", 0),
            ("cmmi", 1),
            ("mlops-google", 2),
            ("mlops-microsoft", 3)
        ]
    );
}

#[test]
fn a_practice_without_a_link_slot_is_rejected() {
    let problems =
        slot_problems("[[model]]\nid = \"valid\"\npractices = [\"p-one\", \"old-practice\"]\n");
    assert!(
        problems.iter().any(|p| p.contains("\"p-two\" has no slot")),
        "{problems:?}"
    );
    assert_eq!(
        problems.len(),
        1,
        "a retired id keeps its slot: {problems:?}"
    );
}

#[test]
fn an_unknown_or_repeated_link_slot_is_rejected() {
    let problems = slot_problems(
        "[[model]]\nid = \"valid\"\npractices = [\"p-one\", \"p-two\", \"p-one\", \"p-typo\"]\n",
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("\"p-one\" has two slots")),
        "{problems:?}"
    );
    assert!(
        problems.iter().any(|p| p.contains("\"p-typo\" is neither")),
        "{problems:?}"
    );
}

#[test]
fn a_model_without_link_slots_is_rejected() {
    let problems = slot_problems("[[model]]\nid = \"gone-model\"\npractices = []\n");
    assert!(
        problems.iter().any(|p| p.contains("has no entry")),
        "{problems:?}"
    );
}
