//! The maturity models Rungs ships, as static data generated at build time from `model-data/`.
//!
//! `build.rs` parses and validates the TOML files (see [`file`] and [`validate`]) and writes them
//! out as the statics below, so the app needs no parser and a broken file fails the build. The
//! long texts (descriptions, level and category summaries, About pages, licence notes) are not in
//! the statics but in
//! `model-text.txt` ([`text_file`]), which the app loads after the first screen.

pub mod file;
pub mod text_file;
pub mod validate;

/// One of the four radar axes. Every practice of every model carries exactly one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Dimension {
    Organization,
    Process,
    Technology,
    Culture,
}

impl Dimension {
    /// All four, in the order the radar draws them (clockwise from the top).
    pub const ALL: [Dimension; 4] = [
        Dimension::Organization,
        Dimension::Process,
        Dimension::Technology,
        Dimension::Culture,
    ];

    /// The id used in model files and URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Dimension::Organization => "organization",
            Dimension::Process => "process",
            Dimension::Technology => "technology",
            Dimension::Culture => "culture",
        }
    }

    /// The label shown to people.
    pub fn label(self) -> &'static str {
        match self {
            Dimension::Organization => crate::core::i18n::t("Organization"),
            Dimension::Process => crate::core::i18n::t("Process"),
            Dimension::Technology => crate::core::i18n::t("Technology"),
            Dimension::Culture => crate::core::i18n::t("Culture"),
        }
    }

    /// Parses the id used in model files.
    pub fn from_id(id: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.as_str() == id)
    }
}

/// Where a model comes from. Its licence note is in `model-text.txt` (key `licence`).
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    pub authors: &'static str,
    pub title: &'static str,
    pub publisher: &'static str,
    pub year: u16,
    pub url: &'static str,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Level {
    pub id: &'static str,
    pub name: &'static str,
    pub needs_no_practices: bool,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Category {
    pub id: &'static str,
    pub name: &'static str,
}

/// A practice, with its category and level as indices into its model's lists so that scoring
/// needs no look-ups by id.
#[derive(Debug, PartialEq, Eq)]
pub struct Practice {
    pub id: &'static str,
    pub title: &'static str,
    pub category: usize,
    pub level: usize,
    pub dimension: Dimension,
}

#[derive(Debug, PartialEq, Eq)]
pub struct Model {
    pub id: &'static str,
    pub name: &'static str,
    pub version: &'static str,
    pub summary: &'static str,
    pub source: Source,
    pub levels: &'static [Level],
    pub categories: &'static [Category],
    pub practices: &'static [Practice],
    pub retired: &'static [&'static str],
    /// The model's one-character code in share links (`model-data/link-slots.toml`).
    pub link_code: u8,
    /// Practice ids in share-link order, retired ones included; append only, so old links keep
    /// their meaning.
    pub link_slots: &'static [&'static str],
}

impl Model {
    /// The practices of one category at one level, in file order: a cell of the matrix.
    pub fn practices_in(
        &self,
        category: usize,
        level: usize,
    ) -> impl Iterator<Item = &'static Practice> {
        self.practices
            .iter()
            .filter(move |p| p.category == category && p.level == level)
    }

    /// Looks a practice up by its stable id.
    pub fn practice(&self, id: &str) -> Option<&'static Practice> {
        self.practices.iter().find(|p| p.id == id)
    }

    pub fn level_index(&self, id: &str) -> Option<usize> {
        self.levels.iter().position(|l| l.id == id)
    }

    pub fn category_index(&self, id: &str) -> Option<usize> {
        self.categories.iter().position(|c| c.id == id)
    }
}

mod generated {
    use super::*;
    include!(concat!(env!("OUT_DIR"), "/catalogue.rs"));
}

/// The fingerprint of `model-text.txt`, for a URL that caches can never serve stale.
pub const MODEL_TEXT_VERSION: &str = generated::MODEL_TEXT_VERSION;

/// The fingerprints of the French texts: the models' long texts and the interface's catalogue.
pub const FRENCH_MODEL_TEXT_VERSION: &str = generated::FRENCH_MODEL_TEXT_VERSION;
pub const FRENCH_UI_TEXT_VERSION: &str = generated::FRENCH_UI_TEXT_VERSION;

thread_local! {
    /// The shipped models in the language in use, once [`localize`] has made them.
    static LOCALIZED: std::cell::Cell<Option<&'static [Model]>> = const { std::cell::Cell::new(None) };
}

/// Every model Rungs ships, in the order of `model-data/catalogue.toml`, in the language in use.
pub fn catalogue() -> &'static [Model] {
    LOCALIZED.with(|l| l.get()).unwrap_or(generated::MODELS)
}

/// Every model Rungs ships, in English: what the build checks and links are made from.
pub fn english_catalogue() -> &'static [Model] {
    generated::MODELS
}

/// Makes the shipped models' names, titles and summaries those of `catalogue` (under the
/// `@<model>/…` keys `build.rs` adds), for the rest of this run. Ids, levels' order, link codes
/// and slots are the same, so links and saved data do not depend on the language. Called once,
/// when the app starts in a language other than English; what `catalogue` lacks stays English.
pub fn localize(catalogue: &crate::core::i18n::Catalogue) {
    let text = |key: String, english: &'static str| -> &'static str {
        match catalogue.get(&key) {
            Some(text) => Box::leak(text.to_string().into_boxed_str()),
            None => english,
        }
    };
    let models: Vec<Model> = generated::MODELS
        .iter()
        .map(|m| Model {
            id: m.id,
            name: text(format!("@{}/name", m.id), m.name),
            version: m.version,
            summary: text(format!("@{}/summary", m.id), m.summary),
            source: Source {
                authors: m.source.authors,
                title: m.source.title,
                publisher: m.source.publisher,
                year: m.source.year,
                url: m.source.url,
            },
            levels: Box::leak(
                m.levels
                    .iter()
                    .map(|l| Level {
                        id: l.id,
                        name: text(format!("@{}/level/{}", m.id, l.id), l.name),
                        needs_no_practices: l.needs_no_practices,
                    })
                    .collect::<Vec<_>>()
                    .into_boxed_slice(),
            ),
            categories: Box::leak(
                m.categories
                    .iter()
                    .map(|c| Category {
                        id: c.id,
                        name: text(format!("@{}/category/{}", m.id, c.id), c.name),
                    })
                    .collect::<Vec<_>>()
                    .into_boxed_slice(),
            ),
            practices: Box::leak(
                m.practices
                    .iter()
                    .map(|p| Practice {
                        id: p.id,
                        title: text(format!("@{}/practice/{}", m.id, p.id), p.title),
                        category: p.category,
                        level: p.level,
                        dimension: p.dimension,
                    })
                    .collect::<Vec<_>>()
                    .into_boxed_slice(),
            ),
            retired: m.retired,
            link_code: m.link_code,
            link_slots: m.link_slots,
        })
        .collect();
    let models: &'static [Model] = Box::leak(models.into_boxed_slice());
    LOCALIZED.with(|l| l.set(Some(models)));
}

/// Every model the app knows now: the shipped ones, then the ones imported in this browser
/// ([`crate::core::own_model::registry`]), in the order they were first imported.
pub fn all_models() -> Vec<&'static Model> {
    let mut models: Vec<&'static Model> = catalogue().iter().collect();
    models.extend(
        crate::core::own_model::registry::imported()
            .iter()
            .map(|m| m.model),
    );
    models
}

/// Is `id` a model imported in this browser rather than one Rungs ships?
pub fn is_imported(id: &str) -> bool {
    !catalogue().iter().any(|m| m.id == id) && crate::core::own_model::registry::find(id).is_some()
}

/// The long texts as built from `model-data/`, for native code and tests; the wasm fetches the
/// same file instead of carrying it.
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled_texts() -> text_file::ModelTexts {
    text_file::ModelTexts::parse(bundled_text_file())
        .unwrap_or_default()
        .with_fallback(crate::core::own_model::registry::text)
}

/// The French files as built from `model-data/fr/` and `i18n/fr.txt`, for native tests: the
/// models' long texts and the interface's catalogue.
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled_french_files() -> (&'static str, &'static str) {
    (
        include_str!(concat!(env!("OUT_DIR"), "/model-text.fr.txt")),
        include_str!(concat!(env!("OUT_DIR"), "/ui-text.fr.txt")),
    )
}

/// `model-text.txt` as built from `model-data/`; `examples/model_text.rs` writes it into `dist/`.
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled_text_file() -> &'static str {
    include_str!(concat!(env!("OUT_DIR"), "/model-text.txt"))
}

/// Looks a model up by its id, among the shipped and then the imported ones.
pub fn find_model(id: &str) -> Option<&'static Model> {
    catalogue()
        .iter()
        .find(|m| m.id == id)
        .or_else(|| crate::core::own_model::registry::find(id).map(|m| m.model))
}
