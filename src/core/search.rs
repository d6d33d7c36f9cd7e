//! Word search across every model's practices, levels and categories.
//!
//! Pure and synchronous: the whole catalogue is a few hundred short texts, so a linear scan with
//! case folding answers well within a frame and needs no index.

use crate::core::model::text_file::ModelTexts;
use crate::core::model::{Model, Practice};

/// One practice that matches a query, with where it sits in its model.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub model: &'static Model,
    pub practice: &'static Practice,
    /// True when a query word is in the title, which ranks the hit first.
    pub in_title: bool,
}

/// Finds the practices whose title, description, category or level name contain every word of
/// `query`, ignoring the case of ASCII letters (the model texts are English; full Unicode case
/// folding would add its tables to the wasm). Hits with all words in the title come first, then
/// catalogue order.
/// Descriptions come from `texts`; while they are not loaded, titles and names are searched.
///
/// ```
/// use rungs::core::{model::{bundled_texts, catalogue}, search::search};
/// let texts = bundled_texts();
/// let models: Vec<_> = catalogue().iter().collect();
/// let hits = search(&models, &texts, "unit tests");
/// assert!(hits.iter().any(|h| h.practice.title == "Automatic unit tests"));
/// assert!(search(&models, &texts, "   ").is_empty());
/// ```
pub fn search(models: &[&'static Model], texts: &ModelTexts, query: &str) -> Vec<SearchHit> {
    let words: Vec<String> = query
        .split_whitespace()
        .map(|w| w.to_ascii_lowercase())
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut hits = Vec::new();
    for &model in models {
        for practice in model.practices {
            let title = practice.title.to_ascii_lowercase();
            let description = texts.description(model.id, practice.id).unwrap_or_default();
            let mut haystack = format!("{title} {}", description.to_ascii_lowercase());
            if let Some(category) = model.categories.get(practice.category) {
                haystack.push(' ');
                haystack.push_str(&category.name.to_ascii_lowercase());
            }
            if let Some(level) = model.levels.get(practice.level) {
                haystack.push(' ');
                haystack.push_str(&level.name.to_ascii_lowercase());
            }
            if words.iter().all(|w| haystack.contains(w.as_str())) {
                hits.push(SearchHit {
                    model,
                    practice,
                    in_title: words.iter().all(|w| title.contains(w.as_str())),
                });
            }
        }
    }
    // A stable sort keeps catalogue order within each group.
    hits.sort_by_key(|hit| !hit.in_title);
    hits
}
