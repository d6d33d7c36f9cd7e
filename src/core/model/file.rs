//! The shape of a model file in `model-data/`, exactly as written by hand.
//!
//! These types are shared by `build.rs` (which parses and validates every file and generates the
//! statics the app uses) and by the native tests (which validate broken fixtures), so the rules
//! the build enforces and the rules the tests pin down are the same code.

use serde::{Deserialize, Serialize};

/// `model-data/catalogue.toml`: which model files the app loads, in display order.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogueFile {
    pub models: Vec<String>,
}

/// One model file, as parsed from TOML.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    pub id: String,
    pub name: String,
    pub version: String,
    pub summary: String,
    #[serde(default)]
    pub retired: Vec<String>,
    pub source: SourceFile,
    pub about: AboutFile,
    pub levels: Vec<LevelFile>,
    pub categories: Vec<CategoryFile>,
    pub practices: Vec<PracticeFile>,
}

/// Who wrote the model and under which terms Rungs may describe it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceFile {
    pub authors: String,
    pub title: String,
    #[serde(default)]
    pub publisher: String,
    pub year: u16,
    pub url: String,
    pub licence: String,
}

/// The text of a model's About page.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AboutFile {
    pub purpose: String,
    pub crosswalk: String,
    #[serde(default)]
    pub version_note: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LevelFile {
    pub id: String,
    pub name: String,
    pub summary: String,
    /// Only a starting level (the lowest) may need no practices, such as CMMI's Initial.
    #[serde(default)]
    pub needs_no_practices: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryFile {
    pub id: String,
    pub name: String,
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PracticeFile {
    pub id: String,
    pub title: String,
    pub description: String,
    pub category: String,
    pub level: String,
    /// Kept as text here so that an unknown dimension is reported by the validator with the
    /// practice's id, rather than as a bare parse error.
    pub dimension: String,
}

/// `model-data/link-slots.toml`: the fixed position of every practice in share links.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LinkSlotsFile {
    /// One entry per model ever shipped; the position is the model's link code.
    pub model: Vec<LinkSlotsModel>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LinkSlotsModel {
    pub id: String,
    /// Practice ids in slot order; append only.
    pub practices: Vec<String>,
}
