//! Validation of model files: every rule that a file in `model-data/` must satisfy.
//!
//! Runs in `build.rs` on every build and in the native tests on broken fixtures. Each problem
//! names the file, the item and what is wrong, so that whoever edits a model can fix it without
//! reading Rust.

use super::file::{CatalogueFile, LinkSlotsFile, ModelFile, TranslationFile};
use std::collections::BTreeSet;
use std::fmt;

/// The four radar axes, as spelled in model files.
pub const DIMENSION_IDS: [&str; 4] = ["organization", "process", "technology", "culture"];

/// One thing wrong with one item of one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, e.g. `cd-maturity.toml`.
    pub file: String,
    /// The item, e.g. `practice "co-stable-teams"`, or `file` for the file as a whole.
    pub item: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.file, self.item, self.message)
    }
}

/// Is `id` a valid identifier: non-empty lower-case ASCII letters, digits and `-`?
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Which long texts a model must have written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextRule {
    /// Every summary, description, About text and licence note must be written: the files in
    /// `model-data/` and the files people import.
    Required,
    /// Those texts may be empty: a model that arrived by a link made without its descriptions.
    /// Names, titles, the version and the source's authors, title and address are still
    /// required, since the app cannot show the model without them.
    Optional,
}

/// Checks one parsed model file against every rule of `model-data/README.md`: the content rules
/// of [`validate_model_content`] with every text required, and that the id equals the file name.
///
/// ```
/// use rungs::core::model::{file::ModelFile, validate::validate_model};
/// let text = std::fs::read_to_string("model-data/cd-maturity.toml").unwrap();
/// let model: ModelFile = toml::from_str(&text).unwrap();
/// assert!(validate_model("cd-maturity.toml", &model).is_empty());
/// ```
pub fn validate_model(file: &str, model: &ModelFile) -> Vec<Problem> {
    let mut problems = Vec::new();
    let expected_id = file.strip_suffix(".toml").unwrap_or(file);
    if model.id != expected_id {
        problems.push(Problem {
            file: file.to_string(),
            item: "file".into(),
            message: format!(
                "id \"{}\" differs from the file name; expected \"{expected_id}\"",
                model.id
            ),
        });
    }
    problems.extend(validate_model_content(file, model, TextRule::Required));
    problems
}

/// Checks a model's content: valid and unique ids, known categories, levels and dimensions,
/// every level reachable, and no empty name or title (nor, with [`TextRule::Required`], any
/// empty summary or description). Unlike [`validate_model`] it does not tie the id to a file
/// name, so it also serves models people import, whose files may be called anything.
///
/// ```
/// use rungs::core::model::{file::ModelFile, validate::{validate_model_content, TextRule}};
/// let text = std::fs::read_to_string("model-data/cmmi.toml").unwrap();
/// let mut model: ModelFile = toml::from_str(&text).unwrap();
/// model.practices[0].description.clear();
/// assert!(validate_model_content("x.toml", &model, TextRule::Optional).is_empty());
/// assert_eq!(validate_model_content("x.toml", &model, TextRule::Required).len(), 1);
/// ```
pub fn validate_model_content(file: &str, model: &ModelFile, texts: TextRule) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = |item: String, message: String| {
        problems.push(Problem {
            file: file.to_string(),
            item,
            message,
        })
    };
    let required = texts == TextRule::Required;

    if !is_valid_id(&model.id) {
        report(
            "file".into(),
            format!("id \"{}\" is not valid (use a-z, 0-9 and -)", model.id),
        );
    }
    for (field, value, always) in [
        ("name", &model.name, true),
        ("version", &model.version, true),
        ("summary", &model.summary, false),
        ("source.authors", &model.source.authors, true),
        ("source.title", &model.source.title, true),
        ("source.url", &model.source.url, true),
        ("source.licence", &model.source.licence, false),
        ("about.purpose", &model.about.purpose, false),
        ("about.crosswalk", &model.about.crosswalk, false),
    ] {
        if (always || required) && value.trim().is_empty() {
            report("file".into(), format!("{field} is empty"));
        }
    }

    let mut level_ids = BTreeSet::new();
    for (index, level) in model.levels.iter().enumerate() {
        let item = format!("level \"{}\"", level.id);
        if !is_valid_id(&level.id) {
            report(item.clone(), "id is not valid (use a-z, 0-9 and -)".into());
        }
        if !level_ids.insert(level.id.as_str()) {
            report(item.clone(), "duplicate level id".into());
        }
        if level.name.trim().is_empty() {
            report(item.clone(), "name is empty".into());
        }
        if required && level.summary.trim().is_empty() {
            report(item.clone(), "summary is empty".into());
        }
        if level.needs_no_practices && index != 0 {
            report(
                item,
                "needs_no_practices is allowed only on the starting (first) level".into(),
            );
        }
    }
    if model.levels.is_empty() {
        report("file".into(), "has no levels".into());
    }

    let mut category_ids = BTreeSet::new();
    for category in &model.categories {
        let item = format!("category \"{}\"", category.id);
        if !is_valid_id(&category.id) {
            report(item.clone(), "id is not valid (use a-z, 0-9 and -)".into());
        }
        if !category_ids.insert(category.id.as_str()) {
            report(item.clone(), "duplicate category id".into());
        }
        if category.name.trim().is_empty() {
            report(item.clone(), "name is empty".into());
        }
        if required && category.summary.trim().is_empty() {
            report(item, "summary is empty".into());
        }
    }
    if model.categories.is_empty() {
        report("file".into(), "has no categories".into());
    }

    let retired: BTreeSet<&str> = model.retired.iter().map(String::as_str).collect();
    let mut practice_ids = BTreeSet::new();
    for practice in &model.practices {
        let item = format!("practice \"{}\"", practice.id);
        if !is_valid_id(&practice.id) {
            report(item.clone(), "id is not valid (use a-z, 0-9 and -)".into());
        }
        if !practice_ids.insert(practice.id.as_str()) {
            report(item.clone(), "duplicate practice id".into());
        }
        if retired.contains(practice.id.as_str()) {
            report(
                item.clone(),
                "id is retired and may never be reused; choose a new id".into(),
            );
        }
        if practice.title.trim().is_empty() {
            report(item.clone(), "title is empty".into());
        }
        if required && practice.description.trim().is_empty() {
            report(item.clone(), "description is empty".into());
        }
        if !category_ids.contains(practice.category.as_str()) {
            report(
                item.clone(),
                format!("unknown category \"{}\"", practice.category),
            );
        }
        if !level_ids.contains(practice.level.as_str()) {
            report(
                item.clone(),
                format!("unknown level \"{}\"", practice.level),
            );
        }
        if !DIMENSION_IDS.contains(&practice.dimension.as_str()) {
            report(
                item,
                format!(
                    "unknown dimension \"{}\"; expected one of {}",
                    practice.dimension,
                    DIMENSION_IDS.join(", ")
                ),
            );
        }
    }

    if model.practices.is_empty() {
        report("file".into(), "has no practices".into());
    }
    for level in &model.levels {
        let has_practices = model.practices.iter().any(|p| p.level == level.id);
        if !has_practices && !level.needs_no_practices {
            report(
                format!("level \"{}\"", level.id),
                "has no practices (only a starting level marked needs_no_practices may)".into(),
            );
        }
    }
    problems
}

/// Checks that the catalogue and the files in `model-data/` agree: every listed model has its
/// file and every model file is listed. `file_names` are the `.toml` files found in the folder.
pub fn validate_catalogue(catalogue: &CatalogueFile, file_names: &[String]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut listed = BTreeSet::new();
    for id in &catalogue.models {
        if !listed.insert(id.as_str()) {
            problems.push(Problem {
                file: "catalogue.toml".into(),
                item: format!("model \"{id}\""),
                message: "listed twice".into(),
            });
        }
        if !file_names.iter().any(|f| f == &format!("{id}.toml")) {
            problems.push(Problem {
                file: "catalogue.toml".into(),
                item: format!("model \"{id}\""),
                message: format!("is listed but model-data/{id}.toml does not exist"),
            });
        }
    }
    for name in file_names {
        if name == "catalogue.toml" || name == LINK_SLOTS_FILE {
            continue;
        }
        let id = name.strip_suffix(".toml").unwrap_or(name);
        if !listed.contains(id) {
            problems.push(Problem {
                file: name.clone(),
                item: "file".into(),
                message: format!(
                    "is not listed in catalogue.toml, so the app would not load it; add \"{id}\" to models"
                ),
            });
        }
    }
    problems
}

/// The file that fixes the practices' positions in share links.
pub const LINK_SLOTS_FILE: &str = "link-slots.toml";

/// The most shipped models links can name: a model's link code is one base64url character, and
/// codes from 32 up name models people imported (`link_codec::FIRST_NAMED_CODE`).
pub const MAX_LINK_MODELS: usize = 32;

/// The most slots a model can have in a link: the slot count is two base64url characters.
pub const MAX_LINK_SLOTS: usize = 4095;

/// Checks that every practice of every model has exactly one share-link slot and that every slot
/// names a practice or a retired id of its model. Entries for models no longer shipped are
/// allowed: they keep their position so that later models keep their codes.
pub fn validate_link_slots(slots: &LinkSlotsFile, models: &[ModelFile]) -> Vec<Problem> {
    let problem = |item: String, message: String| Problem {
        file: LINK_SLOTS_FILE.into(),
        item,
        message,
    };
    let mut problems = Vec::new();
    if slots.model.len() > MAX_LINK_MODELS {
        problems.push(problem(
            "file".into(),
            format!(
                "lists {} models; links can name at most {MAX_LINK_MODELS}",
                slots.model.len()
            ),
        ));
    }
    let mut seen_models = BTreeSet::new();
    for entry in &slots.model {
        let item = format!("model \"{}\"", entry.id);
        if !seen_models.insert(entry.id.as_str()) {
            problems.push(problem(item.clone(), "listed twice".into()));
        }
        if entry.practices.len() > MAX_LINK_SLOTS {
            problems.push(problem(
                item.clone(),
                format!("has more than {MAX_LINK_SLOTS} slots"),
            ));
        }
        let Some(model) = models.iter().find(|m| m.id == entry.id) else {
            continue;
        };
        let mut seen = BTreeSet::new();
        for id in &entry.practices {
            if !seen.insert(id.as_str()) {
                problems.push(problem(
                    item.clone(),
                    format!("\"{id}\" has two slots; keep the first and never reuse a slot"),
                ));
            }
            let known = model.practices.iter().any(|p| &p.id == id) || model.retired.contains(id);
            if !known {
                problems.push(problem(
                    item.clone(),
                    format!(
                        "\"{id}\" is neither a practice nor a retired id of {}.toml",
                        model.id
                    ),
                ));
            }
        }
        for practice in &model.practices {
            if !seen.contains(practice.id.as_str()) {
                problems.push(problem(
                    item.clone(),
                    format!(
                        "practice \"{}\" has no slot: add it at the end of this model's list",
                        practice.id
                    ),
                ));
            }
        }
    }
    for model in models {
        if !seen_models.contains(model.id.as_str()) {
            problems.push(problem(
                format!("model \"{}\"", model.id),
                "has no entry: add a [[model]] with its practices at the end of the file".into(),
            ));
        }
    }
    problems
}

/// Checks a translation (`model-data/<language>/<model>.toml`) against its model: every text the
/// model has is translated (a blank translation counts as missing), and every id it names is
/// the model's. `file` names the translation in messages, e.g. `fr/cmmi.toml`.
pub fn validate_translation(
    file: &str,
    model: &ModelFile,
    translation: &TranslationFile,
) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |item: String, message: String| {
        problems.push(Problem {
            file: file.to_string(),
            item,
            message,
        })
    };
    if translation.model != model.id {
        problem(
            "file".into(),
            format!(
                "translates \"{}\" but is the file of \"{}\"",
                translation.model, model.id
            ),
        );
    }
    let missing = |english: &str, translated: &str| {
        !english.trim().is_empty() && translated.trim().is_empty()
    };
    for (item, english, translated) in [
        ("name", &model.name, &translation.name),
        ("summary", &model.summary, &translation.summary),
        (
            "about.purpose",
            &model.about.purpose,
            &translation.about.purpose,
        ),
        (
            "about.crosswalk",
            &model.about.crosswalk,
            &translation.about.crosswalk,
        ),
        (
            "about.version_note",
            &model.about.version_note,
            &translation.about.version_note,
        ),
        (
            "source.licence",
            &model.source.licence,
            &translation.source.licence,
        ),
    ] {
        if missing(english, translated) {
            problem(item.into(), "is not translated".into());
        }
    }
    let ids = |list: Vec<&String>| list.into_iter().cloned().collect::<Vec<String>>();
    let mut check =
        |kind: &str, model_ids: Vec<String>, texts: Vec<(&String, [(&str, bool); 2])>| {
            for (id, fields) in &texts {
                if !model_ids.contains(id) {
                    problem(
                        format!("{kind} \"{id}\""),
                        format!("is not a {kind} of the model"),
                    );
                }
                for (field, is_missing) in fields {
                    if *is_missing {
                        problem(
                            format!("{kind} \"{id}\""),
                            format!("{field} is not translated"),
                        );
                    }
                }
            }
            for id in model_ids {
                if !texts.iter().any(|(t, _)| **t == id) {
                    problem(format!("{kind} \"{id}\""), "is not translated".into());
                }
            }
        };
    let level_ids = ids(model.levels.iter().map(|l| &l.id).collect());
    let levels = translation
        .levels
        .iter()
        .map(|(id, t)| {
            let english = model.levels.iter().find(|l| &l.id == id);
            let summary = english.is_some_and(|l| missing(&l.summary, &t.summary));
            (
                id,
                [("name", t.name.trim().is_empty()), ("summary", summary)],
            )
        })
        .collect();
    check("level", level_ids, levels);
    let category_ids = ids(model.categories.iter().map(|c| &c.id).collect());
    let categories = translation
        .categories
        .iter()
        .map(|(id, t)| {
            let english = model.categories.iter().find(|c| &c.id == id);
            let summary = english.is_some_and(|c| missing(&c.summary, &t.summary));
            (
                id,
                [("name", t.name.trim().is_empty()), ("summary", summary)],
            )
        })
        .collect();
    check("category", category_ids, categories);
    let practice_ids = ids(model.practices.iter().map(|p| &p.id).collect());
    let practices = translation
        .practices
        .iter()
        .map(|(id, t)| {
            let english = model.practices.iter().find(|p| &p.id == id);
            let description = english.is_some_and(|p| missing(&p.description, &t.description));
            (
                id,
                [
                    ("title", t.title.trim().is_empty()),
                    ("description", description),
                ],
            )
        })
        .collect();
    check("practice", practice_ids, practices);
    problems
}
