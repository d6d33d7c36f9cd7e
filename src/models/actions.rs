//! Adding, updating and removing an imported model: the registry and what is kept change
//! together, or not at all (a failed save puts the registry back as it was).

use crate::core::i18n::{t, tf};
use crate::core::model::file::ModelFile;
use crate::core::model::{catalogue, Model};
use crate::core::own_model::model_link::decode_model_link;
use crate::core::own_model::registry::{self, former_after_update, ImportedModel};
use crate::models::saved_models;
use crate::shell::app::ModelsRevision;
use std::rc::Rc;

/// Adds `file` (already checked), or replaces the version here, and keeps it. The answers of
/// every assessment stay as they are: practices the new version has not are listed as no longer
/// in the model.
pub fn add(file: ModelFile) -> Result<&'static Model, String> {
    let old = registry::find(&file.id);
    let former = old
        .as_ref()
        .map(|old| former_after_update(old, &file))
        .unwrap_or_default();
    let model = registry::register(file, former);
    if let Err(message) = saved_models::save() {
        match old {
            Some(old) => registry::restore_replacing(old),
            None => {
                registry::unregister(model.id);
            }
        }
        return Err(tf(
            "The model was not added: {message}.",
            &[("message", &message)],
        ));
    }
    ModelsRevision::bump();
    Ok(model)
}

/// Removes an imported model; returns it for Undo. Assessments that use it keep their answers.
pub fn remove(id: &str) -> Result<Rc<ImportedModel>, String> {
    let entry = registry::unregister(id).ok_or(t("There is no such model to remove."))?;
    if let Err(message) = saved_models::save() {
        registry::restore(entry);
        return Err(tf(
            "The model was not removed: {message}.",
            &[("message", &message)],
        ));
    }
    ModelsRevision::bump();
    Ok(entry)
}

/// Puts a removed model back (Undo).
pub fn undo_remove(entry: Rc<ImportedModel>) -> Result<(), String> {
    let id = entry.model.id;
    registry::restore(entry);
    if let Err(message) = saved_models::save() {
        registry::unregister(id);
        return Err(tf(
            "The model could not be put back: {message}.",
            &[("message", &message)],
        ));
    }
    ModelsRevision::bump();
    Ok(())
}

/// The ids an imported model may not take: the shipped models'.
pub fn shipped_ids() -> Vec<&'static str> {
    catalogue().iter().map(|m| m.id).collect()
}

/// The payload of a model link from whatever was pasted: the whole address or the payload.
pub fn model_link_payload(pasted: &str) -> &str {
    let pasted = pasted.trim();
    match pasted.rfind("#/m/") {
        Some(at) => &pasted[at + 4..],
        None => pasted,
    }
}

/// An invitation carries the model with its descriptions while the link stays short enough to
/// paste anywhere, and without them past that.
const INVITATION_MODEL_CHARS: usize = 6_000;

/// The model link payload an invitation carries for the imported model `id`.
pub fn invitation_model_link(id: &str) -> Option<String> {
    let entry = registry::find(id)?;
    let full = crate::core::own_model::model_link::encode_model_link(&entry.file, true);
    Some(if full.len() <= INVITATION_MODEL_CHARS {
        full
    } else {
        crate::core::own_model::model_link::encode_model_link(&entry.file, false)
    })
}

/// Adds the model a model link carries unless the same one is here; says what happened.
pub fn add_from_link(pasted: &str) -> Result<String, String> {
    let file = decode_model_link(model_link_payload(pasted)).map_err(|e| e.message())?;
    if shipped_ids().contains(&file.id.as_str()) {
        return Err(tf(
            "This model link carries a model with the id “{id}”, which is a model Rungs ships; it was not added.",
            &[("id", &file.id)],
        ));
    }
    let fingerprint = crate::core::own_model::fingerprint::fingerprint(&file);
    if registry::find(&file.id).is_some_and(|m| m.fingerprint == fingerprint) {
        return Ok(tf(
            "{model} {version} is already in this browser.",
            &[("model", &file.name), ("version", &file.version)],
        ));
    }
    let name = format!("{} {}", file.name, file.version);
    add(file)?;
    Ok(tf(
        "{name} was added to your models in this browser.",
        &[("name", &name)],
    ))
}
