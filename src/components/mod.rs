//! The Leptos UI. Components stay thin: they read state and call the pure modules.

pub mod about;
pub mod app;
pub mod help;
pub mod home;
pub mod matrix;
pub mod practice_detail;
pub mod radar_view;
pub mod search_page;
