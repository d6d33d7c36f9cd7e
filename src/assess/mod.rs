//! Assessing a model: rate every practice and see the level reached overall, per category and
//! per dimension, with the reasons, the radar and the share panel. Shared links and workshop
//! participants draw the same page (read-only, or without the share panel).

pub mod assess_page;
pub mod level_report;
pub mod no_longer_in_model;
pub mod practice_rating;
pub mod scoring_settings;

use crate::core::route::Screen;
use crate::shell::parts::{not_this_part, split_part};
use assess_page::AssessPage;
use leptos::prelude::*;

split_part!(load, assess, screens);

fn screens(screen: Screen) -> AnyView {
    match screen {
        Screen::Assess { model } => view! { <AssessPage model=model /> }.into_any(),
        _ => not_this_part(),
    }
}
