//! Models people bring: reading their files (every kind of broken file names its line and item),
//! the fingerprint, model links (round trips, damage, arbitrary input) and the TOML export.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used)]

use proptest::prelude::*;
use rungs::core::link_codec::check;
use rungs::core::model::catalogue;
use rungs::core::model::file::{
    AboutFile, CategoryFile, LevelFile, ModelFile, PracticeFile, SourceFile,
};
use rungs::core::model::validate::DIMENSION_IDS;
use rungs::core::own_model::fingerprint::{fingerprint, fingerprint_text, short, slot_hash};
use rungs::core::own_model::import::{
    read_model_file, ImportProblem, MAX_ID_CHARS, MAX_MODEL_FILE_BYTES, MAX_PRACTICES,
    MAX_TEXT_CHARS,
};
use rungs::core::own_model::model_link::{
    decode_model_link, encode_model_link, without_descriptions, ModelLinkError,
    MAX_MODEL_LINK_CHARS,
};
use rungs::core::own_model::toml_export::to_toml;

const TEMPLATE: &str = "assets/model-template.toml";
const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn template() -> String {
    std::fs::read_to_string(TEMPLATE).unwrap()
}

fn shipped_ids() -> Vec<&'static str> {
    catalogue().iter().map(|m| m.id).collect()
}

fn shipped_models() -> Vec<ModelFile> {
    shipped_ids()
        .iter()
        .map(|id| {
            let text = std::fs::read_to_string(format!("model-data/{id}.toml")).unwrap();
            toml::from_str(&text).unwrap()
        })
        .collect()
}

fn read(text: &str) -> Result<ModelFile, Vec<ImportProblem>> {
    read_model_file("mine.toml", text, &shipped_ids())
}

fn problems(text: &str) -> Vec<ImportProblem> {
    match read(text) {
        Ok(_) => panic!("the file was accepted"),
        Err(problems) => problems,
    }
}

/// The line (from 1) of the `nth` line (from 0) of `text` that contains `needle`.
fn line_with(text: &str, needle: &str, nth: usize) -> usize {
    text.lines()
        .enumerate()
        .filter(|(_, line)| line.contains(needle))
        .nth(nth)
        .unwrap_or_else(|| panic!("no line {nth} with {needle:?}"))
        .0
        + 1
}

/// Asserts that `text` gives exactly one problem, at `line`, about `item`, saying `words`.
fn assert_one(text: &str, line: Option<usize>, item: &str, words: &str) -> ImportProblem {
    let found = problems(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    let problem = found.into_iter().next().unwrap();
    assert_eq!(problem.line, line, "{problem}");
    assert_eq!(problem.item, item, "{problem}");
    assert!(problem.message.contains(words), "{problem}");
    problem
}

// ---------------------------------------------------------------------------------------------
// The template and valid files
// ---------------------------------------------------------------------------------------------

#[test]
fn the_template_imports_without_problems() {
    let model = read(&template()).unwrap();
    assert_eq!(model.id, "my-team-model");
    assert_eq!(model.levels.len(), 3);
    assert_eq!(model.categories.len(), 2);
    assert_eq!(model.practices.len(), 5);
    assert!(model.levels[0].needs_no_practices);
}

#[test]
fn every_shipped_model_imports_under_another_id() {
    // Shipped ids are taken, so the same files under their own ids are refused, naming the id.
    for model in shipped_models() {
        let text = std::fs::read_to_string(format!("model-data/{}.toml", model.id)).unwrap();
        let renamed = text.replacen(
            &format!("id = \"{}\"", model.id),
            &format!("id = \"my-{}\"", model.id),
            1,
        );
        let read_back = read(&renamed).unwrap();
        assert_eq!(read_back.practices, model.practices);
        let refused = problems(&text);
        assert_eq!(refused.len(), 1, "{refused:?}");
        assert!(refused[0].message.contains("Rungs ships"), "{}", refused[0]);
    }
}

#[test]
fn the_same_model_as_json_reads_the_same() {
    let model = read(&template()).unwrap();
    let pretty = serde_json::to_string_pretty(&model).unwrap();
    assert_eq!(read(&pretty).unwrap(), model);
    let compact = serde_json::to_string(&model).unwrap();
    assert_eq!(read(&format!("\n  {compact}\n")).unwrap(), model);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let model = read(&template()).unwrap();
    assert_eq!(read(&format!("\u{feff}{}", template())).unwrap(), model);
    let json = serde_json::to_string_pretty(&model).unwrap();
    assert_eq!(read(&format!("\u{feff}{json}")).unwrap(), model);
}

#[test]
fn windows_line_endings_are_read_and_counted() {
    let text = template().replace('\n', "\r\n");
    assert!(read(&text).is_ok());
    let broken = text.replace("year = 2026", "year = \"x\"");
    let found = problems(&broken);
    assert_eq!(found[0].line, Some(line_with(&text, "year = 2026", 0)));
}

// ---------------------------------------------------------------------------------------------
// Broken files: each names its line and item
// ---------------------------------------------------------------------------------------------

#[test]
fn bad_toml_syntax_names_the_line() {
    let text = template().replace("name = \"Our Team Model\"", "name = Our Team Model");
    let line = line_with(&text, "name = Our Team Model", 0);
    let problem = assert_one(&text, Some(line), "file", "not valid TOML");
    assert!(
        problem
            .to_string()
            .starts_with(&format!("Line {line}: not valid TOML")),
        "{problem}"
    );
    assert!(!problem.message.contains('|'), "no ASCII art: {problem}");
}

#[test]
fn a_duplicate_practice_id_names_the_repeat() {
    let text = template().replace("id = \"automated-tests\"", "id = \"small-changes\"");
    assert_one(
        &text,
        Some(line_with(&text, "id = \"small-changes\"", 1)),
        "practice \"small-changes\"",
        "duplicate practice id",
    );
}

#[test]
fn an_unknown_category_names_the_practice_and_its_category_line() {
    let text = template().replacen("category = \"delivery\"", "category = \"delivry\"", 1);
    let problem = assert_one(
        &text,
        Some(line_with(&text, "category = \"delivry\"", 0)),
        "practice \"small-changes\"",
        "unknown category \"delivry\"",
    );
    assert_eq!(
        problem.to_string(),
        format!(
            "Line {}, practice \"small-changes\": unknown category \"delivry\"",
            problem.line.unwrap()
        )
    );
}

#[test]
fn a_level_without_practices_is_a_gap() {
    let text = template().replace("level = \"leading\"", "level = \"steady\"");
    assert_one(
        &text,
        Some(line_with(&text, "id = \"leading\"", 0)),
        "level \"leading\"",
        "has no practices",
    );
}

#[test]
fn a_file_too_large_is_refused_before_reading() {
    let padding = "# padding\n".repeat(MAX_MODEL_FILE_BYTES / 10);
    let text = format!("{}{padding}", template());
    let problem = assert_one(&text, None, "file", "too large");
    let kib = text.len().div_ceil(1024);
    assert_eq!(
        problem.to_string(),
        format!("The file: too large ({kib} KiB, at most 512 KiB)")
    );
}

#[test]
fn a_wrong_type_names_the_field_and_line() {
    let text = template().replace("year = 2026", "year = \"x\"");
    let problem = assert_one(
        &text,
        Some(line_with(&text, "year = \"x\"", 0)),
        "file",
        "`year` must be a whole number",
    );
    assert_eq!(
        problem.message,
        "`year` must be a whole number from 0 to 65535"
    );

    // An `=` inside the wrong value does not pass for the key's.
    let text = template().replace("year = 2026", "year = \"20=26\"");
    assert_one(
        &text,
        Some(line_with(&text, "year = ", 0)),
        "file",
        "`year` must be a whole number",
    );

    let text = template().replace(
        "\nneeds_no_practices = true",
        "\nneeds_no_practices = \"yes\"",
    );
    assert_one(
        &text,
        Some(line_with(&text, "needs_no_practices = \"yes\"", 0)),
        "level \"starting\"",
        "`needs_no_practices` must be true or false",
    );
}

#[test]
fn an_unknown_field_names_the_field_and_item() {
    let text = template().replace(
        "title = \"Blameless incident reviews\"",
        "title = \"Blameless incident reviews\"\ncolour = \"red\"",
    );
    assert_one(
        &text,
        Some(line_with(&text, "colour = ", 0)),
        "practice \"blameless-reviews\"",
        "unknown field `colour`",
    );
}

#[test]
fn a_missing_field_names_the_item() {
    let text = template().replace("title = \"Small changes\"\n", "");
    assert_one(
        &text,
        Some(line_with(&text, "[[practices]]", 0)),
        "practice \"small-changes\"",
        "`title` is missing",
    );
}

#[test]
fn an_invalid_id_names_the_line() {
    let text = template().replace("id = \"on-call-rota\"", "id = \"On call\"");
    assert_one(
        &text,
        Some(line_with(&text, "id = \"On call\"", 0)),
        "practice \"On call\"",
        "id is not valid",
    );
}

#[test]
fn a_shipped_id_is_refused() {
    let text = template().replace("id = \"my-team-model\"", "id = \"cmmi\"");
    let problem = assert_one(
        &text,
        Some(line_with(&text, "id = \"cmmi\"", 0)),
        "file",
        "",
    );
    assert_eq!(
        problem.message,
        "id \"cmmi\" is the id of a model Rungs ships; choose another id"
    );
}

#[test]
fn a_json_syntax_error_names_the_line() {
    let model = read(&template()).unwrap();
    let json = serde_json::to_string_pretty(&model).unwrap();
    let broken = json.replacen(
        "\"title\": \"Small changes\",",
        "\"title\": \"Small changes\"",
        1,
    );
    // serde_json notices the missing comma where the next key begins.
    let line = line_with(&broken, "\"title\": \"Small changes\"", 0) + 1;
    let problem = assert_one(&broken, Some(line), "file", "not valid JSON");
    assert!(problem.to_string().starts_with(&format!("Line {line}: ")));
}

#[test]
fn a_json_type_error_names_the_field_line_and_item() {
    let model = read(&template()).unwrap();
    let json = serde_json::to_string_pretty(&model).unwrap();
    let broken = json.replace("\"dimension\": \"culture\"", "\"dimension\": 3");
    assert_one(
        &broken,
        Some(line_with(&broken, "\"dimension\": 3", 0)),
        "practice \"blameless-reviews\"",
        "`dimension` must be text in quotes",
    );
    let broken = json.replace("\"year\": 2026", "\"year\": \"12:00\"");
    assert_one(
        &broken,
        Some(line_with(&broken, "\"year\": ", 0)),
        "file",
        "`year` must be a whole number",
    );
    let compact = serde_json::to_string(&model)
        .unwrap()
        .replace("\"year\":2026", "\"year\":\"12:00\"");
    assert_one(&compact, Some(1), "file", "`year` must be a whole number");
    let broken = json.replacen("\"levels\": [", "\"levels\": [3, ", 1);
    assert_one(
        &broken,
        Some(line_with(&broken, "\"levels\": [3, ", 0)),
        "file",
        "each entry of `levels` must be an object in braces",
    );
}

#[test]
fn json_validation_problems_name_their_lines() {
    let model = read(&template()).unwrap();
    let json = serde_json::to_string_pretty(&model).unwrap();
    let broken = json.replace("\"level\": \"leading\"", "\"level\": \"lead\"");
    let found = problems(&broken);
    let unknown: Vec<_> = found
        .iter()
        .filter(|p| p.message.contains("unknown level \"lead\""))
        .collect();
    assert_eq!(unknown.len(), 2, "{found:#?}");
    assert_eq!(
        unknown[0].line,
        Some(line_with(&broken, "\"level\": \"lead\"", 0))
    );
    assert_eq!(
        unknown[1].line,
        Some(line_with(&broken, "\"level\": \"lead\"", 1))
    );
    let gap = found
        .iter()
        .find(|p| p.item == "level \"leading\"")
        .unwrap();
    assert_eq!(gap.line, Some(line_with(&broken, "\"id\": \"leading\"", 0)));
}

#[test]
fn an_empty_title_names_its_line() {
    let text = template().replace("title = \"A shared on-call rota\"", "title = \"  \"");
    assert_one(
        &text,
        Some(line_with(&text, "title = \"  \"", 0)),
        "practice \"on-call-rota\"",
        "title is empty",
    );
}

#[test]
fn an_empty_file_says_so() {
    assert_one("", None, "file", "is empty");
    assert_one("\u{feff} \n\t", None, "file", "is empty");
    assert!(problems(" \n\u{feff}")[0]
        .message
        .contains("not valid TOML"));
}

#[test]
fn every_problem_of_a_file_comes_at_once_sorted_by_line() {
    let text = template()
        .replace("title = \"Small changes\"", "title = \"\"")
        .replace("dimension = \"culture\"", "dimension = \"people\"")
        .replace("name = \"Steady\"", "name = \"\"")
        .replace("version = \"0.1.0\"", "version = \"\"");
    let found = problems(&text);
    assert_eq!(found.len(), 4, "{found:#?}");
    let lines: Vec<usize> = found.iter().map(|p| p.line.unwrap()).collect();
    let mut sorted = lines.clone();
    sorted.sort_unstable();
    assert_eq!(lines, sorted);
    assert_eq!(found[0].message, "version is empty");
    assert_eq!(found[0].line, Some(line_with(&text, "version = \"\"", 0)));
}

#[test]
fn the_import_limits_are_enforced() {
    let mut model = read(&template()).unwrap();
    model.practices[0].description = "x".repeat(MAX_TEXT_CHARS + 1);
    model.levels[1].id = "l".repeat(MAX_ID_CHARS + 1);
    for practice in &mut model.practices {
        if practice.level == "steady" {
            practice.level.clone_from(&model.levels[1].id);
        }
    }
    let found = problems(&to_toml(&model));
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(
        found[0].message.contains("id is longer than 64"),
        "{}",
        found[0]
    );
    assert!(found[1]
        .message
        .contains("description is too long (5,001 characters, at most 5,000)"));

    let mut many = read(&template()).unwrap();
    let practice = many.practices[0].clone();
    many.practices = (0..=MAX_PRACTICES)
        .map(|i| PracticeFile {
            id: format!("p{i}"),
            ..practice.clone()
        })
        .collect();
    many.practices[1].level = "leading".into();
    let found = problems(&to_toml(&many));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].item, "file");
    assert!(found[0].message.contains("at most 500"), "{}", found[0]);
}

#[test]
fn a_file_of_thousands_of_repeats_is_answered_whole() {
    // The worst a file within the size limit can do: every practice the same. Each repeat is
    // named at its own line, and finding those lines must not take quadratic time.
    let practice = "\n[[practices]]\nid = \"same\"\ntitle = \"T\"\ncategory = \"delivery\"\n\
                    level = \"steady\"\ndimension = \"process\"\ndescription = \"D\"\n";
    let count = (MAX_MODEL_FILE_BYTES - template().len()) / practice.len();
    let text = template() + &practice.repeat(count);
    let found = problems(&text);
    let repeats: Vec<usize> = found
        .iter()
        .filter(|p| p.message == "duplicate practice id")
        .map(|p| p.line.unwrap())
        .collect();
    assert_eq!(repeats.len(), count - 1);
    assert_eq!(repeats[0], line_with(&text, "id = \"same\"", 1));
    assert_eq!(
        *repeats.last().unwrap(),
        line_with(&text, "id = \"same\"", count - 1)
    );
    assert!(found.iter().any(|p| p.message.contains("at most 500")));
}

#[test]
fn no_text_makes_the_reader_panic() {
    let template = template();
    let model = read(&template).unwrap();
    let json = serde_json::to_string_pretty(&model).unwrap();
    // Every prefix of a valid file, in both formats: the reader must answer, not panic.
    for source in [&template, &json] {
        for (end, _) in source.char_indices().step_by(7) {
            let _ = read(&source[..end]);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Fingerprint
// ---------------------------------------------------------------------------------------------

/// One edit of a model.
type Change = fn(&mut ModelFile);

#[test]
fn the_fingerprint_follows_the_structure_and_ignores_the_texts() {
    let base = read(&template()).unwrap();
    let fp = fingerprint(&base);
    let structural: Vec<(&str, Change)> = vec![
        ("id", |m| m.id.push('x')),
        ("version", |m| m.version.push('x')),
        ("name", |m| m.name.push('x')),
        ("level id", |m| m.levels[0].id.push('x')),
        ("level name", |m| m.levels[0].name.push('x')),
        ("needs_no_practices", |m| {
            m.levels[0].needs_no_practices = false
        }),
        ("level order", |m| m.levels.swap(1, 2)),
        ("category id", |m| m.categories[1].id.push('x')),
        ("category name", |m| m.categories[1].name.push('x')),
        ("practice id", |m| m.practices[2].id.push('x')),
        ("practice title", |m| m.practices[2].title.push('x')),
        ("practice category", |m| {
            m.practices[2].category = "delivery".into()
        }),
        ("practice level", |m| {
            m.practices[2].level = "leading".into()
        }),
        ("practice dimension", |m| {
            m.practices[2].dimension = "culture".into()
        }),
        ("practice order", |m| m.practices.swap(0, 1)),
        ("a practice more", |m| {
            let extra = m.practices[0].clone();
            m.practices.push(extra)
        }),
        ("retired", |m| m.retired.push("gone".into())),
        ("the same letters split between fields", |m| {
            // "starting" + "Starting" and "startin" + "gStarting" read alike, joined.
            m.levels[0].id = "startin".into();
            m.levels[0].name = "gStarting".into();
        }),
    ];
    for (what, change) in structural {
        let mut changed = base.clone();
        change(&mut changed);
        assert_ne!(fingerprint(&changed), fp, "{what}");
    }
    let texts: Vec<(&str, Change)> = vec![
        ("summary", |m| m.summary.push('x')),
        ("description", |m| m.practices[0].description.push('x')),
        ("level summary", |m| m.levels[0].summary.push('x')),
        ("category summary", |m| m.categories[0].summary.push('x')),
        ("about", |m| m.about.purpose.push('x')),
        ("licence", |m| m.source.licence.push('x')),
        ("source", |m| m.source.year = 1999),
        ("all of them", |m| *m = without_descriptions(m)),
    ];
    for (what, change) in texts {
        let mut changed = base.clone();
        change(&mut changed);
        assert_eq!(fingerprint(&changed), fp, "{what}");
    }
}

#[test]
fn the_fingerprint_is_stable() {
    // Pinned: saved data and links carry fingerprints, so the canonical text may never change.
    let model = read(&template()).unwrap();
    let fp = fingerprint(&model);
    assert_eq!(fingerprint_text(fp).len(), 16);
    assert_eq!(short(fp), fingerprint_text(fp)[..8]);
    assert_eq!(fingerprint_text(fp), "72f7b6a6d979c547");
    assert_eq!(slot_hash("co-prioritized-work"), 0x57c2);
}

#[test]
fn slot_hashes_tell_apart_the_shipped_practices() {
    for model in shipped_models() {
        let mut hashes: Vec<u16> = model.practices.iter().map(|p| slot_hash(&p.id)).collect();
        hashes.sort_unstable();
        hashes.dedup();
        assert_eq!(hashes.len(), model.practices.len(), "{}", model.id);
    }
}

// ---------------------------------------------------------------------------------------------
// Model links
// ---------------------------------------------------------------------------------------------

#[test]
fn shipped_models_travel_by_link_with_and_without_descriptions() {
    for model in shipped_models() {
        let full = encode_model_link(&model, true);
        assert_eq!(decode_model_link(&full).unwrap(), model);
        let bare = encode_model_link(&model, false);
        let opened = decode_model_link(&bare).unwrap();
        assert_eq!(opened, without_descriptions(&model));
        assert_eq!(fingerprint(&opened), fingerprint(&model));
        assert!(bare.len() * 3 < full.len(), "{}", model.id);
    }
}

#[test]
fn model_link_lengths_for_78_practices() {
    let cd = shipped_models()
        .into_iter()
        .find(|m| m.id == "cd-maturity")
        .unwrap();
    assert_eq!(cd.practices.len(), 78);
    let full = encode_model_link(&cd, true).len();
    let bare = encode_model_link(&cd, false).len();
    println!("model link, 78 practices, with descriptions: {full} characters");
    println!("model link, 78 practices, without descriptions: {bare} characters");
    assert!(full < MAX_MODEL_LINK_CHARS && bare < MAX_MODEL_LINK_CHARS);
    // Well under: room for a model six times as large, and no silent growth of the format.
    assert!(full <= 17_000, "{full}");
    assert!(bare <= 3_500, "{bare}");
}

#[test]
fn every_single_changed_character_of_a_link_is_refused() {
    // Deflate has bits that do not change what it inflates to, so the Adler-32 alone would let
    // some changes through as the same model; the check characters refuse every one.
    let model = read(&template()).unwrap();
    let alphabet: Vec<char> = ALPHABET.chars().collect();
    for with_descriptions in [false, true] {
        let link: Vec<char> = encode_model_link(&model, with_descriptions)
            .chars()
            .collect();
        for position in 0..link.len() {
            let value = alphabet.iter().position(|c| *c == link[position]).unwrap();
            // Every other character for the short link; each one-bit change for the long one.
            let others: Vec<usize> = if with_descriptions {
                (0..6).map(|bit| value ^ (1 << bit)).collect()
            } else {
                (0..64).filter(|other| *other != value).collect()
            };
            for other in others {
                let mut changed = link.clone();
                changed[position] = alphabet[other];
                let changed: String = changed.into_iter().collect();
                assert!(
                    decode_model_link(&changed).is_err(),
                    "position {position} as {}",
                    alphabet[other]
                );
            }
        }
        // Cut short or lengthened, too.
        for end in 0..link.len() {
            let cut: String = link[..end].iter().collect();
            assert!(decode_model_link(&cut).is_err(), "cut at {end}");
        }
        for extra in ["A", "AA", "AAA", "AAAA"] {
            let longer: String = link.iter().collect::<String>() + extra;
            assert_eq!(decode_model_link(&longer), Err(ModelLinkError::Damaged));
        }
    }
}

/// A small model, and its link without descriptions as version `A` wrote it: links are a public
/// contract, so this one must open as this model for as long as Rungs opens model links.
const PINNED_MODEL: &str = r#"
id = "pinned"
name = "Pinned"
version = "1"
summary = "Left out of the link."
[source]
authors = "Rungs"
title = "Pinned"
year = 2026
url = "https://example.org/"
[[levels]]
id = "start"
name = "Start"
needs_no_practices = true
[[levels]]
id = "one"
name = "One \"quoted\" ✓"
[[categories]]
id = "craft"
name = "Craft"
[[practices]]
id = "p-one"
title = "Practice one"
category = "craft"
level = "one"
dimension = "process"
description = "Left out of the link."
"#;
const PINNED_LINK: &str = "AeNpVUDtSwzAQrbmFZ2uDIQWFWw4AAyVhMhppcTQjS2K1yhAyrjgCLSfgMBwinIAbsCRy4pRv9_12v89-3ra_X-8bsAZaiNZ7NFCDVz0KvhvxCinZ4GV0JSiFTFr2G1CZl4GSzO-z75Ls2LI7ka5REbSzy9l1DZmcrJbMMbVNg6-qjw4vAnUNDDU4XKETr8fSJrEiPpZ5GCGiSQsfFpGUZqtRJEwZh7rogsej6tZjNYeXHBjNHKrt5wcMTzVoxdgFsjjJ06SeJ3k3O_hPngSN3Hi-TzmcWyjVflzs1xPX3XWHdsb26MtLIwXxThI1_AHoAYY0sS";

#[test]
fn a_version_a_link_keeps_opening() {
    let model: ModelFile = toml::from_str(PINNED_MODEL).unwrap();
    let opened = decode_model_link(PINNED_LINK).unwrap();
    assert_eq!(opened, without_descriptions(&model));
    assert_eq!(fingerprint_text(fingerprint(&opened)), "ce09e37ae2f1aa83");
}

#[test]
fn model_link_errors_say_what_happened() {
    assert_eq!(decode_model_link(""), Err(ModelLinkError::Empty));
    assert_eq!(decode_model_link("B"), Err(ModelLinkError::UnknownVersion));
    assert_eq!(
        decode_model_link("!"),
        Err(ModelLinkError::NotBase64 { position: 0 })
    );
    assert_eq!(
        decode_model_link("AAA#A"),
        Err(ModelLinkError::NotBase64 { position: 3 })
    );
    assert_eq!(decode_model_link("A"), Err(ModelLinkError::Damaged));
    let long = "A".repeat(MAX_MODEL_LINK_CHARS + 1);
    assert_eq!(
        decode_model_link(&long),
        Err(ModelLinkError::TooLong {
            chars: MAX_MODEL_LINK_CHARS + 1
        })
    );
    for error in [
        ModelLinkError::Empty,
        ModelLinkError::TooLong { chars: 300_000 },
        ModelLinkError::NotBase64 { position: 3 },
        ModelLinkError::UnknownVersion,
        ModelLinkError::Damaged,
        ModelLinkError::TooLarge,
        ModelLinkError::BadModel(vec![]),
    ] {
        let message = error.message();
        assert!(message.ends_with('.'), "{message}");
        assert!(
            !message.contains("zlib") && !message.contains("base64"),
            "{message}"
        );
    }
}

/// A payload in the module's format around any bytes, as a newer or a hostile encoder might
/// write it.
fn hand_made_link(fp: u64, json: &[u8]) -> String {
    use base64::Engine as _;
    let mut data = fp.to_be_bytes().to_vec();
    data.extend_from_slice(json);
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(&data, 6);
    let mut link = format!(
        "A{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed)
    );
    let sum = check(&link);
    for value in [sum >> 6, sum & 63] {
        link.push(ALPHABET.as_bytes()[usize::from(value)] as char);
    }
    link
}

#[test]
fn an_intact_link_to_a_broken_model_is_refused_with_its_problems() {
    let mut model = read(&template()).unwrap();
    model.practices[0].category = "nowhere".into();
    let link = hand_made_link(fingerprint(&model), &serde_json::to_vec(&model).unwrap());
    let Err(ModelLinkError::BadModel(found)) = decode_model_link(&link) else {
        panic!("accepted");
    };
    assert_eq!(found.len(), 1, "{found:?}");
    let message = ModelLinkError::BadModel(found).message();
    assert!(
        message.contains("unknown category \"nowhere\""),
        "{message}"
    );

    let not_json = hand_made_link(0, b"not a model");
    assert!(matches!(
        decode_model_link(&not_json),
        Err(ModelLinkError::BadModel(_))
    ));
    // The right format, the wrong fingerprint: not made by Rungs, refused as damaged.
    let model = read(&template()).unwrap();
    let wrong = hand_made_link(
        fingerprint(&model) ^ 1,
        &serde_json::to_vec(&model).unwrap(),
    );
    assert_eq!(decode_model_link(&wrong), Err(ModelLinkError::Damaged));
    let bomb = hand_made_link(0, &vec![b' '; 2 << 20]);
    assert_eq!(decode_model_link(&bomb), Err(ModelLinkError::TooLarge));
}

// ---------------------------------------------------------------------------------------------
// TOML export
// ---------------------------------------------------------------------------------------------

#[test]
fn every_shipped_model_exports_and_reads_back_exactly() {
    for model in shipped_models() {
        let text = to_toml(&model);
        assert!(
            text.starts_with(&format!("# {}", model.name)),
            "{}",
            model.id
        );
        assert!(text.contains("\"Add a model\""));
        let read_back = read_model_file("export.toml", &text, &[]).unwrap();
        assert_eq!(read_back, model, "{}", model.id);
    }
}

#[test]
fn the_export_keeps_long_texts_readable() {
    let cd = shipped_models().into_iter().next().unwrap();
    let text = to_toml(&cd);
    assert!(text.contains("summary = \"\"\"How far a software organisation has come"));
    assert!(text.contains("\n[source]\n") && text.contains("\n[about]\n"));
    assert_eq!(text.matches("\n[[practices]]\n").count(), 78);
    assert!(text
        .lines()
        .all(|line| line.len() < 400 || line.starts_with("description")));
}

// ---------------------------------------------------------------------------------------------
// Properties over random models
// ---------------------------------------------------------------------------------------------

/// Text with everything that is hard to write in TOML or JSON, never blank.
fn tricky_text() -> impl Strategy<Value = String> {
    let piece = prop::sample::select(vec![
        "a",
        "Z",
        " ",
        "  ",
        "\"",
        "\"\"",
        "\"\"\"",
        "\\",
        "\\n",
        "\n",
        "\n\n",
        "\t",
        "\r",
        "\r\n",
        "é",
        "😀",
        "'''",
        "\u{7f}",
        "\u{1}",
        "\u{1b}",
        "\u{1f}",
        "#",
        "=",
        "[[levels]]",
        "}",
        "\u{feff}",
        "\u{2028}",
        "ß",
    ]);
    (
        prop::collection::vec(piece, 0..12),
        prop::bool::ANY,
        "[a-z ]{0,90}",
    )
        .prop_map(|(pieces, quote_first, words)| {
            let body = format!("x{}{words}", pieces.concat());
            if quote_first {
                format!("\"{body}\"")
            } else {
                body
            }
        })
}

fn optional_text() -> impl Strategy<Value = String> {
    prop_oneof![Just(String::new()), tricky_text()]
}

prop_compose! {
    fn random_model()(
        id in "[a-z][a-z0-9-]{0,20}",
        name in tricky_text(),
        version in "[0-9]{1,2}\\.[0-9]{1,2}",
        summary in tricky_text(),
        texts in prop::collection::vec(tricky_text(), 6),
        publisher in optional_text(),
        version_note in optional_text(),
        year in any::<u16>(),
        levels in prop::collection::vec((tricky_text(), tricky_text()), 1..5),
        first_needs_none in prop::bool::ANY,
        categories in prop::collection::vec((tricky_text(), tricky_text()), 1..4),
        practices in prop::collection::vec(
            (tricky_text(), tricky_text(), any::<prop::sample::Index>(),
             any::<prop::sample::Index>(), prop::sample::select(DIMENSION_IDS.to_vec())),
            1..12,
        ),
        retired in 0usize..3,
    ) -> ModelFile {
        let levels: Vec<LevelFile> = levels
            .into_iter()
            .enumerate()
            .map(|(i, (name, summary))| LevelFile {
                id: format!("level-{i}"),
                name,
                summary,
                needs_no_practices: i == 0 && first_needs_none,
            })
            .collect();
        let categories: Vec<CategoryFile> = categories
            .into_iter()
            .enumerate()
            .map(|(i, (name, summary))| CategoryFile {
                id: format!("c{i}"),
                name,
                summary,
            })
            .collect();
        // One practice per level that needs one, so that every level is reachable, then the
        // random ones.
        let mut all: Vec<PracticeFile> = levels
            .iter()
            .filter(|l| !l.needs_no_practices)
            .map(|l| PracticeFile {
                id: format!("{}-first", l.id),
                title: "First".into(),
                description: "The first practice.".into(),
                category: "c0".into(),
                level: l.id.clone(),
                dimension: "process".into(),
            })
            .collect();
        for (i, (title, description, category, level, dimension)) in practices.into_iter().enumerate() {
            all.push(PracticeFile {
                id: format!("p{i}"),
                title,
                description,
                category: category.get(&categories).id.clone(),
                level: level.get(&levels).id.clone(),
                dimension: dimension.to_string(),
            });
        }
        let [authors, title, url, licence, purpose, crosswalk] =
            <[String; 6]>::try_from(texts).unwrap();
        ModelFile {
            id,
            name,
            version,
            summary,
            retired: (0..retired).map(|i| format!("old-{i}")).collect(),
            source: SourceFile { authors, title, publisher, year, url, licence },
            about: AboutFile { purpose, crosswalk, version_note },
            levels,
            categories,
            practices: all,
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn random_models_are_valid(model in random_model()) {
        let json = serde_json::to_string(&model).unwrap();
        prop_assert_eq!(read(&json), Ok(model));
    }

    #[test]
    fn the_toml_export_reads_back_exactly(model in random_model()) {
        let text = to_toml(&model);
        prop_assert_eq!(read_model_file("export.toml", &text, &[]), Ok(model), "{}", text);
    }

    #[test]
    fn model_links_round_trip(model in random_model()) {
        let full = encode_model_link(&model, true);
        prop_assert_eq!(decode_model_link(&full), Ok(model.clone()));
        let bare = decode_model_link(&encode_model_link(&model, false)).unwrap();
        prop_assert_eq!(fingerprint(&bare), fingerprint(&model));
        prop_assert!(bare.practices.iter().all(|p| p.description.is_empty()));
        prop_assert!(bare.summary.is_empty() && bare.about.purpose.is_empty());
        prop_assert_eq!(bare, without_descriptions(&model));
    }

    #[test]
    fn a_changed_character_is_refused(
        model in random_model(),
        position in any::<prop::sample::Index>(),
        replacement in any::<prop::sample::Index>(),
        with_descriptions in prop::bool::ANY,
    ) {
        let alphabet: Vec<char> =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".chars().collect();
        let mut link: Vec<char> = encode_model_link(&model, with_descriptions).chars().collect();
        let at = position.index(link.len());
        let old = link[at];
        let others: Vec<char> = alphabet.into_iter().filter(|c| *c != old).collect();
        link[at] = *replacement.get(&others);
        let changed: String = link.into_iter().collect();
        prop_assert!(decode_model_link(&changed).is_err());
    }

    #[test]
    fn decoding_anything_never_panics(text in any::<String>()) {
        let _ = decode_model_link(&text);
        let _ = decode_model_link(&format!("A{text}"));
    }

    #[test]
    fn decoding_base64url_noise_never_panics(text in "A[A-Za-z0-9_-]{0,400}") {
        prop_assert!(decode_model_link(&text).is_err());
    }

    #[test]
    fn reading_anything_never_panics(text in any::<String>(), json in prop::bool::ANY) {
        let text = if json { format!("{{{text}") } else { text };
        let _ = read(&text);
    }
}
