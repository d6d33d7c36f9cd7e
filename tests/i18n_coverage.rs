//! The interface's French catalogue and the code agree: every text the code passes to `t`, `tf`,
//! `tn` or `tnf` is translated, every translation is of a text the code uses, and no sentence
//! the code shows bypasses translation (in the files translated so far; see
//! [`NOT_YET_TRANSLATED`]). The models' French texts are checked by the build itself
//! (`validate_translation`), and here against their English once more.

#![cfg(not(target_arch = "wasm32"))]

use rungs::core::i18n::Catalogue;
use rungs::core::model::bundled_french_files;
use rungs::core::model::text_file::ModelTexts;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Files whose texts are not yet passed through translation: each still shows English in a
/// French interface. This list only ever shrinks; a new file is translated from the start.
const NOT_YET_TRANSLATED: &[&str] = &["src/core/i18n.rs", "src/core/mod.rs"];

/// Files that show no text of the interface (logic, glue, the language code itself).
const NO_INTERFACE_TEXT: &[&str] = &["src/lib.rs", "src/main.rs", "src/shell/language.rs"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
}

/// A string literal of a source file: its text (escapes left as written) and the code just
/// before it (a call may open on the line above).
struct Literal {
    text: String,
    before: String,
    line: usize,
}

/// The string literals of `source`, skipping comments and char literals. Raw strings are read
/// too. Good enough for this codebase's style, which `cargo fmt` keeps regular.
fn literals(source: &str) -> Vec<Literal> {
    let bytes: Vec<char> = source.chars().collect();
    let mut found = Vec::new();
    let mut i = 0;
    let mut line = 1;
    while i < bytes.len() {
        let c = bytes[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c == '/' && bytes.get(i + 1) == Some(&'/') {
            while i < bytes.len() && bytes[i] != '\n' {
                i += 1;
            }
        } else if c == '\'' {
            // A char literal ('a', '\n', '"') or a lifetime ('a): skip what it can be.
            if bytes.get(i + 2) == Some(&'\'') {
                i += 3;
            } else if bytes.get(i + 1) == Some(&'\\') {
                i += 2;
                while i < bytes.len() && bytes[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else {
                i += 1;
            }
        } else if c == 'r' && (bytes.get(i + 1) == Some(&'#') || bytes.get(i + 1) == Some(&'"')) {
            let mut hashes = 0;
            let mut j = i + 1;
            while bytes.get(j) == Some(&'#') {
                hashes += 1;
                j += 1;
            }
            if bytes.get(j) != Some(&'"') {
                i += 1;
                continue;
            }
            let start = j + 1;
            let mut k = start;
            let close: String = std::iter::once('"')
                .chain(std::iter::repeat_n('#', hashes))
                .collect();
            while k < bytes.len() && !bytes[k..].iter().collect::<String>().starts_with(&close) {
                k += 1;
            }
            line += push_literal(&mut found, &bytes, i, start..k, line);
            i = k + close.len();
        } else if c == '"' {
            let start = i + 1;
            let mut k = start;
            while k < bytes.len() && bytes[k] != '"' {
                if bytes[k] == '\\' {
                    k += 1;
                }
                k += 1;
            }
            line += push_literal(&mut found, &bytes, i, start..k, line);
            i = k + 1;
        } else {
            i += 1;
        }
    }
    found
}

/// Adds the literal whose text is `bytes[text]` and which opens at `at`; returns how many lines
/// its text spans beyond the first, for the caller's line count.
fn push_literal(
    found: &mut Vec<Literal>,
    bytes: &[char],
    at: usize,
    text: std::ops::Range<usize>,
    line: usize,
) -> usize {
    let text: String = bytes[text.start..text.end.min(bytes.len())]
        .iter()
        .collect();
    let lines = text.matches('\n').count();
    found.push(Literal {
        before: bytes[at.saturating_sub(80)..at].iter().collect(),
        line,
        text,
    });
    lines
}

/// Is the literal the first argument of a translation call?
fn is_translated(before: &str) -> bool {
    is_argument_of(before, &["t(", "tf(", "tn(", "tnf("])
}

/// Is the literal the first argument of one of `calls` (each a function name and `(`)?
fn is_argument_of(before: &str, calls: &[&str]) -> bool {
    let before = before.trim_end();
    calls.iter().any(|call| {
        before.ends_with(call)
            && !before[..before.len() - call.len()]
                .chars()
                .last()
                .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// Keyboard keys as the browser names them (`KeyboardEvent.key`), which read like words.
const KEY_NAMES: &[&str] = &["Enter", "Escape", "Tab", "Home", "End", "Space"];

/// Does the literal read as a sentence or label shown to people: a capital letter, then a
/// lower-case letter, and either a space somewhere or a single word of letters alone (a button's
/// "Delete"); not an identifier, selector, path, CSS or a key's name?
fn is_interface_text(text: &str) -> bool {
    let mut chars = text.chars();
    let starts_like_words = matches!((chars.next(), chars.next()), (Some(a), Some(b)) if a.is_uppercase() && b.is_lowercase());
    let one_word = text.chars().skip(1).all(|c| c.is_lowercase()) && !KEY_NAMES.contains(&text);
    starts_like_words
        && (text.contains(' ') || one_word)
        && !text.contains("{:?}")
        && !text.starts_with("Rungs stopped")
}

fn english_catalogue_texts() -> BTreeSet<String> {
    let (_, ui) = bundled_french_files();
    let catalogue = Catalogue::parse(ui, "fr").unwrap_or_default();
    catalogue
        .entries
        .keys()
        .filter(|k| !k.starts_with('@'))
        .cloned()
        .collect()
}

fn used_texts() -> (BTreeSet<String>, Vec<String>) {
    let mut files = Vec::new();
    rust_files(Path::new("src"), &mut files);
    files.push(PathBuf::from("build.rs"));
    let mut used = BTreeSet::new();
    let mut bypassing = Vec::new();
    for file in files {
        let name = file.to_string_lossy().replace('\\', "/");
        let Ok(source) = std::fs::read_to_string(&file) else {
            continue;
        };
        // Tests inside a file are not the interface.
        let source = source.split("#[cfg(test)]").next().unwrap_or_default();
        let checked = !NOT_YET_TRANSLATED.iter().any(|p| name.starts_with(p))
            && !NO_INTERFACE_TEXT.contains(&name.as_str())
            && name != "build.rs";
        for literal in literals(source) {
            if is_translated(&literal.before)
                || (name == "build.rs" && is_argument_of(&literal.before, &["tr("]))
            {
                used.insert(literal.text.clone());
            } else if checked && is_interface_text(&literal.text) {
                bypassing.push(format!("{name}:{}: \"{}\"", literal.line, literal.text));
            }
        }
    }
    (used, bypassing)
}

#[test]
fn every_text_the_code_translates_has_its_french() {
    let catalogue = english_catalogue_texts();
    let (used, _) = used_texts();
    let missing: Vec<&String> = used.iter().filter(|t| !catalogue.contains(*t)).collect();
    assert!(missing.is_empty(), "not in i18n/fr/*.txt: {missing:#?}");
}

#[test]
fn every_french_text_is_of_a_text_the_code_uses() {
    let catalogue = english_catalogue_texts();
    let (used, _) = used_texts();
    let stale: Vec<&String> = catalogue.iter().filter(|t| !used.contains(*t)).collect();
    assert!(
        stale.is_empty(),
        "in i18n/fr/*.txt but not used by the code: {stale:#?}"
    );
}

#[test]
fn no_text_of_a_translated_file_bypasses_translation() {
    let (_, bypassing) = used_texts();
    assert!(
        bypassing.is_empty(),
        "shown without t(), tf(), tn() or tnf(): {bypassing:#?}"
    );
}

#[test]
fn the_scanner_finds_what_it_must() {
    let source = "let a = t(\"Models\"); // \"not this\"\nlet b = \"Shown as it is\";\nlet c = tf(\"Hello {name}\", &[]);\nlet d = 'x'; let e = r#\"Raw text here\"#;";
    let found = literals(source);
    let texts: Vec<&str> = found.iter().map(|l| l.text.as_str()).collect();
    assert_eq!(
        texts,
        vec!["Models", "Shown as it is", "Hello {name}", "Raw text here"]
    );
    assert!(is_translated(&found[0].before));
    assert!(!is_translated(&found[1].before));
    assert!(is_translated(&found[2].before));
    assert!(!is_translated("let x = format("));
    assert!(is_interface_text("Shown as it is"));
    assert!(!is_interface_text("model-card"));
    assert!(!is_interface_text("HtmlElement"));
    assert!(is_interface_text("Delete"), "a one-word label");
    assert!(!is_interface_text("Escape"), "a key's name");
    assert!(!is_interface_text("Rungs-Format"));
}

#[test]
fn the_french_model_texts_cover_every_english_one() {
    let (french, _) = bundled_french_files();
    let french = ModelTexts::parse(french);
    assert!(french.is_ok(), "model-text.fr.txt: {french:?}");
    let english = rungs::core::model::bundled_texts();
    let french = french.unwrap_or_default();
    let mut missing = Vec::new();
    for model in rungs::core::model::english_catalogue() {
        for practice in model.practices {
            let key = format!("practice:{}", practice.id);
            let in_english = english.get(model.id, &key).is_some_and(|t| !t.is_empty());
            let in_french = french.get(model.id, &key).is_some_and(|t| !t.is_empty());
            if in_english && !in_french {
                missing.push(format!("{}/{}", model.id, practice.id));
            }
            if in_english && in_french && english.get(model.id, &key) == french.get(model.id, &key)
            {
                missing.push(format!(
                    "{}/{} (the same as the English)",
                    model.id, practice.id
                ));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}
