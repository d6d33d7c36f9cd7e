//! Reading a model file people chose: TOML in the `model-data/` format, or the same structure as
//! JSON, checked by the build's own rules plus limits for files from outside.
//!
//! Whoever imports a model wrote it by hand or exported it from a spreadsheet, and has no build
//! log to read. So every problem comes back as a value that names the line and the item
//! ("Line 12, practice \"ci\": unknown category \"bild\""), all problems of a file at once where
//! possible, and nothing in here panics, whatever the text.
//!
//! ```
//! use rungs::core::own_model::import::read_model_file;
//! let text = std::fs::read_to_string("assets/model-template.toml").unwrap();
//! let model = read_model_file("model-template.toml", &text, &["cmmi"]).unwrap();
//! assert_eq!(model.id, "my-team-model");
//!
//! let broken = text.replace("category = \"delivery\"", "category = \"delivry\"");
//! let problems = read_model_file("mine.toml", &broken, &[]).unwrap_err();
//! assert!(problems[0].to_string().contains("unknown category \"delivry\""));
//! ```

use crate::core::i18n::tf;
use crate::core::model::file::ModelFile;
use crate::core::model::validate::{validate_model_content, Problem, TextRule};
use std::collections::BTreeMap;
use std::fmt;
use std::ops::Range;

/// The largest file Rungs imports. The biggest shipped model file is 42 KiB; a model at every
/// other limit below, with long descriptions, fits comfortably.
pub const MAX_MODEL_FILE_BYTES: usize = 512 * 1024;
/// The most practices an imported model may have (the biggest shipped model has 78).
pub const MAX_PRACTICES: usize = 500;
/// The most levels an imported model may have.
pub const MAX_LEVELS: usize = 20;
/// The most categories an imported model may have.
pub const MAX_CATEGORIES: usize = 50;
/// The longest text (name, title, summary, description, About text), in characters.
pub const MAX_TEXT_CHARS: usize = 5_000;
/// The longest id (of the model, a level, a category, a practice or a retired practice), in
/// characters: ids travel in links and storage keys.
pub const MAX_ID_CHARS: usize = 64;

/// One thing wrong with a model file, for the person who chose it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    /// The line it is on, from 1, when it can be told.
    pub line: Option<usize>,
    /// What it is about: `practice "ci"`, `level "base"`, `category "build"`, or `file`.
    pub item: String,
    /// What is wrong, in plain words.
    pub message: String,
}

impl fmt::Display for ImportProblem {
    /// `Line 12, practice "ci": unknown category "bild"`, `Line 3: not valid TOML: …`, or
    /// `The file: too large (600 KiB, at most 512 KiB)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.line, self.item.as_str()) {
            (Some(line), "file") => f.write_str(&tf(
                "Line {line}: {problem}",
                &[("line", &line.to_string()), ("problem", &self.message)],
            )),
            (Some(line), item) => f.write_str(&tf(
                "Line {line}, {item}: {problem}",
                &[
                    ("line", &line.to_string()),
                    ("item", item),
                    ("problem", &self.message),
                ],
            )),
            (None, "file") => {
                f.write_str(&tf("The file: {problem}", &[("problem", &self.message)]))
            }
            (None, item) => {
                let mut chars = item.chars();
                let first: String = chars
                    .next()
                    .into_iter()
                    .flat_map(char::to_uppercase)
                    .collect();
                write!(f, "{first}{}: {}", chars.as_str(), self.message)
            }
        }
    }
}

/// Reads and checks a model file people chose.
///
/// `text` is TOML in the format of `model-data/` (see `model-data/README.md`), or JSON of the
/// same structure when its first non-blank character is `{`; a byte-order mark before it is
/// ignored. The model must pass the build's content rules with every text written
/// ([`validate_model_content`] with [`TextRule::Required`]) and the import limits
/// ([`check_import_limits`]); its id may not be one of `taken_ids`, the ids of the models Rungs
/// ships. Unlike the build, it does not ask the id to match `file_name`: people's files may be
/// called anything ("model (2).toml").
///
/// Problems come sorted by line, those about the file as a whole first. A file that cannot be
/// parsed gives one problem (the parser stops at the first); a parsed file gives all of them.
pub fn read_model_file(
    file_name: &str,
    text: &str,
    taken_ids: &[&str],
) -> Result<ModelFile, Vec<ImportProblem>> {
    if text.len() > MAX_MODEL_FILE_BYTES {
        return Err(vec![file_problem(format!(
            "too large ({} KiB, at most {} KiB)",
            text.len().div_ceil(1024),
            MAX_MODEL_FILE_BYTES / 1024
        ))]);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(vec![file_problem("is empty".into())]);
    }
    let is_json = text.trim_start().starts_with('{');
    let parsed = if is_json {
        parse_json(text)
    } else {
        parse_toml(text)
    };
    let (model, places) = parsed.map_err(|problem| vec![problem])?;
    let mut problems = validate_model_content(file_name, &model, TextRule::Required);
    problems.extend(check_import_limits(file_name, &model, taken_ids));
    if problems.is_empty() {
        return Ok(model);
    }
    let mut located = places.locate_all(text, &problems);
    // Stable: problems on one line keep the validator's order. `None` (the file) sorts first.
    located.sort_by_key(|problem| problem.line);
    Err(located)
}

/// The limits on a model from outside, beyond the build's rules: how many practices, levels and
/// categories, how long texts and ids may be, and that the id is not one of `taken_ids` (the
/// models Rungs ships, which an imported model may not pass for). They keep the app responsive
/// and links and storage within bounds; the shipped models are far inside them.
///
/// ```
/// use rungs::core::model::file::ModelFile;
/// use rungs::core::own_model::import::check_import_limits;
/// let text = std::fs::read_to_string("model-data/cmmi.toml").unwrap();
/// let model: ModelFile = toml::from_str(&text).unwrap();
/// assert!(check_import_limits("cmmi.toml", &model, &[]).is_empty());
/// let problems = check_import_limits("cmmi.toml", &model, &["cmmi"]);
/// assert!(problems[0].message.contains("the id of a model Rungs ships"));
/// ```
pub fn check_import_limits(file: &str, model: &ModelFile, taken_ids: &[&str]) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut report = |item: String, message: String| {
        problems.push(Problem {
            file: file.to_string(),
            item,
            message,
        })
    };
    let too_long_id = |id: &str| id.chars().count() > MAX_ID_CHARS;
    let text_problem = |field: &str, text: &str| {
        let chars = text.chars().count();
        (chars > MAX_TEXT_CHARS).then(|| {
            format!(
                "{field} is too long ({} characters, at most {})",
                thousands(chars),
                thousands(MAX_TEXT_CHARS)
            )
        })
    };

    if taken_ids.contains(&model.id.as_str()) {
        report(
            "file".into(),
            format!(
                "id \"{}\" is the id of a model Rungs ships; choose another id",
                model.id
            ),
        );
    }
    if too_long_id(&model.id) {
        report(
            "file".into(),
            format!("id is longer than {MAX_ID_CHARS} characters"),
        );
    }
    for (what, count, limit) in [
        ("levels", model.levels.len(), MAX_LEVELS),
        ("categories", model.categories.len(), MAX_CATEGORIES),
        ("practices", model.practices.len(), MAX_PRACTICES),
    ] {
        if count > limit {
            report(
                "file".into(),
                format!(
                    "has {} {what}; an imported model may have at most {}",
                    thousands(count),
                    thousands(limit)
                ),
            );
        }
    }
    for (field, text) in [
        ("name", &model.name),
        ("version", &model.version),
        ("summary", &model.summary),
        ("source.authors", &model.source.authors),
        ("source.title", &model.source.title),
        ("source.publisher", &model.source.publisher),
        ("source.url", &model.source.url),
        ("source.licence", &model.source.licence),
        ("about.purpose", &model.about.purpose),
        ("about.crosswalk", &model.about.crosswalk),
        ("about.version_note", &model.about.version_note),
    ] {
        if let Some(message) = text_problem(field, text) {
            report("file".into(), message);
        }
    }
    for id in model.retired.iter().filter(|id| too_long_id(id)) {
        report(
            "file".into(),
            format!("retired: \"{id}\" is longer than {MAX_ID_CHARS} characters"),
        );
    }

    let items = model
        .levels
        .iter()
        .map(|l| ("level", &l.id, [("name", &l.name), ("summary", &l.summary)]))
        .chain(model.categories.iter().map(|c| {
            (
                "category",
                &c.id,
                [("name", &c.name), ("summary", &c.summary)],
            )
        }))
        .chain(model.practices.iter().map(|p| {
            (
                "practice",
                &p.id,
                [("title", &p.title), ("description", &p.description)],
            )
        }));
    for (kind, id, texts) in items {
        let item = format!("{kind} \"{id}\"");
        if too_long_id(id) {
            report(
                item.clone(),
                format!("id is longer than {MAX_ID_CHARS} characters"),
            );
        }
        for (field, text) in texts {
            if let Some(message) = text_problem(field, text) {
                report(item.clone(), message);
            }
        }
    }
    problems
}

fn file_problem(message: String) -> ImportProblem {
    ImportProblem {
        line: None,
        item: "file".into(),
        message,
    }
}

/// 5000 as "5,000".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

/// The line, from 1, of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    Lines::new(text).line(offset)
}

/// Where each line starts, to find the lines of many offsets in one pass over the text.
struct Lines(Vec<usize>);

impl Lines {
    fn new(text: &str) -> Lines {
        let breaks = text.match_indices('\n').map(|(at, _)| at + 1);
        Lines(std::iter::once(0).chain(breaks).collect())
    }

    /// The line, from 1, of a byte offset: how many lines start at or before it.
    fn line(&self, offset: usize) -> usize {
        self.0.partition_point(|start| *start <= offset)
    }
}

fn parse_toml(text: &str) -> Result<(ModelFile, Places), ImportProblem> {
    if let Err(error) = toml::de::DeTable::parse(text) {
        let offset = error.span().map(|span| span.start);
        return Err(ImportProblem {
            line: offset.map(|offset| line_of(text, offset)),
            item: "file".into(),
            message: format!("not valid TOML: {}", first_line(error.message())),
        });
    }
    let places = Places::from_toml(text);
    match toml::from_str::<ModelFile>(text) {
        Ok(model) => Ok((model, places)),
        Err(error) => {
            let offset = error.span().map(|span| span.start);
            let key = offset.and_then(|offset| places.key_at(offset));
            Err(ImportProblem {
                line: offset.map(|offset| line_of(text, offset)),
                item: offset.map_or_else(|| "file".into(), |offset| places.item_at(offset)),
                message: plain_message(first_line(error.message()), key, "a table"),
            })
        }
    }
}

fn parse_json(text: &str) -> Result<(ModelFile, Places), ImportProblem> {
    match serde_json::from_str::<ModelFile>(text) {
        Ok(model) => Ok((model, Places::from_json(text))),
        Err(error) => {
            let raw = error.to_string();
            // serde_json ends its messages with " at line L column C"; the line is given apart.
            let raw = raw
                .rfind(" at line ")
                .and_then(|at| raw.get(..at))
                .unwrap_or(&raw);
            let line = (error.line() > 0).then_some(error.line());
            let message = match error.classify() {
                serde_json::error::Category::Data => {
                    let offset = offset_of(text, error.line(), error.column());
                    let places = Places::from_json(text);
                    return Err(ImportProblem {
                        line,
                        item: places.item_at(offset),
                        message: plain_message(raw, places.key_at(offset), "an object in braces"),
                    });
                }
                serde_json::error::Category::Eof => {
                    "not valid JSON: the file ends too early (a bracket, brace or quote is not \
                     closed)"
                        .to_string()
                }
                _ => format!("not valid JSON: {raw}"),
            };
            Err(ImportProblem {
                line,
                item: "file".into(),
                message,
            })
        }
    }
}

/// The first line of a parser's message (they are one line today; a snippet would not be).
fn first_line(message: &str) -> &str {
    message.lines().next().unwrap_or(message).trim()
}

/// The byte offset of a 1-based line and column (serde_json counts the column in bytes).
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    let line_start = if line <= 1 {
        0
    } else {
        text.match_indices('\n')
            .nth(line - 2)
            .map_or(text.len(), |(at, _)| at + 1)
    };
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// Serde's messages in plain words, where they follow a pattern we know; `table` names a group
/// of fields in the file's format ("a table" in TOML, "an object in braces" in JSON).
fn plain_message(raw: &str, key: Option<&str>, table: &str) -> String {
    if let Some(field) = raw
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
    {
        return format!("`{field}` is missing");
    }
    if raw.starts_with("invalid type: ") || raw.starts_with("invalid value: ") {
        if let Some((_, expected)) = raw.rsplit_once(", expected ") {
            let wanted = match expected {
                "u16" => "a whole number from 0 to 65535".to_string(),
                "a string" => "text in quotes".to_string(),
                "a boolean" => "true or false".to_string(),
                "a sequence" => "a list in square brackets".to_string(),
                other if other.starts_with("struct ") => {
                    // A list's entry has the wrong type: the key found is the list's.
                    return match key {
                        Some(key) if Section::from_key(key).is_some() => {
                            format!("each entry of `{key}` must be {table}")
                        }
                        Some(key) => format!("`{key}` must be {table}"),
                        None => format!("a value must be {table}"),
                    };
                }
                other => other.to_string(),
            };
            return match key {
                Some(key) => format!("`{key}` must be {wanted}"),
                None => format!("a value must be {wanted}"),
            };
        }
    }
    if raw.starts_with("unknown field `") {
        return raw.replacen(", expected", "; expected", 1);
    }
    raw.to_string()
}

/// Which list of a model file an entry belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Section {
    Levels,
    Categories,
    Practices,
}

impl Section {
    fn from_key(key: &str) -> Option<Section> {
        match key {
            "levels" => Some(Section::Levels),
            "categories" => Some(Section::Categories),
            "practices" => Some(Section::Practices),
            _ => None,
        }
    }

    /// As the validator names items: `practice "x"`.
    fn singular(self) -> &'static str {
        match self {
            Section::Levels => "level",
            Section::Categories => "category",
            Section::Practices => "practice",
        }
    }
}

/// One level, category or practice in the source text.
#[derive(Debug)]
struct Entry {
    section: Section,
    /// Its position in its list, from 0.
    index: usize,
    /// Where it is, in bytes: for a `[[practices]]` table, from its header to the next header.
    span: Range<usize>,
    id: Option<String>,
    /// Its keys and the byte offset of each.
    keys: Vec<(String, usize)>,
}

impl Entry {
    fn name(&self) -> String {
        match &self.id {
            Some(id) => format!("{} \"{id}\"", self.section.singular()),
            None => format!("{} number {}", self.section.singular(), self.index + 1),
        }
    }

    fn key(&self, key: &str) -> Option<usize> {
        self.keys.iter().find(|(k, _)| k == key).map(|(_, at)| *at)
    }
}

/// Where things are in the source text, so that each problem can name its line: the keys of the
/// model, its `source` and `about` (as `source.url`), and each entry of its lists.
#[derive(Debug, Default)]
struct Places {
    fields: Vec<(String, usize)>,
    entries: Vec<Entry>,
    /// Every key read, at any depth, with the span of its value: which key a parser's error
    /// is about.
    values: Vec<(String, Range<usize>)>,
}

impl Places {
    fn from_toml(text: &str) -> Places {
        use toml::de::{DeTable, DeValue};
        let mut places = Places::default();
        let Ok(root) = DeTable::parse(text) else {
            return places;
        };
        // Array-of-tables entries are spanned by their header only: each runs to the next
        // header. Inline tables are spanned whole.
        let mut headers: Vec<usize> = Vec::new();
        for (key, value) in root.get_ref().iter() {
            let name: &str = key.get_ref();
            places.fields.push((name.to_string(), key.span().start));
            places.values.push((name.to_string(), value.span()));
            match value.get_ref() {
                DeValue::Table(table) => {
                    headers.push(value.span().start);
                    for (inner, inner_value) in table.iter() {
                        let inner_name: &str = inner.get_ref();
                        places
                            .fields
                            .push((format!("{name}.{inner_name}"), inner.span().start));
                        places
                            .values
                            .push((inner_name.to_string(), inner_value.span()));
                    }
                }
                DeValue::Array(items) => {
                    let Some(section) = Section::from_key(name) else {
                        continue;
                    };
                    for (index, item) in items.iter().enumerate() {
                        let DeValue::Table(table) = item.get_ref() else {
                            continue;
                        };
                        if text.get(item.span()).is_some_and(|t| t.starts_with("[[")) {
                            headers.push(item.span().start);
                        }
                        for (k, v) in table.iter() {
                            places.values.push((k.get_ref().to_string(), v.span()));
                        }
                        places.entries.push(Entry {
                            section,
                            index,
                            span: item.span(),
                            id: table
                                .get("id")
                                .and_then(|v| v.get_ref().as_str())
                                .map(str::to_string),
                            keys: table
                                .iter()
                                .map(|(k, _)| (k.get_ref().to_string(), k.span().start))
                                .collect(),
                        });
                    }
                }
                _ => {}
            }
        }
        headers.sort_unstable();
        for entry in &mut places.entries {
            if text
                .get(entry.span.clone())
                .is_some_and(|t| t.starts_with("[["))
            {
                let end = headers
                    .iter()
                    .find(|at| **at > entry.span.start)
                    .copied()
                    .unwrap_or(text.len());
                entry.span = entry.span.start..end;
            }
        }
        places
    }

    fn from_json(text: &str) -> Places {
        let mut places = Places::default();
        let mut scan = JsonScan {
            text,
            pos: 0,
            values: Vec::new(),
        };
        scan.blank();
        if scan.peek() != Some(b'{') {
            return places;
        }
        let _ = scan.object(&mut |scan, key, at| {
            places.fields.push((key.clone(), at));
            match (scan.peek()?, Section::from_key(&key)) {
                (b'{', None) => scan.object(&mut |scan, inner, at| {
                    places.fields.push((format!("{key}.{inner}"), at));
                    scan.skip_value()
                }),
                (b'[', Some(section)) => {
                    let mut index = 0;
                    scan.array(&mut |scan| {
                        if scan.peek()? != b'{' {
                            return scan.skip_value();
                        }
                        let start = scan.pos;
                        let mut entry = Entry {
                            section,
                            index,
                            span: start..start,
                            id: None,
                            keys: Vec::new(),
                        };
                        scan.object(&mut |scan, key, at| {
                            if key == "id" && scan.peek()? == b'"' {
                                entry.id = Some(scan.string()?);
                            } else {
                                scan.skip_value()?;
                            }
                            entry.keys.push((key, at));
                            Some(())
                        })?;
                        entry.span = start..scan.pos;
                        places.entries.push(entry);
                        index += 1;
                        Some(())
                    })
                }
                _ => scan.skip_value(),
            }
        });
        places.values = scan.values;
        places
    }

    /// The key whose value a byte offset falls in, the innermost.
    fn key_at(&self, offset: usize) -> Option<&str> {
        self.values
            .iter()
            .filter(|(_, span)| span.start <= offset && offset <= span.end)
            .min_by_key(|(_, span)| span.len())
            .map(|(key, _)| key.as_str())
    }

    /// The item a byte offset falls in: the entry around it, else the file.
    fn item_at(&self, offset: usize) -> String {
        // The innermost: a TOML entry runs up to the next header, which the offset may be on.
        self.entries
            .iter()
            .filter(|e| e.span.start <= offset && offset <= e.span.end)
            .max_by_key(|e| e.span.start)
            .map_or_else(|| "file".into(), Entry::name)
    }

    /// Each validation problem with its line: that of the field it is about (`category = …`
    /// for an unknown category) or else of the item's id. A duplicate id points at the repeat.
    fn locate_all(&self, text: &str, problems: &[Problem]) -> Vec<ImportProblem> {
        // The entries each validator item (`practice "x"`) can mean, in file order, found once:
        // a file of ten thousand repeats must not take a hundred million steps.
        let mut named: BTreeMap<String, Vec<&Entry>> = BTreeMap::new();
        for entry in self.entries.iter().filter(|e| e.id.is_some()) {
            named.entry(entry.name()).or_default().push(entry);
        }
        let mut repeats: BTreeMap<&str, usize> = BTreeMap::new();
        let lines = Lines::new(text);
        problems
            .iter()
            .map(|problem| {
                let field = field_of(&problem.message);
                let offset = if problem.item == "file" {
                    field.and_then(|field| {
                        self.fields
                            .iter()
                            .find(|(key, _)| key == field)
                            .map(|(_, at)| *at)
                    })
                } else {
                    let candidates = named.get(&problem.item).map_or(&[][..], Vec::as_slice);
                    let entry = if problem.message.starts_with("duplicate") {
                        let seen = repeats.entry(problem.item.as_str()).or_insert(0);
                        *seen += 1;
                        candidates.get(*seen).or(candidates.last())
                    } else {
                        candidates.first()
                    };
                    entry.map(|entry| {
                        field
                            .and_then(|field| entry.key(field))
                            .or_else(|| entry.key("id"))
                            .unwrap_or(entry.span.start)
                    })
                };
                ImportProblem {
                    line: offset.map(|offset| lines.line(offset)),
                    item: problem.item.clone(),
                    message: problem.message.clone(),
                }
            })
            .collect()
    }
}

/// The field a validation message is about, from its first words: `title is empty` → `title`,
/// `unknown category "x"` → `category`, `source.url is empty` → `source.url`,
/// `id "x" is not valid` → `id`. Messages about the entry as a whole give its id's line.
fn field_of(message: &str) -> Option<&str> {
    let mut words = message.split([' ', ':']);
    let first = words.next()?;
    let field = if first == "unknown" {
        words.next()?
    } else {
        first
    };
    let known = [
        "id",
        "name",
        "version",
        "summary",
        "retired",
        "title",
        "description",
        "category",
        "level",
        "dimension",
        "needs_no_practices",
        "levels",
        "categories",
        "practices",
    ];
    (known.contains(&field) || field.starts_with("source.") || field.starts_with("about."))
        .then_some(field)
}

/// Just enough of a JSON reader to find where keys are. It runs on text that serde_json has
/// already read as JSON (it is not a validator) and gives up with `None` on anything else.
struct JsonScan<'a> {
    text: &'a str,
    pos: usize,
    /// Every key of every object read, with the span of its value.
    values: Vec<(String, Range<usize>)>,
}

type KeyVisitor<'v, 'a> = dyn FnMut(&mut JsonScan<'a>, String, usize) -> Option<()> + 'v;
type ItemVisitor<'v, 'a> = dyn FnMut(&mut JsonScan<'a>) -> Option<()> + 'v;

impl<'a> JsonScan<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn blank(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\n' | b'\r' | b'\t')) {
            self.pos += 1;
        }
    }

    /// Past a string at the position, without reading it.
    fn skip_string(&mut self) -> Option<()> {
        self.pos += 1;
        loop {
            match self.peek()? {
                b'\\' => self.pos += 2,
                b'"' => {
                    self.pos += 1;
                    return Some(());
                }
                _ => self.pos += 1,
            }
        }
    }

    /// The string at the position, unescaped by serde_json.
    fn string(&mut self) -> Option<String> {
        let start = self.pos;
        self.skip_string()?;
        serde_json::from_str(self.text.get(start..self.pos)?).ok()
    }

    /// Past one value of any kind, nested ones counted rather than recursed into.
    fn skip_value(&mut self) -> Option<()> {
        self.blank();
        match self.peek()? {
            b'"' => self.skip_string(),
            b'{' | b'[' => {
                let mut depth = 0usize;
                loop {
                    match self.peek()? {
                        b'"' => self.skip_string()?,
                        b'{' | b'[' => {
                            depth += 1;
                            self.pos += 1;
                        }
                        b'}' | b']' => {
                            depth = depth.checked_sub(1)?;
                            self.pos += 1;
                            if depth == 0 {
                                return Some(());
                            }
                        }
                        _ => self.pos += 1,
                    }
                }
            }
            _ => {
                while let Some(b) = self.peek() {
                    if matches!(b, b',' | b'}' | b']') || b.is_ascii_whitespace() {
                        break;
                    }
                    self.pos += 1;
                }
                Some(())
            }
        }
    }

    /// An object at the position: `each` gets each key and its offset, and must read the value.
    fn object(&mut self, each: &mut KeyVisitor<'_, 'a>) -> Option<()> {
        self.pos += 1;
        loop {
            self.blank();
            match self.peek()? {
                b'}' => {
                    self.pos += 1;
                    return Some(());
                }
                b',' => self.pos += 1,
                b'"' => {
                    let at = self.pos;
                    let key = self.string()?;
                    self.blank();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.pos += 1;
                    self.blank();
                    let start = self.pos;
                    each(self, key.clone(), at)?;
                    self.values.push((key, start..self.pos));
                }
                _ => return None,
            }
        }
    }

    /// An array at the position: `each` must read each item.
    fn array(&mut self, each: &mut ItemVisitor<'_, 'a>) -> Option<()> {
        self.pos += 1;
        loop {
            self.blank();
            match self.peek()? {
                b']' => {
                    self.pos += 1;
                    return Some(());
                }
                b',' => self.pos += 1,
                _ => {
                    let before = self.pos;
                    each(self)?;
                    if self.pos == before {
                        return None;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(5), "5");
        assert_eq!(thousands(5000), "5,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn fields_are_read_from_messages() {
        assert_eq!(field_of("title is empty"), Some("title"));
        assert_eq!(field_of("unknown category \"x\""), Some("category"));
        assert_eq!(field_of("source.url is empty"), Some("source.url"));
        assert_eq!(field_of("id \"X\" is not valid"), Some("id"));
        assert_eq!(field_of("has no practices"), None);
    }

    #[test]
    fn lines_are_counted_from_one() {
        let text = "a\nb\r\n\nc";
        let lines: Vec<usize> = (0..=text.len()).map(|at| line_of(text, at)).collect();
        assert_eq!(lines, [1, 1, 2, 2, 2, 3, 4, 4]);
    }

    #[test]
    fn the_json_scanner_survives_anything() {
        for text in [
            "{",
            "{\"a\"",
            "{\"a\":",
            "{\"levels\":[{",
            "{\"levels\":[1,",
            "{\"x\\",
        ] {
            let _ = Places::from_json(text);
        }
    }
}
