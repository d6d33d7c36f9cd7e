//! Rungs: a maturity-model explorer that runs entirely in the browser.
//!
//! The pure core (no Leptos, no web-sys), tested natively:
//! - [`model`]: the maturity models, generated at build time from `model-data/`;
//! - [`route`]: which screen a URL fragment asks for;
//! - [`search`]: word search across the models;
//! - [`scoring`]: the rating scale, the level rules and the level reached;
//! - [`assessment`]: one person's or team's ratings, notes and settings;
//! - [`radar`]: radar charts as SVG text, drawn with plotters; [`radar_data`]: which radars an
//!   assessment makes;
//! - [`link_codec`]: a whole assessment as a compact share-link fragment; [`share`]: links and
//!   QR codes for the shipped models; [`comparison`]: two assessments side by side;
//! - [`assessment_json`], [`store_format`], [`transfer`]: assessments as JSON, the saved
//!   document with its schema versions and migrations, and export/import files;
//! - [`workshop`], [`workshop_json`]: a workshop's participants, statistics, consensus and link.
//!
//! The shell: [`browser`] (adapters over browser APIs), [`local_store`] (the browser's local
//! storage) and [`components`] (the Leptos UI).

pub mod assessment;
pub mod assessment_json;
pub mod browser;
pub mod comparison;
pub mod components;
pub mod link_codec;
pub mod local_store;
pub mod model;
pub mod radar;
pub mod radar_data;
pub mod route;
pub mod scoring;
pub mod search;
pub mod share;
pub mod store_format;
pub mod transfer;
pub mod workshop;
pub mod workshop_json;

pub use components::app::App;
