//! The long texts of the models (practice descriptions, About pages, licence notes), kept out of
//! the wasm and served beside it as `model-text.txt`.
//!
//! Why: they are most of the model data but none of them is needed for the first screen, and the
//! first load has a budget (150 KB brotli). The app fetches the file once, after the first screen
//! is drawn. `build.rs` writes it with [`write_record`]; the app reads it with [`ModelTexts::parse`].
//!
//! Format: a header line, then one record per line, `model<TAB>key<TAB>text`, where the text has
//! `\` as `\\` and line breaks as `\n`. Keys: `practice:<id>`, `level:<id>`, `category:<id>`,
//! `purpose`, `crosswalk`, `version_note`, `licence`.

use std::collections::BTreeMap;

/// The first line of the file, with the format's version.
pub const HEADER: &str = "rungs-model-text 1";

/// Appends one record. Tabs in the text become spaces (the format's separator).
pub fn write_record(out: &mut String, model: &str, key: &str, text: &str) {
    out.push_str(model);
    out.push('\t');
    out.push_str(key);
    out.push('\t');
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('\n');
}

fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Where texts not in the file are looked up: the app's imported models carry their own.
pub type TextFallback = fn(&str, &str) -> Option<&'static str>;

/// The long texts of every model, by model id and key.
#[derive(Debug, Clone, Default)]
pub struct ModelTexts {
    texts: BTreeMap<(String, String), String>,
    fallback: Option<TextFallback>,
}

impl PartialEq for ModelTexts {
    fn eq(&self, other: &Self) -> bool {
        self.texts == other.texts
    }
}

impl Eq for ModelTexts {}

impl ModelTexts {
    /// Parses a `model-text.txt`. Fails on a wrong header or a malformed line, naming the line.
    ///
    /// ```
    /// use rungs::core::model::text_file::{write_record, ModelTexts, HEADER};
    /// let mut file = format!("{HEADER}\n");
    /// write_record(&mut file, "cmmi", "purpose", "Two\n\nparagraphs");
    /// let texts = ModelTexts::parse(&file).unwrap();
    /// assert_eq!(texts.get("cmmi", "purpose"), Some("Two\n\nparagraphs"));
    /// assert!(ModelTexts::parse("<html>").is_err());
    /// ```
    pub fn parse(file: &str) -> Result<ModelTexts, String> {
        let mut lines = file.lines();
        if lines.next() != Some(HEADER) {
            return Err("it does not start with the expected header".into());
        }
        let mut texts = BTreeMap::new();
        for (number, line) in lines.enumerate() {
            if line.is_empty() {
                continue;
            }
            let mut parts = line.splitn(3, '\t');
            match (parts.next(), parts.next(), parts.next()) {
                (Some(model), Some(key), Some(text)) => {
                    texts.insert((model.to_string(), key.to_string()), unescape(text));
                }
                _ => return Err(format!("line {} is malformed", number + 2)),
            }
        }
        Ok(ModelTexts {
            texts,
            fallback: None,
        })
    }

    /// These texts, and for keys they lack, whatever `fallback` finds (an imported model's
    /// texts, which do not come from the file).
    pub fn with_fallback(mut self, fallback: TextFallback) -> ModelTexts {
        self.fallback = Some(fallback);
        self
    }

    /// A text, or `None` if the file has none for this model and key.
    pub fn get(&self, model: &str, key: &str) -> Option<&str> {
        self.texts
            .get(&(model.to_string(), key.to_string()))
            .map(String::as_str)
            .or_else(|| self.fallback.and_then(|find| find(model, key)))
    }

    /// A practice's description.
    pub fn description(&self, model: &str, practice: &str) -> Option<&str> {
        self.get(model, &format!("practice:{practice}"))
    }

    /// How many texts the file holds.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }
}
