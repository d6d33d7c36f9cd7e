//! Rungs: a maturity-model explorer that runs entirely in the browser.
//!
//! The pure core (no Leptos, no web-sys), tested natively:
//! - [`model`]: the maturity models, generated at build time from `model-data/`;
//! - [`route`]: which screen a URL fragment asks for;
//! - [`search`]: word search across the models;
//! - [`radar`]: radar charts as SVG text, drawn with plotters.
//!
//! The shell: [`browser`] (adapters over browser APIs) and [`components`] (the Leptos UI).

pub mod browser;
pub mod components;
pub mod model;
pub mod radar;
pub mod route;
pub mod search;

pub use components::app::App;
