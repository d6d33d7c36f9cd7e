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

/// One model file, as parsed from TOML (or, for a model people bring, from the same structure as
/// JSON).
///
/// The long texts (summaries, descriptions, the About page, the licence note) default to empty
/// and are left out when empty, so that a model sent by a link without its descriptions costs
/// nothing for them. Leaving one out of a file is not allowed for all that: the validator
/// reports it as empty, naming the item, which says more than a parse error would. The same
/// goes for the three lists: a file without levels is told "has no levels".
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ModelFile {
    pub id: String,
    pub name: String,
    pub version: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub retired: Vec<String>,
    pub source: SourceFile,
    #[serde(default, skip_serializing_if = "AboutFile::is_empty")]
    pub about: AboutFile,
    #[serde(default)]
    pub levels: Vec<LevelFile>,
    #[serde(default)]
    pub categories: Vec<CategoryFile>,
    #[serde(default)]
    pub practices: Vec<PracticeFile>,
}

/// Who wrote the model and under which terms Rungs may describe it.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SourceFile {
    pub authors: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub publisher: String,
    pub year: u16,
    pub url: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub licence: String,
}

/// The text of a model's About page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct AboutFile {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub purpose: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub crosswalk: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub version_note: String,
}

impl AboutFile {
    /// True when the About page has no text at all, as in a model sent by a link without its
    /// descriptions; such a page is left out of the link's JSON.
    pub fn is_empty(&self) -> bool {
        self.purpose.is_empty() && self.crosswalk.is_empty() && self.version_note.is_empty()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct LevelFile {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// Only a starting level (the lowest) may need no practices, such as CMMI's Initial.
    #[serde(default, skip_serializing_if = "is_false")]
    pub needs_no_practices: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CategoryFile {
    pub id: String,
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PracticeFile {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub category: String,
    pub level: String,
    /// Kept as text here so that an unknown dimension is reported by the validator with the
    /// practice's id, rather than as a bare parse error.
    pub dimension: String,
}

/// For `skip_serializing_if`: a flag that is off is left out, as in the hand-written files.
fn is_false(flag: &bool) -> bool {
    !*flag
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

/// `model-data/<language>/<model>.toml`: a shipped model's texts in another language, by the ids
/// of the model's file. The build refuses one that lacks a text the model has, or names an id the
/// model has not, so no screen shows half a translation.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TranslationFile {
    /// The id of the model translated.
    pub model: String,
    pub name: String,
    pub summary: String,
    #[serde(default)]
    pub about: AboutFile,
    #[serde(default)]
    pub source: TranslatedSource,
    #[serde(default)]
    pub levels: std::collections::BTreeMap<String, TranslatedNamed>,
    #[serde(default)]
    pub categories: std::collections::BTreeMap<String, TranslatedNamed>,
    #[serde(default)]
    pub practices: std::collections::BTreeMap<String, TranslatedPractice>,
}

/// The one text of a model's source that is translated: its licence note.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TranslatedSource {
    #[serde(default)]
    pub licence: String,
}

/// A level's or a category's name and summary in another language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TranslatedNamed {
    pub name: String,
    #[serde(default)]
    pub summary: String,
}

/// A practice's title and description in another language.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TranslatedPractice {
    pub title: String,
    pub description: String,
}

impl TranslationFile {
    /// `english` with every text replaced by this translation's (ids, levels' order, dimensions
    /// and the rest unchanged). Texts the translation lacks stay in English; the validator
    /// reports them.
    pub fn apply(&self, english: &ModelFile) -> ModelFile {
        let mut out = english.clone();
        let or = |text: &str, english: &str| {
            if text.trim().is_empty() {
                english.to_string()
            } else {
                text.to_string()
            }
        };
        out.name = or(&self.name, &english.name);
        out.summary = or(&self.summary, &english.summary);
        out.about.purpose = or(&self.about.purpose, &english.about.purpose);
        out.about.crosswalk = or(&self.about.crosswalk, &english.about.crosswalk);
        out.about.version_note = or(&self.about.version_note, &english.about.version_note);
        out.source.licence = or(&self.source.licence, &english.source.licence);
        for level in &mut out.levels {
            if let Some(t) = self.levels.get(&level.id) {
                level.name = or(&t.name, &level.name);
                level.summary = or(&t.summary, &level.summary);
            }
        }
        for category in &mut out.categories {
            if let Some(t) = self.categories.get(&category.id) {
                category.name = or(&t.name, &category.name);
                category.summary = or(&t.summary, &category.summary);
            }
        }
        for practice in &mut out.practices {
            if let Some(t) = self.practices.get(&practice.id) {
                practice.title = or(&t.title, &practice.title);
                practice.description = or(&t.description, &practice.description);
            }
        }
        out
    }
}
