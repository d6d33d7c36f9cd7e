//! Export and import files: assessments moved between browsers, people and backups.
//!
//! ```json
//! {"rungs": "export", "schema": 2, "exported": "2026-11-26", "assessments": [{"name": …}]}
//! ```
//!
//! Export files carry the store's schema number and go through the same upgrade steps
//! ([`crate::core::store_format::migrate`]). Import is forgiving where it can be and per assessment:
//! it accepts an export file, a saved-data document (a backup of localStorage) or one bare
//! assessment object, and reports on each assessment separately, so one damaged assessment does
//! not block the others. Unlike the saved document, imported answers are checked against the
//! catalogue, because a file may come from anywhere.

use crate::core::assessment::Assessment;
use crate::core::assessment_json::{
    assessment_from_json, field, parse_json, write_assessment, Object, Writer, SEP,
};
use crate::core::i18n::{t, tf};
use crate::core::marked;
use crate::core::model::Model;
use crate::core::store_format::{migrate, read_header, ReadError, SCHEMA_VERSION};
use tinyjson::JsonValue;

/// Larger files are refused before parsing: a real export is a few hundred kilobytes at most,
/// and the whole text sits in memory several times over while it is read.
pub const MAX_IMPORT_BYTES: usize = 5_000_000;

/// Longest name accepted on import, in characters.
const MAX_NAME_CHARS: usize = 200;
/// Longest note or reason accepted on import, in characters.
const MAX_NOTE_CHARS: usize = 10_000;

/// The name given to an imported assessment that has none.
/// In English; given translated, with [`t`].
const UNNAMED: &str = marked::t("Imported assessment");

/// An export file, pretty-printed so that people can read and diff it.
pub fn export_json(assessments: &[&Assessment], date: &str) -> String {
    let mut w = Writer::new(true, 0);
    w.open('{');
    w.key("rungs");
    w.string("export");
    w.key("schema");
    w.number(u64::from(SCHEMA_VERSION));
    w.key("exported");
    w.string(date);
    w.key("assessments");
    w.open('[');
    for a in assessments {
        w.element();
        write_assessment(&mut w, a, None);
    }
    w.close(']');
    w.close('}');
    w.out.push('\n');
    w.out
}

/// What import found about one assessment of the file.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportItem {
    /// Position in the file, from 0.
    pub index: usize,
    /// The name to show in the report.
    pub name: String,
    /// `None` when it cannot be imported.
    pub assessment: Option<Assessment>,
    /// Why it cannot be imported, or warnings about what was left out of an importable one.
    pub problems: Vec<String>,
}

/// What import found in a file, assessment by assessment.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportReport {
    pub items: Vec<ImportItem>,
}

impl ImportReport {
    pub fn importable(&self) -> Vec<&Assessment> {
        self.items
            .iter()
            .filter_map(|i| i.assessment.as_ref())
            .collect()
    }

    /// One line for the top of the report, e.g. "3 assessments: 2 can be imported, 1 has
    /// problems".
    pub fn summary(&self) -> String {
        let total = self.items.len();
        let good = self.importable().len();
        let bad = total - good;
        let count = match total {
            1 => "1 assessment".to_string(),
            n => format!("{n} assessments"),
        };
        let verb = |n: usize| if n == 1 { "has" } else { "have" };
        match (good, bad) {
            (_, 0) if total == 1 => format!("{count}: it can be imported"),
            (_, 0) => format!("{count}: all can be imported"),
            (0, _) if total == 1 => format!("{count}: it has problems and cannot be imported"),
            (0, _) => format!("{count}: none can be imported"),
            _ => format!(
                "{count}: {good} can be imported, {bad} {} problems",
                verb(bad)
            ),
        }
    }
}

/// Why a file cannot be imported at all.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportError {
    NotJson { detail: String },
    NotRungs,
    NewerSchema { found: u32, supported: u32 },
    NoAssessments,
    TooLarge { bytes: usize },
}

impl ImportError {
    pub fn message(&self) -> String {
        match self {
            ImportError::NotJson { detail } => tf(
                "This file cannot be imported: it is not valid JSON ({detail}).",
                &[("detail", detail)],
            ),
            ImportError::NotRungs => {
                t("This file cannot be imported: it is not a Rungs export or saved-data file.")
                    .into()
            }
            ImportError::NewerSchema { found, supported } => tf(
                "This file was written by a newer version of Rungs (format {found}; this version reads up to {supported}).",
                &[("found", &found.to_string()), ("supported", &supported.to_string())],
            ),
            ImportError::NoAssessments => t("This file holds no assessments.").into(),
            ImportError::TooLarge { bytes } => tf(
                "This file is too large to import ({size} MB; the limit is {limit} MB).",
                &[
                    ("size", &format!("{:.1}", *bytes as f64 / 1e6)),
                    ("limit", &(MAX_IMPORT_BYTES / 1_000_000).to_string()),
                ],
            ),
        }
    }
}

/// Reads an import file and reports on each assessment in it, checking answers against `models`.
pub fn read_import(text: &str, models: &[&Model]) -> Result<ImportReport, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: text.len() });
    }
    let doc = parse_json(text).map_err(|detail| ImportError::NotJson { detail })?;
    let obj = doc.get::<Object>().ok_or(ImportError::NotRungs)?;
    let kind = match field(obj, "rungs") {
        None if looks_like_assessment(obj) => {
            return Ok(ImportReport {
                items: vec![import_item(0, &doc, models)],
            });
        }
        Some(JsonValue::String(kind)) if kind == "export" || kind == "store" => kind.clone(),
        _ => return Err(ImportError::NotRungs),
    };
    let from_read = |e: ReadError| match e {
        ReadError::NewerSchema { found, supported } => {
            ImportError::NewerSchema { found, supported }
        }
        ReadError::NotJson { detail } => ImportError::NotJson { detail },
        // A Rungs file whose header is damaged, or that an upgrade step cannot handle.
        ReadError::NotRungs | ReadError::Invalid { .. } => ImportError::NotRungs,
    };
    let schema = read_header(&doc, &kind).map_err(from_read)?;
    let doc = migrate(schema, doc).map_err(from_read)?;
    let items = match doc.get::<Object>().and_then(|o| field(o, "assessments")) {
        Some(JsonValue::Array(items)) if !items.is_empty() => items,
        _ => return Err(ImportError::NoAssessments),
    };
    Ok(ImportReport {
        items: items
            .iter()
            .enumerate()
            .map(|(i, item)| import_item(i, item, models))
            .collect(),
    })
}

/// An object without a `rungs` header is taken for one bare assessment if it has at least one
/// of an assessment's keys; `{}` or some other program's JSON is not.
fn looks_like_assessment(obj: &Object) -> bool {
    [
        "name",
        "answers",
        "rule",
        "threshold",
        "required_percent",
        "radar",
        "targets",
        "plans",
        "snapshots",
    ]
    .iter()
    .any(|key| obj.contains_key(*key))
}

fn import_item(index: usize, value: &JsonValue, models: &[&Model]) -> ImportItem {
    let name = match value.get::<Object>().and_then(|o| field(o, "name")) {
        Some(JsonValue::String(name)) if !name.trim().is_empty() => shorten(name, 80),
        _ => t(UNNAMED).to_string(),
    };
    let mut a = match assessment_from_json(value) {
        Ok(a) => a,
        Err(problems) => {
            return ImportItem {
                index,
                name,
                assessment: None,
                problems,
            }
        }
    };
    let mut problems = Vec::new();
    let mut refused = false;
    if a.name.trim().is_empty() {
        a.name = t(UNNAMED).to_string();
    }
    let length = a.name.chars().count();
    if length > MAX_NAME_CHARS {
        problems.push(format!(
            "name: {length} characters long; the most is {MAX_NAME_CHARS}"
        ));
        refused = true;
    }
    a.answers.retain(|model_id, answers| {
        let Some(model) = models.iter().find(|m| m.id == model_id) else {
            let n = answers.len();
            let what = if n == 1 {
                "its 1 answer is".to_string()
            } else {
                format!("its {n} answers are")
            };
            problems.push(format!(
                "answers{SEP}{model_id}: a model not in this browser (add it on the Models \
                 page first to keep them); {what} skipped"
            ));
            return false;
        };
        answers.retain(|practice_id, answer| {
            let path = format!("answers{SEP}{model_id}{SEP}{practice_id}");
            let known = model.practice(practice_id).is_some()
                || model.retired.contains(&practice_id.as_str());
            if !known {
                problems.push(format!("{path}: unknown practice; skipped"));
                return false;
            }
            for (field, text) in [("note", &answer.note), ("na_reason", &answer.na_reason)] {
                let length = text.chars().count();
                if length > MAX_NOTE_CHARS {
                    problems.push(format!(
                        "{path}{SEP}{field}: {length} characters long; the most is 10,000"
                    ));
                    refused = true;
                }
            }
            true
        });
        !answers.is_empty()
    });
    ImportItem {
        index,
        name,
        assessment: (!refused).then_some(a),
        problems,
    }
}

/// A name cut short for display in the report.
fn shorten(text: &str, max: usize) -> String {
    match text.char_indices().nth(max) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_string(),
    }
}
