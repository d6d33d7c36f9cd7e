//! One assessment as JSON: the shape shared by the saved document ([`crate::core::store_format`]) and
//! by export files ([`crate::core::transfer`]).
//!
//! ```json
//! {"name": "Team A", "rule": "staged", "threshold": "largely", "required_percent": 80,
//!  "radar": "level", "answers": {"cd-maturity": {"co-frequent-commits": {"rating": "fully"}}},
//!  "targets": {"cd-maturity": {"level": "intermediate",
//!                              "categories": {"culture-organization": "advanced"}}},
//!  "plans": {"cd-maturity": {"co-one-backlog-per-team": {"owner": "Ann", "due": "2027-03-31"},
//!                            "co-stable-teams": {}}},
//!  "snapshots": [{"id": "s1", "taken": "2026-12-02T15:04:05Z", "label": "Q4",
//!                 "ratings": {"cd-maturity": {"co-frequent-commits": "fully"}},
//!                 "targets": {"cd-maturity": {"level": "intermediate"}}}]}
//! ```
//!
//! The text is written by hand, key by key in a fixed order with empty fields left out, so the
//! same assessment always gives the same bytes and the file reads well in an editor or a diff;
//! tinyjson only escapes strings and parses. Reading is strict about what it knows (ids, types,
//! ranges), so a damaged file is reported rather than half-read, and keeps the keys it does not
//! know as they were ([`UnknownFields`]), so a newer version can add fields without an older one
//! breaking on them or dropping them. It does not check
//! model and practice ids against the catalogue: answers to retired practices must survive.
//!
//! Targets, plans and snapshots (schema 2): a plan with neither owner nor due date is written as
//! `{}` and still means "planned"; a due date is `YYYY-MM-DD` ([`crate::core::plan::is_date`]);
//! every snapshot has an `id`, unique within the assessment, and the time it was `taken`; an
//! assessment holds at most [`MAX_SNAPSHOTS`]. Level and category ids are not checked, like
//! model and practice ids: an id a model no longer has is ignored where targets are used.
//! Unknown keys are kept at the assessment's level and in each answer, but *inside* a target,
//! a plan or a snapshot a key this version does not know is dropped silently, while the keys it
//! does know are still checked. These small objects are replaced whole when they change, so
//! there is no sensible place to keep a stray key; a newer Rungs that needs a new key there
//! must bump the schema, so that this version refuses its documents instead of dropping it.

use crate::core::assessment::{Answer, Assessment, RadarMeasure};
use crate::core::plan::{is_date, Planned, Snapshot, Target};
use crate::core::scoring::{LevelRule, Rating};
use crate::core::unknown_fields::UnknownFields;
use std::collections::{BTreeMap, HashMap};
use tinyjson::JsonValue;

/// A JSON object as tinyjson gives it.
pub(crate) type Object = HashMap<String, JsonValue>;

/// Deepest nesting accepted. Rungs' documents nest nine levels at most (a snapshot's category
/// targets, in a workshop participant's assessment); tinyjson's parser recurses once per
/// level, so a hostile file of a million `[` would overflow the stack without this check.
const MAX_DEPTH: usize = 64;

/// Most snapshots read in one assessment; more is a problem. A snapshot a month for 80 years is
/// under a thousand, and each one copies the ratings, so more is a damaged or hostile file.
pub const MAX_SNAPSHOTS: usize = 1000;

/// Parses JSON text, refusing absurd nesting before tinyjson sees it and tolerating the byte
/// order mark some editors put at the start of a file. The error is tinyjson's, in its words.
pub fn parse_json(text: &str) -> Result<JsonValue, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    for byte in text.bytes() {
        if in_string {
            match byte {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match byte {
            b'"' => in_string = true,
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(format!("nested more than {MAX_DEPTH} levels deep"));
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    text.parse::<JsonValue>().map_err(|e| e.to_string())
}

/// Writes JSON text in the order the caller chooses, compact or pretty (two-space indent).
///
/// Hand-written rather than built from a `JsonValue` because tinyjson's objects are hash maps,
/// whose order changes from run to run.
pub(crate) struct Writer {
    pub out: String,
    pretty: bool,
    depth: usize,
    /// Nothing written yet in the innermost open object or list.
    fresh: bool,
}

impl Writer {
    /// `depth` is the indentation of the line the first value starts on, for embedding.
    pub fn new(pretty: bool, depth: usize) -> Self {
        Writer {
            out: String::new(),
            pretty,
            depth,
            fresh: true,
        }
    }

    pub fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.fresh = true;
    }

    pub fn close(&mut self, bracket: char) {
        self.depth = self.depth.saturating_sub(1);
        if !self.fresh {
            self.newline();
        }
        self.out.push(bracket);
        self.fresh = false;
    }

    /// Starts the next element of a list.
    pub fn element(&mut self) {
        if !self.fresh {
            self.out.push(',');
        }
        self.newline();
        self.fresh = false;
    }

    /// Starts the next entry of an object; its value follows.
    pub fn key(&mut self, key: &str) {
        self.element();
        self.string(key);
        self.out.push_str(if self.pretty { ": " } else { ":" });
    }

    pub fn string(&mut self, text: &str) {
        // Escaping a string cannot fail (only infinite numbers can); the fallback is never used.
        let quoted = JsonValue::String(text.to_string())
            .stringify()
            .unwrap_or_else(|_| String::from("\"\""));
        self.out.push_str(&quoted);
    }

    /// A value that is already JSON text (a field kept from a newer Rungs).
    pub fn raw(&mut self, json: &str) {
        self.out.push_str(json);
    }

    /// The fields a newer Rungs wrote, after the ones this version knows.
    pub fn unknown(&mut self, fields: &UnknownFields) {
        for (key, json) in fields.iter() {
            self.key(key);
            self.raw(json);
        }
    }

    pub fn number(&mut self, number: u64) {
        self.out.push_str(&number.to_string());
    }

    fn newline(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }
}

/// One assessment as JSON text. `indent` is the depth the object starts at, so that it can be
/// embedded in a larger pretty-printed document; it is ignored when `pretty` is false.
pub fn assessment_to_json(a: &Assessment, pretty: bool, indent: usize) -> String {
    let mut writer = Writer::new(pretty, indent);
    write_assessment(&mut writer, a, None);
    writer.out
}

/// Writes one assessment as an object, with `id` first when given (the saved document's form).
pub(crate) fn write_assessment(w: &mut Writer, a: &Assessment, id: Option<&str>) {
    w.open('{');
    if let Some(id) = id {
        w.key("id");
        w.string(id);
    }
    if !a.name.is_empty() {
        w.key("name");
        w.string(&a.name);
    }
    w.key("rule");
    w.string(a.settings.rule.id());
    w.key("threshold");
    w.string(a.settings.threshold.id());
    w.key("required_percent");
    w.number(u64::from(a.settings.required_percent));
    w.key("radar");
    w.string(radar_id(a.radar_measure));
    if !a.workshop.is_empty() {
        w.key("workshop");
        w.string(&a.workshop);
    }
    if !a.answers.is_empty() {
        w.key("answers");
        w.open('{');
        for (model, answers) in &a.answers {
            w.key(model);
            w.open('{');
            for (practice, answer) in answers {
                w.key(practice);
                w.open('{');
                if let Some(rating) = answer.rating {
                    w.key("rating");
                    w.string(rating.id());
                }
                if !answer.note.is_empty() {
                    w.key("note");
                    w.string(&answer.note);
                }
                if !answer.na_reason.is_empty() {
                    w.key("na_reason");
                    w.string(&answer.na_reason);
                }
                w.unknown(&answer.unknown);
                w.close('}');
            }
            w.close('}');
        }
        w.close('}');
    }
    if has_targets(&a.targets) {
        w.key("targets");
        write_targets(w, &a.targets);
    }
    if a.plans.values().any(|plans| !plans.is_empty()) {
        w.key("plans");
        write_plans(w, &a.plans);
    }
    if !a.snapshots.is_empty() {
        w.key("snapshots");
        w.open('[');
        for snapshot in &a.snapshots {
            w.element();
            write_snapshot(w, snapshot);
        }
        w.close(']');
    }
    w.unknown(&a.unknown);
    w.close('}');
}

/// Are any of `targets` set? An empty target means "the default", like no target at all.
fn has_targets(targets: &BTreeMap<String, Target>) -> bool {
    targets.values().any(|t| !t.is_empty())
}

/// model id → target, as `{"cd-maturity": {"level": "intermediate", "categories": {…}}}`.
fn write_targets(w: &mut Writer, targets: &BTreeMap<String, Target>) {
    w.open('{');
    for (model, target) in targets.iter().filter(|(_, t)| !t.is_empty()) {
        w.key(model);
        w.open('{');
        if let Some(level) = &target.level {
            w.key("level");
            w.string(level);
        }
        if !target.categories.is_empty() {
            w.key("categories");
            w.open('{');
            for (category, level) in &target.categories {
                w.key(category);
                w.string(level);
            }
            w.close('}');
        }
        w.close('}');
    }
    w.close('}');
}

/// model id → practice id → plan; a plan with neither owner nor due date is `{}`.
fn write_plans(w: &mut Writer, plans: &BTreeMap<String, BTreeMap<String, Planned>>) {
    w.open('{');
    for (model, planned) in plans.iter().filter(|(_, p)| !p.is_empty()) {
        w.key(model);
        w.open('{');
        for (practice, plan) in planned {
            w.key(practice);
            w.open('{');
            if !plan.owner.is_empty() {
                w.key("owner");
                w.string(&plan.owner);
            }
            if !plan.due.is_empty() {
                w.key("due");
                w.string(&plan.due);
            }
            w.close('}');
        }
        w.close('}');
    }
    w.close('}');
}

/// One snapshot; `id` and `taken` always, the rest when not empty.
fn write_snapshot(w: &mut Writer, s: &Snapshot) {
    w.open('{');
    w.key("id");
    w.string(&s.id);
    w.key("taken");
    w.string(&s.taken);
    if !s.label.is_empty() {
        w.key("label");
        w.string(&s.label);
    }
    if s.ratings.values().any(|r| !r.is_empty()) {
        w.key("ratings");
        w.open('{');
        for (model, ratings) in s.ratings.iter().filter(|(_, r)| !r.is_empty()) {
            w.key(model);
            w.open('{');
            for (practice, rating) in ratings {
                w.key(practice);
                w.string(rating.id());
            }
            w.close('}');
        }
        w.close('}');
    }
    if has_targets(&s.targets) {
        w.key("targets");
        write_targets(w, &s.targets);
    }
    w.close('}');
}

fn radar_id(measure: RadarMeasure) -> &'static str {
    measure.id()
}

/// Reads one assessment. Every problem found is listed, each with its path, e.g.
/// `answers › cd-maturity › co-frequent-commits: unknown rating "great"` or
/// `snapshot 2 › taken: missing` (snapshots are counted from 1).
///
/// Missing settings take their defaults and a missing name is empty; `null` counts as missing.
/// Answers left empty are dropped, keeping [`Assessment`]'s "no empty answer" invariant, and so
/// are empty targets and models without plans or snapshot ratings.
pub fn assessment_from_json(value: &JsonValue) -> Result<Assessment, Vec<String>> {
    let Some(obj) = value.get::<Object>() else {
        return Err(vec![format!("expected an object, found {}", kind(value))]);
    };
    let mut problems = Vec::new();
    let mut a = Assessment {
        name: String::new(),
        // Without a "radar" field: the level, the measure every Rungs wrote before the
        // progress measure became the default, so such a file opens as it always did.
        radar_measure: RadarMeasure::Level,
        ..Assessment::default()
    };
    if let Some(name) = text_field(obj, "name", "name", &mut problems) {
        a.name = name.to_string();
    }
    if let Some(id) = text_field(obj, "rule", "rule", &mut problems) {
        match LevelRule::from_id(id) {
            Some(rule) => a.settings.rule = rule,
            None => problems.push(format!("rule: unknown rule {}", quote(id))),
        }
    }
    if let Some(id) = text_field(obj, "threshold", "threshold", &mut problems) {
        match Rating::from_id(id).filter(|r| Rating::THRESHOLDS.contains(r)) {
            Some(threshold) => a.settings.threshold = threshold,
            None => problems.push(format!("threshold: unknown threshold {}", quote(id))),
        }
    }
    match field(obj, "required_percent") {
        None => {}
        // The settings box allows 1% to 100%: a file, like a link, gets nothing else through.
        // Earlier versions read 0% from files, so a saved 0% is read as 1% rather than refused.
        Some(JsonValue::Number(n)) if n.fract() == 0.0 && (0.0..=100.0).contains(n) => {
            a.settings.required_percent = (*n as u8).max(1);
        }
        Some(JsonValue::Number(n)) => problems.push(format!(
            "required_percent: expected a whole number from 1 to 100, found {n}"
        )),
        Some(other) => problems.push(format!(
            "required_percent: expected a whole number from 1 to 100, found {}",
            kind(other)
        )),
    }
    if let Some(id) = text_field(obj, "radar", "radar", &mut problems) {
        match RadarMeasure::from_id(id) {
            Some(measure) => a.radar_measure = measure,
            None => problems.push(format!("radar: unknown radar measure {}", quote(id))),
        }
    }
    if let Some(workshop) = text_field(obj, "workshop", "workshop", &mut problems) {
        a.workshop = workshop.to_string();
    }
    match field(obj, "answers") {
        None => {}
        Some(JsonValue::Object(models)) => {
            for (model, value) in sorted(models) {
                let path = format!("answers{SEP}{model}");
                let answers = read_model_answers(value, &path, &mut problems);
                if !answers.is_empty() {
                    a.answers.insert(model.clone(), answers);
                }
            }
        }
        Some(other) => problems.push(format!(
            "answers: expected an object, found {}",
            kind(other)
        )),
    }
    if let Some(value) = field(obj, "targets") {
        a.targets = read_targets(value, "targets", &mut problems);
    }
    if let Some(value) = field(obj, "plans") {
        a.plans = read_plans(value, &mut problems);
    }
    if let Some(value) = field(obj, "snapshots") {
        a.snapshots = read_snapshots(value, &mut problems);
    }
    a.unknown = UnknownFields::collect(obj, ASSESSMENT_FIELDS);
    if problems.is_empty() {
        Ok(a)
    } else {
        Err(problems)
    }
}

/// The fields of an assessment this version knows (`id` is the saved document's).
const ASSESSMENT_FIELDS: &[&str] = &[
    "id",
    "name",
    "rule",
    "threshold",
    "required_percent",
    "radar",
    "workshop",
    "answers",
    "targets",
    "plans",
    "snapshots",
];

/// The fields of an answer this version knows.
const ANSWER_FIELDS: &[&str] = &["rating", "note", "na_reason"];

/// The separator between the steps of a path in problem messages.
pub(crate) const SEP: &str = " › ";

fn read_model_answers(
    value: &JsonValue,
    path: &str,
    problems: &mut Vec<String>,
) -> BTreeMap<String, Answer> {
    let mut answers = BTreeMap::new();
    let Some(practices) = value.get::<Object>() else {
        problems.push(format!("{path}: expected an object, found {}", kind(value)));
        return answers;
    };
    for (practice, value) in sorted(practices) {
        let path = format!("{path}{SEP}{practice}");
        let Some(obj) = value.get::<Object>() else {
            problems.push(format!("{path}: expected an object, found {}", kind(value)));
            continue;
        };
        let mut answer = Answer::default();
        if let Some(id) = text_field(obj, "rating", &format!("{path}{SEP}rating"), problems) {
            match Rating::from_id(id) {
                Some(rating) => answer.rating = Some(rating),
                None => problems.push(format!("{path}: unknown rating {}", quote(id))),
            }
        }
        if let Some(note) = text_field(obj, "note", &format!("{path}{SEP}note"), problems) {
            answer.note = note.to_string();
        }
        let na_path = format!("{path}{SEP}na_reason");
        if let Some(reason) = text_field(obj, "na_reason", &na_path, problems) {
            answer.na_reason = reason.to_string();
        }
        answer.unknown = UnknownFields::collect(obj, ANSWER_FIELDS);
        if answer != Answer::default() {
            answers.insert(practice.clone(), answer);
        }
    }
    answers
}

/// model id → target (the assessment's or a snapshot's, at `path`). Targets left empty are
/// dropped, like empty answers.
fn read_targets(
    value: &JsonValue,
    path: &str,
    problems: &mut Vec<String>,
) -> BTreeMap<String, Target> {
    let mut targets = BTreeMap::new();
    let Some(models) = value.get::<Object>() else {
        problems.push(format!("{path}: expected an object, found {}", kind(value)));
        return targets;
    };
    for (model, value) in sorted(models) {
        let path = format!("{path}{SEP}{model}");
        let Some(obj) = value.get::<Object>() else {
            problems.push(format!("{path}: expected an object, found {}", kind(value)));
            continue;
        };
        let mut target = Target::default();
        if let Some(level) = text_field(obj, "level", &format!("{path}{SEP}level"), problems) {
            target.level = Some(level.to_string());
        }
        match field(obj, "categories") {
            None => {}
            Some(JsonValue::Object(categories)) => {
                for (category, value) in sorted(categories) {
                    match value {
                        JsonValue::String(level) => {
                            target.categories.insert(category.clone(), level.clone());
                        }
                        other => problems.push(format!(
                            "{path}{SEP}categories{SEP}{category}: expected text, found {}",
                            kind(other)
                        )),
                    }
                }
            }
            Some(other) => problems.push(format!(
                "{path}{SEP}categories: expected an object, found {}",
                kind(other)
            )),
        }
        if !target.is_empty() {
            targets.insert(model.clone(), target);
        }
    }
    targets
}

/// model id → practice id → plan. A model without plans is dropped.
fn read_plans(
    value: &JsonValue,
    problems: &mut Vec<String>,
) -> BTreeMap<String, BTreeMap<String, Planned>> {
    let mut plans = BTreeMap::new();
    let Some(models) = value.get::<Object>() else {
        problems.push(format!("plans: expected an object, found {}", kind(value)));
        return plans;
    };
    for (model, value) in sorted(models) {
        let path = format!("plans{SEP}{model}");
        let Some(practices) = value.get::<Object>() else {
            problems.push(format!("{path}: expected an object, found {}", kind(value)));
            continue;
        };
        let mut planned = BTreeMap::new();
        for (practice, value) in sorted(practices) {
            let path = format!("{path}{SEP}{practice}");
            let Some(obj) = value.get::<Object>() else {
                problems.push(format!("{path}: expected an object, found {}", kind(value)));
                continue;
            };
            let mut plan = Planned::default();
            if let Some(owner) = text_field(obj, "owner", &format!("{path}{SEP}owner"), problems) {
                plan.owner = owner.to_string();
            }
            let due_path = format!("{path}{SEP}due");
            if let Some(due) = text_field(obj, "due", &due_path, problems) {
                if due.is_empty() || is_date(due) {
                    plan.due = due.to_string();
                } else {
                    problems.push(format!(
                        "{due_path}: expected a date as YYYY-MM-DD, found {}",
                        quote(due)
                    ));
                }
            }
            planned.insert(practice.clone(), plan);
        }
        if !planned.is_empty() {
            plans.insert(model.clone(), planned);
        }
    }
    plans
}

/// The snapshots, oldest first: at most [`MAX_SNAPSHOTS`], each with an id of its own and the
/// time it was taken.
fn read_snapshots(value: &JsonValue, problems: &mut Vec<String>) -> Vec<Snapshot> {
    let JsonValue::Array(items) = value else {
        problems.push(format!("snapshots: expected a list, found {}", kind(value)));
        return Vec::new();
    };
    if items.len() > MAX_SNAPSHOTS {
        problems.push(format!("snapshots: more than {MAX_SNAPSHOTS}"));
        return Vec::new();
    }
    let mut snapshots = Vec::with_capacity(items.len());
    // Where each id is first used, for the message about a second use.
    let mut first_with_id: HashMap<&str, usize> = HashMap::new();
    for (i, item) in items.iter().enumerate() {
        let path = format!("snapshot {}", i + 1);
        let Some(obj) = item.get::<Object>() else {
            problems.push(format!("{path}: expected an object, found {}", kind(item)));
            continue;
        };
        let mut snapshot = Snapshot::default();
        if let Some(id) = required_text(obj, "id", &path, problems) {
            if let Some(first) = first_with_id.get(id) {
                problems.push(format!(
                    "{path}{SEP}id: {} is already used by snapshot {}",
                    quote(id),
                    first + 1
                ));
            }
            first_with_id.entry(id).or_insert(i);
            snapshot.id = id.to_string();
        }
        if let Some(taken) = required_text(obj, "taken", &path, problems) {
            snapshot.taken = taken.to_string();
        }
        if let Some(label) = text_field(obj, "label", &format!("{path}{SEP}label"), problems) {
            snapshot.label = label.to_string();
        }
        if let Some(value) = field(obj, "ratings") {
            snapshot.ratings = read_ratings(value, &format!("{path}{SEP}ratings"), problems);
        }
        if let Some(value) = field(obj, "targets") {
            snapshot.targets = read_targets(value, &format!("{path}{SEP}targets"), problems);
        }
        snapshots.push(snapshot);
    }
    snapshots
}

/// A snapshot's model id → practice id → rating. A model without ratings is dropped.
fn read_ratings(
    value: &JsonValue,
    path: &str,
    problems: &mut Vec<String>,
) -> BTreeMap<String, BTreeMap<String, Rating>> {
    let mut ratings = BTreeMap::new();
    let Some(models) = value.get::<Object>() else {
        problems.push(format!("{path}: expected an object, found {}", kind(value)));
        return ratings;
    };
    for (model, value) in sorted(models) {
        let path = format!("{path}{SEP}{model}");
        let Some(practices) = value.get::<Object>() else {
            problems.push(format!("{path}: expected an object, found {}", kind(value)));
            continue;
        };
        let mut rated = BTreeMap::new();
        for (practice, value) in sorted(practices) {
            let path = format!("{path}{SEP}{practice}");
            match value {
                JsonValue::String(id) => match Rating::from_id(id) {
                    Some(rating) => {
                        rated.insert(practice.clone(), rating);
                    }
                    None => problems.push(format!("{path}: unknown rating {}", quote(id))),
                },
                other => problems.push(format!("{path}: expected text, found {}", kind(other))),
            }
        }
        if !rated.is_empty() {
            ratings.insert(model.clone(), rated);
        }
    }
    ratings
}

/// A text field that must be there and not be empty, or a problem at `path › key`.
fn required_text<'v>(
    obj: &'v Object,
    key: &str,
    path: &str,
    problems: &mut Vec<String>,
) -> Option<&'v str> {
    match field(obj, key) {
        Some(JsonValue::String(text)) if !text.is_empty() => Some(text),
        Some(JsonValue::String(_)) => {
            problems.push(format!("{path}{SEP}{key}: empty"));
            None
        }
        Some(other) => {
            problems.push(format!(
                "{path}{SEP}{key}: expected text, found {}",
                kind(other)
            ));
            None
        }
        None => {
            problems.push(format!("{path}{SEP}{key}: missing"));
            None
        }
    }
}

/// An object's entries in key order, so that problems are listed the same way every time.
fn sorted(obj: &Object) -> Vec<(&String, &JsonValue)> {
    let mut entries: Vec<_> = obj.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    entries
}

/// A field's value; `null` counts as missing.
pub(crate) fn field<'v>(obj: &'v Object, key: &str) -> Option<&'v JsonValue> {
    obj.get(key).filter(|v| !v.is_null())
}

/// A text field, or a problem at `path` when it holds something else.
fn text_field<'v>(
    obj: &'v Object,
    key: &str,
    path: &str,
    problems: &mut Vec<String>,
) -> Option<&'v str> {
    match field(obj, key)? {
        JsonValue::String(s) => Some(s),
        other => {
            problems.push(format!("{path}: expected text, found {}", kind(other)));
            None
        }
    }
}

/// What a value is, in plain words.
pub(crate) fn kind(value: &JsonValue) -> &'static str {
    match value {
        JsonValue::Number(_) => "a number",
        JsonValue::Boolean(_) => "true or false",
        JsonValue::String(_) => "text",
        JsonValue::Null => "null",
        JsonValue::Array(_) => "a list",
        JsonValue::Object(_) => "an object",
    }
}

/// Text quoted for a message, cut short so that a huge bogus value cannot flood the screen.
pub(crate) fn quote(text: &str) -> String {
    const MAX: usize = 40;
    match text.char_indices().nth(MAX) {
        Some((cut, _)) => format!("\"{}…\"", &text[..cut]),
        None => format!("\"{text}\""),
    }
}

/// The first few problems of a document in one sentence's worth of text, for a banner or a
/// message: the first five tell enough, and the rest are counted.
pub(crate) fn summarize_problems(problems: &[String]) -> String {
    const SHOWN: usize = 5;
    let mut text = problems
        .iter()
        .take(SHOWN)
        .cloned()
        .collect::<Vec<_>>()
        .join("; ");
    if problems.len() > SHOWN {
        text.push_str(&format!(" and {} more problems", problems.len() - SHOWN));
    }
    text
}
