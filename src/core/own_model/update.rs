//! What importing a model changes: a new model, the same one again, or another version of one
//! already here, with the practices it adds, retires and retitles. The review lists these
//! before anything is kept, so that nobody replaces a model without seeing what it does to
//! their answers.

use crate::core::model::file::ModelFile;
use crate::core::model::Dimension;

/// What a model file would do if confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ImportKind {
    /// No model of this id is here.
    New,
    /// The same structure is here already (descriptions may differ).
    Same,
    /// Another version of a model here: what it changes.
    Update(ModelChanges),
}

/// The differences between the version here and the one being imported, by practice id.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ModelChanges {
    pub old_version: String,
    /// (id, title) of practices only the new version has.
    pub added: Vec<(String, String)>,
    /// (id, title) of practices only the old version has: answers to them are kept and listed
    /// as no longer in the model.
    pub retired: Vec<(String, String)>,
    /// (id, old title, new title).
    pub retitled: Vec<(String, String, String)>,
    /// (id, title) of practices moved to another level or category: their answers stay, the
    /// levels they count towards change.
    pub moved: Vec<(String, String)>,
    /// The level or category lists differ (names, order, or members).
    pub ladder_changed: bool,
}

impl ModelChanges {
    /// Nothing a person rating would notice: same practices, titles, places and ladder.
    pub fn is_empty(&self) -> bool {
        self.added.is_empty()
            && self.retired.is_empty()
            && self.retitled.is_empty()
            && self.moved.is_empty()
            && !self.ladder_changed
    }
}

/// Compares the model here (`old`) with the one being imported (`new`).
pub fn compare(old: &ModelFile, new: &ModelFile) -> ModelChanges {
    let find = |file: &ModelFile, id: &str| file.practices.iter().position(|p| p.id == id);
    let mut changes = ModelChanges {
        old_version: old.version.clone(),
        ..ModelChanges::default()
    };
    for practice in &new.practices {
        match find(old, &practice.id).and_then(|i| old.practices.get(i)) {
            None => changes
                .added
                .push((practice.id.clone(), practice.title.clone())),
            Some(before) => {
                if before.title != practice.title {
                    changes.retitled.push((
                        practice.id.clone(),
                        before.title.clone(),
                        practice.title.clone(),
                    ));
                }
                if before.level != practice.level || before.category != practice.category {
                    changes
                        .moved
                        .push((practice.id.clone(), practice.title.clone()));
                }
            }
        }
    }
    for practice in &old.practices {
        if find(new, &practice.id).is_none() {
            changes
                .retired
                .push((practice.id.clone(), practice.title.clone()));
        }
    }
    let ladder = |file: &ModelFile| {
        (
            file.levels
                .iter()
                .map(|l| (l.id.clone(), l.name.clone()))
                .collect::<Vec<_>>(),
            file.categories
                .iter()
                .map(|c| (c.id.clone(), c.name.clone()))
                .collect::<Vec<_>>(),
        )
    };
    changes.ladder_changed = ladder(old) != ladder(new);
    changes
}

/// The radar dimensions a model leaves out: no practice of it maps to them, so the radar over
/// the four dimensions shows nothing there for it.
pub fn dimensions_left_out(file: &ModelFile) -> Vec<Dimension> {
    Dimension::ALL
        .into_iter()
        .filter(|d| !file.practices.iter().any(|p| p.dimension == d.as_str()))
        .collect()
}

/// A shipped model as a model file, from its statics and its long texts, so that it can be
/// exported and used as the start of a model of one's own. Texts not loaded come out empty.
pub fn file_of_shipped(
    model: &crate::core::model::Model,
    texts: &crate::core::model::text_file::ModelTexts,
) -> ModelFile {
    use crate::core::model::file::{AboutFile, CategoryFile, LevelFile, PracticeFile, SourceFile};
    let text = |key: &str| texts.get(model.id, key).unwrap_or_default().to_string();
    ModelFile {
        id: model.id.into(),
        name: model.name.into(),
        version: model.version.into(),
        summary: model.summary.into(),
        retired: model.retired.iter().map(|r| r.to_string()).collect(),
        source: SourceFile {
            authors: model.source.authors.into(),
            title: model.source.title.into(),
            publisher: model.source.publisher.into(),
            year: model.source.year,
            url: model.source.url.into(),
            licence: text("licence"),
        },
        about: AboutFile {
            purpose: text("purpose"),
            crosswalk: text("crosswalk"),
            version_note: text("version_note"),
        },
        levels: model
            .levels
            .iter()
            .map(|l| LevelFile {
                id: l.id.into(),
                name: l.name.into(),
                summary: text(&format!("level:{}", l.id)),
                needs_no_practices: l.needs_no_practices,
            })
            .collect(),
        categories: model
            .categories
            .iter()
            .map(|c| CategoryFile {
                id: c.id.into(),
                name: c.name.into(),
                summary: text(&format!("category:{}", c.id)),
            })
            .collect(),
        practices: model
            .practices
            .iter()
            .map(|p| PracticeFile {
                id: p.id.into(),
                title: p.title.into(),
                description: text(&format!("practice:{}", p.id)),
                category: model
                    .categories
                    .get(p.category)
                    .map(|c| c.id.to_string())
                    .unwrap_or_default(),
                level: model
                    .levels
                    .get(p.level)
                    .map(|l| l.id.to_string())
                    .unwrap_or_default(),
                dimension: p.dimension.as_str().into(),
            })
            .collect(),
    }
}

/// An answer to a practice the model no longer has (retired by a later version, or by the
/// shipped model's authors): kept in the assessment and listed, never dropped silently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormerAnswer {
    pub id: String,
    /// The title it last had, as far as this browser knows; else its id.
    pub title: String,
    pub rating: Option<crate::core::scoring::Rating>,
    pub note: String,
}

/// The answers `assessment` holds for `model` under practice ids the model no longer has, in id
/// order. Answers with neither a rating nor a note are left out: nothing of them is kept.
pub fn no_longer_in_model(
    assessment: &crate::core::assessment::Assessment,
    model: &crate::core::model::Model,
) -> Vec<FormerAnswer> {
    let imported = crate::core::own_model::registry::find(model.id);
    assessment
        .answers
        .get(model.id)
        .into_iter()
        .flatten()
        .filter(|(id, _)| model.practice(id).is_none())
        .filter(|(_, a)| a.rating.is_some() || !a.note.is_empty())
        .map(|(id, answer)| FormerAnswer {
            id: id.clone(),
            title: imported
                .as_ref()
                .and_then(|m| m.former_title(id))
                .unwrap_or(id)
                .to_string(),
            rating: answer.rating,
            note: answer.note.clone(),
        })
        .collect()
}
