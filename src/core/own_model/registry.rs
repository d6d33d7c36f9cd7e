//! The imported models the app knows right now, beside the shipped ones.
//!
//! Every screen, the scoring and the links take a model as `&'static Model`, because the shipped
//! ones are statics generated at build time. An imported model is turned into the same shape once,
//! when it is registered, by leaking its strings: a model is a few kilobytes, and a person imports
//! a handful in a session, so the leak is bounded by what they do, while every screen keeps
//! working with imported models unchanged. Replacing a model (a newer version) or removing it
//! only takes it off the list; the old `&'static` stays valid for any screen still showing it.
//!
//! The list is per thread: the app has one, and each native test gets its own, so tests never see
//! each other's models.

use crate::core::model::file::ModelFile;
use crate::core::model::{Category, Dimension, Level, Model, Practice, Source};
use crate::core::own_model::fingerprint::fingerprint;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// One imported model: its file as imported (for export and links), the model the screens use,
/// and what earlier versions had that this one has not.
#[derive(Debug)]
pub struct ImportedModel {
    pub model: &'static Model,
    pub file: ModelFile,
    pub fingerprint: u64,
    /// Practices of earlier versions that this version no longer has, as (id, title), so that
    /// an assessment's answers to them are listed by title, never dropped silently.
    pub former: Vec<(String, String)>,
    /// Level and category ids in the model's order, as links name targets by.
    pub level_ids: &'static [&'static str],
    pub category_ids: &'static [&'static str],
    /// The long texts (descriptions, summaries, About), by the keys of `model-text.txt`.
    texts: BTreeMap<String, &'static str>,
}

impl ImportedModel {
    /// A retired practice's title, from this version's earlier ones, if Rungs saw it.
    pub fn former_title(&self, id: &str) -> Option<&str> {
        self.former
            .iter()
            .find(|(former, _)| former == id)
            .map(|(_, title)| title.as_str())
    }
}

thread_local! {
    static IMPORTED: RefCell<Vec<Rc<ImportedModel>>> = const { RefCell::new(Vec::new()) };
    /// Bumped on every change, so that views can tell the list changed.
    static REVISION: RefCell<u64> = const { RefCell::new(0) };
}

fn leak(text: &str) -> &'static str {
    Box::leak(text.to_owned().into_boxed_str())
}

fn leak_slice<T>(items: Vec<T>) -> &'static [T] {
    Box::leak(items.into_boxed_slice())
}

/// The model the screens use, built from a file that passed validation. Anything validation
/// rules out (an unknown category, level or dimension) falls back to the first of its kind
/// rather than panicking.
pub fn to_model(file: &ModelFile, former: &[(String, String)]) -> &'static Model {
    let levels: Vec<Level> = file
        .levels
        .iter()
        .map(|l| Level {
            id: leak(&l.id),
            name: leak(&l.name),
            needs_no_practices: l.needs_no_practices,
        })
        .collect();
    let categories: Vec<Category> = file
        .categories
        .iter()
        .map(|c| Category {
            id: leak(&c.id),
            name: leak(&c.name),
        })
        .collect();
    let practices: Vec<Practice> = file
        .practices
        .iter()
        .map(|p| Practice {
            id: leak(&p.id),
            title: leak(&p.title),
            category: file
                .categories
                .iter()
                .position(|c| c.id == p.category)
                .unwrap_or(0),
            level: file
                .levels
                .iter()
                .position(|l| l.id == p.level)
                .unwrap_or(0),
            dimension: Dimension::from_id(&p.dimension).unwrap_or(Dimension::Process),
        })
        .collect();
    let link_slots: Vec<&'static str> = practices.iter().map(|p| p.id).collect();
    let mut retired: Vec<&'static str> = file.retired.iter().map(|r| leak(r)).collect();
    for (id, _) in former {
        if !retired.contains(&id.as_str()) {
            retired.push(leak(id));
        }
    }
    Box::leak(Box::new(Model {
        id: leak(&file.id),
        name: leak(&file.name),
        version: leak(&file.version),
        summary: leak(&prose(&file.summary)),
        source: Source {
            authors: leak(&file.source.authors),
            title: leak(&file.source.title),
            publisher: leak(&file.source.publisher),
            year: file.source.year,
            url: leak(&file.source.url),
        },
        levels: leak_slice(levels),
        categories: leak_slice(categories),
        practices: leak_slice(practices),
        retired: leak_slice(retired),
        link_code: u8::MAX,
        link_slots: leak_slice(link_slots),
    }))
}

/// The texts of `model-text.txt` for one model file, by key, with the build's paragraph rule.
fn texts_of(file: &ModelFile) -> BTreeMap<String, &'static str> {
    let mut texts = BTreeMap::new();
    let mut add = |key: String, text: &str| {
        let text = prose(text);
        if !text.is_empty() {
            texts.insert(key, leak(&text));
        }
    };
    add("purpose".into(), &file.about.purpose);
    add("crosswalk".into(), &file.about.crosswalk);
    add("version_note".into(), &file.about.version_note);
    add("licence".into(), &file.source.licence);
    for l in &file.levels {
        add(format!("level:{}", l.id), &l.summary);
    }
    for c in &file.categories {
        add(format!("category:{}", c.id), &c.summary);
    }
    for p in &file.practices {
        add(format!("practice:{}", p.id), &p.description);
    }
    texts
}

/// Line breaks inside a paragraph become spaces; blank lines stay paragraph breaks (as the build
/// does for shipped models).
pub fn prose(text: &str) -> String {
    text.split("\n\n")
        .map(|paragraph| paragraph.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|paragraph| !paragraph.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// What an update from `old` to `new` retires: practices `old` had (or had retired with a
/// title Rungs remembers) that `new` has not, with their last titles.
pub fn former_after_update(old: &ImportedModel, new: &ModelFile) -> Vec<(String, String)> {
    let mut former: Vec<(String, String)> = old
        .former
        .iter()
        .filter(|(id, _)| !new.practices.iter().any(|p| &p.id == id))
        .cloned()
        .collect();
    for practice in &old.file.practices {
        let gone = !new.practices.iter().any(|p| p.id == practice.id);
        if gone && !former.iter().any(|(id, _)| id == &practice.id) {
            former.push((practice.id.clone(), practice.title.clone()));
        }
    }
    former
}

/// Adds `file` (already validated) to the list, or replaces the model of the same id, and
/// returns the model the screens use.
pub fn register(file: ModelFile, former: Vec<(String, String)>) -> &'static Model {
    let model = to_model(&file, &former);
    let entry = Rc::new(ImportedModel {
        model,
        level_ids: leak_slice(model.levels.iter().map(|l| l.id).collect()),
        category_ids: leak_slice(model.categories.iter().map(|c| c.id).collect()),
        fingerprint: fingerprint(&file),
        texts: texts_of(&file),
        file,
        former,
    });
    IMPORTED.with(|list| {
        let mut list = list.borrow_mut();
        match list.iter().position(|m| m.model.id == model.id) {
            Some(index) => list[index] = entry,
            None => list.push(entry),
        }
    });
    bump();
    model
}

/// Takes the model of `id` off the list; returns it, for Undo.
pub fn unregister(id: &str) -> Option<Rc<ImportedModel>> {
    let removed = IMPORTED.with(|list| {
        let mut list = list.borrow_mut();
        let index = list.iter().position(|m| m.model.id == id)?;
        Some(list.remove(index))
    });
    if removed.is_some() {
        bump();
    }
    removed
}

/// Puts back a model taken off by [`unregister`] (Undo), unless one of its id came meanwhile.
pub fn restore(entry: Rc<ImportedModel>) {
    IMPORTED.with(|list| {
        let mut list = list.borrow_mut();
        if !list.iter().any(|m| m.model.id == entry.model.id) {
            list.push(entry);
        }
    });
    bump();
}

/// Puts back an entry that [`register`] replaced (when keeping the new version failed).
pub fn restore_replacing(entry: Rc<ImportedModel>) {
    IMPORTED.with(|list| {
        let mut list = list.borrow_mut();
        match list.iter().position(|m| m.model.id == entry.model.id) {
            Some(index) => list[index] = entry,
            None => list.push(entry),
        }
    });
    bump();
}

/// Empties the list (when the saved models are read again from storage).
pub fn clear() {
    IMPORTED.with(|list| list.borrow_mut().clear());
    bump();
}

fn bump() {
    REVISION.with(|r| *r.borrow_mut() += 1);
}

/// Changes with every registration or removal.
pub fn revision() -> u64 {
    REVISION.with(|r| *r.borrow())
}

/// Every imported model, in the order they were first imported.
pub fn imported() -> Vec<Rc<ImportedModel>> {
    IMPORTED.with(|list| list.borrow().clone())
}

/// The imported model of `id`, if there is one.
pub fn find(id: &str) -> Option<Rc<ImportedModel>> {
    IMPORTED.with(|list| list.borrow().iter().find(|m| m.model.id == id).cloned())
}

/// A long text of an imported model, by the keys of `model-text.txt`.
pub fn text(model: &str, key: &str) -> Option<&'static str> {
    IMPORTED.with(|list| {
        list.borrow()
            .iter()
            .find(|m| m.model.id == model)
            .and_then(|m| m.texts.get(key).copied())
    })
}
