//! The app's frame: taking over the page `index.html` painted ([`app`]), the route table, and
//! loading each part of the app on first use ([`parts`]).

pub mod app;
pub mod parts;
