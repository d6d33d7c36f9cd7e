//! Every saved assessment and which one is open: the operations the Assessments page offers
//! (add, duplicate, remove and restore, rename), with the invariants they keep. How the library
//! is written down is [`crate::core::store_format`]'s concern, not this module's.

use crate::core::assessment::{Assessment, RadarMeasure};
use crate::core::i18n::tf;
use crate::core::scoring::{LevelRule, Rating, ScoringSettings};
use crate::core::unknown_fields::UnknownFields;
use std::collections::BTreeMap;

/// One saved assessment with the id that names it in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredAssessment {
    pub id: String,
    pub assessment: Assessment,
}

/// Every saved assessment and which one is open.
///
/// Invariants, kept by every method: never empty, and `active < assessments.len()`.
#[derive(Debug, Clone, PartialEq)]
pub struct Library {
    pub assessments: Vec<StoredAssessment>,
    pub active: usize,
    /// Fields a newer Rungs wrote into the document, kept as they were.
    pub unknown: UnknownFields,
}

impl Default for Library {
    fn default() -> Self {
        Library::new()
    }
}

/// What [`Library::active`] answers if the fields were emptied from outside, so that it never
/// panics.
static BLANK: StoredAssessment = StoredAssessment {
    id: String::new(),
    assessment: Assessment {
        name: String::new(),
        settings: ScoringSettings {
            rule: LevelRule::Staged,
            threshold: Rating::Largely,
            required_percent: 80,
        },
        radar_measure: RadarMeasure::Progress,
        answers: BTreeMap::new(),
        workshop: String::new(),
        targets: BTreeMap::new(),
        plans: BTreeMap::new(),
        snapshots: Vec::new(),
        unknown: UnknownFields::new(),
    },
};

impl Library {
    /// A first visit: one default assessment.
    pub fn new() -> Self {
        Library {
            assessments: vec![StoredAssessment {
                id: "a1".into(),
                assessment: Assessment::default(),
            }],
            active: 0,
            unknown: UnknownFields::new(),
        }
    }

    pub fn active(&self) -> &StoredAssessment {
        self.assessments
            .get(self.active)
            .or(self.assessments.first())
            .unwrap_or(&BLANK)
    }

    /// A fresh id: `a` followed by one more than the highest number in use. Ids are never
    /// reused while their assessment exists, so links between undo and the list stay right.
    pub fn next_id(&self) -> String {
        crate::core::ids::next_id('a', self.assessments.iter().map(|s| s.id.as_str()))
    }

    /// The highest number of an `a<number>` id in use, or 0.
    fn highest_id_number(&self) -> u64 {
        crate::core::ids::highest_number('a', self.assessments.iter().map(|s| s.id.as_str()))
    }

    fn has_id(&self, id: &str) -> bool {
        self.assessments.iter().any(|s| s.id == id)
    }

    /// Appends an assessment with a fresh id; returns its index.
    pub fn add(&mut self, assessment: Assessment) -> usize {
        let id = self.next_id();
        self.assessments.push(StoredAssessment { id, assessment });
        self.assessments.len() - 1
    }

    /// Copies an assessment, named `"<name> (copy)"` (made unique), right after the original;
    /// returns the copy's index. The open assessment stays the same.
    pub fn duplicate(&mut self, index: usize) -> Option<usize> {
        let mut assessment = self.assessments.get(index)?.assessment.clone();
        assessment.name = self.unique_name(&tf("{name} (copy)", &[("name", &assessment.name)]));
        let id = self.next_id();
        self.assessments
            .insert(index + 1, StoredAssessment { id, assessment });
        if self.active > index {
            self.active += 1;
        }
        Some(index + 1)
    }

    /// Removes an assessment, returning it with its index for [`Library::restore`]. Refuses to
    /// remove the last one. When the open one goes, its neighbour opens (the next, else the one
    /// before).
    pub fn remove(&mut self, index: usize) -> Option<(usize, StoredAssessment)> {
        if self.assessments.len() <= 1 || index >= self.assessments.len() {
            return None;
        }
        let item = self.assessments.remove(index);
        if self.active > index {
            self.active -= 1;
        }
        self.active = self.active.min(self.assessments.len() - 1);
        Some((index, item))
    }

    /// Undoes [`Library::remove`]: puts the item back at `index` (or at the end if the list has
    /// shrunk since). Gives it a fresh id if its own has been reused meanwhile.
    pub fn restore(&mut self, index: usize, mut item: StoredAssessment) {
        if item.id.is_empty() || self.has_id(&item.id) {
            item.id = self.next_id();
        }
        let index = index.min(self.assessments.len());
        self.assessments.insert(index, item);
        if self.active >= index {
            self.active += 1;
        }
        self.active = self.active.min(self.assessments.len() - 1);
    }

    /// Renames an assessment; a name that is empty or only spaces keeps the old one (a nameless
    /// assessment cannot be told apart in a list or a Delete button). Spaces around are trimmed.
    pub fn rename(&mut self, index: usize, name: String) {
        let name = name.trim();
        if name.is_empty() {
            return;
        }
        if let Some(item) = self.assessments.get_mut(index) {
            item.assessment.name = name.to_string();
        }
    }

    /// `wanted` if no assessment has that name yet, else "wanted (2)", "wanted (3)"…
    /// Adds every one of `assessments`, each under a name no other has (as
    /// [`Library::unique_name`] would give it), and opens the last. In time linear in the
    /// library's size, so that a file of thousands of assessments, even all named alike,
    /// imports at once.
    pub fn add_all(&mut self, assessments: Vec<Assessment>) {
        let mut taken: std::collections::HashSet<String> = self
            .assessments
            .iter()
            .map(|s| s.assessment.name.clone())
            .collect();
        // Per wanted name, the next suffix worth trying.
        let mut next: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
        let mut highest = self.highest_id_number();
        for mut assessment in assessments {
            let wanted = std::mem::take(&mut assessment.name);
            let name = if taken.contains(&wanted) {
                let n = next.entry(wanted.clone()).or_insert(2);
                loop {
                    let candidate = format!("{wanted} ({n})");
                    *n += 1;
                    if !taken.contains(&candidate) {
                        break candidate;
                    }
                }
            } else {
                wanted
            };
            taken.insert(name.clone());
            assessment.name = name;
            // One more than the highest in use is free, but for ids near u64::MAX written
            // by hand.
            let id = match highest.checked_add(1) {
                Some(n) => {
                    highest = n;
                    format!("a{n}")
                }
                None => self.next_id(),
            };
            self.assessments.push(StoredAssessment { id, assessment });
            self.active = self.assessments.len() - 1;
        }
    }

    pub fn unique_name(&self, wanted: &str) -> String {
        let taken = |name: &str| self.assessments.iter().any(|s| s.assessment.name == name);
        if !taken(wanted) {
            return wanted.to_string();
        }
        (2..)
            .map(|n| format!("{wanted} ({n})"))
            .find(|name| !taken(name))
            .unwrap_or_default()
    }
}
