//! A workshop board as a JSON file: for keeping a board between sessions or handing it over
//! when the board link would be too long.
//!
//! ```json
//! {"rungs": "workshop", "schema": 1, "name": "Platform team", "models": ["cd-maturity"],
//!  "rule": "staged", "threshold": "largely", "required_percent": 80,
//!  "participants": [{"id": "p1", "name": "Ann", "sent_as": "Ann", "hidden": false,
//!                    "assessment": {…}}],
//!  "agreed": {…}}
//! ```
//!
//! The settings are written as in [`crate::core::assessment_json`], and every assessment (each
//! participant's and the agreed one) as that module writes one. Like the other Rungs documents
//! the file is written key by key in a fixed order, so the same board gives the same bytes.
//! Reading is strict about the keys it knows (a damaged file is reported with the path of each
//! problem rather than half-read), ignores keys it does not know, and refuses a file of a newer
//! schema rather than misreading it. Model and practice ids are not checked against the
//! catalogue: a board must survive practices being retired.

use crate::core::assessment::Assessment;
use crate::core::assessment_json::{
    assessment_from_json, field, kind, parse_json, quote, write_assessment, Object, Writer, SEP,
};
use crate::core::i18n::{t, tf};
use crate::core::transfer::MAX_IMPORT_BYTES;
use crate::core::workshop::{Participant, Workshop};
use tinyjson::JsonValue;

/// The schema this version writes, and the newest it reads.
pub const WORKSHOP_SCHEMA: u32 = 1;

/// The board as pretty-printed JSON, ending in a newline.
pub fn workshop_to_json(workshop: &Workshop) -> String {
    let mut w = Writer::new(true, 0);
    w.open('{');
    w.key("rungs");
    w.string("workshop");
    w.key("schema");
    w.number(u64::from(WORKSHOP_SCHEMA));
    if !workshop.id.is_empty() {
        w.key("id");
        w.string(&workshop.id);
    }
    w.key("name");
    w.string(&workshop.name);
    w.key("models");
    w.open('[');
    for model in &workshop.models {
        w.element();
        w.string(model);
    }
    w.close(']');
    w.key("rule");
    w.string(workshop.settings.rule.id());
    w.key("threshold");
    w.string(workshop.settings.threshold.id());
    w.key("required_percent");
    w.number(u64::from(workshop.settings.required_percent));
    w.key("participants");
    w.open('[');
    for participant in &workshop.participants {
        w.element();
        w.open('{');
        w.key("id");
        w.string(&participant.id);
        w.key("name");
        w.string(&participant.name);
        if let Some(sent_as) = &participant.sent_as {
            w.key("sent_as");
            w.string(sent_as);
        }
        w.key("hidden");
        w.out
            .push_str(if participant.hidden { "true" } else { "false" });
        w.key("assessment");
        write_assessment(&mut w, &participant.assessment, None);
        w.close('}');
    }
    w.close(']');
    w.key("agreed");
    write_assessment(&mut w, &workshop.agreed, None);
    w.close('}');
    w.out.push('\n');
    w.out
}

/// Reads a board written by [`workshop_to_json`]. The error is a plain-words message listing the
/// first problems found, each with its path (e.g. `participant 2 › assessment › rule: unknown
/// rule "x"`).
pub fn workshop_from_json(text: &str) -> Result<Workshop, String> {
    read_workshop(
        text,
        t("This workshop file"),
        t("This file is not a Rungs workshop."),
    )
}

/// Reads a board, naming it `subject` in the messages: a file, or the board saved in this
/// browser, which is no file (finding K7).
fn read_workshop(text: &str, subject: &str, not_ours: &str) -> Result<Workshop, String> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(tf(
            "{subject} is too large to open ({bytes} bytes, at most {max}).",
            &[
                ("subject", subject),
                ("bytes", &text.len().to_string()),
                ("max", &MAX_IMPORT_BYTES.to_string()),
            ],
        ));
    }
    let doc = parse_json(text).map_err(|detail| {
        tf(
            "{subject} is not valid JSON ({detail}).",
            &[("subject", subject), ("detail", &detail)],
        )
    })?;
    let not_workshop = || not_ours.to_string();
    let obj = doc.get::<Object>().ok_or_else(not_workshop)?;
    match field(obj, "rungs") {
        Some(JsonValue::String(k)) if k == "workshop" => {}
        _ => return Err(not_workshop()),
    }
    let mut problems = Vec::new();
    match field(obj, "schema") {
        Some(JsonValue::Number(n))
            if n.fract() == 0.0 && *n > f64::from(WORKSHOP_SCHEMA) && *n <= f64::from(u32::MAX) =>
        {
            return Err(tf(
                "{subject} was written by a newer version of Rungs (format {found}; this version reads up to {supported}). Open it with the latest Rungs.",
                &[
                    ("subject", subject),
                    ("found", &(*n as u32).to_string()),
                    ("supported", &WORKSHOP_SCHEMA.to_string()),
                ],
            ));
        }
        Some(JsonValue::Number(n)) if *n == 1.0 => {}
        Some(JsonValue::Number(n)) => problems.push(format!(
            "schema: expected a format number from 1 to {WORKSHOP_SCHEMA}, found {}",
            crate::core::store_format::number_words(*n)
        )),
        Some(other) => problems.push(format!(
            "schema: expected a format number from 1 to {WORKSHOP_SCHEMA}, found {}",
            kind(other)
        )),
        None => problems.push("schema: missing".into()),
    }

    let name = match field(obj, "name") {
        Some(JsonValue::String(name)) => name.clone(),
        Some(other) => {
            problems.push(format!("name: expected text, found {}", kind(other)));
            String::new()
        }
        None => {
            problems.push("name: missing".into());
            String::new()
        }
    };

    let mut models = Vec::new();
    match field(obj, "models") {
        Some(JsonValue::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                match item {
                    JsonValue::String(id) if models.contains(id) => {
                        problems.push(format!(
                            "models{SEP}{}: {} is listed twice",
                            i + 1,
                            quote(id)
                        ));
                    }
                    JsonValue::String(id) => models.push(id.clone()),
                    other => problems.push(format!(
                        "models{SEP}{}: expected text, found {}",
                        i + 1,
                        kind(other)
                    )),
                }
            }
        }
        Some(other) => problems.push(format!("models: expected a list, found {}", kind(other))),
        None => problems.push("models: missing".into()),
    }

    // The settings keys read exactly as an assessment's, with the same checks and messages.
    let mut settings_only = Object::new();
    for key in ["rule", "threshold", "required_percent"] {
        if let Some(value) = obj.get(key) {
            settings_only.insert(key.to_string(), value.clone());
        }
    }
    let settings = match assessment_from_json(&JsonValue::Object(settings_only)) {
        Ok(a) => a.settings,
        Err(found) => {
            problems.extend(found);
            Default::default()
        }
    };

    let mut participants = Vec::new();
    match field(obj, "participants") {
        Some(JsonValue::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                let path = format!("participant {}", i + 1);
                if let Some(p) = read_participant(item, &path, &mut problems) {
                    participants.push(p);
                }
            }
        }
        Some(other) => problems.push(format!(
            "participants: expected a list, found {}",
            kind(other)
        )),
        None => problems.push("participants: missing".into()),
    }

    let agreed = read_assessment(field(obj, "agreed"), "agreed", &mut problems);

    if !problems.is_empty() {
        return Err(tf(
            "{subject} could not be read: {problems}.",
            &[
                ("subject", subject),
                (
                    "problems",
                    &crate::core::assessment_json::summarize_problems(&problems),
                ),
            ],
        ));
    }
    let mut workshop = Workshop {
        id: match field(obj, "id") {
            Some(JsonValue::String(id)) => id.clone(),
            _ => String::new(),
        },
        name,
        models,
        settings,
        participants,
        agreed: agreed.unwrap_or_default(),
    };
    workshop.give_ids();
    Ok(workshop)
}

fn read_participant(
    value: &JsonValue,
    path: &str,
    problems: &mut Vec<String>,
) -> Option<Participant> {
    let Some(obj) = value.get::<Object>() else {
        problems.push(format!("{path}: expected an object, found {}", kind(value)));
        return None;
    };
    let name = match field(obj, "name") {
        Some(JsonValue::String(name)) => Some(name.clone()),
        Some(other) => {
            problems.push(format!(
                "{path}{SEP}name: expected text, found {}",
                kind(other)
            ));
            None
        }
        None => {
            problems.push(format!("{path}{SEP}name: missing"));
            None
        }
    };
    let hidden = match field(obj, "hidden") {
        None => Some(false),
        Some(JsonValue::Boolean(hidden)) => Some(*hidden),
        Some(other) => {
            problems.push(format!(
                "{path}{SEP}hidden: expected true or false, found {}",
                kind(other)
            ));
            None
        }
    };
    let assessment = read_assessment(
        field(obj, "assessment"),
        &format!("{path}{SEP}assessment"),
        problems,
    );
    let id = match field(obj, "id") {
        Some(JsonValue::String(id)) => id.clone(),
        _ => String::new(),
    };
    // Written since Rungs told a link pasted twice from two people who answered alike; a board
    // from before reads without it.
    let sent_as = match field(obj, "sent_as") {
        None => Some(None),
        Some(JsonValue::String(sent_as)) => Some(Some(sent_as.clone())),
        Some(other) => {
            problems.push(format!(
                "{path}{SEP}sent_as: expected text, found {}",
                kind(other)
            ));
            None
        }
    };
    Some(Participant {
        id,
        name: name?,
        sent_as: sent_as?,
        hidden: hidden?,
        assessment: assessment?,
    })
}

/// A required assessment at `path`.
fn read_assessment(
    value: Option<&JsonValue>,
    path: &str,
    problems: &mut Vec<String>,
) -> Option<Assessment> {
    let Some(value) = value else {
        problems.push(format!("{path}: missing"));
        return None;
    };
    match assessment_from_json(value) {
        Ok(a) => Some(a),
        Err(found) => {
            problems.extend(found.into_iter().map(|p| format!("{path}{SEP}{p}")));
            None
        }
    }
}

/// The board as the saved document (see [`crate::core::saving`]): no board is no key.
impl crate::core::saving::Document for Option<Workshop> {
    fn empty() -> Self {
        None
    }

    fn read(text: &str) -> Result<Self, crate::core::saving::Unreadable> {
        read_workshop(
            text,
            t("The workshop board saved in this browser"),
            t("The workshop board saved in this browser is not in Rungs' format."),
        )
        .map(Some)
        .map_err(|message| match newer_schema(text) {
            Some(found) => crate::core::saving::Unreadable::Newer { found },
            None => crate::core::saving::Unreadable::Damaged(message),
        })
    }

    fn write(&self) -> Option<String> {
        self.as_ref().map(workshop_to_json)
    }

    fn merge(base: &Self, ours: &Self, theirs: &Self) -> Self {
        crate::core::merge::merge_workshop(base.as_ref(), ours.as_ref(), theirs.as_ref())
    }
}

/// The schema of a workshop document newer than this version reads, if that is what `text` is.
fn newer_schema(text: &str) -> Option<u32> {
    let doc = parse_json(text).ok()?;
    let obj = doc.get::<Object>()?;
    match (field(obj, "rungs"), field(obj, "schema")) {
        (Some(JsonValue::String(kind)), Some(JsonValue::Number(n)))
            if kind == "workshop"
                && n.fract() == 0.0
                && *n > f64::from(WORKSHOP_SCHEMA)
                && *n <= f64::from(u32::MAX) =>
        {
            Some(*n as u32)
        }
        _ => None,
    }
}
