//! Rungs: a maturity-model explorer that runs entirely in the browser.
//!
//! The folders are the parts of the app, over a pure core:
//!
//! - [`core`]: the pure logic (models, scoring, assessments, radars, links, the saved document,
//!   workshops), with no Leptos and no web-sys, tested natively;
//! - [`browser`]: the small adapters over browser APIs (storage, downloads, clipboard, files);
//! - [`shell`]: the app's frame (mounting, the route table, loading each part on first use);
//! - [`widgets`]: the components several parts share (radar view, link box, model tabs);
//! - [`explore`]: the first screen, the model matrix, practices, About pages and search;
//! - [`help`], [`summary`], [`assess`], [`keep`], [`share`], [`workshop`], [`plan`], [`report`],
//!   [`models`]:
//!   one folder per thing
//!   a user does, each holding its screens and state, and each a part of the app that loads on
//!   first use (see [`shell::parts`]).

pub mod assess;
pub mod browser;
pub mod core;
pub mod explore;
pub mod help;
pub mod keep;
pub mod models;
pub mod plan;
pub mod report;
pub mod share;
pub mod shell;
pub mod summary;
pub mod widgets;
pub mod workshop;

pub use shell::app::App;
