//! The imported models as this browser keeps them: one local-storage key, apart from the
//! assessments, because models are shared by every assessment and outlive any one of them.
//!
//! The value is JSON: `{"rungs-models": 1, "models": [{"file": <model file>, "former": [[id,
//! title], ...]}]}`, where a model file has the structure of the `model-data/` TOML files and
//! `former` lists the practices earlier versions had and this one has not (see
//! [`crate::core::own_model::registry::ImportedModel::former`]). A value this version cannot read
//! (damaged, or written by a newer Rungs) is never written over: the app copies it aside first.

use crate::core::i18n::tf;
use crate::core::model::file::ModelFile;
use crate::core::model::validate::validate_model;
use serde::{Deserialize, Serialize};

/// The local-storage key of the imported models.
pub const MODELS_KEY: &str = "rungs.models";

/// The format this version writes and reads.
pub const SAVED_FORMAT: u32 = 1;

/// One imported model as kept.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SavedModel {
    pub file: ModelFile,
    #[serde(default)]
    pub former: Vec<(String, String)>,
}

#[derive(Serialize, Deserialize)]
struct SavedModels {
    #[serde(rename = "rungs-models")]
    format: u32,
    models: Vec<SavedModel>,
}

/// Just the format number, read first so that a newer format is recognised as such.
#[derive(Deserialize)]
struct FormatOnly {
    #[serde(rename = "rungs-models")]
    format: u32,
}

/// The text to keep for `models`.
pub fn write_saved(models: &[SavedModel]) -> String {
    serde_json::to_string(&SavedModels {
        format: SAVED_FORMAT,
        models: models.to_vec(),
    })
    .unwrap_or_default()
}

/// What reading the kept models found: the models that passed the model rules, and a sentence
/// for each that did not (kept text edited by hand, or damaged).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReadSaved {
    pub models: Vec<SavedModel>,
    pub skipped: Vec<String>,
}

/// Reads the kept models. An error (a sentence) means nothing could be read and the text must be
/// kept as it is.
pub fn read_saved(text: &str) -> Result<ReadSaved, String> {
    let format: FormatOnly = serde_json::from_str(text)
        .map_err(|_| "the saved models are damaged and cannot be read".to_string())?;
    if format.format > SAVED_FORMAT {
        return Err("the saved models were written by a newer version of Rungs".into());
    }
    if format.format == 0 {
        return Err("the saved models are damaged and cannot be read".into());
    }
    let saved: SavedModels = serde_json::from_str(text).map_err(|e| {
        tf(
            "the saved models are damaged and cannot be read ({problem})",
            &[("problem", &e.to_string())],
        )
    })?;
    let mut read = ReadSaved::default();
    for model in saved.models {
        let problems = validate_model(&format!("{}.toml", model.file.id), &model.file);
        let duplicate = read.models.iter().any(|m| m.file.id == model.file.id);
        if problems.is_empty() && !duplicate {
            read.models.push(model);
        } else {
            read.skipped.push(tf(
                "The saved model “{name}” is damaged and was left out.",
                &[("name", &model.file.name)],
            ));
        }
    }
    Ok(read)
}
