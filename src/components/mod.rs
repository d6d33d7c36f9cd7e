//! The Leptos UI. Components stay thin: they read state and call the pure modules.

pub mod about;
pub mod app;
pub mod assess_page;
pub mod assessments_page;
pub mod compare_view;
pub mod help;
pub mod home;
pub mod import_panel;
pub mod level_report;
pub mod matrix;
pub mod model_texts;
pub mod persistence;
pub mod practice_detail;
pub mod practice_rating;
pub mod radar_view;
pub mod scoring_settings;
pub mod search_page;
pub mod share_panel;
pub mod shared_page;
pub mod state;
pub mod storage_banner;
