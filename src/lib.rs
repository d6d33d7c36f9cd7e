//! Rungs: a maturity-model explorer that runs entirely in the browser.
//!
//! The pure core (no Leptos, no web-sys), tested natively:
//! - [`model`]: the maturity models, generated at build time from `model-data/`;
//! - [`route`]: which screen a URL fragment asks for;
//! - [`search`]: word search across the models;
//! - [`scoring`]: the rating scale, the level rules and the level reached;
//! - [`assessment`]: one person's or team's ratings, notes and settings;
//! - [`radar`]: radar charts as SVG text, drawn with plotters; [`radar_data`]: which radars an
//!   assessment makes.
//!
//! The shell: [`browser`] (adapters over browser APIs) and [`components`] (the Leptos UI).

pub mod assessment;
pub mod browser;
pub mod components;
pub mod model;
pub mod radar;
pub mod radar_data;
pub mod route;
pub mod scoring;
pub mod search;

pub use components::app::App;
