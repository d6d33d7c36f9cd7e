//! The document Rungs keeps in localStorage under one key: every saved assessment, which one is
//! open, and the format's schema version.
//!
//! ```json
//! {"rungs": "store", "schema": 1, "active": 0, "assessments": [{"id": "a1", "name": "Team A", …}]}
//! ```
//!
//! Each assessment is written as in [`crate::assessment_json`], with a stable `id` first. Reading
//! parses, upgrades the document from any earlier schema, then validates it; a document written
//! by a newer Rungs is refused rather than misread, so that saving cannot destroy it.
//!
//! # Adding a schema
//!
//! When the saved shape must change incompatibly:
//! 1. bump [`SCHEMA_VERSION`] to `N`;
//! 2. write a step `fn to_vN(doc: JsonValue) -> Result<JsonValue, ReadError>` that turns a
//!    schema `N-1` document into a schema `N` one, and append it to `STEPS` (the array's length is
//!    tied to `SCHEMA_VERSION`, so forgetting the step does not compile);
//! 3. freeze a realistic sample written by the new version in `tests/fixtures/store/vN.json`
//!    and never edit the older samples: `tests/store_format.rs` loads every one of them, so each
//!    old format stays readable forever.
//!
//! Steps work on the whole document and should only touch its `assessments` list, because
//! export files ([`crate::transfer`]) share the schema number and go through the same steps.

use crate::assessment::{Assessment, RadarMeasure};
use crate::assessment_json::{
    assessment_from_json, field, kind, parse_json, quote, write_assessment, Object, Writer, SEP,
};
use crate::scoring::{LevelRule, Rating, ScoringSettings};
use std::collections::BTreeMap;
use tinyjson::JsonValue;

/// The schema this version writes, and the newest it reads.
pub const SCHEMA_VERSION: u32 = 1;

/// Upgrades a document by one schema.
type Step = fn(JsonValue) -> Result<JsonValue, ReadError>;

/// `STEPS[i]` turns a schema `i + 1` document into a schema `i + 2` one. Empty while there is
/// only schema 1.
const STEPS: [Step; (SCHEMA_VERSION - 1) as usize] = [];

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
        radar_measure: RadarMeasure::Level,
        answers: BTreeMap::new(),
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
        let highest = self
            .assessments
            .iter()
            .filter_map(|s| s.id.strip_prefix('a')?.parse::<u64>().ok())
            .max()
            .unwrap_or(0);
        let mut n = highest.saturating_add(1);
        // Only reachable with ids near u64::MAX written by hand; still never a duplicate.
        while self.has_id(&format!("a{n}")) {
            n = n.wrapping_add(1);
        }
        format!("a{n}")
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
        assessment.name = self.unique_name(&format!("{} (copy)", assessment.name));
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

    pub fn rename(&mut self, index: usize, name: String) {
        if let Some(item) = self.assessments.get_mut(index) {
            item.assessment.name = name;
        }
    }

    /// `wanted` if no assessment has that name yet, else "wanted (2)", "wanted (3)"…
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

/// Why the saved document could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadError {
    NotJson {
        detail: String,
    },
    /// Valid JSON, but not a Rungs document of the kind expected.
    NotRungs,
    NewerSchema {
        found: u32,
        supported: u32,
    },
    /// A Rungs document with damaged content, each problem with its path.
    Invalid {
        problems: Vec<String>,
    },
}

impl ReadError {
    /// Plain words for the banner shown when saved data cannot be loaded.
    pub fn message(&self) -> String {
        match self {
            ReadError::NotJson { detail } => format!(
                "Your saved assessments could not be read: the saved text is not valid JSON ({detail})."
            ),
            ReadError::NotRungs => {
                "Your saved assessments could not be read: the saved data is not in Rungs' format."
                    .into()
            }
            ReadError::NewerSchema { found, supported } => format!(
                "Your saved assessments were written by a newer version of Rungs (format {found}; this version reads up to {supported})."
            ),
            ReadError::Invalid { problems } => {
                // A banner, not a report: the first few problems tell enough.
                format!(
                    "Your saved assessments could not be read: {}.",
                    crate::assessment_json::summarize_problems(problems)
                )
            }
        }
    }
}

/// Reads the saved document: parse, upgrade from an earlier schema, validate.
///
/// An `active` that is missing or out of range opens the first assessment; everything else that
/// is wrong is an error, so that a damaged document is never silently replaced.
pub fn read_library(text: &str) -> Result<Library, ReadError> {
    let doc = parse_json(text).map_err(|detail| ReadError::NotJson { detail })?;
    let schema = read_header(&doc, "store")?;
    let doc = migrate(schema, doc)?;
    let obj = doc.get::<Object>().ok_or(ReadError::NotRungs)?;
    let invalid = |problem: String| ReadError::Invalid {
        problems: vec![problem],
    };
    let items = match field(obj, "assessments") {
        Some(JsonValue::Array(items)) if !items.is_empty() => items,
        Some(JsonValue::Array(_)) => return Err(invalid("assessments: the list is empty".into())),
        Some(other) => {
            return Err(invalid(format!(
                "assessments: expected a list, found {}",
                kind(other)
            )))
        }
        None => return Err(invalid("assessments: missing".into())),
    };
    let mut problems = Vec::new();
    let mut assessments: Vec<StoredAssessment> = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let path = format!("assessment {}", i + 1);
        let id = match item.get::<Object>().map(|o| field(o, "id")) {
            Some(Some(JsonValue::String(id))) if !id.is_empty() => {
                if let Some(first) = assessments.iter().position(|s| &s.id == id) {
                    problems.push(format!(
                        "{path}{SEP}id: {} is already used by assessment {}",
                        quote(id),
                        first + 1
                    ));
                }
                id.clone()
            }
            Some(Some(JsonValue::String(_))) => {
                problems.push(format!("{path}{SEP}id: empty"));
                String::new()
            }
            Some(Some(other)) => {
                problems.push(format!(
                    "{path}{SEP}id: expected text, found {}",
                    kind(other)
                ));
                String::new()
            }
            Some(None) => {
                problems.push(format!("{path}{SEP}id: missing"));
                String::new()
            }
            None => String::new(), // not an object: assessment_from_json says so
        };
        match assessment_from_json(item) {
            Ok(assessment) => assessments.push(StoredAssessment { id, assessment }),
            Err(found) => {
                problems.extend(found.into_iter().map(|p| format!("{path}{SEP}{p}")));
                assessments.push(StoredAssessment {
                    id,
                    assessment: Assessment::default(),
                });
            }
        }
    }
    if !problems.is_empty() {
        return Err(ReadError::Invalid { problems });
    }
    let active = match field(obj, "active") {
        Some(JsonValue::Number(n)) if n.fract() == 0.0 && *n >= 0.0 => *n as usize,
        _ => 0,
    };
    let active = if active < assessments.len() {
        active
    } else {
        0
    };
    Ok(Library {
        assessments,
        active,
    })
}

/// Checks that `doc` is a Rungs document of `kind` ("store" or "export") and returns its schema,
/// which is then at least 1 and at most [`SCHEMA_VERSION`].
pub(crate) fn read_header(doc: &JsonValue, kind_wanted: &str) -> Result<u32, ReadError> {
    let obj = doc.get::<Object>().ok_or(ReadError::NotRungs)?;
    match field(obj, "rungs") {
        Some(JsonValue::String(k)) if k == kind_wanted => {}
        _ => return Err(ReadError::NotRungs),
    }
    let problem = |found: String| ReadError::Invalid {
        problems: vec![format!(
            "schema: expected a format number from 1 to {SCHEMA_VERSION}, found {found}"
        )],
    };
    match field(obj, "schema") {
        Some(JsonValue::Number(n)) if n.fract() == 0.0 && *n > f64::from(SCHEMA_VERSION) => {
            Err(ReadError::NewerSchema {
                // `as` saturates: an absurd number still reads as "newer".
                found: *n as u32,
                supported: SCHEMA_VERSION,
            })
        }
        Some(JsonValue::Number(n)) if n.fract() == 0.0 && *n >= 1.0 => Ok(*n as u32),
        Some(JsonValue::Number(n)) => Err(problem(n.to_string())),
        Some(other) => Err(problem(kind(other).into())),
        None => Err(ReadError::Invalid {
            problems: vec!["schema: missing".into()],
        }),
    }
}

/// Upgrades a document of `schema` (1 to [`SCHEMA_VERSION`]) to [`SCHEMA_VERSION`], one step at
/// a time. Shared with export files, which carry the same schema number.
pub fn migrate(schema: u32, doc: JsonValue) -> Result<JsonValue, ReadError> {
    let mut doc = doc;
    let done = schema.saturating_sub(1) as usize;
    for step in STEPS.iter().skip(done) {
        doc = step(doc)?;
    }
    Ok(doc)
}

/// The saved document as compact JSON.
pub fn write_library(library: &Library) -> String {
    let mut w = Writer::new(false, 0);
    w.open('{');
    w.key("rungs");
    w.string("store");
    w.key("schema");
    w.number(u64::from(SCHEMA_VERSION));
    w.key("active");
    w.number(library.active as u64);
    w.key("assessments");
    w.open('[');
    for item in &library.assessments {
        w.element();
        write_assessment(&mut w, &item.assessment, Some(&item.id));
    }
    w.close(']');
    w.close('}');
    w.out
}
