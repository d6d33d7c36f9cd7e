//! The interface's languages: which one a person gets, and the catalogue that turns the English
//! written in the code into French.
//!
//! The code is written in English and calls [`t`], [`tn`] or [`tf`] on every text it shows; the
//! English is the key (as with gettext), so the code reads as what it shows and English needs no
//! catalogue. A catalogue per other language (`i18n/fr/*.txt`) maps each English text to its
//! translation; the build checks that the catalogue and the code agree (see `tests/i18n.rs`).
//! The language is chosen once, when the app starts: switching reloads the page, so nothing
//! needs to follow a change while it runs.
//!
//! # Catalogue format
//!
//! UTF-8 text. Blank lines and lines starting with `#` are ignored. Each entry is two lines: one
//! starting with `en: `, the English exactly as in the code, then one starting with `fr: ` (the
//! language's code), its translation. A plural entry has its forms separated by ` | `: one then
//! other, in both lines (`en: {n} practice | {n} practices`). Placeholders are names in braces,
//! and a translation has the same ones as its English.

use std::cell::RefCell;
use std::collections::HashMap;
use std::fmt;

/// A language of the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    French,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::French];

    /// The BCP 47 code, as in `<html lang>` and the storage key's value.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
        }
    }

    /// The language's own name, as the switch shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::French => "Français",
        }
    }

    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_']).next().unwrap_or_default();
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// A percentage as the language writes it: "75%" in English, "75 %" in French, with a
    /// no-break space so the sign never starts a line.
    pub fn percent(self, n: i64) -> String {
        match self {
            Language::English => format!("{n}%"),
            Language::French => format!("{n}\u{a0}%"),
        }
    }

    /// The decimal separator: a point in English, a comma in French ("2.5", "2,5").
    pub fn decimal_separator(self) -> char {
        match self {
            Language::English => '.',
            Language::French => ',',
        }
    }

    /// The plural form of `n`: 0 for "one", 1 for "other". French counts 0 and 1 as one.
    pub fn plural_form(self, n: u64) -> usize {
        match self {
            Language::English => usize::from(n != 1),
            Language::French => usize::from(n > 1),
        }
    }
}

/// The language a person gets: the one they chose (kept in storage), else the first of the
/// browser's languages Rungs speaks, else English.
pub fn choose(stored: Option<&str>, browser: &[String]) -> Language {
    stored
        .and_then(Language::from_code)
        .or_else(|| browser.iter().find_map(|code| Language::from_code(code)))
        .unwrap_or(Language::English)
}

/// A problem in a catalogue file, with its line (from 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogueError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// A language's translations, by their English.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Catalogue {
    pub entries: HashMap<String, String>,
}

/// The placeholders of a text, in order: `{name}` for each name.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                found.push(&after[..close]);
                rest = &after[close + 1..];
            }
            None => break,
        }
    }
    found.sort_unstable();
    found
}

impl Catalogue {
    /// Reads a catalogue whose translations are on lines starting with `code: `.
    pub fn parse(text: &str, code: &str) -> Result<Catalogue, CatalogueError> {
        let translated = format!("{code}: ");
        let mut entries = HashMap::new();
        let mut pending: Option<(usize, &str)> = None;
        for (index, line) in text.lines().enumerate() {
            let number = index + 1;
            let error = |message: String| CatalogueError {
                line: number,
                message,
            };
            if line.trim().is_empty() || line.starts_with('#') {
                if let Some((at, _)) = pending {
                    return Err(CatalogueError {
                        line: at,
                        message: format!("this English text has no “{code}: ” line after it"),
                    });
                }
                continue;
            }
            if let Some(english) = line.strip_prefix("en: ") {
                if pending.is_some() {
                    return Err(error(format!(
                        "two “en: ” lines in a row; the one before needs its “{code}: ” line"
                    )));
                }
                pending = Some((number, english));
            } else if let Some(translation) = line.strip_prefix(translated.as_str()) {
                let Some((_, english)) = pending.take() else {
                    return Err(error(format!(
                        "a “{code}: ” line must follow an “en: ” line"
                    )));
                };
                check_entry(english, translation).map_err(error)?;
                if entries
                    .insert(english.to_string(), translation.to_string())
                    .is_some()
                {
                    return Err(error(format!("“{english}” is translated twice")));
                }
            } else {
                return Err(error(format!(
                    "expected a line starting with “en: ” or “{code}: ”, a comment, or a blank line"
                )));
            }
        }
        match pending {
            Some((at, _)) => Err(CatalogueError {
                line: at,
                message: format!("this English text has no “{code}: ” line after it"),
            }),
            None => Ok(Catalogue { entries }),
        }
    }

    pub fn get(&self, english: &str) -> Option<&str> {
        self.entries.get(english).map(String::as_str)
    }
}

/// An entry's translation keeps its English's placeholders and plural forms.
fn check_entry(english: &str, translation: &str) -> Result<(), String> {
    if translation.trim().is_empty() {
        return Err(format!("“{english}” has an empty translation"));
    }
    let forms = |text: &str| text.split(" | ").count();
    if forms(english) != forms(translation) {
        return Err(format!(
            "“{english}” has {} forms and its translation {}",
            forms(english),
            forms(translation)
        ));
    }
    let mut wanted = placeholders(english);
    let mut got = placeholders(translation);
    wanted.dedup();
    got.dedup();
    if wanted != got {
        return Err(format!(
            "“{english}” has the placeholders {wanted:?} and its translation {got:?}"
        ));
    }
    Ok(())
}

/// The language in use and its catalogue, set once when the app starts.
struct Current {
    language: Language,
    catalogue: &'static Catalogue,
}

thread_local! {
    static CURRENT: RefCell<Option<Current>> = const { RefCell::new(None) };
}

/// Sets the language for the rest of this run, with the catalogue for it (empty for English).
/// The catalogue lives as long as the page.
pub fn set_language(language: Language, catalogue: Catalogue) {
    let catalogue: &'static Catalogue = Box::leak(Box::new(catalogue));
    CURRENT.with(|c| {
        *c.borrow_mut() = Some(Current {
            language,
            catalogue,
        })
    });
}

/// The language in use: English until [`set_language`].
pub fn language() -> Language {
    CURRENT.with(|c| {
        c.borrow()
            .as_ref()
            .map_or(Language::English, |c| c.language)
    })
}

fn lookup(english: &'static str) -> &'static str {
    CURRENT.with(|c| {
        c.borrow()
            .as_ref()
            .and_then(|c| c.catalogue.get(english))
            .unwrap_or(english)
    })
}

/// `english` in the language in use.
pub fn t(english: &'static str) -> &'static str {
    lookup(english)
}

/// `english` with its placeholders filled in, in the language in use.
pub fn tf(english: &'static str, args: &[(&str, &str)]) -> String {
    fill(lookup(english), args)
}

/// The form of `forms` (`one | other`) for `n`, in the language in use, with `{n}` filled in.
pub fn tn(forms: &'static str, n: usize) -> String {
    tnf(forms, n, &[])
}

/// [`tn`] with more placeholders.
pub fn tnf(forms: &'static str, n: usize, args: &[(&str, &str)]) -> String {
    let text = lookup(forms);
    let index = language().plural_form(n as u64);
    let form = text
        .split(" | ")
        .nth(index)
        .or_else(|| text.split(" | ").last())
        .unwrap_or(text);
    let count = n.to_string();
    let mut all = vec![("n", count.as_str())];
    all.extend_from_slice(args);
    fill(form, &all)
}

fn fill(text: &str, args: &[(&str, &str)]) -> String {
    let mut out = text.to_string();
    for (name, value) in args {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}
