//! The document Rungs keeps in localStorage under one key: the [`Library`] (every saved
//! assessment and which one is open) written as JSON with the format's schema version.
//!
//! ```json
//! {"rungs": "store", "schema": 2, "active": 0, "assessments": [{"id": "a1", "name": "Team A", …}]}
//! ```
//!
//! Each assessment is written as in [`crate::core::assessment_json`], with a stable `id` first. Reading
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
//! Steps work on the whole document and should only touch its `assessments` list and its
//! `schema` number, because export files ([`crate::core::transfer`]) share the schema number and
//! go through the same steps.

use crate::core::assessment_json::{
    assessment_from_json, field, kind, parse_json, quote, write_assessment, Object, Writer, SEP,
};
use crate::core::i18n::{t, tf, tnf};
pub use crate::core::library::{Library, StoredAssessment};
use crate::core::unknown_fields::UnknownFields;
use tinyjson::JsonValue;

/// The schema this version writes, and the newest it reads.
///
/// 1. Assessments with their answers and settings.
/// 2. Each assessment may also hold `targets`, `plans` and `snapshots`.
pub const SCHEMA_VERSION: u32 = 2;

/// Upgrades a document by one schema.
type Step = fn(JsonValue) -> Result<JsonValue, ReadError>;

/// `STEPS[i]` turns a schema `i + 1` document into a schema `i + 2` one.
const STEPS: [Step; (SCHEMA_VERSION - 1) as usize] = [to_v2];

/// Schema 1 to 2. Schema 2 adds `targets`, `plans` and `snapshots` to an assessment, and a
/// schema 1 document has none of them (no Rungs wrote them before schema 2), so its assessments
/// read as they are: the step only sets the schema number.
fn to_v2(doc: JsonValue) -> Result<JsonValue, ReadError> {
    with_schema(doc, 2)
}

/// `doc` with its `schema` set to `schema`.
fn with_schema(doc: JsonValue, schema: u32) -> Result<JsonValue, ReadError> {
    let JsonValue::Object(mut obj) = doc else {
        return Err(ReadError::NotRungs);
    };
    obj.insert("schema".into(), JsonValue::Number(f64::from(schema)));
    Ok(JsonValue::Object(obj))
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
            ReadError::NotJson { detail } => tf(
                "Your saved assessments could not be read: the saved text is not valid JSON ({detail}).",
                &[("detail", detail)],
            ),
            ReadError::NotRungs => {
                t("Your saved assessments could not be read: the saved data is not in Rungs' format.")
                    .into()
            }
            ReadError::NewerSchema { found, supported } => tf(
                "Your saved assessments were written by a newer version of Rungs (format {found}; this version reads up to {supported}).",
                &[("found", &found.to_string()), ("supported", &supported.to_string())],
            ),
            ReadError::Invalid { problems } => {
                // A banner, not a report: the first few problems tell enough.
                tf(
                    "Your saved assessments could not be read: {problems}.",
                    &[(
                        "problems",
                        &crate::core::assessment_json::summarize_problems(problems),
                    )],
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
    let read = read_parts(text)?;
    if read.problems.is_empty() {
        Ok(read.library)
    } else {
        Err(ReadError::Invalid {
            problems: read.problems,
        })
    }
}

/// What [`salvage_library`] could keep of a damaged document.
#[derive(Debug, Clone, PartialEq)]
pub struct Salvaged {
    /// The assessments that could be read, and which one is open.
    pub library: Library,
    /// How many assessments the document held.
    pub found: usize,
    /// How many could not be read and were left out.
    pub left_out: usize,
    /// Every problem, with its path, for the message.
    pub problems: Vec<String>,
}

impl Salvaged {
    /// Plain words for the banner: what was left out and why.
    pub fn message(&self) -> String {
        let why = crate::core::assessment_json::summarize_problems(&self.problems);
        if self.left_out == 0 {
            tf(
                "Some of your saved assessments needed repair: {why}.",
                &[("why", &why)],
            )
        } else {
            tnf(
                "{n} of your {found} saved assessments could not be read and is left out: {why}. | {n} of your {found} saved assessments could not be read and are left out: {why}.",
                self.left_out,
                &[("found", &self.found.to_string()), ("why", &why)],
            )
        }
    }
}

/// The readable part of a damaged document (one that [`read_library`] refuses), so that one bad
/// answer does not hide every other assessment: the assessments that read cleanly are kept, an id
/// used twice is replaced by a fresh one (both assessments stay), and the rest is left out.
/// `None` when nothing can be kept: not JSON, not Rungs, a newer schema, or no readable
/// assessment. The caller keeps the whole text as it was (a backup) before saving over it.
pub fn salvage_library(text: &str) -> Option<Salvaged> {
    let read = read_parts(text).ok()?;
    if read.problems.is_empty() || read.library.assessments.is_empty() {
        return None;
    }
    Some(Salvaged {
        found: read.found,
        left_out: read.found - read.library.assessments.len(),
        problems: read.problems,
        library: read.library,
    })
}

/// A document read item by item: the readable assessments, and the problems of the others.
struct Parts {
    library: Library,
    found: usize,
    problems: Vec<String>,
}

/// Parses, upgrades and reads every assessment it can. Errors only where nothing can be read
/// (not JSON, not Rungs, a newer schema, no list of assessments).
fn read_parts(text: &str) -> Result<Parts, ReadError> {
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
    let active = match field(obj, "active") {
        Some(JsonValue::Number(n)) if n.fract() == 0.0 && *n >= 0.0 => *n as usize,
        _ => 0,
    };
    let mut problems = Vec::new();
    let mut library = Library {
        assessments: Vec::with_capacity(items.len()),
        active: 0,
        unknown: UnknownFields::collect(obj, &["rungs", "schema", "active", "assessments"]),
    };
    // Ids used twice are only known once every id is read: fresh ones are given at the end.
    let mut needs_id = Vec::new();
    // Where each id is first used: a document of thousands is read in linear time.
    let mut first_with_id: std::collections::HashMap<&str, usize> =
        std::collections::HashMap::new();
    let mut active_kept = None;
    for (i, item) in items.iter().enumerate() {
        let path = format!("assessment {}", i + 1);
        let mut id_problem = None;
        let id = match item.get::<Object>().map(|o| field(o, "id")) {
            Some(Some(JsonValue::String(id))) if !id.is_empty() => {
                if let Some(first) = first_with_id.get(id.as_str()).copied() {
                    id_problem = Some(format!(
                        "{path}{SEP}id: {} is already used by assessment {}",
                        quote(id),
                        first + 1
                    ));
                }
                first_with_id.entry(id.as_str()).or_insert(i);
                id.clone()
            }
            Some(Some(JsonValue::String(_))) => {
                id_problem = Some(format!("{path}{SEP}id: empty"));
                String::new()
            }
            Some(Some(other)) => {
                id_problem = Some(format!(
                    "{path}{SEP}id: expected text, found {}",
                    kind(other)
                ));
                String::new()
            }
            Some(None) => {
                id_problem = Some(format!("{path}{SEP}id: missing"));
                String::new()
            }
            None => String::new(), // not an object: assessment_from_json says so
        };
        match assessment_from_json(item) {
            Ok(assessment) => {
                if let Some(problem) = id_problem {
                    problems.push(problem);
                    needs_id.push(library.assessments.len());
                }
                if i == active {
                    active_kept = Some(library.assessments.len());
                }
                library
                    .assessments
                    .push(StoredAssessment { id, assessment });
            }
            Err(found) => {
                problems.extend(id_problem);
                problems.extend(found.into_iter().map(|p| format!("{path}{SEP}{p}")));
            }
        }
    }
    for index in needs_id {
        library.assessments[index].id = String::new();
        let fresh = library.next_id();
        library.assessments[index].id = fresh;
    }
    library.active = active_kept.unwrap_or(0);
    Ok(Parts {
        library,
        found: items.len(),
        problems,
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
        Some(JsonValue::Number(n))
            if n.fract() == 0.0 && *n > f64::from(SCHEMA_VERSION) && *n <= f64::from(u32::MAX) =>
        {
            Err(ReadError::NewerSchema {
                found: *n as u32,
                supported: SCHEMA_VERSION,
            })
        }
        Some(JsonValue::Number(n))
            if n.fract() == 0.0 && *n >= 1.0 && *n <= f64::from(u32::MAX) =>
        {
            Ok(*n as u32)
        }
        // No Rungs writes a format number beyond u32 (finding K7: 1e300 was called "format
        // 4294967295"): damaged, so it is copied aside, not taken for a newer Rungs.
        Some(JsonValue::Number(n)) => Err(problem(number_words(*n))),
        Some(other) => Err(problem(kind(other).into())),
        None => Err(ReadError::Invalid {
            problems: vec!["schema: missing".into()],
        }),
    }
}

/// A number as a person reads it: `1e300`, not three hundred digits.
pub(crate) fn number_words(n: f64) -> String {
    if n.abs() >= 1e15 {
        format!("{n:e}")
    } else {
        n.to_string()
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
    w.unknown(&library.unknown);
    w.close('}');
    w.out
}

/// The library as the saved document (see [`crate::core::saving`]).
impl crate::core::saving::Document for Library {
    fn empty() -> Self {
        Library::new()
    }

    fn read(text: &str) -> Result<Self, crate::core::saving::Unreadable> {
        read_library(text).map_err(|error| match error {
            ReadError::NewerSchema { found, .. } => {
                crate::core::saving::Unreadable::Newer { found }
            }
            other => crate::core::saving::Unreadable::Damaged(other.message()),
        })
    }

    fn write(&self) -> Option<String> {
        Some(write_library(self))
    }

    fn salvage(text: &str) -> Option<(Self, String)> {
        salvage_library(text).map(|salvaged| {
            let message = salvaged.message();
            (salvaged.library, message)
        })
    }

    fn merge(base: &Self, ours: &Self, theirs: &Self) -> Self {
        crate::core::merge::merge_library(base, ours, theirs)
    }

    fn with_view_of(&self, other: &Self) -> Self {
        let open = &other.active().id;
        Library {
            active: self
                .assessments
                .iter()
                .position(|s| &s.id == open)
                .unwrap_or(self.active),
            ..self.clone()
        }
    }
}
