//! Any model, shipped ones included, written back as a TOML file in the shape of `model-data/`,
//! for people to edit and import as their own.
//!
//! Written by hand rather than by the `toml` crate's serializer so that the file reads like the
//! ones in `model-data/`: a header that says what it is, the top-level keys first, then
//! `[source]`, `[about]` and one `[[levels]]`, `[[categories]]` or `[[practices]]` table per
//! item, and long texts as multi-line strings that keep their line breaks. Every text is escaped
//! so that the file reads back as exactly the same model ([`read_model_file`] of the output
//! equals the input).
//!
//! [`read_model_file`]: crate::core::own_model::import::read_model_file
//!
//! ```
//! use rungs::core::model::file::ModelFile;
//! use rungs::core::own_model::toml_export::to_toml;
//! let text = std::fs::read_to_string("model-data/cmmi.toml").unwrap();
//! let model: ModelFile = toml::from_str(&text).unwrap();
//! let written = to_toml(&model);
//! assert!(written.contains("[[practices]]"));
//! assert_eq!(toml::from_str::<ModelFile>(&written).unwrap(), model);
//! ```

use crate::core::model::file::ModelFile;
use std::fmt::Write as _;

/// The model as a TOML file that Rungs can import again ("Add a model").
pub fn to_toml(model: &ModelFile) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {} (version {}): a maturity model for Rungs.",
        comment(&model.name),
        comment(&model.version)
    );
    out.push_str(
        "# Edit it in any text editor and import it into Rungs with \"Add a model\".\n\
         # Keep every id as it is: saved results and links refer to them. A practice you remove\n\
         # goes into `retired`, and its id is never used again.\n\n",
    );
    key(&mut out, "id", &model.id);
    key(&mut out, "name", &model.name);
    key(&mut out, "version", &model.version);
    key(&mut out, "summary", &model.summary);
    out.push_str("retired = [");
    for (index, id) in model.retired.iter().enumerate() {
        out.push_str(if index == 0 { "" } else { ", " });
        out.push_str(&basic(id));
    }
    out.push_str("]\n");

    out.push_str("\n[source]\n");
    let source = &model.source;
    key(&mut out, "authors", &source.authors);
    key(&mut out, "title", &source.title);
    if !source.publisher.is_empty() {
        key(&mut out, "publisher", &source.publisher);
    }
    let _ = writeln!(out, "year = {}", source.year);
    key(&mut out, "url", &source.url);
    key(&mut out, "licence", &source.licence);

    out.push_str("\n[about]\n");
    key(&mut out, "purpose", &model.about.purpose);
    key(&mut out, "crosswalk", &model.about.crosswalk);
    if !model.about.version_note.is_empty() {
        key(&mut out, "version_note", &model.about.version_note);
    }

    out.push_str(
        "\n# Levels, lowest first. Add new levels and categories at the end: links name them by\n\
         # their place in the list.\n",
    );
    for level in &model.levels {
        out.push_str("\n[[levels]]\n");
        key(&mut out, "id", &level.id);
        key(&mut out, "name", &level.name);
        key(&mut out, "summary", &level.summary);
        if level.needs_no_practices {
            out.push_str("needs_no_practices = true\n");
        }
    }
    out.push_str("\n# Categories: the columns of the model's grid.\n");
    for category in &model.categories {
        out.push_str("\n[[categories]]\n");
        key(&mut out, "id", &category.id);
        key(&mut out, "name", &category.name);
        key(&mut out, "summary", &category.summary);
    }
    out.push_str(
        "\n# Practices: each names a category and a level of this file, and one dimension of the\n\
         # radar: organization, process, technology or culture.\n",
    );
    for practice in &model.practices {
        out.push_str("\n[[practices]]\n");
        key(&mut out, "id", &practice.id);
        key(&mut out, "title", &practice.title);
        key(&mut out, "category", &practice.category);
        key(&mut out, "level", &practice.level);
        key(&mut out, "dimension", &practice.dimension);
        key(&mut out, "description", &practice.description);
    }
    out
}

/// `name = "value"`: a text with line breaks as a multi-line string that keeps them, as in the
/// hand-written files; any other as a basic string on one line.
fn key(out: &mut String, name: &str, value: &str) {
    let text = if value.contains('\n') {
        multi_line(value)
    } else {
        basic(value)
    };
    let _ = writeln!(out, "{name} = {text}");
}

/// Text for a `#` comment: line breaks and other control characters become spaces, so a name
/// cannot end the comment.
fn comment(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// The escape TOML requires for a control character.
fn escape_control(c: char, out: &mut String) {
    match c {
        '\u{8}' => out.push_str("\\b"),
        '\t' => out.push_str("\\t"),
        '\n' => out.push_str("\\n"),
        '\u{c}' => out.push_str("\\f"),
        '\r' => out.push_str("\\r"),
        _ => {
            let _ = write!(out, "\\u{:04X}", u32::from(c));
        }
    }
}

/// A one-line basic string: `"…"` with `\` and `"` escaped, and control characters (tabs
/// included, which are easy to miss) as escapes.
fn basic(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if c.is_control() => escape_control(c, &mut out),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A multi-line basic string, `"""…"""`, keeping line breaks and tabs as they are. Escaped: `\`;
/// any `"` followed by another or ending the text (so no `"""` can occur inside or merge with
/// the closing quotes); a line break right at the start (TOML would drop it); carriage returns
/// and the other control characters.
fn multi_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 6);
    out.push_str("\"\"\"");
    let mut chars = text.chars().peekable();
    let mut first = true;
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' if matches!(chars.peek(), Some('"') | None) => out.push_str("\\\""),
            '\n' if first => out.push_str("\\n"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => escape_control(c, &mut out),
            c => out.push(c),
        }
        first = false;
    }
    out.push_str("\"\"\"");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(serde::Deserialize)]
    struct Value {
        v: String,
    }

    fn reads_back(text: &str) {
        for written in [basic(text), multi_line(text)] {
            let parsed: Value = toml::from_str(&format!("v = {written}\n"))
                .unwrap_or_else(|e| panic!("{written}: {e}"));
            assert_eq!(parsed.v, text, "{written}");
        }
    }

    #[test]
    fn tricky_texts_read_back() {
        for text in [
            "",
            "\"",
            "\"\"",
            "\"\"\"",
            "a\"\"\"\"b\"",
            "\\",
            "back\\slash at the end\\",
            "\n",
            "\nstarts with a break",
            "\r\n",
            "tab\there",
            "é 😀 \u{7f} \u{1} \u{1b} \u{feff}",
            "'''",
            "line one\nline two\n\nparagraph",
            "ends with a quote\"",
            "\\\n  joined?",
        ] {
            reads_back(text);
        }
    }

    #[test]
    fn comments_cannot_be_broken_out_of() {
        assert_eq!(comment("a\nid = \"x\""), "a id = \"x\"");
    }
}
