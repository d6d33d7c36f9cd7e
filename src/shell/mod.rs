//! The app's frame: taking over the page `index.html` painted ([`app`]), the route table, and
//! loading each part of the app on first use ([`parts`]), and the interface's language
//! ([`language`]).

pub mod app;
pub mod language;
pub mod parts;
