//! Three-way merge of saved documents, so that edits made in two tabs or windows both survive.
//!
//! Every tab keeps the document as it last read or wrote it: the *base*. When it saves and finds
//! that another tab saved since (or hears that one did), it merges its own document (*ours*) with
//! the stored one (*theirs*) item by item:
//!
//! - an item only one side changed takes that side's version;
//! - an item both sides changed takes ours: every edit is saved the moment it is made, so the
//!   side saving now made the later edit;
//! - an item one side deleted and the other changed is kept, as changed: nothing is lost to a
//!   delete that crossed an edit;
//! - an item both sides created under the same id (two tabs adding an assessment at once) is
//!   kept twice: theirs keeps the id, which other tabs may already show, and ours takes a new one.
//!
//! The items of the assessments library: each assessment (by id), and within one its name, its
//! settings, its radar measure, each answer (model and practice), each model's target, each
//! planned practice, each snapshot (by id), and each field this version does not know. The items of a workshop board: its name, models and settings, each participant
//! (by id: name, hidden, answers) and each agreed answer. Merging a document with itself, or
//! with a base nobody changed, gives it back unchanged.
//!
//! ```
//! use rungs::core::library::Library;
//! use rungs::core::merge::merge_library;
//! use rungs::core::scoring::Rating;
//! let base = Library::new();
//! let (mut ours, mut theirs) = (base.clone(), base.clone());
//! ours.assessments[0].assessment.set_rating("cmmi", "rdm", Some(Rating::Fully));
//! theirs.assessments[0].assessment.set_rating("cmmi", "pqa", Some(Rating::Partly));
//! let merged = merge_library(&base, &ours, &theirs);
//! let a = &merged.assessments[0].assessment;
//! assert_eq!(a.rating("cmmi", "rdm"), Some(Rating::Fully));
//! assert_eq!(a.rating("cmmi", "pqa"), Some(Rating::Partly));
//! ```

use crate::core::assessment::Assessment;
use crate::core::library::{Library, StoredAssessment};
use crate::core::unknown_fields::UnknownFields;
use crate::core::workshop::{Participant, Workshop};
use std::collections::{BTreeMap, BTreeSet};

/// One value merged three ways, `None` a value like any other (an answer cleared, a field
/// dropped): a side that changed it wins, and when both did, ours, the later edit.
pub fn merge_value<T: PartialEq + Clone>(
    base: Option<&T>,
    ours: Option<&T>,
    theirs: Option<&T>,
) -> Option<T> {
    if ours == base {
        theirs.cloned()
    } else {
        ours.cloned()
    }
}

/// A whole item merged three ways (an assessment, a participant): as [`merge_value`], except that
/// an item one side deleted and the other changed is kept, as changed.
fn merge_whole<T: PartialEq + Clone>(
    base: Option<&T>,
    ours: Option<&T>,
    theirs: Option<&T>,
) -> Option<T> {
    match (ours, theirs) {
        (None, Some(theirs)) if Some(theirs) != base => Some(theirs.clone()),
        _ => merge_value(base, ours, theirs),
    }
}

/// `merge_value` for an item that is always there.
fn merge_field<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> T {
    merge_value(Some(base), Some(ours), Some(theirs)).unwrap_or_else(|| ours.clone())
}

/// Every item of a map keyed by model, each on its own (a model's target).
fn merge_map<T: PartialEq + Clone>(
    base: &BTreeMap<String, T>,
    ours: &BTreeMap<String, T>,
    theirs: &BTreeMap<String, T>,
) -> BTreeMap<String, T> {
    let keys: BTreeSet<&String> = base
        .keys()
        .chain(ours.keys())
        .chain(theirs.keys())
        .collect();
    keys.into_iter()
        .filter_map(|key| {
            merge_value(base.get(key), ours.get(key), theirs.get(key)).map(|v| (key.clone(), v))
        })
        .collect()
}

/// Every item of a map keyed by model and practice, each on its own (an answer, a plan).
fn merge_nested<T: PartialEq + Clone>(
    base: &BTreeMap<String, BTreeMap<String, T>>,
    ours: &BTreeMap<String, BTreeMap<String, T>>,
    theirs: &BTreeMap<String, BTreeMap<String, T>>,
) -> BTreeMap<String, BTreeMap<String, T>> {
    let get = |map: &'_ BTreeMap<String, BTreeMap<String, T>>, m: &str, p: &str| {
        map.get(m).and_then(|answers| answers.get(p)).cloned()
    };
    let keys: BTreeSet<(String, String)> = [base, ours, theirs]
        .into_iter()
        .flat_map(|map| {
            map.iter()
                .flat_map(|(m, answers)| answers.keys().map(move |p| (m.clone(), p.clone())))
        })
        .collect();
    let mut merged: BTreeMap<String, BTreeMap<String, T>> = BTreeMap::new();
    for (model, practice) in keys {
        let value = merge_value(
            get(base, &model, &practice).as_ref(),
            get(ours, &model, &practice).as_ref(),
            get(theirs, &model, &practice).as_ref(),
        );
        if let Some(answer) = value {
            merged.entry(model).or_default().insert(practice, answer);
        }
    }
    merged
}

/// One assessment that both sides still have, field by field (`base` is `None` when both made it
/// from nothing).
pub fn merge_assessment(
    base: Option<&Assessment>,
    ours: &Assessment,
    theirs: &Assessment,
) -> Assessment {
    let Some(base) = base else {
        return ours.clone();
    };
    Assessment {
        name: merge_field(&base.name, &ours.name, &theirs.name),
        settings: merge_field(&base.settings, &ours.settings, &theirs.settings),
        radar_measure: merge_field(
            &base.radar_measure,
            &ours.radar_measure,
            &theirs.radar_measure,
        ),
        answers: merge_nested(&base.answers, &ours.answers, &theirs.answers),
        workshop: merge_field(&base.workshop, &ours.workshop, &theirs.workshop),
        targets: merge_map(&base.targets, &ours.targets, &theirs.targets),
        plans: merge_nested(&base.plans, &ours.plans, &theirs.plans),
        snapshots: merge_by_id(
            &base.snapshots,
            &ours.snapshots,
            &theirs.snapshots,
            |s| s.id.as_str(),
            |b, o, t| merge_field(b.unwrap_or(o), o, t),
            |s, merged| s.id = crate::core::plan::history::next_snapshot_id(merged),
        ),
        unknown: UnknownFields::merge(&base.unknown, &ours.unknown, &theirs.unknown),
    }
}

/// A list of items with ids, merged by id. `merge_item` merges an item both sides have;
/// `renumber` gives one of ours a new id when both sides made different items under the same id.
/// The order is ours, then the items only theirs has, in their order.
fn merge_by_id<T: Clone + PartialEq>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    id: impl Fn(&T) -> &str,
    merge_item: impl Fn(Option<&T>, &T, &T) -> T,
    mut renumber: impl FnMut(&mut T, &[T]),
) -> Vec<T> {
    let find = |list: &'_ [T], key: &str| list.iter().find(|x| id(x) == key).cloned();
    let mut merged: Vec<T> = Vec::new();
    let mut moved: Vec<T> = Vec::new();
    let order = ours
        .iter()
        .chain(theirs.iter().filter(|t| find(ours, id(t)).is_none()));
    for item in order {
        let key = id(item);
        let (b, o, t) = (find(base, key), find(ours, key), find(theirs, key));
        match (&b, &o, &t) {
            (None, Some(o), Some(t)) if o != t => {
                // Made on both sides under one id: theirs keeps it, ours moves.
                merged.push(t.clone());
                moved.push(o.clone());
            }
            (_, Some(o), Some(t)) => merged.push(merge_item(b.as_ref(), o, t)),
            _ => {
                if let Some(kept) = merge_whole(b.as_ref(), o.as_ref(), t.as_ref()) {
                    merged.push(kept);
                }
            }
        }
    }
    for mut item in moved {
        renumber(&mut item, &merged);
        merged.push(item);
    }
    merged
}

/// The assessments library (see the module documentation). The open assessment stays ours,
/// under its new id if it had to move.
pub fn merge_library(base: &Library, ours: &Library, theirs: &Library) -> Library {
    let mut active_id = ours.active().id.clone();
    let mut moved_active = None;
    let assessments = merge_by_id(
        &base.assessments,
        &ours.assessments,
        &theirs.assessments,
        |s| s.id.as_str(),
        |b, o, t| StoredAssessment {
            id: o.id.clone(),
            assessment: merge_assessment(b.map(|b| &b.assessment), &o.assessment, &t.assessment),
        },
        |item, merged| {
            let others = Library {
                assessments: merged.to_vec(),
                active: 0,
                unknown: UnknownFields::new(),
            };
            let new_id = others.next_id();
            if item.id == active_id {
                moved_active = Some(new_id.clone());
            }
            item.id = new_id;
        },
    );
    if let Some(moved) = moved_active {
        active_id = moved;
    }
    let mut library = Library {
        assessments,
        active: 0,
        unknown: UnknownFields::merge(&base.unknown, &ours.unknown, &theirs.unknown),
    };
    if library.assessments.is_empty() {
        // Both sides deleted everything else: a library is never empty.
        library = Library::new();
    }
    library.active = library
        .assessments
        .iter()
        .position(|s| s.id == active_id)
        .unwrap_or(0);
    library
}

/// A workshop board (see the module documentation). Two different workshops (one tab started a
/// new board while another worked on the old one) are not merged: the later one is kept.
pub fn merge_workshop(
    base: Option<&Workshop>,
    ours: Option<&Workshop>,
    theirs: Option<&Workshop>,
) -> Option<Workshop> {
    let (Some(b), Some(o), Some(t)) = (base, ours, theirs) else {
        return merge_whole(base, ours, theirs);
    };
    if b.id != o.id || o.id != t.id {
        return merge_value(base, ours, theirs);
    }
    let participants = merge_by_id(
        &b.participants,
        &o.participants,
        &t.participants,
        |p| p.id.as_str(),
        |b, o, t| match b {
            Some(b) => Participant {
                id: o.id.clone(),
                name: merge_field(&b.name, &o.name, &t.name),
                sent_as: merge_field(&b.sent_as, &o.sent_as, &t.sent_as),
                hidden: merge_field(&b.hidden, &o.hidden, &t.hidden),
                assessment: merge_assessment(Some(&b.assessment), &o.assessment, &t.assessment),
            },
            None => o.clone(),
        },
        |p, merged| p.id = Workshop::next_participant_id(merged),
    );
    Some(Workshop {
        id: o.id.clone(),
        name: merge_field(&b.name, &o.name, &t.name),
        models: merge_field(&b.models, &o.models, &t.models),
        settings: merge_field(&b.settings, &o.settings, &t.settings),
        participants,
        agreed: merge_assessment(Some(&b.agreed), &o.agreed, &t.agreed),
    })
}
