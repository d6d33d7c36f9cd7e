//! The pure core: no Leptos, no web-sys, so all of it is tested natively.
//!
//! - [`model`]: the maturity models, generated at build time from `model-data/`;
//! - [`own_model`]: models people import, their files, fingerprints and links;
//! - [`route`]: which screen a URL fragment asks for; [`search`]: word search across the models;
//! - [`scoring`]: the rating scale, the level rules and the level reached;
//! - [`assessment`]: one person's or team's ratings, notes and settings;
//! - [`radar`]: radar charts as SVG text, drawn with plotters; [`radar_data`]: which radars an
//!   assessment makes;
//! - [`link_codec`]: a whole assessment as a compact share-link fragment; [`share`]: links and
//!   QR codes for the shipped models; [`comparison`]: two assessments side by side;
//! - [`i18n`]: the interface's languages, which one a person gets, and the catalogue of
//!   translations;
//! - [`ids`]: fresh `<letter><number>` ids; [`library`]: the saved assessments and their operations; [`assessment_json`],
//!   [`store_format`], [`transfer`]: assessments as JSON, the saved document with its schema
//!   versions and migrations, and export/import files;
//! - [`plan`]: targets, the roadmap, snapshots over time, and CSV and Markdown export;
//!   [`timeline_chart`]: progress over the snapshots as a line chart, SVG text drawn with plotters;
//! - [`workshop`]: a workshop's board, statistics, consensus, links and file;
//! - [`merge`], [`unknown_fields`], [`saving`]: what keeps saved data whole across tabs,
//!   windows and versions: the three-way merge, the fields a newer Rungs wrote, and the rules
//!   for saving.

pub mod assessment;
pub mod assessment_json;
pub mod comparison;
pub mod i18n;
pub mod ids;
pub mod library;
pub mod link_codec;
pub mod merge;
pub mod model;
pub mod own_model;
pub mod plan;
pub mod radar;
pub mod radar_data;
pub mod route;
pub mod saving;
pub mod scoring;
pub mod search;
pub mod share;
pub mod store_format;
pub mod timeline_chart;
pub mod transfer;
pub mod unknown_fields;
pub mod workshop;

/// Marks a text for the catalogue without translating it, where a constant needs it (gettext's
/// `N_`): the text is translated where it is shown, with [`i18n::t`].
pub mod marked {
    pub const fn t(english: &'static str) -> &'static str {
        english
    }
}
